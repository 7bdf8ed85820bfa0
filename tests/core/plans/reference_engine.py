"""The plan engine's month loop and "doing nothing" as they were before they were made fast:
every debt gone through at every step of every month, written the plain way. Kept as the
reference the optimised ones (core.plans.engine.run_plan, core.plans.doing_nothing) must
agree with row for row, to the cent. What the optimisation left alone (a debt's state, who
is paid first, the warnings, each debt's terms for doing nothing) is the engine's own."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from core.plans.arithmetic import _cents, _half_up, level_payment, payment_date, split_cents
from core.plans.doing_nothing import idle_terms
from core.plans.engine import (
    MAX_MONTHS,
    _in_order,
    _order,
    _State,
    pay_steps,
    schedule_of,
)
from core.plans.engine_types import (
    CONTRACT,
    INSTALLMENTS,
    SETTLEMENT,
    DebtIn,
    PlanIn,
    Row,
    Schedule,
    TermIn,
    Warning,
    as_decimal,
)


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
    totals = [0] * 6  # the TOTAL rows' sums over the months
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
        money = pay_steps(steps, money, paid, missed)
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
                    s.went_unpaid(warnings)
                else:
                    s.unpaid_run = 0
            closings[n] = closing
            rows.append(new(Row, (month, when, s.ref, opening[n], interest[n], late[n], paid[n],
                                  forgiven[n], closing)))
        sums = [sum(opening), sum(interest), sum(late), sum(paid), sum(forgiven), sum(closings)]
        rows.append(new(Row, (month, when, "TOTAL", *sums)))
        totals = [a + b for a, b in zip(totals, sums, strict=True)]

    return schedule_of(states, plan, rows, totals, shortfall_total, shortfall_from, warnings)


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


def do_nothing(debts: Sequence[DebtIn], start: date, months: int) -> list[Decimal]:
    """What would be owed at each payment date if nothing more were paid: overdue principal
    accrues its penalty rate per day (the contract rate where there is none), and each month
    a late fee on the missed minimum. Index 0 is month 1."""
    # Per debt, in cents: principal, interest and fees, accrued since, rate num/den, late fee.
    state: list[tuple[int, int, date, int, int, int]] = []
    for debt in debts:
        cents, extra, num, den, fee = idle_terms(debt, start)
        state.append((cents, extra, debt.as_of, num, den, fee))
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
