"""Record a payment (with its receipt) and record an agreement (installments, what was
forgiven, the terms as written, the signed copy)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from gui.evidence.evidence_picker import EvidencePicker
from gui.shared.fit import fit_on_screen
from gui.shared.forms import (
    INVALID_STYLE,
    date_edit,
    error_label,
    from_qdate,
    line,
    mark_invalid,
    money_text,
    ok_cancel,
    to_qdate,
)
from gui.shared.retranslate import fill


class PaymentDialog(QDialog):
    def __init__(self, document: dict[str, Any], debts: list[tuple[str, str]],
                 evidence: list[tuple[str, str]], store: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setStyleSheet(INVALID_STYLE)
        self._original = document
        self.setWindowTitle(self.tr("Record a payment"))
        self.debt = QComboBox(self)
        for ref, creditor in debts:
            self.debt.addItem(creditor, ref)
        self.debt.setCurrentIndex(max(0, self.debt.findData(document.get("debt"))))
        self.date = date_edit(self)
        self.date.setDate(to_qdate(document.get("date")))
        self.amount = line(self, self.tr("e.g. 447.73"))
        self.amount.setObjectName("paymentAmount")
        self.amount.setText(document.get("amount") or "")
        self.method = line(self, self.tr("e.g. Alipay, bank transfer, the bank's app"))
        self.method.setText(document.get("method") or "")
        self.reference = line(self, self.tr("the transaction number on the receipt"))
        self.reference.setText(document.get("reference") or "")
        self.note = QPlainTextEdit(document.get("note") or "", self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.evidence = EvidencePicker(evidence, document.get("evidence") or [], store,
                                       "receipt", lambda: [self.debt.currentData()], self)
        form = QFormLayout()
        form.addRow(self.tr("&Debt"), self.debt)
        form.addRow(self.tr("D&ate"), self.date)
        form.addRow(self.tr("&Amount"), self.amount)
        form.addRow(self.tr("&Method"), self.method)
        form.addRow(self.tr("&Reference"), self.reference)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("Receipt (evidence)"), self.evidence)

        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        fit_on_screen(self, 480, 500)
        self.amount.setFocus()
        _cancel_on_close(self, self.evidence)

    def document(self) -> dict[str, Any]:
        return {**self._original, "debt": self.debt.currentData(), "date": from_qdate(self.date),
                "amount": money_text(self.amount.text()), "method": self.method.text().strip(),
                "reference": self.reference.text().strip(),
                "note": self.note.toPlainText().strip(), "evidence": self.evidence.refs()}

    def accept(self) -> None:
        from core.casefile_spec import PAYMENT

        if self.evidence.busy:
            self.error.setText(self.tr("Wait until the files are attached."))
            return
        try:
            PAYMENT.parse(self.document(), ())
        except DomainError as error:
            self.error.setText(error.message)
            bad = {"amount": self.amount, "method": self.method,
                   "reference": self.reference}.get(str(error.path[0]) if error.path else "")
            mark_invalid([self.amount, self.method, self.reference], bad)
            (bad or self.amount).setFocus()
            return
        super().accept()


class AgreementDialog(QDialog):
    """The installments as agreed (drafted from the plan or the call; every row editable),
    what the creditor forgave, the terms as written, and the signed copy."""

    def __init__(self, document: dict[str, Any], creditor: str, evidence: list[tuple[str, str]],
                 store: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setStyleSheet(INVALID_STYLE)
        self._original = document
        self.setWindowTitle(fill(self.tr("Record the agreement with %1"), creditor))
        self.agreed_on = date_edit(self)
        self.agreed_on.setDate(to_qdate(document.get("agreed_on")))
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("installmentsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Amount")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for item in document.get("installments") or []:
            self._add_row(item["due"], item["amount"])
        self.add_row = QPushButton(self.tr("Add installment"), self)
        self.remove_row = QPushButton(self.tr("Remove selected"), self)
        self.add_row.clicked.connect(self._append)
        self.remove_row.clicked.connect(self._remove)
        self.total = QLabel(self)
        self.table.itemChanged.connect(lambda _i: self._update_total())
        rows = QHBoxLayout()
        rows.addWidget(self.add_row)
        rows.addWidget(self.remove_row)
        rows.addStretch(1)
        rows.addWidget(self.total)
        self.forgiven = line(self, self.tr("what the creditor wrote off, if anything"))
        self.forgiven.setText(document.get("forgiven") or "")
        # The six things a written agreement must state, each a field of its own; what does
        # not fit them goes in "other terms". Stored together as the terms text.
        from core import i18n
        from core.debts.agreements import six_points, split_terms

        points, rest = split_terms(document.get("terms_text") or "")
        self._language = i18n.language()
        self.points = []
        for label, text in zip(six_points(self._language), points, strict=True):
            field = line(self, label)
            field.setText(text)
            field.setToolTip(label)
            self.points.append(field)
        self.terms = QPlainTextEdit(rest, self)
        self.terms.setObjectName("agreementTerms")
        self.terms.setTabChangesFocus(True)
        self.terms.setPlaceholderText(self.tr("Anything else the agreement says"))
        self.terms.setMaximumHeight(70)
        self.evidence = EvidencePicker(evidence, document.get("evidence") or [], store,
                                       "agreement", lambda: [document["debt"]], self)
        form = QFormLayout()
        form.addRow(self.tr("Agreed &on"), self.agreed_on)
        form.addRow(self.tr("Installments"), self.table)
        form.addRow("", rows)
        form.addRow(self.tr("&Forgiven"), self.forgiven)
        form.addRow(QLabel(self.tr("What the written agreement states:"), self))
        for number, field in enumerate(self.points, 1):
            form.addRow(f"({number})", field)
        form.addRow(self.tr("Other &terms"), self.terms)
        form.addRow(self.tr("Signed copy (evidence)"), self.evidence)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        fit_on_screen(self, 600, 820)
        self._update_total()
        _cancel_on_close(self, self.evidence)

    def _add_row(self, due: str, amount: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(due))
        cell = QTableWidgetItem(amount)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, cell)

    def _append(self) -> None:
        from core.plans.arithmetic import payment_date

        last = self.table.item(self.table.rowCount() - 1, 0) if self.table.rowCount() else None
        try:
            due = payment_date(date.fromisoformat(last.text()), 2) if last else \
                date.today()
        except ValueError:
            due = date.today()
        last_amount = self.table.item(self.table.rowCount() - 1, 1) if last else None
        amount = last_amount.text() if last_amount is not None else ""
        self._add_row(due.isoformat(), amount)
        self._update_total()

    def _remove(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self._update_total()

    def _update_total(self) -> None:
        total = Decimal(0)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            try:
                total += Decimal(money_text(item.text() if item else "") or "0")
            except InvalidOperation:
                continue
        self.total.setText(fill(self.tr("%1 installments, %2 in all"), self.table.rowCount(),
                                f"{total:,.2f}"))

    def document(self) -> dict[str, Any]:
        from core.debts.agreements import compose_terms

        installments = []
        for row in range(self.table.rowCount()):
            due, amount = self.table.item(row, 0), self.table.item(row, 1)
            installments.append({"due": (due.text() if due else "").strip(),
                                 "amount": money_text(amount.text() if amount else "")})
        return {**self._original, "agreed_on": from_qdate(self.agreed_on),
                "installments": installments, "forgiven": money_text(self.forgiven.text()),
                "terms_text": compose_terms([f.text() for f in self.points],
                                            self.terms.toPlainText(), self._language),
                "evidence": self.evidence.refs()}

    def accept(self) -> None:
        from core.casefile_spec import AGREEMENT

        if self.evidence.busy:
            self.error.setText(self.tr("Wait until the files are attached."))
            return
        try:
            AGREEMENT.parse(self.document(), ())
        except DomainError as error:
            self.error.setText(error.message)
            if error.path and error.path[0] == "installments" and len(error.path) > 1:
                self.table.setCurrentCell(int(error.path[1]), 1 if error.path[-1] == "amount"
                                          else 0)
                self.table.setFocus()
            mark_invalid([self.forgiven], self.forgiven if error.path
                         and error.path[0] == "forgiven" else None)
            return
        super().accept()


class StatementDialog(QDialog):
    """The figures of a new statement: what is owed as principal, interest and fees, and
    the statement's date."""

    def __init__(self, balance: dict[str, Any], creditor: str,
                 parent: QWidget | None = None, estimate: Any = None) -> None:
        """Starts from the current figures, or, to bring the debt up to date, from
        `estimate` (a core.debts.progress.Estimate for today) for the person to check."""
        super().__init__(parent)
        self.setObjectName("statementDialog")
        self.setStyleSheet(INVALID_STYLE)
        self.setWindowTitle(fill(self.tr("New statement from %1"), creditor) if estimate is None
                            else fill(self.tr("Bring the debt to %1 up to date"), creditor))
        self.principal = line(self)
        self.principal.setObjectName("statementPrincipal")
        self.interest, self.fees = line(self), line(self)
        start = balance if estimate is None else {
            "principal": estimate.principal, "interest": estimate.interest,
            "fees": estimate.fees}
        for field, key in ((self.principal, "principal"), (self.interest, "interest"),
                           (self.fees, "fees")):
            field.setText(str(start[key]))
        self.as_of = date_edit(self)
        self.as_of.setDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(self.tr("&Principal"), self.principal)
        form.addRow(self.tr("&Interest"), self.interest)
        form.addRow(self.tr("&Fees and charges"), self.fees)
        form.addRow(self.tr("Statement &date"), self.as_of)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(fill(self.tr(
            "The previous figures (%1) are kept in the debt's history."),
            balance["as_of"].isoformat()), self))
        if estimate is not None:
            self.estimated = QLabel(self.tr(
                "Filled in with the estimate for today. Check each figure against your bill "
                "and correct it where the bill says otherwise."), self)
            self.estimated.setObjectName("statementEstimated")
            self.estimated.setWordWrap(True)
            layout.addWidget(self.estimated)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        self.principal.setFocus()
        self.principal.selectAll()

    def document(self) -> dict[str, Any]:
        return {"principal": money_text(self.principal.text()),
                "interest": money_text(self.interest.text()) or "0",
                "fees": money_text(self.fees.text()) or "0", "as_of": from_qdate(self.as_of)}

    def accept(self) -> None:
        from core.casefile_spec import BALANCE

        try:
            BALANCE.parse(self.document(), ())
        except DomainError as error:
            self.error.setText(error.message)
            fields = {"principal": self.principal, "interest": self.interest,
                      "fees": self.fees}
            bad = fields.get(str(error.path[0]) if error.path else "")
            mark_invalid(list(fields.values()), bad)
            return
        super().accept()


def _cancel_on_close(dialog: QDialog, picker: EvidencePicker) -> None:
    dialog.finished.connect(lambda _result: picker.cancel())
