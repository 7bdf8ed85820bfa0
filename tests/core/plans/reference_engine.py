"""The plan engine as it was before it was made fast: one pass over every debt per step of
every month, written the plain way. Kept as the reference the optimised engine
(core.plans.engine.run_plan) must agree with row for row, to the cent."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from core.plans.engine import (
    CARD_LIMIT_MONTHS,
    MAX_MONTHS,
    UNPAID_WARNING_MONTHS,
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
    Row,
    Schedule,
    TermIn,
    Warning,
    as_decimal,
)


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


def run_plan(debts: Sequence[DebtIn], plan: PlanIn) -> Schedule:
    terms = plan.terms_by_debt()
    states = [_State(d, terms.get(d.ref) or TermIn(), n, plan.start)
              for n, d in enumerate(debts)]
    order_index = {ref: n for n, ref in enumerate(plan.order)}
    budget, one_off = _cents(plan.monthly_budget), _cents(plan.one_off_funds)
    pro_rata = plan.strategy == "pro_rata"
    rows: list[Row] = []
    new = tuple.__new__  # a Row without NamedTuple's keyword handling: this loop is hot
    splits: dict[tuple[int, tuple[int, ...]], list[int]] = {}
    warnings: list[Warning] = []
    shortfall_total, shortfall_from = 0, None
    previous = [d.as_of for d in debts]  # interest for month 1 runs from each statement date
    month, when = 0, plan.start
    total_interest = total_fees = total_forgiven = total_paid = 0
    when = plan.start

    count = len(states)
    open_count = count
    last_date: date | None = None
    while month < MAX_MONTHS and open_count:
        month += 1
        when = payment_date(plan.start, month)
        money = budget + (one_off if month == 1 else 0)
        opening, interest = [0] * count, [0] * count
        forgiven, paid, late = [0] * count, [0] * count, [0] * count
        ranking = [0] * count  # snowball: the balance at the start of the month, waivers out
        same_days = None if last_date is None else (when - last_date).days
        for n, s in enumerate(states):
            p, i, f = s.p, s.i, s.f
            opening[n] = ranking[n] = p + i + f
            if s.cleared is not None:
                continue
            if month == 1 and s.waive and f:
                forgiven[n], s.f, f = f, 0, 0
                ranking[n] = p + i
            if s.level is None and s.treatment == INSTALLMENTS and s.months and month > s.pause:
                # the level payment, fixed on what is owed as its first period opens
                s.level = _cents(level_payment(as_decimal(p + i + f), s.months, s.per_period))
            if s.num and p > 0:
                if s.daily:
                    days = same_days if same_days is not None else (when - previous[n]).days
                    x = p * s.num * (days if days > 0 else 0)
                else:
                    x = p * s.num
                owed_interest = (2 * x + s.den) // s.den2  # half-up, in whole cents
                interest[n] = owed_interest
                s.i = i = i + owed_interest
            if p + i + f == 0:
                s.cleared = month  # nothing left (fees waived): cleared without a payment
                open_count -= 1
        last_date = when

        active = [s for s in states if s.cleared is None and month > s.pause]
        missed: dict[int, int] = {}
        steps = ([s for s in active if s.priority],
                 [s for s in active if not s.priority and not s.share],
                 [] if pro_rata else [s for s in active if s.share])
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
        if missed:
            shortfall_total += sum(missed.values())
            shortfall_from = shortfall_from or month

        shares = [s for s in active if s.share and s.p + s.i + s.f > 0]
        if money > 0 and shares:
            if pro_rata:
                money = _pro_rata(shares, money, paid, splits)
            else:
                money = _in_order(_order(plan.strategy, shares, ranking, order_index), money,
                                  paid)
        if money > 0 and not any(s.share and s.cleared is None and s.p + s.i + s.f > 0
                                 for s in states):
            early = [s for s in active if s.treatment == CONTRACT or (
                s.priority and s.treatment not in (INSTALLMENTS, SETTLEMENT))]
            money = _in_order(_order(plan.strategy, early, ranking, order_index), money, paid)

        closings = [0] * count
        for n, s in enumerate(states):
            if s.cleared is not None and s.cleared < month:
                rows.append(new(Row, (month, when, s.ref, 0, 0, 0, 0, 0, 0)))
                continue
            if s.treatment == SETTLEMENT and s.settle is not None and month > s.pause:
                s.settled += paid[n]
                if s.settled >= s.settle:
                    forgiven[n] += s.p + s.i + s.f
                    s.p = s.i = s.f = 0
            if n in missed and s.treatment != SETTLEMENT and not s.waive:
                fee = s.late_fixed + _half_up(s.late_num * missed[n], s.late_den)
                late[n] = fee
                s.f += fee
            closing = s.p + s.i + s.f
            if s.cleared is None:
                if closing == 0:
                    s.cleared = month
                    open_count -= 1
                elif month > s.pause and not paid[n]:
                    s.unpaid_run += 1
                    if s.unpaid_run == UNPAID_WARNING_MONTHS and not s.warned:
                        s.warned = True
                        warnings.append(Warning("debt_unpaid_3_months", s.ref))
                else:
                    s.unpaid_run = 0
            closings[n] = closing
            rows.append(new(Row, (month, when, s.ref, opening[n], interest[n], late[n], paid[n],
                                  forgiven[n], closing)))
        sums = [sum(opening), sum(interest), sum(late), sum(paid), sum(forgiven), sum(closings)]
        rows.append(new(Row, (month, when, "TOTAL", *sums)))
        total_interest += sums[1]
        total_fees += sums[2]
        total_paid += sums[3]
        total_forgiven += sums[4]

    never = any(s.cleared is None for s in states)
    return Schedule(
        rows=tuple(rows), months=month, affordable=shortfall_from is None,
        shortfall=as_decimal(shortfall_total), shortfall_from=shortfall_from,
        debt_free_on=None if never else when,  # the month the last debt cleared
        total_interest=as_decimal(total_interest), total_fees=as_decimal(total_fees),
        total_forgiven=as_decimal(total_forgiven), total_paid=as_decimal(total_paid),
        warnings=tuple(_plan_warnings(states, plan, warnings, never, shortfall_from)),
        cleared_in=tuple((s.ref, s.cleared) for s in states),
    )


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


def _pro_rata(shares: list[_State], money: int, paid: list[int],
              splits: dict[tuple[int, tuple[int, ...]], list[int]]) -> int:
    """Step 4 under pro rata: in proportion to each debt's balance at the plan's start; what a
    debt cannot take (it is cleared) is split again among the others. Month after month the
    same money meets the same weights, so each split is worked out once (`splits`)."""
    active = [s for s in shares if s.start > 0]
    while money > 0 and active:
        weights = tuple(s.start for s in active)
        parts = splits.get((money, weights))
        if parts is None:
            parts = splits[(money, weights)] = split_cents(money, weights)
        capped = False
        for s, part in zip(active, parts, strict=True):
            f, i = s.f, s.i
            owed = s.p + i + f
            if part >= owed:
                part, capped = owed, True
            if part > 0:  # fees, then interest, then principal (inlined: this loop is hot)
                take = part if part < f else f
                rest = part - take
                take_i = rest if rest < i else i
                s.f, s.i, s.p = f - take, i - take_i, s.p - (rest - take_i)
                paid[s.position] += part
                money -= part
        if not capped:
            break  # every part was taken whole: nothing spare to split again
        active = [s for s in active if s.p + s.i + s.f > 0]
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


def do_nothing(debts: Sequence[DebtIn], start: date, months: int) -> list[Decimal]:
    """What would be owed at each payment date if nothing more were paid: overdue principal
    accrues its penalty rate per day (the contract rate where there is none), and each month
    a late fee on the missed minimum. Index 0 is month 1."""
    # Per debt, in cents: principal, interest and fees, accrued since, rate num/den, late fee.
    state: list[tuple[int, int, date, int, int, int]] = []
    for debt in debts:
        p, i, f = _apply_before_start(debt, start)
        rate = debt.overdue_rate if debt.overdue_rate is not None else debt.rate
        num, den = (0, 1) if rate is None else rate.value.as_integer_ratio()
        if rate is not None and rate.basis == "annual":
            den *= 365
        fee = (_cents(debt.late_fee_fixed) + _half_up(
            debt.late_fee_fraction.as_integer_ratio()[0] * _cents(debt.minimum_payment),
            debt.late_fee_fraction.as_integer_ratio()[1]))
        state.append((_cents(p), _cents(i) + _cents(f), debt.as_of, num, den, fee))
    owed = []
    for month in range(1, months + 1):
        when = payment_date(start, month)
        total = 0
        for k, (cents, extra, previous, num, den, fee) in enumerate(state):
            days = max((when - previous).days, 0)
            if num and cents > 0:
                extra += _half_up(cents * num * days, den)
            if cents + extra > 0:
                extra += fee
            state[k] = (cents, extra, when, num, den, fee)
            total += cents + extra
        owed.append(as_decimal(total))
    return owed
