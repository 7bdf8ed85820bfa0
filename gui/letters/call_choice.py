"""The call a letter quotes, chosen from the debt's call log (newest first).

Every kind of letter can quote a call (core.letters.quote). The first entry is what happens
when none is picked: a confirmation still quotes the debt's latest call with an agreement,
any other letter quotes none. Its text says which; its data is None either way, so a call
that was picked stays picked when the kind changes.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from gui.shared import labels


class CallChoice(QComboBox):
    def __init__(self, case: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterContact")
        self._case = case
        self._debt: str | None = None
        self._kind = ""
        self.addItem("", None)

    def show_debt(self, debt: str | None) -> None:
        """The calls about `debt`, newest first; the call picked stays picked when it is one
        of them (without a signal: the caller rebuilds the letter anyway)."""
        self._debt = debt
        current = self.currentData()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        mine = sorted((c for c in self._case["contacts"] if debt in c["debts"]),
                      key=lambda c: c["at"], reverse=True)
        for c in mine:
            when = c["at"].strftime("%Y-%m-%d %H:%M")
            who = (c["agent"] or "").strip()
            text = " · ".join(x for x in (when, labels.channel(c["channel"]),
                                          labels.outcome(c["outcome"]), who) if x)
            self.addItem(text, c["ref"])
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def show_kind(self, kind: str) -> None:
        """What choosing no call means for a letter of `kind`."""
        self._kind = kind
        self.setItemText(0, self.tr("Latest call with an agreement") if kind == "confirmation"
                         else self.tr("Don't quote a call"))

    def retranslate(self) -> None:
        self.show_kind(self._kind)
        self.show_debt(self._debt)
