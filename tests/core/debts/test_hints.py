"""Hints for a first-time form: interest that is probably missing, a statement grown old."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.debts.debts import validate_debt
from core.debts.hints import a_month_before, missing_interest, statement_offer

CARD = {"creditor": "招商银行信用卡中心", "kind": "credit_card",
        "balance": {"principal": "15600.00", "interest": "0.00", "fees": "0.00",
                    "as_of": "2026-11-05"},
        "rate": {"value": "0.0005", "basis": "daily"}, "overdue_since": "2026-09-24"}
TODAY = date(2026, 12, 3)  # 70 days after 2026-09-24


def _debt(**changes):
    return validate_debt({**CARD, **changes})


def test_a_card_70_days_overdue_with_no_interest_gets_the_hint() -> None:
    hint = missing_interest(_debt(), TODAY)
    assert hint is not None
    assert (hint.days, hint.interest, hint.rate) == (70, True, False)


def test_interest_filled_in_or_too_early_or_not_overdue_gets_none() -> None:
    with_interest = {**CARD["balance"], "interest": "421.80"}
    assert missing_interest(_debt(balance=with_interest), TODAY) is None
    assert missing_interest(_debt(), date(2026, 11, 22)) is None  # 59 days
    assert missing_interest(_debt(), date(2026, 11, 23)) is not None  # 60 days
    assert missing_interest(_debt(overdue_since=None), TODAY) is None
    assert missing_interest(_debt(status="settled"), TODAY) is None


def test_a_rate_of_zero_is_hinted_too() -> None:
    with_interest = {**CARD["balance"], "interest": "421.80"}
    hint = missing_interest(_debt(balance=with_interest, rate={"value": "0", "basis": "daily"}),
                            TODAY)
    assert hint is not None and (hint.interest, hint.rate) == (False, True)
    # the penalty rate runs on an overdue debt: a contract rate of 0 beside it is fine
    assert missing_interest(_debt(balance=with_interest, rate={"value": "0", "basis": "daily"},
                                  overdue_rate={"value": "0.0005", "basis": "daily"}),
                            TODAY) is None


@pytest.mark.parametrize(("kind", "rate", "hinted"), [
    ("personal_loan", {"value": "0.18", "basis": "annual"}, True),  # a contract rate
    ("personal_loan", None, False),  # no rate: nothing says interest should run
    ("private_loan", {"value": "0", "basis": "annual"}, False),  # an interest-free loan
    ("credit_card", None, True),  # a card charges interest, whatever was typed
])
def test_which_debts_are_expected_to_charge_interest(kind, rate, hinted) -> None:
    assert (missing_interest(_debt(kind=kind, rate=rate), TODAY) is not None) is hinted


def test_a_month_before_clamps_to_the_shorter_month() -> None:
    assert a_month_before(date(2026, 3, 31)) == date(2026, 2, 28)
    assert a_month_before(date(2026, 1, 15)) == date(2025, 12, 15)


def test_the_offer_starts_from_the_estimate_when_interest_runs() -> None:
    debt = _debt(balance={**CARD["balance"], "as_of": "2026-11-23"})
    estimate = statement_offer(debt, [], TODAY)
    assert estimate is not None
    assert estimate.accrued == Decimal("78.00")  # 15600 x 0.0005 x 10 days
    assert estimate.total == Decimal("15678.00") and estimate.on == TODAY


def test_the_offer_counts_payments_since_the_statement() -> None:
    debt = _debt(rate=None, balance={**CARD["balance"], "as_of": "2026-11-23"})
    paid = [{"debt": debt["ref"], "date": date(2026, 11, 30), "amount": Decimal("600.00")}]
    estimate = statement_offer(debt, paid, TODAY)
    assert estimate is not None and estimate.total == Decimal("15000.00")


def test_an_old_statement_is_offered_even_without_interest() -> None:
    no_rate = _debt(rate=None)  # statement of 2026-11-05: not yet a month before 12-03
    assert statement_offer(no_rate, [], TODAY) is None
    estimate = statement_offer(no_rate, [], date(2026, 12, 6))
    assert estimate is not None and estimate.total == Decimal("15600.00")


def test_no_offer_for_a_statement_of_today_or_a_closed_debt() -> None:
    assert statement_offer(_debt(balance={**CARD["balance"], "as_of": "2026-12-03"}), [],
                           TODAY) is None
    assert statement_offer(_debt(status="closed"), [], TODAY) is None
