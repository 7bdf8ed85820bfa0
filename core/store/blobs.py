"""Evidence files as the store keeps them: in a plain store named by their SHA-256 and
stored as they came; in a sealed one named by an HMAC of that hash (a name that says nothing
of the bytes) and sealed in chunks. Everything that reads or writes an evidence file's bytes
goes through here, so the two kinds of store differ in this one place.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from core.store.database import Store
from core.store.sealed_file import open_plain, sealed_to
from core.store.workspace import work_folder

PIECE = 1024 * 1024


def blob_name(store: Store, sha256: str) -> str:
    return sha256 if store.key is None else store.key.blob_name(sha256)


def blob_path(store: Store, sha256: str) -> Path:
    return store.evidence_dir / blob_name(store, sha256)


def file_key(store: Store) -> bytes | None:
    return None if store.key is None else store.key.files


def open_blob(store: Store, sha256: str) -> IO[bytes]:
    """The plain bytes of a stored evidence file, streamed (a sealed one is unsealed chunk by
    chunk, and a changed or cut file raises `SealBroken` as it is read)."""
    return open_plain(blob_path(store, sha256), file_key(store))


def read_blob(store: Store, sha256: str) -> bytes:
    """The whole plain bytes in memory: for a preview of one document."""
    with open_blob(store, sha256) as handle:
        return handle.read()


@contextlib.contextmanager
def plain_copy(store: Store, sha256: str, name: str = "document") -> Iterator[Path]:
    """A plain file of the evidence for a viewer that needs a path: the stored file itself
    in a plain store; in a sealed one, a copy in a private work folder inside the data
    folder, removed on the way out (and by the next open, should this process die)."""
    if store.key is None:
        yield blob_path(store, sha256)
        return
    with work_folder(store.data_dir) as folder:
        target = folder / Path(name).name
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, open_blob(store, sha256) as src:
            shutil.copyfileobj(src, out, PIECE)
        yield target


def stored_sha256(store: Store, sha256: str) -> str:
    """The SHA-256 of what the store holds for `sha256` (unsealed first): `verify` compares."""
    digest = hashlib.sha256()
    with open_blob(store, sha256) as handle:
        for piece in iter(lambda: handle.read(PIECE), b""):
            digest.update(piece)
    return digest.hexdigest()


def blob_writer(store: Store, out: IO[bytes]) -> contextlib.AbstractContextManager[IO[bytes]]:
    """Where an evidence file's plain bytes are written on their way into `out`."""
    return sealed_to(out, file_key(store))
