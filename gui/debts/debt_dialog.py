"""Add or edit one debt. Validates as you type with core's own rules and says what is wrong."""
from __future__ import annotations

from datetime import date
from typing import Any, cast

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.casefile_spec import DEBT_KINDS, DEBT_STATUSES
from core.debts.debts import validate_debt
from core.debts.hints import MissingInterest, missing_interest
from core.errors import DomainError
from gui.debts.debt_terms import explain_rows
from gui.shared import labels
from gui.shared.forms import (
    INVALID_STYLE,
    date_edit,
    error_label,
    fill_combo,
    fraction_to_percent,
    from_qdate,
    line,
    mark_invalid,
    money_text,
    ok_cancel,
    percent_to_fraction,
    select_code,
    to_qdate,
)
from gui.shared.retranslate import Retranslating, fill

Document = dict[str, Any]


class RateField(QWidget):
    """A rate typed as a percentage, with its basis beside it: 0.05 % per day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = line(self)
        # wide enough for the example and for a rate typed as the bill writes it
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("万分之五 ") + 18)
        self.basis = QComboBox(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.value, 1)
        row.addWidget(QLabel("%", self))
        row.addWidget(self.basis)
        self.value.editingFinished.connect(self.read_as_written)
        self.retranslate()

    def read_as_written(self) -> None:
        """A rate typed the way the bill states it (日利率 0.05%, 万分之五, 年化 18%) becomes
        the percentage, and its basis when the words say one."""
        from core.money import decimal_text, rate_as_written

        written = rate_as_written(self.value.text())
        if written is None:
            return
        percent, basis = written
        self.value.setText(decimal_text(percent))
        if basis is not None:
            select_code(self.basis, basis)

    def retranslate(self) -> None:
        self.value.setPlaceholderText(self.tr("e.g. 0.05"))  # an example, not a value
        current = self.basis.currentData() or "daily"
        self.basis.clear()
        self.basis.addItem(self.tr("per day"), "daily")
        self.basis.addItem(self.tr("per year"), "annual")
        select_code(self.basis, current)

    def document(self) -> dict[str, str] | None:
        value = percent_to_fraction(self.value.text())
        return None if value is None else {"value": value, "basis": self.basis.currentData()}

    def load(self, rate: dict[str, str] | None) -> None:
        self.value.setText(fraction_to_percent(rate["value"]) if rate else "")
        select_code(self.basis, rate["basis"] if rate else "daily")


def _row_of(form: QFormLayout, widget: QWidget) -> int:
    row, _role = cast(tuple[int, Any], form.getWidgetPosition(widget))
    return row


class DebtDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None, document: Document | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtDialog")
        self._original = document or {}
        self._judged: set[str] = set()  # fields left at least once: their problems are said
        self._tried = False  # OK pressed: every problem is said
        self.setStyleSheet(INVALID_STYLE)
        self._build()
        self.retranslate()
        self._load(self._original)
        self._connect()
        self.validate()

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.creditor = line(self)
        self.creditor.setObjectName("creditor")
        self.product = line(self)
        self.kind = QComboBox(self)
        self.account = line(self)
        self.status = QComboBox(self)
        self.priority = QCheckBox(self)
        self.principal = line(self, "0.00")
        self.principal.setObjectName("principal")
        self.interest = line(self, "0.00")
        self.fees = line(self, "0.00")
        self.as_of = date_edit(self)
        self.rate = RateField(self)
        self.overdue_rate = RateField(self)
        # made in the order the form shows them: the Tab key follows the order of making
        self.minimum = line(self, "0.00")
        self.due_day = QSpinBox(self)
        self.due_day.setRange(0, 31)
        self.due_day.setSpecialValueText("—")
        self.late_fixed = line(self, "0.00")
        self.late_percent = line(self, "5")
        self.is_overdue = QCheckBox(self)
        self.overdue_since = date_edit(self)
        self.phone, self.email, self.website = line(self), line(self), line(self)
        self.address = line(self)
        self.contact_note = line(self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)

        self.who_box, self.owed_box = QGroupBox(self), QGroupBox(self)
        self.terms_box, self.contact_box = QGroupBox(self), QGroupBox(self)
        self.who, self.owed = QFormLayout(self.who_box), QFormLayout(self.owed_box)
        self.terms, self.contact = QFormLayout(self.terms_box), QFormLayout(self.contact_box)
        self._rows: list[tuple[QFormLayout, QWidget, str]] = []
        for form, widget, key in (
            (self.who, self.creditor, "creditor"), (self.who, self.product, "product"),
            (self.who, self.kind, "kind"), (self.who, self.account, "account"),
            (self.who, self.status, "status"), (self.who, self.priority, "priority"),
            (self.owed, self.principal, "principal"), (self.owed, self.interest, "interest"),
            (self.owed, self.fees, "fees"), (self.owed, self.as_of, "as_of"),
            (self.terms, self.rate, "rate"), (self.terms, self.overdue_rate, "overdue_rate"),
            (self.terms, self.minimum, "minimum_payment"), (self.terms, self.due_day, "due_day"),
            (self.terms, self.late_fixed, "late_fixed"),
            (self.terms, self.late_percent, "late_percent"),
            (self.terms, self.is_overdue, "is_overdue"),
            (self.terms, self.overdue_since, "overdue_since"),
            (self.contact, self.phone, "phone"), (self.contact, self.email, "email"),
            (self.contact, self.website, "website"), (self.contact, self.address, "address"),
            (self.contact, self.contact_note, "contact_note"),
        ):
            form.addRow(QLabel(self), widget)
            self._rows.append((form, widget, key))

        # gentle notes, not errors: under the field they are about, shown only when they apply
        self.interest_hint, self.rate_hint = self._hint("interestHint"), self._hint("rateHint")
        self.owed.insertRow(_row_of(self.owed, self.interest) + 1, "", self.interest_hint)
        self.terms.insertRow(_row_of(self.terms, self.overdue_rate) + 1,
                             self.rate_hint)  # the whole row: the rate fields are narrow

        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.who_box)
        left.addWidget(self.owed_box)
        right.addWidget(self.terms_box)
        right.addWidget(self.contact_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.note_label = QLabel(self)
        self.error = error_label(self)
        self.buttons = ok_cancel(self)
        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        outer.addWidget(self.note_label)
        outer.addWidget(self.note)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)

    def _hint(self, name: str) -> QLabel:
        hint = QLabel(self)
        hint.setObjectName(name)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #8a5a00;")
        return hint

    def _field_labels(self) -> dict[str, str]:
        return {
            "creditor": self.tr("Creditor *"), "product": self.tr("Product"),
            "kind": self.tr("Kind"), "account": self.tr("Account or card number"),
            "status": self.tr("Status"), "priority": self.tr("Priority debt"),
            "principal": self.tr("Principal *"), "interest": self.tr("Interest owed"),
            "fees": self.tr("Fees owed"), "as_of": self.tr("Statement date"),
            "rate": self.tr("Contract interest"), "overdue_rate": self.tr("Penalty interest"),
            "minimum_payment": self.tr("Minimum payment"), "due_day": self.tr("Due day"),
            "late_fixed": self.tr("Late fee per missed month"),
            "late_percent": self.tr("Late fee, % of the unpaid minimum"),
            "is_overdue": self.tr("Overdue"), "overdue_since": self.tr("First missed due date"),
            "phone": self.tr("Phone"), "email": self.tr("Email"), "website": self.tr("Website"),
            "address": self.tr("Address"), "contact_note": self.tr("Contact note"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit debt") if self._original else self.tr("Add a debt"))
        self.who_box.setTitle(self.tr("Who you owe"))
        self.owed_box.setTitle(self.tr("What you owe (from the latest statement)"))
        self.terms_box.setTitle(self.tr("Terms"))
        self.contact_box.setTitle(self.tr("How to reach the creditor"))
        self.note_label.setText(self.tr("Note"))
        self.priority.setText(self.tr("Paid first (rent, tax, utilities)"))
        self.is_overdue.setText(self.tr("Payments have been missed"))
        self.creditor.setPlaceholderText(self.tr("e.g. 招商银行信用卡中心"))
        names = self._field_labels()
        for form, widget, key in self._rows:
            label = form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(names[key])
        explain_rows(self._rows)
        fill_combo(self.kind, DEBT_KINDS, labels.debt_kind, with_none=True)
        fill_combo(self.status, DEBT_STATUSES, labels.debt_status, with_none=True)
        self.rate.retranslate()
        self.overdue_rate.retranslate()
        if hasattr(self, "_error_key"):
            self.validate()

    # --- data --------------------------------------------------------------------------
    def _load(self, doc: Document) -> None:
        self.creditor.setText(doc.get("creditor") or "")
        self.product.setText(doc.get("product") or "")
        select_code(self.kind, doc.get("kind"))
        self.account.setText(doc.get("account") or "")
        select_code(self.status, doc.get("status"))
        self.priority.setChecked(bool(doc.get("priority")))
        balance = doc.get("balance") or {}
        self.principal.setText(balance.get("principal") or "")
        self.interest.setText(balance.get("interest") or "")
        self.fees.setText(balance.get("fees") or "")
        self.as_of.setDate(to_qdate(balance.get("as_of")))
        self.rate.load(doc.get("rate"))
        self.overdue_rate.load(doc.get("overdue_rate"))
        late = doc.get("late_fee") or {}
        self.late_fixed.setText(late.get("fixed") or "")
        self.late_percent.setText(fraction_to_percent(late.get("fraction")))
        self.minimum.setText(doc.get("minimum_payment") or "")
        self.due_day.setValue(doc.get("due_day") or 0)
        self.is_overdue.setChecked(doc.get("overdue_since") is not None)
        self.overdue_since.setDate(to_qdate(doc.get("overdue_since")))
        contact = doc.get("contact") or {}
        self.phone.setText(contact.get("phone", ""))
        self.email.setText(contact.get("email", ""))
        self.website.setText(contact.get("website", ""))
        self.address.setText(contact.get("address", ""))
        self.contact_note.setText(contact.get("note", ""))
        self.note.setPlainText(doc.get("note") or "")

    def document(self) -> Document:
        """The debt as typed, in the case file's written form (not yet validated)."""
        doc: Document = dict(self._original)
        late_fixed = money_text(self.late_fixed.text())
        late_fraction = percent_to_fraction(self.late_percent.text())
        contact = {"phone": self.phone.text().strip(), "email": self.email.text().strip(),
                   "website": self.website.text().strip(), "address": self.address.text().strip(),
                   "note": self.contact_note.text().strip()}
        keep_contact = self._original.get("contact") is not None or any(contact.values())
        keep_late = (self._original.get("late_fee") is not None
                     or late_fixed is not None or late_fraction is not None)
        doc.update({
            "creditor": self.creditor.text().strip() or None,
            "product": self.product.text().strip(),
            "kind": self.kind.currentData(),
            "account": self.account.text().strip(),
            "status": self.status.currentData(),
            "priority": self.priority.isChecked(),
            "balance": {"principal": money_text(self.principal.text()),
                        "interest": money_text(self.interest.text()) or "0.00",
                        "fees": money_text(self.fees.text()) or "0.00",
                        "as_of": from_qdate(self.as_of)},
            "rate": self.rate.document(),
            "overdue_rate": self.overdue_rate.document(),
            "late_fee": {"fixed": late_fixed, "fraction": late_fraction} if keep_late else None,
            "minimum_payment": money_text(self.minimum.text()),
            "due_day": self.due_day.value() or None,
            "overdue_since": from_qdate(self.overdue_since) if self.is_overdue.isChecked()
            else None,
            "contact": contact if keep_contact else None,
            "note": self.note.toPlainText(),
        })
        return doc

    def _connect(self) -> None:
        for widget in (self.creditor, self.product, self.account, self.principal, self.interest,
                       self.fees, self.late_fixed, self.late_percent, self.minimum, self.phone,
                       self.email, self.website, self.address, self.contact_note,
                       self.rate.value, self.overdue_rate.value):
            widget.textChanged.connect(self.validate)
        for combo in (self.kind, self.status, self.rate.basis, self.overdue_rate.basis):
            combo.currentIndexChanged.connect(self.validate)
        for box in (self.priority, self.is_overdue):
            box.toggled.connect(self.validate)
        self.is_overdue.toggled.connect(self.overdue_since.setEnabled)
        self.overdue_since.setEnabled(self.is_overdue.isChecked())
        self.due_day.valueChanged.connect(self.validate)
        self.as_of.dateChanged.connect(self.validate)
        self.overdue_since.dateChanged.connect(self.validate)
        self.note.textChanged.connect(self.validate)
        for _, field, key in self._rows:  # a field is judged once it has been left
            edit = field.value if isinstance(field, RateField) else field
            if isinstance(edit, QLineEdit):
                edit.editingFinished.connect(lambda key=key: self._left(key))

    def _left(self, key: str) -> None:
        self._judged.add(key)
        self.validate()

    _PATH_TO_KEY: dict[tuple[str | int, ...], str] = {
                    ("balance", "principal"): "principal", ("balance", "interest"): "interest",
                    ("balance", "fees"): "fees", ("balance", "as_of"): "as_of",
                    ("late_fee", "fixed"): "late_fixed", ("late_fee", "fraction"): "late_percent",
                    ("contact", "note"): "contact_note", ("contact", "address"): "address",
                    ("contact", "phone"): "phone", ("contact", "email"): "email",
                    ("contact", "website"): "website"}

    def validate(self) -> bool:
        """Check what is typed; say what is wrong next to the OK button, which waits. A
        problem is said only once its field has been left, or OK pressed: never before the
        person has typed anything."""
        try:
            debt = validate_debt(self.document())
        except DomainError as error:
            self._show_hints(None)
            key = self._PATH_TO_KEY.get(error.path[:2]) or (
                str(error.path[0]) if error.path else "")
            self._error_key = key
            if not self._tried and key not in self._judged:
                self.error.setText("")
                mark_invalid(self._all_inputs(), None)
                self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
                return False
            name = self._field_labels().get(key, "").rstrip(" *")
            self.error.setText(f"{name}: {error.problem}" if name else error.message)
            widget = next((w for _, w, k in self._rows if k == key), None)
            if isinstance(widget, RateField):
                widget = widget.value
            mark_invalid(self._all_inputs(), widget)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return False
        self._error_key = ""
        self._show_hints(missing_interest(debt, date.today()))
        self.error.setText("")
        mark_invalid(self._all_inputs(), None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def _show_hints(self, missing: MissingInterest | None) -> None:
        """Interest that is probably missing: said under the field, never blocking OK."""
        interest = rate = ""
        if missing is not None and missing.interest:
            interest = fill(self.tr(
                "A credit card %1 days overdue usually charges interest. If the bill shows "
                "interest, fill it in; if there truly is none, leave it as it is.")
                if self.kind.currentData() == "credit_card" else self.tr(
                "A debt with a contract rate that is %1 days overdue usually shows interest. "
                "If the bill shows interest, fill it in; if there truly is none, leave it as "
                "it is."), missing.days)
        if missing is not None and missing.rate:
            rate = fill(self.tr(
                "A rate of 0 is unusual for a debt %1 days overdue. If the contract or the "
                "bill states a rate, fill it in; if there truly is none, leave it as it is."),
                missing.days)
        for form, hint, text in ((self.owed, self.interest_hint, interest),
                                 (self.terms, self.rate_hint, rate)):
            hint.setText(text)
            form.setRowVisible(hint, bool(text))
        if self.isVisible():
            self._grow_to_fit()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller when a note wraps: a dialog's minimum size leaves wrapped lines out."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = layout.totalHeightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)

    def _all_inputs(self) -> list[QWidget]:
        return [w.value if isinstance(w, RateField) else w for _, w, _ in self._rows]

    def accept(self) -> None:
        self._tried = True
        if self.validate():
            super().accept()
