"""Open a store: the data folder, SQLite in WAL mode with foreign keys, migrations applied.

Writes go through `Store.write()`, one transaction each: it commits on success and rolls
back on any exception, so a failed use case leaves nothing behind.
"""
from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from core import i18n
from core.errors import DomainError
from core.paths import DATABASE_NAME, make_private_dir
from core.store import incoming
from core.store.connect import connect, database_errors, driver
from core.store.damage import StoreDamaged, check_database
from core.store.damage_check import DamageCheck
from core.store.migrations import HEAD_REVISION, KNOWN_REVISIONS
from core.store.oserrors import sqlite_problem, storage_problem
from core.store.workspace import sweep_work

if TYPE_CHECKING:
    from core.store.seal import SealKey

BUSY_TIMEOUT_MS = 5000
MIGRATION_LOCK = "debtdesk.migrate.lock"


def _on_connect(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


class Store:
    """One person's data folder: the database and, beside it, the evidence files."""

    def __init__(self, data_dir: Path, engine: Engine, evidence_dir: Path | None = None,
                 read_only: bool = False, key: SealKey | None = None,
                 damage: DamageCheck | None = None) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.read_only = read_only
        self.key = key  # None for a plain store
        self.damage = damage  # the check of every page, still running or done (None: new)
        self._evidence_dir = evidence_dir
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._watch: Any = None
        self._watch_lock = threading.Lock()
        self._seen_version: int | None = None

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def evidence_dir(self) -> Path:
        return self._evidence_dir or self.data_dir / "evidence"

    def check_writable(self) -> None:
        """Refuse, with the reason, before a use case does anything it cannot finish: a
        read-only store, or a damaged one (the first write waits for the check of its pages,
        so nothing is ever written into a damaged file)."""
        if self.read_only:
            raise DomainError(i18n.t("store_read_only"))
        if self.damage is not None:
            self.damage.confirm()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside commits together or not at all."""
        self.check_writable()
        session = self._sessions()
        try:
            with session.begin():
                # The write lock is taken now, not at the first INSERT: what the transaction
                # reads (the next free ref, say) cannot change under it before it writes. A
                # second writer waits here (busy timeout), then reads what the first wrote.
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                yield session
        except OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise DomainError(i18n.t("store_locked")) from error
            raise sqlite_problem(error, self.data_dir) or error from None
        finally:
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent read: one snapshot for everything inside."""
        session = self._sessions()
        try:
            with session.begin():
                # The driver opens a transaction only before a write, so without this each
                # SELECT would see the database as it is at that moment.
                session.connection().exec_driver_sql("BEGIN")
                yield session
        finally:
            session.close()

    def changed_since_last_look(self) -> bool:
        """Whether the database has changed since the previous call (the first call only
        looks). Any connection's commit counts, this process's own included: the window uses
        it to pick up what the command line wrote while it was in the background."""
        with self._watch_lock:
            if self._watch is None:
                self._watch = connect(self.database_path, self.key, check_same_thread=False,
                                      timeout=BUSY_TIMEOUT_MS / 1000)
            version = self._watch.execute("PRAGMA data_version").fetchone()[0]
            changed = self._seen_version is not None and version != self._seen_version
            self._seen_version = version
            return changed

    def close(self) -> None:
        if self.damage is not None:
            self.damage.stop()
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
        self.engine.dispose()


def open_store(data_dir: Path, evidence_dir: Path | None = None, *,
               read_only: bool = False, key: SealKey | None = None,
               wait_for_check: bool = False) -> Store:
    """Open (creating if need be) the store in `data_dir`, migrated to the current schema.
    `evidence_dir` lets a database copy (a backup's snapshot) read the live evidence files.
    `read_only` is for a window beside another that holds the store: every write is refused,
    and a store that would need migrating is refused whole (migrating is writing). A folder
    that cannot be written (read-only, full) is refused in one sentence that says so.
    A sealed store needs its `key` (from `core.store.seal.unlock`); a plain one takes none.
    Damage that shows at once (not SQLite, 0 bytes, an unreadable schema) raises StoreDamaged
    here; every page is checked by `Store.damage`, begun by the caller once its data shows
    (`store.damage.begin()`) or else by the first write, which waits for it.
    `wait_for_check` waits here instead, for a caller that must say at once whether the data
    is damaged (the command line)."""
    try:
        return _open_store(data_dir, evidence_dir, read_only, key, wait_for_check)
    except OSError as error:
        raise storage_problem(error, data_dir) from None
    except (OperationalError, *database_errors()) as error:  # type: ignore[misc]
        problem = sqlite_problem(error, data_dir)
        if problem is None:
            raise
        raise problem from None


def _open_store(data_dir: Path, evidence_dir: Path | None, read_only: bool,
                key: SealKey | None, wait_for_check: bool) -> Store:
    make_private_dir(data_dir)
    if evidence_dir is None:
        _check_key(data_dir, key)
    db_path = data_dir / DATABASE_NAME
    new = not db_path.exists()
    if read_only and new:
        raise DomainError(i18n.t("store_read_only_old"))
    if new:
        return _opened(data_dir, evidence_dir, read_only, key, None)
    check_database(data_dir, key, pages=False)  # else it fails later as raw SQL errors
    damage = DamageCheck(data_dir, key)
    try:
        if wait_for_check or _opening_writes(db_path, key):
            damage.confirm()
        return _opened(data_dir, evidence_dir, read_only, key, damage)
    except BaseException:
        damage.stop()
        raise


def _opening_writes(db_path: Path, key: SealKey | None) -> bool:
    """Whether merely opening the file would write to it, so the check must come first: a
    WAL file left with changes in it (closing puts them into the database), or a database
    not yet in WAL mode (the first connection switches it, in its header)."""
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return True
    if key is None:
        with db_path.open("rb") as file:
            file.seek(18)  # the file format's read and write versions: 2 and 2 in WAL mode
            return file.read(2) != b"\x02\x02"
    with contextlib.closing(connect(db_path, key, read_only=True)) as db:
        return bool(db.execute("PRAGMA journal_mode").fetchone()[0] != "wal")


def _opened(data_dir: Path, evidence_dir: Path | None, read_only: bool, key: SealKey | None,
            damage: DamageCheck | None) -> Store:
    db_path = data_dir / DATABASE_NAME
    new = damage is None
    # URL.create, not "sqlite:///…": a `?` or `%` in the folder's name is not read as a query
    # or an escape, which put the database outside the data folder or stopped every command.
    # Connections come from the one function that knows the key; `module` lets SQLAlchemy
    # recognise the errors of the driver it hands out.
    engine = create_engine(URL.create("sqlite", database=str(db_path)), module=driver(key),
                           creator=lambda: connect(db_path, key, check_same_thread=False))
    event.listen(engine, "connect", _on_connect)
    if new and os.name == "posix":
        db_path.touch(mode=0o600)
        db_path.chmod(0o600)
    if read_only:
        if current_revision(engine) != HEAD_REVISION:
            engine.dispose()
            raise DomainError(i18n.t("store_read_only_old"))
        return Store(data_dir, engine, evidence_dir, read_only=True, key=key, damage=damage)
    if damage is not None and current_revision(engine) != HEAD_REVISION:
        try:
            damage.confirm()  # migrating is writing
        except StoreDamaged:
            engine.dispose()
            raise
    _migrate(engine)
    if evidence_dir is None:
        incoming.sweep(data_dir / "evidence")  # what a crash left half-copied
        sweep_work(data_dir)  # a killed backup's copy of the database
    return Store(data_dir, engine, evidence_dir, key=key, damage=damage)


def _check_key(data_dir: Path, key: SealKey | None) -> None:
    """A sealed store opens with its key only, a plain one with none: said, not a raw
    SQL error (a switch that a killed process left half-way is finished first)."""
    from core.store.seal import SEAL_NAME, NeedsPassphrase, is_sealed, read_document

    if not is_sealed(data_dir):
        if key is not None:
            raise DomainError(i18n.t("seal_not_sealed"))
        return
    if key is None:
        raise NeedsPassphrase(i18n.t("seal_no_passphrase"))
    path = data_dir / SEAL_NAME
    if read_document(path.read_bytes(), path.name).check != key.check:
        raise DomainError(i18n.t("seal_other_key"))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        exists = connection.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        )).first()
        if not exists:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate_engine(engine: Engine) -> None:
    """Bring an open store's schema to the head revision (after a restore, say)."""
    _migrate(engine)


def _migrate(engine: Engine) -> None:
    """Bring the schema to the head revision; Alembic is only loaded when there is work.
    Processes opening a new or older store at once take turns (an OS lock on a file beside
    the database): the first migrates, the others then find the schema current."""
    if current_revision(engine) == HEAD_REVISION:
        return
    from core.store.lock import waiting_lock

    database = engine.url.database
    assert database is not None
    with waiting_lock(Path(database).parent / MIGRATION_LOCK):
        revision = current_revision(engine)  # again: another process may have just migrated
        if revision == HEAD_REVISION:
            return
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DomainError(i18n.t("store_newer", revision=revision))
        from core.store.migrations.runner import upgrade

        upgrade(engine)
