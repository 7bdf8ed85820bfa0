"""Damage deep in the pages is found beside the opening, not before it: the store opens and
reads its sound parts at once, and the first write waits for the check, raises StoreDamaged
naming the newest good backup, and leaves the file as it was."""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from core import cli
from core.case.backup import snapshot
from core.debts.debts import list_debts
from core.paths import DATABASE_NAME
from core.store.connect import connect
from core.store.damage import StoreDamaged
from core.store.database import open_store
from tests.sealing import fast_kdf  # noqa: F401 - a fixture

PAGE = 4096


def damage_table(data_dir: Path, table: str = "payment", key: object = None) -> bytes:
    """Spoil the first page of `table` in the closed store's database (the schema and the
    debts stay readable) and return the file's bytes as they now are."""
    path = data_dir / DATABASE_NAME
    db = connect(path, key)  # type: ignore[arg-type]
    try:
        (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                             (table,)).fetchone()
    finally:
        db.close()
    data = bytearray(path.read_bytes())
    at = (root - 1) * PAGE
    data[at:at + 64] = bytes(b ^ 0xFF for b in data[at:at + 64])
    path.write_bytes(bytes(data))
    return bytes(data)


def write(store) -> None:
    """A write through the store, as every use case makes one."""
    with store.write() as session:
        session.execute(text("UPDATE case_info SET currency = 'USD'"))


@pytest.fixture
def deep_damage(zh_store) -> tuple[Path, Path, bytes]:
    """The zh case with one good snapshot, then one of its tables' pages spoiled: the data
    folder, the snapshot, the damaged file's bytes."""
    kept = snapshot(zh_store, "manual-")
    zh_store.close()
    return zh_store.data_dir, kept, damage_table(zh_store.data_dir)


def test_the_store_opens_and_reads_while_its_pages_are_checked(deep_damage) -> None:
    data_dir, kept, damaged = deep_damage
    store = open_store(data_dir)  # no StoreDamaged here: the schema and header are sound
    try:
        assert len(list_debts(store)) == 3
        with pytest.raises(StoreDamaged) as caught:
            write(store)
        assert kept.name in caught.value.message and caught.value.backup.path == kept
        with pytest.raises(StoreDamaged):  # and every write after it
            write(store)
    finally:
        store.close()
    assert (data_dir / DATABASE_NAME).read_bytes() == damaged


def test_the_window_hears_of_the_damage_without_waiting(deep_damage) -> None:
    data_dir, kept, _ = deep_damage
    heard: list[object] = []
    done = threading.Event()
    store = open_store(data_dir)
    try:
        assert store.damage is not None
        store.damage.when_done(lambda found: (heard.append(found), done.set()))
        assert not store.damage.done  # begun by whoever opened the store, once its data shows
        store.damage.begin()
        assert done.wait(30)
    finally:
        store.close()
    assert isinstance(heard[0], StoreDamaged) and heard[0].backup.path == kept


def test_a_sound_store_is_checked_and_written(zh_store) -> None:
    data_dir = zh_store.data_dir
    zh_store.close()
    store = open_store(data_dir)
    try:
        write(store)  # the write waited for the check, which found nothing
        heard: list[object] = []
        store.damage.when_done(heard.append)
        assert heard == [None] and store.damage.done
    finally:
        store.close()


def test_closing_stops_the_check_and_it_tells_no_one(deep_damage) -> None:
    data_dir, _, _ = deep_damage
    heard: list[object] = []
    store = open_store(data_dir)
    store.damage.when_done(heard.append)
    store.damage.begin()
    store.close()  # whether it had finished or not, the check lets go of the file here
    assert store.damage.done
    assert heard == [] or isinstance(heard[0], StoreDamaged)  # told before the close, or never
    never = open_store(data_dir)
    never.damage.when_done(heard.append)
    never.close()  # never begun: nothing is read, and no one is told
    assert never.damage.done and len(heard) <= 1


def test_waiting_for_the_check_raises_at_open(deep_damage) -> None:
    data_dir, kept, damaged = deep_damage
    with pytest.raises(StoreDamaged) as caught:
        open_store(data_dir, wait_for_check=True)
    assert kept.name in caught.value.message
    assert (data_dir / DATABASE_NAME).read_bytes() == damaged


def test_a_leftover_journal_is_not_put_into_a_damaged_file(zh_store, tmp_path: Path) -> None:
    """Closing a store puts what its WAL file holds into the database: with such a file
    beside a damaged database, the check comes before the opening."""
    data_dir = zh_store.data_dir
    zh_store.close()
    damage_table(data_dir)
    crashed = tmp_path / "crashed"
    db = connect(data_dir / DATABASE_NAME)
    try:
        db.execute("PRAGMA wal_autocheckpoint = 0")
        db.execute("UPDATE case_info SET currency = 'USD'")
        db.commit()
        shutil.copytree(data_dir, crashed)  # as a killed process leaves it
    finally:
        db.close()
    assert (crashed / (DATABASE_NAME + "-wal")).stat().st_size > 0
    damaged = (crashed / DATABASE_NAME).read_bytes()
    with pytest.raises(StoreDamaged):
        open_store(crashed)
    assert (crashed / DATABASE_NAME).read_bytes() == damaged


def test_every_command_says_so_in_one_line(deep_damage, capsys) -> None:
    data_dir, kept, damaged = deep_damage
    for argv in (["due"], ["verify"], ["export", str(data_dir.parent / "c.json")]):
        assert cli.main(["--data-dir", str(data_dir), *argv]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "damaged" in err and kept.name in err
    assert (data_dir / DATABASE_NAME).read_bytes() == damaged


@pytest.mark.usefixtures("fast_kdf")
def test_a_damaged_store_is_not_sealed(deep_damage, capsys, monkeypatch, tmp_path) -> None:
    """Sealing rebuilds the database from the old one: never from a damaged one."""
    data_dir, kept, damaged = deep_damage
    (tmp_path / "new").write_text("a new passphrase", encoding="utf-8")
    monkeypatch.setenv("DEBTDESK_NEW_PASSPHRASE_FILE", str(tmp_path / "new"))
    assert cli.main(["--data-dir", str(data_dir), "protect"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err and kept.name in err
    assert (data_dir / DATABASE_NAME).read_bytes() == damaged


@pytest.mark.usefixtures("fast_kdf")
def test_a_sealed_store_is_checked_the_same_way(zh_store) -> None:
    from core.case.sealing import protect
    from core.store.seal import derive, new_params

    data_dir = zh_store.data_dir
    zh_store.close()
    key = derive("pass", new_params())
    protect(data_dir, key)
    store = open_store(data_dir, key=key)
    snapshot(store, "manual-")
    store.close()
    damaged = damage_table(data_dir, key=key)
    store = open_store(data_dir, key=key)
    try:
        assert len(list_debts(store)) == 3
        with pytest.raises(StoreDamaged) as caught:
            write(store)
        assert caught.value.backup is not None
    finally:
        store.close()
    assert (data_dir / DATABASE_NAME).read_bytes() == damaged
