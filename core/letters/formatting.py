"""How a letter writes an account, an ID number, a date, a time and an amount, in Chinese or
English. The letter and the call sheet (core.letters.brief) write them the same way."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from core.letters.wording import MONTHS
from core.money import format_amount, round_money


def last4(account: str) -> str:
    """The last four characters of an account number, spaces and dashes ignored."""
    compact = "".join(ch for ch in account if not ch.isspace() and ch != "-")
    return compact[-4:]


def mask_id(number: str) -> str:
    """All but the last four characters starred: 510107199001011234 -> **************1234."""
    compact = "".join(number.split())
    if len(compact) <= 4:
        return "*" * len(compact)
    return "*" * (len(compact) - 4) + compact[-4:]


def date_text(when: date, language: str) -> str:
    if language == "zh":
        return f"{when.year}年{when.month}月{when.day}日"
    return f"{when.day} {MONTHS[when.month - 1]} {when.year}"


def money_text(amount: Decimal, currency: str, language: str) -> str:
    """In Chinese, yuan are written as such, straight after the figure (1,234.56元, as a
    Chinese letter writes them); otherwise ¥1,234.56."""
    if language == "zh" and currency == "CNY":
        return f"{round_money(amount):,.2f}元"
    return format_amount(amount, currency)


def datetime_text(when: datetime, language: str) -> str:
    clock = f"{when.hour:02d}:{when.minute:02d}"
    return f"{date_text(when.date(), language)} {clock}" if language == "zh" else \
        f"{date_text(when.date(), language)} at {clock}"
