"""How long to wait for a reply to the letter in the window: set from its kind and where the
person lives (core.calllog.clocks: a complaint waits what the regulator gives the firm), and
changeable. The letter asks for a reply within these days, and recording it as sent starts
a clock of the same days in the call log."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from gui.shared.retranslate import Retranslating, fill

_DIGITS = re.compile(r"\d+")


class DaysSpin(QSpinBox):
    """A number of days written as a person reads it: "1 day", "30 days", "30 天". Two
    strings rather than Qt's plural forms: the English window runs without a catalogue, and
    would show the source's "day(s)"."""

    def textFromValue(self, value: int) -> str:  # noqa: N802
        return self.tr("1 day") if value == 1 else fill(self.tr("%1 days"), value)

    def valueFromText(self, text: str) -> int:  # noqa: N802
        found = _DIGITS.search(text)
        return int(found.group()) if found else self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        found = _DIGITS.search(text)
        if found is None:
            return QValidator.State.Intermediate, text, pos
        number = int(found.group())
        if self.minimum() <= number <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return (QValidator.State.Intermediate if number < self.minimum()
                else QValidator.State.Invalid), text, pos

    def retranslate(self) -> None:
        """Writes the number again in the language now in use (a suffix change redraws)."""
        self.setSuffix("")


class ReplyDays(Retranslating, QWidget):
    def __init__(self, case: dict[str, Any], kind: QComboBox, parent: QWidget) -> None:
        from core.calllog.clocks import MAX_REPLY_DAYS
        from core.calllog.conduct import country_for

        super().__init__(parent)
        self._country = country_for(case.get("currency"), case.get("country"))
        self._kind = kind
        self.label = QLabel(self)
        self.spin = DaysSpin(self)
        self.spin.setObjectName("letterReplyDays")
        self.spin.setRange(1, MAX_REPLY_DAYS)
        self.label.setBuddy(self.spin)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.spin)
        kind.currentIndexChanged.connect(self.reset)
        self.reset()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Repl&y expected within:"))
        self.spin.retranslate()
        self.spin.setToolTip(self.tr(
            "The letter asks for a reply within these days, counted from the day you send it. "
            "If no reply has come by then, the reminders say what to do next."))

    def reset(self) -> None:
        """The usual wait for the kind of letter chosen (a new kind forgets a number typed)."""
        from core.calllog.clocks import reply_days

        self.spin.setValue(reply_days(self._kind.currentData() or "", self._country))

    def value(self) -> int:
        return self.spin.value()

    def sent(self) -> str:
        """Locks the number (the clock has started) and says when the reply is due."""
        self.setEnabled(False)
        reply_by = date.today() + timedelta(days=self.value())
        return fill(self.tr(
            "Recorded in the call log, with the PDF kept as evidence. If no reply has come by "
            "%1, the reminders will say what to do next."), reply_by.isoformat())
