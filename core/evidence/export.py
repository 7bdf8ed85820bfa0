"""Evidence out of the store: chosen files to a folder or a ZIP under their original names
(Chinese kept), and the purge of bytes nothing refers to any more."""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from core import i18n
from core.errors import DomainError
from core.store import models as m
from core.store.blobs import blob_name, blob_path, open_blob
from core.store.database import Store


@dataclass(frozen=True, slots=True)
class Exported:
    written: tuple[str, ...]  # the names given, in the folder or the archive
    missing: tuple[str, ...]  # entries whose bytes are not in the store


def _chosen(store: Store, evidence_ids: Sequence[int]) -> list[tuple[str, str]]:
    """(original name, sha256) of the chosen entries, in the order given."""
    with store.read() as session:
        rows = {e.id: (e.name or e.ref, e.sha256) for e in session.scalars(
            select(m.Evidence).where(m.Evidence.id.in_(list(evidence_ids))))}
    return [rows[i] for i in evidence_ids if i in rows]


def _safe_name(name: str) -> str:
    """A file name with no folder in it and nothing a file system refuses."""
    base = Path(name.replace("\\", "/")).name.strip() or "evidence"
    for bad in '<>:"|?*\x00':
        base = base.replace(bad, "_")
    return base[:180]


def _unique(name: str, taken: set[str]) -> str:
    """`name`, or `stem (2).ext`, `stem (3).ext`… if taken (compared case-insensitively, as
    Windows and macOS do)."""
    stem, suffix = Path(name).stem, Path(name).suffix
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem} ({n}){suffix}"
    taken.add(candidate.casefold())
    return candidate


def export_to_folder(store: Store, evidence_ids: Sequence[int], folder: Path) -> Exported:
    """Copy the files into `folder` under their original names; a name already there gets
    " (2)" and so on — nothing in the folder is ever overwritten."""
    folder.mkdir(parents=True, exist_ok=True)
    taken = {p.name.casefold() for p in folder.iterdir()}
    written, missing = [], []
    for name, sha in _chosen(store, evidence_ids):
        if not blob_path(store, sha).is_file():
            missing.append(name)
            continue
        target = folder / _unique(_safe_name(name), taken)
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".export-")
        try:
            with os.fdopen(fd, "wb") as out, open_blob(store, sha) as src:
                shutil.copyfileobj(src, out, 1024 * 1024)
            os.replace(temp, target)
        except OSError as error:
            Path(temp).unlink(missing_ok=True)
            raise DomainError(i18n.t("cannot_write", file=target.name,
                                     detail=error.strerror or str(error))) from error
        written.append(target.name)
    return Exported(tuple(written), tuple(missing))


def export_to_zip(store: Store, evidence_ids: Sequence[int], archive: Path, *,
                  extra: Sequence[tuple[str, bytes]] = (), folder: str = "",
                  manifest: str | None = None) -> Exported:
    """The files in one ZIP (UTF-8 names, so 收入证明.jpg stays readable), written whole or
    not at all. `extra`: other members (name, bytes) put first; `folder`: where in the
    archive the evidence goes (e.g. "evidence/"); `manifest`: the name of a member listing
    every other member's SHA-256, as `sha256sum` writes it, so a reader can check them."""
    taken = {name.casefold() for name, _ in extra}
    written, missing = [], []
    sums = [(hashlib.sha256(data).hexdigest(), name) for name, data in extra]
    archive.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=archive.parent, prefix=".export-", suffix=".zip")
    os.close(fd)
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as out:
            for name, data in extra:
                out.writestr(name, data)
            for name, sha in _chosen(store, evidence_ids):
                if not blob_path(store, sha).is_file():
                    missing.append(name)
                    continue
                member = folder + _unique(_safe_name(name), taken)
                with open_blob(store, sha) as src, out.open(member, "w", force_zip64=True) as dst:
                    shutil.copyfileobj(src, dst, 1024 * 1024)
                written.append(member)
                sums.append((sha, member))
            if manifest:
                out.writestr(manifest, "".join(f"{sha}  {name}\n" for sha, name in sums))
        os.replace(temp, archive)
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise DomainError(i18n.t("cannot_write", file=archive.name,
                                 detail=error.strerror or str(error))) from error
    return Exported(tuple(written), tuple(missing))


def evidence_ids(store: Store, refs: Sequence[str]) -> list[int]:
    """The row ids of the entries `refs` names, in that order (unknown refs left out)."""
    with store.read() as session:
        ids = {ref: i for ref, i in session.execute(select(m.Evidence.ref, m.Evidence.id)
                                                     .where(m.Evidence.ref.in_(list(refs))))}
    return [ids[ref] for ref in refs if ref in ids]


def unreferenced(store: Store) -> list[Path]:
    """Files in the evidence folder that no entry refers to (left by removed entries) and
    no kept backup names either (restoring it would need them)."""
    from core.case.backup import evidence_in_backups

    folder = store.evidence_dir
    if not folder.is_dir():
        return []
    with store.read() as session:
        wanted = {blob_name(store, sha) for sha in session.scalars(select(m.Evidence.sha256))}
    wanted |= evidence_in_backups(store)
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.startswith(".") and p.name not in wanted)


def purge(store: Store) -> tuple[int, int]:
    """Delete the unreferenced files; returns (files, bytes). Only ever called when the
    person asks: a removed entry's bytes stay until then, so removing stays undoable."""
    count = size = 0
    for path in unreferenced(store):
        size += path.stat().st_size
        if os.name == "posix":
            path.chmod(0o600)
        path.unlink()
        count += 1
    return count, size
