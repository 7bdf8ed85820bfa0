"""Use cases for debts: list, add, edit, delete (with what it takes along), restore."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from core import i18n
from core.casefile_spec import DEBT
from core.changes import Change
from core.errors import DomainError
from core.schema import fail
from core.store import models as m
from core.store import records as r
from core.store.database import Store
from core.store.snapshot import Snapshot, delete_with_snapshot, restore_snapshot
from core.store.views import DebtView

Document = dict[str, Any]


def list_debts(store: Store) -> list[DebtView]:
    with store.read() as session:
        return [DebtView(d.id, r.debt_to_data(d)) for d in r.debt_rows(session)]


def creditors(store: Store) -> list[tuple[str, str]]:
    """(ref, creditor) of every debt in case order, for the lists' creditor filters."""
    with store.read() as session:
        return [(ref, creditor or ref) for ref, creditor in session.execute(
            select(m.Debt.ref, m.Debt.creditor).order_by(m.Debt.id))]


def currency(store: Store) -> str:
    with store.read() as session:
        info = session.get(m.CaseInfo, 1)
        return info.currency if info else "CNY"


def debt_document(store: Store, debt_id: int) -> Document:
    """The debt in the case file's written form, as an editor starts from it."""
    with store.read() as session:
        debt = session.get(m.Debt, debt_id)
        if debt is None:
            raise DomainError(i18n.t("no_such_debt"))
        return DEBT.dump(r.debt_to_data(debt)) or {}


def validate_debt(document: Document) -> dict[str, Any]:
    """Check an editor's debt without touching the store (the ref may be left out)."""
    if not isinstance(document, dict):
        raise fail((), "not_object")
    doc = dict(document)
    if not doc.get("ref"):
        doc["ref"] = "D0"
    return DEBT.parse(doc, ())


def add_debt(store: Store, document: Document) -> tuple[int, Change]:
    """Add a debt; without a ref it gets the next free `D<n>`."""
    with store.write() as session:
        data = r.parse_new(session, m.Debt, "D", DEBT, document)
        if session.scalar(select(m.Debt.id).where(m.Debt.ref == data["ref"])) is not None:
            raise DomainError(i18n.t("debt_ref_taken", ref=data["ref"]), ("ref",))
        debt = r.apply_debt(m.Debt(), data)
        session.add(debt)
        session.flush()
        return debt.id, Change.DEBTS


def update_debt(store: Store, debt_id: int, document: Document) -> Change:
    with store.write() as session:
        debt = session.get(m.Debt, debt_id)
        if debt is None:
            raise DomainError(i18n.t("no_such_debt"))
        doc = dict(document)
        if not doc.get("ref"):
            doc["ref"] = debt.ref
        data = DEBT.parse(doc, ())
        clash = session.scalar(select(m.Debt.id).where(m.Debt.ref == data["ref"],
                                                       m.Debt.id != debt_id))
        if clash is not None:
            raise DomainError(i18n.t("debt_ref_taken", ref=data["ref"]), ("ref",))
        r.apply_debt(debt, data)
        return Change.DEBTS


@dataclass(frozen=True, slots=True)
class DebtDependents:
    """What deleting a debt takes with it, so the confirmation can say so."""

    payments: int
    contacts: int
    agreements: int
    plan_terms: int
    evidence_links: int


def debt_dependents(store: Store, debt_id: int) -> DebtDependents:
    with store.read() as session:
        def count(stmt: Any) -> int:
            return len(list(session.scalars(stmt)))
        return DebtDependents(
            payments=count(select(m.Payment.id).where(m.Payment.debt_id == debt_id)),
            contacts=count(select(m.ContactDebt.contact_id)
                           .where(m.ContactDebt.debt_id == debt_id)),
            agreements=count(select(m.Agreement.id).where(m.Agreement.debt_id == debt_id)),
            plan_terms=count(select(m.PlanTerm.id).where(m.PlanTerm.debt_id == debt_id)),
            evidence_links=count(select(m.EvidenceDebt.evidence_id)
                                 .where(m.EvidenceDebt.debt_id == debt_id)),
        )


def delete_debt(store: Store, debt_id: int) -> tuple[Snapshot, Change]:
    """Delete a debt and everything that belongs to it alone; the snapshot undoes it.

    Its payments and agreements go with it; a call-log entry about this debt alone goes too,
    one that also concerns other debts only loses its link; plan terms and evidence links are
    removed, the evidence itself stays.
    """
    with store.write() as session:
        if session.get(m.Debt, debt_id) is None:
            raise DomainError(i18n.t("no_such_debt"))
        own_contacts = [cid for cid in session.scalars(
            select(m.ContactDebt.contact_id).where(m.ContactDebt.debt_id == debt_id))
            if len(list(session.scalars(select(m.ContactDebt.debt_id)
                                        .where(m.ContactDebt.contact_id == cid)))) == 1]
        payments = list(session.scalars(select(m.Payment.id).where(m.Payment.debt_id == debt_id)))
        agreements = list(session.scalars(
            select(m.Agreement.id).where(m.Agreement.debt_id == debt_id)))
        groups = [
            (m.AgreementEvidence, m.AgreementEvidence.agreement_id.in_(agreements)),
            (m.AgreementInstallment, m.AgreementInstallment.agreement_id.in_(agreements)),
            (m.Agreement, m.Agreement.id.in_(agreements)),
            (m.PaymentEvidence, m.PaymentEvidence.payment_id.in_(payments)),
            (m.Payment, m.Payment.id.in_(payments)),
            (m.ContactEvidence, m.ContactEvidence.contact_id.in_(own_contacts)),
            (m.ContactDebt, m.ContactDebt.contact_id.in_(own_contacts)
             | (m.ContactDebt.debt_id == debt_id)),
            (m.Contact, m.Contact.id.in_(own_contacts)),
            (m.PlanTerm, m.PlanTerm.debt_id == debt_id),
            (m.PlanOrder, m.PlanOrder.debt_id == debt_id),
            (m.EvidenceDebt, m.EvidenceDebt.debt_id == debt_id),
            (m.Statement, m.Statement.debt_id == debt_id),
            (m.Debt, m.Debt.id == debt_id),
        ]
        snapshot = delete_with_snapshot(session, groups)
    return snapshot, _DEBT_AND_LINKS


_DEBT_AND_LINKS = (Change.DEBTS | Change.PAYMENTS | Change.AGREEMENTS | Change.CONTACTS
                   | Change.PLANS | Change.EVIDENCE)


def restore_debt(store: Store, snapshot: Snapshot) -> Change:
    """Put back exactly what `delete_debt` removed, with the same ids."""
    with store.write() as session:
        restore_snapshot(session, snapshot)
    return _DEBT_AND_LINKS
