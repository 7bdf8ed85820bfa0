"""A consistent snapshot of the store as a .debtcase, safe while the window is open.

SQLite's online backup API copies the database as of one moment into a temporary folder
(even while another connection writes); the archive is then built from that copy and the
evidence files it names, which are never edited in place.
"""
from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from core import i18n
from core.errors import DomainError
from core.paths import DATABASE_NAME
from core.store import Store, open_store


def snapshot_database(source: Path, target: Path) -> None:
    """Copy a live SQLite database with the online backup API."""
    live = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    copy = sqlite3.connect(target)
    try:
        live.backup(copy)
    finally:
        copy.close()
        live.close()


def backup(store: Store, out: Path) -> int:
    """Write the whole case, with its evidence files, to `out` (.debtcase); returns the
    number of evidence files included."""
    from core.casefile import export_case, export_document

    if out.suffix.lower() != ".debtcase":
        raise DomainError(i18n.t("backup_suffix", file=out.name))
    folder = Path(tempfile.mkdtemp(prefix="debtdesk-backup-"))
    try:
        snapshot_database(store.database_path, folder / DATABASE_NAME)
        copy = open_store(folder, evidence_dir=store.evidence_dir)
        try:
            export_case(copy, out)
            kept = {e["sha256"] for e in export_document(copy)["evidence"]}
            return sum((store.evidence_dir / sha).is_file() for sha in kept)
        finally:
            copy.close()
    except sqlite3.Error as error:
        raise DomainError(i18n.t("cannot_read", file=DATABASE_NAME, detail=str(error))) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
