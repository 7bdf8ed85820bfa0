"""A Chinese resident ID number checked the way GB 11643-1999 defines it.

Eighteen characters: six for the place, eight for the birth date, three for the sequence,
and a check character computed from the first seventeen. A mistyped digit changes the
check character, so a typing slip is caught before the number reaches a creditor. Only
numbers shaped like a Chinese ID are checked; other countries' numbers are left alone."""
from __future__ import annotations

import re
from datetime import date

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_DIGITS = re.compile(r"\d+[Xx]?")


def check_character(first17: str) -> str:
    """The 18th character of an ID whose first 17 digits are `first17`."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def id_number_problem(number: str) -> tuple[str, dict[str, object]] | None:
    """Why a Chinese ID number looks wrong, as a core.i18n key and its values; None when it
    looks right, is empty, or is not shaped like a Chinese ID (an old 15-digit one has no
    check character and passes)."""
    text = number.replace(" ", "").strip()
    if not text or not _DIGITS.fullmatch(text):
        return None
    if len(text) == 15 and text.isdigit():
        return None
    if len(text) != 18:
        return "id_length", {"count": len(text)}
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return "id_birth_date", {"digits": text[6:14]}
    if not date(1900, 1, 1) <= born <= date.today():
        return "id_birth_date", {"digits": text[6:14]}
    if text[17].upper() != check_character(text[:17]):
        return "id_check_character", {}
    return None
