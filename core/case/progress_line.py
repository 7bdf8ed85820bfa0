"""The command line's progress while a case is moved: one line on standard error, written
over itself as the work goes ("importing… 45,000 / 100,000") and cleared at the end.

Only on a terminal: when standard error is a file or a pipe (scripts, tests) nothing extra
is written, so what they read is exactly what it was.
"""
from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import Any, TextIO, TypeVar

from core import i18n
from core.case import progress as _messages  # noqa: F401 - the messages said here
from core.case.progress import Progress
from core.errors import DomainError

T = TypeVar("T")
_CLEAR = "\r\x1b[K"  # back to the line's start, and the rest of the line erased


class ProgressLine:
    def __init__(self, stream: TextIO, key: str) -> None:
        self._stream, self._key = stream, key
        self.written = False

    def __call__(self, done: int, total: int) -> None:
        text = i18n.t(self._key, done=f"{done:,}", total=f"{total:,}")
        self._stream.write(f"{_CLEAR}{text}")
        self._stream.flush()
        self.written = True

    def clear(self) -> None:
        if self.written:
            self._stream.write(_CLEAR)
            self._stream.flush()
            self.written = False


def is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or closed
        return False


@contextlib.contextmanager
def progress_line(key: str, stream: TextIO | None = None) -> Iterator[Progress | None]:
    """A progress callback that keeps the line `key` ("case_importing", …) up to date on
    standard error, or None when that is not a terminal. The line is gone on leaving,
    however the work ended, before anything else is said."""
    stream = stream if stream is not None else sys.stderr
    if not is_terminal(stream):
        yield None
        return
    line = ProgressLine(stream, key)
    try:
        yield line
    finally:
        line.clear()


def moving(store: Any, work: Callable[[Progress | None], T], key: str, interrupted: str,
           **params: object) -> T:
    """The command line's way to move a case: `work(progress)` with `progress_line(key)`,
    and Ctrl+C meanwhile (the work has undone itself: the import's transaction rolled back,
    no file left) said in one line, the message `interrupted`, as a refusal is (exit 2).
    The store is closed whatever happens."""
    try:
        with progress_line(key) as line:
            return work(line)
    except KeyboardInterrupt:
        raise DomainError(i18n.t(interrupted, **params)) from None
    finally:
        store.close()
