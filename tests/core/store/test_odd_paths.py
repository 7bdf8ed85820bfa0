"""A data folder may be named anything a file system allows: every path the app builds
(the database's URL, SQLite `file:` URIs, backups, archives) must survive it."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core import cli
from core.case.backup import backup, list_backups, restore, snapshot
from core.case.casefile import export_document, import_case, load_case_file, read_case_file
from core.paths import DATABASE_NAME
from core.store.database import open_store
from tests.conftest import ZH_CASE

NAMES = ["a#b", "a?b", "100%", "50%20off", "a&b=c", "with space", "it's \"quoted\"",
         "债务 资料", "债" * 66 + "ab"]  # the last is 200 bytes


def _debts(database: Path) -> int:
    with sqlite3.connect(database) as db:
        return db.execute("SELECT count(*) FROM debt").fetchone()[0]


@pytest.mark.parametrize("name", NAMES)
def test_a_store_in_an_odd_folder_keeps_its_database_and_backs_up_whole(
        tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    store = open_store(folder / "data")
    try:
        assert Path(store.database_path) == folder / "data" / DATABASE_NAME
        import_case(store, read_case_file(ZH_CASE))
        assert _debts(folder / "data" / DATABASE_NAME) == 3
        assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing beside it

        made = snapshot(store, "manual-")
        assert _debts(made) == 3
        assert [b.counts.get("debts") for b in list_backups(store)] == [3]

        out = folder / "备份 #1.debtcase"
        backup(store, out)
        archived = open_store(tmp_path / name / "restored")
        import_case(archived, load_case_file(out))
        assert len(export_document(archived)["debts"]) == 3
        archived.close()

        before = restore(store, made)
        assert _debts(before) == 3 and _debts(folder / "data" / DATABASE_NAME) == 3
    finally:
        store.close()


@pytest.mark.parametrize("name", ["100%", "a#b", "a?b"])
def test_the_command_line_works_in_an_odd_folder(tmp_path: Path, name: str, capsys) -> None:
    data = str(tmp_path / name / "data")
    assert cli.main(["--data-dir", data, "import", str(ZH_CASE)]) == 0
    out = tmp_path / name / "b.debtcase"
    assert cli.main(["--data-dir", data, "backup", "--out", str(out)]) == 0
    restored = open_store(tmp_path / "elsewhere")
    import_case(restored, load_case_file(out))
    assert len(export_document(restored)["debts"]) == 3
    restored.close()
    capsys.readouterr()
