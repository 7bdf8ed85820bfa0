"""The evidence store: documents copied into the data folder, named by their SHA-256, written
once and never edited in place; their metadata in the database.

A file is streamed once: hashed and copied to a temporary file beside the store together
(constant memory, any size), checked, then renamed into place and only then recorded, so a
crash at any moment leaves at worst an unreferenced file that `verify` reports.
"""
from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from core import file_types as types
from core import i18n
from core.casefile_spec import EVIDENCE_CATEGORIES
from core.changes import Change
from core.errors import DomainError
from core.schema import shorten
from core.store import incoming
from core.store import models as m
from core.store.blobs import blob_path, blob_writer, file_key
from core.store.database import Store
from core.store.oserrors import StorageProblem, storage_problem
from core.store.records import debt_ids, new_refs, next_ref
from core.store.sealed_file import open_plain
from core.store.views import Row

DEFAULT_LIMIT = types.DEFAULT_LIMIT  # the evidence size limit unless set otherwise
CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Added:
    """What became of one file."""

    name: str
    ref: str
    sha256: str
    mime: str
    status: str  # "stored", "duplicate" (bytes and entry existed), "attached" (entry had none)
    real_suffix: str | None = None  # set when the name's suffix lied about the content


def _refuse(path: Path, key: str, **params: object) -> DomainError:
    return DomainError(i18n.t(key, file=path.name, **params))


def _open_regular(path: Path) -> tuple[int, int]:
    """A file descriptor and size for a readable regular file, or the refusal that says why."""
    try:
        info = os.stat(path)  # follows links: a broken or looping one fails here
    except FileNotFoundError:
        if os.path.islink(path):
            raise _refuse(path, "ev_broken_link") from None
        raise _refuse(path, "ev_missing") from None
    except OSError as error:
        if error.errno == 40:  # ELOOP
            raise _refuse(path, "ev_link_loop") from None
        raise _refuse(path, "ev_unreadable", detail=error.strerror or "") from None
    if not stat.S_ISREG(info.st_mode):
        kind = "ev_folder" if stat.S_ISDIR(info.st_mode) else "ev_not_regular"
        raise _refuse(path, kind)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise _refuse(path, "ev_unreadable", detail=error.strerror or "") from None
    return fd, info.st_size


def _copy_and_hash(fd: int, path: Path, store: Store, limit: int,
                   progress: Callable[[int], None] | None,
                   cancelled: Callable[[], bool] | None, durable: bool = True,
                   ) -> tuple[incoming.Incoming, str, int, bytes, bool]:
    """Stream the file into a temporary file in the evidence folder (sealed as it goes in a
    sealed store), synced when `durable`: (temp, sha256, size, head, is_text)."""
    folder = store.evidence_dir
    digest = hashlib.sha256()
    text_check = types.TextCheck()
    head, size = b"", 0
    try:
        temp = incoming.Incoming(folder)
    except OSError as error:
        os.close(fd)
        raise storage_problem(error, folder) from None
    writing = False  # an error while writing is the store's folder's, not the file's
    try:
        with temp.writer() as file, blob_writer(store, file) as out, \
                os.fdopen(fd, "rb", closefd=True) as src:
            while True:
                if cancelled is not None and cancelled():
                    raise DomainError(i18n.t("ev_cancelled", file=path.name))
                writing = False
                chunk = src.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise _refuse(path, "ev_too_large", limit=_megabytes(limit))
                if len(head) < types.HEAD_BYTES:
                    head += chunk[: types.HEAD_BYTES - len(head)]
                digest.update(chunk)
                text_check.feed(chunk)
                writing = True
                out.write(chunk)
                if progress is not None:
                    progress(size)
            text_check.feed(b"", final=True)
            writing = True
        if durable:
            with open(temp.path, "rb+") as written:  # the sealing stream's last chunk too
                os.fsync(written.fileno())
    except OSError as error:
        temp.discard()
        if writing:
            raise storage_problem(error, folder) from None
        raise _refuse(path, "ev_unreadable", detail=error.strerror or "") from None
    except BaseException:
        temp.discard()
        raise
    return temp, digest.hexdigest(), size, head, text_check.ok


def _megabytes(limit: int) -> str:
    """A size limit as a person reads it: "200 MB", "1 KB"."""
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):g} MB"  # float ok: a size shown to a person
    return f"{limit / 1024:g} KB"  # float ok: a size shown to a person


def classify(head: bytes, is_text: bool) -> types.FileType | None:
    kind = types.sniff(head)
    if kind is None and is_text:
        kind = types.EML if types.is_email(head) else types.TEXT
    return kind


def add_file(store: Store, path: Path, category: str, debts: Sequence[str] = (),
             limit: int | None = None, progress: Callable[[int], None] | None = None,
             cancelled: Callable[[], bool] | None = None,
             then: Callable[[Any, Added, int | None], None] | None = None) -> Added:
    """Keep one file as evidence; a DomainError naming the file says why it was refused.

    Bytes already kept make no second entry: an entry imported without bytes gets them;
    either way its metadata stays as it was. `then(session, added, new entry's row id or
    None)` runs in the same transaction as the entry, for a use case that records more
    with it (all of it is saved, or none)."""
    limit = types.evidence_limit() if limit is None else limit
    known = _check_request(store, category, debts)
    copied = _take(store, path, limit, progress, cancelled)
    try:
        had_bytes = _place(store, copied)
        with store.write() as session:
            added, entry_id = _record(session, path.name, copied.sha, copied.size,
                                      copied.kind, category, debts, known, copied.lie,
                                      had_bytes)
            if then is not None:
                then(session, added, entry_id)
        return added
    finally:
        copied.temp.discard()


ADD_BATCH = 64  # files put on disk together and recorded in one transaction


def add_files(store: Store, paths: Sequence[Path], category: str,
              debts: Sequence[str] = (), limit: int | None = None,
              cancelled: Callable[[], bool] | None = None,
              taking: Callable[[int, Path], None] | None = None,
              ) -> Iterator[Added | DomainError]:
    """Keep many files as `add_file` would, a batch at a time: its bytes put on disk
    together before any is renamed to its hash, the folder synced once, one transaction
    (a file each meant three syncs and a commit each). Yields each file's Added, or the
    DomainError refusing it, in the order of `paths`; a bad category or debt, or a store not
    writable, raises. `taking(index, path)` is told before each file is read. Once
    `cancelled()` says so, no further file is begun (one being copied stops and is refused);
    the files already copied are kept whole, and nothing is yielded for the rest."""
    limit = types.evidence_limit() if limit is None else limit
    known = _check_request(store, category, debts)
    for start in range(0, len(paths), ADD_BATCH):
        if cancelled is not None and cancelled():
            return
        yield from _add_batch(store, paths[start:start + ADD_BATCH], category, debts,
                              known, limit, cancelled,
                              None if taking is None else _counted(taking, start))


def _counted(taking: Callable[[int, Path], None], start: int) -> Callable[[int, Path], None]:
    return lambda index, path: taking(start + index, path)


def _add_batch(store: Store, paths: Sequence[Path], category: str, debts: Sequence[str],
               known: dict[str, int], limit: int, cancelled: Callable[[], bool] | None,
               taking: Callable[[int, Path], None] | None) -> list[Added | DomainError]:
    taken: list[_Copied | DomainError] = []
    try:
        for index, path in enumerate(paths):
            if cancelled is not None and cancelled():
                break
            if taking is not None:
                taking(index, path)
            try:
                taken.append(_take(store, path, limit, None, cancelled, durable=False))
            except StorageProblem:
                raise
            except DomainError as error:
                taken.append(error)
        copied = [c for c in taken if isinstance(c, _Copied)]
        incoming.settle([c.temp for c in copied])
        had = [_place(store, c, sync=False) for c in copied]
        if copied:
            incoming.sync_folder(store.evidence_dir)
        added: dict[int, Added] = {}
        with store.write() as session:
            refs = new_refs(session, m.Evidence, "E")
            for c, had_bytes in zip(copied, had, strict=True):
                added[id(c)] = _record(session, c.path.name, c.sha, c.size, c.kind,
                                       category, debts, known, c.lie, had_bytes, refs)[0]
        return [added[id(c)] if isinstance(c, _Copied) else c for c in taken]
    finally:
        for item in taken:
            if isinstance(item, _Copied):
                item.temp.discard()


def _check_request(store: Store, category: str, debts: Sequence[str]) -> dict[str, int]:
    """Checked before any bytes are copied in; returns the debts' ids by ref."""
    store.check_writable()
    if category not in EVIDENCE_CATEGORIES:
        raise DomainError(i18n.t("not_choice", value=shorten(category),
                                 choices=", ".join(EVIDENCE_CATEGORIES)), ("category",))
    with store.read() as session:
        known = debt_ids(session)
    for ref in debts:
        if ref not in known:
            raise DomainError(i18n.t("unknown_debt", ref=shorten(ref)), ("debt",))
    return known


@dataclass(slots=True)
class _Copied:  # a file copied into a temporary file in the store, hashed and checked
    path: Path
    temp: incoming.Incoming
    sha: str
    size: int
    kind: types.FileType
    lie: str | None


def _take(store: Store, path: Path, limit: int, progress: Callable[[int], None] | None,
          cancelled: Callable[[], bool] | None, durable: bool = True) -> _Copied:
    """The file copied in and checked (unless `durable`, not yet synced), or its refusal."""
    fd, size = _open_regular(path)
    if size == 0:
        os.close(fd)
        raise _refuse(path, "ev_empty")
    if size > limit:
        os.close(fd)
        raise _refuse(path, "ev_too_large", limit=_megabytes(limit))
    store.evidence_dir.mkdir(mode=0o700, exist_ok=True)
    temp, sha, size, head, is_text = _copy_and_hash(fd, path, store, limit, progress,
                                                    cancelled, durable)
    try:
        if size == 0:
            raise _refuse(path, "ev_empty")
        kind = classify(head, is_text)
        if kind is None:
            encoding = types.other_text_encoding(head)
            if encoding is not None:
                raise _refuse(path, "ev_not_utf8", encoding=encoding)
            raise _refuse(path, "ev_type")
        problem = types.damage(lambda: open_plain(temp.path, file_key(store)), kind)
        if problem is not None:
            raise _refuse(path, "ev_damaged", detail=shorten(problem, 80))
    except BaseException:
        temp.discard()
        raise
    lie = kind.ext if types.name_lies(path.name, kind) else None
    return _Copied(path, temp, sha, size, kind, lie)


def _place(store: Store, copied: _Copied, sync: bool = True) -> bool:
    """The bytes renamed to their hash, before anything refers to them; True if there."""
    target = blob_path(store, copied.sha)
    if target.exists():
        return True
    copied.temp.move_to(target, sync=sync)
    return False


def _record(session: Any, name: str, sha: str, size: int, kind: types.FileType,
            category: str, debts: Sequence[str], known: dict[str, int],
            lie: str | None, had_bytes: bool = True, refs: Iterator[str] | None = None,
            ) -> tuple[Added, int | None]:
    """The entry for bytes now in place, or the one that already names them: "attached"
    when that entry had no bytes until now (imported from a .json), else "duplicate".
    A new entry's ref is the next of `refs` when given (a batch's)."""
    existing = session.scalar(select(m.Evidence).where(m.Evidence.sha256 == sha)
                              .order_by(m.Evidence.id))
    if existing is not None:
        status = "duplicate" if had_bytes and existing.size is not None else "attached"
        return Added(name, existing.ref, sha, existing.mime or kind.mime, status, lie), None
    ref = next_ref(session, m.Evidence, "E") if refs is None else next(refs)
    entry = m.Evidence(
        ref=ref, sha256=sha, name=name[:200], mime=kind.mime, size=size,
        category=category, title=Path(name).stem[:200],
        debt_links=[m.EvidenceDebt(debt_id=known[r], position=i)
                    for i, r in enumerate(dict.fromkeys(debts))])
    session.add(entry)
    session.flush()
    return Added(name, ref, sha, kind.mime, "stored", lie), entry.id


# --- the list -------------------------------------------------------------------------------

def list_evidence(store: Store) -> list[Row]:
    """Every entry in the order it was added, with its debts' creditors and whether its bytes
    are in the store."""
    from core.store import records as r

    with store.read() as session:
        debt_ref, creditor = r.debt_maps(session)
        rows = []
        for e in session.scalars(r.full(m.Evidence).order_by(m.Evidence.id)):
            data = r.evidence_to_data(e, debt_ref)
            rows.append(Row(e.id, data, tuple(creditor[x] for x in data["debts"]),
                            blob_path(store, e.sha256).is_file()))
        return rows


# --- details and removal --------------------------------------------------------------------

_EDITABLE = ("category", "title", "document_date", "debts", "reviewed", "note")


def evidence_document(store: Store, evidence_id: int) -> dict[str, object]:
    """The entry in the case file's written form, as the details editor starts from it."""
    from core.casefile_spec import EVIDENCE
    from core.store import records as r

    with store.read() as session:
        entry = session.get(m.Evidence, evidence_id)
        if entry is None:
            raise DomainError(i18n.t("no_such_evidence"))
        refs = r.debt_refs(session)
        return EVIDENCE.dump(r.evidence_to_data(entry, refs)) or {}


def update_evidence(store: Store, evidence_id: int, document: dict[str, object]) -> Change:
    """Change an entry's details (category, title, date, debts, reviewed, note); the bytes,
    their hash, name and type never change."""
    from core.casefile_spec import EVIDENCE
    from core.schema import fail

    if not isinstance(document, dict):
        raise fail((), "not_object")
    with store.write() as session:
        entry = session.get(m.Evidence, evidence_id)
        if entry is None:
            raise DomainError(i18n.t("no_such_evidence"))
        known = debt_ids(session)
        fixed = {"ref": entry.ref, "sha256": entry.sha256, "name": entry.name,
                 "mime": entry.mime, "size": entry.size}
        data = EVIDENCE.parse({**{k: document.get(k) for k in _EDITABLE}, **fixed}, ())
        for index, ref in enumerate(data["debts"]):
            if ref not in known:
                raise DomainError(i18n.t("unknown_debt", ref=shorten(ref)), ("debts", index))
        entry.category, entry.title = data["category"], data["title"]
        entry.document_date, entry.reviewed = data["document_date"], data["reviewed"]
        entry.note = data["note"]
        entry.debt_links.clear()
        session.flush()
        entry.debt_links.extend(m.EvidenceDebt(debt_id=known[ref], position=i)
                                for i, ref in enumerate(data["debts"]))
    return Change.EVIDENCE


def remove_evidence(store: Store, evidence_id: int) -> tuple[object, Change]:
    """Take an entry out of the case (its links too); the bytes stay in the store until
    nothing refers to them and the person purges. The snapshot undoes it."""
    from core.store.snapshot import delete_with_snapshot

    with store.write() as session:
        if session.get(m.Evidence, evidence_id) is None:
            raise DomainError(i18n.t("no_such_evidence"))
        snapshot = delete_with_snapshot(session, [
            (m.EvidenceDebt, m.EvidenceDebt.evidence_id == evidence_id),
            (m.PaymentEvidence, m.PaymentEvidence.evidence_id == evidence_id),
            (m.ContactEvidence, m.ContactEvidence.evidence_id == evidence_id),
            (m.AgreementEvidence, m.AgreementEvidence.evidence_id == evidence_id),
            (m.Evidence, m.Evidence.id == evidence_id),
        ])
    return snapshot, Change.EVIDENCE | Change.CONTACTS | Change.PAYMENTS | Change.AGREEMENTS


def restore_evidence(store: Store, snapshot: object) -> Change:
    from core.store.snapshot import restore_snapshot

    with store.write() as session:
        restore_snapshot(session, snapshot)  # type: ignore[arg-type]
    return Change.EVIDENCE | Change.CONTACTS | Change.PAYMENTS | Change.AGREEMENTS
