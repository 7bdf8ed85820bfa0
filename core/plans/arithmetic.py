"""The arithmetic the plan engine and "doing nothing" share: payment dates, whole cents,
exact splits, level payments, the rate that runs on a debt, and the payments recorded before
a plan starts. Pure; the rules are DOMAIN.md's "Plan engine rules".
"""
from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date
from decimal import ROUND_CEILING, Decimal

from core.money import CENT, ZERO, Rate
from core.plans.engine_types import DebtIn, TermIn, as_decimal


def payment_date(start: date, month: int) -> date:
    """Month 1 is `start`; later months fall on the same day, clamped to the month's end."""
    index = start.month - 1 + month - 1
    year, mon = start.year + index // 12, index % 12 + 1
    return date(year, mon, min(start.day, calendar.monthrange(year, mon)[1]))


def _cents(amount: Decimal | None) -> int:
    return 0 if amount is None else int(amount.scaleb(2).to_integral_value())


def split_cents(cents: int, weights: Sequence[int]) -> list[int]:
    """`cents` in proportion to whole-number `weights` by largest remainder; ties go to the
    earlier weight; zero weights get nothing; all-zero weights give nothing to anyone."""
    total = sum(weights)
    if cents <= 0 or total <= 0:
        return [0] * len(weights)
    parts = [cents * w // total for w in weights]
    left = cents - sum(parts)
    if left:
        ranked = sorted(range(len(weights)), key=lambda k: (-(cents * weights[k] % total), k))
        for k in ranked[:left]:
            parts[k] += 1
    return parts


def split(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """The same split in Decimals (weights in any unit, compared exactly)."""
    scale = max((-w.as_tuple().exponent for w in weights), default=0)  # type: ignore[operator]
    ints = [int(w.scaleb(max(scale, 0))) for w in weights]
    return [as_decimal(c) for c in split_cents(_cents(amount), ints)]


def level_payment(balance: Decimal, months: int, per_period: Decimal) -> Decimal:
    """An annuity's payment clearing `balance` in `months`, rounded up to the cent."""
    if balance <= 0:
        return ZERO
    if per_period == 0:
        raw = balance / months
    else:
        raw = balance * per_period / (1 - (1 + per_period) ** -months)
    return raw.quantize(CENT, rounding=ROUND_CEILING)


def period_rate(rate: Rate | None) -> Decimal:
    """A rate per monthly period: annual / 12; a daily rate counts as rate x 365 / 12."""
    if rate is None:
        return Decimal(0)
    return rate.value * 365 / 12 if rate.basis == "daily" else rate.value / 12


def running_rate(debt: DebtIn, term: TermIn) -> Rate | None:
    """The term's own rate; else penalty interest on an overdue debt; else the contract rate;
    none at all when interest is frozen."""
    if term.freeze_interest:
        return None
    if term.rate is not None:
        return term.rate
    if debt.overdue_since is not None and debt.overdue_rate is not None:
        return debt.overdue_rate
    return debt.rate


def _half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half-up (both non-negative)."""
    return (2 * numerator + denominator) // (2 * denominator)


def _apply_before_start(debt: DebtIn, start: date) -> tuple[Decimal, Decimal, Decimal]:
    """Payments recorded after the statement and before the plan starts, applied to the
    statement balance: fees first, then interest, then principal."""
    owed = [debt.fees, debt.interest, debt.principal]
    for when, amount in sorted(debt.payments):
        if debt.as_of < when < start:
            for index, value in enumerate(owed):
                take = min(amount, value)
                owed[index] -= take
                amount -= take
    fees, interest, principal = owed
    return principal, interest, fees
