"""Start-up benchmark: time to first paint and to data visible, against bare references.

    python tests/benchmarks/startup.py [--runs 7] [--quick]

Each figure is the median over the runs of the wall time from starting the process to the
moment it reports, measured by this parent process. References, in the same run:
a bare PySide6 main window with four empty tab pages, and the same after
`import sqlalchemy.orm`. DebtDesk opens a store holding a 20-debt Chinese case.
Budgets: first paint <= 1.3 x bare window; data visible <= 1.2 x bare window + SQLAlchemy.
Printed beside the figures, never enforced: the exit code says only whether the run worked.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks import figures
from tests.benchmarks.figures import Figure

BARE = r"""
import sys, time
{pre}
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication(sys.argv)
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("paint", flush=True)
            app.quit()
        return False
probe = Probe()
window = QMainWindow()
tabs = QTabWidget()
tabs.tabBar().installEventFilter(probe)  # DebtDesk's probe watches its tab bar too
for name in ("Debts", "Evidence files", "Call log", "Plan editor"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1180, 720)
window.show()
app.exec()
"""


def launch(argv: list[str], env: dict[str, str], marks: tuple[str, ...]) -> dict[str, float]:
    """Start a process; return the wall time at which each mark line arrived."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, cwd=ROOT)
    seen: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word = line.split(" ", 1)[0].strip()
        if word in marks and word not in seen:
            seen[word] = time.perf_counter() - started
    process.wait(timeout=60)
    missing = set(marks) - set(seen)
    if missing:
        raise RuntimeError(f"{argv}: never reported {missing}")
    return seen


def make_store(folder: Path) -> Path:
    from core.case.casefile import import_case
    from core.casefile_spec import validate_case
    from core.store.database import open_store
    from tests.benchmarks.cases import chinese_case

    store = open_store(folder)
    import_case(store, validate_case(json.loads(json.dumps(chinese_case(20)))))
    store.close()
    return folder


def qt_platform() -> str | None:
    """The Qt platform the subjects are made to run on: offscreen when there is no display;
    None: Qt's own choice."""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return "offscreen"


def measure(runs: int, quick: bool) -> list[Figure]:
    """Medians over `runs` interleaved launches of each subject, after one untimed launch of
    each to warm the file cache. Nothing here has a size to shrink: `quick` changes nothing."""
    env = dict(os.environ)
    if qt_platform():
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        store = make_store(Path(tmp) / "store")
        env["DEBTDESK_HOME"] = str(store)
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        env["DEBTDESK_STARTUP_PROBE"] = "1"
        python = sys.executable
        commands = {
            "bare": ([python, "-c", BARE.format(pre="")], ("paint",)),
            "bare+sqlalchemy": ([python, "-c", BARE.format(pre="import sqlalchemy.orm")],
                                ("paint",)),
            "debtdesk": ([python, str(ROOT / "main.py")], ("paint", "data")),
        }
        for argv, marks in commands.values():  # warm the file cache once
            launch(argv, env, marks)
        results: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
        for _ in range(runs):  # interleaved, so drift hits every subject alike
            for name, (argv, marks) in commands.items():
                results[name].append(launch(argv, env, marks))

    def median(name: str, mark: str) -> float:
        return statistics.median(r[mark] for r in results[name])

    bare, bare_sa = median("bare", "paint"), median("bare+sqlalchemy", "paint")
    paint, data = median("debtdesk", "paint"), median("debtdesk", "data")
    return [
        Figure("start-up to first paint, ratio to a bare PySide6 window with four tabs",
               paint / bare, "x", 1.3),
        Figure("start-up to data visible, ratio to the bare window + import sqlalchemy.orm",
               data / bare_sa, "x", 1.2),
        Figure("DebtDesk start-up to first paint", paint, "s"),
        Figure("DebtDesk start-up to data visible", data, "s", note="20-debt Chinese case"),
        Figure("bare PySide6 window with four tabs, first paint", bare, "s"),
        Figure("bare window + import sqlalchemy.orm, first paint", bare_sa, "s"),
    ]


def main() -> int:
    platform = qt_platform() or os.environ.get("QT_QPA_PLATFORM", "default")
    return figures.main(__doc__, measure, "median of {runs} fresh processes of each subject, "
                        f"Qt platform {platform}", runs=7, quick_runs=3, quick="3 runs")


if __name__ == "__main__":
    sys.exit(main())
