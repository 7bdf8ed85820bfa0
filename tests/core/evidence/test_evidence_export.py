"""Evidence out of the store: to a folder or a ZIP under the original names, and the purge."""
from __future__ import annotations

import zipfile
from pathlib import Path

from core.evidence.export import export_to_folder, export_to_zip, purge, unreferenced
from core.evidence.store import add_file, list_evidence, remove_evidence, restore_evidence
from tests.core.evidence.test_evidence import jpeg, pdf, png


def _keep(store, folder: Path) -> dict[str, int]:
    folder.mkdir()
    for name, payload in (("收入证明.jpg", jpeg()), ("住院 病历.pdf", pdf(3)),
                          ("聊天截图.png", png()), ("收入证明 .JPG", jpeg("green"))):
        (folder / name).write_bytes(payload)
        add_file(store, folder / name, "income_proof")
    return {e.data["name"]: e.id for e in list_evidence(store)}


def test_to_a_folder_with_chinese_names_never_overwriting(store, tmp_path: Path) -> None:
    ids = _keep(store, tmp_path / "in")
    out = tmp_path / "导出"
    out.mkdir()
    (out / "收入证明.jpg").write_bytes(b"someone else's file")
    done = export_to_folder(store, [ids["收入证明.jpg"], ids["住院 病历.pdf"]], out)
    assert done.written == ("收入证明 (2).jpg", "住院 病历.pdf") and done.missing == ()
    assert (out / "收入证明.jpg").read_bytes() == b"someone else's file"
    original = (tmp_path / "in" / "收入证明.jpg").read_bytes()
    assert (out / "收入证明 (2).jpg").read_bytes() == original
    assert not [p for p in out.iterdir() if p.name.startswith(".export-")]


def test_to_a_zip_whole_with_utf8_names(store, tmp_path: Path) -> None:
    ids = _keep(store, tmp_path / "in")
    archive = tmp_path / "材料.zip"
    done = export_to_zip(store, list(ids.values()), archive)
    with zipfile.ZipFile(archive) as z:
        names = z.namelist()
        assert names == list(done.written)
        assert "聊天截图.png" in names and z.read("聊天截图.png") == (tmp_path / "in" /
                                                                       "聊天截图.png").read_bytes()
        assert all(info.flag_bits & 0x800 for info in z.infolist() if not info.filename.isascii())
    assert len(set(n.casefold() for n in names)) == 4


def test_purge_keeps_what_a_backup_still_names(store, tmp_path: Path) -> None:
    """A snapshot made while the file was in the case needs its bytes to be restored."""
    from core.case.backup import restore, snapshot

    ids = _keep(store, tmp_path / "in")
    made = snapshot(store, "manual-")
    remove_evidence(store, ids["聊天截图.png"])
    assert unreferenced(store) == []
    assert purge(store) == (0, 0)
    made.with_suffix(".json").unlink()  # the manifest lost: the snapshot itself still says
    assert unreferenced(store) == []
    restore(store, made)
    assert export_to_folder(store, [ids["聊天截图.png"]], tmp_path / "back").written == (
        "聊天截图.png",)
    for kept in (store.data_dir / "backups").glob("*.sqlite3"):
        kept.unlink()  # every snapshot deleted (the restore kept one of its own too)
    remove_evidence(store, ids["聊天截图.png"])
    assert len(unreferenced(store)) == 1  # then, and only then, the bytes may go


def test_purge_takes_only_bytes_nothing_refers_to(store, tmp_path: Path) -> None:
    ids = _keep(store, tmp_path / "in")
    assert unreferenced(store) == []
    snapshot, _ = remove_evidence(store, ids["聊天截图.png"])
    assert len(unreferenced(store)) == 1
    restore_evidence(store, snapshot)  # undo before a purge: nothing lost
    assert unreferenced(store) == []
    remove_evidence(store, ids["聊天截图.png"])
    count, size = purge(store)
    assert count == 1 and size == len(png())
    assert len(list(store.evidence_dir.iterdir())) == 3
    missing = export_to_folder(store, [ids["住院 病历.pdf"]], tmp_path / "again")
    assert missing.written == ("住院 病历.pdf",)
