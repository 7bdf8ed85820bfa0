"""Evidence benchmark: adding 100 files of 2 MB through the window's import worker, against
`sha256sum` + `cp` of the same files, and how long the GUI thread is kept from its events.

    python tests/benchmarks/evidence.py [--quick] [--runs 3] [--files 100] [--size-mb 2]

The files are plain UTF-8 text of random letters (accepted as text/plain; each distinct, so
none is a duplicate): hashing, the text check, copying, fsync and the database record are
measured, not image decoding. Both subjects read from the page cache, warmed once, and start
with nothing left to write back (`sync` between them, untimed); `cp` does not fsync,
DebtDesk does (a kept file must survive a power cut).

Each run: the baseline in a subprocess, then DebtDesk's `EvidenceImport` into a new store
with an offscreen QApplication whose 5 ms QTimer records the longest gap between two ticks
(the longest the GUI thread was blocked). Figures are medians of the runs.
Budgets: DebtDesk <= 1.5 x baseline; longest event-loop block <= 100 ms. Printed, never
enforced: the exit code says only whether the run worked (`--quick` is for CI).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
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

RATIO_BUDGET = 1.5
BLOCK_BUDGET_MS = 100.0
TICK_MS = 5


def make_files(folder: Path, count: int, size: int, seed: int = 20261128) -> list[Path]:
    """`count` text files of `size` bytes, random letters in lines of 79 and a newline."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    letters = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "
    block = bytearray()
    while len(block) < size:
        block += bytes(rng.choice(letters) for _ in range(79)) + b"\n"
    template = bytes(block[:size])
    paths = []
    for index in range(count):
        path = folder / f"聊天记录 {index:03d}.txt"
        header = f"file {index:03d} {rng.random()}\n".encode()  # each file its own hash
        path.write_bytes(header + template[len(header):])
        paths.append(path)
    return paths


def settle() -> None:
    """Write back what the last subject left in memory, so it is not charged to the next."""
    if hasattr(os, "sync"):
        os.sync()


def baseline_seconds(files: list[Path], scratch: Path) -> float:
    """`sha256sum` then `cp` of the same files into a new folder, as one shell command."""
    target = scratch / "baseline"
    target.mkdir()
    started = time.perf_counter()
    subprocess.run(["sha256sum", *map(str, files)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cp", *map(str, files), str(target)], check=True)
    seconds = time.perf_counter() - started
    shutil.rmtree(target)
    return seconds


def debtdesk_run(folder: Path, count: int, scratch: Path) -> tuple[float, float]:
    """(seconds from start to the finished signal on the GUI thread, longest tick gap ms)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, Qt, QTimer, Slot

    from core.store.database import open_store
    from gui.evidence.evidence_import import EvidenceImport

    class Watch(QObject):
        """Lives on the GUI thread: ticks, progress and the end arrive here."""

        def __init__(self) -> None:
            super().__init__()
            self.clock = QElapsedTimer()
            self.last = 0
            self.longest = 0
            self.outcomes: list = []
            self.loop = QEventLoop(self)
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(TICK_MS)
            self.timer.timeout.connect(self.tick)

        @Slot()
        def tick(self) -> None:
            now = self.clock.elapsed()
            self.longest = max(self.longest, now - self.last)
            self.last = now

        @Slot(int, int, str)
        def progressed(self, done: int, total: int, name: str) -> None:
            pass  # delivered here as the window's progress dialog would receive it

        @Slot(object)
        def finished(self, outcomes: list) -> None:
            self.outcomes = outcomes
            self.loop.quit()

    store = open_store(scratch / "store")  # opening and migrating is not what is measured
    watch = Watch()
    try:
        job = EvidenceImport(store, [folder], "other", parent=watch)
        job.progressed.connect(watch.progressed)
        job.finished.connect(watch.finished)
        watch.clock.start()
        watch.timer.start()
        started = time.perf_counter()
        job.start()
        watch.loop.exec()
        seconds = time.perf_counter() - started
        watch.timer.stop()
        watch.tick()  # the gap up to the end counts too
        outcomes, longest = watch.outcomes, float(watch.longest)
    finally:
        watch.deleteLater()
        store.close()
        shutil.rmtree(scratch / "store", ignore_errors=True)
    stored = sum(o.added is not None and o.added.status == "stored" for o in outcomes)
    if stored != count:
        refused = [o.refused for o in outcomes if o.refused][:3]
        raise RuntimeError(f"{stored} of {count} files stored; refused: {refused}")
    return seconds, longest


def measure(runs: int, quick: bool, files: int | None = None,
            size_mb: float = 2.0) -> list[Figure]:
    """Medians of `runs` runs of both subjects on `files` files (100; 10 when quick) of
    `size_mb` MB each."""
    count = files or (10 if quick else 100)
    size = int(size_mb * 1024 * 1024)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    baseline, debtdesk, blocked = [], [], []
    with tempfile.TemporaryDirectory(prefix="debtdesk-bench-") as tmp:
        scratch = Path(tmp)
        folder = scratch / "证据"
        paths = make_files(folder, count, size)
        for path in paths:  # warm the page cache once, for both subjects alike
            path.read_bytes()
        for _ in range(runs):
            settle()
            baseline.append(baseline_seconds(paths, scratch))
            settle()
            seconds, longest = debtdesk_run(folder, count, scratch)
            app.processEvents()  # the finished job and its watch are deleted here
            debtdesk.append(seconds)
            blocked.append(longest)
    base, ours, block = (statistics.median(x) for x in (baseline, debtdesk, blocked))
    files_text = f"{count} × {size_mb:g} MB"
    return [
        Figure(f"evidence import of {files_text}, ratio to sha256sum + cp", ours / base, "x",
               RATIO_BUDGET),
        Figure("longest GUI event-loop block during that import", block, "ms",
               BLOCK_BUDGET_MS),
        Figure(f"evidence import of {files_text}, DebtDesk", ours, "s", note="with fsync"),
        Figure(f"sha256sum + cp of {files_text}", base, "s", note="no fsync"),
    ]


def main() -> int:
    def options(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--files", type=int, help="how many files (default 100)")
        parser.add_argument("--size-mb", type=float, default=2.0)

    return figures.main(__doc__, measure, "median of {runs} runs of each subject", runs=3,
                        quick_runs=3, quick="10 files", options=options)


if __name__ == "__main__":
    sys.exit(main())
