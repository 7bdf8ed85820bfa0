"""The `.debtcase` archive: case.json, the evidence files by their SHA-256, and a manifest.

Import reads and checks everything (member names, sizes, the manifest, each file's hash and
the case data) before anything is written; a hostile or damaged archive changes nothing.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from core import file_types as types
from core import i18n
from core.case.progress import Ticker
from core.errors import DomainError
from core.schema import shorten
from core.store import incoming
from core.store.oserrors import storage_problem
from core.store.sealed_file import SealBroken, SealedReader, sealed_to

MANIFEST = "manifest.sha256"
CASE = "case.json"
# What import takes (the exchange format's limits): no evidence member over the evidence size
# limit (types.evidence_limit: 200 MB unless set), no case.json over 64 MB, nor members
# adding up to over 4 GB, counting the bytes actually read, whatever the directory claims.
MAX_TOTAL = 4 * 1024 * 1024 * 1024
MAX_CASE = 64 * 1024 * 1024
MAX_MANIFEST = 16 * 1024 * 1024
FOLDERS = ("evidence/",)  # folder entries, as `zip -r` writes them: allowed and ignored
_EVIDENCE = re.compile(r"evidence/([0-9a-f]{64})(\.[A-Za-z0-9]{1,8})?")
_EXT_BY_MIME = {t.mime: t.ext for t in vars(types).values() if isinstance(t, types.FileType)}


def extension(mime: str) -> str:
    return _EXT_BY_MIME.get(mime, ".bin")


def _bad(file: Path, detail: str) -> DomainError:
    return DomainError(i18n.t("bad_archive", file=file.name, detail=detail))


# A sealed archive: this line, the seal document's length (4 bytes) and the document (the
# KDF's parameters and the key check value, so the passphrase alone opens it anywhere), then
# the ZIP as one sealed stream.
SEALED_MAGIC = b"DebtDesk sealed case 1\n"

Opener = Callable[[], IO[bytes]]


def write_archive(path: Path, case_json: bytes | Iterable[bytes],
                  blobs: Sequence[tuple[str, str, Opener]],
                  seal: tuple[bytes, bytes] | None = None,
                  step: Callable[[], None] | None = None) -> None:
    """Write atomically: case.json (its bytes, or pieces written as they come), each
    (sha256, mime, opener of its bytes) as evidence/<sha><ext>, and the manifest of them
    all. With `seal` (the seal document and the files' key), the whole ZIP is sealed as it
    is written: no plain byte reaches disk. `step()` is told of each file written (it may
    raise to stop: nothing is left behind)."""
    lines: list[str] = []
    try:
        fd, tmp = tempfile.mkstemp(prefix=".debtdesk-", suffix=".tmp", dir=path.parent or ".")
    except OSError as error:
        raise storage_problem(error, path) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            if seal is not None:
                handle.write(SEALED_MAGIC + len(seal[0]).to_bytes(4, "big") + seal[0])
            with sealed_to(handle, None if seal is None else seal[1]) as out:
                with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
                    lines.append(f"{_write_case(archive, case_json)}  {CASE}")
                    for sha, mime, opener in blobs:
                        name = f"evidence/{sha}{extension(mime)}"
                        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                        info.compress_type = (zipfile.ZIP_STORED if mime.startswith(
                            ("image/", "audio/")) else zipfile.ZIP_DEFLATED)
                        with opener() as src, archive.open(info, "w", force_zip64=True) as dst:
                            shutil.copyfileobj(src, dst, 1024 * 1024)
                        lines.append(f"{sha}  {name}")
                        if step is not None:
                            step()
                    archive.writestr(MANIFEST, "\n".join(lines) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise storage_problem(error, path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_case(archive: zipfile.ZipFile, case_json: bytes | Iterable[bytes]) -> str:
    """case.json as `writestr` would store it (compressed, dated now, readable by its
    owner), written piece by piece; returns its SHA-256."""
    info = zipfile.ZipInfo(CASE, date_time=time.localtime(time.time())[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    digest = hashlib.sha256()
    with archive.open(info, "w") as out:
        for piece in [case_json] if isinstance(case_json, bytes) else case_json:
            digest.update(piece)
            out.write(piece)
    return digest.hexdigest()


def sealed_header(path: Path) -> tuple[bytes, int] | None:
    """(the seal document, where the sealed stream starts) of a sealed archive, or None
    for a plain one."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(SEALED_MAGIC)) != SEALED_MAGIC:
                return None
            length = int.from_bytes(handle.read(4), "big")
            document = handle.read(min(length, 64 * 1024))
    except OSError as error:
        raise _bad(path, error.strerror or type(error).__name__) from None
    if len(document) != length:
        raise _bad(path, i18n.t("archive_incomplete"))
    return document, len(SEALED_MAGIC) + 4 + length


@contextlib.contextmanager
def _open_zip(path: Path, key: bytes | None) -> Iterator[zipfile.ZipFile]:
    """The archive's ZIP, unsealed as it is read when `key` is given."""
    try:
        if key is None:
            archive = zipfile.ZipFile(path)
        else:
            header = sealed_header(path)
            offset = header[1] if header else 0
            archive = zipfile.ZipFile(SealedReader(path.open("rb"), key, offset))
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise _bad(path, shorten(str(error) or "not a ZIP archive", 80)) from None
    with archive:
        yield archive


def read_archive(path: Path, key: bytes | None = None,
                 ticker: Ticker | None = None) -> tuple[bytes, dict[str, str]]:
    """(case.json bytes, {sha256: member name}) after every check; nothing is extracted.
    `key` unseals a sealed archive (a changed or cut one fails its checks here). A `ticker`
    counts the members as they are checked (and may stop the reading)."""
    limit = types.evidence_limit()
    with _open_zip(path, key) as archive:
        infos = [info for info in archive.infolist()
                 if not (info.is_dir() and info.filename in FOLDERS and info.file_size == 0)]
        names = [info.filename for info in infos]
        if len(set(names)) != len(names):
            raise _bad(path, i18n.t("archive_duplicate"))
        for info in infos:
            name = info.filename
            if (name.startswith(("/", "\\")) or ".." in name.split("/") or "\\" in name
                    or ":" in name or (name not in (CASE, MANIFEST)
                                       and not _EVIDENCE.fullmatch(name))):
                raise _bad(path, i18n.t("archive_member", name=shorten(name, 60)))
            if (info.external_attr >> 16) & 0o170000 == 0o120000:  # a symbolic link
                raise _bad(path, i18n.t("archive_member", name=shorten(name, 60)))
            if info.flag_bits & 0x1:  # encrypted: DebtDesk never writes a password
                raise _bad(path, i18n.t("archive_encrypted", name=shorten(name, 60)))
            if info.file_size > _limit_of(name, limit):  # refused early, before reading
                raise _too_large(path, name, limit)
        if CASE not in names or MANIFEST not in names:
            raise _bad(path, i18n.t("archive_incomplete"))
        manifest = _read_manifest(path, _read_bounded(archive, MANIFEST, MAX_MANIFEST, path))
        members = set(names) - {MANIFEST}
        if set(manifest) != members:
            missing = sorted(members ^ set(manifest))[0]
            raise _bad(path, i18n.t("archive_manifest", name=shorten(missing, 60)))
        blobs: dict[str, str] = {}
        total = [0]  # the bytes read so far, every member counted
        if ticker is not None:
            ticker.start(len(members))
        for name in sorted(members):
            if ticker is not None:
                ticker.step()
            digest = _hash_member(archive, name, path, _limit_of(name, limit), total)
            if digest != manifest[name]:
                raise _bad(path, i18n.t("archive_hash", name=shorten(name, 60)))
            match = _EVIDENCE.fullmatch(name)
            if match is not None:
                if digest != match.group(1):
                    raise _bad(path, i18n.t("archive_hash", name=shorten(name, 60)))
                blobs[digest] = name
        return _read_bounded(archive, CASE, MAX_CASE, path), blobs


def _limit_of(name: str, evidence: int) -> int:
    return MAX_CASE if name == CASE else MAX_MANIFEST if name == MANIFEST else evidence


def _too_large(path: Path, name: str, limit: int) -> DomainError:
    if _EVIDENCE.fullmatch(name):
        return _bad(path, i18n.t("archive_evidence_too_large", name=shorten(name, 60),
                                 limit=limit // (1024 * 1024)))
    return _bad(path, i18n.t("archive_too_large", name=shorten(name, 60)))


def _read_manifest(path: Path, raw: bytes) -> dict[str, str]:
    entries: dict[str, str] = {}
    for line in raw.decode("utf-8", "replace").splitlines():
        if not line.strip():
            continue
        match = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line.strip())
        if match is None or match.group(2) in entries:
            raise _bad(path, i18n.t("archive_manifest", name=shorten(line, 60)))
        entries[match.group(2)] = match.group(1)
    return entries


# what reading a damaged member raises: zipfile's own errors, zlib's, a short read
_DAMAGED = (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError,
            zlib.error, SealBroken)


def _damaged(path: Path, name: str, error: Exception) -> DomainError:
    return _bad(path, i18n.t("archive_damaged", name=shorten(name, 60),
                             detail=shorten(str(error) or type(error).__name__, 80)))


def _read_bounded(archive: zipfile.ZipFile, name: str, limit: int, path: Path) -> bytes:
    """Read a member, never more than `limit` bytes whatever its header declares."""
    try:
        with archive.open(name) as handle:
            data = handle.read(limit + 1)
    except _DAMAGED as error:
        raise _damaged(path, name, error) from None
    if len(data) > limit:
        raise DomainError(i18n.t("archive_too_large", name=name))
    return data


def _hash_member(archive: zipfile.ZipFile, name: str, path: Path, limit: int,
                 total: list[int]) -> str:
    """Stream a member's SHA-256, stopped at its declared size or `limit`, whichever is
    less (a member that lies about its size, a decompression bomb), and at MAX_TOTAL for
    all members together (`total` counts the bytes read so far)."""
    info = archive.getinfo(name)
    digest = hashlib.sha256()
    read = 0
    try:
        with archive.open(info) as handle:
            for chunk in iter(lambda: handle.read(1024 * 1024), b""):
                read += len(chunk)
                total[0] += len(chunk)
                if read > limit:
                    raise _too_large(path, name, limit)
                if read > info.file_size:
                    raise _bad(path, i18n.t("archive_too_large", name=shorten(name, 60)))
                if total[0] > MAX_TOTAL:
                    raise _bad(path, i18n.t("archive_total_too_large"))
                digest.update(chunk)
    except _DAMAGED as error:
        raise _damaged(path, name, error) from None
    return digest.hexdigest()


# Files extracted between two syncs: each batch's bytes reach the disk together, before any
# of them is renamed to its hash (a file per sync was most of a large import's time).
EXTRACT_BATCH = 256


def extract_blobs(archive_path: Path, members: list[tuple[str, Path]],
                  key: bytes | None = None, target_key: bytes | None = None,
                  step: Callable[[int], None] | None = None) -> None:
    """Copy checked members to their targets, the archive opened once (opening it per
    member re-read its whole directory each time). A batch at a time: each member to a
    temporary file, the batch's bytes put on disk together, then each renamed to its target
    and the folder synced once, so a name that is a hash still always holds whole bytes.
    A refused write (a full disk, a read-only folder) is said in one line. `key` unseals a
    sealed archive; `target_key` seals each file for a sealed store. `step(n)` is told of
    each file in place (it may raise to stop: the batch under way is discarded)."""
    if not members:
        return
    with _open_zip(archive_path, key) as archive:
        for start in range(0, len(members), EXTRACT_BATCH):
            _extract_batch(archive, members[start:start + EXTRACT_BATCH], target_key, step)


def _extract_batch(archive: zipfile.ZipFile, members: list[tuple[str, Path]],
                   target_key: bytes | None, step: Callable[[int], None] | None) -> None:
    written: list[tuple[incoming.Incoming, Path]] = []
    target = members[0][1]
    folder = target.parent  # every target is in the evidence folder
    try:
        for member, target in members:
            temp = incoming.Incoming(folder)
            written.append((temp, target))
            with temp.writer() as file, archive.open(member) as src:
                with sealed_to(file, target_key) as out:
                    shutil.copyfileobj(src, out, 1024 * 1024)
            if step is not None:
                step(1)
        incoming.settle([temp for temp, _ in written])
        for temp, target in written:
            temp.move_to(target, sync=False)
        incoming.sync_folder(folder)
    except OSError as error:
        raise storage_problem(error, target) from None
    finally:
        for temp, _ in written:
            temp.discard()
