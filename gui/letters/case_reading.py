"""The case the letter window offers its choices from, read off the GUI thread.

The window lists every debt, plan and call of the case and builds its letters from the whole
of it; reading all that took seconds at a hundred thousand calls, and the window waited for
it, frozen, before it even appeared. It now appears at once, says it is reading, and fills
its choices when the case arrives. A read that ends after the window was closed, or after a
newer read began, is dropped.
"""
from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

from core.errors import DomainError


def empty_case() -> dict[str, Any]:
    """What the window's choices read before the case arrives: no debts, plans or calls."""
    return {"debts": [], "plans": [], "contacts": [], "payments": [], "evidence": [],
            "agreements": []}


class CaseReading(QObject):
    """Reads the whole case (core.letters.build.read_for_letter) on a worker thread.
    `arrived` carries the case, `failed` a message fit to show; each only for the newest
    read, and for none once `forget` was called. Keep it without a parent, as
    gui.letters.letter_builder.LetterBuilder is: a read ending after the window closed then
    emits on a live object, and reaches nobody."""

    arrived = Signal(object)
    failed = Signal(str)
    _read = Signal(int, object, object)  # (the read it answers, the case, or None and why)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._read.connect(self._done)  # queued: emitted from the reading thread

    def start(self, store: Any) -> None:
        """Read the case of `store`; what an earlier read brings is dropped."""
        self._generation += 1
        threading.Thread(target=self._run, args=(self._generation, store),
                         name="letter-case", daemon=True).start()

    def forget(self) -> None:
        """Nothing still being read is wanted (the window closed)."""
        self._generation += 1

    def _run(self, generation: int, store: Any) -> None:
        from core.letters.build import read_for_letter

        try:
            case, problem = read_for_letter(store), None
        except DomainError as error:
            case, problem = None, error.message
        except Exception as error:  # noqa: BLE001 - said in the window, never a crash
            case, problem = None, f"{type(error).__name__}: {error}"
        try:
            self._read.emit(generation, case, problem)
        except RuntimeError:  # the object is gone with the application
            pass

    def _done(self, generation: int, case: Any, problem: Any) -> None:
        if generation != self._generation:
            return  # stale: a newer read began, or nobody wants it any more
        if case is None:
            self.failed.emit(str(problem))
        else:
            self.arrived.emit(case)
