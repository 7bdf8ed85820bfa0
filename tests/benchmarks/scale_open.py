"""Scale benchmark: open the scale case (60 debts, 5,000 contacts, 400 evidence files, 300
payments, 3 plans) until every tab has shown its data, the peak memory after visiting every
tab, and the first chart on a cold and a warm matplotlib font cache.

    python tests/benchmarks/scale_open.py [--runs 5] [--quick]

Each run is a fresh process that builds the window as `gui.app.run` does, then opens the
case. "Shown its data": the clock runs from opening the store until each tab has been
brought to the front and its rows are there — the Debts list with its overview line, the
evidence list, the call log, and the Plan tab's summary and schedule. The Plan tab's chart
follows on its own: matplotlib loads on a worker thread and the chart has its own figures:
shown at once when the window has loaded the library ahead (as it does a second after
opening a case), and on a cold font cache when the Plan tab is the first thing opened.
Budgets: every tab ≤ 1.0 s; memory ≤ 250 MB; first chart ≤ 1.5 s cold, ≤ 0.4 s warm. The
same case sealed with a passphrase is opened the same way, its key derived before the clock
starts (Argon2id's half second is measured in seal.py): the same budgets hold.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.figures import Figure, report  # noqa: E402
from tests.benchmarks.figures import run_json as _run

OPEN = r"""
import json, os, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {cfg!r})
from gui.app import make_app
from gui.collector import GuiThreadCollector
from gui.languages import LanguageSwitcher
app = make_app([]); collector = GuiThreadCollector(app)  # as gui.app.run does
from gui.plans.chart_setup import configure; configure()
languages = LanguageSwitcher(app); languages.apply("zh")
from gui.main_window import MainWindow
window = MainWindow(Path({store!r}), languages); window.resize(1280, 800); window.show()
collector.freeze_after(window.store_opened)
window.build_tabs(); app.processEvents()
mode = {mode!r}


def wait(done):
    while not done():
        app.processEvents(); time.sleep(0.001)


def wait_for_chart():
    plan = window.plan_tab
    drawn = []
    wait(lambda: plan.chart is not None)
    plan.chart.canvas.mpl_connect("draw_event", lambda event: drawn.append(1))
    wait(lambda: drawn)


key = None
if {sealed!r}:
    from core.store.seal import unlock
    key = unlock(Path({store!r}), "scale passphrase")
started = time.perf_counter()
window.open_store(key)
wait(lambda: window.store is not None)
out = {{"store": time.perf_counter() - started}}
if mode == "tabs":
    for tab in (window.debts_tab, window.evidence_tab, window.calllog_tab, window.plan_tab):
        window.tabs.setCurrentWidget(tab); app.processEvents()
    wait(lambda: all(model.rowCount() > 0 for model in (
        window.debts_tab.proxy, window.evidence_tab.list.proxy, window.calllog_tab.proxy,
        window.plan_tab.schedule)))
    out["shown"] = time.perf_counter() - started
    wait_for_chart()
    out["chart_after_open"] = time.perf_counter() - started
    app.processEvents()
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
else:
    if mode == "chart-after-load":  # the window loads the chart library once it has settled
        from gui.plans.chart import library
        wait(lambda: library().loaded)
        for _ in range(20):
            app.processEvents(); time.sleep(0.005)
    clicked = time.perf_counter()
    window.tabs.setCurrentWidget(window.plan_tab)
    wait_for_chart()
    out["chart"] = time.perf_counter() - clicked
print(json.dumps(out))
"""


def measure(runs: int, quick: bool) -> list[Figure]:
    from tests.benchmarks.scale import make_scale_store

    env = {k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["DEBTDESK_AUTO_BACKUP"] = "0"
    with tempfile.TemporaryDirectory() as tmp:
        store = make_scale_store(Path(tmp) / "store", quick)

        def code(mode: str, where: Path = store) -> str:
            return OPEN.format(root=str(ROOT), cfg=str(Path(tmp) / "cfg"), store=str(where),
                               mode=mode, sealed=where != store)

        # The Plan tab loads the chart library itself when shown; the window's own loading
        # a second after opening is kept out of the tab figures.
        quiet = {**env, "DEBTDESK_WARM_UP": "0", "XDG_CACHE_HOME": str(Path(tmp) / "cache")}
        opened = [_run(code("tabs"), quiet) for _ in range(runs)]
        sealed = _sealed_copy(store, Path(tmp) / "sealed")
        opened_sealed = [_run(code("tabs", sealed), quiet) for _ in range(runs)]
        cold, at_once, warm = [], [], []
        for n in range(runs):
            # a new per-user cache folder: matplotlib's font list is made anew there, as on
            # the first run (DebtDesk keeps matplotlib's settings and font list in it)
            cache = str(Path(tmp) / f"cache-{n}")
            cold.append(_run(code("chart-at-once"), {**quiet, "XDG_CACHE_HOME": cache}))
            at_once.append(_run(code("chart-at-once"), {**quiet, "XDG_CACHE_HOME": cache}))
            warm.append(_run(code("chart-after-load"), {**env, "DEBTDESK_WARM_UP": "1",
                                                        "XDG_CACHE_HOME": cache}))
    size = "quick scale case" if quick else "scale case"

    def median(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    return [
        Figure(f"open the {size} until every tab has shown its data", median(opened, "shown"),
               "s", 1.0),
        Figure("the same, until the Plan tab's chart is drawn too",
               median(opened, "chart_after_open"), "s"),
        Figure("peak memory after visiting every tab", median(opened, "peak_mb"), "MB", 250),
        Figure(f"open the {size} sealed until every tab has shown its data (key derived "
               "before)", median(opened_sealed, "shown"), "s", 1.0),
        Figure("peak memory after visiting every tab, sealed",
               median(opened_sealed, "peak_mb"), "MB", 250),
        Figure("first chart shown, cold font cache (Plan tab opened at once)",
               median(cold, "chart"), "s", 1.5),
        Figure("first chart shown, warm font cache (after the window has loaded matplotlib)",
               median(warm, "chart"), "s", 0.4),
        Figure("first chart shown, warm font cache, Plan tab opened at once",
               median(at_once, "chart"), "s"),
    ]


def _sealed_copy(store: Path, target: Path) -> Path:
    """The scale case copied and sealed, with a cheap key derivation (opened with its key
    already derived, so the cost does not matter here)."""
    import shutil

    from core.case.sealing import protect
    from core.store.seal import KdfParams, derive, new_params

    shutil.copytree(store, target)
    cheap = new_params(KdfParams(b"", memory_kib=8 * 1024, iterations=1, lanes=1))
    protect(target, derive("scale passphrase", cheap))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    report(measure(args.runs, args.quick), f"median of {args.runs} fresh processes")


if __name__ == "__main__":
    main()
