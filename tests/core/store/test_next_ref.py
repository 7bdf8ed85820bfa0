"""The next free ref is read from the top of the (length(ref), ref) index of its table, not
from every row, and is the same as the number the whole table's highest ref gives."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.money import ZERO
from core.store import models as m
from core.store.database import Store, current_revision, open_store
from core.store.migrations import HEAD_REVISION
from core.store.records import new_refs, next_ref
from tests.sealing import fast_kdf  # noqa: F401 - a fixture

PREFIXES = ("D", "E", "C", "DD", "债", "")


def whole_table_ref(session: Any, model: Any, prefix: str) -> str:
    """What `next_ref` gave when it asked SQLite for the highest number of every row."""
    from sqlalchemy import Integer, and_, cast, func, not_, select

    tail = func.substr(model.ref, len(prefix) + 1)
    highest = session.scalar(select(func.max(cast(tail, Integer))).where(and_(
        func.substr(model.ref, 1, len(prefix)) == prefix, func.length(tail).between(1, 9),
        not_(tail.op("GLOB")("*[^0-9]*")))))
    n = (highest or 0) + 1
    while n >= 10**9 and session.scalar(select(model.id).where(model.ref == f"{prefix}{n}")):
        n += 1
    return f"{prefix}{n}"


def debt(ref: str) -> m.Debt:
    return m.Debt(ref=ref, creditor="x", principal=ZERO, interest=ZERO, fees=ZERO,
                  as_of=date(2026, 1, 1), status="current")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_store(tmp_path_factory.mktemp("refs") / "store")
    yield opened
    opened.close()


NUMBERS = st.one_of(
    st.from_regex(r"[0-9]{0,12}", fullmatch=True),  # leading zeros, 10 digits and more
    st.sampled_from(["999999999", "1000000000", "1000000001", "0999999999", "0", "00"]))
REFS = st.builds(lambda prefix, number, tail: prefix + number + tail,
                 st.sampled_from(PREFIXES + ("d", "DE", "X")), NUMBERS,
                 st.sampled_from(("", "", "", "a", " ", "-1", "〇")))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(refs=st.lists(REFS, unique=True, max_size=25))
def test_the_next_ref_is_the_one_the_whole_table_gives(store: Store, refs: list[str]) -> None:
    from sqlalchemy import delete

    with store.write() as session:
        session.execute(delete(m.Debt))
        session.add_all(debt(ref) for ref in refs)
        session.flush()
        for prefix in PREFIXES:
            expected = whole_table_ref(session, m.Debt, prefix)
            assert next_ref(session, m.Debt, prefix) == expected, (prefix, sorted(refs))
            assert next(new_refs(session, m.Debt, prefix)) == expected


def test_a_leading_zero_at_the_top_reads_every_ref(store: Store) -> None:
    """"C0999" comes first from the top, yet "C998" holds a higher number than "C12"."""
    from sqlalchemy import delete

    with store.write() as session:
        session.execute(delete(m.Debt))
        session.add_all(debt(ref) for ref in ("D0999", "D998", "D12", "D00000", "D1x"))
        session.flush()
        assert next_ref(session, m.Debt, "D") == "D1000"


def _plans(store: Store, model: Any, prefix: str) -> list[str]:
    """SQLite's plan of each query `next_ref` sends that reads refs in order."""
    from sqlalchemy import event

    sent: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_a: Any) -> None:
        if "ORDER BY" in statement:
            sent.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", keep)
    try:
        with store.write() as session:
            next_ref(session, model, prefix)
    finally:
        event.remove(store.engine, "before_cursor_execute", keep)
    assert sent, "next_ref read no refs in order"
    with store.read() as session:
        connection = session.connection()
        return ["\n".join(str(row[-1]) for row in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {statement}", parameters)) for statement, parameters in sent]


def _check_plans(store: Store) -> None:
    for model, prefix in ((m.Debt, "D"), (m.Evidence, "E"), (m.Contact, "C")):
        for plan in _plans(store, model, prefix):
            assert f"COVERING INDEX ix_{model.__tablename__}_ref_by_length" in plan, plan
            assert "TEMP B-TREE" not in plan, plan


def test_the_query_walks_the_index_without_sorting(store: Store) -> None:
    from sqlalchemy import delete, text

    with store.write() as session:
        session.execute(delete(m.Debt))
        session.add_all(debt(f"D{n}") for n in range(1, 200))
    _check_plans(store)
    with store.write() as session:
        session.execute(text("ANALYZE"))  # with the table's statistics as well
    _check_plans(store)


def _index_sql(store: Store) -> dict[str, str]:
    with store.read() as session:
        return {name: re.sub(r"\s+", " ", sql) for name, sql in session.connection()
                .exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                 "AND name LIKE '%ref_by_length'")}


def _declared_sql() -> dict[str, str]:
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex

    return {str(index.name): re.sub(r"\s+", " ", str(CreateIndex(index).compile(
        dialect=sqlite.dialect())).strip())
        for model in m.REF_TABLES
        for index in m.Base.metadata.tables[model.__tablename__].indexes
        if str(index.name).endswith("ref_by_length")}


@pytest.mark.usefixtures("fast_kdf")
@pytest.mark.parametrize("sealed", [False, True])
def test_a_store_before_the_ref_index_gets_it(sealed: bool, tmp_path: Path) -> None:
    """The migration makes the indexes as the models declare them (autogenerate cannot
    compare an index on an expression), on a plain and on a sealed store."""
    from core.store.connect import export_database
    from core.store.seal import derive, new_params, write_seal
    from tests.core.store.test_migrations import _store_at

    plain = tmp_path / "plain"
    _store_at("0005_calllog_search", plain)
    folder, key = plain, None
    if sealed:
        folder, key = tmp_path / "sealed", derive("pass", new_params())
        folder.mkdir()
        export_database(plain / "debtdesk.sqlite3", None, folder / "debtdesk.sqlite3", key)
        write_seal(folder, key)
    upgraded = open_store(folder, key=key)
    try:
        assert current_revision(upgraded.engine) == HEAD_REVISION
        assert _index_sql(upgraded) == _declared_sql()
        assert len(_declared_sql()) == 3
        _check_plans(upgraded)
    finally:
        upgraded.close()
