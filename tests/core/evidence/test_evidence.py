"""The evidence store: every acceptance and refusal rule, with real files made here."""
from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path

import pytest

from core import cli
from core.errors import DomainError
from core.evidence.store import add_file, blob_path
from core.evidence.verify import verify
from core.file_types import sniff


def png(size: tuple[int, int] = (64, 48), colour: str = "red") -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg(colour: str = "blue") -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 90), colour).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def pdf(pages: int = 2) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    for page in range(pages):
        c.drawString(72, 720, f"page {page + 1}")
        c.showPage()
    c.save()
    return buffer.getvalue()


@pytest.fixture
def files(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()

    def make(name: str, payload: bytes) -> Path:
        path = folder / name
        path.write_bytes(payload)
        return path

    return make


def test_images_pdf_and_others_are_kept_by_their_content(store, files) -> None:
    cases = {
        "收入证明 扫描.jpg": (jpeg(), "image/jpeg"),
        "chat screenshot.png": (png(), "image/png"),
        "住院证明.pdf": (pdf(3), "application/pdf"),
        "note.txt": ("还款记录：11 月 8 日还 300 元".encode(), "text/plain"),
        "mail.eml": (b"From: a@b.cn\r\nTo: c@d.cn\r\nSubject: hi\r\n\r\nbody\r\n",
                     "message/rfc822"),
        "call.mp3": (b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\x00" * 200, "audio/mpeg"),
        "call.amr": (b"#!AMR\n" + b"\x3c" * 100, "audio/amr"),
        "call.wav": (b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 40, "audio/wav"),
        "voice.ogg": (b"OggS\x00\x02" + b"\x00" * 60, "audio/ogg"),
        "photo.heic": (heic(), "image/heic"),  # decoded whole: a real photo, not a header
    }
    for name, (payload, mime) in cases.items():
        added = add_file(store, files(name, payload), "other")
        assert (added.status, added.mime) == ("stored", mime), name
        assert blob_path(store, added.sha256).read_bytes() == payload
        assert added.sha256 == hashlib.sha256(payload).hexdigest()
    assert verify(store) == []


def test_a_name_that_lies_is_stored_under_the_real_type(store, files) -> None:
    added = add_file(store, files("截图.png", jpeg()), "other")
    assert added.mime == "image/jpeg" and added.real_suffix == ".jpg"
    assert add_file(store, files("scan.jpeg", jpeg("green")), "other").real_suffix is None


@pytest.mark.parametrize("name,payload,reason", [
    ("empty.pdf", b"", "empty"),
    ("archive.jpg", b"PK\x03\x04" + b"\x00" * 100, "not a type"),
    ("binary.txt", b"\x00\x01\x02\x03" * 50, "not a type"),
    ("latin1.txt", "caf\xe9 ".encode("latin-1") * 20,
     "not in UTF-8 (it looks like Windows-1252)"),
    # UTF-16's byte-order mark, FF FE, once passed for an MP3 frame
    ("短信.txt", "\ufeff催收短信：请尽快还款".encode("utf-16-le"),
     "not in UTF-8 (it looks like UTF-16)"),
    ("通话记录.txt", "2026年11月20日 21:40 催收电话，威胁通知单位。\r\n".encode("gbk") * 3,
     "not in UTF-8 (it looks like GBK)"),
])
def test_refused_types(store, files, name: str, payload: bytes, reason: str) -> None:
    with pytest.raises(DomainError) as error:
        add_file(store, files(name, payload), "other")
    assert error.value.message.startswith(name + ": ") and reason in error.value.message
    assert not store.evidence_dir.exists() or list(store.evidence_dir.iterdir()) == []


def heic() -> bytes:
    """A phone's photo: HEIC, as an iPhone saves it (noise, so it is not a few bytes)."""
    from PIL import Image
    from pillow_heif import register_heif_opener

    register_heif_opener()
    out = io.BytesIO()
    Image.effect_noise((320, 240), 80).convert("RGB").save(out, "HEIF")
    return out.getvalue()


def test_a_whole_heic_photo_is_kept(store, files) -> None:
    added = add_file(store, files("IMG_0001.HEIC", heic()), "medical")
    assert added.mime == "image/heic" and added.status == "stored"


@pytest.mark.parametrize("kind", ["jpeg", "png", "pdf", "heic"])
def test_damaged_images_and_pdfs_are_refused(store, files, kind: str) -> None:
    whole = {"jpeg": jpeg, "png": png, "pdf": pdf, "heic": heic}[kind]()
    cut = files(f"truncated.{kind}", whole[: len(whole) * 2 // 3])
    with pytest.raises(DomainError) as error:
        add_file(store, cut, "medical")
    assert "damaged" in error.value.message and "rescan" in error.value.message
    assert list(store.evidence_dir.iterdir()) == []  # no temporary file left behind


def test_not_regular_files(store, tmp_path: Path) -> None:
    folder = tmp_path / "x.jpg"
    folder.mkdir()
    loop = tmp_path / "loop.png"
    loop.symlink_to(loop)
    broken = tmp_path / "broken.pdf"
    broken.symlink_to(tmp_path / "gone.pdf")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    expected = {folder: "folder", loop: "loops", broken: "link to a file that is not there",
                fifo: "not a regular file", tmp_path / "nope.png": "no such file"}
    for path, reason in expected.items():
        with pytest.raises(DomainError) as error:
            add_file(store, path, "other")
        assert error.value.message.startswith(path.name + ": ") and reason in str(error.value)


def test_a_link_to_a_good_file_is_followed(store, files, tmp_path) -> None:
    target = files("real.png", png())
    link = tmp_path / "link.png"
    link.symlink_to(target)
    assert add_file(store, link, "other").status == "stored"


def test_unreadable_and_too_large(store, files, monkeypatch) -> None:
    big = files("big.png", png((900, 900)))
    with pytest.raises(DomainError, match="big.png: larger than the 1 KB limit"):
        add_file(store, big, "other", limit=1024)
    real_open = os.open

    def denied(path, flags, *args):
        if str(path).endswith("secret.png"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(DomainError, match="secret.png: cannot be read"):
        add_file(store, files("secret.png", png()), "other")


def test_the_same_bytes_are_kept_once(store, files) -> None:
    first = add_file(store, files("a.png", png()), "income_proof")
    again = add_file(store, files("copy of a.png", png()), "medical")
    assert (again.status, again.ref) == ("duplicate", first.ref)
    assert len(list(store.evidence_dir.iterdir())) == 1


def test_bytes_attach_to_an_entry_imported_without_them(store, files, tmp_path, zh_document):
    from core.case.casefile import import_case, parse_case_bytes

    payload = pdf(1)
    zh_document["evidence"] = [{"ref": "E7", "sha256": hashlib.sha256(payload).hexdigest(),
                                "name": "诊断书.pdf", "category": "medical",
                                "mime": "application/pdf", "size": len(payload),
                                "title": "诊断书", "reviewed": True}]  # as an export writes it
    import_case(store, parse_case_bytes(json.dumps(zh_document).encode(), "case.json"))
    assert [p.kind for p in verify(store)] == ["missing"]
    added = add_file(store, files("scan-0001.pdf", payload), "other")
    assert (added.status, added.ref) == ("attached", "E7")
    assert verify(store) == []
    from core.case.casefile import export_document

    [entry] = export_document(store)["evidence"]
    assert entry["name"] == "诊断书.pdf" and entry["category"] == "medical"  # unchanged


def test_verify_reports_changed_missing_and_unreferenced(store, files) -> None:
    a = add_file(store, files("a.png", png()), "other")
    b = add_file(store, files("b.jpg", jpeg()), "other")
    tampered = blob_path(store, a.sha256)
    tampered.chmod(0o600)
    tampered.write_bytes(png(colour="white"))
    blob_path(store, b.sha256).unlink()
    (store.evidence_dir / ("f" * 64)).write_bytes(b"stray")
    problems = {(p.kind, p.subject) for p in verify(store)}
    assert problems == {("changed", a.ref), ("missing", b.ref), ("unreferenced", "f" * 64)}


def test_verify_leaves_out_files_a_kept_backup_needs(store, files) -> None:
    from core.case.backup import snapshot
    from core.evidence.store import list_evidence, remove_evidence

    a = add_file(store, files("a.png", png()), "other")
    made = snapshot(store, "manual-")
    remove_evidence(store, next(r.id for r in list_evidence(store) if r.data["ref"] == a.ref))
    assert verify(store) == []  # the backup still names it: not a stray file
    made.unlink()
    made.with_suffix(".json").unlink()
    assert {(p.kind, p.subject) for p in verify(store)} == {("unreferenced", a.sha256)}


def test_verify_reports_progress_and_stops_when_asked(store, files) -> None:
    for colour in ("red", "green", "blue"):
        add_file(store, files(f"{colour}.png", png(colour=colour)), "other")
    seen: list[tuple[int, int]] = []
    assert verify(store, progress=lambda done, total: seen.append((done, total))) == []
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]

    class Stop(Exception):
        pass

    def stop_at_two(done: int, _total: int) -> None:
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        verify(store, progress=stop_at_two)


def test_cli_each_file_stands_alone(tmp_path, files, capsys, zh_document) -> None:
    store = tmp_path / "s"
    case = tmp_path / "case.json"
    case.write_text(json.dumps(zh_document, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["--data-dir", str(store), "import", str(case)]) == 0
    good, bad = files("工资流水.png", png()), files("坏文件.jpg", jpeg()[:300])
    lying = files("截图.gif", jpeg("yellow"))
    capsys.readouterr()
    code = cli.main(["--data-dir", str(store), "evidence", "add", str(good), str(bad),
                     str(lying), "--category", "income_proof", "--debt", "D1"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "工资流水.png: stored as E1" in out and "截图.gif: stored as E2" in out
    assert "kept as its real type (.jpg)" in out
    assert err.strip().splitlines() == [err.strip()] and err.startswith("坏文件.jpg: damaged")
    assert cli.main(["--data-dir", str(store), "verify"]) == 0
    code = cli.main(["--data-dir", str(store), "evidence", "add", str(good), "--category",
                     "income_proof", "--debt", "D9"])
    assert code == 2 and "D9" in capsys.readouterr().err
    assert cli.main(["--data-dir", str(store), "evidence", "add", str(good),
                     "--category", "gift"]) == 2


def test_cli_verify_exit_code(tmp_path, files, capsys) -> None:
    store_dir = tmp_path / "s"
    assert cli.main(["--data-dir", str(store_dir), "evidence", "add",
                     str(files("a.png", png())), "--category", "other"]) == 0
    [blob] = list((store_dir / "evidence").iterdir())
    blob.chmod(0o600)
    blob.write_bytes(b"tampered")
    capsys.readouterr()
    assert cli.main(["--data-dir", str(store_dir), "verify"]) == 1
    assert "E1: its file has changed" in capsys.readouterr().out


def test_sniffing_tells_mp3_from_aac() -> None:
    assert sniff(b"\xff\xfb\x90\x00").mime == "audio/mpeg"
    assert sniff(b"\xff\xf1\x50\x80").mime == "audio/aac"
    assert sniff(b"\x00\x00\x00\x20ftypM4A \x00\x00").mime == "audio/mp4"
    assert sniff(b"hello") is None


def test_details_edited_and_removal_undone(zh_store, files) -> None:
    from core.case.casefile import export_document
    from core.evidence.store import (
        evidence_document,
        list_evidence,
        remove_evidence,
        restore_evidence,
        update_evidence,
    )

    add_file(zh_store, files("诊断书.pdf", pdf(1)), "other")
    [row] = list_evidence(zh_store)
    doc = evidence_document(zh_store, row.id)
    doc.update({"category": "medical", "title": "孩子住院诊断书", "reviewed": True,
                "document_date": "2026-10-12", "debts": ["D3", "D1"], "sha256": "0" * 64})
    update_evidence(zh_store, row.id, doc)
    [entry] = export_document(zh_store)["evidence"]
    assert entry["category"] == "medical" and entry["reviewed"] is True
    assert entry["debts"] == ["D3", "D1"] and entry["sha256"] != "0" * 64  # bytes' hash fixed
    with pytest.raises(DomainError) as error:
        update_evidence(zh_store, row.id, doc | {"document_date": "2026-13-01"})
    assert error.value.path == ("document_date",)
    with pytest.raises(DomainError) as error:
        update_evidence(zh_store, row.id, doc | {"debts": ["D9"]})
    assert error.value.path == ("debts", 0)
    before = export_document(zh_store)
    snapshot, _ = remove_evidence(zh_store, row.id)
    assert export_document(zh_store)["evidence"] == []
    assert [p.kind for p in verify(zh_store)] == ["unreferenced"]  # bytes stay until purged
    restore_evidence(zh_store, snapshot)
    after = export_document(zh_store)
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before and verify(zh_store) == []


def test_many_files_a_batch_at_a_time_each_standing_alone(store, files, monkeypatch) -> None:
    """A batch's bytes are on disk before any of them takes its hash's name, each batch is
    one transaction, and a refused file takes its own place among the others."""
    from core.evidence import store as evidence_store
    from core.store import incoming

    monkeypatch.setattr(evidence_store, "ADD_BATCH", 2)
    settled: list[tuple[int, int]] = []
    real_settle, real_write = incoming.settle, type(store).write
    writes: list[int] = []

    def settle(temps) -> None:
        named = [p for p in store.evidence_dir.iterdir() if not p.name.startswith(".")]
        settled.append((len(temps), len(named)))
        real_settle(temps)

    def write(self):
        writes.append(1)
        return real_write(self)

    monkeypatch.setattr(incoming, "settle", settle)
    monkeypatch.setattr(type(store), "write", write)
    paths = [files("a.png", png()), files("empty.pdf", b""), files("b.jpg", jpeg()),
             files("a again.png", png()), files("c.pdf", pdf(1))]
    out = list(evidence_store.add_files(store, paths, "medical"))
    assert isinstance(out[1], DomainError) and "empty.pdf" in out[1].message
    assert [o.status for o in out if not isinstance(o, DomainError)] == [
        "stored", "stored", "duplicate", "stored"]
    assert [o.ref for o in out if not isinstance(o, DomainError)] == ["E1", "E2", "E1", "E3"]
    assert settled == [(1, 0), (2, 1), (1, 2)]  # nothing of a batch named before it settles
    assert len(writes) == 3  # a transaction a batch, not a file
    assert not [p for p in store.evidence_dir.iterdir() if p.name.startswith(".")]
    assert verify(store) == []


def test_many_files_say_which_is_next_and_stop_when_cancelled(store, files) -> None:
    """The window's progress comes from `taking`; cancelling begins no further file, refuses
    the one being copied, and keeps those already copied whole."""
    from core.evidence import store as evidence_store

    paths = [files(f"第{n}页.png", png((10 + n, 10), "white")) for n in range(6)]
    told: list[tuple[int, str]] = []
    out = list(evidence_store.add_files(store, paths, "medical", taking=lambda i, p: told.append(
        (i, p.name)), cancelled=lambda: len(told) >= 4))  # cancelled as the 4th file begins
    assert told == [(n, f"第{n}页.png") for n in range(4)]
    assert [o.ref for o in out[:3]] == ["E1", "E2", "E3"]  # in order
    assert len(out) == 4 and isinstance(out[3], DomainError)  # nothing for the last two
    assert [e.data["ref"] for e in evidence_store.list_evidence(store)] == ["E1", "E2", "E3"]
    assert verify(store) == []
