"""Scale benchmark: open the scale case (60 debts, 5,000 contacts, 400 evidence files, 300
payments, 3 plans) until every tab has shown its data, the peak memory after visiting every
tab, and the first chart on a cold and a warm matplotlib font cache.

    python tests/benchmarks/scale_open.py [--runs 5] [--quick]

Each run is a fresh process. "Shown its data": the Debts list with where the first debt
stands, the evidence list, the call log, and the Plan tab's summary and schedule (its chart
may still be drawing; the chart has its own figures). Budgets: every tab ≤ 1.0 s; memory ≤
250 MB; first chart ≤ 1.5 s cold, ≤ 0.4 s warm.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

OPEN = r"""
import json, os, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {cfg!r})
from gui.app import make_app
from gui.languages import LanguageSwitcher
app = make_app([]); languages = LanguageSwitcher(app); languages.apply("zh")
from gui.main_window import MainWindow
window = MainWindow(Path({store!r}), languages); window.resize(1280, 800); window.show()
window.build_tabs(); app.processEvents()
started = time.perf_counter()
window.open_store()
while window.store is None:
    app.processEvents(); time.sleep(0.002)
for tab in (window.debts_tab, window.evidence_tab, window.calllog_tab, window.plan_tab):
    window.tabs.setCurrentWidget(tab); app.processEvents()
plan = window.plan_tab
while plan.schedule.rowCount() == 0:
    app.processEvents(); time.sleep(0.002)
shown = time.perf_counter() - started
while plan.chart is None:
    app.processEvents(); time.sleep(0.002)
app.processEvents()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"shown": shown, "peak_mb": peak}}))
"""

CHART = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tests.benchmarks.plan import plan_for_120_months, thirty_debts
from core.plan_engine import run_plan
debts = thirty_debts(); schedule = run_plan(debts, plan_for_120_months("pro_rata"))
started = time.perf_counter()
from gui.chart import RepaymentChart
chart = RepaymentChart(); chart.resize(900, 420); chart.show()
chart.show_schedule(schedule, None, {{d.ref: d.ref for d in debts}}, "CNY")
chart.canvas.draw(); app.processEvents()
print(json.dumps({{"first_chart": time.perf_counter() - started}}))
"""


def _run(code: str, env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         cwd=ROOT, timeout=600)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(runs: int, quick: bool) -> list[tuple[str, float, str, str]]:
    from tests.benchmarks.scale import make_scale_store

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["DEBTDESK_AUTO_BACKUP"] = "0"
    env["DEBTDESK_WARM_UP"] = "0"
    with tempfile.TemporaryDirectory() as tmp:
        store = make_scale_store(Path(tmp) / "store", quick)
        code = OPEN.format(root=str(ROOT), cfg=str(Path(tmp) / "cfg"), store=str(store))
        opened = [_run(code, env) for _ in range(runs)]
        cold, warm = [], []
        for n in range(runs):
            cache = Path(tmp) / f"mpl-{n}"  # an empty matplotlib config: a cold font cache
            cold.append(_run(CHART.format(root=str(ROOT)), {**env, "MPLCONFIGDIR": str(cache)}))
            warm.append(_run(CHART.format(root=str(ROOT)), {**env, "MPLCONFIGDIR": str(cache)}))
    size = "quick scale case" if quick else "scale case"
    return [
        (f"open the {size} until every tab has shown its data",
         statistics.median(r["shown"] for r in opened), "s", "<= 1.0"),
        ("peak memory after visiting every tab",
         statistics.median(r["peak_mb"] for r in opened), "MB", "<= 250"),
        ("first chart, cold matplotlib font cache",
         statistics.median(r["first_chart"] for r in cold), "s", "<= 1.5"),
        ("first chart, warm font cache",
         statistics.median(r["first_chart"] for r in warm), "s", "<= 0.4"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rows = measure(args.runs, args.quick)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, median of {args.runs} fresh processes")
    print("| figure | value | budget |")
    print("|---|---|---|")
    for name, value, unit, budget in rows:
        print(f"| {name} | {value:.3f} {unit} | {budget} {unit} |" if unit == "s" else
              f"| {name} | {value:.0f} {unit} | {budget} {unit} |")


if __name__ == "__main__":
    main()
