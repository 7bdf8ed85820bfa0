"""The store: where it lives, how SQLite is set up, transactions."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from core.debts.debts import add_debt, list_debts
from core.errors import DomainError
from core.paths import resolve_data_dir
from core.store.database import open_store


def test_data_dir_option_beats_environment_beats_platform(tmp_path: Path) -> None:
    env = {"DEBTDESK_HOME": str(tmp_path / "env")}
    assert resolve_data_dir(str(tmp_path / "opt"), env) == tmp_path / "opt"
    assert resolve_data_dir(None, env) == tmp_path / "env"
    default = resolve_data_dir(None, {})
    assert default.name == "DebtDesk"


def test_sqlite_is_wal_with_foreign_keys(store) -> None:
    with store.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA integrity_check")).scalar() == "ok"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_store_is_private(store) -> None:
    assert stat.S_IMODE(store.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.database_path.stat().st_mode) == 0o600


def test_a_failed_write_leaves_nothing(store) -> None:
    with pytest.raises(RuntimeError):
        with store.write() as session:
            from core.casefile_spec import DEBT
            from core.store import models as m
            from core.store.records import apply_debt

            session.add(apply_debt(m.Debt(), DEBT.parse(
                {"ref": "X", "creditor": "c", "balance": {"principal": "1", "interest": "0",
                                                          "fees": "0", "as_of": "2026-01-01"}},
                ())))
            session.flush()
            raise RuntimeError("crash mid-write")
    assert list_debts(store) == []


def test_reopening_does_not_migrate_again(data_dir: Path) -> None:
    s = open_store(data_dir)
    add_debt(s, {"creditor": "甲", "balance": {"principal": "1.00", "interest": "0.00",
                                               "fees": "0.00", "as_of": "2026-01-01"}})
    s.close()
    s = open_store(data_dir)
    assert [d.data["creditor"] for d in list_debts(s)] == ["甲"]
    s.close()


def test_a_store_from_a_newer_version_is_refused(data_dir: Path) -> None:
    s = open_store(data_dir)
    with s.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num='9999_future'"))
    s.close()
    with pytest.raises(DomainError, match="newer"):
        open_store(data_dir)


def test_quick_read_gives_exactly_what_the_store_gives(store) -> None:
    """The start-up read (stdlib sqlite3) and the ORM agree on every debt, to the value."""
    from sqlalchemy import Boolean, Date

    from core.case.casefile import import_case, read_case_file
    from core.debts.debts import currency
    from core.store.models import Cents, Debt, DecimalText
    from core.store.quick_read import COLUMN_KINDS, read_debts
    from tests.conftest import DATA

    import_case(store, read_case_file(DATA / "zh_full_case.json"))
    quick = read_debts(store.data_dir)
    assert quick is not None
    assert quick == (currency(store), list_debts(store))
    kinds = {Cents: "cents", DecimalText: "decimal", Date: "date", Boolean: "bool"}
    expected = {c.name: kinds[type(c.type)] for c in Debt.__table__.columns
                if type(c.type) in kinds}
    assert COLUMN_KINDS == expected


def test_quick_read_declines_what_it_cannot_vouch_for(tmp_path: Path) -> None:
    from core.store.quick_read import read_debts

    assert read_debts(tmp_path) is None  # no store yet
    (tmp_path / "debtdesk.sqlite3").write_bytes(b"not a database at all")
    assert read_debts(tmp_path) is None


def test_next_ref_is_the_highest_number_plus_one(tmp_path) -> None:
    """Only `<prefix><1-9 digits>` counts, case-sensitively, leading zeros read as numbers."""
    from datetime import date

    from core.money import ZERO
    from core.store import models as m
    from core.store.database import open_store
    from core.store.records import next_ref

    store = open_store(tmp_path / "store")
    try:
        with store.write() as session:
            assert next_ref(session, m.Debt, "D") == "D1"
            for ref in ("D2", "D10", "D0012", "Dx7", "d99", "D3a", "E40", "D1234567890"):
                session.add(m.Debt(ref=ref, creditor="x", principal=ZERO, interest=ZERO,
                                   fees=ZERO, as_of=date(2026, 1, 1), status="current"))
            session.flush()
            assert next_ref(session, m.Debt, "D") == "D13"
            assert next_ref(session, m.Debt, "E") == "E41"
            assert next_ref(session, m.Debt, "C") == "C1"
    finally:
        store.close()


def test_debts_read_as_plain_rows_give_the_same_case_data_as_loaded_objects(zh_store) -> None:
    """`debt_rows` skips the session's objects for speed; what it gives must be the same."""
    from sqlalchemy import select

    from core.store import models as m
    from core.store import records as r

    with zh_store.read() as session:
        loaded = [r.debt_to_data(d) for d in session.scalars(select(m.Debt).order_by(m.Debt.id))]
        rows = [r.debt_to_data(d) for d in r.debt_rows(session)]
    assert len(rows) > 1 and rows == loaded
