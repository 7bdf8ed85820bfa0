"""The search and the filters above the call log: their fields, the query they make for
SQLite (core.calllog.log_query.LogQuery), and clearing them all at once.

The fields belong to the tab's window (the tab lays them out); this object says when one of
them changed, once for each change a person makes and once for a clear."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from core.casefile_spec import CHANNELS, OUTCOMES
from gui.shared import labels
from gui.shared.forms import date_edit, fill_combo

NO_DATE = QDate(2000, 1, 1)  # the date fields' "no limit" value, shown as "—"


class LogFilters(QObject):
    changed = Signal()  # the search or a filter changed: the log shows what they keep

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._quiet = False  # while clear() sets every field: one change, at the end
        self._debts: list[tuple[str, str]] = []
        self.search = QLineEdit(parent)
        self.search.setObjectName("callLogSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._changed())
        self.debt_filter = QComboBox(parent)
        self.debt_filter.setObjectName("callLogDebtFilter")
        self.channel_filter = QComboBox(parent)
        self.outcome_filter = QComboBox(parent)
        for combo in (self.debt_filter, self.channel_filter, self.outcome_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.from_label, self.to_label = QLabel(parent), QLabel(parent)
        self.date_from, self.date_to = date_edit(parent), date_edit(parent)
        for edit in (self.date_from, self.date_to):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
            edit.setDate(NO_DATE)
            edit.dateChanged.connect(lambda _d: self._changed())
        self.open_only = QCheckBox(parent)
        self.open_only.setObjectName("openFollowUpsOnly")
        self.open_only.toggled.connect(lambda _c: self._changed())

    def rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The filters in two short rows (the search goes with the tab's buttons), so the
        tab fits a small laptop screen."""
        filters = QHBoxLayout()
        for widget in (self.debt_filter, self.channel_filter, self.outcome_filter):
            filters.addWidget(widget, 1)
        dates = QHBoxLayout()
        for field in (self.from_label, self.date_from, self.to_label, self.date_to,
                      self.open_only):
            dates.addWidget(field)
        dates.addStretch(1)
        return filters, dates

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search what was said, who, which creditor…"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.open_only.setText(self.tr("Open follow-ups only"))
        fill_combo(self.channel_filter, CHANNELS, labels.channel, with_none=True)
        fill_combo(self.outcome_filter, OUTCOMES, labels.outcome, with_none=True)
        self.channel_filter.setItemText(0, self.tr("Any channel"))
        self.outcome_filter.setItemText(0, self.tr("Any outcome"))
        self.fill_debts(self._debts)

    def fill_debts(self, debts: list[tuple[str, str]]) -> None:
        """The debts to choose from, as (ref, creditor); the one chosen stays chosen."""
        self._debts = debts
        current = self.debt_filter.currentData()
        self.debt_filter.blockSignals(True)
        self.debt_filter.clear()
        self.debt_filter.addItem(self.tr("All creditors"), None)
        for ref, creditor in debts:
            self.debt_filter.addItem(creditor, ref)
        self.debt_filter.setCurrentIndex(max(0, self.debt_filter.findData(current)))
        self.debt_filter.blockSignals(False)

    def query(self) -> Any:
        """What the fields ask for, as a core.calllog.log_query.LogQuery (in the log's
        default order: the model adds the order its header shows)."""
        from core.calllog.log_query import LogQuery

        start, end = (None if d == NO_DATE else date(d.year(), d.month(), d.day())
                      for d in (self.date_from.date(), self.date_to.date()))
        return LogQuery(text=self.search.text(), debt=self.debt_filter.currentData(),
                        channel=self.channel_filter.currentData(),
                        outcome=self.outcome_filter.currentData(), start=start, end=end,
                        open_only=self.open_only.isChecked())

    def clear(self) -> None:
        """Every entry shown again: each field to its "any" value, then one change."""
        self._quiet = True
        try:
            for widget in (self.debt_filter, self.channel_filter, self.outcome_filter):
                widget.setCurrentIndex(0)
            self.date_from.setDate(NO_DATE)
            self.date_to.setDate(NO_DATE)
            self.open_only.setChecked(False)
            self.search.clear()
        finally:
            self._quiet = False
        self.changed.emit()

    def _changed(self) -> None:
        if not self._quiet:
            self.changed.emit()
