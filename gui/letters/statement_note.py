"""Above the letter's form: the chosen debt's statement has aged, or interest has run or
payments were made since it, so the letter would start from old figures. Says so, with what
the debt is likely to be today, and offers to bring it up to date there and then: the link
asks the window to open the statement form (filled in with today's estimate, for the person
to check against the bill) over the letter, which is then read again and rebuilt."""
from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from core.debts.hints import statement_offer
from core.money import format_amount
from gui.letters.debt_note import DebtNote
from gui.shared.retranslate import fill


class StatementNote(DebtNote):
    wanted = Signal(str, object)  # the debt's ref, and the estimate for today to start from

    def __init__(self, case: dict[str, Any], debts: QComboBox,
                 parent: QWidget | None = None) -> None:
        super().__init__(case, debts, "letterStatementNote", parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(lambda _link: self._ask())

    def offer(self) -> tuple[str, Any] | None:
        """(the chosen debt's ref, today's estimate) when its statement is worth updating."""
        ref = self._debts.currentData()
        debt = next((d for d in self._case["debts"] if d["ref"] == ref), None)
        offer = None if debt is None else statement_offer(debt, self._case["payments"],
                                                          date.today())
        return None if offer is None else (ref, offer)

    def _ask(self) -> None:
        offer = self.offer()
        if offer is not None:
            self.wanted.emit(*offer)

    def retranslate(self) -> None:
        offer = self.offer()
        self.setVisible(offer is not None)
        if offer is not None:
            estimate = offer[1]
            self.setText(escape(fill(self.tr(
                "This letter starts from the statement of %1; by today the debt is likely "
                "about %2."), estimate.as_of.isoformat(),
                format_amount(estimate.total, self._case.get("currency") or "CNY")))
                + " <a href='#up-to-date'>" + escape(self.tr(
                    "Bring it up to date now…")) + "</a>")
