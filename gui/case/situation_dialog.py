"""Your situation: who you are, your household, what happened, and the financial statement.

The financial statement follows the UK Standard Financial Statement's shape: income and
expenses by category (the savings allowance among them), and what is left for the debts.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.case.situation import budget_totals, validate_situation
from core.casefile_spec import EXPENSE_CATEGORIES, HARDSHIP_REASONS, INCOME_CATEGORIES
from core.errors import DomainError
from core.money import format_amount, parse_amount
from gui.case import situation_terms
from gui.case.country_field import CountryField
from gui.shared import labels
from gui.shared.fit import fit_on_screen
from gui.shared.forms import (
    INVALID_STYLE,
    date_edit,
    error_label,
    explain_fields,
    fill_combo,
    from_qdate,
    line,
    money_text,
    ok_cancel,
    select_code,
    to_qdate,
)
from gui.shared.retranslate import Retranslating, fill

Document = dict[str, Any]


class _LinesTable(QTableWidget):
    """Tab goes cell by cell, as in a spreadsheet, and leaves after the last cell (Shift+Tab
    before the first), so the buttons and fields after the table are reached by keyboard."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's names)
        index = self.currentIndex()
        at_end = (not index.isValid() or (index.row(), index.column()) == (
            (self.rowCount() - 1, self.columnCount() - 1) if next else (0, 0)))
        if at_end and self.state() != QAbstractItemView.State.EditingState:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


class BudgetTable(QWidget):
    """Lines of income or expenses: label, category, monthly amount."""

    changed = Signal()

    def __init__(self, categories: tuple[str, ...], label: Any, parent: QWidget,
                 explain: Callable[[], dict[str, str]] = dict) -> None:
        super().__init__(parent)
        self._categories, self._label, self._explain = categories, label, explain
        self.table = _LinesTable(0, 3, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Category"),
                                              self.tr("Per month")])
        self.add_button.setText(self.tr("Add line"))
        self.remove_button.setText(self.tr("Remove line"))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            if isinstance(combo, QComboBox):
                self._fill(combo)

    def _fill(self, combo: QComboBox) -> None:
        """The categories, each a first-timer does not know with its explanation on hover."""
        fill_combo(combo, self._categories, self._label)
        for code, text in self._explain().items():
            index = combo.findData(code)
            if index >= 0:
                combo.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)

    def add_line(self, line_: dict[str, str] | None = None) -> None:
        line_ = line_ or {"label": "", "category": self._categories[0], "monthly": ""}
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(line_["label"]))
        combo = QComboBox(self.table)
        self._fill(combo)
        select_code(combo, line_["category"])
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, 1, combo)
        item = QTableWidgetItem(line_["monthly"] or "")
        self.table.setItem(row, 2, item)
        self.table.blockSignals(False)
        self.changed.emit()
        if not line_["label"]:
            self.table.setCurrentCell(row, 0)
            label_item = self.table.item(row, 0)
            if label_item is not None:
                self.table.editItem(label_item)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()

    def lines(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            label_item, amount_item = self.table.item(row, 0), self.table.item(row, 2)
            combo = self.table.cellWidget(row, 1)
            out.append({"label": label_item.text().strip() if label_item else "",
                        "category": combo.currentData() if isinstance(combo, QComboBox) else None,
                        "monthly": money_text(amount_item.text() if amount_item else "")})
        return out

    def load(self, lines: list[dict[str, str]]) -> None:
        self.table.setRowCount(0)
        for entry in lines:
            self.add_line(entry)


class SituationDialog(Retranslating, QDialog):
    def __init__(self, document: Document, currency: str = "CNY",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("situationDialog")
        self.setStyleSheet(INVALID_STYLE)
        self._original, self._currency = document, currency
        self._build()
        self.retranslate()
        self._load(document)
        self._connect()
        self.validate()

    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        # person
        self.person_page = QWidget(self)
        self.name, self.phone, self.email = line(self), line(self), line(self)
        self.address, self.id_number = line(self), line(self)
        self.person_form = QFormLayout(self.person_page)
        for w in (self.name, self.phone, self.email, self.address):
            self.person_form.addRow(QLabel(self), w)
        self.id_warning = QLabel(self)  # a Chinese ID number that does not check out
        self.id_warning.setObjectName("idNumberWarning")
        self.id_warning.setStyleSheet("color: #8a3b00;")
        self.id_warning.setWordWrap(True)
        self.id_warning.hide()
        id_box = QVBoxLayout()
        id_box.addWidget(self.id_number)
        id_box.addWidget(self.id_warning)
        self.person_form.addRow(QLabel(self), id_box)
        self._id_box = id_box
        self.country = CountryField(self._original.get("country"), self._currency, self)
        self.person_form.addRow(QLabel(self), self.country)
        # household
        self.household_page = QWidget(self)
        self.adults, self.children_count = QSpinBox(self), QSpinBox(self)
        self.adults.setRange(1, 30)
        self.children_count.setRange(0, 30)
        self.household_note = QPlainTextEdit(self)
        self.household_note.setTabChangesFocus(True)
        self.household_form = QFormLayout(self.household_page)
        for field in (self.adults, self.children_count, self.household_note):
            self.household_form.addRow(QLabel(self), field)
        # hardship
        self.hardship_page = QWidget(self)
        self.reason = QComboBox(self)
        self.has_since = QCheckBox(self)
        self.since = date_edit(self)
        since_row = QHBoxLayout()
        since_row.addWidget(self.has_since)
        since_row.addWidget(self.since, 1)
        self.statement = QPlainTextEdit(self)
        self.statement.setObjectName("hardshipStatement")
        self.statement.setTabChangesFocus(True)
        self.recovery = QPlainTextEdit(self)
        self.recovery.setTabChangesFocus(True)
        self.recovery.setMaximumHeight(70)
        self.hardship_form = QFormLayout(self.hardship_page)
        self.hardship_form.addRow(QLabel(self), self.reason)
        self.hardship_form.addRow(QLabel(self), since_row)
        self._since_row = since_row
        self.hardship_form.addRow(QLabel(self), self.statement)
        self.hardship_form.addRow(QLabel(self), self.recovery)
        # budget
        self.budget_page = QWidget(self)
        self.income = BudgetTable(INCOME_CATEGORIES, labels.income_category, self.budget_page)
        self.expenses = BudgetTable(EXPENSE_CATEGORIES, labels.expense_category, self.budget_page,
                                    situation_terms.category_explanations)
        self.income.setObjectName("incomeTable")
        self.expenses.setObjectName("expenseTable")
        self.income_label, self.expenses_label = QLabel(self), QLabel(self)
        self.totals = QLabel(self)
        self.totals.setObjectName("budgetTotals")
        b = QVBoxLayout(self.budget_page)
        b.addWidget(self.income_label)
        b.addWidget(self.income, 2)
        b.addWidget(self.expenses_label)
        b.addWidget(self.expenses, 3)
        b.addWidget(self.totals)
        for page in (self.person_page, self.household_page, self.hardship_page, self.budget_page):
            self.tabs.addTab(page, "")
        self.error = error_label(self)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_on_screen(self, 760, 620)

    @staticmethod
    def _relabel(form: QFormLayout, texts: list[str]) -> None:
        for row, text in enumerate(texts):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your situation"))
        for i, text in enumerate((self.tr("About you"), self.tr("Household"),
                                  self.tr("What happened"), self.tr("Financial statement"))):
            self.tabs.setTabText(i, text)
        self._relabel(self.person_form, [self.tr("Name"), self.tr("Phone"), self.tr("Email"),
                                         self.tr("Address"), self.tr("ID number"),
                                         self.tr("Country you live in")])
        self._relabel(self.household_form, [self.tr("Adults"), self.tr("Children"),
                                            self.tr("Note")])
        self._relabel(self.hardship_form, [self.tr("Reason"), self.tr("Since"),
                                           self.tr("In your own words"),
                                           self.tr("When things should improve")])
        self.has_since.setText(self.tr("known"))
        self.statement.setPlaceholderText(self.tr(
            "What happened, when, and what you are doing about it. Creditors read this in "
            "your letters: be honest and specific."))
        self.id_number.setPlaceholderText(self.tr("Shown masked in letters unless you choose"))
        self._check_id_number()
        fill_combo(self.reason, HARDSHIP_REASONS, labels.hardship_reason, with_none=True)
        self.income_label.setText(self.tr("Monthly income"))
        self.expenses_label.setText(self.tr(
            "Monthly expenses (include a small savings allowance for emergencies)"))
        self.income.retranslate()
        self.expenses.retranslate()
        self._explain()
        self._update_totals()

    def _explain(self) -> None:
        """Each field says what it is for (hover, or Shift+F1), in the language now in use."""
        p, h, s = self.person_form, self.household_form, self.hardship_form
        explain_fields([(p, self.name, "name"), (p, self.phone, "phone"),
                        (p, self.email, "email"), (p, self.address, "address"),
                        (p, self._id_box, "id_number"), (p, self.country, "country"),
                        (h, self.adults, "adults"), (h, self.children_count, "children"),
                        (h, self.household_note, "household_note"),
                        (s, self.reason, "reason"), (s, self._since_row, "since"),
                        (s, self.statement, "statement"), (s, self.recovery, "recovery")],
                       situation_terms.explanations())
        for widgets, text in (((self.income_label, self.income.table),
                               situation_terms.income_explanation()),
                              ((self.expenses_label, self.expenses.table),
                               situation_terms.expenses_explanation())):
            for widget in widgets:
                widget.setToolTip(text)
                widget.setWhatsThis(text)

    def _load(self, doc: Document) -> None:
        p = doc.get("person") or {}
        self.name.setText(p.get("name", ""))
        self.phone.setText(p.get("phone", ""))
        self.email.setText(p.get("email", ""))
        self.address.setText(p.get("address", ""))
        self.id_number.setText(p.get("id_number", ""))
        h = doc.get("household") or {}
        self.adults.setValue(h.get("adults") or 1)
        self.children_count.setValue(h.get("children") or 0)
        self.household_note.setPlainText(h.get("note", ""))
        s = doc.get("hardship") or {}
        select_code(self.reason, s.get("reason"))
        self.has_since.setChecked(s.get("since") is not None)
        self.since.setDate(to_qdate(s.get("since")))
        self.since.setEnabled(self.has_since.isChecked())
        self.statement.setPlainText(s.get("statement", ""))
        self.recovery.setPlainText(s.get("expected_recovery", ""))
        budget = doc.get("budget") or {"income": [], "expenses": []}
        self.income.load(budget["income"])
        self.expenses.load(budget["expenses"])

    def document(self) -> Document:
        person = {"name": self.name.text().strip(), "phone": self.phone.text().strip(),
                  "email": self.email.text().strip(), "address": self.address.text().strip(),
                  "id_number": self.id_number.text().strip()}
        household = {"adults": self.adults.value(), "children": self.children_count.value(),
                     "note": self.household_note.toPlainText()}
        hardship = {"reason": self.reason.currentData(),
                    "since": from_qdate(self.since) if self.has_since.isChecked() else None,
                    "statement": self.statement.toPlainText(),
                    "expected_recovery": self.recovery.toPlainText()}
        budget = {"income": self.income.lines(), "expenses": self.expenses.lines()}
        o = self._original
        return {
            "person": person if o.get("person") is not None or any(person.values()) else None,
            "country": self.country.value(),
            "household": household if o.get("household") is not None
            or household != {"adults": 1, "children": 0, "note": ""} else None,
            "hardship": hardship if o.get("hardship") is not None
            or any(v for v in hardship.values()) else None,
            "budget": budget if o.get("budget") is not None
            or budget["income"] or budget["expenses"] else None,
        }

    def _check_id_number(self) -> None:
        """A warning, never a refusal: the person may know better (GB 11643's check)."""
        from core import i18n
        from core.case.identity import id_number_problem

        problem = id_number_problem(self.id_number.text())
        self.id_warning.setText(i18n.t(problem[0], **problem[1]) if problem else "")
        self.id_warning.setVisible(problem is not None)

    def _clear_id_warning(self) -> None:
        from core.case.identity import id_number_problem

        if not self.id_warning.isHidden() and id_number_problem(self.id_number.text()) is None:
            self.id_warning.hide()

    def _connect(self) -> None:
        # judged once the field is left, never while typing; cleared as soon as it is right
        self.id_number.editingFinished.connect(self._check_id_number)
        self.id_number.textChanged.connect(lambda _t: self._clear_id_warning())
        for w in (self.name, self.phone, self.email, self.address, self.id_number):
            w.textChanged.connect(self.validate)
        for t in (self.household_note, self.statement, self.recovery):
            t.textChanged.connect(self.validate)
        self.reason.currentIndexChanged.connect(self.validate)
        self.country.changed.connect(self.validate)
        self.has_since.toggled.connect(self.since.setEnabled)
        self.has_since.toggled.connect(self.validate)
        self.income.changed.connect(lambda *_: self.validate())
        self.expenses.changed.connect(lambda *_: self.validate())

    def _describe(self, error: DomainError) -> str:
        path = error.path
        pages = {"person": self.tr("About you"), "country": self.tr("About you"),
                 "household": self.tr("Household"),
                 "hardship": self.tr("What happened"),
                 "budget": self.tr("Financial statement")}
        where = pages.get(str(path[0]), "") if path else ""
        if path and path[0] == "country":
            where += " · " + self.tr("Country you live in")
        if len(path) >= 3 and path[0] == "budget":
            side = self.tr("income") if path[1] == "income" else self.tr("expenses")
            columns = {"label": self.tr("What"), "category": self.tr("Category"),
                       "monthly": self.tr("Per month")}
            where += " · " + fill(self.tr("%1 line %2"), side, int(path[2]) + 1)
            if len(path) >= 4:
                where += " · " + columns.get(str(path[3]), str(path[3]))
        return f"{where}: {error.problem}" if where else error.message

    def validate(self) -> bool:
        try:
            validate_situation(self.document())
        except DomainError as error:
            self.error.setText(self._describe(error))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self._update_totals()
            return False
        self.error.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self._update_totals()
        return True

    def _update_totals(self) -> None:
        def amounts(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
            out = []
            for entry in lines:
                try:
                    out.append({"monthly": parse_amount(entry["monthly"] or "0")})
                except DomainError:
                    continue
            return out
        totals = budget_totals({"income": amounts(self.income.lines()),
                                "expenses": amounts(self.expenses.lines())})
        c = self._currency
        left = totals["left"]
        colour = "#2e7d32" if left > 0 else "#c62828"
        self.totals.setText(fill(self.tr(
            "Income %1 − expenses %2 = <b style='color:%4'>%3 left each month for your "
            "debts</b>"), format_amount(totals["income"], c),
            format_amount(totals["expenses"], c), format_amount(left, c), colour))

    def accept(self) -> None:
        if self.validate():
            super().accept()
