"""One debt's history, newest first: calls, payments, agreements and documents, read-only.
The order is core.debts.timeline's; a header click sorts by that column instead."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.debts.timeline import Event, first_line
from core.money import ZERO, format_amount
from gui.shared import labels
from gui.shared.context import Desk
from gui.shared.fit import fit_on_screen
from gui.shared.proxy import RecordProxyModel
from gui.shared.retranslate import fill
from gui.shared.table_model import Column, RecordTableModel


class TimelineDialog(QDialog):
    def __init__(self, desk: Desk, debt: str, creditor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineDialog")
        from core.debts.debts import currency
        from core.debts.timeline import timeline

        store = desk.store
        assert store is not None  # opened on a debt shown from the open store
        self._currency = currency(store)
        self.events = timeline(store, debt)
        self._creditor = creditor or debt
        self.model = RecordTableModel(self._columns(), self)
        self.model.set_rows(self.events)
        self.proxy = RecordProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("timelineTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # core's order until asked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(not self.events)
        self.table.setVisible(bool(self.events))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)
        self.retranslate()
        fit_on_screen(self, 900, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Timeline: %1"), self._creditor))
        self.note.setText(self.tr(
            "Newest first. Payments, agreements and documents known only by their day come "
            "before that day's calls; documents without a date are listed last."))
        self.empty.setText(self.tr("Nothing has been recorded for this debt yet."))
        self.model.retranslate()

    def _money(self, amount: Any) -> str:
        return format_amount(amount, self._currency)

    def _columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("When"), self._when,
                   sort=lambda e: None if e.on is None else
                   (e.on, e.at.time().isoformat() if e.at else "~")),
            Column(lambda: self.tr("What"), self._what),
            Column(lambda: self.tr("Details"), self._details, tooltip=self._tooltip),
        ]

    def _when(self, event: Event) -> str:
        if event.at is not None:
            return event.at.strftime("%Y-%m-%d %H:%M")
        return event.on.isoformat() if event.on is not None else self.tr("no date")

    def _what(self, event: Event) -> str:
        d = event.data
        if event.kind == "contact":
            return " · ".join(x for x in (labels.channel(d["channel"]),
                                          labels.direction(d["direction"]),
                                          labels.outcome(d["outcome"])) if x)
        if event.kind == "payment":
            return fill(self.tr("Payment %1"), self._money(d["amount"]))
        if event.kind == "agreement":
            return self.tr("Agreement")
        return fill(self.tr("Document: %1"), labels.evidence_category(d["category"]))

    def _details(self, event: Event) -> str:
        d = event.data
        if event.kind == "contact":
            parts = [(d["agent"] or "").strip(), event.summary]
        elif event.kind == "payment":
            parts = [d["method"], d["reference"], first_line(d["note"] or "")]
        elif event.kind == "agreement":
            total = sum((i["amount"] for i in d["installments"]), ZERO)
            parts = [self.tr("%n installment(s)", "", len(d["installments"])),
                     fill(self.tr("%1 in all"), self._money(total))
                     if d["installments"] else "",
                     fill(self.tr("%1 forgiven"), self._money(d["forgiven"]))
                     if d["forgiven"] else "",
                     first_line(d["terms_text"] or "")]
        else:
            parts = [d["title"] or d["name"],
                     self.tr("checked") if d["reviewed"] else self.tr("not checked yet")]
        return " · ".join(p for p in parts if p)

    def _tooltip(self, event: Event) -> str:
        if event.kind == "contact":
            return event.data["summary"] or ""
        if event.kind == "evidence":
            return event.data["name"] or ""
        return ""

