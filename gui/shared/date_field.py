"""A date field that takes a date typed whole.

QDateEdit edits a date section by section: selecting all and typing 2031-03-07 over
2026-12-03 gave 2026-03-07, and 2026/12/15 was ignored, both without a word. Here the text
is read whole (every form `core.dates` knows) when the field is left or Enter is pressed,
the calendar opens from the arrow at the end (or Alt+Down, F4), and the arrow keys step a
day (Page Up/Down a month). Nothing is judged while typing; text that is no date is marked
and said once the field is left, and the date is left as it was; `typed_text` hands it on
so the editor's own check can name it."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from core.dates import NotADate, parse_typed_date, parse_typed_moment
from gui.shared.retranslate import Retranslating, fill

FORMAT = "yyyy-MM-dd"


class DateField(Retranslating, QLineEdit):
    dateChanged = Signal(QDate)  # noqa: N815 (QDateEdit's name, so callers need not change)
    FORMAT = FORMAT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: Any = self._now()
        self._valid = True
        self._calendar: Any = None  # a QCalendarWidget, made when first opened
        self._minimum: QDate | None = None
        self._special = ""  # with a minimum date: the text that stands for "no date"
        self.setText(self._date.toString(self.FORMAT))
        self._arrow: Any = None  # the calendar's arrow, added when first shown (start-up)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)
        self.retranslate()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        if self._arrow is None:
            from PySide6.QtWidgets import QStyle

            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
            self._arrow = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
            self._arrow.triggered.connect(self.open_calendar)
            self.retranslate()
        super().showEvent(event)

    # --- QDateEdit's face ------------------------------------------------------------
    def date(self) -> QDate:
        """The date typed, when the text is one; else the last date the field held."""
        typed = self._parsed()
        return QDate(self._date) if typed is None else typed

    def setDate(self, value: QDate) -> None:  # noqa: N802
        self._set_value(value)

    # --- what a kind of field reads and shows (a date here; a moment below) -------------
    def _now(self) -> Any:
        return QDate.currentDate()

    def _read(self, text: str) -> Any:
        """The value `text` holds; raises NotADate."""
        day = parse_typed_date(text)
        return QDate(day.year, day.month, day.day)

    def _changed(self, value: Any) -> None:
        self.dateChanged.emit(QDate(value))

    def _problem(self, error: NotADate) -> str:
        return (self.tr("%1 is not a date that exists. Type it as 2026-12-15.")
                if error.impossible else
                self.tr("%1 is not a date. Type it as 2026-12-15, or pick it with the arrow."))

    def _with_day(self, day: QDate) -> Any:
        """The value once a day is picked in the calendar."""
        return day

    def _set_value(self, value: Any) -> None:
        if not value.isValid():
            return
        self._mark(True)
        self.setText(self._special if self._means_none(value) else value.toString(self.FORMAT))
        if value != self._date:
            self._date = type(value)(value)
            self._changed(value)

    def setMinimumDate(self, value: QDate) -> None:  # noqa: N802
        self._minimum = QDate(value)

    def setSpecialValueText(self, text: str) -> None:  # noqa: N802
        """As QDateEdit: the minimum date shows as `text`, and an empty field means it."""
        self._special = text

    def _means_none(self, value: QDate) -> bool:
        return bool(self._special) and value == self._minimum

    def is_valid(self) -> bool:
        return self._parsed() is not None

    def typed_text(self) -> str:
        return self.text().strip()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("e.g. 2026-12-15"))
        if self._arrow is not None:
            self._arrow.setToolTip(self.tr("Pick a date (Alt+Down)"))

    # --- typing ----------------------------------------------------------------------
    def _parsed(self) -> Any:
        if self._special and self._minimum is not None \
                and self.text().strip() in ("", self._special):
            return QDate(self._minimum)
        try:
            return self._read(self.text())
        except NotADate:
            return None

    def _typed(self, _text: str) -> None:
        """While typing nothing is judged; a field marked wrong is cleared once it is right."""
        if not self._valid and self.is_valid():
            self._mark(True)

    def _finished(self) -> None:
        """Left, or Enter: the date is taken, or what is wrong is said."""
        typed = self._parsed()
        if typed is not None:
            self._set_value(typed)
            return
        try:
            self._read(self.text())
        except NotADate as error:
            self._mark(False, fill(self._problem(error), self.typed_text() or "—"))
            if self.isVisible():
                from PySide6.QtWidgets import QToolTip

                QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.toolTip(),
                                  self)

    def setToolTip(self, text: str) -> None:  # noqa: N802
        """The field's own explanation: shown again once a problem it said is put right."""
        self._explanation = text
        super().setToolTip(text)

    def _mark(self, valid: bool, why: str = "") -> None:
        super().setToolTip(why or getattr(self, "_explanation", ""))
        if valid == self._valid:
            return
        self._valid = valid
        self.setProperty("invalid", not valid)
        self.style().unpolish(self)
        self.style().polish(self)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down
                                    and mods & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                 Qt.Key.Key_PageUp: (0, 1), Qt.Key.Key_PageDown: (0, -1)}
        if key in steps and self.is_valid():
            days, months = steps[key]
            value = self._parsed()
            self._set_value(value.addDays(days).addMonths(months))
            return
        super().keyPressEvent(event)

    # --- the calendar ----------------------------------------------------------------
    def open_calendar(self) -> None:
        if self._calendar is None:
            from PySide6.QtWidgets import QCalendarWidget

            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setObjectName("dateFieldCalendar")
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            self._calendar = calendar
        shown = self._parsed() or self._date
        self._calendar.setSelectedDate(shown if isinstance(shown, QDate) else shown.date())
        self._calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self._set_value(self._with_day(value))
        if self._calendar is not None:
            self._calendar.hide()
        self.setFocus()


class DateTimeField(DateField):
    """A moment: a date and a time typed whole (2026-12-15 14:30, 2026年12月15日14时30分).
    QDateTimeEdit has the same section-by-section flaw as QDateEdit."""

    dateTimeChanged = Signal(QDateTime)  # noqa: N815 (QDateTimeEdit's name)
    FORMAT = "yyyy-MM-dd HH:mm"

    def dateTime(self) -> QDateTime:  # noqa: N802
        """The moment typed, when the text is one; else the last the field held."""
        typed = self._parsed()
        return QDateTime(self._date) if typed is None else typed

    def setDateTime(self, value: QDateTime) -> None:  # noqa: N802
        self._set_value(value)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("e.g. 2026-12-15 14:30"))
        if self._arrow is not None:
            self._arrow.setToolTip(self.tr("Pick a date (Alt+Down)"))

    def _now(self) -> Any:
        now = QDateTime.currentDateTime()
        return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()))

    def _read(self, text: str) -> Any:
        moment = parse_typed_moment(text)
        return QDateTime(QDate(moment.year, moment.month, moment.day),
                         QTime(moment.hour, moment.minute))

    def _changed(self, value: Any) -> None:
        self.dateTimeChanged.emit(QDateTime(value))

    def _problem(self, error: NotADate) -> str:
        return (self.tr("%1 is not a moment that exists. Type it as 2026-12-15 14:30.")
                if error.impossible else
                self.tr("%1 is not a date and time. Type it as 2026-12-15 14:30."))

    def _with_day(self, day: QDate) -> Any:
        return QDateTime(day, self.dateTime().time())
