"""A damaged database is found when the store opens (what can be seen at once: the header, the
key, the schema) or just after (every page, checked beside the work: core.store.damage_check),
said in one plain sentence that names the newest good backup, and moved aside (renamed,
never deleted) so a backup or a case file can be put in its place.

Damage is: a database file of 0 bytes beside evidence files or backups (alone, it is a first
open that stopped before the schema was written), a file that is not SQLite at all, or one
whose pages fail SQLite's `PRAGMA quick_check`.
"""
from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import i18n
from core.errors import DomainError
from core.paths import DATABASE_NAME
from core.store.connect import connect, database_errors

if TYPE_CHECKING:
    from core.store.seal import SealKey

SQLITE_HEADER = b"SQLite format 3\x00"
# What SQLite says when the file is sound but cannot be opened here: another process holds
# it, or the disk or folder is read-only (a WAL database needs to write its -shm beside it).
_NOT_DAMAGE = ("locked", "busy", "unable to open", "readonly", "read-only")
BACKUP_FOLDER = "backups"
AUTOMATIC_PREFIX = "auto-"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    made_at: datetime
    counts: dict[str, int]
    automatic: bool


def backups_in(data_dir: Path) -> list[BackupInfo]:
    """The snapshots in the data folder's backups/, newest first (a snapshot without a
    readable manifest is still listed, by its file's time)."""
    folder = data_dir / BACKUP_FOLDER
    found = []
    for path in folder.glob("*.sqlite3") if folder.is_dir() else []:
        counts: dict[str, int] = {}
        made = datetime.fromtimestamp(path.stat().st_mtime)
        try:
            manifest = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            counts = {k: int(v) for k, v in manifest.get("counts", {}).items()}
            made = datetime.fromisoformat(manifest["made_at"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
        found.append(BackupInfo(path, made, counts, path.name.startswith(AUTOMATIC_PREFIX)))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def damage_in(path: Path, key: SealKey | None = None, *, pages: bool = True) -> str | None:
    """What is wrong with the SQLite file at `path` (a short technical note for the log and
    the message), or None when it is sound. A busy or locked file is not damaged. A sealed
    file (`key` given) has no plain header: its first page failing to decrypt is damage.
    `pages=False` looks only where the cost does not grow with the data (the header, the key,
    the schema); every page is SQLite's `quick_check`, which `core.store.damage_check` runs
    beside the opening."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except OSError as error:
        return error.strerror or type(error).__name__
    if not head:
        return "0 bytes"
    if key is None and head != SQLITE_HEADER:
        return "not an SQLite file"

    def look() -> str | None:
        with contextlib.closing(connect(path, key, read_only=True)) as db:
            return inspect(db, pages)

    return judged(look)


def inspect(db: Any, pages: bool) -> str | None:
    """The damage an open connection `db` finds: its pages (`quick_check`) or its schema."""
    if not pages:
        db.execute("SELECT count(*), sum(length(sql)) FROM sqlite_master").fetchone()
        return None
    db.text_factory = bytes  # a damaged page's report may quote bytes that are not UTF-8
    rows = [r[0].decode("utf-8", "replace") for r in db.execute("PRAGMA quick_check")]
    return None if rows == ["ok"] else "quick_check: " + "; ".join(rows[:3])


def judged(look: Callable[[], str | None]) -> str | None:
    """What `look` found, with what SQLite raised read as damage, or not (another process
    holds the file, the folder is read-only: opening it is the problem, the open says what)."""
    try:
        return look()
    except UnicodeDecodeError:  # SQLite's own error text quoted them
        return "quick_check: the report itself is garbled"
    except database_errors() as error:
        if any(word in str(error) for word in _NOT_DAMAGE):
            return None
        return str(error)


def newest_good_backup(data_dir: Path, key: SealKey | None = None) -> BackupInfo | None:
    return next((b for b in backups_in(data_dir) if damage_in(b.path, key) is None), None)


class StoreDamaged(DomainError):
    """The data folder's database is damaged; `backup` is the newest sound snapshot."""

    def __init__(self, data_dir: Path, detail: str, key: SealKey | None = None) -> None:
        self.data_dir, self.detail, self.key = data_dir, detail, key
        self.backup = newest_good_backup(data_dir, key)
        file = data_dir / DATABASE_NAME
        if self.backup is None:
            problem = i18n.t("store_damaged_no_backup", file=file)
        else:
            problem = i18n.t("store_damaged", file=file, backup=self.backup.path.name,
                             made=self.backup.made_at.strftime("%Y-%m-%d %H:%M"))
        super().__init__(problem)


def check_database(data_dir: Path, key: SealKey | None = None, *, pages: bool = True) -> None:
    """Raise StoreDamaged if the data folder's existing database is damaged (`pages=False`:
    as far as a look whose cost does not grow with the data can tell). No database: nothing
    damaged."""
    if not (data_dir / DATABASE_NAME).exists():
        return
    detail = damage_in(data_dir / DATABASE_NAME, key, pages=pages)
    if detail == "0 bytes" and not _anything_to_lose(data_dir):
        return  # a first open stopped before the schema was written: still a new store
    if detail is not None:
        raise StoreDamaged(data_dir, detail, key)


def _anything_to_lose(data_dir: Path) -> bool:
    """Whether the folder holds evidence files or backups that a database once named."""
    evidence = data_dir / "evidence"
    return bool(backups_in(data_dir)) or (evidence.is_dir() and any(
        p.is_file() for p in evidence.iterdir()))


def move_aside(data_dir: Path, now: datetime | None = None) -> Path:
    """Rename the database (and its -wal/-shm companions) with a timestamp, so a fresh store
    can be made; the damaged bytes are kept for whoever can rescue them. Returns the new
    name of the database."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = data_dir / f"{DATABASE_NAME}.damaged-{stamp}"
    for suffix in ("-wal", "-shm", ""):
        source = data_dir / (DATABASE_NAME + suffix)
        if source.exists():
            os.replace(source, aside.with_name(aside.name + suffix))
    return aside
