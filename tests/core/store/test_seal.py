"""The key from a passphrase (Argon2id, its parameters in seal.json, a key check value) and
the chunked AES-GCM files that evidence, backups and archives are sealed in."""
from __future__ import annotations

import io
import json
import os

import pytest

from core.errors import DomainError
from core.store import seal
from core.store.sealed_file import (
    CHUNK,
    HEADER_LEN,
    SEALED_CHUNK,
    SealBroken,
    SealedReader,
    SealedWriter,
    rewrite,
)
from tests.sealing import fast_kdf  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("fast_kdf")


def _sealed_folder(tmp_path, passphrase="correct horse 马"):
    key = seal.derive(passphrase, seal.new_params())
    seal.write_seal(tmp_path, key)
    return key


def test_unlock_gives_the_same_keys_for_the_passphrase_only(tmp_path) -> None:
    key = _sealed_folder(tmp_path)
    again = seal.unlock(tmp_path, "correct horse 马")
    assert (again.database, again.files, again.check) == (key.database, key.files, key.check)
    assert again.blob_name("ab" * 32) == key.blob_name("ab" * 32) != "ab" * 32
    with pytest.raises(seal.WrongPassphrase):
        seal.unlock(tmp_path, "correct horse")
    with pytest.raises(seal.NeedsPassphrase):
        seal.unlock(tmp_path, "")


def test_the_passphrase_is_normalised(tmp_path) -> None:
    _sealed_folder(tmp_path, "caf\u00e9")
    assert seal.unlock(tmp_path, "cafe\u0301").check  # the same word, typed another way


def test_seal_json_holds_the_parameters_and_no_key(tmp_path) -> None:
    key = _sealed_folder(tmp_path)
    document = json.loads((tmp_path / "seal.json").read_text())
    assert document["kdf"]["algorithm"] == "argon2id"
    assert document["kdf"]["memory_kib"] == 8 * 1024 and document["version"] == 1
    assert seal.KdfParams(b"").memory_kib == 128 * 1024  # the real cost, unless a test lowers it
    text = (tmp_path / "seal.json").read_text()
    for secret in (key.database, key.files):
        assert secret.hex() not in text
    assert "SealKey(…)" == repr(key)


@pytest.mark.parametrize("damage", [
    lambda d: d.pop("check"),
    lambda d: d["kdf"].update(salt="!!"),
    lambda d: d["kdf"].update(memory_kib=-1),
    lambda d: d.update(format="other"),
])
def test_a_damaged_seal_json_is_told_apart_from_a_wrong_passphrase(tmp_path, damage) -> None:
    _sealed_folder(tmp_path)
    document = json.loads((tmp_path / "seal.json").read_text())
    damage(document)
    (tmp_path / "seal.json").write_text(json.dumps(document))
    with pytest.raises(DomainError) as caught:
        seal.unlock(tmp_path, "correct horse 马")
    assert not isinstance(caught.value, seal.WrongPassphrase)
    assert "seal.json" in caught.value.message


def test_a_newer_seal_is_refused_as_such(tmp_path) -> None:
    _sealed_folder(tmp_path)
    document = json.loads((tmp_path / "seal.json").read_text())
    document["version"] = 2
    (tmp_path / "seal.json").write_text(json.dumps(document))
    with pytest.raises(DomainError, match="newer"):
        seal.unlock(tmp_path, "correct horse 马")


def _seal(data: bytes, key: bytes) -> bytes:
    out = io.BytesIO()
    with SealedWriter(out, key) as writer:
        for start in range(0, len(data), 10_000):  # written in uneven pieces
            writer.write(data[start:start + 10_000])
    return out.getvalue()


KEY = bytes(range(32))


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5])
def test_sealed_files_round_trip_and_seek(size: int) -> None:
    data = os.urandom(size)
    sealed = _seal(data, KEY)
    assert len(sealed) == HEADER_LEN + (size // CHUNK + 1) * 16 + size
    if size >= 64:
        assert data[:64] not in sealed
    reader = SealedReader(io.BytesIO(sealed), KEY)
    assert reader.size == size and reader.read() == data
    if size:
        reader.seek(size // 2)
        assert reader.read(100) == data[size // 2: size // 2 + 100]
        reader.seek(-1, io.SEEK_END)
        assert reader.read() == data[-1:]


def _broken(sealed: bytes) -> list[bytes]:
    body = sealed[HEADER_LEN:]
    flipped = bytearray(sealed)
    flipped[HEADER_LEN + 5] ^= 1
    header = bytearray(sealed)
    header[10] ^= 1
    swapped = sealed[:HEADER_LEN] + body[SEALED_CHUNK:2 * SEALED_CHUNK] \
        + body[:SEALED_CHUNK] + body[2 * SEALED_CHUNK:]
    return [
        sealed[:HEADER_LEN + 2 * SEALED_CHUNK],  # cut exactly at a chunk's end
        sealed[:-1],  # cut inside the last chunk
        bytes(flipped), bytes(header), swapped,
        sealed + b"\x00" * 16,  # something added
    ]


def test_a_changed_cut_or_reordered_file_fails() -> None:
    data = os.urandom(3 * CHUNK + 100)
    for bad in _broken(_seal(data, KEY)):
        with pytest.raises(SealBroken):
            SealedReader(io.BytesIO(bad), KEY).read()


def test_another_key_fails() -> None:
    with pytest.raises(SealBroken):
        SealedReader(io.BytesIO(_seal(b"x" * 100, KEY)), bytes(32)).read()


def test_rewrite_moves_bytes_between_keys_and_plain(tmp_path) -> None:
    data = os.urandom(2 * CHUNK + 7)
    plain = tmp_path / "plain"
    plain.write_bytes(data)
    rewrite(plain, None, tmp_path / "a", KEY)
    rewrite(tmp_path / "a", KEY, tmp_path / "b", bytes(32))
    rewrite(tmp_path / "b", bytes(32), tmp_path / "c", None)
    assert (tmp_path / "c").read_bytes() == data
    assert data[:100] not in (tmp_path / "a").read_bytes()
    assert oct((tmp_path / "a").stat().st_mode & 0o777) == "0o600"
