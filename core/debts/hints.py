"""Gentle hints for someone filling in a debt for the first time: figures that are probably
missing, and a statement that has aged. Never errors: each is a suggestion the person may
ignore. Pure functions over a debt's validated data and a `today` passed in.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from core.debts.overdue import CLOSED_STATUSES, clamp_day, days_overdue, running_rate
from core.debts.progress import Estimate, estimated_balance

Data = dict[str, Any]

# Card issuers post interest every statement; two missed statements with none shown is
# more likely a figure left out than a card that charges none.
INTEREST_EXPECTED_AFTER_DAYS = 60


@dataclass(frozen=True, slots=True)
class MissingInterest:
    """A debt long overdue whose figures show no interest: which of them look missing."""

    days: int  # days overdue
    interest: bool  # the statement's interest is 0.00
    rate: bool  # the rate that runs is 0


def missing_interest(debt: Data, today: date) -> MissingInterest | None:
    """For a credit card, or any debt with a contract rate, that is 60+ days overdue: says
    whether its interest owed is 0.00 or the rate that runs is 0; None when neither is."""
    days = days_overdue(debt, today)
    if days < INTEREST_EXPECTED_AFTER_DAYS:
        return None
    contract = debt["rate"] is not None and debt["rate"].value > 0
    if debt["kind"] != "credit_card" and not contract:
        return None
    rate = running_rate(debt)
    zero_interest = debt["balance"]["interest"] == 0
    zero_rate = rate is not None and rate.value == 0
    if not (zero_interest or zero_rate):
        return None
    return MissingInterest(days, zero_interest, zero_rate)


def a_month_before(day: date) -> date:
    """The same day a calendar month earlier (the month's last day where it has fewer)."""
    year, month = (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)
    return clamp_day(year, month, day.day)


def statement_offer(debt: Data, payments: Sequence[Data], today: date) -> Estimate | None:
    """Whether to offer bringing the debt's statement up to date, and the estimate to start
    from: offered for an open debt when interest has run since the statement or payments
    were made since, or when the statement is more than a month old. None otherwise."""
    if debt["status"] in CLOSED_STATUSES:
        return None
    as_of: date = debt["balance"]["as_of"]
    if as_of >= today:
        return None
    estimate = estimated_balance(debt, payments, today)
    moved = estimate.accrued > 0 or estimate.paid > 0
    return estimate if moved or as_of < a_month_before(today) else None
