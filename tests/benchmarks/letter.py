"""Letter benchmark: the first letter in a fresh process (ReportLab and the font loading on
first use) and a second one in the same process; then one letter of a case of 1,000 debts,
whose creditors' table runs to thirty pages, taken apart into what it costs.

    python tests/benchmarks/letter.py [--runs 5] [--quick]

Each run is a new Python process that has read the case already (as the window has); the
clock covers compose + PDF. The letter of 1,000 debts (60 with `--quick`) is built as the
command line builds it, in a process without the window: what the letter reads, the plan
run again (its cache emptied first), the letter composed and laid out; with the plan and the
layout on their own, and this machine's speed at the moment. Prints medians. Budgets:
first <= 0.6 s; second <= 0.2 s; the letter of 1,000 debts <= 0.5 s.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
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


MANY = r"""
import json, statistics, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from core.store.database import open_store
from core.letters.build import read_for_letter
from core.letters.compose import LetterRequest, compose
from core.letters.pdf import render
from core.plans import plans
store = open_store(Path({store!r}))
refs = [d["ref"] for d in read_for_letter(store)["debts"]]
request = LetterRequest(debt=refs[len(refs) // 2], kind="installment", plan={plan!r})
render(compose(read_for_letter(store, request), request))  # ReportLab and the font load
out = {{"letter": [], "plan": [], "pdf": []}}
for _ in range({runs!r}):
    plans.computed.cache_clear(); plans.nothing.cache_clear()  # the engine runs each time
    started = time.perf_counter()
    case = read_for_letter(store, request)
    letter = compose(case, request)
    render(letter)
    out["letter"].append(time.perf_counter() - started)
    plans.computed.cache_clear(); plans.nothing.cache_clear()
    started = time.perf_counter()
    plans.run(plans.case_from_data(case), case["plans"][0])
    out["plan"].append(time.perf_counter() - started)
    started = time.perf_counter()
    render(letter)
    out["pdf"].append(time.perf_counter() - started)
store.close()
print(json.dumps({{k: statistics.median(v) for k, v in out.items()}}))
"""
MANY_DEBTS, QUICK_DEBTS = 1000, 60


def measure(runs: int, quick: bool) -> list[Figure]:
    """Medians of `runs` fresh processes (the first and second letter), and of `runs` letters
    of many debts in one process; `quick` makes that case 60 debts, not 1,000."""
    from tests.benchmarks.debts_scale import PLAN, make_store
    from tests.benchmarks.plan import calibration_ms

    calibration = calibration_ms(max(runs, 5))  # first, as the machine is when they start
    case = ROOT / "tests" / "data" / "zh_case.json"
    script = CHILD.format(root=str(ROOT), case=str(case))
    results = [run_json(script) for _ in range(runs)]
    debts = QUICK_DEBTS if quick else MANY_DEBTS
    with tempfile.TemporaryDirectory() as tmp:
        store = make_store(Path(tmp) / "store", debts)
        many = run_json(MANY.format(root=str(ROOT), store=str(store), plan=PLAN,
                                    runs=max(runs, 3)))
    return [
        Figure("first letter in a fresh process", statistics.median(r["first"] for r in results),
               "s", 0.6, note="Chinese"),
        Figure("second letter", statistics.median(r["second"] for r in results), "s", 0.2,
               note="English, same process"),
        Figure(f"a letter of {debts:,} debts: read, plan, compose, PDF", many["letter"], "s",
               0.5 if debts == MANY_DEBTS else None, note="no window"),
        Figure(f"of which the plan engine, {debts:,} debts", many["plan"], "s",
               note="core.plans, its cache emptied"),
        Figure(f"of which the PDF layout, {debts:,} debts", many["pdf"], "s",
               note="creditors' table of every debt"),
        Figure("calibration: 200,000 pure-Python loop steps", calibration, "ms",
               note="before the letters, this machine's speed at the moment"),
    ]


def main() -> int:
    return figures.main(__doc__, measure, "median of {runs} fresh processes (the first and "
                        "second letter) or letters in one process", runs=5, quick_runs=3,
                        quick="3 runs, and a case of 60 debts, not 1,000")


if __name__ == "__main__":
    sys.exit(main())
