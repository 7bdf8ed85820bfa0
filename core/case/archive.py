"""The `.debtcase` archive: case.json, the evidence files by their SHA-256, and a manifest.

Import reads and checks everything (member names, sizes, the manifest, each file's hash and
the case data) before anything is written; a hostile or damaged archive changes nothing.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
import zipfile
import zlib
from pathlib import Path

from core import file_types as types
from core import i18n
from core.errors import DomainError
from core.schema import shorten
from core.store import incoming
from core.store.oserrors import storage_problem

MANIFEST = "manifest.sha256"
CASE = "case.json"
MAX_MEMBER = 1024 * 1024 * 1024  # no single member over 1 GiB
MAX_TOTAL = 8 * 1024 * 1024 * 1024  # nor the archive's content over 8 GiB
MAX_CASE = 256 * 1024 * 1024
_EVIDENCE = re.compile(r"evidence/([0-9a-f]{64})(\.[A-Za-z0-9]{1,8})?")
_EXT_BY_MIME = {t.mime: t.ext for t in vars(types).values() if isinstance(t, types.FileType)}


def extension(mime: str) -> str:
    return _EXT_BY_MIME.get(mime, ".bin")


def _bad(file: Path, detail: str) -> DomainError:
    return DomainError(i18n.t("bad_archive", file=file.name, detail=detail))


def write_archive(path: Path, case_json: bytes, blobs: list[tuple[str, str, Path]]) -> None:
    """Write atomically: case.json, each (sha256, mime, file) as evidence/<sha><ext>, and the
    manifest of them all."""
    lines = [f"{hashlib.sha256(case_json).hexdigest()}  {CASE}"]
    try:
        fd, tmp = tempfile.mkstemp(prefix=".debtdesk-", suffix=".tmp", dir=path.parent or ".")
    except OSError as error:
        raise storage_problem(error, path) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(CASE, case_json)
                for sha, mime, blob in blobs:
                    name = f"evidence/{sha}{extension(mime)}"
                    archive.write(blob, name, compress_type=zipfile.ZIP_STORED
                                  if mime.startswith(("image/", "audio/")) else None)
                    lines.append(f"{sha}  {name}")
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


def read_archive(path: Path) -> tuple[bytes, dict[str, str]]:
    """(case.json bytes, {sha256: member name}) after every check; nothing is extracted."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise _bad(path, shorten(str(error) or "not a ZIP archive", 80)) from None
    with archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        if len(set(names)) != len(names):
            raise _bad(path, i18n.t("archive_duplicate"))
        total = 0
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
            if info.file_size > MAX_MEMBER or (name == CASE and info.file_size > MAX_CASE):
                raise _bad(path, i18n.t("archive_too_large", name=shorten(name, 60)))
            total += info.file_size
        if total > MAX_TOTAL:
            raise _bad(path, i18n.t("archive_too_large", name=path.name))
        if CASE not in names or MANIFEST not in names:
            raise _bad(path, i18n.t("archive_incomplete"))
        manifest = _read_manifest(path, _read_bounded(archive, MANIFEST, 16 * 1024 * 1024, path))
        members = set(names) - {MANIFEST}
        if set(manifest) != members:
            missing = sorted(members ^ set(manifest))[0]
            raise _bad(path, i18n.t("archive_manifest", name=shorten(missing, 60)))
        blobs: dict[str, str] = {}
        for name in sorted(members):
            digest = _hash_member(archive, name, path)
            if digest != manifest[name]:
                raise _bad(path, i18n.t("archive_hash", name=shorten(name, 60)))
            match = _EVIDENCE.fullmatch(name)
            if match is not None:
                if digest != match.group(1):
                    raise _bad(path, i18n.t("archive_hash", name=shorten(name, 60)))
                blobs[digest] = name
        return _read_bounded(archive, CASE, MAX_CASE, path), blobs


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
            zlib.error)


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


def _hash_member(archive: zipfile.ZipFile, name: str, path: Path) -> str:
    """Stream a member's SHA-256, bounded by its declared size (a decompression bomb that
    lies about its size is stopped at the limit)."""
    info = archive.getinfo(name)
    digest = hashlib.sha256()
    read = 0
    try:
        with archive.open(info) as handle:
            for chunk in iter(lambda: handle.read(1024 * 1024), b""):
                read += len(chunk)
                if read > info.file_size or read > MAX_MEMBER:
                    raise _bad(path, i18n.t("archive_too_large", name=shorten(name, 60)))
                digest.update(chunk)
    except _DAMAGED as error:
        raise _damaged(path, name, error) from None
    return digest.hexdigest()


def extract_blobs(archive_path: Path, members: list[tuple[str, Path]]) -> None:
    """Copy checked members to their targets (each: temporary file, fsync, rename), the
    archive opened once: opening it per member re-read its whole directory each time. A
    refused write (a full disk, a read-only folder) is said in one line."""
    if not members:
        return
    with zipfile.ZipFile(archive_path) as archive:
        for member, target in members:
            try:
                temp = incoming.Incoming(target.parent)
            except OSError as error:
                raise storage_problem(error, target) from None
            try:
                with temp.writer() as out, archive.open(member) as src:
                    for chunk in iter(lambda: src.read(1024 * 1024), b""):  # noqa: B023
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
                temp.move_to(target)
                if os.name == "posix":
                    target.chmod(0o400)
            except OSError as error:
                raise storage_problem(error, target) from None
            finally:
                temp.discard()
