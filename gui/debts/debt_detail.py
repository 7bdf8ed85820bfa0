"""Below the debts: where the selected debt stands. Its balance now (an estimate), the seven
negotiation steps with the one next thing to do, the agreement and how it is kept, and the
payments made."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.debts.progress import ATTENTION, DONE, LATE, MISSED, ON_TIME, PART_PAID
from core.errors import DomainError
from core.money import format_amount
from gui.shared.retranslate import Retranslating, fill


def step_name(number: int) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        1: translate("DebtDetail", "Know the balance and the rates"),
        2: translate("DebtDetail", "Contact the creditor early"),
        3: translate("DebtDetail", "Explain your situation and finances"),
        4: translate("DebtDetail", "Back it with checked documents"),
        5: translate("DebtDetail", "Propose an affordable plan"),
        6: translate("DebtDetail", "Get the agreement in writing, signed"),
        7: translate("DebtDetail", "Keep to the payments"),
    }[number]


def action_text(action: str) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        "edit_debt": translate("DebtDetail", "Fill in the balance and rates…"),
        "log_call": translate("DebtDetail", "Log a call with this creditor…"),
        "situation": translate("DebtDetail", "Describe your situation…"),
        "evidence": translate("DebtDetail", "Add and check documents…"),
        "plan": translate("DebtDetail", "Make a plan…"),
        "agreement": translate("DebtDetail", "Record the agreement…"),
        "payment": translate("DebtDetail", "Record a payment…"),
    }[action]


class DebtDetail(Retranslating, QWidget):
    action_requested = Signal(str)  # one of core.debts.progress.ACTIONS' values, or "calendar"
    edit_payment = Signal(int)
    delete_payment = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtDetail")
        self.progress: Any = None
        self._currency = "CNY"
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.estimate = QLabel(self)
        self.estimate.setObjectName("estimateLabel")
        self.estimate.setWordWrap(True)
        self.conduct = QLabel(self)  # likely breaches of the rules collectors must follow
        self.conduct.setObjectName("conductCount")
        self.conduct.setStyleSheet("color: #c62828;")
        self.conduct.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.conduct.linkActivated.connect(lambda _link: self.action_requested.emit("conduct"))
        self.conduct.hide()
        # the offer to bring a stale statement up to date (the plan starts from it)
        self.offer: Any = None  # the estimate the offer starts from, when it is made
        self.offer_text = QLabel(self)
        self.offer_text.setObjectName("statementOffer")
        self.offer_text.setWordWrap(True)
        self.offer_text.setStyleSheet("color: #8a5a00;")
        self.offer_button = QPushButton(self)
        self.offer_button.setObjectName("upToDateButton")
        self.offer_button.clicked.connect(lambda: self.action_requested.emit("up_to_date"))
        self.statement_button = QPushButton(self)
        self.statement_button.setObjectName("statementButton")
        self.statement_button.clicked.connect(lambda: self.action_requested.emit("statement"))
        self.steps = QLabel(self)
        self.steps.setObjectName("stepsLabel")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("nextActionButton")
        self.next_button.clicked.connect(
            lambda: self.progress and self.progress.road.next_action
            and self.action_requested.emit(self.progress.road.next_action))

        self.agreement_box = QGroupBox(self)
        self.agreement_text = QLabel(self.agreement_box)
        self.agreement_text.setObjectName("agreementText")
        self.agreement_text.setWordWrap(True)
        self.bar = QProgressBar(self.agreement_box)
        self.bar.setObjectName("agreementProgress")
        self.warning = QLabel(self.agreement_box)
        self.warning.setObjectName("missedWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c62828; font-weight: bold;")
        self.agreement_button = QPushButton(self.agreement_box)
        self.agreement_button.setObjectName("recordAgreementButton")
        self.agreement_button.clicked.connect(lambda: self.action_requested.emit("agreement"))
        box = QVBoxLayout(self.agreement_box)
        box.addWidget(self.agreement_text, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.bar)
        box.addWidget(self.warning)
        self.calendar_button = QPushButton(self.agreement_box)
        self.calendar_button.setObjectName("agreementCalendarButton")
        self.calendar_button.clicked.connect(lambda: self.action_requested.emit("calendar"))
        agreement_buttons = QHBoxLayout()
        agreement_buttons.addWidget(self.agreement_button)
        agreement_buttons.addWidget(self.calendar_button)
        agreement_buttons.addStretch(1)
        box.addLayout(agreement_buttons)
        box.addStretch(1)

        self.payments_box = QGroupBox(self)
        self.payments = QTableWidget(0, 4, self.payments_box)
        self.payments.setObjectName("paymentsTable")
        self.payments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.payments.verticalHeader().hide()
        self.payments.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.payments.itemDoubleClicked.connect(lambda _i: self._edit())
        self.pay_button = QPushButton(self.payments_box)
        self.pay_button.setObjectName("recordPaymentButton")
        self.pay_button.clicked.connect(lambda: self.action_requested.emit("payment"))
        self.edit_button = QPushButton(self.payments_box)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(self.payments_box)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for button in (self.pay_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        pay = QVBoxLayout(self.payments_box)
        pay.addWidget(self.payments, 1)
        pay.addLayout(buttons)

        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.estimate)
        left.addWidget(self.conduct)
        left.addWidget(self.offer_text)
        statement_row = QHBoxLayout()
        statement_row.addWidget(self.offer_button)
        statement_row.addWidget(self.statement_button)
        statement_row.addStretch(1)
        left.addLayout(statement_row)
        left.addWidget(self.steps)
        left.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.addLayout(left, 3)
        row.addWidget(self.agreement_box, 2)
        row.addWidget(self.payments_box, 3)
        self.retranslate()
        self.show_progress(None, "CNY")

    def retranslate(self) -> None:
        self.agreement_box.setTitle(self.tr("Agreement"))
        self.payments_box.setTitle(self.tr("Payments"))
        self.pay_button.setText(self.tr("Record a pa&yment…"))
        self.calendar_button.setText(self.tr("Add to calendar…"))
        self.statement_button.setText(self.tr("Update from a new statement…"))
        self.offer_button.setText(self.tr("Bring it up to date…"))
        self.statement_button.setToolTip(self.tr(
            "Enter the figures of the creditor's latest statement; the old ones are kept"))
        self.calendar_button.setToolTip(self.tr(
            "Save the agreed installments as an .ics file for your phone or calendar"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.payments.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Amount"), self.tr("Method"), self.tr("Reference")])
        self.show_progress(self.progress, self._currency)

    def _money(self, value: Any) -> str:
        return format_amount(value, self._currency)

    def show_breaches(self, count: int) -> None:
        """How many likely breaches of collector rules name this debt; a link to them."""
        text = (self.tr("1 likely breach of collector rules") if count == 1 else
                fill(self.tr("%1 likely breaches of collector rules"), count))
        self.conduct.setText(f"<a href='conduct' style='color:#c62828'>{text}</a>")
        self.conduct.setVisible(count > 0 and self.progress is not None)

    def show_debt(self, store: Any, read: Any, ref: str | None, currency: str) -> None:
        """Where debt `ref` stands: from the case as read (core.debts.progress.CaseRead) and
        this debt's own records, read for it alone (cheap on every selection); nothing if
        `ref`, `store` or `read` is None."""
        from core.debts.progress import progress_of

        if ref is None or store is None or read is None:
            self.show_progress(None, currency)
            return
        try:
            progress = progress_of(store, read, ref)
        except (DomainError, StopIteration, KeyError):
            progress = None  # deleted under us: the reload that follows shows the rest
        self.show_progress(progress, currency)

    def show_progress(self, progress: Any, currency: str) -> None:
        """Show one debt's core.debts.progress.DebtProgress, or nothing (no debt selected)."""
        self.progress, self._currency = progress, currency
        shown = progress is not None
        for widget in (self.agreement_box, self.payments_box, self.next_button, self.steps,
                       self.estimate, self.statement_button):
            widget.setVisible(shown)
        self._show_offer(progress)
        if not shown:
            self.title.setText(self.tr("Select a debt to see where it stands."))
            return
        debt, est = progress.debt, progress.estimate
        self.title.setText(debt["creditor"] or debt["ref"])
        self.estimate.setText(fill(self.tr(
            "Owed now, estimated: %1 (statement of %2: %3; interest since %4; paid since %5). "
            "Only the creditor's next statement is exact."),
            self._money(est.total), est.as_of.isoformat(),
            self._money(debt["balance"]["principal"] + debt["balance"]["interest"]
                        + debt["balance"]["fees"]),
            self._money(est.accrued), self._money(est.paid)))
        marks = {DONE: ("✓", "#2e7d32"), ATTENTION: ("!", "#c62828")}
        lines = []
        for step in progress.road.steps:
            mark, color = marks.get(step.state, ("○", "#777777"))
            weight = "bold" if step.number == progress.road.next_step else "normal"
            lines.append(f"<span style='color:{color}'>{mark}</span> "
                         f"<span style='font-weight:{weight}'>{step.number}. "
                         f"{step_name(step.number)}</span>")
        self.steps.setText("<br>".join(lines))
        action = progress.road.next_action
        self.next_button.setVisible(action is not None)
        if action is not None:
            self.next_button.setText(fill(self.tr("Next: %1"), action_text(action)))
        self._show_agreement(progress)
        self._show_payments(progress.payments)

    def _show_offer(self, progress: Any) -> None:
        """Plans and letters start from the statement: where it has aged or interest has run
        since, offer to bring it up to date first."""
        from core.debts.hints import statement_offer

        self.offer = None if progress is None else statement_offer(
            progress.debt, [p for _id, p in progress.payments], progress.estimate.on)
        self.offer_text.setVisible(self.offer is not None)
        self.offer_button.setVisible(self.offer is not None)
        if self.offer is not None:
            self.offer_text.setText(fill(self.tr(
                "Plans and letters start from the statement of %1, not from today's %2. Bring "
                "it up to date first, checking the figures against your bill."),
                self.offer.as_of.isoformat(), self._money(self.offer.total)))

    def _show_agreement(self, progress: Any) -> None:
        kept = progress.kept
        self.bar.setVisible(bool(kept and kept.count))
        self.calendar_button.setVisible(bool(kept and kept.count))
        self.warning.setVisible(False)
        if progress.agreement is None or kept is None:
            self.agreement_text.setText(self.tr("No agreement recorded yet."))
            self.agreement_button.setText(self.tr("Record the agreement…"))
            return
        self.agreement_button.setText(self.tr("Record a new agreement…"))
        agreement = progress.agreement
        text = fill(self.tr("Agreed on %1."), agreement["agreed_on"].isoformat())
        if kept.count:
            text += " " + fill(self.tr("%1 of %2 installments paid; %3 left."),
                               kept.paid_count, kept.count, self._money(kept.left))
            states = [i.state for i in kept.installments]
            late = states.count(LATE)
            if late:
                text += " " + fill(self.tr("%1 paid late."), late)
            nxt = kept.next_due
            if nxt is not None:
                text += " " + fill(self.tr("Next: %1 on %2."), self._money(nxt.left),
                                   nxt.due.isoformat())
            self.bar.setRange(0, kept.count)
            self.bar.setValue(sum(1 for s in states if s in (ON_TIME, LATE)))
            self.bar.setFormat("%v / %m")
        if not agreement["evidence"]:
            text += " " + self.tr("Attach the signed copy: tick it in the agreement.")
        self.agreement_text.setText(text.replace("。 ", "。"))  # no spaces between Chinese
        behind = kept.behind
        if behind:
            first = behind[0]
            what = self.tr("missed") if first.state == MISSED else self.tr("part-paid") \
                if first.state == PART_PAID else ""
            self.warning.setText(fill(self.tr(
                "Installment %1 of %2 (due %3) is %4. Contact the creditor before the next "
                "date: explain, say when you can pay, and note what they agree."),
                first.number, self._money(first.amount), first.due.isoformat(), what))
            self.warning.setVisible(True)

    def _show_payments(self, payments: Any) -> None:
        self.payments.setRowCount(0)
        for payment_id, data in payments:
            row = self.payments.rowCount()
            self.payments.insertRow(row)
            cells = (data["date"].isoformat(), self._money(data["amount"]), data["method"],
                     data["reference"])
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, payment_id)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.payments.setItem(row, column, item)
        has = bool(payments)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _selected_payment(self) -> int | None:
        items = self.payments.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _edit(self) -> None:
        payment_id = self._selected_payment()
        if payment_id is not None:
            self.edit_payment.emit(payment_id)

    def _delete(self) -> None:
        payment_id = self._selected_payment()
        if payment_id is not None:
            self.delete_payment.emit(payment_id)
