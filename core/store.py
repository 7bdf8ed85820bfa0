"""Open a store: the data folder, SQLite in WAL mode with foreign keys, migrations applied.

Writes go through `Store.write()`, one transaction each: it commits on success and rolls
back on any exception, so a failed use case leaves nothing behind.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from core import i18n, incoming
from core.errors import DomainError
from core.migrations import HEAD_REVISION, KNOWN_REVISIONS
from core.paths import DATABASE_NAME

BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_private_dir(path: Path) -> None:
    """Create the data folder readable by its owner only (it holds ID scans, incomes…)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.chmod(0o700)


class Store:
    """One person's data folder: the database and, beside it, the evidence files."""

    def __init__(self, data_dir: Path, engine: Engine, evidence_dir: Path | None = None) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self._evidence_dir = evidence_dir
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def evidence_dir(self) -> Path:
        return self._evidence_dir or self.data_dir / "evidence"

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside commits together or not at all."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise DomainError(i18n.t("store_locked")) from error
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent read: one snapshot for everything inside."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_store(data_dir: Path, evidence_dir: Path | None = None) -> Store:
    """Open (creating if need be) the store in `data_dir`, migrated to the current schema.
    `evidence_dir` lets a database copy (a backup's snapshot) read the live evidence files."""
    make_private_dir(data_dir)
    db_path = data_dir / DATABASE_NAME
    new = not db_path.exists()
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", _on_connect)
    if new and os.name == "posix":
        db_path.touch(mode=0o600)
        db_path.chmod(0o600)
    _migrate(engine)
    if evidence_dir is None:
        incoming.sweep(data_dir / "evidence")  # what a crash left half-copied
    return Store(data_dir, engine, evidence_dir)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        exists = connection.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        )).first()
        if not exists:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _migrate(engine: Engine) -> None:
    """Bring the schema to the head revision; Alembic is only loaded when there is work."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DomainError(i18n.t("store_newer", revision=revision))
    from core.migrations.runner import upgrade

    upgrade(engine)
