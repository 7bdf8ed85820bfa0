"""Every letter recorded as sent starts a clock: its contact's follow-up is the day a reply
is due, and what falls due then says what to do next, by the rules of the person's country."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from core import cli, i18n
from core.calllog import clocks, contacts
from core.case.casefile import import_case
from core.casefile_spec import validate_case
from core.errors import DomainError
from core.store.database import open_store

SENT = datetime(2026, 12, 1, 10, 30).astimezone()


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from core.case.casefile import read_case_file
    from core.letters.build import read_for_letter
    from core.letters.compose import LetterRequest, compose
    from core.letters.pdf import render
    from tests.conftest import ZH_CASE

    store = open_store(tmp_path_factory.mktemp("letter") / "s")
    try:
        import_case(store, read_case_file(ZH_CASE))
        case = read_for_letter(store)
    finally:
        store.close()
    return render(compose(case, LetterRequest(debt="D3", kind="installment", plan="按比例分期")))


def _store(tmp_path, zh_document, **changes):
    store = open_store(tmp_path / "s")
    import_case(store, validate_case({**zh_document, **changes}))
    return store


def _letter(store, kind, pdf, at=SENT, reply_days=None):
    contact_id, _, _ = contacts.record_letter_sent(store, pdf, "信.pdf", "D3", f"{kind} letter",
                                                   kind, at=at, reply_days=reply_days)
    return next(c.data for c in contacts.list_contacts(store) if c.id == contact_id)


@pytest.mark.parametrize(("country", "currency", "kind", "days", "outcome"), [
    (None, "CNY", "installment", 30, "offer_made"),
    (None, "CNY", "complaint", 15, "escalated"),  # China, from the currency
    ("GB", "CNY", "complaint", 56, "escalated"),  # the country wins over the currency
    (None, "GBP", "settlement", 30, "offer_made"),
    ("US", "USD", "complaint", 15, "escalated"),  # what the letter asks; the CFPB comes after
    ("DE", "EUR", "complaint", 15, "escalated"),  # no rules known: what the letter asks
    (None, "CNY", "confirmation", 30, "other"),
])
def test_a_letter_sent_gets_its_reply_day_as_follow_up(tmp_path, zh_document, pdf, country,
                                                       currency, kind, days, outcome) -> None:
    store = _store(tmp_path, zh_document, country=country, currency=currency)
    try:
        letter = _letter(store, kind, pdf)
    finally:
        store.close()
    assert letter["follow_up"] == SENT.date() + timedelta(days=days)
    assert letter["outcome"] == outcome and not letter["follow_up_done"]
    assert letter["channel"] == "letter" and letter["direction"] == "outgoing"


def test_the_person_may_choose_the_days_and_a_bad_number_changes_nothing(tmp_path, zh_document,
                                                                         pdf) -> None:
    store = _store(tmp_path, zh_document, country="GB")
    try:
        assert contacts.default_reply_days(store, "complaint") == 56
        assert _letter(store, "complaint", pdf, reply_days=10)["follow_up"] == date(2026, 12, 11)
        before = len(contacts.list_contacts(store))
        for bad in (0, -3, clocks.MAX_REPLY_DAYS + 1):
            with pytest.raises(DomainError) as caught:
                _letter(store, "complaint", pdf, reply_days=bad)
            assert caught.value.message.startswith("reply_days: must be between 1 and 365")
        assert len(contacts.list_contacts(store)) == before
    finally:
        store.close()


def test_next_steps_come_from_the_country_table() -> None:
    assert clocks.next_step("letter", "GB", "en") == (
        "No reply yet: call them and ask for a written answer.")
    assert "Financial Ombudsman Service" in clocks.next_step("complaint", "gb", "en")
    assert "12378" in clocks.next_step("complaint", "CN", "zh")
    assert "CFPB" in clocks.next_step("complaint", "US", "en")
    assert clocks.next_step("complaint", None, "zh") == clocks.LETTER_STEP.zh
    for clock in clocks.COMPLAINT_CLOCKS.values():
        assert clock.standing in ("binding", "reported") and clock.source
        if clock.standing == "reported":  # said as reported, to the person too
            assert "reported" in clock.limit.en and "据" in clock.limit.zh


def _due(capsys, folder, *more) -> tuple[int, str]:
    code = cli.main(["--data-dir", str(folder), "due", *more])
    out, _ = capsys.readouterr()
    return code, out


def test_due_shows_the_ombudsman_step_eight_weeks_after_a_complaint_in_britain(
        tmp_path, zh_document, pdf, capsys) -> None:
    store = _store(tmp_path, zh_document, country="GB")
    now = datetime.now().astimezone()
    try:
        _letter(store, "complaint", pdf, at=now - timedelta(weeks=8) + timedelta(days=1))
    finally:
        store.close()
    code, out = _due(capsys, tmp_path / "s", "--within", "14")
    [waiting] = [x for x in out.splitlines() if "complaint letter" in x]
    assert code == 0 and "reply due" in waiting  # listed as coming up ...
    assert "Ombudsman" not in waiting  # ... but a day short of eight weeks: still waiting

    store = open_store(tmp_path / "s")
    try:
        _letter(store, "complaint", pdf, at=now - timedelta(weeks=8))
        _letter(store, "installment", pdf, at=now - timedelta(days=31))
    finally:
        store.close()
    code, out = _due(capsys, tmp_path / "s", "--within", "0")
    [line] = [x for x in out.splitlines() if "Ombudsman" in x]
    assert line.startswith((now - timedelta(weeks=8) + timedelta(weeks=8)).date().isoformat())
    assert "reply due" in line and "complaint letter" in line and "eight weeks" in line.lower()
    [late] = [x for x in out.splitlines() if "installment letter" in x]
    assert "(1 days late)" in late and late.endswith(
        "No reply yet: call them and ask for a written answer.")

    code, out = _due(capsys, tmp_path / "s", "--within", "0", "--format", "json")
    items = {i["text"]: i for i in json.loads(out)["items"]}
    assert items["complaint letter"]["clock"] == "complaint"
    assert "Financial Ombudsman Service" in items["complaint letter"]["next_step"]
    assert items["installment letter"]["clock"] == "letter"


def test_the_start_up_notices_get_the_step_in_the_window_language(tmp_path, zh_document,
                                                                  pdf) -> None:
    store = _store(tmp_path, zh_document, country="CN")
    try:
        _letter(store, "complaint", pdf)
        i18n.set_language("zh")
        due = contacts.due_follow_ups(store, SENT.date() + timedelta(days=15))
    finally:
        i18n.set_language("en")
        store.close()
    [letter] = [d for d in due if d.summary == "complaint letter"]
    assert letter.due == date(2026, 12, 16) and "国家金融监督管理总局" in letter.next_step
    assert [d.next_step for d in due if d.summary != "complaint letter"] == [None]  # a call
