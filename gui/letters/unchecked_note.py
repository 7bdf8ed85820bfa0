"""Above the letter's form: documents that would be enclosed with the chosen debt's letter
but are not yet marked as checked, so the letter does not list them. Says which, and where to
mark them (a newcomer adds a scan and expects to see it enclosed)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from core.letters.parts import enclosable
from gui.letters.debt_note import DebtNote
from gui.shared.retranslate import fill

SHOWN = 3  # titles named; the rest counted


def unchecked(case: dict[str, Any], debt: str | None) -> list[str]:
    """The titles (or file names) of the documents the debt's letter would enclose once
    they are marked as checked."""
    return [e["title"] or e["name"] or e["ref"] for e in enclosable(case, debt)
            if not e["reviewed"]]


class UncheckedNote(DebtNote):
    def __init__(self, case: dict[str, Any], debts: QComboBox,
                 parent: QWidget | None = None) -> None:
        super().__init__(case, debts, "letterUncheckedNote", parent)

    def retranslate(self) -> None:
        titles = unchecked(self._case, self._debts.currentData())
        self.setVisible(bool(titles))
        if titles:
            named = "、".join(titles[:SHOWN]) if any(
                "\u4e00" <= ch <= "\u9fff" for ch in "".join(titles)) else ", ".join(
                titles[:SHOWN])
            if len(titles) > SHOWN:
                named = fill(self.tr("%1 and %2 more"), named, len(titles) - SHOWN)
            self.setText(fill(self.tr(
                "Not listed as enclosures until marked as checked: %1. If they are right to "
                "send, open each on the Evidence tab and tick \"I have checked it is "
                "complete and true\"."), named))
