"""The call log's table model: the row ids SQLite gives for the current search, filters and
sort, a chunk at a time (the next when the view scrolls to the end, Qt's fetchMore), and
the rows in sight read a page at a time, so a log of a hundred thousand calls opens, sorts
and filters without a step that walks every entry in Python. How many entries match is
counted off the GUI thread (log_count) and said when known (`counted`); the rows do not
wait for it.

A reload after a change compares the new ids with the old: one entry added or removed is
one row inserted or removed, an edit only asks the views to read the rows in sight again.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from core.calllog.log_query import RANKED, LogQuery, contact_ids, contact_rows, keeps
from gui.calllog.log_count import MatchCounter
from gui.shared.table_model import Column, cell

Index = QModelIndex | QPersistentModelIndex
PAGE = 100  # rows read at once when the view asks for one not yet read
CHUNK = 1000  # ids read at once: the first when the log is shown, the next at its end
KEPT = 20 * PAGE  # rows kept read; past this the cache starts again


class LogModel(QAbstractTableModel):
    counted = Signal()  # matching() has changed or become known

    def __init__(self, columns: Sequence[Column], sort_keys: Sequence[str],
                 parent: Any = None,
                 ranks: Mapping[str, Callable[[], tuple[str, ...]]] | None = None) -> None:
        """`ranks` gives, for a sort key whose column shows codes as words, the codes in
        the order of their words in the current language (that column sorts so)."""
        super().__init__(parent)
        self._columns, self._sort_keys = list(columns), list(sort_keys)
        self._ranks = dict(ranks or {})
        self._store: Any = None
        self._query = LogQuery()
        self._ids: list[int] = []  # the first of the matching entries' ids, in order
        self._complete = True  # every matching id is read: there are len(_ids)
        self._matching: int | None = 0  # how many entries match; None until counted
        self._rows: dict[int, Any] = {}
        self._counter = MatchCounter(self)
        self._counter.counted.connect(self._counted)

    # --- what is shown ----------------------------------------------------------------------
    @property
    def query(self) -> LogQuery:
        return self._query

    def matching(self) -> int | None:
        """How many entries the search and filters keep (not all may be read yet); None
        while they are being counted for the first time."""
        return self._matching

    @property
    def counting(self) -> bool:
        """The number of entries that match is being counted (again)."""
        return self._counter.busy

    def _read(self, query: LogQuery, count: int) -> list[int]:
        """The first `count` ids `query` keeps; whether that is all of them is noted."""
        ids = [] if self._store is None else contact_ids(self._store, query, limit=count)
        self._complete = len(ids) < count
        return ids

    def _count(self, guess: int | None) -> None:
        """Say how many match: known when every id is read, else `guess` until counted."""
        if self._complete:
            self._counter.cancel()
            found: int | None = len(self._ids)
        else:
            self._counter.request(self._store, _filters(self._query))
            found = guess
        if found != self._matching:
            self._matching = found
            self.counted.emit()

    def _counted(self, found: int) -> None:
        if found >= 0 and not self._complete and found != self._matching:
            self._matching = found
            self.counted.emit()

    def set_store(self, store: Any) -> None:
        """Read the log from `store` (again, after a change): see the module's docstring."""
        self._store = store
        old, n, was = self._ids, len(self._ids), self._matching
        new = self._read(self._query, max(CHUNK, n + 1))
        at = _first_difference(old, new)
        if at < n and old[at:] == new[at + 1:n + 1]:
            self.beginInsertRows(QModelIndex(), at, at)
            self._ids = new[:n + 1]
            self.endInsertRows()
            was = None if was is None else was + 1
        elif at < n and old[at + 1:] == new[at:n - 1]:
            self.beginRemoveRows(QModelIndex(), at, at)
            self._ids = new[:n - 1]
            self.endRemoveRows()
            was = None if was is None else was - 1
        elif (moved := _one_moved(old, new, at)) is not None:  # an edit changed its place
            source, target = moved
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(),
                               target + 1 if target > source else target)
            self._ids = new[:n]
            self.endMoveRows()
        elif new[:n] != old:  # not the same rows in the same order: shown anew
            self._reset(new)
            return
        shown = len(self._ids)
        if new[:shown] == self._ids:  # a short log's rows that now fit in the first chunk
            self._extend(new[shown:max(CHUNK, shown)])
        self._count(was)
        self._forget_rows()

    def set_query(self, query: LogQuery) -> None:
        """Show what `query` keeps (its sort is the model's own: the view's header sets it)."""
        query = replace(query, sort=self._query.sort, descending=self._query.descending,
                        ranks=self._query.ranks)
        if query != self._query:
            self._show(query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._sort_keys[column] if 0 <= column < len(self._sort_keys) else None
        query = replace(self._query, sort=key,
                        descending=order == Qt.SortOrder.DescendingOrder and key is not None,
                        ranks=self._ranked(key))
        if query != self._query:
            self._show(query)

    def _ranked(self, key: str | None) -> tuple[str, ...]:
        ranks = self._ranks.get(key or "")
        return ranks() if ranks is not None and key in RANKED else ()

    def _show(self, query: LogQuery) -> None:
        """The first chunk of what `query` keeps, anew; counted again if its filters are
        not those already counted (a sort keeps the count)."""
        same = _filters(query) == _filters(self._query)
        self._query = query
        self._reset(self._read(query, CHUNK), counted=same)

    def _reset(self, ids: list[int], counted: bool = False) -> None:
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self.endResetModel()
        if not counted or self._complete:
            self._count(None)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._store is None or self._complete:
            return
        more = contact_ids(self._store, self._query, limit=CHUNK, offset=len(self._ids))
        self._complete = len(more) < CHUNK
        self._extend(more)
        if self._complete:
            self._count(None)

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
        self._redraw()

    def retranslate(self) -> None:
        """The words changed (language, currency): shown again, and a column of words
        sorted again in their new order."""
        ranks = self._ranked(self._query.sort)
        if ranks != self._query.ranks:
            self._show(replace(self._query, ranks=ranks))
        self._redraw()

    def _redraw(self) -> None:
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
        if (self._complete or self._store is None
                or not keeps(self._store, self._query, contact_id)):
            return None  # asked first: reading every id only to miss it took a while
        every = contact_ids(self._store, self._query)
        try:
            at = every.index(contact_id)
        except ValueError:
            return None
        self._extend(every[len(self._ids):at + CHUNK])
        if len(self._ids) == len(every):
            self._complete = True
            self._count(None)
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


def _one_moved(old: list[int], new: list[int], at: int) -> tuple[int, int] | None:
    """(from, to) when `new` starts as `old` does with one id moved, `at` being the first
    place they differ; None otherwise."""
    n = len(old)
    if at >= n or len(new) < n:
        return None
    for first, second, flip in ((old, new, False), (new, old, True)):
        # one id of `first` later in `second`; everything between moved up by one
        try:
            to = second.index(first[at], at + 1, n)
        except ValueError:
            continue
        if first[at + 1:to + 1] == second[at:to] and first[to + 1:n] == second[to + 1:n]:
            return (to, at) if flip else (at, to)
    return None


def _filters(query: LogQuery) -> LogQuery:
    """What decides how many entries match: the query without its order."""
    return replace(query, sort=None, descending=False, ranks=())
