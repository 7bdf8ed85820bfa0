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
    """The keys a sealed store is read and written with, derived from its master key. It may
    carry a recovery slot: the master key wrapped under a random recovery key, printed once
    on a sheet, so a forgotten passphrase need not lose the case."""

    def __init__(self, master: bytes, params: KdfParams,
                 recovery: dict[str, str] | None = None, by_recovery: bool = False) -> None:
        self.params = params
        self._master = master
        self.database = _subkey(master, b"database")  # SQLCipher's raw key
        self.files = _subkey(master, b"files")  # AES-256-GCM for evidence, backups, archives
        self._names = _subkey(master, b"names")
        self.check = hmac.new(_subkey(master, b"check"), _CHECK_TEXT, hashlib.sha256).hexdigest()
        self.recovery = recovery  # the wrapped master key, as seal.json holds it
        self.by_recovery = by_recovery  # opened with the recovery key, not the passphrase

    def blob_name(self, sha256: str) -> str:
        """The stored name of an evidence file: it says nothing of its bytes' hash."""
        return hmac.new(self._names, sha256.encode("ascii"), hashlib.sha256).hexdigest()

    def sqlcipher_key(self) -> str:
        """The `PRAGMA key` value that hands SQLCipher the raw key (its own PBKDF2 skipped)."""
        return f"\"x'{self.database.hex()}'\""

    def with_recovery(self, code: str) -> SealKey:
        """The same key with a recovery slot for `code` (a new_recovery_code()), replacing
        any earlier one: the sheet printed before no longer opens the store."""
        normal = recovery_code(code)
        if normal is None:
            raise ValueError("not a recovery key")
        salt, nonce = os.urandom(16), os.urandom(12)
        wrapped = _aead(_recovery_kek(normal, salt)).encrypt(
            nonce, self._master, _RECOVERY_AAD + self.check.encode("ascii"))
        slot = {"salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}
        return SealKey(self._master, self.params, slot)

    def fingerprint(self) -> str:
        """Eight characters that tell this store's key from another's, on a recovery sheet
        (from the key check value seal.json holds anyway: they reveal nothing more)."""
        return f"{self.check[:4]}-{self.check[4:8]}".upper()

    def __repr__(self) -> str:  # never the keys themselves, not even in a traceback's locals
        return "SealKey(…)"


# A recovery key: 25 characters of Crockford's base32 (no I, L, O or U, so nothing reads as
# another), 125 random bits, shown in five groups of five. Random and that long, it needs no
# slow derivation: HKDF turns it into the key that wraps the master key.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_LEN = 25
_RECOVERY_AAD = b"DebtDesk recovery slot v1 "
_READS_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_recovery_code() -> str:
    """A fresh random recovery key, grouped for reading: XXXXX-XXXXX-XXXXX-XXXXX-XXXXX."""
    import secrets

    code = "".join(secrets.choice(_CROCKFORD) for _ in range(_RECOVERY_LEN))
    return "-".join(code[i:i + 5] for i in range(0, _RECOVERY_LEN, 5))


def recovery_code(text: str) -> str | None:
    """`text` as a recovery key (without spaces and dashes, upper case, O read as 0 and I or
    L as 1), or None when it cannot be one: then it is a passphrase."""
    compact = "".join(text.split()).replace("-", "").upper().translate(_READS_AS)
    if len(compact) != _RECOVERY_LEN or any(c not in _CROCKFORD for c in compact):
        return None
    return compact


def _recovery_kek(code: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"DebtDesk recovery key").derive(code.encode("ascii"))


def _aead(key: bytes) -> Any:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


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
    document = {"format": FORMAT, "version": VERSION, "kdf": key.params.as_json(),
                "check": key.check}
    if key.recovery is not None:
        document["recovery"] = key.recovery
    return document


@dataclass(frozen=True, slots=True)
class SealDocument:
    """What seal.json (or a sealed archive's header) says: how to derive the key from the
    passphrase, the key check value, and the recovery slot if a sheet was made."""

    params: KdfParams
    check: str
    recovery: dict[str, str] | None = None


def read_document(raw: bytes, name: str) -> SealDocument:
    """The seal document in `raw`, or a DomainError naming the file."""
    try:
        document = json.loads(raw.decode("utf-8"))
        if document.get("format") != FORMAT:
            raise ValueError("not a DebtDesk seal")
        if document.get("version") != VERSION:
            raise DomainError(i18n.t("seal_newer", file=name))
        check = document["check"]
        if not isinstance(check, str) or len(check) != 64:
            raise ValueError("no key check value")
        return SealDocument(KdfParams.from_json(document["kdf"]), check,
                            _recovery_slot(document.get("recovery")))
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as error:
        raise DomainError(i18n.t("seal_damaged", file=name,
                                 detail=type(error).__name__)) from None


def _recovery_slot(raw: Any) -> dict[str, str] | None:
    if raw is None:
        return None
    sizes = {"salt": 16, "nonce": 12, "wrapped": 48}
    if not isinstance(raw, dict) or set(raw) != set(sizes) or any(
            len(base64.b64decode(str(raw[k]), validate=True)) != n for k, n in sizes.items()):
        raise ValueError("recovery slot")
    return {k: str(raw[k]) for k in sizes}


def open_with(secret: str, document: SealDocument) -> SealKey:
    """The key, if `secret` is the passphrase `document`'s check was made with, or the
    recovery key of its recovery slot (tried first when `secret` reads as one: it is cheap)."""
    code = recovery_code(secret)
    if code is not None and document.recovery is not None:
        from cryptography.exceptions import InvalidTag

        slot = {k: base64.b64decode(v) for k, v in document.recovery.items()}
        try:
            master = _aead(_recovery_kek(code, slot["salt"])).decrypt(
                slot["nonce"], slot["wrapped"], _RECOVERY_AAD + document.check.encode("ascii"))
        except InvalidTag:
            pass  # not this store's recovery key: maybe a passphrase that looks like one
        else:
            key = SealKey(master, document.params, document.recovery, by_recovery=True)
            if hmac.compare_digest(key.check, document.check):
                return key
    key = derive(secret, document.params)
    if not hmac.compare_digest(key.check, document.check):
        raise WrongPassphrase(i18n.t("seal_wrong_passphrase"))
    return SealKey(key._master, document.params, document.recovery)  # its sheet still opens it


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
    return open_with(passphrase, read_document(raw, path.name))


def write_seal(folder: Path, key: SealKey) -> Path:
    """seal.json for `key` in `folder`, written whole and flushed to disk, then put in place
    by a rename: a crash leaves the old file or the new one, never a part of either."""
    from core.store.incoming import sync_folder

    path = folder / SEAL_NAME
    temp = folder / f".{SEAL_NAME}.writing"
    data = json.dumps(seal_document(key), indent=1).encode("utf-8")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
    sync_folder(folder)
    return path
