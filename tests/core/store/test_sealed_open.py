"""A sealed store's database: opened through the one keyed function, migrated by Alembic,
backed up and restored sealed, and refused with a plain sentence without its key."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.errors import DomainError
from core.store.connect import export_database
from core.store.damage import SQLITE_HEADER
from core.store.database import current_revision, open_store
from core.store.migrations import HEAD_REVISION
from core.store.seal import NeedsPassphrase, derive, new_params, write_seal
from tests.conftest import ROOT
from tests.core.store.test_migrations import REVISIONS, _store_at
from tests.sealing import fast_kdf  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("fast_kdf")


def test_only_one_module_opens_sqlite_files() -> None:
    opened = re.compile(r"\bsqlite3\.connect\(|\bimport sqlcipher3|\bsqlcipher3\.")
    found = [path.relative_to(ROOT).as_posix()
             for folder in ("core", "gui") for path in sorted((ROOT / folder).rglob("*.py"))
             if opened.search(path.read_text(encoding="utf-8"))
             and path.name != "paths.py"]  # its docstring names the call it serves
    assert found == ["core/store/connect.py"]


def test_a_sealed_store_from_the_first_revision_is_migrated(tmp_path: Path) -> None:
    plain, sealed = tmp_path / "plain", tmp_path / "sealed"
    _store_at(REVISIONS[0], plain)
    key = derive("pass", new_params())
    sealed.mkdir()
    export_database(plain / "debtdesk.sqlite3", None, sealed / "debtdesk.sqlite3", key)
    write_seal(sealed, key)
    assert (sealed / "debtdesk.sqlite3").read_bytes()[:16] != SQLITE_HEADER
    store = open_store(sealed, key=key)
    try:
        assert current_revision(store.engine) == HEAD_REVISION
        assert store.changed_since_last_look() is False
    finally:
        store.close()
    with pytest.raises(NeedsPassphrase):
        open_store(sealed)
    with pytest.raises(DomainError, match="does not belong"):
        open_store(sealed, key=derive("pass", new_params()))  # another salt: another key
    with pytest.raises(DomainError, match="not sealed"):
        open_store(plain, key=key)


def test_sealed_snapshots_restore_and_are_checked_with_the_key(zh_store, tmp_path) -> None:
    from core.case import sealing
    from core.case.backup import list_backups, restore, restore_damaged, snapshot
    from core.store.damage import damage_in, newest_good_backup

    data_dir = zh_store.data_dir
    zh_store.close()
    key = derive("pass", new_params())
    sealing.protect(data_dir, key)
    store = open_store(data_dir, key=key)
    made = snapshot(store, "manual-")
    assert made.read_bytes()[:16] != SQLITE_HEADER
    assert damage_in(made, key) is None and damage_in(made) is not None
    assert {b.path for b in list_backups(store)} >= {made}
    before = restore(store, made)
    assert before.exists()
    store.close()
    (data_dir / "debtdesk.sqlite3").write_bytes(b"\x00" * 4096)  # damaged
    assert newest_good_backup(data_dir) is None  # without the key, nothing reads as good
    good = newest_good_backup(data_dir, key)
    assert good is not None
    restore_damaged(data_dir, good.path, key)
    open_store(data_dir, key=key).close()
