"""Use cases for plans: build the engine's inputs from the case, run it, keep plans.

`engine_inputs` is pure (case data in, engine inputs out), so the plan editor can recompute
on every keystroke from what it already holds; the store functions below wrap it.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import select

from core import i18n
from core.case.situation import budget_totals
from core.casefile_spec import PLAN, check_term
from core.changes import Change
from core.errors import DomainError
from core.money import ZERO
from core.plans.doing_nothing import do_nothing, saved_against_nothing
from core.plans.engine import run_plan
from core.plans.engine_types import DebtIn, PlanIn, Schedule, TermIn
from core.schema import fail, shorten
from core.store import models as m
from core.store import records as r
from core.store.database import Store
from core.store.snapshot import Snapshot, delete_with_snapshot, restore_snapshot

Data = dict[str, Any]


@dataclass(frozen=True, slots=True)
class CaseForPlans:
    """What the engine needs of a case: debts (validated data), their payments, the budget."""

    currency: str
    debts: tuple[Data, ...]
    payments: tuple[tuple[str, date, Decimal], ...]  # (debt ref, date, amount)
    budget: Data | None


@dataclass(frozen=True, slots=True)
class PlanResult:
    plan: PlanIn
    debts: tuple[DebtIn, ...]
    schedule: Schedule

    @property
    def saved(self) -> Decimal:
        """What the plan saves against doing nothing (from the same "doing nothing" months
        the chart draws, worked out once for both)."""
        months = self.schedule.months
        if months == 0:
            return ZERO
        return saved_against_nothing(self.debts, self.plan, self.schedule,
                                     nothing(self.debts, self.plan.start, months))


def disposable(budget: Data | None) -> Decimal | None:
    """Income - expenses (the savings allowance among them), or None with no statement."""
    return None if budget is None else budget_totals(budget)["left"]


def engine_inputs(case: CaseForPlans, plan: Data) -> tuple[tuple[DebtIn, ...], PlanIn]:
    """The engine's frozen inputs from case data and one plan's validated data."""
    left = disposable(case.budget)
    budget = plan["monthly_budget"]
    if budget is None:
        budget = max(left or ZERO, ZERO)
    paid: dict[str, list[tuple[date, Decimal]]] = {}
    for ref, when, amount in case.payments:
        paid.setdefault(ref, []).append((when, amount))
    debts = tuple(_debt_in(d, paid.get(d["ref"], ())) for d in case.debts)
    terms = tuple((t["debt"], TermIn(
        treatment=t["treatment"] or "share", months=t["months"], amount=t["amount"],
        rate=t["rate"], freeze_interest=t["freeze_interest"], waive_fees=t["waive_fees"],
        pause_months=t["pause_months"] or 0)) for t in plan["terms"])
    return debts, PlanIn(
        strategy=plan["strategy"], start=plan["start"], monthly_budget=budget,
        one_off_funds=plan["one_off_funds"] or ZERO, order=tuple(plan["order"]), terms=terms,
        disposable=left)


def _debt_in(d: Data, payments: Sequence[tuple[date, Decimal]]) -> DebtIn:
    """The engine's input for debt `d`, given its own payments (date, amount) in case order."""
    balance, late = d["balance"], d["late_fee"] or {}
    return DebtIn(
        ref=d["ref"], principal=balance["principal"], interest=balance["interest"],
        fees=balance["fees"], as_of=balance["as_of"], kind=d["kind"], rate=d["rate"],
        overdue_rate=d["overdue_rate"], overdue_since=d["overdue_since"],
        minimum_payment=d["minimum_payment"], late_fee_fixed=late.get("fixed") or ZERO,
        late_fee_fraction=late.get("fraction") or Decimal(0), priority=d["priority"],
        payments=tuple(payments))


def run(case: CaseForPlans, plan: Data) -> PlanResult:
    return computed(*engine_inputs(case, plan))


@functools.lru_cache(maxsize=8)
def computed(debts: tuple[DebtIn, ...], plan: PlanIn) -> PlanResult:
    """The engine's result for these inputs. The engine is pure and its inputs and outputs
    frozen, so one result serves every reader of the same plan (the Debts tab's overview,
    the reminders, the Plan tab) instead of each running the engine again."""
    return PlanResult(plan, debts, run_plan(debts, plan))


@functools.lru_cache(maxsize=8)
def nothing(debts: tuple[DebtIn, ...], start: date, months: int) -> tuple[Decimal, ...]:
    """What would be owed each month if nothing were paid (the chart's dashed line)."""
    return tuple(do_nothing(debts, start, months))


def case_from_data(case: Data) -> CaseForPlans:
    """What the engine needs, from a whole case's data (as read for a letter or what is due)."""
    payments = tuple((p["debt"], p["date"], p["amount"]) for p in case["payments"])
    return CaseForPlans(case.get("currency") or "CNY", tuple(case["debts"]), payments,
                        case.get("budget"))


# --- the store ---------------------------------------------------------------------------

def case_for_plans(store: Store) -> CaseForPlans:
    with store.read() as session:
        return _case_for_plans(session)[0]


def _case_for_plans(session: Any) -> tuple[CaseForPlans, dict[int, str]]:
    """The case for the engine, and each debt's row id -> its ref."""
    info = session.get(m.CaseInfo, 1)
    debts = r.debt_rows(session)
    ref = {d.id: d.ref for d in debts}
    payments = tuple((ref[i], when, amount) for i, when, amount in session.execute(
        select(m.Payment.debt_id, m.Payment.date, m.Payment.amount).order_by(m.Payment.id)))
    lines = list(session.scalars(select(m.BudgetLine).order_by(m.BudgetLine.id)))
    budget = r.budget_to_data(info, lines) if info else None
    return CaseForPlans(info.currency if info else "CNY",
                        tuple(r.debt_to_data(d) for d in debts), payments, budget), ref


@dataclass(frozen=True, slots=True)
class PlanRow:
    id: int
    data: Data


def list_plans(store: Store) -> list[PlanRow]:
    with store.read() as session:
        ref = r.debt_refs(session)
        return [PlanRow(p.id, r.plan_to_data(p, ref))
                for p in session.scalars(r.full(m.Plan).order_by(m.Plan.id))]


def plan_by_name(store: Store, name: str) -> PlanRow:
    with store.read() as session:
        return _plan_by_name(session, name, r.debt_refs(session))


@dataclass(frozen=True, slots=True)
class _PlainPlan:
    """A plan's columns, its order and its terms as plain rows, the attributes
    `records.plan_to_data` reads: a plan of a thousand terms without a thousand objects for
    the session to track."""

    row: Any
    order_links: list[Any]
    terms: list[Any]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.row, name)


def _plan_by_name(session: Any, name: str, debt_ref: dict[int, str]) -> PlanRow:
    plan = session.execute(select(m.Plan.__table__).where(m.Plan.name == name)).first()
    if plan is None:
        raise DomainError(i18n.t("unknown_plan", name=shorten(name)))
    order, terms = m.PlanOrder.__table__, m.PlanTerm.__table__
    return PlanRow(plan.id, r.plan_to_data(cast(m.Plan, _PlainPlan(  # it reads the same names
        plan,
        list(session.execute(select(order).where(order.c.plan_id == plan.id)
                             .order_by(order.c.position))),
        list(session.execute(select(terms).where(terms.c.plan_id == plan.id)
                             .order_by(terms.c.position))))), debt_ref))


def validate_plan(document: Data, debt_refs: Sequence[str]) -> Data:
    """A plan as an editor supplies it (written form), checked against the case's debts."""
    data = PLAN.parse(document, ())
    known = set(debt_refs)
    for index, ref in enumerate(data["order"]):
        if ref not in known:
            raise fail(("order", index), "unknown_debt", ref=shorten(ref))
    for index, term in enumerate(data["terms"]):
        if term["debt"] not in known:
            raise fail(("terms", index, "debt"), "unknown_debt", ref=shorten(term["debt"]))
        check_term(term, ("terms", index))
    return data


def save_plan(store: Store, document: Data, plan_id: int | None = None) -> tuple[int, Change]:
    """Create a plan (no id) or replace one's name, settings and terms, in one transaction."""
    with store.write() as session:
        ids = r.debt_ids(session)
        data = validate_plan(document, list(ids))
        clash = session.scalar(select(m.Plan.id).where(m.Plan.name == data["name"]))
        if clash is not None and clash != plan_id:
            raise fail(("name",), "duplicate_name", name=shorten(data["name"]))
        fresh = r.plan_row(data, ids)
        if plan_id is None:
            session.add(fresh)
            session.flush()
            return fresh.id, Change.PLANS
        plan = session.get(m.Plan, plan_id)
        if plan is None:
            raise DomainError(i18n.t("unknown_plan", name=shorten(data["name"])))
        for name in ("name", "strategy", "monthly_budget", "one_off_funds", "start", "status"):
            setattr(plan, name, getattr(fresh, name))
        plan.order_links.clear()
        plan.terms.clear()
        session.flush()
        plan.order_links.extend(m.PlanOrder(debt_id=o.debt_id, position=o.position)
                                for o in fresh.order_links)
        plan.terms.extend(fresh.terms)
        fresh.terms = []
        return plan_id, Change.PLANS


def plan_document(store: Store, plan_id: int) -> Data:
    with store.read() as session:
        plan = session.get(m.Plan, plan_id)
        if plan is None:
            raise DomainError(i18n.t("unknown_plan", name=str(plan_id)))
        ref = r.debt_refs(session)
        return PLAN.dump(r.plan_to_data(plan, ref)) or {}


def delete_plan(store: Store, plan_id: int) -> tuple[Snapshot, Change]:
    """Delete a plan and its terms; agreements that named it keep their terms, not the link."""
    with store.write() as session:
        if session.get(m.Plan, plan_id) is None:
            raise DomainError(i18n.t("unknown_plan", name=str(plan_id)))
        agreements = list(session.scalars(select(m.Agreement).where(m.Agreement.plan_id
                                                                    == plan_id)))
        snapshot = delete_with_snapshot(session, [
            (m.PlanTerm, m.PlanTerm.plan_id == plan_id),
            (m.PlanOrder, m.PlanOrder.plan_id == plan_id),
        ])
        for agreement in agreements:
            agreement.plan_id = None
        session.flush()
        rest = delete_with_snapshot(session, [(m.Plan, m.Plan.id == plan_id)])
        links = tuple((a.id, plan_id) for a in agreements)
    return Snapshot(snapshot.groups + rest.groups, links), Change.PLANS | Change.AGREEMENTS


def restore_plan(store: Store, snapshot: Snapshot) -> Change:
    with store.write() as session:
        restore_snapshot(session, snapshot)
        for agreement_id, plan_id in snapshot.relinks:
            agreement = session.get(m.Agreement, agreement_id)
            if agreement is not None:
                agreement.plan_id = plan_id
    return Change.PLANS | Change.AGREEMENTS


def compute(store: Store, name: str) -> tuple[CaseForPlans, PlanRow, PlanResult]:
    """Plan `name` worked out for the case, both read in one transaction."""
    with store.read() as session:
        case, debt_ref = _case_for_plans(session)
        plan = _plan_by_name(session, name, debt_ref)
    return case, plan, run(case, plan.data)
