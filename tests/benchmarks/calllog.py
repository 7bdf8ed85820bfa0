"""Call-log benchmark: how the Call log tab grows with the log, at 1,000, 10,000, 50,000 and
100,000 calls across 60 debts.

    python tests/benchmarks/calllog.py [--contacts 100000] [--runs 3] [--quick]

For each size, in a fresh process of its own (so its peak memory is the tab's, not the
building of the case): data visible at start (open the store, make the tab, until its rows
paint; one start a process, so the median of `runs` fresh processes), the tab shown again,
each search keystroke (Chinese and Latin) until the filtered rows paint and their count
shows (a worker thread counts them: the clock runs until its answer is shown), a sort by
each column both ways, adding an entry until it shows, the longest the GUI thread was busy
in one of these steps (all of a step but its waits for the worker), the process's peak
memory, and a calibration loop (the machine's speed then).
Budgets at every size are those set for 100,000 calls: tab shown ≤ 0.1 s, keystroke ≤ 0.1 s,
sort ≤ 0.3 s, add ≤ 0.1 s, GUI never blocked > 0.1 s, data visible at start within 1.1 × the
smallest size's, peak memory ≤ 250 MB. Offscreen Qt. `--quick` makes 500 and 2,000 calls.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks import figures
from tests.benchmarks.figures import Figure

SIZES, QUICK_SIZES = (1_000, 10_000, 50_000, 100_000), (500, 2_000)
CHINESE = ("个", "个性", "个性化", "分期", "停息挂账", "工号 8", "")
LATIN = ("A", "A3", "A33", "A3321", "a332", "")
CHILD = r"""
import json, sys
sys.path.insert(0, {root!r})
from tests.benchmarks.calllog import tab_figures
print(json.dumps(tab_figures({folder!r}, {runs!r}, {start_only!r})))
"""


def measure(runs: int, quick: bool, contacts: int | None = None,
            debts: int = 60) -> list[Figure]:
    """The growth curve: every figure at each size (one size if `contacts` is given)."""
    sizes = (contacts,) if contacts else QUICK_SIZES if quick else SIZES
    out: list[Figure] = []
    first_start: float | None = None
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            store = Path(folder) / f"store{size}"
            _make_store(store, size, debts)
            got = figures.run_json(CHILD.format(root=str(ROOT), folder=str(store), runs=runs,
                                                start_only=False), timeout=3600)
            # one start a process: the median of `runs` fresh processes, as for the others
            got["start"] = statistics.median([got["start"], *(
                figures.run_json(CHILD.format(root=str(ROOT), folder=str(store), runs=0,
                                              start_only=True), timeout=600)["start"]
                for _ in range(runs - 1))])
            first_start = first_start or got["start"]
            out += _figures(size, got, first_start, sizes[0])
    return out


def _figures(size: int, got: dict[str, Any], first_start: float, smallest: int) -> list[Figure]:
    n = f"{size:,} contacts"
    return [
        Figure(f"open the Call log tab, {n}", got["shown"] * 1000, "ms", 100,
               note="shown again, until its rows paint"),
        Figure(f"call-log search keystroke at {n}", got["chinese"] * 1000, "ms", 100,
               note="slowest Chinese keystroke, until the rows and the count show"),
        Figure(f"call-log Latin keystroke, {n}", got["latin"] * 1000, "ms", 100,
               note="slowest"),
        Figure(f"call-log sort by a column, {n}", got["sort"] * 1000, "ms", 300,
               note="slowest of 9 columns both ways"),
        Figure(f"call-log add an entry, {n}", got["add"] * 1000, "ms", 100,
               note="saved until its row paints"),
        Figure(f"call-log longest GUI-thread block, {n}", got["blocked"] * 1000, "ms", 100,
               note="tab shown, keystroke, sort or add; a wait for the worker not counted"),
        Figure(f"call-log data visible at start, {n}", got["start"] * 1000, "ms",
               note="open the store, make the tab, rows painted"),
        Figure(f"call-log start, ratio to {smallest:,} contacts, {n}",
               got["start"] / first_start, "x", 1.1),
        Figure(f"call-log peak memory, {n}", got["memory"], "MB", 250),
        Figure(f"calibration: 200,000 pure-Python loop steps, {n}", got["calibration"], "ms",
               note="this machine's speed as the figures started"),
    ]


def _make_store(folder: Path, contacts: int, debts: int) -> None:
    from core.case.casefile import import_case, parse_case_bytes
    from core.store.database import open_store
    from tests.benchmarks.cases import chinese_case, with_contacts

    started = time.perf_counter()
    document = with_contacts(chinese_case(debts), contacts)
    store = open_store(folder)
    try:
        import_case(store, parse_case_bytes(
            json.dumps(document, ensure_ascii=False).encode(), "case.json"))
    finally:
        store.close()
    print(f"made a case of {debts} debts and {contacts} contacts in "
          f"{time.perf_counter() - started:.1f} s", file=sys.stderr)


def tab_figures(folder: str, runs: int, start_only: bool = False) -> dict[str, float]:
    """Seconds of each step on the store in `folder` (medians of `runs` for the tab shown,
    the slowest of each kind of step otherwise) and the peak memory in MB."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from core.calllog import contacts
    from core.changes import Change
    from core.store.database import open_store
    from gui.calllog.calllog_tab import CallLogTab
    from tests.benchmarks.plan import calibration_ms

    calibration = calibration_ms(5)  # first, as the machine is when the figures start
    app = QApplication.instance() or QApplication([])
    settings = tempfile.TemporaryDirectory()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings.name)

    busy: list[float] = []  # per step: the GUI thread's time in it, all but the waits

    def timed(step: Any) -> float:
        """Seconds until what the step shows is painted: its rows, and the count of the
        entries (which a worker thread may give a moment after the rows; an entry added
        shows the count one more at once, which the worker then checks)."""
        began = time.perf_counter()
        idle = 0.0
        step()
        # the worker's count comes as an event (a count that failed leaves it unknown)
        while tab.model.matching() is None and tab.model.counting:
            app.processEvents()
            resting = time.perf_counter()
            time.sleep(0.0005)
            idle += time.perf_counter() - resting
        tab.table.viewport().repaint()
        app.processEvents()
        took = time.perf_counter() - began
        busy.append(took - idle)
        return took

    class Desk:
        read_only = False

        def __init__(self) -> None:
            self.store: Any = None

        def push(self, *_a: object) -> None: ...

        def notify(self, *_a: object) -> None: ...

    desk = Desk()
    tab: Any = None

    def start() -> None:
        nonlocal tab
        desk.store = open_store(Path(folder))
        tab = CallLogTab(desk)
        tab.resize(1200, 700)
        tab.reload()
        tab.show()

    began = time.perf_counter()
    start()
    tab.repaint()
    app.processEvents()
    got = {"start": time.perf_counter() - began}
    if start_only:  # another fresh process's start, for the median
        desk.store.close()
        return got
    # The window begins the check of every page once its data shows, and the first write
    # waits for it; a person adds an entry long after it has ended, so it is not timed here.
    if desk.store.damage is not None:
        desk.store.damage.confirm()
    shown, chinese, latin, sort, add = [], [], [], [], []
    for _ in range(runs):
        tab.hide()
        app.processEvents()
        shown.append(timed(lambda: (tab.reload(), tab.show())))
        chinese += [timed(lambda t=t: tab.search.setText(t)) for t in CHINESE]
        latin += [timed(lambda t=t: tab.search.setText(t)) for t in LATIN]
        for column in range(tab.model.columnCount()):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                sort.append(timed(lambda c=column, o=order: tab.table.sortByColumn(c, o)))
        tab.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        made: list[int] = []

        def log_one(made: list[int] = made) -> None:
            made.append(contacts.log_contact(desk.store, {
                "debts": ["D1"], "at": contacts.now().isoformat(), "channel": "phone",
                "agent": "工号 90001", "summary": "对方同意停息分期 36 期。"})[0])
            tab.on_changed(Change.CONTACTS)

        add.append(timed(log_one))
        contacts.delete_contact(desk.store, made[0])
        tab.on_changed(Change.CONTACTS)
    got.update(shown=statistics.median(shown), chinese=max(chinese), latin=max(latin),
               sort=max(sort), add=max(add))
    got["blocked"] = max(busy)
    got["calibration"] = calibration
    got["memory"] = _peak_mb()
    desk.store.close()
    return got


def _peak_mb() -> float:
    """This process's peak memory: Linux's VmHWM, which starts again at exec (ru_maxrss
    keeps the parent's peak, here the building of the case), else ru_maxrss."""
    import resource

    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    def options(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--contacts", type=int,
                            help="one size instead of 1,000 / 10,000 / 50,000 / 100,000")
        parser.add_argument("--debts", type=int, default=60)

    return figures.main(__doc__, measure, "median of {runs} runs for the tab shown and of "
                        "{runs} fresh processes for the start, the slowest step otherwise; "
                        "each size in a fresh process",
                        runs=3, quick_runs=1, quick="500 and 2,000 contacts", options=options)


if __name__ == "__main__":
    sys.exit(main())
