"""The plan's settings and its terms, one row per debt; validated with core's rules as typed.

It only edits a document (the case file's written form of one plan) and says when it
changed; the Plan tab recomputes, shows and saves.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.casefile_spec import PLAN_STATUSES, STRATEGIES, TREATMENTS
from core.errors import DomainError
from core.money import format_amount
from gui.plans import terms_table
from gui.plans.terms_table import REF_ROLE, cell
from gui.shared import labels
from gui.shared.forms import (
    INVALID_STYLE,
    date_edit,
    fill_combo,
    from_qdate,
    mark_invalid,
    money_text,
    percent_to_fraction,
    select_code,
    to_qdate,
)
from gui.shared.retranslate import Retranslating, fill
from gui.shared.table_widths import ColumnWidths, kept_columns

TOOLTIP = Qt.ItemDataRole.ToolTipRole

Document = dict[str, Any]
TERM_WIDTHS = {1: 130, 2: 70, 3: 100, 4: 80, 5: 80, 6: 90, 7: 90, 8: 90}  # at the least
COLUMNS = ("debt", "treatment", "months", "amount", "rate", "basis", "freeze_interest",
           "waive_fees", "pause_months")


class PlanEditor(Retranslating, QWidget):
    edited = Signal()  # the document changed (valid or not: see `problem`)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(INVALID_STYLE)
        self._loading = False
        self._original: Document = {}
        self._debts: list[tuple[str, str]] = []  # (ref, creditor) in case order
        self.problem: DomainError | None = None
        self.valid: Document | None = None  # the document as validated, while it is valid
        self.budget = QLineEdit(self)
        self.budget.setObjectName("planBudget")
        self.left_label = QLabel(self)
        self.one_off = QLineEdit(self)
        self.start = date_edit(self)
        self.strategy = QComboBox(self)
        self.strategy.setObjectName("planStrategy")
        self.status = QComboBox(self)
        form = QFormLayout()
        self.form = form
        budget_row = QHBoxLayout()
        budget_row.addWidget(self.budget, 1)
        budget_row.addWidget(self.left_label, 1)
        self.left_label.setWordWrap(True)
        start_row = QHBoxLayout()
        self.start_warning = QLabel(self)  # said when the first payment day has passed
        self.start_warning.setObjectName("planStartWarning")
        self.start_warning.setStyleSheet("color: #8a3b00;")
        self.start_warning.setWordWrap(True)
        start_row.addWidget(self.start, 1)
        start_row.addWidget(self.start_warning, 1)
        for field in (budget_row, self.one_off, start_row, self.strategy, self.status):
            form.addRow(QLabel(self), field)
        self.terms = QTableWidget(0, len(COLUMNS), self)
        self.terms.setObjectName("termsTable")
        self.terms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.terms.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.terms.verticalHeader().hide()
        terms_table.setup(self.terms, terms_table.TermsDelegate(
            self._choices, lambda: self.tr("contract"), self.terms))
        self.terms.itemChanged.connect(self._changed)
        self._bad_cell: QTableWidgetItem | None = None
        header = self.terms.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ColumnWidths(self.terms, "terms")
        self.up = QPushButton(self)
        self.down = QPushButton(self)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.order_hint = QLabel(self)
        self.order_hint.setWordWrap(True)
        order_row = QHBoxLayout()
        order_row.addWidget(self.order_hint, 1)
        order_row.addWidget(self.up)
        order_row.addWidget(self.down)
        self.error = QLabel(self)
        self.error.setObjectName("planError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        # Two panels the Plan tab places: the settings (beside the summary) and the terms.
        self.settings_panel = QWidget(self)
        self.settings_panel.setLayout(form)
        self.terms_panel = QWidget(self)
        terms_layout = QVBoxLayout(self.terms_panel)
        terms_layout.setContentsMargins(0, 0, 0, 0)
        terms_layout.addWidget(self.terms, 1)
        terms_layout.addLayout(order_row)
        terms_layout.addWidget(self.error)
        for widget in (self.budget, self.one_off):
            widget.textChanged.connect(self._changed)
        self.start.dateChanged.connect(self._changed)
        self.start.dateChanged.connect(lambda _d: self._show_start_warning())
        self.strategy.currentIndexChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        texts = [self.tr("Monthly budget"), self.tr("One-off funds (month 1)"),
                 self.tr("First payment"), self.tr("Strategy"), self.tr("Status")]
        for row, text in enumerate(texts):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(text)
        self.one_off.setPlaceholderText(self.tr("savings, family help (optional)"))
        self.terms.setHorizontalHeaderLabels([
            self.tr("Debt"), self.tr("Treatment"), self.tr("Months"), self.tr("Amount"),
            self.tr("Rate %"), self.tr("Basis"), self.tr("Freeze interest"),
            self.tr("Waive fees"), self.tr("Pause (months)")])
        metrics = self.terms.horizontalHeader().fontMetrics()
        kept = kept_columns(self.terms)
        for column, width in TERM_WIDTHS.items():  # wide enough for the header's words
            if column in kept:
                continue
            header = self.terms.horizontalHeaderItem(column)
            words = header.text() if header is not None else ""
            self.terms.setColumnWidth(column, max(width, metrics.horizontalAdvance(words) + 24))
        self.terms.setToolTip(self.tr("To change a term, double-click its cell, or select it "
                                      "and start typing; Enter keeps it, Esc leaves it as it was."))
        self.up.setText(self.tr("Move up"))
        self.down.setText(self.tr("Move down"))
        self.order_hint.setText(self.tr(
            "Custom order: the money beyond the fixed payments goes to the debts from the top "
            "of this list down."))
        self._loading, was = True, self._loading
        fill_combo(self.strategy, STRATEGIES, labels.strategy)
        for code in STRATEGIES:
            self.strategy.setItemData(self.strategy.findData(code),
                                      labels.strategy_meaning(code), TOOLTIP)
        self.strategy.setWhatsThis("\n\n".join(
            f"{labels.strategy(code)}: {labels.strategy_meaning(code)}" for code in STRATEGIES))
        for field, text in ((self.budget, self.tr(
                "What you can pay all your creditors together each month, after essential "
                "expenses. The plan shares it out between them.")), (self.one_off, self.tr(
                "Money you can pay once at the start (savings, help from family): it is "
                "paid in the first month."))):
            field.setToolTip(text)
            field.setWhatsThis(text)
        fill_combo(self.status, PLAN_STATUSES, labels.plan_status)
        terms_table.relabel(self.terms, self._choice_text)
        self._loading = was
        self._show_disposable()
        self._show_problem()
        self._show_start_warning()

    def _show_start_warning(self) -> None:
        """A first payment in the past would be late before the plan starts: say so."""
        passed = self.start.date() < QDate.currentDate()
        self.start_warning.setText(self.tr("This day has passed: a first payment then would "
                                           "already be late.") if passed else "")
        self.start_warning.setVisible(passed)

    def set_disposable(self, left: Any, currency: str) -> None:
        self._disposable = (left, currency)
        self._show_disposable()

    def _show_disposable(self) -> None:
        left, currency = getattr(self, "_disposable", (None, "CNY"))
        if left is None:
            self.left_label.setText(self.tr("(no financial statement yet)"))
            self.budget.setPlaceholderText("")
        else:
            amount = format_amount(left, currency)
            self.left_label.setText(fill(self.tr("your financial statement leaves %1 a month"),
                                         amount))
            self.budget.setPlaceholderText(fill(self.tr("empty: %1"), amount))

    # --- loading and reading ---------------------------------------------------------------
    def load(self, document: Document, debts: list[tuple[str, str]]) -> None:
        """Show one plan; `debts` are the case's (ref, creditor) in case order."""
        self._loading = True
        self._original, self._debts = document, debts
        self.budget.setText(document.get("monthly_budget") or "")
        self.one_off.setText(document.get("one_off_funds") or "")
        self.start.setDate(to_qdate(document.get("start")))
        self._show_start_warning()
        select_code(self.strategy, document.get("strategy"))
        select_code(self.status, document.get("status") or "draft")
        terms = {t["debt"]: t for t in document.get("terms", [])}
        order = list(document.get("order") or [])
        refs = [r for r in order if r in dict(debts)] + [r for r, _ in debts if r not in order]
        names = dict(debts)
        self._fill_rows([(ref, names[ref], terms.get(ref)) for ref in refs])
        self._loading = False
        self._update_order_controls()
        self.validate()

    def _choices(self, column: int) -> list[tuple[str, str]]:
        """A choice column's (word, code) pairs, in the current language."""
        if column == terms_table.TREATMENT:
            return [(labels.treatment(code), code) for code in TREATMENTS]
        return [(self.tr("per day"), "daily"), (self.tr("per year"), "annual")]

    def _choice_text(self, column: int, code: str) -> str:
        return next((text for text, c in self._choices(column) if c == code), code)

    def _fill_rows(self, rows: list[tuple[str, str, Document | None]]) -> None:
        self._bad_cell = None  # the cells are made anew
        terms_table.fill(self.terms, rows, self._choice_text)

    def _row_term(self, row: int) -> tuple[str, Document]:
        v = terms_table.row_values(self.terms, row)
        rate = percent_to_fraction(v["rate"])
        return v["ref"], {
            "debt": v["ref"], "treatment": v["treatment"], "months": v["months"] or None,
            "amount": money_text(v["amount"]),
            "rate": None if rate is None else {"value": rate, "basis": v["basis"]},
            "freeze_interest": v["freeze_interest"], "waive_fees": v["waive_fees"],
            "pause_months": v["pause_months"] or None,
        }

    def document(self) -> Document:
        """The plan as shown, in the case file's written form (not yet validated)."""
        doc = dict(self._original)
        had = {t["debt"] for t in self._original.get("terms", [])}
        terms = []
        for row in range(self.terms.rowCount()):
            ref, term = self._row_term(row)
            default = (term["treatment"] == "share" and not any(
                term[k] for k in ("months", "amount", "rate", "freeze_interest", "waive_fees",
                                  "pause_months")))
            if ref in had or not default:
                terms.append(term)
        strategy = self.strategy.currentData()
        rows = [cell(self.terms, r, 0).data(REF_ROLE) for r in range(self.terms.rowCount())]
        doc.update({
            "strategy": strategy, "start": from_qdate(self.start),
            "monthly_budget": money_text(self.budget.text()),
            "one_off_funds": money_text(self.one_off.text()),
            "status": self.status.currentData(), "terms": terms,
            "order": rows if strategy == "custom" else list(self._original.get("order") or []),
        })
        return doc

    # --- validation --------------------------------------------------------------------------
    def _changed(self, *_: Any) -> None:
        if self._loading:
            return
        self._update_order_controls()
        self.validate()
        self.edited.emit()

    def validate(self) -> bool:
        from core.plans.plans import validate_plan  # SQLAlchemy loads after the first paint

        try:
            self.valid = validate_plan(self.document(), [ref for ref, _ in self._debts])
        except DomainError as error:
            self.problem, self.valid = error, None
        else:
            self.problem = None
        self._show_problem()
        return self.problem is None

    def _show_problem(self) -> None:
        error = self.problem
        fields = [self.budget, self.one_off]
        bad: QWidget | None = None
        bad_cell: QTableWidgetItem | None = None
        path = error.path if error is not None else ()
        where = ""
        if path and path[0] == "terms" and len(path) >= 3:
            ref = self.document()["terms"][int(path[1])]["debt"]
            row = next(r for r in range(self.terms.rowCount())
                       if cell(self.terms, r, 0).data(REF_ROLE) == ref)
            column = {"months": terms_table.MONTHS, "amount": terms_table.AMOUNT,
                      "rate": terms_table.RATE,
                      "pause_months": terms_table.PAUSE}.get(str(path[2]))
            bad_cell = self.terms.item(row, column) if column else None
            where = cell(self.terms, row, 0).text()
        elif path:
            bad = {"monthly_budget": self.budget, "one_off_funds": self.one_off}.get(str(path[0]))
            where = {"monthly_budget": self.tr("Monthly budget"),
                     "one_off_funds": self.tr("One-off funds (month 1)")}.get(str(path[0]), "")
        if error is None:
            self.error.setText("")
        else:
            self.error.setText(f"{where}: {error.problem}" if where else error.message)
        mark_invalid(fields, bad)
        self.terms.blockSignals(True)  # a colour is not an edit
        terms_table.mark(self.terms, bad_cell, self._bad_cell)
        self.terms.blockSignals(False)
        self._bad_cell = bad_cell

    # --- custom order ------------------------------------------------------------------------
    def _update_order_controls(self) -> None:
        custom = self.strategy.currentData() == "custom"
        for widget in (self.up, self.down, self.order_hint):
            widget.setVisible(custom)

    def _move(self, step: int) -> None:
        row = self.terms.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.terms.rowCount():
            return
        self._loading = True
        try:
            terms_table.swap_rows(self.terms, row, target)
        finally:
            self._loading = False
        self.terms.selectRow(target)
        self._changed()
