"""The collector-conduct findings of a whole case: the call log checked against the rules of
the country the person lives in (core.calllog.conduct), fed from the case data.

It lives with the debts because what a breach means depends on where each debt stands: a
card debt under a signed agreement that the person keeps may not be chased at all, and
whether they keep it is a question for progress.py. Pure: case data in.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.calllog.conduct import (
    AgreementIn,
    Breach,
    ContactIn,
    DebtFacts,
    ScamWarning,
    breaches_per_debt,
    check,
    country_for,
    scam_warnings,
)
from core.debts.progress import compliance

Data = dict[str, Any]


@dataclass(frozen=True)
class Findings:
    country: str | None  # whose rules were applied; None: no rules known for the case
    breaches: tuple[Breach, ...]
    warnings: tuple[ScamWarning, ...]
    per_debt: Counter[str] = field(default_factory=Counter)

    def for_debt(self, ref: str) -> list[Breach]:
        return [b for b in self.breaches if ref in b.debts]

    def contacts(self) -> set[str]:
        """Every contact some breach rests on."""
        return {ref for b in self.breaches for ref in (*b.contacts, *b.related)}


def contact_in(contact: Data) -> ContactIn:
    """A call-log entry in the case file's form, as the checker takes it."""
    return ContactIn(ref=contact["ref"], debts=tuple(contact["debts"]), at=contact["at"],
                     channel=contact["channel"], direction=contact["direction"],
                     outcome=contact["outcome"], caller=contact.get("caller") or "",
                     caller_kind=contact.get("caller_kind"),
                     conduct=tuple(contact.get("conduct") or ()))


def _agreements(case: Data, today: date) -> Iterable[AgreementIn]:
    """Each agreement, and whether the person is behind on it today. Being behind now is
    taken for being behind at every call: the log does not say what was owed on each day."""
    for agreement in case["agreements"]:
        kept = compliance(agreement, case["payments"], today)
        yield AgreementIn(agreement["debt"], agreement["agreed_on"], bool(kept.behind))


def conduct_findings(case: Data, today: date) -> Findings:
    """Every likely breach in the case's call log, and every call that asked for a fee."""
    country = country_for(case["currency"], case.get("country"))
    contacts = [contact_in(c) for c in case["contacts"]]
    debts = [DebtFacts(d["ref"], d["kind"], d["creditor"]) for d in case["debts"]]
    breaches = tuple(check(contacts, country, debts=debts,
                           agreements=list(_agreements(case, today))))
    return Findings(country, breaches, tuple(scam_warnings(contacts)),
                    breaches_per_debt(breaches))


def read_findings(store: Any, today: date) -> Findings:
    """The findings of the stored case, reading only what they rest on: the call log, each
    debt's kind and creditor, the agreements and the payments of the debts they cover. The
    debt page asks on a selection, so the evidence and the plans are not read for it."""
    from sqlalchemy import select

    from core.calllog.contacts import list_contacts
    from core.store import models as m
    from core.store import records as r

    contacts = [row.data for row in list_contacts(store)]
    with store.read() as session:
        info = session.get(m.CaseInfo, 1)
        debts = session.execute(select(m.Debt.id, m.Debt.ref, m.Debt.kind, m.Debt.creditor)
                                .order_by(m.Debt.id)).all()
        debt_ref = {row.id: row.ref for row in debts}
        agreed = list(session.scalars(r.full(m.Agreement).order_by(m.Agreement.id)))
        ev_ref = r.evidence_refs(session) if agreed else {}
        plan_name = {i: n for i, n in session.execute(select(m.Plan.id, m.Plan.name))} \
            if agreed else {}
        agreements = [r.agreement_to_data(a, debt_ref, plan_name, ev_ref) for a in agreed]
        payments = [r.payment_to_data(p, debt_ref, ev_ref) for p in session.scalars(
            r.full(m.Payment).where(m.Payment.debt_id.in_({a.debt_id for a in agreed}))
            .order_by(m.Payment.id))] if agreed else []
        case: Data = {"currency": info.currency if info else "CNY",
                      "country": info.country if info else None,
                      "debts": [{"ref": d.ref, "kind": d.kind, "creditor": d.creditor}
                                for d in debts],
                      "contacts": contacts, "agreements": agreements, "payments": payments}
    return conduct_findings(case, today)
