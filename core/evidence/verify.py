"""Checking the kept evidence: the database's own check, then every file re-hashed against
its entry, and files in the store that nothing refers to. Nothing here writes."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, text

from core import i18n
from core.store import models as m
from core.store.blobs import blob_name, blob_path, stored_sha256
from core.store.database import Store
from core.store.sealed_file import SealBroken


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str  # "database", "missing", "changed", "unreferenced"
    subject: str  # the evidence ref, or a file name in the store
    detail: str = ""

    def message(self) -> str:
        return i18n.t(f"verify_{self.kind}", subject=self.subject, detail=self.detail)


def verify(store: Store, progress: Callable[[int, int], None] | None = None) -> list[Problem]:
    """The database's own check, then every evidence file re-hashed: missing, changed, and
    files in the store that nothing refers to.

    `progress(done, total)` is called before each file and once at the end; a caller that
    wants to stop raises from it (nothing here is written, so stopping anywhere is safe)."""
    problems: list[Problem] = []
    with store.engine.connect() as connection:
        for (line,) in connection.execute(text("PRAGMA integrity_check")):
            if line != "ok":
                problems.append(Problem("database", "integrity_check", line))
        for row in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(Problem("database", "foreign_key_check", str(tuple(row))))
    with store.read() as session:
        entries = list(session.execute(select(m.Evidence.ref, m.Evidence.sha256)
                                       .order_by(m.Evidence.id)))
    referenced = set()
    for done, (ref, sha) in enumerate(entries):
        if progress is not None:
            progress(done, len(entries))
        referenced.add(blob_name(store, sha))
        if not blob_path(store, sha).is_file():
            problems.append(Problem("missing", ref))
        elif _stored_sha256(store, sha) != sha:
            problems.append(Problem("changed", ref))
    if progress is not None:
        progress(len(entries), len(entries))
    if store.evidence_dir.is_dir():
        from core.case.backup import evidence_in_backups  # their stored names

        referenced |= evidence_in_backups(store)  # a kept backup needs them to be restored
        for path in sorted(store.evidence_dir.iterdir()):
            if path.name not in referenced:
                problems.append(Problem("unreferenced", path.name))
    return problems


def _stored_sha256(store: Store, sha: str) -> str | None:
    """The hash of what is stored, or None when a sealed file fails its checks."""
    try:
        return stored_sha256(store, sha)
    except SealBroken:
        return None


