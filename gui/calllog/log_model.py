"""The call log's table model: the row ids SQLite gives for the current search, filters and
sort, a chunk at a time (the next when the view scrolls to the end, Qt's fetchMore), and
the rows in sight read a page at a time, so a log of a hundred thousand calls opens, sorts
and filters without a step that walks every entry in Python. SQLite counts the entries
that match.

A reload after a change compares the new ids with the old: one entry added or removed is
one row inserted or removed, an edit only asks the views to read the rows in sight again.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.calllog.log_query import LogQuery, contact_ids, contact_rows, count_matching
from gui.shared.table_model import Column, cell

Index = QModelIndex | QPersistentModelIndex
PAGE = 100  # rows read at once when the view asks for one not yet read
CHUNK = 1000  # ids read at once: the first when the log is shown, the next at its end
KEPT = 20 * PAGE  # rows kept read; past this the cache starts again


class LogModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], sort_keys: Sequence[str],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns, self._sort_keys = list(columns), list(sort_keys)
        self._store: Any = None
        self._query = LogQuery()
        self._ids: list[int] = []  # the first of the matching entries' ids, in order
        self._matching = 0  # how many entries match
        self._rows: dict[int, Any] = {}

    # --- what is shown ----------------------------------------------------------------------
    @property
    def query(self) -> LogQuery:
        return self._query

    def matching(self) -> int:
        """How many entries the search and filters keep (not all may be read yet)."""
        return self._matching

    def _read(self, query: LogQuery, count: int) -> tuple[list[int], int]:
        """The first `count` ids `query` keeps, and how many it keeps."""
        if self._store is None:
            return [], 0
        ids = contact_ids(self._store, query, limit=count)
        return ids, count_matching(self._store, query) if len(ids) == count else len(ids)

    def set_store(self, store: Any) -> None:
        """Read the log from `store` (again, after a change): see the module's docstring."""
        self._store = store
        old, n = self._ids, len(self._ids)
        new, matching = self._read(self._query, max(CHUNK, n + 1))
        at = _first_difference(old, new)
        if matching == self._matching + 1 and at < n and old[at:] == new[at + 1:n + 1]:
            self.beginInsertRows(QModelIndex(), at, at)
            self._ids, self._matching = new[:n + 1], matching
            self.endInsertRows()
        elif matching == self._matching - 1 and at < n and old[at + 1:] == new[at:n - 1]:
            self.beginRemoveRows(QModelIndex(), at, at)
            self._ids, self._matching = new[:n - 1], matching
            self.endRemoveRows()
        elif new[:n] == old:  # the same rows read; any change lies beyond them
            self._matching = matching
        else:
            self._reset(new, matching)
            return
        shown = len(self._ids)
        if new[:shown] == self._ids:  # a short log's rows that now fit in the first chunk
            self._extend(new[shown:max(CHUNK, shown)])
        self._forget_rows()

    def set_query(self, query: LogQuery) -> None:
        """Show what `query` keeps (its sort is the model's own: the view's header sets it)."""
        query = replace(query, sort=self._query.sort, descending=self._query.descending)
        if query != self._query:
            self._query = query
            self._reset(*self._read(query, CHUNK))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._sort_keys[column] if 0 <= column < len(self._sort_keys) else None
        query = replace(self._query, sort=key,
                        descending=order == Qt.SortOrder.DescendingOrder and key is not None)
        if query != self._query:
            self._query = query
            self._reset(*self._read(query, CHUNK))

    def _reset(self, ids: list[int], matching: int) -> None:
        self.beginResetModel()
        self._ids, self._matching = ids, matching
        self._rows.clear()
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._ids) < self._matching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._store is None:
            return
        more = contact_ids(self._store, self._query, limit=CHUNK, offset=len(self._ids))
        if not more:  # fewer than counted: the log changed meanwhile
            self._matching = len(self._ids)
        self._extend(more)

    def _extend(self, more: list[int]) -> None:
        if not more:
            return
        n = len(self._ids)
        self.beginInsertRows(QModelIndex(), n, n + len(more) - 1)
        self._ids = self._ids + more
        self.endInsertRows()

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
        """Where the contact is shown, None when the search or filters hide it; the ids up
        to it are read if they were not yet."""
        try:
            return self._ids.index(contact_id)
        except ValueError:
            pass
        if len(self._ids) >= self._matching or self._store is None:
            return None
        every = contact_ids(self._store, self._query)
        try:
            at = every.index(contact_id)
        except ValueError:
            return None
        self._extend(every[len(self._ids):at + CHUNK])
        return at

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
