"""The schedule as a tree: the monthly totals first, then each debt, each opening onto its
month-by-month rows. Rows are read from the schedule on demand, so a 600-month plan of many
debts costs nothing until it is looked at."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from core.money import format_amount, from_cents

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = 0xFFFFFFFF


translate = QCoreApplication.translate  # lupdate reads translate("Context", "…") calls


class ScheduleModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # (label, rows) — TOTAL first; rows as the schedule's plain tuples, in Row's order
        self._groups: list[tuple[str, tuple[tuple[Any, ...], ...]]] = []
        self._currency = "CNY"

    def headers(self) -> list[str]:
        return [
            translate("ScheduleModel", "Month"),
            translate("ScheduleModel", "Date"),
            translate("ScheduleModel", "Opening"),
            translate("ScheduleModel", "Interest"),
            translate("ScheduleModel", "Late fees"),
            translate("ScheduleModel", "Payment"),
            translate("ScheduleModel", "Forgiven"),
            translate("ScheduleModel", "Closing"),
        ]

    def set_schedule(self, schedule: Any, names: dict[str, str], currency: str) -> None:
        self.beginResetModel()
        self._currency = currency
        plain = schedule.rows.plain  # each month: a row per debt in case order, then TOTAL
        per_month = len(plain) // schedule.months if schedule.months else 0
        self._groups = [(translate("ScheduleModel", "All debts (totals)"),
                         plain[per_month - 1::per_month] if per_month else ())]
        self._groups += [(names.get(ref, ref), plain[k::per_month] if per_month else ())
                         for k, (ref, _) in enumerate(schedule.cleared_in)]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._groups = []
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)

    # --- the tree ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: Index) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 8

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == _NO_PARENT:
            label, rows = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if column == 0:
                    return label
                if column == 5:  # payment_c and forgiven_c: the row's 7th and 8th fields
                    return format_amount(from_cents(sum(r[6] for r in rows)), self._currency)
                if column == 6:
                    total = sum(r[7] for r in rows)
                    return format_amount(from_cents(total), self._currency) if total else ""
            if role == Qt.ItemDataRole.FontRole and column == 0:
                font = QFont()
                font.setBold(True)
                return font
            return None
        row = self._groups[int(index.internalId())][1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row[0])  # month
            if column == 1:
                return row[1].isoformat()  # date
            cents = row[column + 1]  # opening_c … closing_c follow month, date, debt
            return format_amount(from_cents(cents), self._currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
