"""Use cases for agreements: what a creditor accepted, drafted from a plan or a call's offer
(and which of those they most likely accepted), recorded, deleted and restored, with the
debt's status following in the same transaction; and the six points a written agreement must
state, kept in its terms text.

The debt's status is moved by core.debts.payments.restatus, the road payments share.
core.letters reads SIX_POINTS from here for the confirmation letter; nothing here imports
letters.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from core import i18n
from core.casefile_spec import AGREEMENT
from core.changes import Change
from core.debts.payments import debts_in, restatus
from core.errors import DomainError
from core.money import ZERO
from core.plans.arithmetic import payment_date
from core.schema import fail, shorten
from core.store import models as m
from core.store import records as r
from core.store.database import Store
from core.store.snapshot import Snapshot, delete_with_snapshot, restore_snapshot

Document = dict[str, Any]
_AGREEMENT_CHANGES = Change.AGREEMENTS | Change.DEBTS

# --- reading -------------------------------------------------------------------------------

def agreements_of(store: Store, ref: str) -> list[tuple[int, Document]]:
    with store.read() as session:
        debt_ref = r.debt_refs(session)
        ev_ref = r.evidence_refs(session)
        plan_name = {i: n for i, n in session.execute(select(m.Plan.id, m.Plan.name))}
        query = r.full(m.Agreement).order_by(m.Agreement.agreed_on, m.Agreement.id)
        out = [(a.id, r.agreement_to_data(a, debt_ref, plan_name, ev_ref))
               for a in session.scalars(query)]
    return [row for row in out if row[1]["debt"] == ref]


# --- drafting, recording, deleting ------------------------------------------------------

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


def agreement_draft(store: Store, ref: str, today: date) -> Document:
    """What the creditor most likely accepted: the accepted plan's payments to this debt,
    else the offer of the latest call that reached an agreement, else the first plan that
    pays it, else the latest offer made on a call, else nothing (written form, agreed today).
    A candidate with no installments is passed over."""
    from core.case.casefile import read_case

    with store.read() as session:
        case = read_case(session)
    for draft in _likely_drafts(case, ref, today):
        if draft is not None and draft["installments"]:
            return draft
    return {"debt": ref, "plan": None, "agreed_on": today.isoformat(), "installments": [],
            "forgiven": None, "terms_text": "", "evidence": []}


def _likely_drafts(case: Document, ref: str, today: date) -> Iterator[Document | None]:
    """The candidates, most likely first; each is worked out only when asked for, since
    running a plan is the costly part."""
    offered = [c for c in case["contacts"] if ref in c["debts"] and c["offer"]]
    for plan in case["plans"]:
        if plan["status"] == "accepted":
            yield _from_plan(case, plan, ref, today)
    yield _from_call([c for c in offered if c["outcome"] == "agreement"], ref, today)
    for plan in case["plans"]:
        yield _from_plan(case, plan, ref, today)
    yield _from_call(offered, ref, today)


def _from_plan(case: Document, plan: Document, ref: str, today: date) -> Document | None:
    from core.plans.plans import case_from_data, run

    rows = run(case_from_data(case), plan).schedule.for_debt(ref)
    if not any(row.payment_c > 0 for row in rows):
        return None
    forgiven = sum((row.forgiven for row in rows), rows[0].forgiven * 0)
    return draft_from_plan(plan["name"], ref, rows, today, forgiven)


def _from_call(calls: list[Document], ref: str, today: date) -> Document | None:
    """The latest call's offer, the first payment due two months from today."""
    if not calls:
        return None
    latest = max(calls, key=lambda c: c["at"])
    return draft_from_offer(latest["offer"], ref, payment_date(today, 2), today)


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
    restatus(session, debt_id)


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
        for debt_id in debts_in(snapshot, m.Agreement):
            _agreed(session, debt_id)
    return _AGREEMENT_CHANGES


# --- the six points of a written agreement, kept in its terms text ---------------------------

# What a written repayment agreement must state (DOMAIN: 商业银行信用卡业务监督管理办法
# art. 70), as the confirmation letter asks for it.
SIX_POINTS = {
    "zh": (
        "欠款余额、构成及币种；",
        "还款期限、方式、每期还款日及金额；",
        "还款期间是否收取年费、利息或其他费用；",
        "本人在还清前不再申请新卡的承诺；",
        "双方的权利、义务及违约责任；",
        "与还款有关的其他事项。",
    ),
    "en": (
        "the balance owed, what it is made up of, and its currency;",
        "the term, the method, and the date and amount of each payment;",
        "whether annual fees, interest or other charges run while I repay;",
        "my undertaking not to apply for new cards until this is repaid;",
        "the rights and duties of both sides, and what happens if either defaults;",
        "anything else that bears on the repayment.",
    ),
}


def six_points(language: str) -> list[str]:
    """The six points as short labels without their closing punctuation."""
    return [p.rstrip("；;.。") for p in SIX_POINTS[language]]


def compose_terms(points: list[str], other: str, language: str) -> str:
    """The terms text: one numbered line per point filled in, then any other terms."""
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
