"""Read-only tabs for the call log, the evidence files and the plans, over real stored data.

Their editors come later; until then a person who imported a case sees every record here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.changes import Change
from core.money import format_amount
from gui import labels
from gui.proxy import RecordProxyModel
from gui.table_model import Column, RecordTableModel


def _table(
    parent: QWidget, model: RecordTableModel, name: str
) -> tuple[QTableView, RecordProxyModel]:
    proxy = RecordProxyModel(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


class RecordsTab(QWidget):
    """A searchable read-only table of one kind of record (and, for plans, their terms)."""

    def __init__(self, kind: str, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._context = context
        self._currency = "CNY"
        self.setObjectName({"contacts": "callLogTab", "evidence": "evidenceTab"}[kind])
        self.thumbnails: Any = None  # the Evidence tab sets its thumbnail maker here
        self.integrity: Any = None  # ...and what its last check of the files found
        self.model = RecordTableModel(self._columns(), self)
        self.table, self.proxy = _table(self, self.model, f"{kind}Table")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        self.retranslate()

    # --- columns -----------------------------------------------------------------------
    def _money(self, value: Any) -> str:
        return "" if value is None else format_amount(value, self._currency)

    def _columns(self) -> list[Column]:
        if self.kind == "contacts":

            def offer(row: Any) -> str:
                o = row.data["offer"]
                if not o:
                    return ""
                parts = []
                if o["monthly"] is not None:
                    parts.append(
                        self.tr("%1 × %2 months")
                        .replace("%1", self._money(o["monthly"]))
                        .replace("%2", str(o["months"] or "?"))
                    )
                if o["lump_sum"] is not None:
                    parts.append(self.tr("lump sum %1").replace("%1", self._money(o["lump_sum"])))
                return "; ".join(parts) or o["note"]

            return [
                Column(
                    lambda: self.tr("When"),
                    lambda r: r.data["at"].strftime("%Y-%m-%d %H:%M"),
                    sort=lambda r: r.data["at"],
                ),
                Column(lambda: self.tr("Creditor"), lambda r: "、".join(r.creditors)),
                Column(lambda: self.tr("Channel"), lambda r: labels.channel(r.data["channel"])),
                Column(
                    lambda: self.tr("Direction"), lambda r: labels.direction(r.data["direction"])
                ),
                Column(lambda: self.tr("Agent (staff no.)"), lambda r: r.data["agent"]),
                Column(lambda: self.tr("Outcome"), lambda r: labels.outcome(r.data["outcome"])),
                Column(lambda: self.tr("Offer"), offer),
                Column(
                    lambda: self.tr("Follow-up"),
                    lambda r: self._follow_up(r),
                    sort=lambda r: r.data["follow_up"],
                ),
                Column(
                    lambda: self.tr("Summary"),
                    lambda r: " ".join(r.data["summary"].split()),
                    tooltip=lambda r: r.data["summary"],
                ),
            ]
        return [
            Column(
                lambda: self.tr("Title"),
                lambda r: r.data["title"] or r.data["name"],
                decoration=self._thumbnail,
                tooltip=self._title_tooltip,
            ),
            Column(lambda: self.tr("File name"), lambda r: r.data["name"]),
            Column(
                lambda: self.tr("Category"), lambda r: labels.evidence_category(r.data["category"])
            ),
            Column(
                lambda: self.tr("Document date"),
                lambda r: r.data["document_date"].isoformat() if r.data["document_date"] else "",
                sort=lambda r: r.data["document_date"],
            ),
            Column(lambda: self.tr("Debts"), lambda r: "、".join(r.creditors)),
            Column(
                lambda: self.tr("Reviewed"),
                lambda r: self.tr("yes") if r.data["reviewed"] else self.tr("no"),
            ),
            Column(
                lambda: self.tr("File"),
                self._file_state,
                tooltip=lambda r: self.integrity.tooltip(r) if self.integrity else "",
                decoration=lambda r: self.integrity.badge(r) if self.integrity else None,
            ),
            Column(
                lambda: self.tr("Size"),
                lambda r: _size(r.data["size"]),
                sort=lambda r: r.data["size"],
                align_right=True,
            ),
        ]

    def _thumbnail(self, row: Any) -> Any:
        if self.thumbnails is None:
            return None
        return self.thumbnails.icon_for(self._context.store, row.data["sha256"],
                                        row.data["mime"], row.stored)

    def _file_state(self, row: Any) -> str:
        if self.integrity is not None:
            return self.integrity.text(row)
        return self.tr("kept") if row.stored else self.tr("missing")

    def _title_tooltip(self, row: Any) -> str:
        """In the grid the title is all there is: the file's name and its state too."""
        if self.integrity is None:
            return row.data["name"]
        return f"{row.data['name']}\n{self.integrity.tooltip(row)}"

    def _follow_up(self, row: Any) -> str:
        due = row.data["follow_up"]
        if due is None:
            return ""
        return due.isoformat() + ("  ✓" if row.data["follow_up_done"] else "")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            {
                "contacts": self.tr("Search the call log (creditor, agent, summary)…"),
                "evidence": self.tr("Search evidence (title, file name, note)…"),
            }[self.kind]
        )
        self.note.setText(
            {
                "contacts": self.tr(
                    "Read-only in this version: the call log as imported from a case file."
                ),
                "evidence": self.tr(
                    "Kept in your data folder, named by their SHA-256 so any later change "
                    "shows. Double-click an entry to edit its details; PDF previews come "
                    "next."
                ),
            }[self.kind]
        )
        self.empty.setText(
            {
                "contacts": self.tr("No calls logged yet."),
                "evidence": self.tr("No evidence files yet."),
            }[self.kind]
        )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data --------------------------------------------------------------------------
    _RELEVANT = {
        "contacts": Change.CONTACTS | Change.DEBTS,
        "evidence": Change.EVIDENCE | Change.DEBTS,
    }

    def on_changed(self, changes: Change) -> None:
        if changes & (self._RELEVANT[self.kind] | Change.CASE):
            self.reload()

    def reload(self) -> None:
        from core import overview
        from core.debts import currency

        store = self._context.store
        if store is None:
            return
        self._currency = currency(store)
        loader: Callable[[Any], list[Any]] = {
            "contacts": overview.list_contacts,
            "evidence": overview.list_evidence,
        }[self.kind]
        self.model.set_rows(loader(store))
        self.empty.setVisible(self.model.rowCount() == 0)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their contents, none wider than 320 px."""
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        fields = {"contacts": ("agent", "summary"), "evidence": ("title", "name", "note")}[
            self.kind
        ]

        def accept(row: Any) -> bool:
            if not needle:
                return True
            haystack = [str(row.data[f]) for f in fields] + list(row.creditors)
            return any(needle in h.casefold() for h in haystack)

        self.proxy.set_filter(accept)


def _size(size: int | None) -> str:
    if size is None:
        return ""
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "B" else f"{size:.1f} {unit}"  # float ok: display
        size /= 1024  # type: ignore[assignment]
    return ""
