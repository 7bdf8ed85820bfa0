"""Private work folders inside the data folder, for what a backup makes on its way to its
target (a copy of the whole database among it): never in the system's temporary folder,
where others may read it and nothing removes it after a crash.

A work folder (mode 0700) holds a lock file that its maker keeps locked while it works (the
OS lets go when the process dies); it is removed on every way out, and the next open of the
store removes those a killed process left behind, never one that a living process holds.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from core.store.incoming import _try_lock

PREFIX = ".work-"
_LOCK = ".lock"
_GRACE_SECONDS = 60  # a folder without its lock file yet may be one being made


@contextlib.contextmanager
def work_folder(data_dir: Path, keep: Callable[[], bool] = lambda: False) -> Iterator[Path]:
    """A fresh private folder in `data_dir`, removed with everything in it on the way out
    unless `keep()` says it is still needed (a committed switch that failed half-way: the
    next open finishes it from there)."""
    while True:
        folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=data_dir))  # mode 0700
        try:
            fd = os.open(folder / _LOCK, os.O_CREAT | os.O_RDWR, 0o600)
        except FileNotFoundError:
            continue  # a sweep removed it between its making and the lock file
        if _try_lock(fd) and (os.name != "posix" or os.fstat(fd).st_nlink > 0):
            break
        os.close(fd)
    try:
        yield folder
    finally:
        if not keep():
            shutil.rmtree(folder, ignore_errors=True)
        os.close(fd)


def sweep_work(data_dir: Path) -> int:
    """Remove the work folders no living process holds; returns how many. None while a
    switch is pending: its folder holds the state it is finishing."""
    from core.store.switch import SWITCH_NAME

    if (data_dir / SWITCH_NAME).exists():
        return 0
    removed = 0
    try:
        entries = [e for e in os.scandir(data_dir) if e.name.startswith(PREFIX) and e.is_dir()]
    except OSError:
        return 0
    for entry in entries:
        try:
            fd = os.open(Path(entry.path) / _LOCK, os.O_RDONLY)
        except FileNotFoundError:
            with contextlib.suppress(OSError):
                if time.time() - entry.stat().st_mtime > _GRACE_SECONDS:
                    shutil.rmtree(entry.path, ignore_errors=True)
                    removed += 1
            continue
        except OSError:
            continue
        try:
            if _try_lock(fd):
                shutil.rmtree(entry.path, ignore_errors=True)
                removed += 1
        finally:
            os.close(fd)
    return removed
