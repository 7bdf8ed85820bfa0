"""Start-up benchmark: time to first paint and to data visible, against bare references.

    python tests/benchmarks/startup.py [--runs 7]

Each figure is the median over the runs of the wall time from starting the process to the
moment it reports, measured by this parent process. References, in the same run:
a bare PySide6 main window with four empty tab pages, and the same after
`import sqlalchemy.orm`. DebtDesk opens a store holding a 20-debt Chinese case.
Budgets: first paint <= 1.3 x bare window; data visible <= 1.2 x bare window + SQLAlchemy.
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
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

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
    from core.casefile import import_case
    from core.casefile_spec import validate_case
    from core.store import open_store
    from tests.benchmarks.cases import chinese_case

    store = open_store(folder)
    import_case(store, validate_case(json.loads(json.dumps(chinese_case(20)))))
    store.close()
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
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
        for _ in range(args.runs):  # interleaved, so drift hits every subject alike
            for name, (argv, marks) in commands.items():
                results[name].append(launch(argv, env, marks))

    def median(name: str, mark: str) -> float:
        return statistics.median(r[mark] for r in results[name])

    bare, bare_sa = median("bare", "paint"), median("bare+sqlalchemy", "paint")
    paint, data = median("debtdesk", "paint"), median("debtdesk", "data")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, Qt platform "
          f"{env.get('QT_QPA_PLATFORM', 'default')}, {args.runs} runs (median)")
    print(f"{'figure':<44}{'seconds':>9}{'ratio':>8}{'budget':>8}")
    rows = [
        ("bare PySide6 window, first paint", bare, None, None),
        ("bare window + sqlalchemy.orm, first paint", bare_sa, None, None),
        ("DebtDesk first paint / bare window", paint, paint / bare, 1.3),
        ("DebtDesk data visible / bare + sqlalchemy", data, data / bare_sa, 1.2),
    ]
    ok = True
    for label, seconds, ratio, budget in rows:
        extra = "" if ratio is None else f"{ratio:>8.2f}{budget:>8.2f}"
        if ratio is not None and budget is not None and ratio > budget:
            extra += "  over budget"
            ok = False
        print(f"{label:<44}{seconds:>9.3f}{extra}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
