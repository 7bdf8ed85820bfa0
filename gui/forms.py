"""Small helpers the editors share: money fields, percent fields, invalid-field marking."""
from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QWidget,
)

from core.money import decimal_text

INVALID_STYLE = "*[invalid=\"true\"] { border: 2px solid #c62828; border-radius: 3px; }"


def money_text(text: str) -> str | None:
    """What a person typed in an amount field, in the case file's form (None if empty).

    Spaces, thousands separators and a currency sign are tolerated; anything else is
    passed on as typed, so the validator can name it.
    """
    cleaned = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    cleaned = cleaned.lstrip("¥￥$£€")
    return cleaned or None


def percent_to_fraction(text: str) -> str | None:
    """"0.05" (per cent) -> "0.0005"; the typed text itself if it is not a number."""
    cleaned = text.strip().rstrip("%").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return cleaned
    if not value.is_finite():
        return cleaned
    return decimal_text(value / 100)


def fraction_to_percent(value: str | None) -> str:
    return "" if value is None else decimal_text(Decimal(value) * 100)


def to_qdate(value: str | None) -> QDate:
    if not value:
        return QDate.currentDate()
    d = date.fromisoformat(value)
    return QDate(d.year, d.month, d.day)


def from_qdate(widget: QDateEdit) -> str:
    return widget.date().toString("yyyy-MM-dd")


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    widget = QDateEdit(parent)
    widget.setCalendarPopup(True)
    widget.setDisplayFormat("yyyy-MM-dd")
    widget.setDate(QDate.currentDate())
    return widget


def fill_combo(combo: QComboBox, codes: tuple[str, ...], label, with_none: bool = False) -> None:
    """Codes as item data, people's words as text; keeps the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if with_none:
        combo.addItem("—", None)
    for code in codes:
        combo.addItem(label(code), code)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def select_code(combo: QComboBox, code: str | None) -> None:
    combo.setCurrentIndex(max(0, combo.findData(code)))


def mark_invalid(widgets: list[QWidget], bad: QWidget | None) -> None:
    for widget in widgets:
        flag = widget is bad
        if widget.property("invalid") != flag:
            widget.setProperty("invalid", flag)
            widget.style().unpolish(widget)
            widget.style().polish(widget)


def line(parent: QWidget | None = None, placeholder: str = "") -> QLineEdit:
    widget = QLineEdit(parent)
    widget.setPlaceholderText(placeholder)
    return widget


def error_label(parent: QWidget) -> QLabel:
    """Where an editor says what is wrong, in red, wrapping."""
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828;")
    return label


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel wired to the dialog's accept (which validates first) and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before something that takes things away; No is the default answer."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, yes | no, no) == yes
