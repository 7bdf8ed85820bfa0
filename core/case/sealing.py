"""Protect a store with a passphrase, change it, or take it off: the new state is built
beside the old (the database through `sqlcipher_export`, each evidence file and backup
re-written into a new folder) and swapped in by `core.store.switch`, so an interruption at
any moment leaves the store as it was before or as it is after.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Callable
from pathlib import Path

from core import i18n
from core.errors import DomainError
from core.paths import DATABASE_NAME
from core.store.connect import connect, database_errors, export_database
from core.store.damage import BACKUP_FOLDER
from core.store.database import open_store
from core.store.incoming import sync_folder
from core.store.lock import StoreLock
from core.store.seal import SealKey, is_sealed, write_seal
from core.store.sealed_file import SealBroken, is_sealed_file, rewrite
from core.store.switch import SWITCH_NAME, commit_switch
from core.store.workspace import work_folder

_SHA = re.compile(r"[0-9a-f]{64}")


Progress = Callable[[int, int], None]  # (files done, files in all), from the working thread


def protect(data_dir: Path, new_key: SealKey, progress: Progress | None = None) -> Path:
    """Seal a plain store; returns the backup made first. Exit-2 refusals as DomainError."""
    if is_sealed(data_dir):
        raise DomainError(i18n.t("seal_already"))
    return _switch(data_dir, None, new_key, "before-protect-", progress)


def change_passphrase(data_dir: Path, old_key: SealKey, new_key: SealKey,
                      progress: Progress | None = None) -> Path:
    """A new key for the whole store. A recovery sheet made for the old key no longer opens
    it: `new_key` carries a recovery slot of its own, or none."""
    return _switch(data_dir, old_key, new_key, "before-passphrase-", progress)


def unprotect(data_dir: Path, old_key: SealKey, progress: Progress | None = None) -> Path:
    return _switch(data_dir, old_key, None, "before-unprotect-", progress)


def add_recovery(data_dir: Path, key: SealKey, code: str) -> SealKey:
    """Give the sealed store a recovery slot for `code` (core.store.seal.new_recovery_code),
    replacing an earlier one; returns the key that now matches its seal.json. Only seal.json
    changes, by a rename: the data and its encryption stay as they are."""
    from core.store.seal import SEAL_NAME, read_document

    if not is_sealed(data_dir):
        raise DomainError(i18n.t("seal_not_sealed"))
    path = data_dir / SEAL_NAME
    if read_document(path.read_bytes(), path.name).check != key.check:
        raise DomainError(i18n.t("seal_other_key"))
    new = key.with_recovery(code)
    write_seal(data_dir, new)
    return new


def _switch(data_dir: Path, old: SealKey | None, new: SealKey | None, label: str,
            progress: Progress | None) -> Path:
    from core.case.backup import snapshot

    lock = StoreLock.acquire(data_dir)
    if lock is None:
        raise DomainError(i18n.t("seal_window_open"))
    try:
        # migrated, swept, the key checked, and every page: a damaged file is not copied
        store = open_store(data_dir, key=old, wait_for_check=True)
        try:
            kept = snapshot(store, label)
        finally:
            store.close()
        database = data_dir / DATABASE_NAME
        pending = (data_dir / SWITCH_NAME).exists
        with work_folder(data_dir, keep=pending) as folder:
            new_folder = folder / "new"
            new_folder.mkdir(mode=0o700)
            # No other writer from here to the swap: what is built is what was there.
            guard = connect(database, old, timeout=30, cipher=True)  # one SQLite library
            # per file in this process: two would drop each other's POSIX locks
            try:
                guard.execute("BEGIN IMMEDIATE")
                _build(data_dir, new_folder, old, new, progress or (lambda done, total: None))
            finally:
                guard.close()
            commit_switch(data_dir, folder)
        return kept
    finally:
        lock.release()


def _key_of(key: SealKey | None, part: str) -> bytes | None:
    return None if key is None else bytes(getattr(key, part))


def _name(key: SealKey | None, sha: str) -> str:
    return sha if key is None else key.blob_name(sha)


def _build(data_dir: Path, new_folder: Path, old: SealKey | None, new: SealKey | None,
           progress: Progress) -> None:
    database = data_dir / DATABASE_NAME
    shas = _database_shas(database, old)
    backups = sorted((data_dir / BACKUP_FOLDER).glob("*.sqlite3"))
    for path in backups:
        shas |= _database_shas(path, old)
    names = {_name(old, sha): sha for sha in shas}
    evidence = _evidence_files(data_dir / "evidence")
    total, done = len(evidence or ()) + 1 + len(backups), 0

    def step() -> None:
        nonlocal done
        done += 1
        progress(done, total)

    progress(0, total)
    _rewrite_evidence(evidence, new_folder / "evidence", old, new, names, step)
    _export(database, old, new_folder / DATABASE_NAME, new)
    step()
    if (data_dir / BACKUP_FOLDER).is_dir():
        target = new_folder / BACKUP_FOLDER
        target.mkdir(mode=0o700)
        for path in backups:
            _export(path, old, target / path.name, new)
            _manifest(path.with_suffix(".json"), target, lambda n: _name(new, names.get(n, n)))
            step()
    for aside in sorted(data_dir.glob(f"{DATABASE_NAME}.damaged-*")):
        _rewrite_aside(aside, new_folder / aside.name, old, new)
    if new is not None:
        write_seal(new_folder, new)
    _sync_tree(new_folder)


def _database_shas(path: Path, key: SealKey | None) -> set[str]:
    try:
        with contextlib.closing(connect(path, key, read_only=True)) as db:
            return {sha for (sha,) in db.execute(
                "SELECT sha256 FROM evidence WHERE sha256 IS NOT NULL")}
    except database_errors() as error:
        raise DomainError(i18n.t("seal_cannot_read", file=path.name,
                                 detail=str(error))) from None


def _export(source: Path, old: SealKey | None, target: Path, new: SealKey | None) -> None:
    try:
        export_database(source, old, target, new)
    except database_errors() as error:
        raise DomainError(i18n.t("seal_cannot_read", file=source.name,
                                 detail=str(error))) from None


def _evidence_files(folder: Path) -> list[Path] | None:
    """The evidence files to re-write, or None when the store has no evidence folder (a copy
    still on its way in, its name starting with a dot, was never recorded)."""
    if not folder.is_dir():
        return None
    return [path for path in sorted(folder.iterdir())
            if not path.name.startswith(".") and path.is_file()]


def _rewrite_evidence(files: list[Path] | None, target: Path, old: SealKey | None,
                      new: SealKey | None, names: dict[str, str],
                      step: Callable[[], None]) -> None:
    """Each evidence file unsealed (or read), sealed anew (or written plain) under the name
    the new key gives its hash: the hash the database knows it by, else its bytes' own."""
    if files is None:
        return
    target.mkdir(mode=0o700)
    for path in files:
        digest = hashlib.sha256()
        temp = target / ".rewriting"
        try:
            rewrite(path, _key_of(old, "files"), temp, _key_of(new, "files"), digest.update)
        except SealBroken:
            raise DomainError(i18n.t("seal_file_broken", file=path.name)) from None
        sha = names.get(path.name) or (
            path.name if old is None and _SHA.fullmatch(path.name) else digest.hexdigest())
        os.replace(temp, target / _name(new, sha))
        step()


def _rewrite_aside(path: Path, target: Path, old: SealKey | None, new: SealKey | None) -> None:
    """A database moved aside as damaged: kept as a sealed file (or unsealed again); one
    that SQLCipher itself sealed is left as it is, its bytes already unreadable."""
    sealed = is_sealed_file(path)
    source_key = _key_of(old, "files") if sealed else None
    if old is not None and not sealed:
        os.link(path, target)
        return
    try:
        rewrite(path, source_key, target, _key_of(new, "files"))
    except SealBroken:
        raise DomainError(i18n.t("seal_file_broken", file=path.name)) from None


def _manifest(path: Path, target: Path, rename: Callable[[str], str]) -> None:
    """A backup's manifest with its evidence under their new names."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifest["evidence"] = sorted(rename(str(n)) for n in manifest.get("evidence", []))
    except (OSError, ValueError, AttributeError, TypeError):
        return  # unreadable before: the snapshot is still listed by its file's time
    fd = os.open(target / path.name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, ensure_ascii=False, indent=1)


def _sync_tree(folder: Path) -> None:
    """Every file and folder under `folder` on disk before the switch is committed."""
    for root, dirs, files in os.walk(folder):
        for name in files + dirs:
            fd = os.open(Path(root) / name, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    sync_folder(folder)
