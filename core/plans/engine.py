"""The plan engine: debts, budget and per-debt terms in, a month-by-month schedule out.

Pure: plain frozen inputs, no database, no clock, no Qt. Every amount is a Decimal in whole
cents; interest is rounded half-up per debt per period; every split of money uses the
largest-remainder method so the parts add up to the cent. The rules are DOMAIN.md's
"Plan engine rules"; the comments below name the rule each piece implements. The inputs and
the schedule it returns are defined in core.plans.engine_types.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from itertools import repeat
from operator import attrgetter
from typing import Any

from core.plans.arithmetic import (
    _apply_before_start,
    _cents,
    _half_up,
    level_payment,
    payment_date,
    period_rate,
    running_rate,
    split_cents,
)
from core.plans.engine_types import (
    CONTRACT,
    INSTALLMENTS,
    SETTLEMENT,
    SHARE,
    DebtIn,
    PlanIn,
    Rows,
    Schedule,
    TermIn,
    Warning,
    as_decimal,
)

MAX_MONTHS = 600
CARD_LIMIT_MONTHS = 60
UNPAID_WARNING_MONTHS = 3
_START = attrgetter("start")


# --- the engine ----------------------------------------------------------------------------

class _State:
    """One debt while the plan runs, in whole cents."""

    __slots__ = ("ref", "position", "p", "i", "f", "start", "treatment", "share", "priority",
                 "pause", "minimum", "settle", "settled", "level", "months", "waive",
                 "daily", "num", "den", "annual", "late_fixed", "late_num", "late_den",
                 "cleared", "unpaid_run", "warned", "kind", "per_period", "den2", "paid_count")

    def __init__(self, debt: DebtIn, term: TermIn, position: int, start: date) -> None:
        self.ref, self.position, self.kind = debt.ref, position, debt.kind
        principal, interest, fees = _apply_before_start(debt, start)
        self.p, self.i, self.f = _cents(principal), _cents(interest), _cents(fees)
        self.treatment = term.treatment or SHARE
        self.priority = debt.priority
        self.share = self.treatment == SHARE and not debt.priority
        self.pause = term.pause_months or 0
        self.minimum = _cents(debt.minimum_payment)
        self.settle = None if term.amount is None else _cents(term.amount)
        self.settled = 0
        self.level: int | None = None
        self.paid_count = 0  # installments met in full so far
        self.months = term.months
        self.waive = term.waive_fees
        rate = running_rate(debt, term)
        self.per_period = period_rate(rate)
        self.annual = Decimal(0) if rate is None else rate.annual
        self.daily = rate is not None and rate.basis == "daily"
        self.num, self.den = (0, 1) if rate is None else rate.value.as_integer_ratio()
        if not self.daily:
            self.den *= 12
        self.den2 = 2 * self.den
        self.late_fixed = _cents(debt.late_fee_fixed)
        self.late_num, self.late_den = debt.late_fee_fraction.as_integer_ratio()
        self.start = self.p + self.i + (0 if self.waive else self.f)
        self.cleared: int | None = None
        self.unpaid_run = 0
        self.warned = False

    def owed(self) -> int:
        return self.p + self.i + self.f

    def pay(self, amount: int) -> None:
        """Fees first, then interest, then principal (never more than owed)."""
        take = amount if amount < self.f else self.f
        self.f -= take
        amount -= take
        take = amount if amount < self.i else self.i
        self.i -= take
        self.p -= amount - take

    def obligation(self) -> int:
        owed = self.p + self.i + self.f
        if self.treatment == INSTALLMENTS and self.level is not None:
            # the last installment is adjusted to clear what is left, up or down
            due = owed if self.paid_count >= (self.months or 1) - 1 else self.level
        elif self.treatment == SETTLEMENT and self.settle is not None:
            due = self.settle - self.settled
        else:
            due = self.minimum
        return max(0, due if due < owed else owed)

    def went_unpaid(self, warnings: list[Warning]) -> None:
        """A month it was due something and got nothing: the third in a row is warned of."""
        self.unpaid_run += 1
        if self.unpaid_run == UNPAID_WARNING_MONTHS and not self.warned:
            self.warned = True
            warnings.append(Warning("debt_unpaid_3_months", self.ref))


def run_plan(debts: Sequence[DebtIn], plan: PlanIn) -> Schedule:
    """The schedule, month by month. The work of a month is done only for the debts still
    open: a cleared debt's row is zeros, made with the others in one go at the month's end;
    the lists of who is paid in which step are kept until a debt clears or a pause ends."""
    terms = plan.terms_by_debt()
    states = [_State(d, terms.get(d.ref) or TermIn(), n, plan.start)
              for n, d in enumerate(debts)]
    order_index = {ref: n for n, ref in enumerate(plan.order)}
    budget, one_off = _cents(plan.monthly_budget), _cents(plan.one_off_funds)
    pro_rata = plan.strategy == "pro_rata"
    rows: list[tuple[Any, ...]] = []
    splits: dict[tuple[int, tuple[int, ...]], list[int]] = {}
    warnings: list[Warning] = []
    shortfall_total, shortfall_from = 0, None
    previous = [d.as_of for d in debts]  # interest for month 1 runs from each statement date
    month, when = 0, plan.start
    totals = [0] * 6  # the TOTAL rows' sums over the months

    count = len(states)
    refs = [s.ref for s in states]
    resumes = {s.pause + 1 for s in states if s.pause}  # months in which a pause has ended
    live = states  # not cleared as the month opens, in case order
    accruing = [s for s in states if s.num]
    leveling = [s for s in states if s.treatment == INSTALLMENTS and s.months]
    open_count = count
    known = -1  # the open count the lists below were made for
    active: list[_State] = []
    steps: tuple[list[_State], ...] = ()
    sharing: list[_State] = []
    weighed: list[_State] = []
    weights: tuple[int, ...] = ()
    closings: list[int] = []
    last_date: date | None = None
    while month < MAX_MONTHS and open_count:
        month += 1
        when = payment_date(plan.start, month)
        money = budget + (one_off if month == 1 else 0)
        if len(live) != open_count:  # some cleared last month
            live = [s for s in live if s.cleared is None]
            accruing = [s for s in accruing if s.cleared is None]
        # what each owes as the month opens (a cleared debt owes 0): last month's closing
        opening = closings if month > 1 else [s.p + s.i + s.f for s in states]
        interest, forgiven, paid, late = [0] * count, [0] * count, [0] * count, [0] * count
        ranking = opening  # snowball: the balance at the start of the month, waivers out
        if month == 1:
            ranking = opening[:]
            for s in live:
                if s.waive and s.f:
                    forgiven[s.position], s.f = s.f, 0
                    ranking[s.position] = s.p + s.i
        for s in leveling:
            if s.level is None and month > s.pause and s.cleared is None:
                # the level payment, fixed on what is owed as its first period opens
                s.level = _cents(level_payment(as_decimal(s.p + s.i + s.f), s.months or 1,
                                               s.per_period))
        same_days = None if last_date is None else (when - last_date).days
        for s in accruing:
            p = s.p
            if p > 0:
                if s.daily:
                    days = same_days if same_days is not None else \
                        (when - previous[s.position]).days
                    x = p * s.num * (days if days > 0 else 0)
                else:
                    x = p * s.num
                owed_interest = (2 * x + s.den) // s.den2  # half-up, in whole cents
                interest[s.position] = owed_interest
                s.i += owed_interest
        if month == 1:
            for s in live:
                if s.p + s.i + s.f == 0:
                    s.cleared = month  # nothing left (fees waived): cleared without a payment
                    open_count -= 1
        last_date = when

        if known != open_count or month in resumes:
            known = open_count
            active = [s for s in live if s.cleared is None and month > s.pause]
            steps = tuple(step for step in (
                [s for s in active if s.priority],
                [s for s in active if not s.priority and not s.share],
                [] if pro_rata else [s for s in active if s.share]) if step)
            sharing = [s for s in active if s.share]
            weighed = [s for s in sharing if s.start > 0]  # pro rata's shares, and weights
            weights = tuple(map(_START, weighed))
        missed: dict[int, int] = {}
        money = pay_steps(steps, money, paid, missed)
        if missed:
            shortfall_total += sum(missed.values())
            shortfall_from = shortfall_from or month

        if money > 0 and sharing:
            if pro_rata:  # no earlier step pays a share: each one here owes something
                money = _pro_rata(weighed, weights, money, paid, splits)
            else:
                shares = [s for s in sharing if s.p + s.i + s.f > 0]
                money = _in_order(_order(plan.strategy, shares, ranking, order_index),
                                  money, paid)
        if money > 0 and not any(s.share and s.cleared is None and s.p + s.i + s.f > 0
                                 for s in live):
            early = [s for s in active if s.treatment == CONTRACT or (
                s.priority and s.treatment not in (INSTALLMENTS, SETTLEMENT))]
            money = _in_order(_order(plan.strategy, early, ranking, order_index), money, paid)

        open_count = _close_month(live, month, paid, forgiven, late, missed, warnings,
                                  open_count)
        closings = [s.p + s.i + s.f for s in states]
        rows += zip(  # plain tuples, made in C (see `Rows`): this loop is hot
            repeat(month), repeat(when), refs, opening, interest, late, paid, forgiven,
            closings)
        sums = [sum(opening), sum(interest), sum(late), sum(paid), sum(forgiven), sum(closings)]
        rows.append((month, when, "TOTAL", *sums))
        totals = [a + b for a, b in zip(totals, sums, strict=True)]

    return schedule_of(states, plan, rows, totals, shortfall_total, shortfall_from, warnings)


def schedule_of(states: list[_State], plan: PlanIn, rows: Sequence[tuple[Any, ...]],
                totals: list[int], shortfall_total: int, shortfall_from: int | None,
                warnings: list[Warning]) -> Schedule:
    """The schedule once the months are done: `totals` are the TOTAL rows' sums (opening,
    interest, fees, payment, forgiven, closing) added over the months."""
    never = any(s.cleared is None for s in states)
    month, when = (rows[-1][0], rows[-1][1]) if rows else (0, plan.start)
    return Schedule(
        rows=Rows(rows), months=month, affordable=shortfall_from is None,
        shortfall=as_decimal(shortfall_total), shortfall_from=shortfall_from,
        debt_free_on=None if never else when,  # the month the last debt cleared
        total_interest=as_decimal(totals[1]), total_fees=as_decimal(totals[2]),
        total_forgiven=as_decimal(totals[4]), total_paid=as_decimal(totals[3]),
        warnings=tuple(_plan_warnings(states, plan, warnings, never, shortfall_from)),
        cleared_in=tuple((s.ref, s.cleared) for s in states),
    )


def pay_steps(steps: Sequence[list[_State]], money: int, paid: list[int],
              missed: dict[int, int]) -> int:
    """Steps 1 to 3 in turn (priority debts, debts on their own terms, and the shares outside
    pro rata): each debt's obligation, all of it when the money suffices, else the money
    split in proportion; what falls short is noted in `missed`. Returns what is left."""
    for step in steps:
        if not step:
            continue
        dues = [s.obligation() for s in step]
        need = sum(dues)
        given = dues if money >= need else split_cents(money, dues)
        for s, due, amount in zip(step, dues, given, strict=True):
            if amount:
                s.pay(amount)
                paid[s.position] += amount
            if amount < due:
                missed[s.position] = due - amount
            elif s.treatment == INSTALLMENTS and due:
                s.paid_count += 1
        money -= sum(given)
    return money


def _close_month(live: list[_State], month: int, paid: list[int], forgiven: list[int],
                 late: list[int], missed: dict[int, int], warnings: list[Warning],
                 open_count: int) -> int:
    """A month's end for the debts open as it began: settlements met, late fees on what was
    missed, debts cleared, months unpaid counted. Returns how many debts are still open."""
    for s in live:
        n = s.position
        if s.settle is not None and s.treatment == SETTLEMENT and month > s.pause:
            s.settled += paid[n]
            if s.settled >= s.settle:
                forgiven[n] += s.p + s.i + s.f
                s.p = s.i = s.f = 0
        if missed and n in missed and s.treatment != SETTLEMENT and not s.waive:
            fee = s.late_fixed + _half_up(s.late_num * missed[n], s.late_den)
            late[n] = fee
            s.f += fee
        if s.cleared is None:
            if not (s.p or s.i or s.f):
                s.cleared = month
                open_count -= 1
            elif paid[n]:
                s.unpaid_run = 0
            elif month > s.pause:
                s.went_unpaid(warnings)
            else:
                s.unpaid_run = 0
    return open_count


def _in_order(states: list[_State], money: int, paid: list[int]) -> int:
    """Each in turn takes what it owes until the money runs out; returns what is left."""
    for s in states:
        if money <= 0:
            break
        owed = s.p + s.i + s.f
        take = money if money < owed else owed
        if take > 0:
            s.pay(take)
            paid[s.position] += take
            money -= take
    return money


def _order(strategy: str, states: list[_State], opening: list[int],
           order_index: dict[str, int]) -> list[_State]:
    """Who is paid first: avalanche (and pro rata's early pay-down) the highest running rate,
    snowball the smallest balance at the start of the month, custom the plan's order; ties to
    the debt listed first in the case."""
    if strategy == "snowball":
        return sorted(states, key=lambda s: (opening[s.position], s.position))
    if strategy == "custom":
        last = len(order_index)
        return sorted(states, key=lambda s: (order_index.get(s.ref, last), s.position))
    return sorted(states, key=lambda s: (-s.annual, s.position))


def _pro_rata(active: list[_State], weights: tuple[int, ...], money: int, paid: list[int],
              splits: dict[tuple[int, tuple[int, ...]], list[int]]) -> int:
    """Step 4 under pro rata: in proportion to each debt's balance at the plan's start; what a
    debt cannot take (it is cleared) is split again among the others. Month after month the
    same money meets the same weights, so each split is worked out once (`splits`). `active`:
    the shares with a balance at the start, each owing something; `weights`: those balances."""
    while money > 0 and active:
        parts = splits.get((money, weights))
        if parts is None:
            parts = splits[(money, weights)] = split_cents(money, weights)
        capped = False
        for s, part in zip(active, parts, strict=True):
            if not part:
                continue  # each one here owes something: a part of nothing changes nothing
            f, i = s.f, s.i
            if f or i:  # fees, then interest, then principal (inlined: this loop is hot)
                owed = s.p + i + f
                if part >= owed:
                    part, capped = owed, True
                take = part if part < f else f
                rest = part - take
                take_i = rest if rest < i else i
                s.f, s.i, s.p = f - take, i - take_i, s.p - (rest - take_i)
            else:
                p = s.p
                if part >= p:
                    part, capped = p, True
                s.p = p - part
            paid[s.position] += part
            money -= part
        if not capped:
            break  # every part was taken whole: nothing spare to split again
        active = [s for s in active if s.p + s.i + s.f > 0]
        weights = tuple(map(_START, active))
    return money


def _plan_warnings(states: list[_State], plan: PlanIn, warnings: list[Warning], never: bool,
                   shortfall_from: int | None) -> list[Warning]:
    out: list[Warning] = []
    for s in states:
        if s.kind == "credit_card" and (
                (s.treatment == INSTALLMENTS and (s.months or 0) > CARD_LIMIT_MONTHS)
                or (s.cleared or MAX_MONTHS + 1) > CARD_LIMIT_MONTHS):
            out.append(Warning("card_term_over_60_months", s.ref))
    if plan.disposable is not None and plan.monthly_budget > plan.disposable:
        out.append(Warning("budget_above_disposable"))
    out.extend(warnings)
    if shortfall_from is not None:
        out.append(Warning("unaffordable"))
    if never:
        out.append(Warning("never_clears"))
    return out
