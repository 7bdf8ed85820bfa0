"""One read-only table model for every list: columns declared as (header, value) pairs.

Rows are whatever the tab loads (frozen records); a column gives the text to show and,
optionally, a sort key so amounts and dates sort by value rather than by their text.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]  # called at paint time, so a language switch shows at once
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None
    decoration: Callable[[Any], Any] | None = None  # an icon or pixmap beside the text


def cell(column: Column, record: Any, role: int) -> Any:
    """What a table shows of `record` in `column` for `role`."""
    if role == Qt.ItemDataRole.DisplayRole:
        return column.text(record)
    if role == SORT_ROLE:
        return column.sort(record) if column.sort else column.text(record)
    if role == ROW_ROLE:
        return record
    if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.DecorationRole and column.decoration:
        return column.decoration(record)
    if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
        return column.tooltip(record)
    return None


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None,
                 key: Callable[[Any], Hashable] | None = None) -> None:
        """`key` names a record (a file's checksum, say) for `refresh_key`."""
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._context: Any = None
        self._key = key
        self._where: dict[Hashable, list[int]] | None = None  # key -> rows, made when asked

    def set_rows(self, rows: Sequence[Any], context: Any = None) -> bool:
        """Show these rows; `context` is what the cells show besides them (the day, the
        currency). Returns whether anything shown changed. A reload that finds the same rows
        in the same context changes nothing, so the views keep their sorting and scrolling;
        the same rows in a new context are only redrawn."""
        rows = list(rows)
        if rows == self._rows:
            if context == self._context:
                return False
            self._context = context
            self.retranslate()
            return True
        self.beginResetModel()
        self._rows, self._context, self._where = rows, context, None
        self.endResetModel()
        return True

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def refresh_key(self, value: Hashable) -> None:
        """Ask the views to redraw the rows whose key is `value` (a thumbnail arrived, say),
        found through an index made once per set of rows: a list of thousands is not walked
        for each thumbnail."""
        if self._key is None:
            raise TypeError("this model was made without a key")
        if self._where is None:
            self._where = {}
            for row, record in enumerate(self._rows):
                self._where.setdefault(self._key(record), []).append(row)
        last = len(self._columns) - 1
        for row in self._where.get(value, ()):
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def decorated(self, column: int) -> bool:
        """Whether the column shows an icon beside its text."""
        return self._columns[column].decoration is not None

    def retranslate(self) -> None:
        """Headers and cell texts are computed on demand; ask the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return cell(self._columns[index.column()], self._rows[index.row()], role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        return None


def fit_columns(table: Any, model: Any, cap: int = 200, sample: int = 30,
                skip_last: bool = False) -> None:
    """Widths from the header and the first rows, none wider than `cap` (measuring every
    row of a long list, thumbnails and all, costs more than loading it). A column whose
    width the person set keeps it. `model`: a RecordTableModel, or any table model with
    its `decorated(column)`."""
    from gui.shared.table_widths import kept_columns

    kept = kept_columns(table)
    metrics = table.fontMetrics()
    icon = table.iconSize().width() + 8 if model.rowCount() else 0
    rows = range(min(sample, model.rowCount()))
    last = model.columnCount() - (1 if skip_last else 0)
    for column in range(last):
        if column in kept:
            continue
        texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")]
        texts += [str(model.index(row, column).data() or "") for row in rows]
        width = max(metrics.horizontalAdvance(text) for text in texts) + 18
        if model.decorated(column):
            width += icon
        table.setColumnWidth(column, min(width, cap))
