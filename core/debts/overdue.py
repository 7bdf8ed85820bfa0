"""What a debt costs while it waits: days overdue, penalty interest and late fees ahead.

Pure functions over a debt's case data (the validated form) and a `today` passed in, so the
Debts tab, the call sheet and the tests all agree to the cent.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from core.money import ZERO, Rate, round_money

CLOSED_STATUSES = ("settled", "closed")


def by_debt(records: Any) -> dict[str, list[dict[str, Any]]]:
    """Records (payments, agreements) grouped under their debt's ref, in the order given: one
    pass over the whole list, so that each debt then finds its own without scanning it."""
    out: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        out.setdefault(record["debt"], []).append(record)
    return out


def is_overdue(debt: dict[str, Any]) -> bool:
    return debt["overdue_since"] is not None and debt["status"] not in CLOSED_STATUSES


def days_overdue(debt: dict[str, Any], today: date) -> int:
    if not is_overdue(debt):
        return 0
    since: date = debt["overdue_since"]
    return max(0, (today - since).days)


def running_rate(debt: dict[str, Any]) -> Rate | None:
    """Penalty interest runs on an overdue debt that has one; otherwise the contract rate."""
    overdue_rate: Rate | None = debt["overdue_rate"]
    if is_overdue(debt) and overdue_rate is not None:
        return overdue_rate
    rate: Rate | None = debt["rate"]
    return rate


def balance_total(debt: dict[str, Any]) -> Decimal:
    b: dict[str, Decimal] = debt["balance"]
    return b["principal"] + b["interest"] + b["fees"]


def clamp_day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def due_dates_between(due_day: int, after: date, until: date) -> int:
    """How many due dates fall in (after, until]."""
    count = 0
    year, month = after.year, after.month
    while True:
        due = clamp_day(year, month, due_day)
        if due > until:
            return count
        if due > after:
            count += 1
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def late_fee_per_miss(debt: dict[str, Any]) -> Decimal:
    fee = debt["late_fee"]
    if fee is None:
        return ZERO
    fixed = fee["fixed"] or ZERO
    fraction = fee["fraction"] or Decimal(0)
    return round_money(fixed + fraction * (debt["minimum_payment"] or ZERO))


def interest_per_day(debt: dict[str, Any]) -> Decimal:
    """Interest one more day adds (unrounded: summed across debts before rounding)."""
    if debt["status"] in CLOSED_STATUSES:
        return Decimal(0)
    rate = running_rate(debt)
    if rate is None:
        return Decimal(0)
    principal: Decimal = debt["balance"]["principal"]
    return principal * rate.value if rate.basis == "daily" else principal * rate.value / 365


def waiting_cost(debt: dict[str, Any], days: int, today: date) -> Decimal:
    """Interest on principal at the running rate for `days` more days, plus a late fee for
    every due date missed in that time (only once the debt is overdue)."""
    if debt["status"] in CLOSED_STATUSES:
        return ZERO
    rate = running_rate(debt)
    interest = ZERO if rate is None else rate.interest(debt["balance"]["principal"], days)
    fees = ZERO
    if is_overdue(debt):
        due_day = debt["due_day"] or debt["overdue_since"].day
        misses = due_dates_between(due_day, today, today + timedelta(days=days))
        fees = late_fee_per_miss(debt) * misses
    return round_money(interest + fees)


def summary(debts: list[dict[str, Any]]) -> dict[str, Decimal]:
    """Total owed, total owed on overdue debts, and what one more day of waiting costs."""
    open_debts = [d for d in debts if d["status"] not in CLOSED_STATUSES]
    return {
        "owed": sum((balance_total(d) for d in open_debts), ZERO),
        "overdue": sum((balance_total(d) for d in open_debts if is_overdue(d)), ZERO),
        "per_day": round_money(sum((interest_per_day(d) for d in open_debts), Decimal(0))),
    }
