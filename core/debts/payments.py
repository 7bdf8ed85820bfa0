"""Use cases for payments and agreements: record, edit, delete and restore them, and move a
debt's status along the road (agreed → repaying → settled) in the same transaction.

Payments have no ref in the case file; the store's row id names one here.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from core import i18n
from core.casefile_spec import AGREEMENT, PAYMENT
from core.changes import Change
from core.debts.progress import compliance, status_after
from core.errors import DomainError
from core.money import ZERO
from core.plans.engine import payment_date
from core.schema import fail, shorten
from core.store import models as m
from core.store import records as r
from core.store.database import Store
from core.store.snapshot import Snapshot, delete_with_snapshot, restore_snapshot

Document = dict[str, Any]
_PAYMENT_CHANGES = Change.PAYMENTS | Change.DEBTS
_AGREEMENT_CHANGES = Change.AGREEMENTS | Change.DEBTS


# --- reading -------------------------------------------------------------------------------

def payments_of(store: Store, ref: str | None = None) -> list[tuple[int, Document]]:
    """(row id, payment data) newest first; one debt's when `ref` is given."""
    with store.read() as session:
        debt_ref = r.debt_refs(session)
        ev_ref = r.evidence_refs(session)
        query = r.full(m.Payment).order_by(m.Payment.date.desc(), m.Payment.id.desc())
        out = [(p.id, r.payment_to_data(p, debt_ref, ev_ref)) for p in session.scalars(query)]
    return [row for row in out if ref is None or row[1]["debt"] == ref]


def agreements_of(store: Store, ref: str) -> list[tuple[int, Document]]:
    with store.read() as session:
        debt_ref = r.debt_refs(session)
        ev_ref = r.evidence_refs(session)
        plan_name = {i: n for i, n in session.execute(select(m.Plan.id, m.Plan.name))}
        query = r.full(m.Agreement).order_by(m.Agreement.agreed_on, m.Agreement.id)
        out = [(a.id, r.agreement_to_data(a, debt_ref, plan_name, ev_ref))
               for a in session.scalars(query)]
    return [row for row in out if row[1]["debt"] == ref]


# --- the status a debt's agreement and payments point to -----------------------------------

def _restatus(session: Any, debt_id: int, today: date | None = None) -> None:
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
        _restatus(session, payment.debt_id)
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
            _restatus(session, debt_id)
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
        _restatus(session, debt_id)
    return snapshot, _PAYMENT_CHANGES


def _debts_in(snapshot: Snapshot, model: Any) -> set[int]:
    """The debts whose rows of `model` the snapshot holds."""
    return {row["debt_id"] for kind, rows in snapshot.groups if kind is model for row in rows}


def restore_payment(store: Store, snapshot: Snapshot) -> Change:
    with store.write() as session:
        restore_snapshot(session, snapshot)
        session.flush()
        for debt_id in _debts_in(snapshot, m.Payment):
            _restatus(session, debt_id)
    return _PAYMENT_CHANGES


# --- agreements -----------------------------------------------------------------------------

def draft_from_plan(plan_name: str, ref: str, schedule_rows: list[Any], agreed_on: date,
                    forgiven: Decimal = ZERO) -> Document:
    """An agreement drafted from a plan's payments to one debt (written form)."""
    installments = [{"due": row.date.isoformat(), "amount": str(row.payment)}
                    for row in schedule_rows if row.payment_c > 0]
    return {"debt": ref, "plan": plan_name, "agreed_on": agreed_on.isoformat(),
            "installments": installments, "forgiven": str(forgiven), "terms_text": "",
            "evidence": []}


def draft_from_offer(offer: Document, ref: str, first: date, agreed_on: date) -> Document:
    """An agreement drafted from a call's offer: monthly × months from `first`, or one lump
    sum on `first`."""
    installments = []
    if offer.get("monthly") is not None and offer.get("months"):
        installments = [{"due": payment_date(first, n).isoformat(),
                         "amount": str(offer["monthly"])}
                        for n in range(1, int(offer["months"]) + 1)]
    elif offer.get("lump_sum") is not None:
        installments = [{"due": first.isoformat(), "amount": str(offer["lump_sum"])}]
    return {"debt": ref, "plan": None, "agreed_on": agreed_on.isoformat(),
            "installments": installments, "forgiven": None,
            "terms_text": offer.get("note") or "", "evidence": []}


def _agreement_row(session: Any, document: Document) -> m.Agreement:
    data = AGREEMENT.parse(document, ())
    debt_id = r.debt_ids(session)
    if data["debt"] not in debt_id:
        raise fail(("debt",), "unknown_debt", ref=shorten(data["debt"]))
    plan_id = {n: i for i, n in session.execute(select(m.Plan.id, m.Plan.name))}
    if data["plan"] is not None and data["plan"] not in plan_id:
        raise fail(("plan",), "unknown_plan", name=shorten(data["plan"]))
    ev_id = r.checked_evidence(session, data["evidence"])
    return r.agreement_row(data, debt_id, plan_id, ev_id)


def record_agreement(store: Store, document: Document) -> tuple[int, Change]:
    """Record what the creditor accepted; the debt becomes agreed (or further along, if
    payments since already keep it)."""
    with store.write() as session:
        agreement = _agreement_row(session, document)
        session.add(agreement)
        session.flush()
        _agreed(session, agreement.debt_id)
        return agreement.id, _AGREEMENT_CHANGES


def _agreed(session: Any, debt_id: int) -> None:
    """A debt with an agreement is agreed, or further along if payments already keep it."""
    debt = session.get(m.Debt, debt_id)
    if debt is not None and debt.status != "closed":
        debt.status = "agreed"
    _restatus(session, debt_id)


def delete_agreement(store: Store, agreement_id: int) -> tuple[Snapshot, Change]:
    """Delete an agreement; the debt keeps its status (an undo of recording one puts the
    status back itself). The snapshot undoes it."""
    with store.write() as session:
        if session.get(m.Agreement, agreement_id) is None:
            raise DomainError(i18n.t("no_such_agreement"))
        snapshot = delete_with_snapshot(session, [
            (m.AgreementEvidence, m.AgreementEvidence.agreement_id == agreement_id),
            (m.AgreementInstallment, m.AgreementInstallment.agreement_id == agreement_id),
            (m.Agreement, m.Agreement.id == agreement_id)])
    return snapshot, _AGREEMENT_CHANGES


def restore_agreement(store: Store, snapshot: Snapshot) -> Change:
    with store.write() as session:
        restore_snapshot(session, snapshot)
        session.flush()
        for debt_id in _debts_in(snapshot, m.Agreement):
            _agreed(session, debt_id)
    return _AGREEMENT_CHANGES


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


# --- the six points of a written agreement, kept in its terms text ---------------------------

def compose_terms(points: list[str], other: str, language: str) -> str:
    """The terms text: one numbered line per point filled in, then any other terms."""
    from core.letters.wording import six_points

    labels = six_points(language)
    colon = "：" if language == "zh" else ": "
    lines = [f"{n}. {labels[n - 1]}{colon}{text.strip()}"
             for n, text in enumerate(points, 1) if text.strip()]
    if other.strip():
        lines.append(other.strip())
    return "\n".join(lines)


def split_terms(text: str) -> tuple[list[str], str]:
    """The six points and the rest, from a terms text written by compose_terms (in either
    language); text in any other shape is all "the rest"."""
    import re

    from core.letters.wording import six_points

    labels = {label for language in ("zh", "en") for label in six_points(language)}
    points = [""] * 6
    rest = []
    for line in text.splitlines():
        match = re.match(r"^([1-6])\. (.+?)(?:：|: )(.*)$", line)
        if match and match.group(2) in labels:
            points[int(match.group(1)) - 1] = match.group(3)
        else:
            rest.append(line)
    return points, "\n".join(rest).strip()
