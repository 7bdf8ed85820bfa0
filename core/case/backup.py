"""A consistent snapshot of the store as a .debtcase, safe while the window is open.

SQLite's online backup API copies the database as of one moment into a temporary folder
(even while another connection writes); the archive is then built from that copy and the
evidence files it names, which are never edited in place.
"""
from __future__ import annotations

import contextlib
import errno
import json
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import i18n
from core.case.progress import Cancel, Progress, Ticker
from core.errors import DomainError
from core.paths import DATABASE_NAME
from core.store.blobs import blob_name
from core.store.connect import connect, database_errors
from core.store.damage import (
    AUTOMATIC_PREFIX,
    BACKUP_FOLDER,
    BackupInfo,
    backups_in,
    damage_in,
    move_aside,
)
from core.store.database import Store, open_store
from core.store.oserrors import sqlite_problem, storage_problem
from core.store.workspace import work_folder

if TYPE_CHECKING:
    from core.store.seal import SealKey


# Pages copied a step when progress is reported (4 MB at SQLite's default page size).
PAGES_A_STEP = 1024


def snapshot_database(source: Path, target: Path, key: SealKey | None = None,
                      ticker: Ticker | None = None) -> None:
    """Copy a live SQLite database with the online backup API, into a file only its owner
    can read (it is the whole case); a sealed store's copy is sealed with the same key.
    With a `ticker`, a step at a time: it counts pages and may stop the copy."""
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
    live = connect(source, key, read_only=True, timeout=30)
    copy = connect(target, key)
    try:
        if ticker is None or ticker.idle:
            live.backup(copy)
        else:
            def pages(_status: int, remaining: int, total: int) -> None:
                if ticker.total != total:
                    ticker.start(total)
                ticker.step(total - remaining - ticker.done)

            live.backup(copy, pages=PAGES_A_STEP, progress=pages)
    finally:
        copy.close()
        live.close()


def backup(store: Store, out: Path, *, progress: Progress | None = None,
           cancelled: Cancel | None = None) -> int:
    """Write the whole case, with its evidence files, to `out` (.debtcase); returns the
    number of evidence files included. The database copy and the archive are made in a work
    folder inside the data folder, which is removed however this ends (a cancelled backup
    too: Cancelled, and no file at `out`). Progress as export_case's."""
    from core.case.casefile import export_case

    if out.suffix.lower() != ".debtcase":
        raise DomainError(i18n.t("backup_suffix", file=out.name))
    try:
        with work_folder(store.data_dir) as folder:
            snapshot_database(store.database_path, folder / DATABASE_NAME, store.key)
            copy = open_store(folder, evidence_dir=store.evidence_dir, key=store.key)
            try:
                made = folder / out.name
                # the case read once, not again to count
                count = export_case(copy, made) if progress is None and cancelled is None \
                    else export_case(copy, made, progress=progress, cancelled=cancelled)
            finally:
                copy.close()
            place(made, out)
            return count
    except OSError as error:
        raise storage_problem(error, store.data_dir) from None
    except database_errors() as error:
        raise sqlite_problem(error, store.data_dir) or DomainError(
            i18n.t("cannot_read", file=DATABASE_NAME, detail=str(error))) from None


def place(made: Path, target: Path) -> None:
    """Move a finished file to `target`: a rename, or, onto another disk, a copy beside the
    target renamed over it once whole (removed if anything fails)."""
    from core.case.casefile import write_atomically

    try:
        os.replace(made, target)
        return
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise storage_problem(error, target) from None
    write_atomically(target, made)


# --- automatic snapshots in the data folder ---------------------------------------------------

AUTO_FOLDER = BACKUP_FOLDER
_PREFIX = AUTOMATIC_PREFIX
KEEP_DAILY, KEEP_WEEKLY = 7, 4


def _stamp(when: datetime) -> str:
    return when.strftime("%Y%m%d-%H%M%S")


def snapshot(store: Store, label: str = _PREFIX, now: datetime | None = None, *,
             progress: Progress | None = None, cancelled: Cancel | None = None) -> Path:
    """A consistent copy of the database (SQLite's online backup, safe while the window
    writes) and a manifest of the evidence it names, in the data folder's backups/. The
    evidence files themselves stay where they are: they are never changed in place.
    `progress(done, total)` counts the database's pages; when `cancelled()`, the copy stops
    (Cancelled) and no snapshot is left."""
    from sqlalchemy import func, select

    from core.store import models as m
    when = now or datetime.now()
    ticker = Ticker(progress, cancelled)
    folder = store.data_dir / AUTO_FOLDER
    target = folder / f"{label}{_stamp(when)}.sqlite3"
    temp = folder / f".{target.name}.partial"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        temp.unlink(missing_ok=True)
        snapshot_database(store.database_path, temp, store.key, ticker)
        if os.name == "posix":
            temp.chmod(0o600)
        ticker.finish()  # the last moment a cancel is heeded: nothing is in place yet
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise storage_problem(error, target) from None
    except database_errors() as error:
        temp.unlink(missing_ok=True)
        raise sqlite_problem(error, folder) or DomainError(
            i18n.t("cannot_write", file=target.name, detail=str(error))) from None
    except BaseException:  # cancelled, interrupted: no half copy left behind
        temp.unlink(missing_ok=True)
        raise
    with store.read() as session:
        counts = {name: session.scalar(select(func.count()).select_from(model)) or 0
                  for name, model in (("debts", m.Debt), ("contacts", m.Contact),
                                      ("payments", m.Payment), ("evidence", m.Evidence),
                                      ("plans", m.Plan), ("agreements", m.Agreement))}
        shas = set(session.scalars(select(m.Evidence.sha256)))
    # the evidence files by their stored names (a sealed store's say nothing of their bytes)
    manifest = {"made_at": when.isoformat(timespec="seconds"), "database": target.name,
                "counts": counts, "evidence": sorted(blob_name(store, sha) for sha in shas)}
    from core.case.casefile import write_atomically

    write_atomically(target.with_suffix(".json"),
                     json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
    return target


def keep_before_replace(store: Store, now: datetime | None = None) -> Path | None:
    """Before an import replaces the case: a snapshot of it in backups/ (restorable, and it
    keeps the old evidence files named, so they are neither deleted nor reported). None when
    there is no case to keep."""
    from core.case.casefile import store_is_empty

    with store.read() as session:
        if store_is_empty(session):
            return None
    return snapshot(store, "before-import-", now)


def list_backups(store: Store) -> list[BackupInfo]:
    """The snapshots in backups/, newest first (a snapshot without a readable manifest is
    still listed, by its file's time)."""
    return backups_in(store.data_dir)


def evidence_in_backups(store: Store) -> set[str]:
    """The evidence files (by their stored names) that the kept snapshots name: restoring
    one needs them, so they are never deleted as "removed from the case". Read from each
    snapshot's database, else its manifest."""
    named: set[str] = set()
    for info in list_backups(store):
        try:
            with contextlib.closing(connect(info.path, store.key, read_only=True)) as db:
                named.update(blob_name(store, sha) for (sha,) in db.execute(
                    "SELECT sha256 FROM evidence WHERE sha256 IS NOT NULL"))
            continue
        except database_errors():
            pass
        try:
            manifest = json.loads(info.path.with_suffix(".json").read_text(encoding="utf-8"))
            named.update(str(sha) for sha in manifest.get("evidence", []))
        except (OSError, ValueError, AttributeError, TypeError):
            pass  # neither readable: that snapshot could not be restored anyway
    return named


def auto_backup(store: Store, now: datetime | None = None) -> Path | None:
    """At most one automatic snapshot a day (made on close); then the old ones rotate out:
    the newest of each of the last 7 days and of each of the last 4 weeks are kept."""
    when = now or datetime.now()
    autos = [b for b in list_backups(store) if b.automatic]
    if any(b.made_at.date() == when.date() for b in autos):
        return None
    made = snapshot(store, _PREFIX, when)
    rotate(store)
    return made


def rotate(store: Store) -> list[Path]:
    """Delete automatic snapshots that are neither among the newest of the last 7 days nor
    the newest of the last 4 weeks; returns what was deleted. Manual ones are kept."""
    autos = [b for b in list_backups(store) if b.automatic]  # newest first
    keep: set[Path] = set()
    days: list[Any] = []
    weeks: list[Any] = []
    for backup in autos:
        day, week = backup.made_at.date(), backup.made_at.isocalendar()[:2]
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)
            keep.add(backup.path)
    gone = []
    for backup in autos:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            backup.path.with_suffix(".json").unlink(missing_ok=True)
            gone.append(backup.path)
    return gone


def restore_damaged(data_dir: Path, path: Path, key: SealKey | None = None) -> Path:
    """Put the snapshot `path` in place of a damaged database: the damaged file is moved
    aside (renamed, kept) and the snapshot becomes a fresh store, brought up to date.
    Returns the damaged file's new name."""
    detail = damage_in(path, key)
    if detail is not None:
        raise DomainError(i18n.t("backup_unreadable", file=path.name, detail=detail))
    aside = move_aside(data_dir)
    target = data_dir / DATABASE_NAME
    try:
        snapshot_database(path, target, key)
        if os.name == "posix":
            target.chmod(0o600)
    except (OSError, *database_errors()) as error:  # type: ignore[misc]
        target.unlink(missing_ok=True)
        raise DomainError(i18n.t("cannot_write", file=target, detail=str(error))) from None
    open_store(data_dir, key=key).close()  # migrated now, while nothing else has it open
    return aside


def restore(store: Store, path: Path, now: datetime | None = None) -> Path:
    """Put a snapshot back as the store's database. The current state is first kept as a
    snapshot of its own (returned), so a restore can itself be undone by restoring that."""
    from core.store.database import migrate_engine

    try:
        check = connect(path, store.key, read_only=True)
        try:
            ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            has_schema = check.execute(
                "SELECT 1 FROM sqlite_master WHERE name='alembic_version'").fetchone()
        finally:
            check.close()
    except database_errors() as error:
        raise DomainError(i18n.t("backup_unreadable", file=path.name,
                                 detail=str(error))) from None
    if not ok or not has_schema:
        raise DomainError(i18n.t("backup_unreadable", file=path.name,
                                 detail="integrity_check"))
    before = snapshot(store, "before-restore-", now)
    source = connect(path, store.key, read_only=True)
    target = connect(store.database_path, store.key, timeout=30)
    try:
        source.backup(target)  # page by page under SQLite's lock: all or nothing
    finally:
        target.close()
        source.close()
    store.engine.dispose()  # pooled connections start afresh on the restored file
    migrate_engine(store.engine)  # a snapshot from before an upgrade is brought up to date
    return before
