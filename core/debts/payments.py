"""Use cases for payments: record, edit, delete and restore them, and move a debt's status
along the road (agreed → repaying → settled) in the same transaction; a new statement figure
for a debt, kept with its history.

Payments have no ref in the case file; the store's row id names one here. core.debts.agreements
moves the status with `restatus` when an agreement is recorded or restored.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from core import i18n
from core.casefile_spec import PAYMENT
from core.changes import Change
from core.debts.progress import compliance, status_after
from core.errors import DomainError
from core.schema import fail, shorten
from core.store import models as m
from core.store import records as r
from core.store.database import Store
from core.store.snapshot import Snapshot, delete_with_snapshot, restore_snapshot

Document = dict[str, Any]
_PAYMENT_CHANGES = Change.PAYMENTS | Change.DEBTS


# --- reading -------------------------------------------------------------------------------

def payments_of(store: Store, ref: str | None = None) -> list[tuple[int, Document]]:
    """(row id, payment data) newest first; one debt's when `ref` is given."""
    with store.read() as session:
        debt_ref = r.debt_refs(session)
        ev_ref = r.evidence_refs(session)
        query = r.full(m.Payment).order_by(m.Payment.date.desc(), m.Payment.id.desc())
        out = [(p.id, r.payment_to_data(p, debt_ref, ev_ref)) for p in session.scalars(query)]
    return [row for row in out if ref is None or row[1]["debt"] == ref]


# --- the status a debt's agreement and payments point to -----------------------------------

def restatus(session: Any, debt_id: int, today: date | None = None) -> None:
    """Move the debt along agreed → repaying → settled as its latest agreement is kept.
    A status set by hand beyond the road (closed) is left alone."""
    debt = session.get(m.Debt, debt_id)
    agreement = session.scalar(select(m.Agreement).where(m.Agreement.debt_id == debt_id)
                               .order_by(m.Agreement.agreed_on.desc(), m.Agreement.id.desc()))
    if debt is None or agreement is None or debt.status == "closed":
        return
    data = {"debt": debt.ref, "agreed_on": agreement.agreed_on,
            "installments": [{"due": i.due, "amount": i.amount}
                             for i in agreement.installments]}
    payments = [{"debt": debt.ref, "date": p.date, "amount": p.amount}
                for p in session.scalars(r.full(m.Payment).where(m.Payment.debt_id == debt_id))]
    kept = compliance(data, payments, today or date.today())
    new = status_after(debt.status, kept)
    if new is not None and new != debt.status:
        debt.status = new


# --- payments -------------------------------------------------------------------------------

def _payment_row(session: Any, document: Document) -> m.Payment:
    data = PAYMENT.parse(document, ())
    debt_id = r.debt_ids(session)
    if data["debt"] not in debt_id:
        raise fail(("debt",), "unknown_debt", ref=shorten(data["debt"]))
    ev_id = r.checked_evidence(session, data["evidence"])
    return r.payment_row(data, debt_id, ev_id)


def add_payment(store: Store, document: Document) -> tuple[int, Change]:
    """Record a payment; the debt's status follows its agreement, in the same transaction."""
    with store.write() as session:
        payment = _payment_row(session, document)
        session.add(payment)
        session.flush()
        restatus(session, payment.debt_id)
        return payment.id, _PAYMENT_CHANGES


def update_payment(store: Store, payment_id: int, document: Document) -> Change:
    with store.write() as session:
        payment = session.get(m.Payment, payment_id)
        if payment is None:
            raise DomainError(i18n.t("no_such_payment"))
        fresh = _payment_row(session, document)
        old_debt = payment.debt_id
        for name in ("debt_id", "date", "amount", "method", "reference", "note"):
            setattr(payment, name, getattr(fresh, name))
        payment.evidence_links.clear()
        session.flush()
        payment.evidence_links.extend(fresh.evidence_links)
        fresh.evidence_links = []
        session.flush()
        for debt_id in {old_debt, payment.debt_id}:
            restatus(session, debt_id)
    return _PAYMENT_CHANGES


def payment_document(store: Store, payment_id: int) -> Document:
    with store.read() as session:
        payment = session.get(m.Payment, payment_id)
        if payment is None:
            raise DomainError(i18n.t("no_such_payment"))
        ev_ref = r.evidence_refs(session)
        return PAYMENT.dump(r.payment_to_data(payment, r.debt_refs(session), ev_ref)) or {}


def delete_payment(store: Store, payment_id: int) -> tuple[Snapshot, Change]:
    """Delete a payment; the snapshot undoes it. The debt's status follows, both ways."""
    with store.write() as session:
        payment = session.get(m.Payment, payment_id)
        if payment is None:
            raise DomainError(i18n.t("no_such_payment"))
        debt_id = payment.debt_id
        snapshot = delete_with_snapshot(session, [
            (m.PaymentEvidence, m.PaymentEvidence.payment_id == payment_id),
            (m.Payment, m.Payment.id == payment_id)])
        session.flush()
        restatus(session, debt_id)
    return snapshot, _PAYMENT_CHANGES


def debts_in(snapshot: Snapshot, model: Any) -> set[int]:
    """The debts whose rows of `model` the snapshot holds."""
    return {row["debt_id"] for kind, rows in snapshot.groups if kind is model for row in rows}


def restore_payment(store: Store, snapshot: Snapshot) -> Change:
    with store.write() as session:
        restore_snapshot(session, snapshot)
        session.flush()
        for debt_id in debts_in(snapshot, m.Payment):
            restatus(session, debt_id)
    return _PAYMENT_CHANGES


# --- a new statement ------------------------------------------------------------------------

def update_from_statement(store: Store, ref: str, document: Document,
                          today: date | None = None) -> tuple[Snapshot, Change]:
    """A new statement figure for a debt (`principal`, `interest`, `fees`, `as_of` in the
    case file's form): the old one goes into the history, in the same transaction. The
    snapshot undoes it."""
    from core.casefile_spec import BALANCE

    data = BALANCE.parse(document, ("balance",))
    with store.write() as session:
        debt = session.scalar(select(m.Debt).where(m.Debt.ref == ref))
        if debt is None:
            raise DomainError(i18n.t("unknown_debt", ref=shorten(ref)))
        if data["as_of"] < debt.as_of:
            raise fail(("balance", "as_of"), "statement_older",
                       date=debt.as_of.isoformat())
        old = {"principal": debt.principal, "interest": debt.interest, "fees": debt.fees,
               "as_of": debt.as_of}
        history = m.Statement(debt_id=debt.id, replaced_on=today or date.today(), **old)
        session.add(history)
        debt.principal, debt.interest, debt.fees = (data["principal"], data["interest"],
                                                    data["fees"])
        debt.as_of = data["as_of"]
        session.flush()
        undo = Snapshot(((m.Statement, ({"id": history.id},)),),
                        ((debt.id, history.id),))
    return undo, Change.DEBTS


def undo_statement(store: Store, snapshot: Snapshot) -> Change:
    """Put the replaced statement figure back and drop it from the history."""
    with store.write() as session:
        for debt_id, statement_id in snapshot.relinks:
            debt = session.get(m.Debt, debt_id)
            old = session.get(m.Statement, statement_id)
            if debt is None or old is None:
                continue
            debt.principal, debt.interest, debt.fees = old.principal, old.interest, old.fees
            debt.as_of = old.as_of
            session.delete(old)
    return Change.DEBTS


def statement_history(store: Store, ref: str) -> list[Document]:
    """Earlier statement figures of a debt, newest first."""
    with store.read() as session:
        query = (select(m.Statement).join(m.Debt, m.Debt.id == m.Statement.debt_id)
                 .where(m.Debt.ref == ref)
                 .order_by(m.Statement.as_of.desc(), m.Statement.id.desc()))
        return [{"principal": s.principal, "interest": s.interest, "fees": s.fees,
                 "as_of": s.as_of, "replaced_on": s.replaced_on}
                for s in session.scalars(query)]
