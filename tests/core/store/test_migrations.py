"""Migrations lose nothing: a store made at every revision in `core/migrations/versions`,
filled with a whole case, is opened by today's DebtDesk (which upgrades it to the head) and
must still hold every row and every value it held.

The revisions are read from the scripts, so a new migration is covered as soon as its file
is added. The fill takes a full Chinese case as today's schema stores it and writes into
the older schema whatever columns that schema has (a column it has and today's lacks gets a
plain value of its type). A migration that rewrites a column's values on purpose lists it
in REWRITTEN below, with why; every other value must come through unchanged.
"""
from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from core.case.casefile import export_document, import_case, read_case_file
from core.evidence.store import add_file
from core.evidence.verify import verify
from core.paths import DATABASE_NAME
from core.store.database import current_revision, open_store
from core.store.migrations import HEAD_REVISION, KNOWN_REVISIONS
from tests.conftest import DATA, ROOT

VERSIONS = ROOT / "core" / "store" / "migrations" / "versions"

# (table, column) -> why a migration changes its values. Empty while no migration does.
REWRITTEN: dict[tuple[str, str], str] = {}


def discovered_revisions() -> list[str]:
    """Every revision, base first, as Alembic chains the scripts."""
    from alembic.script import ScriptDirectory

    from core.store.migrations.runner import config

    script = ScriptDirectory.from_config(config())
    return [r.revision for r in reversed(list(script.walk_revisions("base", "heads")))]


REVISIONS = discovered_revisions()


def test_every_script_is_in_the_chain_and_known() -> None:
    in_files = set()
    for path in VERSIONS.glob("*.py"):
        match = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", path.read_text("utf-8"),
                          re.MULTILINE)
        if match:
            in_files.add(match.group(1))
    assert set(REVISIONS) == in_files, "a script is not linked into the chain"
    assert tuple(REVISIONS) == KNOWN_REVISIONS, "KNOWN_REVISIONS must list them, oldest first"
    assert REVISIONS[-1] == HEAD_REVISION


def _columns(connection: sqlite3.Connection) -> dict[str, list[tuple[str, str, bool, bool]]]:
    """table -> [(column, declared type, not null, has default)], the store's own tables
    (not the call log's full-text index: its triggers fill it from the contacts)."""
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version' AND name NOT LIKE 'contact_search%' ORDER BY name")]
    return {table: [(c[1], c[2].upper(), bool(c[3]), c[4] is not None)
                    for c in connection.execute(f'PRAGMA table_info("{table}")')]
            for table in tables}


def _rows(connection: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')]
    finally:
        connection.row_factory = None


def _plain_value(declared: str) -> Any:
    """A value for a column today's schema no longer has (only an older one)."""
    if "INT" in declared or "BOOL" in declared:
        return 0
    if "DATE" in declared:
        return "2026-01-01"
    return ""


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store at the head with the full case and evidence bytes: the data to carry over."""
    folder = tmp_path_factory.mktemp("head") / "store"
    store = open_store(folder)
    import_case(store, read_case_file(DATA / "zh_full_case.json"))
    picture = folder.parent / "收入证明.png"
    Image.new("RGB", (32, 24), "orange").save(picture)
    add_file(store, picture, "income_proof", ["D1"])
    store.close()
    return folder


def _store_at(revision: str, folder: Path) -> None:
    """An empty store whose schema is exactly `revision`'s, made by Alembic alone."""
    from sqlalchemy import create_engine

    from core.store.migrations.runner import upgrade

    folder.mkdir(parents=True)
    engine = create_engine(f"sqlite:///{folder / DATABASE_NAME}")
    try:
        upgrade(engine, revision)
        assert current_revision(engine) == revision
    finally:
        engine.dispose()


def _fill(source_db: Path, target_db: Path) -> dict[str, list[dict[str, Any]]]:
    """Copy the source's rows into the older schema; returns what the older store holds."""
    with sqlite3.connect(source_db) as src, sqlite3.connect(target_db) as dst:
        dst.execute("PRAGMA foreign_keys=OFF")  # rows go in table by table, in any order
        target = _columns(dst)
        for table, columns in target.items():
            for row in _rows(src, table) if table in _columns(src) else []:
                names = [c[0] for c in columns]
                values = [row[name] if name in row else _plain_value(declared)
                          for name, declared, _notnull, _default in columns]
                dst.execute(f'INSERT INTO "{table}" ({", ".join(names)}) VALUES '
                            f'({", ".join("?" * len(names))})', values)
        dst.commit()
        before = {table: _rows(dst, table) for table in target}
    assert sum(map(len, before.values())) > 50, "the fill put the case in"
    return before


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_store_from_each_revision_upgrades_to_the_head_losing_nothing(
        revision: str, source: Path, tmp_path: Path) -> None:
    folder = tmp_path / "store"
    _store_at(revision, folder)
    before = _fill(source / DATABASE_NAME, folder / DATABASE_NAME)
    shutil.copytree(source / "evidence", folder / "evidence")

    head = open_store(source)
    try:
        expected = export_document(head)
        expected_problems = verify(head)
    finally:
        head.close()
    assert {p.kind for p in expected_problems} <= {"missing"}

    store = open_store(folder)  # what today's DebtDesk does: migrate to the head
    try:
        assert current_revision(store.engine) == HEAD_REVISION
        # Integrity, foreign keys, every evidence file's hash: as in the source, whose entries
        # imported from a .json have no bytes (listed missing) and nothing else.
        assert verify(store) == expected_problems
        with sqlite3.connect(folder / DATABASE_NAME) as connection:
            after_columns = _columns(connection)
            for table, rows in before.items():
                if table not in after_columns:
                    continue  # dropped on purpose by a migration (its data moved on)
                after = _rows(connection, table)
                assert len(after) == len(rows), f"{table}: rows lost or added"
                kept = [c[0] for c in after_columns[table]]
                for old, new in zip(rows, after, strict=True):
                    for column, value in old.items():
                        if column in kept and (table, column) not in REWRITTEN:
                            assert new[column] == value, f"{table}.{column} changed"
        exported = export_document(store)
    finally:
        store.close()

    for part in ("debts", "contacts", "evidence", "plans", "payments", "agreements"):
        key = "name" if part == "plans" else "ref" if part in ("debts", "contacts",
                                                                  "evidence") else None
        if key:
            assert [x[key] for x in exported[part]] == [x[key] for x in expected[part]], part
        else:
            assert len(exported[part]) == len(expected[part]), part
    if revision == HEAD_REVISION:  # nothing to migrate: the fill itself must be exact
        exported.pop("exported_at"), expected.pop("exported_at")
        assert exported == expected
