"""The plan's terms, one row per debt, as a table of plain cells with editors made only while
a cell is edited.

A row of eight live widgets per debt made a 60-debt plan cost a fifth of a second to show
and every layout pass walk 480 widgets; cells cost next to nothing. Treatment and basis
keep their code under CODE_ROLE and show the person's word; months and pause hold numbers
(0 shows as "—"); freezing interest and waiving fees are check boxes drawn by the view.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gui.shared.forms import fraction_to_percent, select_code

Document = dict[str, Any]
REF_ROLE = Qt.ItemDataRole.UserRole
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
DEBT, TREATMENT, MONTHS, AMOUNT, RATE, BASIS, FREEZE, WAIVE, PAUSE = range(9)
CHOICES = (TREATMENT, BASIS)
NUMBERS = {MONTHS: 600, PAUSE: 120}  # the most each may be
INVALID = QColor("#ffcdd2")
INVALID_SELECTED = QColor("#c62828")
Index = QModelIndex | QPersistentModelIndex


class TermsDelegate(QStyledItemDelegate):
    """A choice list, a number box or a line of text, made when a cell is edited."""

    def __init__(self, choices: Callable[[int], list[tuple[str, str]]],
                 placeholder: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = choices
        self._placeholder = placeholder

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        column = index.column()
        if column in CHOICES:
            combo = QComboBox(parent)
            for text, code in self._choices(column):
                combo.addItem(text, code)
            # a choice counts as soon as it is made, as a combo box on its own would
            combo.currentIndexChanged.connect(lambda _: self.commitData.emit(combo))
            return combo
        if column in NUMBERS:
            spin = QSpinBox(parent)
            spin.setRange(0, NUMBERS[column])
            spin.setSpecialValueText("—")
            spin.valueChanged.connect(lambda _: self.commitData.emit(spin))
            return spin
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            # every keystroke counts, as in the other fields: the plan recomputes and saves
            # as it is typed, so nothing waits on an editor left open (a tab switched, a
            # letter written, the window closed)
            editor.textChanged.connect(lambda _: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        # The view calls this again whenever the cell changes — after each committed
        # keystroke too: an editor that already shows the value is left alone (its cursor
        # stays where the person is typing).
        if isinstance(editor, QComboBox):
            if editor.currentData() != index.data(CODE_ROLE):
                editor.blockSignals(True)
                select_code(editor, index.data(CODE_ROLE))
                editor.blockSignals(False)
        elif isinstance(editor, QSpinBox):
            value = int(index.data(Qt.ItemDataRole.EditRole) or 0)
            if editor.value() != value:
                editor.setValue(value)
        elif isinstance(editor, QLineEdit):
            text = index.data(Qt.ItemDataRole.EditRole) or ""
            if editor.text() != text:
                editor.setText(text)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        if isinstance(editor, QComboBox):
            code = editor.currentData()
            words = {c: text for text, c in self._choices(index.column())}
            # both at once: a change to one alone would refresh the open editor from the other
            model.setItemData(index, {Qt.ItemDataRole.DisplayRole: words.get(code, code),
                                      CODE_ROLE: code})
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None and background.color() == INVALID:
            # the cell with the problem stays red when its row is selected too
            option.palette.setColor(option.palette.ColorRole.Highlight, INVALID_SELECTED)
        column = index.column()
        if column in NUMBERS and not index.data(Qt.ItemDataRole.EditRole):
            option.text = "—"
        elif column == RATE and not option.text:
            option.text = self._placeholder()  # an empty rate keeps the contract's
            option.palette.setColor(option.palette.ColorRole.Text,
                                    option.palette.color(option.palette.ColorRole.PlaceholderText))


def setup(table: QTableWidget, delegate: TermsDelegate) -> None:
    table.setItemDelegate(delegate)
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                          | QAbstractItemView.EditTrigger.SelectedClicked
                          | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)


def fill(table: QTableWidget, rows: list[tuple[str, str, Document | None]],
         choice_text: Callable[[int, str], str]) -> None:
    """One row per debt: (ref, creditor, its term), made all at once."""
    table.setUpdatesEnabled(False)
    try:
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for row, (ref, creditor, term) in enumerate(rows):
            _fill_row(table, row, ref, creditor, term or {}, choice_text)
    finally:
        table.setUpdatesEnabled(True)


def _fill_row(table: QTableWidget, row: int, ref: str, creditor: str, t: Document,
              choice_text: Callable[[int, str], str]) -> None:
    debt = QTableWidgetItem(creditor)
    debt.setData(REF_ROLE, ref)
    debt.setFlags(debt.flags() & ~Qt.ItemFlag.ItemIsEditable)
    table.setItem(row, DEBT, debt)
    rate = t.get("rate")
    codes = {TREATMENT: t.get("treatment") or "share",
             BASIS: rate["basis"] if rate else "daily"}
    for column, code in codes.items():
        item = QTableWidgetItem(choice_text(column, code))
        item.setData(CODE_ROLE, code)
        table.setItem(row, column, item)
    for column, key in ((MONTHS, "months"), (PAUSE, "pause_months")):
        item = QTableWidgetItem()
        item.setData(Qt.ItemDataRole.EditRole, int(t.get(key) or 0))
        table.setItem(row, column, item)
    table.setItem(row, AMOUNT, QTableWidgetItem(t.get("amount") or ""))
    table.setItem(row, RATE, QTableWidgetItem(fraction_to_percent(rate["value"]) if rate else ""))
    for column, key in ((FREEZE, "freeze_interest"), (WAIVE, "waive_fees")):
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if t.get(key) else Qt.CheckState.Unchecked)
        table.setItem(row, column, item)


def swap_rows(table: QTableWidget, first: int, second: int) -> None:
    """Two rows change places with their cells as they are (whatever was typed, even what
    does not read as a number yet)."""
    for column in range(table.columnCount()):
        a, b = table.takeItem(first, column), table.takeItem(second, column)
        table.setItem(first, column, b)
        table.setItem(second, column, a)


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A cell of a terms row: add_row gives every cell its item."""
    item = table.item(row, column)
    assert item is not None
    return item


def row_values(table: QTableWidget, row: int) -> dict[str, Any]:
    """What the row shows, as typed: codes, numbers (0 for none), texts and ticks."""
    item = partial(cell, table)
    return {
        "ref": item(row, DEBT).data(REF_ROLE),
        "treatment": item(row, TREATMENT).data(CODE_ROLE),
        "months": int(item(row, MONTHS).data(Qt.ItemDataRole.EditRole) or 0),
        "amount": item(row, AMOUNT).text(),
        "rate": item(row, RATE).text(),
        "basis": item(row, BASIS).data(CODE_ROLE),
        "freeze_interest": item(row, FREEZE).checkState() == Qt.CheckState.Checked,
        "waive_fees": item(row, WAIVE).checkState() == Qt.CheckState.Checked,
        "pause_months": int(item(row, PAUSE).data(Qt.ItemDataRole.EditRole) or 0),
    }


def relabel(table: QTableWidget, choice_text: Callable[[int, str], str]) -> None:
    """The choices' words in the current language (their codes stay)."""
    for row in range(table.rowCount()):
        for column in CHOICES:
            item = cell(table, row, column)
            item.setText(choice_text(column, item.data(CODE_ROLE)))


def mark(table: QTableWidget, bad: QTableWidgetItem | None,
         before: QTableWidgetItem | None) -> None:
    """Colour the cell that holds the problem (and no longer the one that did)."""
    if before is not None and before is not bad and table.row(before) >= 0:
        before.setBackground(QBrush())
    if bad is not None:
        bad.setBackground(INVALID)
