"""Above the letter's form: the chosen debt's statement has aged, or interest has run or
payments were made since it, so the letter would start from old figures. Says so, with what
the debt is likely to be today, and where to bring it up to date first (the Debts tab's
"Bring it up to date…", which opens over the window, not over this dialog)."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from core.debts.hints import statement_offer
from core.money import format_amount
from gui.letters.debt_note import DebtNote
from gui.shared.retranslate import fill


class StatementNote(DebtNote):
    def __init__(self, case: dict[str, Any], debts: QComboBox,
                 parent: QWidget | None = None) -> None:
        super().__init__(case, debts, "letterStatementNote", parent)

    def retranslate(self) -> None:
        ref = self._debts.currentData()
        debt = next((d for d in self._case["debts"] if d["ref"] == ref), None)
        offer = None if debt is None else statement_offer(debt, self._case["payments"],
                                                          date.today())
        self.setVisible(offer is not None)
        if offer is not None:
            self.setText(fill(self.tr(
                "This letter starts from the statement of %1; by today the debt is likely "
                "about %2. To write from today's figures, close this letter, bring the debt up "
                "to date on the Debts tab, and write it again."),
                offer.as_of.isoformat(),
                format_amount(offer.total, self._case.get("currency") or "CNY")))
