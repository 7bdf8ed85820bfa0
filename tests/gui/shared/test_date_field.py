"""Every date field takes a date typed whole, a picked date, and the arrow keys; text that
is no date is said, and changes nothing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from gui.shared.forms import date_edit, from_qdate

FORMS = ["2031-03-07", "2031/03/07", "2031.03.07", "2031年03月07日", "2031年3月7日", "20310307",
         "2031-3-7"]


def _type(qtbot, widget, text: str) -> None:
    """As a person types: ASCII key by key; Chinese as an input method commits it."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         char))


@pytest.fixture
def field(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    edit = date_edit(holder)
    edit.setDate(QDate(2026, 12, 3))
    layout.addWidget(edit)
    layout.addWidget(QLineEdit(holder))  # where Tab goes
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    edit.setFocus()
    yield edit  # the holder lives as long as the test


@pytest.mark.parametrize("text", FORMS)
def test_a_date_typed_over_the_old_one_is_taken_whole(field, qtbot, text: str) -> None:
    changed = []
    field.dateChanged.connect(changed.append)
    field.selectAll()
    _type(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.date() == QDate(2031, 3, 7)  # the year too, not 2026 kept from before
    assert from_qdate(field) == "2031-03-07"
    assert field.text() == "2031-03-07"  # shown the one way once the field is left
    assert changed[-1] == QDate(2031, 3, 7)


def test_the_arrow_keys_step_a_day_and_a_month(field, qtbot) -> None:
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert from_qdate(field) == "2026-12-04"
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert from_qdate(field) == "2026-12-02"
    qtbot.keyClick(field, Qt.Key.Key_PageUp)
    assert from_qdate(field) == "2027-01-02"


def test_a_date_picked_from_the_calendar(field, qtbot) -> None:
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field._calendar
    assert calendar is not None and calendar.isVisible()
    calendar.clicked.emit(QDate(2027, 1, 15))
    assert from_qdate(field) == "2027-01-15" and not calendar.isVisible()


@pytest.mark.parametrize(("text", "impossible"), [("2026-02-30", True), ("15/12/2026", False),
                                                  ("2026-12", False)])
def test_what_is_no_date_is_said_and_changes_nothing(field, qtbot, text, impossible) -> None:
    changed = []
    field.dateChanged.connect(changed.append)
    field.selectAll()
    _type(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert changed == [] and field.date() == QDate(2026, 12, 3)
    assert field.property("invalid") is True
    assert text in field.toolTip()
    assert ("does not exist" in field.toolTip() or "not a date that exists" in field.toolTip()) \
        == impossible
    assert from_qdate(field) == text  # handed on as typed: the editor's check names it
    field.selectAll()
    _type(qtbot, field, "2026-12-1")
    assert field.property("invalid") is False  # right again: no longer marked, while typing
    _type(qtbot, field, "5")
    assert from_qdate(field) == "2026-12-15"


def test_nothing_is_marked_while_typing(field, qtbot) -> None:
    field.selectAll()
    _type(qtbot, field, "2031-0")
    assert field.property("invalid") is not True and field.toolTip() == ""


def test_a_field_that_may_hold_no_date(field, qtbot) -> None:
    """The call log's filter: its lowest date shows as "—", and emptying the field means it."""
    lowest = QDate(1900, 1, 1)
    field.setMinimumDate(lowest)
    field.setSpecialValueText("—")
    field.setDate(lowest)
    assert field.text() == "—" and field.date() == lowest
    field.selectAll()
    _type(qtbot, field, "2026-11-20")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.date() == QDate(2026, 11, 20)
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.date() == lowest and field.text() == "—"


@pytest.mark.parametrize("text", ["2031-03-07 14:20", "2031/3/7 1420", "2031年3月7日14时20分"])
def test_a_moment_typed_over_the_old_one_is_taken_whole(qtbot, text: str) -> None:
    """QDateTimeEdit kept the old year and hour the same way; the call log's time does not."""
    from PySide6.QtCore import QDateTime, QTime

    from gui.shared.date_field import DateTimeField

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    field = DateTimeField(holder)
    field.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(9, 0)))
    layout.addWidget(field)
    layout.addWidget(QLineEdit(holder))
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    field.setFocus()
    field.selectAll()
    _type(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter takes it, as leaving does
    assert field.dateTime() == QDateTime(QDate(2031, 3, 7), QTime(14, 20))
    assert field.text() == "2031-03-07 14:20"
    field.setFocus()
    field.selectAll()
    _type(qtbot, field, "2031-03-07 25:00")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter takes it, as leaving does
    assert field.property("invalid") is True and "25:00" in field.toolTip()
    assert field.dateTime() == QDateTime(QDate(2031, 3, 7), QTime(14, 20))  # unchanged


def test_a_call_logged_with_a_typed_time_keeps_it(qtbot) -> None:
    from gui.calllog.contact_dialog import ContactDialog, new_contact

    dialog = ContactDialog(new_contact(None), [("D1", "花呗")], [], None)
    qtbot.addWidget(dialog)
    dialog.when.setText("2026-11-20 09:05")
    assert dialog.document()["at"].startswith("2026-11-20T09:05:00")
    dialog.when.setText("2026-11-31 09:05")  # no such day: handed on for the check to name
    assert dialog.document()["at"] == "2026-11-31 09:05"
