"""Every benchmark in one run, every figure in one table with its budget.

    python tests/benchmarks/all.py [--quick] [--runs 5] [--only startup,plan] [--json FILE]

Each benchmark's `measure` runs in a fresh process of its own, one after another, so that
none inherits another's imports, Qt application or settings, and one that crashes cannot
take the others' figures with it. The table follows the order of a person's day with the
app: start-up, opening a large case, a case of many debts, the plan and its chart, a letter,
adding evidence, what sealing the store costs, the call log, a case moved whole. Budgets are
printed beside the figures, never enforced: the exit code is 0 when every benchmark ran,
whatever its figures, and 1 when one failed (its error is printed under the table).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.figures import Figure, machine, report, run_json

BENCHMARKS = ("startup", "scale_open", "debts_scale", "plan", "letter", "evidence",
              "seal", "calllog", "bulk")  # table order

CHILD = r"""
import json, sys
sys.path.insert(0, {root!r})
from dataclasses import asdict
from tests.benchmarks.{name} import measure
print(json.dumps([asdict(figure) for figure in measure({runs!r}, {quick!r})]))
"""


def run_benchmark(name: str, runs: int, quick: bool) -> list[Figure]:
    code = CHILD.format(root=str(ROOT), name=name, runs=runs, quick=quick)
    return [Figure(**row) for row in run_json(code, timeout=3600)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for CI")
    parser.add_argument("--runs", type=int, default=5,
                        help="fresh processes or repetitions each figure is the median of")
    parser.add_argument("--only", help="benchmarks to run, comma-separated: "
                        + ",".join(BENCHMARKS))
    parser.add_argument("--json", type=Path, metavar="FILE",
                        help="also write the figures to FILE as JSON")
    args = parser.parse_args(argv)
    chosen = BENCHMARKS
    if args.only:
        chosen = tuple(name.strip() for name in args.only.split(",") if name.strip())
        unknown = sorted(set(chosen) - set(BENCHMARKS))
        if unknown:
            parser.error(f"no benchmark {', '.join(unknown)}; there are {', '.join(BENCHMARKS)}")
        chosen = tuple(name for name in BENCHMARKS if name in chosen)

    figures: list[Figure] = []
    rows: list[dict] = []
    failed: dict[str, str] = {}
    for name in chosen:
        print(f"{name}…", end=" ", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            found = run_benchmark(name, args.runs, args.quick)
        except Exception as error:  # noqa: BLE001 - the others' figures are still wanted
            text = str(error).strip() or type(error).__name__
            failed[name] = text.splitlines()[-1]
            print(f"failed:\n{text}", file=sys.stderr, flush=True)
            continue
        print(f"{time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
        figures += found
        rows += [{"benchmark": name, **asdict(f), "within": f.within} for f in found]

    sizes = "quick sizes" if args.quick else "full sizes"
    report(figures, f"runs: {args.runs} (each figure the median of that many fresh processes "
                    f"or repetitions), {sizes}")
    for name, error in failed.items():
        print(f"{name} failed: {error}")
    if args.json:
        args.json.write_text(json.dumps(
            {"machine": machine(), "runs": args.runs, "quick": args.quick, "figures": rows,
             "failed": failed}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
