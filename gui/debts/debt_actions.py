"""What the Debts tab changes through a dialog: a debt added, edited or deleted; a payment
recorded, edited or deleted; an agreement recorded; the figures of a new statement. Each goes
through core's use case and onto the undo stack. And one thing it writes outside the case: the
agreed installments as a calendar file.

The tab lays out and shows the debts and knows which one is selected; these are its verbs,
given the Desk and, with each call, the debt or payment they act on (the tab is only the
parent the dialogs open over)."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from core.errors import DomainError
from gui.shared.forms import confirm
from gui.shared.retranslate import fill
from gui.shared.undo import (
    DeletedCommand,
    UseCaseCommand,
    create_through_dialog,
    replace_through_dialog,
    run_dialog,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

    from core.changes import Change
    from gui.shared.context import Desk

Choices = list[tuple[str, str]]  # (ref, what the person sees)


class DebtActions(QObject):
    """The Debts tab's edits; the tab passes the selected debt (a row of the list) or the
    payment's id, and the debts and documents a payment may name."""

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self._desk = desk
        self._widget = parent  # the dialogs and questions open over it

    # --- debts ----------------------------------------------------------------------------
    def add_debt(self) -> int | None:
        """The new debt's id, or None if nothing was added."""
        from core.debts import debts
        from gui.debts.debt_dialog import DebtDialog

        store = self._desk.store
        if store is None:
            return None
        dialog = DebtDialog(self._widget)
        done = create_through_dialog(
            self._desk, dialog, lambda _doc: fill(self.tr("Add debt %1"), dialog.creditor.text()),
            lambda doc: debts.add_debt(store, doc),
            lambda debt_id: debts.delete_debt(store, debt_id),
            lambda snapshot: debts.restore_debt(store, snapshot),
            self.tr("Cannot add this debt"))
        return None if done is None else done[1]

    def edit_debt(self, view: Any) -> None:
        from core.debts import debts
        from gui.debts.debt_dialog import DebtDialog

        store = self._desk.store
        if view is None or store is None:
            return
        old = debts.debt_document(store, view.id)
        replace_through_dialog(
            self._desk, DebtDialog(self._widget, old),
            lambda new: fill(self.tr("Edit debt %1"), new.get("creditor") or ""), old,
            lambda doc: debts.update_debt(store, view.id, doc), self.tr("Cannot save this debt"))

    def delete_debt(self, view: Any) -> None:
        from core.debts import debts

        store = self._desk.store
        if view is None or store is None:
            return
        deps = debts.debt_dependents(store, view.id)
        text = fill(self.tr("Delete the debt to %1?"), view.data["creditor"])
        extra = []
        if deps.payments:
            extra.append(self.tr("%n payment(s)", "", deps.payments))
        if deps.agreements:
            extra.append(self.tr("%n agreement(s)", "", deps.agreements))
        if deps.contacts:
            extra.append(self.tr("its link to %n call-log entry(ies)", "", deps.contacts))
        if deps.plan_terms:
            extra.append(self.tr("its terms in %n plan(s)", "", deps.plan_terms))
        if extra:
            text += "\n\n" + fill(self.tr("This also removes: %1."), "; ".join(extra))
        text += "\n\n" + self.tr("You can undo this with Edit → Undo.")
        if not confirm(self._widget, self.tr("Delete debt"), text):
            return
        snapshot, changes = debts.delete_debt(store, view.id)
        self._desk.push(DeletedCommand(
            fill(self.tr("Delete debt %1"), view.data["creditor"]), snapshot,
            lambda: debts.delete_debt(store, view.id),
            lambda saved: debts.restore_debt(store, saved), self._desk.notify), changes)

    # --- payments -------------------------------------------------------------------------
    def record_payment(self, view: Any, debts: Choices, evidence: Choices) -> None:
        """A payment to the debt in `view` (or to one chosen in the dialog if None)."""
        from core.debts import payments
        from gui.debts.payment_dialogs import PaymentDialog

        store = self._desk.store
        if store is None:
            return
        document: dict[str, Any] = {
            "debt": view.data["ref"] if view else None, "date": date.today().isoformat(),
            "amount": "", "method": "", "reference": "", "note": "", "evidence": []}
        create_through_dialog(
            self._desk, PaymentDialog(document, debts, evidence, store, self._widget),
            self.tr("Record a payment"), lambda doc: payments.add_payment(store, doc),
            lambda payment_id: payments.delete_payment(store, payment_id),
            lambda snapshot: payments.restore_payment(store, snapshot))

    def edit_payment(self, payment_id: int, debts: Choices, evidence: Choices) -> None:
        from core.debts import payments
        from gui.debts.payment_dialogs import PaymentDialog

        store = self._desk.store
        if store is None:
            return
        old = payments.payment_document(store, payment_id)
        dialog = PaymentDialog(old, debts, evidence, store, self._widget)
        dialog.setWindowTitle(self.tr("Edit the payment"))
        replace_through_dialog(self._desk, dialog, self.tr("Edit a payment"), old,
                               lambda doc: payments.update_payment(store, payment_id, doc))

    def delete_payment(self, payment_id: int) -> None:
        from core.debts import payments

        store = self._desk.store
        if store is None:
            return
        if not confirm(self._widget, self.tr("Delete this payment?"),
                       self.tr("Delete the selected payment? You can undo this.")):
            return
        snapshot, changes = payments.delete_payment(store, payment_id)
        self._desk.push(DeletedCommand(
            self.tr("Delete a payment"), snapshot,
            lambda: payments.delete_payment(store, payment_id),
            lambda snap: payments.restore_payment(store, snap), self._desk.notify), changes)

    # --- an agreement -------------------------------------------------------------------
    def record_agreement(self, view: Any, draft: dict[str, Any], evidence: Choices) -> None:
        """The agreement reached with the creditor of `view`, starting from `draft` (what the
        creditor most likely accepted); undo also puts the debt's status back."""
        from core.calllog import contacts
        from core.debts import agreements
        from gui.debts.payment_dialogs import AgreementDialog

        store = self._desk.store
        if view is None or store is None:
            return
        ref, before = view.data["ref"], view.data["status"]

        def delete(agreement_id: int) -> tuple[Any, Change]:
            snapshot, done = agreements.delete_agreement(store, agreement_id)
            return snapshot, done | contacts.set_debt_status(store, ref, before)

        create_through_dialog(
            self._desk,
            AgreementDialog(draft, view.data["creditor"] or ref, evidence, store, self._widget),
            self.tr("Record an agreement"), lambda doc: agreements.record_agreement(store, doc),
            delete, lambda snapshot: agreements.restore_agreement(store, snapshot))

    # --- a new statement ------------------------------------------------------------------
    def update_statement(self, view: Any, estimate: Any = None) -> None:
        """The figures of the creditor's latest statement, or, with `estimate`, the debt
        brought up to date from it (the person confirms or corrects it); undo puts the old
        ones back."""
        if view is not None:
            self.update_statement_of(view.data["ref"], view.data["balance"],
                                     view.data["creditor"], estimate)

    def update_statement_of(self, ref: str, balance: dict[str, Any], creditor: str | None,
                            estimate: Any = None, over: QWidget | None = None) -> bool:
        """`update_statement` for the debt `ref` whose statement is `balance`, its dialog
        over `over` (the letter window asks from over itself). Whether it was updated."""
        from core.debts import payments
        from gui.debts.payment_dialogs import StatementDialog

        store = self._desk.store
        if store is None:
            return False

        def command(document: dict[str, Any], result: tuple[Any, Change]) -> QUndoCommand:
            holder = {"snapshot": result[0]}

            def redo() -> Change:
                holder["snapshot"], done = payments.update_from_statement(store, ref, document)
                return done

            return UseCaseCommand(
                self.tr("Update from a statement"),
                lambda: payments.undo_statement(store, holder["snapshot"]), redo,
                self._desk.notify)

        return run_dialog(self._desk,
                          StatementDialog(balance, creditor or ref, over or self._widget,
                                          estimate),
                          lambda doc: payments.update_from_statement(store, ref, doc),
                          command) is not None

    # --- the agreement in a calendar ------------------------------------------------------
    def export_agreement_calendar(self, progress: Any, currency: str) -> None:
        """The agreed installments of the debt whose progress is shown, as an .ics file."""
        from PySide6.QtWidgets import QFileDialog

        from core.case.casefile import write_atomically
        from core.debts.calendar import agreement_calendar

        store = self._desk.store
        if progress is None or progress.agreement is None or store is None:
            return
        creditor = progress.debt["creditor"] or progress.debt["ref"]
        name, _ = QFileDialog.getSaveFileName(
            self._widget, self.tr("Add the installments to your calendar"),
            f"{creditor}-{progress.agreement['agreed_on'].isoformat()}.ics",
            self.tr("Calendar (*.ics)"))
        if not name:
            return
        try:
            text = agreement_calendar(store, progress.agreement, creditor, currency)
            write_atomically(Path(name), text.encode("utf-8"))
        except DomainError as error:
            QMessageBox.warning(self._widget, self.tr("Cannot save"), error.message)
