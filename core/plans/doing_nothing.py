"""What doing nothing would cost: the case's debts left to run, month by month, against
which a plan's saving is measured (the chart's dashed line).

Pure, like core.plans.engine, whose rules for dates, cents and balances before the start it
shares.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from core.money import ZERO
from core.plans.engine import _apply_before_start, _cents, _half_up, payment_date
from core.plans.engine_types import DebtIn, PlanIn, Schedule, as_decimal


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


def saved_against_nothing(debts: Sequence[DebtIn], plan: PlanIn, schedule: Schedule,
                          nothing: Sequence[Decimal] | None = None) -> Decimal:
    """What doing nothing would cost beyond the plan, at the month the plan ends: what would
    then be owed, less everything the plan paid and anything it still owes. `nothing` is
    `do_nothing` over the plan's months, when the caller has it already."""
    if schedule.months == 0:
        return ZERO
    if nothing is None:
        nothing = do_nothing(debts, plan.start, schedule.months)
    still_owed = schedule.totals()[-1].closing
    return nothing[-1] - (schedule.total_paid + still_owed)
