"""How many likely breaches of collector rules name each debt, worked out off the GUI thread.

The count on a debt's page rests on the whole call log checked against the rules (a third of
a second at three thousand calls), so it is read on a worker thread the first time a debt
is shown after a change, and the page shows it when it comes. A change meanwhile makes the
answer on its way stale: it is dropped and the next showing asks again.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a finished count to the GUI thread. Made without a parent and held by the
    worker thread, so a tab gone meanwhile is simply no longer told."""

    done = Signal(int, object)  # (generation, Counter of breaches per debt ref)


class BreachCounts(QObject):
    """The counts for one tab (its parent), which `on_ready` tells when they have come."""

    def __init__(self, on_ready: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_ready = on_ready
        self._per_debt: Any = None
        self._generation = 0
        self._asked = False

    def forget(self) -> None:
        """The call log, the agreements or the debts changed: counts are read again."""
        self._generation += 1
        self._per_debt = None
        self._asked = False

    def count(self, store: Any, ref: str) -> int | None:
        """The debt's count, or None while it is being read (the read starts here)."""
        if self._per_debt is not None:
            return int(self._per_debt[ref])
        if not self._asked:
            self._asked = True
            relay = _Relay()
            relay.done.connect(self._arrived)
            threading.Thread(target=self._read, args=(relay, store, self._generation),
                             name="breach-counts", daemon=True).start()
        return None

    def _read(self, relay: _Relay, store: Any, generation: int) -> None:
        from core.debts.conduct_findings import read_findings

        try:
            per_debt = read_findings(store, date.today()).per_debt
        except Exception:  # noqa: BLE001 - a store closed meanwhile: no count, no crash
            log.exception("reading the breaches per debt failed")
            return
        relay.done.emit(generation, per_debt)

    @Slot(int, object)
    def _arrived(self, generation: int, per_debt: Any) -> None:
        if generation != self._generation:
            return  # something changed while it was read: the next showing asks again
        self._per_debt = per_debt
        self._on_ready()
