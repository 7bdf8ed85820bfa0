"""A damaged database is said in one sentence naming the newest good backup, and a backup or
a case file can be put in its place; the damaged file is renamed, never deleted."""
from __future__ import annotations

from pathlib import Path

import pytest

from core import cli, i18n
from core.case.backup import backup, restore_damaged, snapshot
from core.case.casefile import export_document
from core.paths import DATABASE_NAME
from core.store.damage import StoreDamaged
from core.store.database import open_store


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _zero(path: Path) -> None:
    path.write_bytes(bytes(path.stat().st_size))


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for at in range(4096 + 8, len(data), 4096):  # every page after the first, past its header
        for i in range(at, min(at + 64, len(data))):
            data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def _flip_inside(path: Path) -> None:
    """Bytes flipped inside the rows, so SQLite's report quotes bytes that are not UTF-8."""
    data = bytearray(path.read_bytes())
    for at in range(5000, len(data), 4096):
        data[at:at + 50] = bytes(x ^ 0xFF for x in data[at:at + 50])
    path.write_bytes(bytes(data))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


DAMAGE = {"truncated": _truncate, "zeroed": _zero, "flipped": _flip,
          "flipped-rows": _flip_inside, "0-byte": _empty}


@pytest.fixture
def damaged(zh_store, request):
    """The zh case with one good snapshot, then its database damaged; the data folder."""
    kept = snapshot(zh_store, "manual-")
    expected = export_document(zh_store)
    backup(zh_store, zh_store.data_dir.parent / "case.debtcase")
    zh_store.close()
    for suffix in ("-wal", "-shm"):
        (zh_store.data_dir / (DATABASE_NAME + suffix)).unlink(missing_ok=True)
    DAMAGE[request.param](zh_store.database_path)
    return zh_store.data_dir, kept, expected


def _same_case(a: dict, b: dict) -> bool:
    a, b = dict(a), dict(b)
    a.pop("exported_at"), b.pop("exported_at")
    return a == b


@pytest.mark.parametrize("damaged", list(DAMAGE), indirect=True)
def test_open_names_the_damage_and_the_newest_good_backup(damaged) -> None:
    data_dir, kept, _ = damaged
    size = (data_dir / DATABASE_NAME).stat().st_size
    with pytest.raises(StoreDamaged) as caught:
        open_store(data_dir)
    assert "damaged" in caught.value.message and kept.name in caught.value.message
    assert caught.value.backup.path == kept
    assert (data_dir / DATABASE_NAME).stat().st_size == size  # nothing written over it


@pytest.mark.parametrize("damaged", list(DAMAGE), indirect=True)
def test_every_command_says_one_line(damaged, capsys, tmp_path: Path) -> None:
    data_dir, kept, _ = damaged
    for argv in (["verify"], ["due"], ["backup", "--out", str(tmp_path / "b.debtcase")]):
        assert cli.main(["--data-dir", str(data_dir), *argv]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "damaged" in err and kept.name in err


@pytest.mark.parametrize("damaged", ["flipped", "0-byte"], indirect=True)
def test_import_replace_works_on_a_damaged_store(damaged, capsys) -> None:
    data_dir, kept, expected = damaged
    archive = data_dir.parent / "case.debtcase"
    damaged_bytes = (data_dir / DATABASE_NAME).read_bytes()
    assert cli.main(["--data-dir", str(data_dir), "import", "--replace", str(archive)]) == 0
    out = capsys.readouterr().out
    aside = [p for p in data_dir.iterdir() if p.name.startswith(DATABASE_NAME + ".damaged-")
             and p.suffix not in (".sqlite3-wal", ".sqlite3-shm") and "-wal" not in p.name
             and "-shm" not in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged_bytes and aside[0].name in out
    store = open_store(data_dir)
    assert _same_case(export_document(store), expected)
    store.close()


@pytest.mark.parametrize("damaged", list(DAMAGE), indirect=True)
def test_restore_damaged_puts_the_backup_in_place(damaged) -> None:
    data_dir, kept, expected = damaged
    aside = restore_damaged(data_dir, kept)
    assert aside.exists() and ".damaged-" in aside.name
    store = open_store(data_dir)
    assert _same_case(export_document(store), expected)
    store.close()


def test_no_backup_says_so_in_chinese(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    data_dir.mkdir()
    (data_dir / DATABASE_NAME).write_bytes(b"this is not a database at all" * 100)
    i18n.set_language("zh")
    try:
        with pytest.raises(StoreDamaged) as caught:
            open_store(data_dir)
    finally:
        i18n.set_language("en")
    assert "已损坏" in caught.value.message and "没有完好的备份" in caught.value.message


def test_a_lone_0_byte_database_is_a_new_store(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    data_dir.mkdir()
    (data_dir / DATABASE_NAME).write_bytes(b"")  # a first open killed before the schema
    open_store(data_dir).close()
    assert (data_dir / DATABASE_NAME).stat().st_size > 0
