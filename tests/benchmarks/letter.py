"""Letter benchmark: the first letter in a fresh process (ReportLab and the font loading on
first use) and a second one in the same process.

    python tests/benchmarks/letter.py [--runs 5] [--quick]

Each run is a new Python process that has read the case already (as the window has); the
clock covers compose + PDF. Prints medians. Budgets: first <= 0.6 s; second <= 0.2 s.
"""
from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks import figures
from tests.benchmarks.figures import Figure, run_json

CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from core.case.casefile import parse_case_bytes
from core.letters.compose import LetterRequest, compose
case = parse_case_bytes(Path({case!r}).read_bytes(), "case.json")
compose(case, LetterRequest(debt="D3", kind="installment", plan="按比例分期"))  # warm the plan
from core.plans import plans
plans.computed.cache_clear(); plans.nothing.cache_clear()  # the letter still runs its plan
times = []
for language in ("zh", "en"):
    started = time.perf_counter()
    from core.letters.build import build_pdf
    _letter, pdf = build_pdf(case, LetterRequest(debt="D3", kind="installment", language=language,
                                                 plan="按比例分期"))
    times.append(time.perf_counter() - started)
print(json.dumps({{"first": times[0], "second": times[1], "bytes": len(pdf)}}))
"""


def measure(runs: int, quick: bool) -> list[Figure]:
    """Medians of `runs` fresh processes. One letter has no size to shrink: `quick` changes
    nothing."""
    case = ROOT / "tests" / "data" / "zh_case.json"
    script = CHILD.format(root=str(ROOT), case=str(case))
    results = [run_json(script) for _ in range(runs)]
    return [
        Figure("first letter in a fresh process", statistics.median(r["first"] for r in results),
               "s", 0.6, note="Chinese"),
        Figure("second letter", statistics.median(r["second"] for r in results), "s", 0.2,
               note="English, same process"),
    ]


def main() -> int:
    return figures.main(__doc__, measure, "median of {runs} fresh processes", runs=5,
                        quick_runs=3, quick="3 runs")


if __name__ == "__main__":
    sys.exit(main())
