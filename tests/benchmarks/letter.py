"""Letter benchmark: the first letter in a fresh process (ReportLab and the font loading on
first use) and a second one in the same process.

    python tests/benchmarks/letter.py [--runs 5]

Each run is a new Python process that has read the case already (as the window has); the
clock covers compose + PDF. Prints medians. Budgets: first <= 0.6 s; second <= 0.2 s.
"""
from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from core.casefile import parse_case_bytes
from core.letters import LetterRequest, compose
case = parse_case_bytes(Path({case!r}).read_bytes(), "case.json")
compose(case, LetterRequest(debt="D3", kind="installment", plan="按比例分期"))  # warm the plan
times = []
for language in ("zh", "en"):
    started = time.perf_counter()
    from core.letters import build_pdf
    _letter, pdf = build_pdf(case, LetterRequest(debt="D3", kind="installment", language=language,
                                                 plan="按比例分期"))
    times.append(time.perf_counter() - started)
print(json.dumps({{"first": times[0], "second": times[1], "bytes": len(pdf)}}))
"""


def one_run(case: Path) -> dict[str, float]:
    script = CHILD.format(root=str(ROOT), case=str(case))
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True,
                         text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    case = ROOT / "tests" / "data" / "zh_case.json"
    with tempfile.TemporaryDirectory():
        runs = [one_run(case) for _ in range(args.runs)]
    first = statistics.median(r["first"] for r in runs)
    second = statistics.median(r["second"] for r in runs)
    print(f"machine: {platform.machine()} {platform.processor() or ''} "
          f"Python {platform.python_version()}, median of {args.runs} fresh processes")
    print("| figure | seconds | budget |")
    print("|---|---|---|")
    print(f"| first letter in a fresh process | {first:.3f} | <= 0.6 |")
    print(f"| second letter | {second:.3f} | <= 0.2 |")


if __name__ == "__main__":
    main()
