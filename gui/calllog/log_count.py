"""How many entries of the call log a search and the filters keep, counted off the GUI
thread.

Counting reads every match (a Chinese character in half of a hundred thousand calls is fifty
thousand rows), where the rows in sight need only the first page: so the log shows its first
rows at once and says how many there are a moment later. One worker counts for every log;
only the latest request of each counter waits for it (a person typing asks for a count at
every keystroke; those typed over are never counted), and only the latest answer is given.

The worker holds no Qt object but the one messenger, made once and kept for good, so no Qt
object is ever freed in its thread."""
from __future__ import annotations

import itertools
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    counted = Signal(int, int, int)  # (counter, request, how many; -1: could not count)


_numbers = itertools.count(1)
_wanted = threading.Condition()
_pending: dict[int, tuple[int, Any, Any]] = {}  # counter -> (request, store, query)
_worker: list[threading.Thread] = []
_relay: list[_Relay] = []


def _work(relay: _Relay) -> None:
    from core.calllog import log_query

    while True:
        with _wanted:
            while not _pending:
                _wanted.wait()
            counter, (request, store, query) = _pending.popitem()
        try:
            found = log_query.count_matching(store, query)
        except Exception:  # noqa: BLE001 - the store closed or was replaced under it
            found = -1
        relay.counted.emit(counter, request, found)


def _messenger() -> _Relay:
    """The worker's messenger, made on the GUI thread at the first count."""
    if not _relay:
        _relay.append(_Relay())
    return _relay[0]


class MatchCounter(QObject):
    counted = Signal(int)  # how many the latest request keeps (-1: unknown), on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._me = next(_numbers)
        self._latest = 0  # the request waited for; 0: none
        _messenger().counted.connect(self._arrived)  # queued: emitted in the worker

    @property
    def busy(self) -> bool:
        """A count was asked for and has not come back."""
        return self._latest != 0

    def request(self, store: Any, query: Any) -> None:
        """Count what `query` (a core.calllog.log_query.LogQuery) keeps in `store`; any
        earlier request not yet answered is dropped."""
        self._latest = next(_numbers)
        with _wanted:
            _pending[self._me] = (self._latest, store, query)
            _wanted.notify()
            if not _worker:
                _worker.append(threading.Thread(target=_work, args=(_messenger(),),
                                                name="calllog-count", daemon=True))
                _worker[0].start()

    def cancel(self) -> None:
        """No count is wanted any more (the number is known otherwise)."""
        self._latest = 0
        with _wanted:
            _pending.pop(self._me, None)

    def _arrived(self, counter: int, request: int, found: int) -> None:
        if counter == self._me and request == self._latest:
            self._latest = 0
            self.counted.emit(found)
