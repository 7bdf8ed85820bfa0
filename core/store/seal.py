"""A sealed store's key: one passphrase, stretched by Argon2id into a master key, from which
the database's key, the files' key and the names' key are derived.

The KDF's parameters (salt, memory, iterations, lanes, a version) live in `seal.json` beside
the database, in plain JSON, so they can be raised later; with them a key check value (an
HMAC of a constant under a subkey of its own), so a wrong passphrase is told apart from a
damaged file without touching the database. `unlock(data_dir, passphrase)` is slow on
purpose (about half a second): a window runs it off its GUI thread, then opens the store
with `open_store(data_dir, key=...)`.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core import i18n
from core.errors import DomainError
from core.store import seal_text  # noqa: F401 - the messages said here

SEAL_NAME = "seal.json"
FORMAT = "debtdesk-seal"
VERSION = 1
_CHECK_TEXT = b"DebtDesk passphrase check v1"


class NeedsPassphrase(DomainError):
    """The store (or archive) is sealed and no passphrase was given."""


class WrongPassphrase(DomainError):
    """The passphrase does not open this store (or archive)."""


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id's parameters. 128 MiB, 4 passes, 4 lanes take about 0.45 s on a two-core
    machine of 2026 (tests/benchmarks/seal.py): slow enough that each guess costs an
    attacker that much memory and time, quick enough to open a store without a wait anyone
    minds; memory is the cost raised first (RFC 9106 starts from 64 MiB, 3 passes)."""

    salt: bytes
    memory_kib: int = 128 * 1024
    iterations: int = 4
    lanes: int = 4

    def as_json(self) -> dict[str, Any]:
        return {"algorithm": "argon2id", "salt": base64.b64encode(self.salt).decode("ascii"),
                "memory_kib": self.memory_kib, "iterations": self.iterations,
                "lanes": self.lanes, "length": 32}

    @classmethod
    def from_json(cls, raw: Any) -> KdfParams:
        if not isinstance(raw, dict) or raw.get("algorithm") != "argon2id" \
                or raw.get("length") != 32:
            raise ValueError("unknown key derivation")
        salt = base64.b64decode(str(raw["salt"]), validate=True)
        numbers = [raw[k] for k in ("memory_kib", "iterations", "lanes")]
        if len(salt) < 16 or not all(type(n) is int and n > 0 for n in numbers) \
                or numbers[0] > 4 * 1024 * 1024 or numbers[1] > 100 or numbers[2] > 64:
            raise ValueError("key derivation parameters out of range")
        return cls(salt, *numbers)


def new_params(template: KdfParams | None = None) -> KdfParams:
    """Fresh parameters with a new random salt (the defaults, or `template`'s costs)."""
    base = template or DEFAULT_COSTS
    return KdfParams(os.urandom(16), base.memory_kib, base.iterations, base.lanes)


DEFAULT_COSTS = KdfParams(b"")


class SealKey:
    """The keys a sealed store is read and written with, derived from its master key."""

    def __init__(self, master: bytes, params: KdfParams) -> None:
        self.params = params
        self.database = _subkey(master, b"database")  # SQLCipher's raw key
        self.files = _subkey(master, b"files")  # AES-256-GCM for evidence, backups, archives
        self._names = _subkey(master, b"names")
        self.check = hmac.new(_subkey(master, b"check"), _CHECK_TEXT, hashlib.sha256).hexdigest()

    def blob_name(self, sha256: str) -> str:
        """The stored name of an evidence file: it says nothing of its bytes' hash."""
        return hmac.new(self._names, sha256.encode("ascii"), hashlib.sha256).hexdigest()

    def sqlcipher_key(self) -> str:
        """The `PRAGMA key` value that hands SQLCipher the raw key (its own PBKDF2 skipped)."""
        return f"\"x'{self.database.hex()}'\""

    def __repr__(self) -> str:  # never the keys themselves, not even in a traceback's locals
        return "SealKey(…)"


def _subkey(master: bytes, label: bytes) -> bytes:
    return hmac.new(master, b"debtdesk " + label, hashlib.sha256).digest()


def derive(passphrase: str, params: KdfParams) -> SealKey:
    """The slow step: Argon2id over the passphrase (Unicode-normalised, so the same words
    typed on another keyboard give the same key)."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    if not passphrase:
        raise NeedsPassphrase(i18n.t("seal_no_passphrase"))
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    master = Argon2id(salt=params.salt, length=32, iterations=params.iterations,
                      lanes=params.lanes, memory_cost=params.memory_kib).derive(secret)
    return SealKey(master, params)


def seal_document(key: SealKey) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "kdf": key.params.as_json(),
            "check": key.check}


def read_document(raw: bytes, name: str) -> tuple[KdfParams, str]:
    """(params, check value) from a seal document, or a DomainError naming the file."""
    try:
        document = json.loads(raw.decode("utf-8"))
        if document.get("format") != FORMAT:
            raise ValueError("not a DebtDesk seal")
        if document.get("version") != VERSION:
            raise DomainError(i18n.t("seal_newer", file=name))
        check = document["check"]
        if not isinstance(check, str) or len(check) != 64:
            raise ValueError("no key check value")
        return KdfParams.from_json(document["kdf"]), check
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as error:
        raise DomainError(i18n.t("seal_damaged", file=name,
                                 detail=type(error).__name__)) from None


def open_with(passphrase: str, params: KdfParams, check: str) -> SealKey:
    """The key, if `passphrase` is the one `check` was made with."""
    key = derive(passphrase, params)
    if not hmac.compare_digest(key.check, check):
        raise WrongPassphrase(i18n.t("seal_wrong_passphrase"))
    return key


def is_sealed(data_dir: Path) -> bool:
    """Whether the store in `data_dir` is sealed (an interrupted switch finished first)."""
    from core.store.switch import finish_switch

    finish_switch(data_dir)
    return (data_dir / SEAL_NAME).exists()


def unlock(data_dir: Path, passphrase: str) -> SealKey:
    """The key of the sealed store in `data_dir`; NeedsPassphrase, WrongPassphrase, or a
    DomainError for a missing or damaged seal.json. Slow: run it off the GUI thread."""
    if not is_sealed(data_dir):
        raise DomainError(i18n.t("seal_not_sealed"))
    path = data_dir / SEAL_NAME
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DomainError(i18n.t("cannot_read", file=path.name,
                                 detail=error.strerror or type(error).__name__)) from None
    return open_with(passphrase, *read_document(raw, path.name))


def write_seal(folder: Path, key: SealKey) -> Path:
    """seal.json for `key` in `folder`, written whole and flushed to disk."""
    path = folder / SEAL_NAME
    data = json.dumps(seal_document(key), indent=1).encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return path
