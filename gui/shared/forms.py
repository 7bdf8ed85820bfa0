"""Small helpers the editors share: money fields, percent fields, invalid-field marking."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from core.money import decimal_text
from gui.shared.date_field import DateField

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


def from_qdate(widget: DateField) -> str:
    """The field's date as the case file writes it; text that is no date is handed on as
    typed, so the editor's check names it instead of a date being changed silently."""
    if isinstance(widget, DateField) and not widget.is_valid():
        return widget.typed_text()
    return widget.date().toString("yyyy-MM-dd")


def date_edit(parent: QWidget | None = None) -> DateField:
    """A date field that takes a date typed whole (gui/shared/date_field.py says why)."""
    widget = DateField(parent)
    widget.setStyleSheet(INVALID_STYLE)
    return widget


def fill_combo(combo: QComboBox, codes: tuple[str, ...], label: Callable[[str], str],
               with_none: bool = False) -> None:
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


def mark_invalid(widgets: Sequence[QWidget], bad: QWidget | None) -> None:
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


def ref_checklist(parent: QWidget, items: list[tuple[str, str]],
                  checked: list[str]) -> QListWidget:
    """A list of (ref, text) with a tick box each; the refs in `checked` ticked."""
    widget = QListWidget(parent)
    ticked = set(checked)
    for ref, text in items:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, ref)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ref in ticked else Qt.CheckState.Unchecked)
    return widget


def checked_refs(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def on_delete_key(view: QWidget, callback: Any) -> None:
    """The Delete key, pressed in `view`, runs `callback` (remove the selection)."""
    view.installEventFilter(_DeleteKey(view, callback))


class _DeleteKey(QObject):
    def __init__(self, view: QWidget, callback: Any) -> None:
        super().__init__(view)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Delete):
            self._callback()
            return True
        return False


def explain_fields(rows: Sequence[tuple[QFormLayout, QWidget | QLayout, str]],
                   texts: dict[str, str], samples: dict[str, str] | None = None) -> None:
    """Put each field's explanation on it and on its label (hover, or Shift+F1 for "what is
    this?"), and a grey example in each empty line edit that has one: a hint, never a value.
    A field may be a row of several widgets (a layout): each of them is explained."""
    for form, field, key in rows:
        text = texts.get(key, "")
        targets: list[QWidget | None] = [form.labelForField(field)]
        if isinstance(field, QLayout):
            items = (field.itemAt(i) for i in range(field.count()))
            targets += [item.widget() for item in items if item is not None]
        else:
            targets.append(field)
        for target in targets:
            if target is not None:
                target.setToolTip(text)
                target.setWhatsThis(text)
        if samples and key in samples and isinstance(field, QLineEdit):
            field.setPlaceholderText(samples[key])
