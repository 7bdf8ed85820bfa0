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
import platform
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

    from core.store import open_store
    from gui.evidence_import import EvidenceImport

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 files (for CI)")
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--size-mb", type=float, default=2.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    count = 10 if args.quick else args.files
    size = int(args.size_mb * 1024 * 1024)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    baseline, debtdesk, blocked = [], [], []
    with tempfile.TemporaryDirectory(prefix="debtdesk-bench-") as tmp:
        scratch = Path(tmp)
        folder = scratch / "证据"
        files = make_files(folder, count, size)
        for path in files:  # warm the page cache once, for both subjects alike
            path.read_bytes()
        for _ in range(args.runs):
            settle()
            baseline.append(baseline_seconds(files, scratch))
            settle()
            seconds, longest = debtdesk_run(folder, count, scratch)
            app.processEvents()  # the finished job and its watch are deleted here
            debtdesk.append(seconds)
            blocked.append(longest)
    base, ours, block = (statistics.median(x) for x in (baseline, debtdesk, blocked))
    ratio = ours / base
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, Qt platform {os.environ['QT_QPA_PLATFORM']}, "
          f"{args.runs} runs (median)")
    print(f"{'files':>6}{'total MB':>10}{'baseline s':>12}{'DebtDesk s':>12}{'ratio':>8}"
          f"{'budget':>8}{'longest block ms':>18}{'budget':>8}")
    flags = []
    if ratio > RATIO_BUDGET:
        flags.append("ratio over budget")
    if block > BLOCK_BUDGET_MS:
        flags.append("event-loop block over budget")
    print(f"{count:>6}{count * size / 1024 / 1024:>10.0f}{base:>12.2f}{ours:>12.2f}"
          f"{ratio:>8.2f}{RATIO_BUDGET:>8.2f}{block:>18.0f}{BLOCK_BUDGET_MS:>8.0f}"
          + (f"  ({', '.join(flags)})" if flags else ""))
    print("runs: baseline " + " ".join(f"{s:.2f}" for s in baseline)
          + " | DebtDesk " + " ".join(f"{s:.2f}" for s in debtdesk)
          + " | block ms " + " ".join(f"{b:.0f}" for b in blocked))
    return 0


if __name__ == "__main__":
    sys.exit(main())
