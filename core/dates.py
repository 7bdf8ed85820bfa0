"""Dates as people type them: 2026-12-15, 2026/12/15, 2026.12.15, 2026年12月15日, 20261215.

Kept apart from the widgets so the rule is one, tested without Qt, and the same wherever a
date is typed."""
from __future__ import annotations

import re
from datetime import date

_SEPARATED = re.compile(
    r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


class NotADate(ValueError):
    """The text is no date (`impossible` is True when it has a date's shape, e.g. 2026-02-30)."""

    def __init__(self, text: str, impossible: bool) -> None:
        super().__init__(text)
        self.text, self.impossible = text, impossible


def parse_typed_date(text: str) -> date:
    """The date a person typed, whole: year, month and day all as typed, never one of them
    kept from before. Full-width digits are read as digits. Raises NotADate."""
    normal = text.translate(_FULL_WIDTH)
    match = _SEPARATED.match(normal) or _COMPACT.match(normal)
    if match is None:
        raise NotADate(text, impossible=False)
    year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise NotADate(text, impossible=True) from None


_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")
