"""The evidence list: a searchable table of the evidence entries, which the Evidence tab
shows as a thumbnail grid or as this detail list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.changes import Change
from gui.shared import labels
from gui.shared.context import Desk
from gui.shared.proxy import RecordProxyModel
from gui.shared.retranslate import Retranslating
from gui.shared.table_model import Column, RecordTableModel, fit_columns
from gui.shared.table_widths import ColumnWidths


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
    ColumnWidths(view, name)
    return view, proxy


class RecordsTab(Retranslating, QWidget):
    """The evidence entries with their thumbnails and integrity state."""

    def __init__(self, kind: str, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._desk = desk
        self.setObjectName("evidenceList")
        self.thumbnails: Any = None  # the Evidence tab sets its thumbnail maker here
        self.integrity: Any = None  # ...and what its last check of the files found
        self.model = RecordTableModel(self._columns(), self, key=lambda row: row.data["sha256"])
        self.table, self.proxy = _table(self, self.model, f"{kind}Table")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._apply_filter())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Filters: category, debt, reviewed or not, and the file's state.
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("evidenceCategoryFilter")
        self.debt_filter = QComboBox(self)
        self.debt_filter.setObjectName("evidenceDebtFilter")
        self.reviewed_filter = QComboBox(self)
        self.reviewed_filter.setObjectName("evidenceReviewedFilter")
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("evidenceStateFilter")
        for combo in (self.category_filter, self.debt_filter, self.reviewed_filter,
                      self.state_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        row = QHBoxLayout()
        row.addWidget(self.search, 2)
        for combo in (self.category_filter, self.debt_filter, self.reviewed_filter,
                      self.state_filter):
            row.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        self.retranslate()

    # --- columns -----------------------------------------------------------------------
    def _columns(self) -> list[Column]:
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
        return self.thumbnails.icon_for(self._desk.store, row.data["sha256"],
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

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search evidence (title, file name, note)…"))
        self.note.setText(self.tr(
            "Kept in your data folder, named by their SHA-256 so any later change shows. "
            "Double-click an entry to edit its details; select one to see it on the right."))
        self.empty.setText(self.tr("No evidence files yet."))
        self._fill_filters()
        self.model.retranslate()

    # --- data --------------------------------------------------------------------------
    def on_changed(self, changes: Change) -> None:
        if changes & (Change.EVIDENCE | Change.DEBTS | Change.CASE):
            self.reload()

    def reload(self) -> None:
        from core.evidence.store import list_evidence
        store = self._desk.store
        if store is None:
            return
        self.model.set_rows(list_evidence(store))
        self._fill_filters()
        self._apply_filter()
        self.empty.setVisible(self.model.rowCount() == 0)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their contents (the first rows), none wider than 320 px."""
        fit_columns(self.table, self.model, cap=320)

    def _fill_filters(self) -> None:
        from core.casefile_spec import EVIDENCE_CATEGORIES
        from gui.evidence.evidence_check import CHANGED, MISSING, OK

        def fill(combo: QComboBox, items: list[tuple[Any, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for code, text in items:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        fill(self.category_filter, [(None, self.tr("Any category"))] +
             [(c, labels.evidence_category(c)) for c in EVIDENCE_CATEGORIES])
        debts = sorted({(ref, name) for row in self.model.rows()
                        for ref, name in zip(row.data["debts"], row.creditors, strict=False)},
                       key=lambda d: d[1])
        fill(self.debt_filter, [(None, self.tr("Any debt")), ("", self.tr("No debt"))] +
             list(debts))
        fill(self.reviewed_filter, [(None, self.tr("Reviewed or not")),
                                    (True, self.tr("Reviewed")),
                                    (False, self.tr("Not reviewed yet"))])
        fill(self.state_filter, [(None, self.tr("Any file state")),
                                 ("problem", self.tr("Missing or changed")),
                                 (MISSING, self.tr("Missing")), (CHANGED, self.tr("Changed")),
                                 (OK, self.tr("Checked intact"))])

    def _apply_filter(self) -> None:
        needle = self.search.text().strip().casefold()
        category = self.category_filter.currentData()
        debt = self.debt_filter.currentData()
        reviewed = self.reviewed_filter.currentData()
        wanted = self.state_filter.currentData()
        state = self.integrity.state if self.integrity is not None else \
            (lambda row: "ok" if row.stored else "missing")

        def accept(row: Any) -> bool:
            data = row.data
            if needle:
                haystack = [str(data[f]) for f in ("title", "name", "note")]
                if not any(needle in h.casefold() for h in [*haystack, *row.creditors]):
                    return False
            if category is not None and data["category"] != category:
                return False
            if debt == "" and data["debts"]:
                return False
            if debt and debt not in data["debts"]:
                return False
            if reviewed is not None and bool(data["reviewed"]) != reviewed:
                return False
            if wanted == "problem":
                return state(row) in ("missing", "changed")
            return wanted is None or state(row) == wanted

        self.proxy.set_filter(accept)


def _size(size: int | None) -> str:
    if size is None:
        return ""
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "B" else f"{size:.1f} {unit}"  # float ok: display
        size /= 1024  # type: ignore[assignment]
    return ""
