"""Where each debt stands: its balance now (an estimate), how an agreement is being kept,
and the seven negotiation steps with the one next thing to do. Pure: case data in.

The estimate starts from the statement figure and its date, adds interest at the running
rate on the principal (never on interest or fees) day by day between payments, and takes
each payment made since then off fees first, then interest, then principal — the plan
engine's rule. It is labelled an estimate wherever it is shown: only the creditor's next
statement is the real figure.

What the Debts tab shows is read once for the whole case (`read_case`: the list, the line
above it, the plans run over every debt); a selected debt's page then reads only that debt's
own records (`progress_of`), with the same few queries whatever the size of the case.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any

from core.debts.overdue import CLOSED_STATUSES, by_debt, running_rate
from core.money import ZERO
from core.store.views import DebtView

Data = dict[str, Any]


# --- the balance now -----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Estimate:
    principal: Decimal
    interest: Decimal
    fees: Decimal
    accrued: Decimal  # interest added since the statement
    paid: Decimal  # payments since the statement
    as_of: date  # the statement's date
    on: date  # the estimate's date

    @property
    def total(self) -> Decimal:
        return self.principal + self.interest + self.fees


def estimated_balance(debt: Data, payments: Sequence[Data], today: date) -> Estimate:
    balance = debt["balance"]
    principal, interest, fees = balance["principal"], balance["interest"], balance["fees"]
    start = balance["as_of"]
    rate = running_rate(debt)
    accrued = paid = ZERO
    last = start
    mine = sorted((p for p in payments if p["debt"] == debt["ref"]
                   and start < p["date"] <= today), key=lambda p: p["date"])
    for payment in [*mine, None]:
        when = today if payment is None else payment["date"]
        if rate is not None and when > last:
            added = rate.interest(principal, (when - last).days)
            interest += added
            accrued += added
        last = max(last, when)
        if payment is None:
            break
        amount = payment["amount"]
        paid += amount
        for part in ("fees", "interest", "principal"):
            owed = {"fees": fees, "interest": interest, "principal": principal}[part]
            take = min(owed, amount)
            amount -= take
            if part == "fees":
                fees -= take
            elif part == "interest":
                interest -= take
            else:
                principal -= take
        # an overpayment beyond the balance is not owed back here; the statement will say
    return Estimate(principal, interest, fees, accrued, paid, start, today)


# --- keeping to an agreement ---------------------------------------------------------------

ON_TIME, LATE, PART_PAID, MISSED, DUE, UPCOMING = (
    "on_time", "late", "part_paid", "missed", "due", "upcoming")


@dataclass(frozen=True, slots=True)
class Installment:
    number: int
    due: date
    amount: Decimal
    paid: Decimal
    paid_on: date | None  # the day it was paid in full
    state: str

    @property
    def left(self) -> Decimal:
        return self.amount - self.paid


@dataclass(frozen=True, slots=True)
class Compliance:
    installments: tuple[Installment, ...]

    @property
    def paid_count(self) -> int:
        return sum(1 for i in self.installments if i.state in (ON_TIME, LATE))

    @property
    def count(self) -> int:
        return len(self.installments)

    @property
    def left(self) -> Decimal:
        return sum((i.left for i in self.installments), ZERO)

    @property
    def next_due(self) -> Installment | None:
        return next((i for i in self.installments if i.left > 0), None)

    @property
    def behind(self) -> tuple[Installment, ...]:
        """Installments past their date and not paid in full: the creditor must hear first."""
        return tuple(i for i in self.installments if i.state in (MISSED, PART_PAID))

    @property
    def complete(self) -> bool:
        return bool(self.installments) and self.left <= 0


def compliance(agreement: Data, payments: Sequence[Data], today: date) -> Compliance:
    """Each installment against the payments made since the agreement, earliest first."""
    mine = sorted((p for p in payments if p["debt"] == agreement["debt"]
                   and p["date"] >= agreement["agreed_on"]), key=lambda p: p["date"])
    queue = [[p["date"], p["amount"]] for p in mine]
    out = []
    for number, item in enumerate(sorted(agreement["installments"], key=lambda i: i["due"]), 1):
        amount, paid, paid_on = item["amount"], ZERO, None
        while paid < amount and queue:
            take = min(queue[0][1], amount - paid)
            paid += take
            queue[0][1] -= take
            if paid >= amount:
                paid_on = queue[0][0]
            if queue[0][1] <= 0:
                queue.pop(0)
        due = item["due"]
        if paid_on is not None:
            state = ON_TIME if paid_on <= due else LATE
        elif paid > 0:
            state = PART_PAID if due < today else DUE if due == today else UPCOMING
        else:
            state = MISSED if due < today else DUE if due == today else UPCOMING
        out.append(Installment(number, due, amount, paid, paid_on, state))
    return Compliance(tuple(out))


def latest_agreement(case: Data, ref: str) -> Data | None:
    return latest(a for a in case["agreements"] if a["debt"] == ref)


def latest(agreements: Iterable[Data]) -> Data | None:
    """The agreement made last among one debt's `agreements` (the first of a day's ties)."""
    return max(agreements, key=lambda a: a["agreed_on"], default=None)


def status_after(status: str | None, kept: Compliance | None) -> str | None:
    """The status an agreement and its payments point to: agreed, then repaying once a
    payment lands, then settled when every installment is paid."""
    if kept is None or not kept.installments:
        return status
    if kept.complete:
        return "settled"
    if any(i.paid > 0 for i in kept.installments):
        return "repaying"
    return "agreed"


# --- the seven steps -------------------------------------------------------------------------

STEPS = (1, 2, 3, 4, 5, 6, 7)
DONE, TODO, ATTENTION = "done", "todo", "attention"
# The place the next action opens, per step.
ACTIONS = {1: "edit_debt", 2: "log_call", 3: "situation", 4: "evidence", 5: "plan",
           6: "agreement", 7: "payment"}


@dataclass(frozen=True, slots=True)
class Step:
    number: int
    state: str


@dataclass(frozen=True, slots=True)
class Road:
    steps: tuple[Step, ...]
    next_step: int | None  # the first step not done (a step needing attention comes first)

    @property
    def next_action(self) -> str | None:
        return None if self.next_step is None else ACTIONS[self.next_step]


def seven_steps(case: Data, ref: str, today: date, plan_results: dict[str, Any]) -> Road:
    """Each step's state from the data. `plan_results` maps plan name -> PlanResult (run once
    for all debts by the caller)."""
    debt = next(d for d in case["debts"] if d["ref"] == ref)
    hardship = case.get("hardship") or {}
    budget = case.get("budget") or {}
    states: dict[int, str] = {}
    states[1] = DONE if debt["rate"] is not None and debt["balance"]["as_of"] else TODO
    states[2] = DONE if any(ref in c["debts"] for c in case["contacts"]) else TODO
    states[3] = DONE if (hardship.get("statement") or "").strip() and budget.get("income") \
        else TODO
    states[4] = DONE if any(e["reviewed"] and ref in e["debts"] for e in case["evidence"]) \
        else TODO
    covered = False
    for plan in case["plans"]:
        result = plan_results.get(plan["name"])
        if result is None or not result.schedule.affordable:
            continue
        cleared = dict(result.schedule.cleared_in)
        if cleared.get(ref) is not None:
            covered = True
    states[5] = DONE if covered else TODO
    agreement = latest_agreement(case, ref)
    states[6] = DONE if agreement is not None and agreement["evidence"] else TODO
    if debt["status"] in ("settled", "closed"):
        states = {n: DONE for n in STEPS}
    elif agreement is not None and agreement["installments"]:
        kept = compliance(agreement, case["payments"], today)
        if kept.behind:
            states[7] = ATTENTION
        elif kept.complete or kept.paid_count > 0:
            states[7] = DONE
        else:
            states[7] = TODO
    else:
        states[7] = TODO
    steps = tuple(Step(n, states[n]) for n in STEPS)
    attention = [s.number for s in steps if s.state == ATTENTION]
    todo = [s.number for s in steps if s.state == TODO]
    return Road(steps, next(iter(attention or todo), None))


# --- read from the store -----------------------------------------------------------------------

def amounts_paid(session: Any, debt_ref: dict[int, str]) -> list[Data]:
    """Every payment as sums and plans need it (debt, date, amount), in the order recorded:
    three columns, not whole rows with their evidence links, since the case may hold
    thousands."""
    from sqlalchemy import select

    from core.store import models as m

    return [{"debt": debt_ref[i], "date": when, "amount": amount}
            for i, when, amount in session.execute(
                select(m.Payment.debt_id, m.Payment.date, m.Payment.amount)
                .order_by(m.Payment.id))]


@dataclass(frozen=True, slots=True)
class DebtProgress:
    debt: Data
    estimate: Estimate
    road: Road
    agreement: Data | None
    kept: Compliance | None
    payments: tuple[tuple[int, Data], ...]  # (row id, payment) newest first
    agreement_id: int | None


@dataclass(frozen=True, slots=True)
class Overview:
    owed_now: Decimal  # estimated, open debts
    paid: Decimal  # every payment recorded
    next_due: tuple[Any, ...]  # core.debts.due.DueItem: agreed installments and plan payments ahead
    follow_ups_due: int  # open follow-ups due today or before
    at_risk: tuple[str, ...]  # creditors whose agreement has a missed or part-paid installment


# --- read for the Debts tab: the whole case once, then one debt at a time -----------------

@dataclass(frozen=True)
class CaseRead:
    """The case as the Debts tab reads it on each reload. `case` holds the debts (the views'
    own data), every payment as (debt, date, amount), every agreement, the plans, the budget
    and the hardship statement; `follow_ups_due` counts open follow-ups due by `today`."""

    currency: str
    views: tuple[DebtView, ...]
    case: Data
    follow_ups_due: int
    today: date

    @cached_property
    def plan_results(self) -> dict[str, Any]:
        """Each plan's result (plan name -> PlanResult), run once for this read."""
        from core.plans.plans import case_from_data, run

        for_plans = case_from_data(self.case)
        return {p["name"]: run(for_plans, p) for p in self.case["plans"]}

    @cached_property
    def debt_ids(self) -> dict[str, int]:
        return {v.data["ref"]: v.id for v in self.views}


def read_case(store: Any, today: date) -> CaseRead:
    """Everything the list, its overview line and the plans need, in one transaction and a
    fixed number of queries (the call log's and the evidence's text are not read)."""
    from sqlalchemy import func, select

    from core.store import models as m
    from core.store import records as r

    with store.read() as session:
        info = session.get(m.CaseInfo, 1)
        case_info = r.case_info_to_data(info) if info else {}
        debts = r.debt_rows(session)
        views = tuple(DebtView(d.id, r.debt_to_data(d)) for d in debts)
        debt_ref = {d.id: d.ref for d in debts}
        plan_name = {i: n for i, n in session.execute(select(m.Plan.id, m.Plan.name))}
        ev_ref = r.evidence_refs(session)
        payments = amounts_paid(session, debt_ref)
        agreements = [r.agreement_to_data(a, debt_ref, plan_name, ev_ref)
                      for a in session.scalars(r.full(m.Agreement))]
        follow_ups = session.scalar(
            select(func.count()).select_from(m.Contact)
            .where(m.Contact.follow_up.is_not(None), m.Contact.follow_up <= today,
                   m.Contact.follow_up_done.is_(False))) or 0
        lines = list(session.scalars(select(m.BudgetLine).order_by(m.BudgetLine.id)))
        case: Data = {
            "currency": case_info.get("currency") or "CNY",
            "hardship": case_info.get("hardship"),
            "budget": r.budget_to_data(info, lines) if info else None,
            "debts": [v.data for v in views], "payments": payments,
            "agreements": agreements, "contacts": [],
            "plans": [r.plan_to_data(p, debt_ref) for p in
                      session.scalars(r.full(m.Plan).order_by(m.Plan.id))]}
    return CaseRead(case["currency"], views, case, follow_ups, today)


def overview_of(read: CaseRead, within: int = 14) -> Overview:
    """The line at the top of the Debts tab, from what `read_case` read."""
    from core.debts.due import due_items

    case, today = read.case, read.today
    payments = case["payments"]
    paid, agreed = by_debt(payments), by_debt(case["agreements"])
    owed = sum((estimated_balance(d, paid.get(d["ref"], ()), today).total
                for d in case["debts"] if d["status"] not in CLOSED_STATUSES), ZERO)
    creditor = {d["ref"]: d["creditor"] or d["ref"] for d in case["debts"]}
    at_risk = []
    for ref in creditor:
        agreement = latest(agreed.get(ref, ()))
        if agreement is not None and compliance(agreement, paid.get(ref, ()), today).behind:
            at_risk.append(creditor[ref])
    ahead = tuple(i for i in due_items(case, today, within, read.plan_results)
                  if i.kind != "follow_up")
    return Overview(owed, sum((p["amount"] for p in payments), ZERO), ahead,
                    read.follow_ups_due, tuple(at_risk))


def progress_of(store: Any, read: CaseRead, ref: str) -> DebtProgress:
    """Where debt `ref` stands, from `read` and this debt's own records: its payments,
    agreements and documents, and whether any call names it. The same few queries whatever
    the number of debts, calls and payments. A debt the read does not know raises KeyError
    (deleted since: the reload that follows shows the rest)."""
    from sqlalchemy import exists, select

    from core.store import models as m
    from core.store import records as r

    debt_id, today = read.debt_ids[ref], read.today
    with store.read() as session:
        debt_ref = {debt_id: ref}
        ev_ref = r.evidence_refs(session)
        plan_name = {i: n for i, n in session.execute(select(m.Plan.id, m.Plan.name))}
        payments = [(p.id, r.payment_to_data(p, debt_ref, ev_ref)) for p in session.scalars(
            r.full(m.Payment).where(m.Payment.debt_id == debt_id)
            .order_by(m.Payment.date.desc(), m.Payment.id.desc()))]
        agreements = [(a.id, r.agreement_to_data(a, debt_ref, plan_name, ev_ref))
                      for a in session.scalars(r.full(m.Agreement)
                                               .where(m.Agreement.debt_id == debt_id)
                                               .order_by(m.Agreement.agreed_on,
                                                         m.Agreement.id))]
        evidence = [{"reviewed": reviewed, "debts": [ref]} for reviewed in session.scalars(
            select(m.Evidence.reviewed).join(m.EvidenceDebt)
            .where(m.EvidenceDebt.debt_id == debt_id))]
        contacted = session.scalar(select(exists().where(m.ContactDebt.debt_id == debt_id)))
    mine = [p for _i, p in payments]
    case = {**read.case, "payments": mine, "evidence": evidence,
            "contacts": [{"debts": [ref]}] if contacted else [],
            "agreements": [a for _i, a in agreements]}
    debt = next(v.data for v in read.views if v.id == debt_id)
    agreement = agreements[-1] if agreements else None
    kept = compliance(agreement[1], mine, today) if agreement else None
    return DebtProgress(
        debt, estimated_balance(debt, mine, today),
        seven_steps(case, ref, today, read.plan_results),
        agreement[1] if agreement else None, kept, tuple(payments),
        agreement[0] if agreement else None)


def read_progress(store: Any, ref: str, today: date) -> DebtProgress:
    """Where debt `ref` stands on `today`, for a reader that has not read the case."""
    return progress_of(store, read_case(store, today), ref)


def read_overview(store: Any, today: date, within: int = 14) -> Overview:
    """The Debts tab's line at the top, for a reader that has not read the case."""
    return overview_of(read_case(store, today), within)
