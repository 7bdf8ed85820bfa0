"""A line above the letter's form about the debt chosen in it (its statement has aged, or
some of its documents are not yet checked): brown like the debt form's gentle notes, hidden
when there is nothing to say, said again when another debt is chosen or the language
changes."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from gui.shared.retranslate import Retranslating


class DebtNote(Retranslating, QLabel):
    """Follows `debts`, a combo box whose item data are debt refs of `case` (read for the
    letter). A subclass says its text in `retranslate`, and hides itself when it has none."""

    def __init__(self, case: dict[str, Any], debts: QComboBox, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setStyleSheet("color: #8a5a00;")
        self._case, self._debts = case, debts
        debts.currentIndexChanged.connect(lambda _i: self.retranslate())
        self.retranslate()
