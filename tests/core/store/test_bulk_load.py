"""An import sets the tables' indexes and triggers aside while its rows go in and makes them
again at the end: the store must come out exactly as if every row had gone in one by one,
and a failed import must leave the schema untouched."""
from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest

from core.calllog.contacts import log_contact
from core.calllog.log_query import LogQuery, contact_ids
from core.case import casefile
from core.case.casefile import import_case, parse_case_bytes
from core.errors import DomainError
from core.store import bulk_load
from core.store.database import Store, open_store
from tests.benchmarks.cases import chinese_case, with_contacts


def _case(calls: int, seed: int) -> dict[str, Any]:
    return parse_case_bytes(json.dumps(with_contacts(chinese_case(4), calls, seed=seed),
                                       ensure_ascii=False).encode("utf-8"), "case.json")


def _schema(store: Store) -> list[tuple[str, ...]]:
    with store.read() as session:
        return [tuple(row) for row in session.connection().exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")]


def _terms(store: Store) -> list[tuple[Any, ...]]:
    """Every term of the full-text index with how many calls hold it and how often."""
    with store.read() as session:
        return [tuple(row) for row in session.connection().exec_driver_sql(
            "SELECT term, doc, cnt FROM contact_search_terms ORDER BY term")]


def _found(store: Store, text: str) -> list[int]:
    return contact_ids(store, LogQuery(text=text))


def test_the_search_index_filled_at_once_is_the_one_the_triggers_keep(tmp_path: Path,
                                                                      monkeypatch) -> None:
    data = _case(400, seed=3)
    fast = open_store(tmp_path / "fast")
    import_case(fast, data)
    with monkeypatch.context() as patch:
        patch.setattr(bulk_load, "set_aside", lambda *_args: contextlib.nullcontext())
        slow = open_store(tmp_path / "slow")
        import_case(slow, data)
    fresh = open_store(tmp_path / "fresh")
    assert _schema(fast) == _schema(slow) == _schema(fresh)
    terms = _terms(fast)
    assert len(terms) > 100 and terms == _terms(slow)
    for text in ("停息", "催", "协商分期", "工号", "no such words"):
        assert _found(fast, text) == _found(slow, text)
    assert _found(fast, "停息")
    for store in (fast, slow, fresh):
        store.close()


def test_a_replaced_case_leaves_nothing_of_its_calls_in_the_search(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    import_case(store, _case(300, seed=5))
    second = _case(200, seed=9)
    import_case(store, second, replace=True)
    alone = open_store(tmp_path / "alone")
    import_case(alone, second)
    assert _terms(store) == _terms(alone)
    store.close()
    alone.close()


def test_a_failed_import_keeps_every_index_and_trigger(tmp_path: Path, monkeypatch) -> None:
    store = open_store(tmp_path / "store")
    import_case(store, _case(50, seed=1))
    before, terms = _schema(store), _terms(store)
    real = casefile.write_case

    def fails_after_writing(*args: Any, **kwargs: Any) -> None:
        real(*args, **kwargs)
        raise DomainError("refused")

    monkeypatch.setattr(casefile, "write_case", fails_after_writing)
    with pytest.raises(DomainError):
        import_case(store, _case(80, seed=2), replace=True)
    assert _schema(store) == before and _terms(store) == terms
    # The triggers still keep the search in step with a call logged afterwards.
    log_contact(store, {"debts": ["D1"], "at": "2026-12-01T10:00:00+08:00",
                        "summary": "对方答应寄来书面减免确认函"})
    assert len(_found(store, "减免确认函")) == 1
    store.close()
