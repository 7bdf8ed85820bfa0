"""The reply time is one number: a letter asks for a written reply within the days that
recording it as sent will wait (core.calllog.clocks.reply_days), or within the days the
person chose, which the clock then uses too."""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import pytest

from core.calllog import contacts
from core.case.casefile import import_case, parse_case_bytes
from core.errors import DomainError
from core.letters.compose import LetterRequest, compose
from core.letters.document import Letter
from core.letters.wording import TEXTS
from core.store.database import open_store
from tests.core.letters import test_complaint
from tests.core.letters.test_letters import letter_case, request

PROPOSALS = ("installment", "settlement", "waiver", "moratorium", "confirmation")
SENT = datetime(2026, 12, 1, 10, 30).astimezone()


def asked_days(letter: Letter, language: str) -> int:
    """The number of days the letter's reply section asks for, read from its text."""
    heading = TEXTS[language]["h_reply"]
    body = list(letter.body)
    at = next(i for i, b in enumerate(body) if b.kind == "h" and b.text.endswith(heading))
    found = re.search(r"(\d+)\s*(?:日|天|days)", body[at + 1].text)
    assert found, body[at + 1].text
    return int(found.group(1))


@pytest.fixture(scope="module")
def case() -> dict:
    return parse_case_bytes(json.dumps(letter_case(), ensure_ascii=False).encode(), "c.json")


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("kind", PROPOSALS)
def test_the_letter_asks_for_the_days_the_clock_then_waits(tmp_path, case, kind,
                                                            language) -> None:
    from core.letters.pdf import render

    letter = compose(case, request(kind, language))
    store = open_store(tmp_path / "s")
    try:
        import_case(store, parse_case_bytes(json.dumps(letter_case(), ensure_ascii=False)
                                            .encode(), "c.json"))
        contact, _, _ = contacts.record_letter_sent(store, render(letter), "l.pdf",
                                                    letter_debt(kind), letter.title, kind,
                                                    at=SENT)
        follow_up = next(c.data for c in contacts.list_contacts(store)
                         if c.id == contact)["follow_up"]
    finally:
        store.close()
    assert follow_up == SENT.date() + timedelta(days=asked_days(letter, language))


def letter_debt(kind: str) -> str:
    return "D2" if kind == "settlement" else "D3"


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("kind", PROPOSALS)
def test_the_days_chosen_are_the_days_asked(case, kind, language) -> None:
    for days in (7, 45):
        letter = compose(case, request(kind, language, reply_days=days))
        assert asked_days(letter, language) == days


def test_a_complaint_asks_for_the_regulator_s_time_or_the_days_chosen() -> None:
    british = test_complaint._case()
    british["currency"], british["country"] = "GBP", "GB"
    default = test_complaint._letter(british, "en")
    assert "within eight weeks of receiving this letter" in default  # 56 days, as the FCA says
    chosen = test_complaint._letter(british, "en", reply_days=30)
    assert "within 30 days of receiving this letter" in chosen
    assert "within eight weeks of receiving" not in chosen
    chinese = test_complaint._letter(test_complaint._case(), "zh", reply_days=20)
    assert re.search(r"20\s*日内", chinese)


@pytest.mark.parametrize("bad", [0, -1, 366])
def test_a_reply_time_out_of_range_is_refused(case, bad) -> None:
    with pytest.raises(DomainError, match="reply_days: must be between 1 and 365"):
        compose(case, request("installment", "en", reply_days=bad))
    with pytest.raises(DomainError, match="reply_days"):
        compose(test_complaint._case(), LetterRequest(debt="D1", kind="complaint",
                                                       language="en", reply_days=bad))
