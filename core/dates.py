"""Dates as people type them: 2026-12-15, 2026/12/15, 2026.12.15, 2026年12月15日, 20261215;
and a moment as a date followed by a time: 2026-12-15 14:30, 2026年12月15日14时30分.

Kept apart from the widgets so the rule is one, tested without Qt, and the same wherever a
date is typed."""
from __future__ import annotations

import re
from datetime import date, datetime, time

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


_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．：　", "0123456789-/.: ")
_TIME = re.compile(r"^\s*(\d{1,2})\s*(?:[:.时點点]\s*(\d{2})\s*分?|(\d{2}))\s*$")
_SPLIT = re.compile(r"^\s*(.+?(?:日|\d))(?:\s+|T|(?<=日))(\S.*)$")


def parse_typed_time(text: str) -> time:
    """14:30, 14.30, 1430, 9:05, 14时30分. Raises NotADate (impossible: 25:00, 14:75)."""
    match = _TIME.match(text.translate(_FULL_WIDTH))
    if match is None:
        raise NotADate(text, impossible=False)
    hour, minute = int(match.group(1)), int(match.group(2) or match.group(3))
    try:
        return time(hour, minute)
    except ValueError:
        raise NotADate(text, impossible=True) from None


def parse_typed_moment(text: str) -> datetime:
    """A date as `parse_typed_date` reads it, a space (or nothing after 日), and a time as
    `parse_typed_time` reads it. Both parts are needed. Raises NotADate."""
    match = _SPLIT.match(text.translate(_FULL_WIDTH))
    if match is None:
        raise NotADate(text, impossible=False)
    try:
        day = parse_typed_date(match.group(1))
        moment = parse_typed_time(match.group(2))
    except NotADate as error:
        raise NotADate(text, impossible=error.impossible) from None
    return datetime.combine(day, moment)
