"""Temporary files for bytes on their way into the evidence folder, and the sweep of those
that a crash left behind.

A file is written as `.incoming-*` and renamed to its SHA-256 only once it is whole and on
disk, so a name that is a hash always holds whole bytes. A process killed mid-copy leaves its
temporary file; the next open of the store removes it. The window and the command line may
both be adding files at the same moment, so a temporary file is removed only when no living
process is writing it: its writer holds an OS lock on it for as long as it is open (released
by the OS when the writer dies); on Windows an open file cannot be deleted at all.
"""
from __future__ import annotations

import contextlib
import functools
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

PREFIX = ".incoming-"

if os.name == "posix":
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
else:  # pragma: no cover - Windows: an open file cannot be unlinked; that is the lock
    def _try_lock(fd: int) -> bool:
        return True


class Incoming:
    """A new temporary file in `folder`, locked against the sweep from creation until it is
    renamed into place or discarded."""

    def __init__(self, folder: Path) -> None:
        while True:
            fd, name = tempfile.mkstemp(prefix=PREFIX, dir=folder)
            _try_lock(fd)
            # A sweep may have removed the file between its creation and the lock: then the
            # lock is on a file with no name, and a fresh one is made.
            if os.name != "posix" or os.fstat(fd).st_nlink > 0:
                break
            os.close(fd)
        self._fd: int | None = fd
        self._moved = False
        self.path = Path(name)

    def writer(self) -> BinaryIO:
        """The file for writing; closing it keeps the lock (held by the original handle)."""
        assert self._fd is not None
        return os.fdopen(os.dup(self._fd), "wb")

    def move_to(self, target: Path, *, sync: bool = True) -> None:
        """Rename the whole file to its final name, read-only from then on (evidence bytes
        are never changed). Without `sync` the caller makes the folder durable itself
        (`sync_folder`), once for many files, before anything refers to them."""
        if os.name == "posix":
            assert self._fd is not None
            os.fchmod(self._fd, 0o400)  # through the open file: no second look-up of a name
        else:  # pragma: no cover - Windows renames no open file
            self._release()
        os.replace(self.path, target)
        self._moved = True
        self._release()
        if sync:
            sync_folder(target.parent)

    def discard(self) -> None:
        """Remove the file if it was not moved into place, and let go of it."""
        if not self._moved:
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
        self._release()

    def _release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def settle(files: Sequence[Incoming]) -> None:
    """Put the written bytes of many temporary files on disk at once, before any of them is
    renamed to its hash: one `syncfs` of their file system where Linux has it (a tenth of
    the time of an fsync each, which commits the journal every time), else an fsync each."""
    open_files = [f._fd for f in files if f._fd is not None]
    if not open_files:
        return
    syncfs = _syncfs()
    if syncfs is not None and syncfs(open_files[0]) == 0:
        return
    for fd in open_files:
        os.fsync(fd)


@functools.cache
def _syncfs() -> Callable[[int], int] | None:
    """Linux's syncfs(2), through the C library (looked up when first needed), or None
    where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):  # pragma: no cover - a C library without it
        return None


def sync_folder(folder: Path) -> None:
    """Make a rename durable before the database refers to the new name (a power cut
    could otherwise keep the record and lose the name)."""
    if os.name != "posix":  # pragma: no cover - Windows has no fsync of a folder
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)



def sweep(folder: Path) -> int:
    """Remove the temporary files no living process is writing; returns how many."""
    removed = 0
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(PREFIX)]
    except OSError:
        return 0
    for entry in entries:
        if os.name != "posix":  # pragma: no cover - unlinking a file open elsewhere fails
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
            continue
        try:
            fd = os.open(entry.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError:
            continue
        try:
            if not _try_lock(fd):
                continue  # another process is writing it right now
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
        finally:
            os.close(fd)
    return removed
