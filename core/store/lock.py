"""One window at a time writes to a store: it holds an OS lock on `debtdesk.lock` in the data
folder for as long as it is open.

The lock belongs to the open file, so the OS lets go of it when the window's process ends,
however it ends: a crash never leaves a store locked. A second window finds the lock taken
and opens read-only, or not at all. The command line takes no lock: SQLite lets it read
beside the window (WAL) and queues its few writes behind the window's (busy timeout).
"""
from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from core.paths import make_private_dir

LOCK_NAME = "debtdesk.lock"

if sys.platform != "win32":
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _wait(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)
else:  # pragma: no cover - Windows
    import msvcrt

    def _lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _wait(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # tries for ten seconds, then raises


class StoreLock:
    """The window's claim on a data folder; `release()` (or the process ending) gives it up."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, data_dir: Path) -> StoreLock | None:
        """The lock, or None when another process holds it."""
        make_private_dir(data_dir)
        path = data_dir / LOCK_NAME
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        if not _lock(fd):
            os.close(fd)
            return None
        return cls(path, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


def is_locked(data_dir: Path) -> bool:
    """Whether a window holds the store now (the answer may change at once after)."""
    if not (data_dir / LOCK_NAME).exists():
        return False
    lock = StoreLock.acquire(data_dir)
    if lock is None:
        return True
    lock.release()
    return False


@contextlib.contextmanager
def waiting_lock(path: Path) -> Iterator[None]:
    """Hold an OS lock on `path` for the block, waiting for another process that holds it
    (for work that is short and must not run twice at once, such as a migration)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        _wait(fd)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                _unlock(fd)
    finally:
        os.close(fd)
