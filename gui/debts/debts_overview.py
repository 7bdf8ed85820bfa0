"""The line above the list of debts: owed now (estimated), paid so far, what is due next,
follow-ups due, agreements at risk. Summed up for the whole case (core's `overview_of`), so it
is a widget of its own rather than part of the table, which shows one debt a row."""
from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from core.money import format_amount
from gui.shared.retranslate import fill


class DebtsOverview(QLabel):
    """Hidden until there is a case with debts to sum up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtsOverview")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setVisible(False)

    def show_overview(self, read: Any, currency: str) -> None:
        """The case as read (core.debts.progress.CaseRead) summed up, in `currency`; hidden
        if `read` is None."""
        from core.debts.progress import overview_of

        if read is None:
            self.setVisible(False)
            return
        o = overview_of(read)
        money = partial(format_amount, currency=currency)
        parts = [fill(self.tr("With interest since the statements, owed today about <b>%1</b>"),
                      money(o.owed_now)),
                 fill(self.tr("paid so far %1"), money(o.paid))]
        if o.next_due:
            first = o.next_due[0]
            parts.append(fill(self.tr("next: %1 %2 %3"), first.when.isoformat(), first.creditor,
                              money(first.amount)))
        if o.follow_ups_due:
            parts.append(fill(self.tr("<span style='color:#c62828'>%1 follow-up(s) due</span>"),
                              o.follow_ups_due))
        if o.at_risk:
            parts.append(fill(self.tr("<span style='color:#c62828'>agreement at risk: %1</span>"),
                              "、".join(o.at_risk)))
        self.setText(" · ".join(parts))
        self.setVisible(True)
