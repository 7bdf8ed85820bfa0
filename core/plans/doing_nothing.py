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
from core.plans.arithmetic import _apply_before_start, _cents, _half_up, payment_date
from core.plans.engine_types import DebtIn, PlanIn, Schedule, as_decimal


def idle_terms(debt: DebtIn, start: date) -> tuple[int, int, int, int, int]:
    """A debt left alone from `start`, in cents: its principal, the interest and fees on top,
    the daily rate that runs on the principal as a ratio (numerator, denominator: penalty
    interest where there is some, else the contract rate) and the late fee of each month."""
    p, i, f = _apply_before_start(debt, start)
    rate = debt.overdue_rate if debt.overdue_rate is not None else debt.rate
    num, den = (0, 1) if rate is None else rate.value.as_integer_ratio()
    if rate is not None and rate.basis == "annual":
        den *= 365
    fraction = debt.late_fee_fraction.as_integer_ratio()
    fee = _cents(debt.late_fee_fixed) + _half_up(
        fraction[0] * _cents(debt.minimum_payment), fraction[1])
    return _cents(p), _cents(i) + _cents(f), num, den, fee


def do_nothing(debts: Sequence[DebtIn], start: date, months: int) -> list[Decimal]:
    """What would be owed at each payment date if nothing more were paid: overdue principal
    accrues its penalty rate per day (the contract rate where there is none), and each month
    a late fee on the missed minimum. Index 0 is month 1.

    Worked out a debt at a time, in cents: with nothing paid, a debt's principal never moves,
    so its interest depends only on the days in each month, and a debt without interest
    grows by its late fee alone, which is summed over all such debts at once."""
    if months <= 0:
        return []
    whens = [payment_date(start, month) for month in range(1, months + 1)]
    gaps = [0] + [(whens[k] - whens[k - 1]).days for k in range(1, months)]
    totals = [0] * months
    flat = grows = 0  # debts without interest: what they owe now, their fees a month
    for debt in debts:
        cents, extra, num, den, fee = idle_terms(debt, start)
        if not (num and cents > 0):
            flat += cents + extra
            grows += fee if cents + extra > 0 else 0
            continue
        owed = cents + extra
        accrued: dict[int, int] = {}  # interest for a month of so many days
        gaps[0] = max((whens[0] - debt.as_of).days, 0)  # month 1 runs from the statement
        for month, days in enumerate(gaps):
            interest = accrued.get(days)
            if interest is None:
                interest = accrued[days] = _half_up(cents * num * days, den)
            owed += interest + fee
            totals[month] += owed
    return [as_decimal(total + flat + grows * month)
            for month, total in enumerate(totals, 1)]


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
