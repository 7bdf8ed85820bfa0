"""A small declarative schema for the case file: parse JSON values strictly, dump them back.

Each kind parses a JSON value into the exact Python value core works with (Decimal, date,
Rate, …) and dumps it back in the case file's written form. A missing key and `null` both
mean the kind's default. Every problem is a DomainError carrying its JSON path.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from core import i18n, money
from core.errors import DomainError

Path = tuple[str | int, ...]
_REF = re.compile(r"[A-Za-z0-9_.\-]{1,32}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})"
)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CURRENCY = re.compile(r"[A-Z]{3}")
LONG_TEXT = 100_000
SHORT_TEXT = 200
MAX_INT = 2**63 - 1  # the largest whole number SQLite stores
_SURROGATE = re.compile("[\ud800-\udfff]")  # half a character: no UTF-8 text can hold it


def fail(path: Path, key: str, **params: object) -> DomainError:
    return DomainError(i18n.t(key, **params), path)


class Kind:
    """One value type of the case file."""

    default: Any = None

    def parse(self, value: Any, path: Path) -> Any:
        raise NotImplementedError

    def dump(self, value: Any) -> Any:
        return value


class Text(Kind):
    default: str | None = ""

    def __init__(self, limit: int = SHORT_TEXT) -> None:
        self.limit = limit

    def parse(self, value: Any, path: Path) -> str:
        if not isinstance(value, str):
            raise fail(path, "not_text")
        if len(value) > self.limit:
            raise fail(path, "text_too_long", max=f"{self.limit:,}")
        if _SURROGATE.search(value):
            raise fail(path, "not_unicode")
        return value


class Bool(Kind):
    default = False

    def parse(self, value: Any, path: Path) -> bool:
        if not isinstance(value, bool):
            raise fail(path, "not_bool")
        return value


class Int(Kind):
    def __init__(self, lo: int, hi: int | None = None) -> None:
        self.lo, self.hi = lo, hi

    def parse(self, value: Any, path: Path) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise fail(path, "not_int")
        if self.hi is not None and not self.lo <= value <= self.hi:
            raise fail(path, "int_range", lo=self.lo, hi=self.hi)
        if value < self.lo:
            raise fail(path, "int_min", lo=self.lo)
        if value > MAX_INT:
            raise fail(path, "int_too_large", hi=f"{MAX_INT:,}")
        return value


class Amount(Kind):
    def __init__(self, positive: bool = False) -> None:
        self.positive = positive

    def parse(self, value: Any, path: Path) -> Decimal:
        if not isinstance(value, str):
            raise fail(path, "amount_not_text" if isinstance(value, (int, float))
                       and not isinstance(value, bool) else "not_amount")
        try:
            return money.parse_amount(value, positive=self.positive)
        except DomainError as error:
            raise error.within(*path) from None

    def dump(self, value: Decimal | None) -> str | None:
        return None if value is None else money.amount_text(value)


class Fraction(Kind):
    def parse(self, value: Any, path: Path) -> Decimal:
        if not isinstance(value, str):
            raise fail(path, "decimal_not_text" if isinstance(value, (int, float))
                       and not isinstance(value, bool) else "not_decimal")
        try:
            return money.parse_fraction(value)
        except DomainError as error:
            raise error.within(*path) from None

    def dump(self, value: Decimal | None) -> str | None:
        return None if value is None else money.decimal_text(value)


class RateKind(Kind):
    def parse(self, value: Any, path: Path) -> money.Rate:
        if not isinstance(value, dict):
            raise fail(path, "not_object")
        for key in value:
            if key not in ("value", "basis"):
                raise fail((*path, key), "unknown_key")
        basis = value.get("basis")
        if basis is None:
            raise fail((*path, "basis"), "required")
        if basis not in money.BASES:
            raise fail((*path, "basis"), "rate_basis")
        raw = value.get("value")
        if raw is None:
            raise fail((*path, "value"), "required")
        if not isinstance(raw, str):
            raise fail((*path, "value"), "decimal_not_text" if isinstance(raw, (int, float))
                       and not isinstance(raw, bool) else "not_decimal")
        try:
            return money.Rate(money.parse_rate_value(raw, basis), basis)
        except DomainError as error:
            raise error.within(*path, "value") from None

    def dump(self, value: money.Rate | None) -> dict[str, str] | None:
        if value is None:
            return None
        return {"value": money.decimal_text(value.value), "basis": value.basis}


class Date(Kind):
    def __init__(self, latest: date | None = None) -> None:
        self.latest = latest

    def parse(self, value: Any, path: Path) -> date:
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            raise fail(path, "not_date")
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            raise fail(path, "not_date") from None
        if self.latest is not None and parsed > self.latest:
            raise fail(path, "date_too_late", latest=self.latest.isoformat())
        return parsed

    def dump(self, value: date | None) -> str | None:
        return None if value is None else value.isoformat()


class DateTime(Kind):
    def parse(self, value: Any, path: Path) -> datetime:
        if not isinstance(value, str) or not _DATETIME.fullmatch(value):
            raise fail(path, "not_datetime")
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            parsed.astimezone(UTC)  # the store keeps it in UTC too, for ordering
        except ValueError:
            raise fail(path, "not_datetime") from None
        except OverflowError:
            raise fail(path, "datetime_range") from None
        return parsed

    def dump(self, value: datetime | None) -> str | None:
        return None if value is None else value.isoformat()


class Pattern(Kind):
    def __init__(self, pattern: re.Pattern[str], problem: str) -> None:
        self.pattern, self.problem = pattern, problem

    def parse(self, value: Any, path: Path) -> str:
        if not isinstance(value, str) or not self.pattern.fullmatch(value):
            raise fail(path, self.problem)
        return value


Ref = Pattern(_REF, "not_ref")
# ISO 4217's current codes (funds and precious metals left out: a case is kept in money).
ISO_4217 = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP
GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS
KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR
MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF
SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD
TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL
""".split())
# What people write instead of the code, and the code they mean.
CURRENCY_ALIASES = {"RMB": "CNY", "CNH": "CNY", "YUAN": "CNY", "NTD": "TWD", "UKP": "GBP",
                    "STG": "GBP", "HKD$": "HKD", "US$": "USD", "EURO": "EUR"}


class CurrencyCode(Kind):
    """An ISO 4217 code: a well-known other name gets the code to use instead."""

    def parse(self, value: Any, path: Path) -> str:
        if isinstance(value, str) and value.upper() in CURRENCY_ALIASES:
            raise fail(path, "currency_alias", value=shorten(value),
                       code=CURRENCY_ALIASES[value.upper()])
        if not isinstance(value, str) or not _CURRENCY.fullmatch(value):
            raise fail(path, "not_currency")
        if value not in ISO_4217:
            raise fail(path, "unknown_currency", value=value)
        return value


Currency = CurrencyCode()
Sha256 = Pattern(_SHA256, "not_sha256")


# ISO 3166-1 alpha-2: the countries and territories with an officially assigned code.
ISO_3166 = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW
""".split())
_COUNTRY = re.compile(r"[A-Z]{2}")


class CountryCode(Kind):
    """Where the person lives, as an ISO 3166-1 alpha-2 code ("CN", "GB", "US")."""

    def parse(self, value: Any, path: Path) -> str:
        if not isinstance(value, str) or not _COUNTRY.fullmatch(value):
            raise fail(path, "not_country")
        if value not in ISO_3166:
            raise fail(path, "unknown_country", value=value)
        return value


Country = CountryCode()


class Choice(Kind):
    def __init__(self, *choices: str) -> None:
        self.choices = choices

    def parse(self, value: Any, path: Path) -> str:
        if not isinstance(value, str) or value not in self.choices:
            shown = value if isinstance(value, str) else repr(value)
            raise fail(path, "not_choice", value=shorten(shown), choices=", ".join(self.choices))
        return value


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    required: bool = False


class Obj(Kind):
    def __init__(self, *fields: Field) -> None:
        self.fields = {f.name: f for f in fields}

    def parse(self, value: Any, path: Path) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise fail(path, "not_object")
        out: dict[str, Any] = {}
        for key, raw in value.items():
            field = self.fields.get(key)
            if field is None:
                raise fail((*path, key), "unknown_key")
            if raw is not None:
                out[key] = field.kind.parse(raw, (*path, key))
        for name, field in self.fields.items():
            if name not in out:
                if field.required:
                    raise fail((*path, name), "required")
                out[name] = default_of(field.kind)
        return {name: out[name] for name in self.fields}

    def dump(self, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is None:
            return None
        return {
            name: dump_value(f.kind, value.get(name, default_of(f.kind)))
            for name, f in self.fields.items()
        }


class ListOf(Kind):
    def __init__(self, item: Kind, unique_by: str | None = None, dup_key: str = "duplicate_ref",
                 min_items: int = 0) -> None:
        self.item, self.unique_by = item, unique_by
        self.dup_key, self.min_items = dup_key, min_items

    @property
    def default(self) -> list[Any]:
        return []

    def parse(self, value: Any, path: Path) -> list[Any]:
        if not isinstance(value, list):
            raise fail(path, "not_list")
        items = []
        seen: set[Any] = set()
        for index, raw in enumerate(value):
            if raw is None:
                raw = default_of(self.item)
            item = self.item.parse(raw, (*path, index))
            key = item.get(self.unique_by) if self.unique_by and isinstance(item, dict) else (
                item if self.unique_by == "" else None)
            if key is not None:
                if key in seen:
                    where = (*path, index, self.unique_by) if self.unique_by else (*path, index)
                    raise fail(where, self.dup_key, ref=shorten(str(key)), name=shorten(str(key)))
                seen.add(key)
            items.append(item)
        if len(items) < self.min_items:
            raise fail(path, "empty_list")
        return items

    def dump(self, value: list[Any] | None) -> list[Any]:
        return [dump_value(self.item, v) for v in (value or [])]


def RefList(min_items: int = 0) -> ListOf:  # noqa: N802 - reads like a kind
    """A list of refs, each listed once."""
    return ListOf(Ref, unique_by="", dup_key="duplicate_item", min_items=min_items)


def default_of(kind: Kind) -> Any:
    return kind.default


def dump_value(kind: Kind, value: Any) -> Any:
    if value is None:
        return None
    return kind.dump(value)


def shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
