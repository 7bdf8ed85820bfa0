"""What one letter about one debt reads of the case, in a fixed number of queries.

A proposal or a confirmation speaks of the whole case in two places only: the plan, run over
every debt and every payment, and the table of creditors. Everything else it says is about
its own debt: that debt's calls, agreements and the evidence it may enclose. Reading the
whole call log and every payment's links for it made one letter's read grow with every
other debt's history. The data has read_case's shape (core.case.casefile), with these
differences: payments hold only their debt, date and amount; contacts and agreements are
the debt's own (and the call a letter is asked to quote); evidence is what is linked to the
debt, to none, or to one of those calls; the plans are the one the letter is asked to follow
(each plan holds a term for every debt).
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import exists, or_, select

from core import i18n
from core.casefile_spec import FORMAT, VERSION
from core.debts.progress import amounts_paid
from core.errors import DomainError
from core.schema import shorten
from core.store import models as m
from core.store import records as r

Data = dict[str, Any]


def read_letter_case(session: Any, debt: str, contact: str | None = None,
                     plan: str | None = None) -> Data:
    """What a letter about `debt` reads (the module's docstring says how it differs from the
    whole case), with the call `contact` names when there is one, whatever its debts, so
    that compose() can say what is wrong with it, and the plan named `plan` (none when there
    is no such plan: compose() says so); an unknown debt is refused as compose() would
    refuse it."""
    info = session.get(m.CaseInfo, 1) or m.CaseInfo(id=1, currency="CNY")
    lines = list(session.scalars(select(m.BudgetLine).order_by(m.BudgetLine.id)))
    debts = r.debt_rows(session)
    debt_ref = {d.id: d.ref for d in debts}
    debt_id = next((d.id for d in debts if d.ref == debt), None)
    if debt_id is None:
        raise DomainError(i18n.t("unknown_debt", ref=shorten(debt)))
    ev_ref = r.evidence_refs(session)
    plan_name = {i: name for i, name in session.execute(select(m.Plan.id, m.Plan.name))}
    plans = [] if plan is None else list(session.scalars(
        r.full(m.Plan).where(m.Plan.name == plan).order_by(m.Plan.id)))
    linked = select(m.ContactDebt.contact_id).where(m.ContactDebt.debt_id == debt_id)
    mine = linked if contact is None else linked.union(  # and the call it is asked to quote
        select(m.Contact.id).where(m.Contact.ref == contact))
    contacts = list(session.scalars(r.full(m.Contact).where(m.Contact.id.in_(mine))
                                    .order_by(m.Contact.id)))
    cited = select(m.ContactEvidence.evidence_id).where(m.ContactEvidence.contact_id.in_(mine))
    evidence = session.scalars(r.full(m.Evidence).where(or_(
        m.Evidence.id.in_(select(m.EvidenceDebt.evidence_id)
                          .where(m.EvidenceDebt.debt_id == debt_id)),
        ~exists().where(m.EvidenceDebt.evidence_id == m.Evidence.id),
        m.Evidence.id.in_(cited))).order_by(m.Evidence.id))
    agreements = session.scalars(r.full(m.Agreement).where(m.Agreement.debt_id == debt_id)
                                 .order_by(m.Agreement.id))
    data = r.case_info_to_data(info)
    data.update({
        "format": FORMAT, "version": VERSION, "exported_at": None,
        "budget": r.budget_to_data(info, lines),
        "debts": [r.debt_to_data(d) for d in debts],
        "payments": amounts_paid(session, debt_ref),
        "contacts": [r.contact_to_data(c, debt_ref, ev_ref) for c in contacts],
        "evidence": [r.evidence_to_data(e, debt_ref) for e in evidence],
        "plans": [r.plan_to_data(p, debt_ref) for p in plans],
        "agreements": [r.agreement_to_data(a, debt_ref, plan_name, ev_ref) for a in agreements],
    })
    return data
