"""The call log as SQLite answers it: search, filters and sort give exactly what reading
every contact into Python would, and the full-text index follows every write."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from core.calllog import contacts
from core.calllog.log_query import (
    RANKED,
    SORT_KEYS,
    LogQuery,
    contact_id,
    contact_ids,
    count_contacts,
    count_matching,
    keeps,
    open_follow_ups,
)
from core.errors import DomainError

CALLS = [
    {"debts": ["D1"], "at": "2026-11-20T09:00:00+08:00", "channel": "phone",
     "direction": "incoming", "agent": "李女士 工号 8801",
     "summary": "银行同意个性化分期，等书面协议。", "outcome": "offer_received",
     "offer": {"monthly": "300.00", "months": 24, "note": "Hardship PLAN"}},
    {"debts": ["D2", "D1"], "at": "2026-11-21T23:30:00-05:00", "channel": "letter",
     "direction": "outgoing", "agent": "Mr Smith",
     "summary": "Collector said the payment plan is final; 100% of it_now.",
     "outcome": "refused", "follow_up": "2026-12-01"},
    {"debts": ["D3"], "at": "2026-11-22T10:00:00+08:00", "channel": "phone",
     "summary": "个人信息被泄露给家人。", "follow_up": "2026-12-05", "follow_up_done": True},
]


@pytest.fixture
def log(zh_store):
    for call in CALLS:
        contacts.log_contact(zh_store, call)
    return zh_store


def _haystack(row) -> str:
    """What the log searched before SQLite did, as the tab made it."""
    offer = row.data["offer"] or {}
    return "\n".join((row.data["summary"], row.data["agent"], *row.creditors,
                      offer.get("note") or "")).casefold()


def _found(store, text: str) -> set[int]:
    return set(contact_ids(store, LogQuery(text=text)))


def _expected(store, text: str) -> set[int]:
    needle = text.strip().casefold()
    return {row.id for row in contacts.list_contacts(store) if needle in _haystack(row)}


@pytest.mark.parametrize("text", [
    "个", "个性", "个性化", "个性化分期", "分期", "泄露给", "家人", "同意", "工号 8", "8801",
    "招商", "支付宝（借呗）", "花呗", "plan", "PLAN", "Plan is", "smith", "SMITH", "hardship",
    "100%", "%", "it_now", "_", "\\", '"', 'a"b', "  分期 ", "nothing like this"])
def test_search_finds_what_a_substring_test_finds(log, text: str) -> None:
    assert _found(log, text) == _expected(log, text)
    # counted in the index alone, and with a filter through the contacts: the same number
    assert count_matching(log, LogQuery(text=text)) == len(_expected(log, text))
    assert count_matching(log, LogQuery(text=text, open_only=True)) == len(contact_ids(
        log, LogQuery(text=text, open_only=True)))


def test_a_call_found_by_its_words_and_its_creditor_is_counted_once(log) -> None:
    contacts.log_contact(log, {"debts": ["D3", "D1"], "at": "2026-11-23T10:00:00+08:00",
                               "summary": "招商银行说可以分期。"})
    expected = _expected(log, "招商")
    assert len(expected) == len(contact_ids(log, LogQuery(text="招商"))) == count_matching(
        log, LogQuery(text="招商")) > count_matching(log, LogQuery(text="招商银行说"))


def test_two_characters_and_three_find_chinese_inside_a_sentence(log) -> None:
    refs = {contacts.contact_document(log, i)["ref"] for i in _found(log, "个性")}
    assert refs == {"C1", "C2"}  # 询问个性化分期 and 同意个性化分期
    assert _found(log, "个性") == _found(log, "个性化")
    assert len(_found(log, "泄露")) == len(_found(log, "信息被泄露")) == 1
    assert _found(log, "PLAN") == _found(log, "plan") and len(_found(log, "plan")) == 2


def test_the_index_follows_edit_delete_restore_and_import(log, tmp_path: Path) -> None:
    from core.case.casefile import import_case, read_case_file
    from tests.conftest import ZH_CASE

    [leak] = _found(log, "泄露给家人")
    document = contacts.contact_document(log, leak)
    contacts.update_contact(log, leak, {**document, "summary": "催收员辱骂，已录音。",
                                        "agent": "Agent Orange"})
    assert _found(log, "泄露给家人") == set() and _found(log, "辱骂") == {leak}
    assert _found(log, "orange") == {leak}
    assert count_matching(log, LogQuery(text="泄露给家人")) == 0
    snapshot, _ = contacts.delete_contact(log, leak)
    assert _found(log, "辱骂") == set() and _found(log, "orange") == set()
    assert count_matching(log, LogQuery(text="辱骂")) == count_matching(
        log, LogQuery(text="orange")) == 0
    contacts.restore_contact(log, snapshot)
    assert _found(log, "已录音") == {leak}
    import_case(log, read_case_file(ZH_CASE), replace=True)
    assert _found(log, "已录音") == set() and _found(log, "个性化分期") == _expected(
        log, "个性化分期") != set()
    assert count_contacts(log) == 1


def _values(store, ids: list[int], key: str) -> list:
    rows = {row.id: row for row in contacts.list_contacts(store)}
    pick = {
        "at": lambda r: r.data["at"].astimezone().replace(tzinfo=None),
        "creditor": lambda r: r.creditors[0], "agent": lambda r: r.data["agent"],
        "summary": lambda r: r.data["summary"],
        "offer": lambda r: r.data["offer"]["monthly"] if r.data["offer"] else None,
    }.get(key, lambda r: r.data[key])
    return [pick(rows[i]) for i in ids]


@pytest.mark.parametrize("key", sorted(SORT_KEYS))
def test_every_column_sorts_both_ways(log, key: str) -> None:
    up = contact_ids(log, LogQuery(sort=key))
    down = contact_ids(log, LogQuery(sort=key, descending=True))
    assert down == up[::-1] and sorted(up) == sorted(contact_ids(log, LogQuery()))
    values = [v for v in _values(log, up, key) if v is not None]
    assert values == sorted(values)
    empty = [i for i, v in enumerate(_values(log, up, key)) if v is None]
    assert empty == list(range(len(empty)))  # SQLite puts empty values first going up


def test_newest_first_unless_sorted_and_a_wrong_sort_is_named(log) -> None:
    newest = contact_ids(log, LogQuery())
    assert newest == [row.id for row in contacts.list_contacts(log)]
    with pytest.raises(DomainError) as error:
        contact_ids(log, LogQuery(sort="color"))
    assert error.value.path == ("sort",) and "color" in error.value.message
    assert contact_ids(log, LogQuery()) == newest


def test_filters_match_the_fields_and_combine(log) -> None:
    rows = contacts.list_contacts(log)

    def where(test) -> list[int]:
        return [row.id for row in rows if test(row.data)]

    assert contact_ids(log, LogQuery(debt="D1")) == where(lambda d: "D1" in d["debts"])
    assert contact_ids(log, LogQuery(channel="phone")) == where(lambda d: d["channel"] == "phone")
    assert contact_ids(log, LogQuery(outcome="refused")) == where(
        lambda d: d["outcome"] == "refused")
    assert contact_ids(log, LogQuery(open_only=True)) == where(
        lambda d: d["follow_up"] is not None and not d["follow_up_done"])
    day = date(2026, 11, 21)  # the day where the call was made (23:30 at -05:00)
    assert contact_ids(log, LogQuery(start=day, end=day)) == where(
        lambda d: d["at"].date() == day)
    assert len(contact_ids(log, LogQuery(start=day, end=day))) == 1
    assert contact_ids(log, LogQuery(text="分期", channel="phone", debt="D3")) == where(
        lambda d: "分期" in d["summary"] and d["channel"] == "phone" and "D3" in d["debts"])


def test_follow_ups_a_ref_and_the_count(log) -> None:
    rows, total = open_follow_ups(log, 1)
    everything, _ = open_follow_ups(log, 10)
    due = sorted((r.data["follow_up"], r.data["ref"]) for r in contacts.list_contacts(log)
                 if r.data["follow_up"] and not r.data["follow_up_done"])
    assert total == len(due) == len(everything) and [r.data["ref"] for r in rows] == [due[0][1]]
    assert [(r.data["follow_up"], r.data["ref"]) for r in everything] == due
    assert contact_id(log, "C3") in contact_ids(log, LogQuery())
    assert contact_id(log, "C99") is None
    assert count_contacts(log) == len(CALLS) + 1


def test_a_store_from_before_the_index_is_searchable_once_opened(log) -> None:
    from alembic import command

    from core.store.database import open_store
    from core.store.migrations.runner import config

    folder = log.data_dir
    expected = {text: _expected(log, text) for text in ("个性化", "泄露", "smith")}
    command.downgrade(config(log.engine), "0004_calendar_id")
    with log.engine.connect() as connection:
        names = {n for (n,) in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert not {n for n in names if n.startswith(("contact_search", "ix_contact_by"))}
    log.close()
    store = open_store(folder)  # upgrades, filling the index from the stored contacts
    try:
        for text, ids in expected.items():
            assert _found(store, text) == ids != set()
    finally:
        store.close()


def test_a_sealed_store_searches_and_follows_writes(log, monkeypatch) -> None:
    """SQLCipher's SQLite has FTS5 with the trigram tokenizer: sealing carries the index
    over, and it keeps following the writes."""
    from core.case.sealing import protect
    from core.store import seal
    from core.store.database import open_store
    from tests.sealing import FAST

    monkeypatch.setattr(seal, "DEFAULT_COSTS", seal.KdfParams(b"", **FAST))
    expected = {text: _expected(log, text) for text in ("个性化", "个性", "smith", "招商")}
    folder = log.data_dir
    log.close()
    key = seal.derive("一个够长的口令 sealed", seal.KdfParams(b"0123456789abcdef", **FAST))
    protect(folder, key)
    store = open_store(folder, key=key)
    try:
        for text, ids in expected.items():
            assert _found(store, text) == ids != set()
        added, _ = contacts.log_contact(store, {**CALLS[2], "summary": "封存后记下的电话。"})
        assert _found(store, "封存后") == _found(store, "封存") == {added}
    finally:
        store.close()


@pytest.mark.parametrize("key", sorted(RANKED))
def test_a_column_shown_as_words_sorts_in_the_order_given_for_its_codes(log, key: str) -> None:
    codes = RANKED[key]
    ranks = tuple(sorted(codes, reverse=True))  # as some language's labels might order them
    up = contact_ids(log, LogQuery(sort=key, ranks=ranks))
    down = contact_ids(log, LogQuery(sort=key, ranks=ranks, descending=True))
    assert down == up[::-1] and sorted(up) == sorted(contact_ids(log, LogQuery()))
    values = _values(log, up, key)
    empty = [i for i, v in enumerate(values) if v is None]
    assert empty == list(range(len(empty)))  # empty values first going up, as elsewhere
    places = [ranks.index(v) for v in values if v is not None]
    assert places == sorted(places) and len(set(places)) > 1
    by_code = [v for v in _values(log, contact_ids(log, LogQuery(sort=key)), key)
               if v is not None]
    assert by_code == sorted(by_code) != [v for v in values if v is not None]


def test_codes_left_out_of_the_ranks_come_after_and_unknown_ones_are_named(log) -> None:
    values = _values(log, contact_ids(log, LogQuery(sort="channel", ranks=("phone",))),
                     "channel")
    assert values == sorted(values, key=lambda v: v != "phone") and values[-1] == "letter"
    with pytest.raises(DomainError) as error:
        contact_ids(log, LogQuery(sort="channel", ranks=("phone", "pigeon")))
    assert error.value.path == ("ranks",) and "pigeon" in error.value.message


@pytest.mark.parametrize("descending", [False, True])
def test_a_column_of_words_reads_a_chunk_at_a_time(log, descending: bool) -> None:
    contacts.log_contact(log, {"debts": ["D2"], "at": "2026-11-24T10:00:00+08:00",
                               "channel": "letter", "summary": "又寄了一封信，没有分期方案。"})
    for query in (LogQuery(sort="channel", ranks=("sms", "letter", "phone"),
                           descending=descending),
                  LogQuery(text="分期", sort="outcome", ranks=tuple(RANKED["outcome"]),
                           descending=descending)):
        every = contact_ids(log, query)
        assert sorted(every) == sorted(contact_ids(log, replace(query, sort=None)))
        for size in (1, 2, 3):
            chunks = [contact_ids(log, query, limit=size, offset=at)
                      for at in range(0, len(every) + size, size)]
            assert [i for chunk in chunks for i in chunk] == every


def test_whether_a_query_keeps_one_contact_is_asked_alone(log) -> None:
    every = contact_ids(log, LogQuery())
    for query in (LogQuery(), LogQuery(text="分期"), LogQuery(text="smith"),
                  LogQuery(channel="phone", open_only=True), LogQuery(debt="D1"),
                  LogQuery(text="nothing like this")):
        kept = set(contact_ids(log, query))
        assert {i for i in every if keeps(log, query, i)} == kept
    assert not keeps(log, LogQuery(), max(every) + 1)
