"""Amounts, rates and fractions: parsing, rounding and formatting, all exact.

Every amount is a `Decimal` made from a string and rounded half-up to the currency's minor
unit (two places: the case file writes every amount with exactly two). Floats are refused
here so that none can slip into money arithmetic elsewhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from core import i18n
from core.errors import DomainError

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
AMOUNT_LIMIT = Decimal(10) ** 12
DAYS_PER_YEAR = 365
DAILY = "daily"
ANNUAL = "annual"
BASES = (DAILY, ANNUAL)
_RATE_LIMITS = {DAILY: Decimal("0.01"), ANNUAL: Decimal("10")}

_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_SYMBOLS = {"CNY": "¥", "JPY": "¥", "GBP": "£", "USD": "$", "EUR": "€", "HKD": "HK$"}


def _decimal(text: object) -> Decimal:
    if isinstance(text, float):
        raise TypeError("money is never a float; pass a string or a Decimal")
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise DomainError(i18n.t("not_decimal"))
        return text
    if not isinstance(text, str) or not _DECIMAL.fullmatch(text.strip()):
        raise DomainError(i18n.t("not_decimal"))
    try:
        return Decimal(text.strip())
    except InvalidOperation:  # pragma: no cover - the pattern already excludes this
        raise DomainError(i18n.t("not_decimal")) from None


def round_money(value: Decimal) -> Decimal:
    """Half-up to the cent: 0.005 -> 0.01, -0.005 -> -0.01."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_amount(text: object, *, positive: bool = False) -> Decimal:
    """A case-file amount: a decimal string with at most two places, 0 <= x < 10^12."""
    if isinstance(text, float):
        raise TypeError("money is never a float; pass a string or a Decimal")
    if not isinstance(text, (str, Decimal)):
        raise DomainError(i18n.t("not_amount"))
    try:
        value = _decimal(text)
    except DomainError:
        raise DomainError(i18n.t("not_amount")) from None
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise DomainError(i18n.t("amount_places"))
    if value < 0:
        raise DomainError(i18n.t("amount_negative"))
    if positive and value == 0:
        raise DomainError(i18n.t("amount_not_positive"))
    if value >= AMOUNT_LIMIT:
        raise DomainError(i18n.t("amount_too_large"))
    return value.quantize(CENT)


def amount_text(value: Decimal) -> str:
    """The case-file form: exactly two decimals, no grouping ("1234.50")."""
    return f"{round_money(value):.2f}"


def decimal_text(value: Decimal) -> str:
    """A rate or fraction as written in a case file: no exponent, no trailing zeros."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def to_cents(value: Decimal) -> int:
    return int(round_money(value) * 100)


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def parse_fraction(text: object) -> Decimal:
    """A fraction from 0 to 1 written as a decimal string ("0.05" is 5%)."""
    value = _decimal(text) if isinstance(text, (str, Decimal)) else _not_decimal()
    if value < 0 or value > 1:
        raise DomainError(i18n.t("fraction_range"))
    return value


def _not_decimal() -> Decimal:
    raise DomainError(i18n.t("not_decimal"))


@dataclass(frozen=True, slots=True)
class Rate:
    """An interest rate with the basis it is quoted on; never a bare number."""

    value: Decimal
    basis: str

    def __post_init__(self) -> None:
        if self.basis not in BASES:
            raise DomainError(i18n.t("rate_basis"), ("basis",))

    @property
    def annual(self) -> Decimal:
        """For comparing rates across bases: a daily rate counts as rate x 365."""
        return self.value * DAYS_PER_YEAR if self.basis == DAILY else self.value

    def interest(self, principal: Decimal, days: int) -> Decimal:
        """Simple interest on `principal` for `days` days, rounded half-up to the cent.

        A daily rate runs per actual day; an annual one per day as rate / 365 (the plan
        engine uses its own per-period rule for annual rates, see DOMAIN.md).
        """
        if self.basis == DAILY:
            return round_money(principal * self.value * days)
        return round_money(principal * self.value * days / DAYS_PER_YEAR)


def parse_rate_value(text: object, basis: str) -> Decimal:
    """A rate's value: a decimal string, 0 <= value, below 0.01 daily or 10 annual."""
    value = _decimal(text) if isinstance(text, (str, Decimal)) else _not_decimal()
    if value < 0:
        raise DomainError(i18n.t("rate_negative"))
    if basis in _RATE_LIMITS and value >= _RATE_LIMITS[basis]:
        raise DomainError(i18n.t("rate_daily_range" if basis == DAILY else "rate_annual_range"))
    return value


def _grouped(value: Decimal) -> str:
    return f"{round_money(value):,.2f}"


def format_amount(value: Decimal, currency: str = "CNY") -> str:
    """`¥12,345.67`; a currency without a known symbol is written `ABC 12,345.67`."""
    sign = "-" if value < 0 else ""
    symbol = _SYMBOLS.get(currency)
    if symbol is None:
        return f"{sign}{currency} {_grouped(abs(value))}"
    return f"{sign}{symbol}{_grouped(abs(value))}"


def percent_text(value: Decimal) -> str:
    """0.0005 -> "0.05", 0.18 -> "18": a fraction as a percentage without trailing zeros."""
    return decimal_text(value * 100)


def format_rate(rate: Rate, language: str | None = None) -> str:
    """`0.05%/日` or `0.05%/day`; `年化 18%` or `18% APR`."""
    zh = (language or i18n.language()) == "zh"
    pct = percent_text(rate.value)
    if rate.basis == DAILY:
        return f"{pct}%/日" if zh else f"{pct}%/day"
    return f"年化 {pct}%" if zh else f"{pct}% APR"


_FULL_WIDTH_RATE = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_CN_FRACTION = {"万分之": Decimal("0.01"), "千分之": Decimal("0.1"), "百分之": Decimal("1")}
_CN_NUMERALS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                "七": 7, "八": 8, "九": 9}


def rate_as_written(text: str) -> tuple[Decimal, str | None] | None:
    """A rate the way a bill states it, as (per cent, basis or None): 日利率 0.05% → (0.05,
    daily), 万分之五 → (0.05, None), 年化 18% → (18, annual), 月利率 1.5% → (18, annual)
    (a monthly rate is a twelfth of the annual one here, exactly), 0.5‰ → (0.05, None).
    None when the text is none of these (a plain number is a percentage already)."""
    normal = text.translate(_FULL_WIDTH_RATE).replace(" ", "").lower()
    basis = ("daily" if any(w in normal for w in ("日", "天", "daily", "/day", "perday"))
             else "annual" if any(w in normal for w in ("年", "apr", "annual", "p.a", "peryear"))
             else "monthly" if any(w in normal for w in ("月", "monthly", "/month")) else None)
    value: Decimal | None = None
    for words, percent in _CN_FRACTION.items():
        if words in normal:
            tail = normal.split(words, 1)[1]
            number = re.match(r"\d+(?:\.\d+)?", tail)
            if number:
                value = Decimal(number.group(0)) * percent
            elif tail[:1] in _CN_NUMERALS and not (set(tail[1:2]) & set("点十百零")):
                value = Decimal(_CN_NUMERALS[tail[0]]) * percent
            else:
                return None  # 万分之五点五 and the like: typed as digits instead
    if value is None:
        match = re.search(r"(\d+(?:\.\d+)?)\s*([%‰])", normal)
        if match is None:
            return None
        value = Decimal(match.group(1)) * (Decimal("0.1") if match.group(2) == "‰" else 1)
    if basis == "monthly":
        return value * 12, "annual"
    return value, basis
