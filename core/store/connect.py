"""The one way DebtDesk opens an SQLite file: the standard library's sqlite3 for a plain
store, SQLCipher (the `sqlcipher3` package, its library bundled) with the raw key for a
sealed one. Everything that touches a database file (the store's engine, backups, the quick
read at start-up, the damage check) comes through here, so none can forget the key.
"""
from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from core.paths import sqlite_uri

if TYPE_CHECKING:
    from core.store.seal import SealKey


def cipher_module() -> ModuleType:
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2  # type: ignore[no-any-return]


def driver(key: SealKey | None) -> ModuleType:
    """The DB-API module for a store: plain sqlite3, or SQLCipher's for a sealed one."""
    return sqlite3 if key is None else cipher_module()


def database_errors() -> tuple[type[Exception], ...]:
    """What a failing database raises, whichever module opened it."""
    module = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error,) if module is None else (sqlite3.Error, module.Error)


def connect(path: Path, key: SealKey | None = None, *, read_only: bool = False,
            timeout: float = 5.0, cipher: bool = False, **options: Any) -> Any:
    """A connection to the database at `path`, keyed when `key` is given (and checked: a
    wrong key fails here, not at the first query). `cipher` opens even a plain file with
    SQLCipher, for `sqlcipher_export`. `read_only` opens it as a read-only URI."""
    module = cipher_module() if key is not None or cipher else sqlite3
    target = sqlite_uri(path, read_only=True) if read_only else str(path)
    connection = module.connect(target, uri=read_only, timeout=timeout, **options)
    try:
        if module is not sqlite3:
            connection.execute("PRAGMA cipher_log_level = NONE")  # errors are raised, not printed
        if key is not None:
            connection.execute(f"PRAGMA key = {key.sqlcipher_key()}")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection


def export_database(source: Path, source_key: SealKey | None, target: Path,
                    target_key: SealKey | None) -> None:
    """Copy the database at `source` into a new file `target`, sealed under `target_key`
    or plain, with SQLCipher's `sqlcipher_export` (schema, rows, and the schema version)."""
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # its owner's only
    connection = connect(source, source_key, cipher=True)
    try:
        new_key = "''" if target_key is None else target_key.sqlcipher_key()
        connection.execute("ATTACH DATABASE ? AS target KEY " + new_key, (str(target),))
        connection.execute("SELECT sqlcipher_export('target')")
        version = connection.execute("PRAGMA main.user_version").fetchone()[0]
        connection.execute(f"PRAGMA target.user_version = {int(version)}")
        connection.execute("DETACH DATABASE target")
    finally:
        connection.close()
