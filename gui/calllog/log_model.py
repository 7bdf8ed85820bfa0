"""The call log's table model: the row ids SQLite gives for the current search, filters and
sort, and the rows in sight read a page at a time, so a log of a hundred thousand calls
opens, sorts and filters without a step that walks every entry in Python.

A reload after a change compares the new ids with the old: one entry added or removed is
one row inserted or removed, an edit only asks the views to read the rows in sight again.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.calllog.log_query import LogQuery, contact_ids, contact_rows
from gui.shared.table_model import Column, cell

Index = QModelIndex | QPersistentModelIndex
PAGE = 100  # rows read at once when the view asks for one not yet read
KEPT = 20 * PAGE  # rows kept read; past this the cache starts again


class LogModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], sort_keys: Sequence[str],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns, self._sort_keys = list(columns), list(sort_keys)
        self._store: Any = None
        self._query = LogQuery()
        self._ids: list[int] = []
        self._rows: dict[int, Any] = {}

    # --- what is shown ----------------------------------------------------------------------
    @property
    def query(self) -> LogQuery:
        return self._query

    def set_store(self, store: Any) -> None:
        """Read the log from `store` (again, after a change): see the module's docstring."""
        self._store = store
        new = contact_ids(store, self._query) if store is not None else []
        old = self._ids
        if new == old:
            self._forget_rows()
            return
        at = _first_difference(old, new)
        if len(new) == len(old) + 1 and old[at:] == new[at + 1:]:
            self.beginInsertRows(QModelIndex(), at, at)
            self._ids = new
            self.endInsertRows()
            self._forget_rows()
        elif len(new) == len(old) - 1 and old[at + 1:] == new[at:]:
            self.beginRemoveRows(QModelIndex(), at, at)
            self._ids = new
            self.endRemoveRows()
            self._forget_rows()
        else:
            self._reset(new)

    def set_query(self, query: LogQuery) -> None:
        """Show what `query` keeps (its sort is the model's own: the view's header sets it)."""
        query = replace(query, sort=self._query.sort, descending=self._query.descending)
        if query != self._query:
            self._query = query
            self._reset(contact_ids(self._store, query) if self._store is not None else [])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._sort_keys[column] if 0 <= column < len(self._sort_keys) else None
        query = replace(self._query, sort=key,
                        descending=order == Qt.SortOrder.DescendingOrder and key is not None)
        if query != self._query:
            self._query = query
            self._reset(contact_ids(self._store, query) if self._store is not None else [])

    def _reset(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self.endResetModel()

    def _forget_rows(self) -> None:
        """The rows read may have changed: the views read again the ones in sight."""
        self._rows.clear()
        self.retranslate()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self._columns) - 1))

    # --- rows -------------------------------------------------------------------------------
    def row(self, index: int) -> Any:
        contact_id = self._ids[index]
        found = self._rows.get(contact_id)
        if found is None:
            if len(self._rows) >= KEPT:
                self._rows.clear()
            start = index - index % PAGE
            wanted = [i for i in self._ids[start:start + PAGE] if i not in self._rows]
            self._rows.update((r.id, r) for r in contact_rows(self._store, wanted))
            found = self._rows[contact_id]
        return found

    def position(self, contact_id: int) -> int | None:
        """Where the contact is shown, None when the search or filters hide it."""
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return None

    def decorated(self, column: int) -> bool:
        return self._columns[column].decoration is not None

    # --- Qt's questions ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return cell(self._columns[index.column()], self.row(index.row()), role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        return None


def _first_difference(old: list[int], new: list[int]) -> int:
    """The first place the two lists differ (the shorter one's length if one starts the
    other), found by halving: each step compares slices in C, none walks in Python."""
    low, high = 0, min(len(old), len(new))
    while low < high:
        middle = (low + high) // 2
        if old[low:middle + 1] == new[low:middle + 1]:
            low = middle + 1
        else:
            high = middle
    return low
