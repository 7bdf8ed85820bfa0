"""Switching a store between plain and sealed, or between two passphrases, all or nothing.

The new state is built whole in a private work folder (`new/` inside it) beside the old
one, which stays untouched. Then a marker, `seal-switch.json`, is written (flushed, renamed
into place): that is the moment of the switch. After it, each item of the data folder is
swapped: the old one moved into the work folder's `old/`, the new one renamed into place.
Every step can be repeated, so a switch that a killed process left half-way is finished by
the next open of the store (`finish_switch`, run before anything reads the folder), and a
switch killed before its marker left only a work folder that the next open sweeps away.
Either way the store opens with the old passphrase or the new one, never in between.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

from core import i18n
from core.errors import DomainError
from core.paths import DATABASE_NAME
from core.store import seal_text  # noqa: F401 - the messages said here
from core.store.incoming import _try_lock, sync_folder

SWITCH_NAME = "seal-switch.json"
_LOCK = ".lock"  # the work folder's lock file (core.store.workspace)


def items_of(data_dir: Path) -> list[str]:
    """What a switch replaces, in the order it is swapped: the evidence, the backups, the
    thumbnails (a cache, dropped), databases moved aside as damaged, the database with its
    journal, and last the seal itself."""
    asides = sorted(p.name for p in data_dir.glob(f"{DATABASE_NAME}.damaged-*"))
    return ["evidence", "backups", "thumbnails", *asides, f"{DATABASE_NAME}-wal",
            f"{DATABASE_NAME}-shm", DATABASE_NAME, "seal.json"]


def commit_switch(data_dir: Path, folder: Path) -> None:
    """The moment of the switch: `folder/new` is whole and on disk; say so, then swap."""
    new = folder / "new"
    document = {"folder": folder.name, "items": items_of(data_dir),
                "new": sorted(p.name for p in new.iterdir())}
    temp = data_dir / f".{SWITCH_NAME}.partial"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(document, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, data_dir / SWITCH_NAME)
    sync_folder(data_dir)
    _complete(data_dir, document)


def _complete(data_dir: Path, document: Mapping[str, object]) -> None:
    folder = data_dir / str(document["folder"])
    new, old = folder / "new", folder / "old"
    old.mkdir(mode=0o700, exist_ok=True)
    staged = set(document["new"])  # type: ignore[call-overload]
    for name in document["items"]:  # type: ignore[attr-defined]
        live, fresh, kept = data_dir / name, new / name, old / name
        if name in staged and not fresh.exists():
            continue  # swapped in already
        if live.exists() or live.is_symlink():
            if kept.exists():  # pragma: no cover - only if the folder was tampered with
                if kept.is_dir():
                    shutil.rmtree(kept)
                else:
                    kept.unlink()
            os.replace(live, kept)
        if fresh.exists():
            os.replace(fresh, live)
    sync_folder(data_dir)
    (data_dir / SWITCH_NAME).unlink(missing_ok=True)
    sync_folder(data_dir)
    shutil.rmtree(old, ignore_errors=True)  # the old state's bytes: plain ones among them


def finish_switch(data_dir: Path) -> None:
    """Finish a switch that a killed process committed; refuse while a living one works."""
    marker = data_dir / SWITCH_NAME
    if not marker.exists():
        return
    try:
        document = json.loads(marker.read_text(encoding="utf-8"))
        folder = data_dir / str(document["folder"])
        if folder.parent != data_dir or not folder.name.startswith(".work-"):
            raise ValueError("not a work folder")
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DomainError(i18n.t("seal_damaged", file=SWITCH_NAME,
                                 detail=type(error).__name__)) from None
    try:
        fd = os.open(folder / _LOCK, os.O_RDONLY)
    except FileNotFoundError:
        fd = None  # its maker is gone, and so is the lock file: nothing holds it
    try:
        if fd is not None and not _try_lock(fd):
            raise DomainError(i18n.t("seal_switching"))
        _complete(data_dir, document)
    finally:
        if fd is not None:
            os.close(fd)
    shutil.rmtree(folder, ignore_errors=True)
