"""Money: parsing, half-up rounding and formatting, exact to the cent."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import i18n
from core.errors import DomainError
from core.money import (
    Rate,
    amount_text,
    decimal_text,
    format_amount,
    format_rate,
    from_cents,
    parse_amount,
    parse_fraction,
    parse_rate_value,
    round_money,
    to_cents,
)

cents = st.integers(min_value=0, max_value=10**14 - 1)


@given(cents)
def test_amount_text_round_trips_every_cent(c: int) -> None:
    value = from_cents(c)
    text = amount_text(value)
    assert parse_amount(text) == value
    assert to_cents(parse_amount(text)) == c
    assert len(text.split(".")[1]) == 2


@given(st.decimals(min_value=-10**9, max_value=10**9, places=6, allow_nan=False))
def test_round_half_up_matches_an_integer_computation(value: Decimal) -> None:
    micro = int(value * 10**6)  # exact: at most 6 places
    sign = -1 if micro < 0 else 1
    expected = sign * ((abs(micro) + 5000) // 10000)  # half away from zero, in cents
    assert round_money(value) == Decimal(expected) / 100


@pytest.mark.parametrize("text,cents_", [("0.005", None), ("12", 1200), ("12.3", 1230),
                                         ("0.01", 1), ("999999999999.99", 99999999999999)])
def test_parse_amount_examples(text: str, cents_: int | None) -> None:
    if cents_ is None:
        with pytest.raises(DomainError):
            parse_amount(text)
    else:
        assert to_cents(parse_amount(text)) == cents_


@pytest.mark.parametrize("bad", ["", " ", "1e3", "1,000.00", "-1", "NaN", "Infinity", "１２",
                                 "12.", ".5", "1000000000000", "0x10", None, 12, True])
def test_parse_amount_refuses(bad: object) -> None:
    with pytest.raises(DomainError):
        parse_amount(bad)


def test_floats_are_refused_outright() -> None:
    with pytest.raises(TypeError):
        parse_amount(12.5)  # type: ignore[arg-type]


def test_half_up_at_the_boundary() -> None:
    assert round_money(Decimal("0.005")) == Decimal("0.01")
    assert round_money(Decimal("2.675")) == Decimal("2.68")  # a float would give 2.67
    assert round_money(Decimal("-0.005")) == Decimal("-0.01")


@given(st.decimals(min_value=0, max_value=Decimal("9.99"), places=8, allow_nan=False))
def test_decimal_text_has_no_trailing_zeros_or_exponent(value: Decimal) -> None:
    text = decimal_text(value)
    assert "E" not in text.upper()
    assert Decimal(text) == value
    if "." in text:
        assert not text.endswith("0")


def test_rates_and_fractions() -> None:
    assert parse_rate_value("0.0005", "daily") == Decimal("0.0005")
    with pytest.raises(DomainError):
        parse_rate_value("0.01", "daily")
    assert parse_rate_value("9.99", "annual") == Decimal("9.99")
    with pytest.raises(DomainError):
        parse_rate_value("10", "annual")
    with pytest.raises(DomainError):
        parse_fraction("1.01")
    assert Rate(Decimal("0.0005"), "daily").annual == Decimal("0.1825")
    assert Rate(Decimal("0.0005"), "daily").interest(Decimal("9200.00"), 30) == Decimal("138.00")
    with pytest.raises(DomainError):
        Rate(Decimal("1"), "monthly")


def test_formatting_per_language() -> None:
    assert format_amount(Decimal("12345.67"), "CNY") == "¥12,345.67"
    assert format_amount(Decimal("-5"), "GBP") == "-£5.00"
    assert format_amount(Decimal("1"), "CHF") == "CHF 1.00"
    daily, annual = Rate(Decimal("0.0005"), "daily"), Rate(Decimal("0.18"), "annual")
    assert format_rate(daily, "zh") == "0.05%/日"
    assert format_rate(daily, "en") == "0.05%/day"
    assert format_rate(annual, "en") == "18% APR"
    assert format_rate(annual, "zh") == "年化 18%"
    i18n.set_language("zh")
    assert format_rate(daily) == "0.05%/日"


@pytest.mark.parametrize(("text", "percent", "basis"), [
    ("日利率0.05%", "0.05", "daily"), ("日息万分之五", "0.05", "daily"),
    ("万分之五", "0.05", None), ("万分之5", "0.05", None), ("千分之三", "0.3", None),
    ("年化 18%", "18", "annual"), ("APR 19.9%", "19.9", "annual"),
    ("月利率1.5%", "18", "annual"),  # a twelfth of the annual rate, exactly, in this engine
    ("0.5‰", "0.05", None), ("０.０５％", "0.05", None),
])
def test_rates_as_bills_write_them(text, percent, basis) -> None:
    from core.money import rate_as_written

    assert rate_as_written(text) == (Decimal(percent), basis)


@pytest.mark.parametrize("text", ["0.05", "", "万分之五点五", "about five"])
def test_what_is_not_a_written_rate_is_left_alone(text) -> None:
    from core.money import rate_as_written

    assert rate_as_written(text) is None
