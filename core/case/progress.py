"""Progress and cancel for moving a case whole (import, export, backup).

A case of years of calls takes seconds to move; the window shows how far it is and offers
Cancel, the command line shows one updating line. The work reports `progress(done, total)`
in units of its own (entries and files), the total known before the first report, and asks
`cancelled()` between steps: a cancelled import rolls back its one transaction, a cancelled
export or backup leaves no file behind, and either raises `Cancelled`.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from core import i18n
from core.errors import DomainError

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
T = TypeVar("T")

MESSAGES: dict[str, tuple[str, str]] = {
    "case_cancelled": ("已取消，未做任何更改", "cancelled; nothing was changed"),
    "case_cancelled_file": ("已取消，没有写入 {file}", "cancelled; {file} was not written"),
    "case_importing": ("导入中… {done} / {total}", "importing… {done} / {total}"),
    "case_exporting": ("导出中… {done} / {total}", "exporting… {done} / {total}"),
    "case_backing_up": ("备份中… {done} / {total}", "backing up… {done} / {total}"),
    "case_interrupted": ("已中断，未做任何更改", "interrupted; nothing was changed"),
    "case_interrupted_file": ("已中断，没有写入 {file}", "interrupted; {file} was not written"),
}
i18n.register(MESSAGES)


class Cancelled(DomainError):
    """The person stopped the work; nothing was changed (the message says so)."""


# Reports at most this often: a call per row would cost more than the row's own work.
REPORT_EVERY = 0.05  # seconds


class Ticker:
    """Counts units done towards `total`, tells `progress` (at most every REPORT_EVERY
    seconds, and once at the start and at the end) and raises Cancelled when asked to
    stop. With neither callable it costs one addition a step."""

    __slots__ = ("_cancelled", "_last", "_message", "_progress", "done", "total")

    def __init__(self, progress: Progress | None, cancelled: Cancel | None, total: int = 0,
                 message: str = "") -> None:
        self._progress, self._cancelled = progress, cancelled
        self._message = message  # the Cancelled message; "case_cancelled"'s by default
        self.done, self.total = 0, total
        self._last = 0.0

    @property
    def idle(self) -> bool:
        return self._progress is None and self._cancelled is None

    def start(self, total: int) -> None:
        self.total = total
        self.check()
        if self._progress is not None:
            self._progress(0, total)
            self._last = time.monotonic()

    def step(self, count: int = 1) -> None:
        self.done += count
        if self._progress is None and self._cancelled is None:
            return
        now = time.monotonic()
        if now - self._last >= REPORT_EVERY:
            self._last = now
            self.check()
            if self._progress is not None:
                self._progress(min(self.done, self.total), self.total)

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(self._message or i18n.t("case_cancelled"))

    def finish(self, check: bool = True) -> None:
        """The last report: done is the total (after a last check for cancel, unless the
        work is already in place and can no longer be undone)."""
        if check:
            self.check()
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)

    def counted(self, items: Iterable[T], weight: int = 1) -> Iterator[T]:
        for item in items:
            yield item
            self.step(weight)


class CountedList(list):  # type: ignore[type-arg]
    """A list that steps a ticker as each item is taken: the JSON encoder walks the case's
    long lists through it, so writing the text reports its progress entry by entry."""

    def __init__(self, items: Iterable[Any], ticker: Ticker) -> None:
        super().__init__(items)
        self.ticker = ticker

    def __iter__(self) -> Iterator[Any]:
        step = self.ticker.step
        for item in super().__iter__():
            yield item
            step()
