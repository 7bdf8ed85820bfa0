"""Evidence in a sealed store: stored sealed under names that say nothing, read back plain
(to memory, or a private copy for a viewer), checked by verify, exported plain."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core.case import sealing
from core.evidence.export import export_to_folder, unreferenced
from core.evidence.store import add_file, list_evidence, remove_evidence
from core.evidence.verify import verify
from core.store.blobs import blob_path, plain_copy, read_blob
from core.store.database import open_store
from core.store.seal import derive, new_params
from tests.core.evidence.test_evidence import pdf, png
from tests.sealing import fast_kdf  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture
def sealed(data_dir: Path):
    open_store(data_dir).close()
    key = derive("pass", new_params())
    sealing.protect(data_dir, key)
    store = open_store(data_dir, key=key)
    yield store
    store.close()


def test_a_sealed_file_reads_back_and_verifies(sealed, tmp_path: Path) -> None:
    scan = tmp_path / "诊断书.pdf"
    scan.write_bytes(pdf(3))
    added = add_file(sealed, scan, "medical")
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert added.sha256 == sha and added.mime == "application/pdf"
    stored = blob_path(sealed, sha)
    assert stored.name != sha and stored.is_file()
    assert scan.read_bytes()[:200] not in stored.read_bytes()
    assert read_blob(sealed, sha) == scan.read_bytes()
    with plain_copy(sealed, sha, "诊断书.pdf") as copy:
        assert copy.read_bytes() == scan.read_bytes()
        assert sealed.data_dir in copy.parents
    assert not copy.exists()
    assert list_evidence(sealed)[0].stored
    assert verify(sealed) == []
    out = tmp_path / "out"
    export_to_folder(sealed, [list_evidence(sealed)[0].id], out)
    assert (out / "诊断书.pdf").read_bytes() == scan.read_bytes()


def test_a_damaged_image_is_refused_in_a_sealed_store(sealed, tmp_path: Path) -> None:
    from core.errors import DomainError

    cut = tmp_path / "cut.png"
    cut.write_bytes(png((200, 200))[:-40])
    with pytest.raises(DomainError, match="cut.png"):
        add_file(sealed, cut, "other")
    assert not any(p for p in sealed.evidence_dir.iterdir() if not p.name.startswith("."))


def test_verify_finds_a_changed_or_cut_sealed_file(sealed, tmp_path: Path) -> None:
    for n, colour in enumerate(("red", "blue")):
        (tmp_path / f"{n}.png").write_bytes(png((80, 80), colour))
        add_file(sealed, tmp_path / f"{n}.png", "other")
    first, second = (blob_path(sealed, r.data["sha256"]) for r in list_evidence(sealed))
    for path in (first, second):
        path.chmod(0o600)
    raw = bytearray(first.read_bytes())
    raw[40] ^= 1
    first.write_bytes(bytes(raw))
    second.write_bytes(second.read_bytes()[:-16])
    assert sorted(p.kind for p in verify(sealed)) == ["changed", "changed"]


def test_removed_evidence_is_unreferenced_by_its_stored_name(sealed, tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(png())
    add_file(sealed, tmp_path / "a.png", "other")
    row = list_evidence(sealed)[0]
    remove_evidence(sealed, row.id)
    assert unreferenced(sealed) == [blob_path(sealed, row.data["sha256"])]
