"""The likely breaches of collector rules per debt, for the debt page, read off the GUI
thread: checking them reads the whole call log, which grows with it, so the window never
waits for it (at start, or when a debt is first selected)."""
from __future__ import annotations

import threading
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal


class BreachCounts(QObject):
    ready = Signal()  # per_debt has just been read
    _read = Signal(int, object)  # (the generation it was asked in, the counts or None)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.per_debt: Any = None  # ref -> count, once read
        self._generation = 0
        self._reading = False
        self._read.connect(self._arrived)  # queued: emitted from the reading thread

    def forget(self) -> None:
        """The calls or agreements changed: what was read (or is being read) is stale."""
        self._generation += 1
        self.per_debt, self._reading = None, False

    def request(self, store: Any) -> None:
        """Start reading, unless read or being read."""
        if self.per_debt is not None or self._reading:
            return
        self._reading = True
        generation = self._generation

        def work() -> None:
            from core.debts.conduct_findings import read_findings

            try:
                found = read_findings(store, date.today()).per_debt
            except Exception:  # noqa: BLE001 - the store closed or changed under it: not shown
                found = None
            try:
                self._read.emit(generation, found)
            except RuntimeError:  # the window is gone
                pass

        threading.Thread(target=work, name="breach-counts", daemon=True).start()

    def _arrived(self, generation: int, found: Any) -> None:
        if generation != self._generation:
            return
        self._reading = False
        if found is not None:
            self.per_debt = found
            self.ready.emit()
