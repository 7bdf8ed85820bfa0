"""Calendars (RFC 5545): parsed back with icalendar, and checked as raw text too, since a
calendar program reads the bytes, not our intentions."""
from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from icalendar import Calendar

from core import cli
from core.case.casefile import import_case
from core.casefile_spec import validate_case
from core.plans.export import CalendarEvent, calendar_id, to_ics
from tests.conftest import ZH_CASE

PLAN = "按比例分期"
NASTY = "招商\r\n银行; 信用卡, 中心 C:\\卡\x07\x1b末"
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _events(text: str) -> list:
    return list(Calendar.from_ical(text).walk("VEVENT"))


def _check_raw(text: str) -> None:
    """CRLF after every line, none longer than 75 octets, no control character anywhere."""
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    assert not any(c < 0x20 and c != 0x09 or c == 0x7F for c in raw.replace(b"\r\n", b""))


def _case(document: dict, **changes) -> dict:
    document = copy.deepcopy(document)
    document.update(changes)
    return document


def test_a_hostile_name_survives_the_round_trip_and_lines_fold_at_75_octets() -> None:
    long = "长" * 60 + "—" + "x" * 80  # multi-byte text across a fold
    text = to_ics(NASTY, "case1", [CalendarEvent(date(2027, 1, 15), ("k", "1"), NASTY, long)],
                  NOW)
    _check_raw(text)
    assert "\\;" in text and "\\," in text and "\\\\" in text and "\\n" in text
    [event] = _events(text)
    expected = "招商\n银行; 信用卡, 中心 C:\\卡末"  # CRLF a line break; controls dropped
    assert str(event["summary"]) == expected
    # icalendar leaves an X- property as written, so the calendar's name is checked raw.
    assert "\r\nX-WR-CALNAME:招商\\n银行\\; 信用卡\\, 中心 C:\\\\卡末\r\n" in text
    assert str(event["description"]) == long
    assert event["dtstart"].dt == date(2027, 1, 15)
    assert event["dtend"].dt == date(2027, 1, 16)


def test_a_backslash_before_n_stays_a_backslash() -> None:
    """The library's own escaping would write C:\\New as a line break."""
    text = to_ics("x", "case1", [CalendarEvent(date(2027, 1, 1), ("k",), "C:\\New")], NOW)
    assert "SUMMARY:C:\\\\New\r\n" in text


def test_every_event_has_a_reminder_the_day_before() -> None:
    text = to_ics("x", "c", [CalendarEvent(date(2027, 3, 1), ("a",), "one"),
                             CalendarEvent(date(2027, 3, 2), ("b",), "two")], NOW)
    for event in _events(text):
        [alarm] = event.walk("VALARM")
        assert str(alarm["action"]) == "DISPLAY" and str(alarm["description"])
        fires = datetime.combine(event["dtstart"].dt, datetime.min.time()) + alarm["trigger"].dt
        assert fires.date() == event["dtstart"].dt - timedelta(days=1)


@pytest.fixture
def two_plans(tmp_path: Path, capsys, zh_document) -> Path:
    """A case with two plans (one accepted) and creditor names a calendar must escape."""
    document = _case(zh_document)
    document["debts"][2]["creditor"] = NASTY
    second = copy.deepcopy(document["plans"][0])
    second.update(name="雪崩法", strategy="avalanche", status="accepted")
    document["plans"].append(second)
    source = tmp_path / "case.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    store = tmp_path / "s"
    assert run_cli(capsys, "--data-dir", store, "import", source)[0] == 0
    return store


def _uids(text: str) -> list[str]:
    return [str(e["uid"]) for e in _events(text)]


def test_schedule_ics_one_event_per_payment_naming_creditor_and_amount(two_plans, capsys,
                                                                      tmp_path) -> None:
    out = tmp_path / "plan.ics"
    code, stdout, err = run_cli(capsys, "--data-dir", two_plans, "schedule", "--plan", PLAN,
                                "--out", out)
    assert (code, stdout, err) == (0, "", "")
    text = out.read_bytes().decode("utf-8")
    _check_raw(text)
    events = _events(text)
    code, rows, _ = run_cli(capsys, "--data-dir", two_plans, "schedule", "--plan", PLAN,
                            "--format", "json")
    payments = [r for r in json.loads(rows)["rows"]
                if r["debt"] != "TOTAL" and Decimal(r["payment"]) > 0]
    assert len(events) == len(payments) > 0
    first = payments[0]
    summaries = {str(e["summary"]) for e in events if e["dtstart"].dt.isoformat() == first["date"]}
    assert any("支付宝（花呗）" in s and f"{Decimal(first['payment']):,}" in s for s in summaries)
    assert any(s.startswith("Pay 招商\n银行; 信用卡, 中心 C:\\卡末 ¥") for s in summaries)
    assert len(set(_uids(text))) == len(events)


def test_uids_are_stable_across_exports_and_disjoint_across_plans_and_cases(
        two_plans, capsys, tmp_path, zh_document) -> None:
    def export(store: Path, plan: str) -> str:
        code, out, err = run_cli(capsys, "--data-dir", store, "schedule", "--plan", plan,
                                 "--format", "ics")
        assert code == 0, err
        return out

    first, again = export(two_plans, PLAN), export(two_plans, PLAN)
    assert _uids(first) == _uids(again)
    other_plan = export(two_plans, "雪崩法")
    assert not set(_uids(first)) & set(_uids(other_plan))
    other_case = tmp_path / "other"
    run_cli(capsys, "--data-dir", other_case, "import", ZH_CASE)
    assert not set(_uids(export(other_case, PLAN))) & set(_uids(first))
    # Replacing the case by an import keeps its calendar id: the same plan, the same UIDs.
    assert run_cli(capsys, "--data-dir", two_plans, "import", "--replace", ZH_CASE)[0] == 0
    assert _uids(export(two_plans, PLAN))[:3] == _uids(first)[:3]


def test_the_calendar_id_is_made_once_and_is_not_in_the_case_file(zh_store) -> None:
    from core.case.casefile import export_document

    made = calendar_id(zh_store)
    assert len(made) == 32 and calendar_id(zh_store) == made
    assert made not in json.dumps(export_document(zh_store), default=str)


def test_an_accepted_plan_carries_the_open_follow_ups_of_its_debts(capsys, tmp_path,
                                                                   zh_document) -> None:
    from core.store.database import open_store

    document = _case(zh_document, country="GB")
    document["plans"][0]["status"] = "accepted"
    document["contacts"].append({
        "ref": "C2", "debts": ["D3"], "at": "2026-12-01T10:00:00+08:00", "channel": "letter",
        "direction": "outgoing", "summary": "Complaint about calls", "outcome": "escalated",
        "follow_up": "2027-01-26"})
    document["contacts"].append({
        "ref": "C3", "debts": ["D1"], "at": "2026-12-01T11:00:00+08:00", "channel": "phone",
        "summary": "done already", "follow_up": "2026-12-05", "follow_up_done": True})
    store = open_store(tmp_path / "s")
    try:
        import_case(store, validate_case(document))
    finally:
        store.close()
    code, out, _ = run_cli(capsys, "--data-dir", tmp_path / "s", "schedule", "--plan", PLAN,
                           "--format", "ics")
    by_day = {e["dtstart"].dt: e for e in _events(out)}
    reply = by_day[date(2027, 1, 26)]
    assert str(reply["summary"]) == "Reply due from 招商银行信用卡中心"
    assert "Financial Ombudsman Service" in str(reply["description"])
    assert reply.walk("VALARM")
    follow = by_day[date.fromisoformat(zh_document["contacts"][0]["follow_up"])]
    assert str(follow["summary"]).startswith("Follow up with ")
    assert date(2026, 12, 5) not in by_day  # done: no event
    # A draft plan holds payments only.
    document["plans"][0]["status"] = "draft"
    store = open_store(tmp_path / "s")
    try:
        import_case(store, validate_case(document), replace=True)
    finally:
        store.close()
    code, out, _ = run_cli(capsys, "--data-dir", tmp_path / "s", "schedule", "--plan", PLAN,
                           "--format", "ics")
    assert all(str(e["summary"]).startswith("Pay ") for e in _events(out))


@pytest.mark.parametrize(("args", "form"), [
    ((), "csv"), (("--out", "s.csv"), "csv"), (("--out", "s.JSON"), "json"),
    (("--out", "s.ics"), "ics"), (("--format", "ics"), "ics"),
    (("--format", "json", "--out", "s.txt"), "json"), (("--out", "s.txt"), "csv"),
])
def test_the_out_suffix_picks_the_format(case_dir_zh, capsys, tmp_path, args, form) -> None:
    args = tuple(str(tmp_path / a) if a.startswith("s.") else a for a in args)
    code, out, err = run_cli(capsys, "--data-dir", case_dir_zh, "schedule", "--plan", PLAN,
                             *args)
    assert code == 0, err
    text = out if "--out" not in args else Path(args[args.index("--out") + 1]).read_bytes(
        ).decode("utf-8")
    starts = {"csv": "month,date,debt", "json": "{", "ics": "BEGIN:VCALENDAR\r\n"}
    assert text.startswith(starts[form])


@pytest.mark.parametrize(("form", "name"), [("csv", "s.ics"), ("ics", "s.json"),
                                            ("json", "s.csv")])
def test_a_suffix_that_contradicts_the_format_is_refused(case_dir_zh, capsys, tmp_path, form,
                                                         name) -> None:
    target = tmp_path / name
    code, out, err = run_cli(capsys, "--data-dir", case_dir_zh, "schedule", "--plan", PLAN,
                             "--format", form, "--out", target)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"--format {form}" in err and name in err and f".{name.split('.')[1]}" in err
    assert not target.exists()


@pytest.fixture
def case_dir_zh(tmp_path: Path, capsys) -> Path:
    store = tmp_path / "s"
    assert run_cli(capsys, "--data-dir", store, "import", ZH_CASE)[0] == 0
    return store


def test_a_read_only_store_gets_a_steady_id_without_writing(zh_store, data_dir) -> None:
    from core.store.database import open_store

    zh_store.close()
    window_beside = open_store(data_dir, read_only=True)
    try:
        borrowed = calendar_id(window_beside)
        assert calendar_id(window_beside) == borrowed and len(borrowed) == 32
    finally:
        window_beside.close()
    writer = open_store(data_dir)
    try:
        made = calendar_id(writer)  # the real one is made by the first writable export
        assert made != borrowed and calendar_id(writer) == made
    finally:
        writer.close()
