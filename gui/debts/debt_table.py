"""The table of debts on the Debts tab: a row each, sorted by value when a header is clicked,
narrowed by the search and the status chosen above it (`StatusFilter`, here beside the rule
that reads its choice), one row selected at a time.

The view and its models, apart from the tab, which says what the columns show (in its own
words, translated as the tab's), what the rows are and what a selection does."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

from core.debts import overdue
from gui.shared.proxy import RecordProxyModel
from gui.shared.table_model import Column, RecordTableModel, fit_columns
from gui.shared.table_widths import ColumnWidths


class DebtTable(QTableView):
    """`records` holds the rows (core's debt views), `proxy` what is shown of them."""

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtsTable")
        self.records = RecordTableModel(columns, self)
        self.proxy = RecordProxyModel(self)
        self.proxy.setSourceModel(self.records)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        # widths fitted from the texts when the rows change (`fit_columns`): the header's own
        # ResizeToContents asks every cell for every role on every change
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ColumnWidths(self, "debts")

    def retranslate(self) -> None:
        """The headers and texts in the new language (the tab calls it: no hook of its own)."""
        self.records.retranslate()
        if self.records.rowCount():
            fit_columns(self, self.records, cap=260, sample=self.records.rowCount())

    def show_rows(self, views: list[Any], today: date, currency: str) -> None:
        """These debts, counted from `today`, in `currency`."""
        if self.records.set_rows(views, (today, currency)):
            fit_columns(self, self.records, cap=260, sample=len(views))

    def set_filter(self, needle: str, mode: str) -> None:
        """Only the rows whose creditor, product, account or note holds `needle` (already
        case-folded), and with `mode` "open" or "overdue" only those debts."""

        def accept(view: Any) -> bool:
            d = view.data
            if needle and not any(needle in (d[k] or "").casefold()
                                  for k in ("creditor", "product", "account", "note")):
                return False
            if mode == "open":
                return d["status"] not in overdue.CLOSED_STATUSES
            if mode == "overdue":
                return overdue.is_overdue(d)
            return True

        self.proxy.set_filter(accept)

    def selected(self) -> Any:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.records.row(self.proxy.mapToSource(rows[0]).row())

    def select_debt(self, debt_id: int) -> None:
        for row, view in enumerate(self.records.rows()):
            if view.id == debt_id:
                index = self.proxy.mapFromSource(self.records.index(row, 0))
                if index.isValid():
                    self.selectRow(index.row())
                    self.scrollTo(index)
                return


class StatusFilter(QComboBox):
    """Which debts the table shows: all, the ones still open, or the overdue ones."""

    def retranslate(self) -> None:
        """The choices in the new language, the current one kept (and no signal for it)."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All debts"), "all")
        self.addItem(self.tr("Still open"), "open")
        self.addItem(self.tr("Overdue"), "overdue")
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)
