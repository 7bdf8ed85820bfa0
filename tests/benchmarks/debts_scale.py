"""Debts at scale: a case of 10, 60, 300 and 1,000 debts (each with payments and calls, and
a plan over all of them): the Debts tab reloaded, one debt selected until its detail pane is
filled, the plan computed, its chart drawn on the Plan tab, one letter built.

    python tests/benchmarks/debts_scale.py [--runs 3] [--quick]

Each size runs in a fresh process that builds the window as `gui.app.run` does and opens the
case, with Python's collector run on the GUI thread between events and frozen once the case
has opened, as the program does (`gui.collector`); every figure is the median of `runs`
repetitions in that process (the plan and the letter with the plan cache emptied first, so
the engine runs each time; the chart with "doing nothing" worked out again, as after an edit).
`--quick` measures 10 and 60 debts only. Budgets at 1,000 debts: the tab ≤ 0.3 s, a selection
≤ 0.3 s, the plan ≤ 0.3 s, its chart ≤ 0.3 s, a letter ≤ 0.5 s; the smaller sizes are shown to
see how the cost grows.
"""
from __future__ import annotations

import json
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks import figures  # noqa: E402
from tests.benchmarks.cases import chinese_case, with_contacts  # noqa: E402
from tests.benchmarks.figures import Figure, run_json  # noqa: E402
from tests.benchmarks.plan import calibration_ms  # noqa: E402

SIZES = (10, 60, 300, 1000)
QUICK_SIZES = (10, 60)
BUDGETED = 1000  # the size the budgets are for
PAYMENTS, CONTACTS = 5, 3  # per debt
PLAN = "按比例分期"


def debts_document(debts: int, seed: int = 3) -> dict[str, Any]:
    """A case file (written form): `debts` debts, each with payments and calls, one plan."""
    rng = random.Random(seed)
    document = with_contacts(chinese_case(debts, seed), CONTACTS * debts, seed)
    refs = [d["ref"] for d in document["debts"]]
    document["payments"] = [
        {"debt": ref, "date": f"2026-{rng.randrange(1, 11):02d}-{rng.randrange(2, 28):02d}",
         "amount": f"{rng.randrange(100, 3000)}.00", "method": "银行转账",
         "reference": f"TX{rng.randrange(10**8, 10**9)}", "note": "", "evidence": []}
        for ref in refs for _ in range(PAYMENTS)]
    document["plans"] = [{
        "name": PLAN, "strategy": "pro_rata", "monthly_budget": f"{300 * debts}.00",
        "start": "2026-12-15", "status": "accepted",
        "terms": [{"debt": r, "treatment": "share", "freeze_interest": True} for r in refs]}]
    return document


def make_store(folder: Path, debts: int) -> Path:
    from core.case.casefile import import_case, parse_case_bytes
    from core.store.database import open_store

    store = open_store(folder)
    try:
        import_case(store, parse_case_bytes(
            json.dumps(debts_document(debts), ensure_ascii=False).encode(), "debts.json"))
    finally:
        store.close()
    return folder


CHILD = r"""
import json, statistics, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {cfg!r})
from gui.app import make_app
from gui.languages import LanguageSwitcher
app = make_app([])
from gui.collector import GuiThreadCollector
collector = GuiThreadCollector(app)
languages = LanguageSwitcher(app); languages.apply("zh")
from gui.main_window import MainWindow
window = MainWindow(Path({store!r}), languages); window.resize(1280, 800); window.show()
collector.freeze_after(window.store_opened)
window.build_tabs(); app.processEvents()
window.open_store()
while window.store is None or window.debts_tab.proxy.rowCount() == 0:
    app.processEvents(); time.sleep(0.001)
tab, store = window.debts_tab, window.store
window.tabs.setCurrentWidget(tab); app.processEvents()
from gui.main_window import SETTLE_MS
settled = time.perf_counter() + SETTLE_MS / 1000 + 0.3
while time.perf_counter() < settled:  # the window's one-off checks after opening are done
    app.processEvents(); time.sleep(0.005)
from core.letters.build import build_pdf, read_for_letter
from core.letters.compose import LetterRequest
from core.plans import plans
ids = [view.id for view in tab.model.rows()]
middle = tab.model.rows()[len(ids) // 2].data["ref"]


def clock(action):
    started = time.perf_counter(); action(); app.processEvents()
    return time.perf_counter() - started


def select(n):
    tab.select_debt(ids[n % len(ids)])
    assert tab.detail.progress is not None and tab.detail.progress.debt["ref"] == \
        tab.selected().data["ref"]


def plan():
    plans.computed.cache_clear(); plans.nothing.cache_clear()
    plans.compute(store, {plan!r})


def letter():  # as the command line does: what the letter reads, composed, laid out
    plans.computed.cache_clear(); plans.nothing.cache_clear()
    request = LetterRequest(debt=middle, kind="installment", plan={plan!r})
    build_pdf(read_for_letter(store, request), request)


letter()  # ReportLab and the font load on first use: not what grows with the debts
out = {{"reload": [], "select": [], "plan": [], "letter": []}}
for n in range({runs!r}):
    out["reload"].append(clock(tab.reload))
    out["select"].append(clock(lambda: select(n * 7 + 1)))
    out["plan"].append(clock(plan))
    out["letter"].append(clock(letter))
plan_tab = window.plan_tab  # the chart: drawn while the Plan tab shows, as a person sees it
window.tabs.setCurrentWidget(plan_tab)
while plan_tab.chart is None:  # matplotlib loads on a worker thread
    app.processEvents(); time.sleep(0.005)
case, _row, result = plans.compute(store, {plan!r})
names = {{d["ref"]: d["creditor"] for d in case.debts}}


def chart():  # doing nothing worked out, the bands set, the canvas drawn (by processEvents)
    plans.nothing.cache_clear()
    nothing = plans.nothing(result.debts, result.plan.start, result.schedule.months)
    plan_tab.chart.show_schedule(result.schedule, nothing, names, case.currency)


out["chart"] = [clock(chart) for _ in range({runs!r})]
print(json.dumps({{k: statistics.median(v) for k, v in out.items()}}))
"""


def measure(runs: int, quick: bool) -> list[Figure]:
    env = {k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(DEBTDESK_AUTO_BACKUP="0", DEBTDESK_WARM_UP="0")
    calibration = calibration_ms(15)  # first, as the machine is when the figures start
    found: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in QUICK_SIZES if quick else SIZES:
            store = make_store(Path(tmp) / f"store-{size}", size)
            got = run_json(CHILD.format(root=str(ROOT), cfg=str(Path(tmp) / "cfg"),
                                        store=str(store), runs=runs, plan=PLAN),
                           {**env, "XDG_CACHE_HOME": str(Path(tmp) / "cache")}, timeout=1800)

            def budget(limit: float, at: int = size) -> float | None:
                return limit if at == BUDGETED else None

            found += [
                Figure(f"Debts tab reload, {size:,} debts", got["reload"], "s", budget(0.3)),
                Figure(f"select a debt until its detail shows, {size:,} debts", got["select"],
                       "s", budget(0.3)),
                Figure(f"plan computed, {size:,} debts", got["plan"], "s", budget(0.3)),
                Figure(f"its chart drawn, {size:,} debts", got["chart"], "s", budget(0.3)),
                Figure(f"one letter built, {size:,} debts", got["letter"], "s", budget(0.5)),
            ]
    found.append(Figure("calibration: 200,000 pure-Python loop steps", calibration, "ms",
                        note="this machine's speed at the moment"))
    return found


def main() -> int:
    return figures.main(__doc__, measure, "median of {runs} repetitions, each size in a fresh "
                        "process", runs=3, quick_runs=1, quick="10 and 60 debts only")


if __name__ == "__main__":
    sys.exit(main())
