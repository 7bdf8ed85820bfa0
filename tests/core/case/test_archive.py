"""The .debtcase archive: byte-identical round trips, tampering and hostile archives refused
with nothing written anywhere."""
from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from core import cli
from core.case.casefile import export_case, export_document, import_case, load_case_file
from core.errors import DomainError
from core.evidence.store import add_file, blob_path
from core.evidence.verify import verify
from core.store.database import open_store
from tests.core.evidence.test_evidence import jpeg, pdf, png


@pytest.fixture
def full_store(zh_store, tmp_path: Path):
    folder = tmp_path / "scans"
    folder.mkdir()
    for name, payload, category in (("收入证明.jpg", jpeg(), "income_proof"),
                                    ("住院证明.pdf", pdf(3), "medical"),
                                    ("聊天截图.png", png(), "correspondence")):
        (folder / name).write_bytes(payload)
        add_file(zh_store, folder / name, category, ["D3"])
    return zh_store


def test_round_trip_is_byte_identical(full_store, tmp_path: Path) -> None:
    archive = tmp_path / "李明.debtcase"
    export_case(full_store, archive)
    with zipfile.ZipFile(archive) as z:
        names = sorted(z.namelist())
        manifest = z.read("manifest.sha256").decode().splitlines()
    assert names[0] == "case.json" and names[-1] == "manifest.sha256"
    assert sum(n.startswith("evidence/") for n in names) == 3
    assert {n.split(".")[-1] for n in names if n.startswith("evidence/")} == {"jpg", "pdf", "png"}
    assert len(manifest) == 4 and all(len(line.split("  ")[0]) == 64 for line in manifest)
    other = open_store(tmp_path / "elsewhere")
    import_case(other, load_case_file(archive))
    before, after = export_document(full_store), export_document(other)
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before
    for entry in after["evidence"]:
        assert blob_path(other, entry["sha256"]).read_bytes() == \
            blob_path(full_store, entry["sha256"]).read_bytes()
    assert verify(other) == []
    other.close()


def test_cli_import_export_by_suffix(full_store, tmp_path: Path, capsys) -> None:
    archive = tmp_path / "out.debtcase"
    assert cli.main(["--data-dir", str(full_store.data_dir), "export", str(archive)]) == 0
    assert cli.main(["--data-dir", str(tmp_path / "b"), "import", str(archive)]) == 0
    assert cli.main(["--data-dir", str(tmp_path / "b"), "verify"]) == 0


def _rewrite(source: Path, target: Path, change) -> Path:
    """Copy an archive member by member, letting `change(name, data)` alter or drop each
    (return None to drop, or a list of (name, data) to write instead)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            out = change(info.filename, zin.read(info.filename))
            for name, data in out or []:
                zout.writestr(name, data)
    return target


def _manifest_for(members: dict[str, bytes]) -> bytes:
    return "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in members.items()
                   if n != "manifest.sha256").encode()


@pytest.fixture
def good_archive(full_store, tmp_path: Path) -> Path:
    path = tmp_path / "good.debtcase"
    export_case(full_store, path)
    return path


def _hostile_archives(good: Path, folder: Path) -> dict[str, Path]:
    with zipfile.ZipFile(good) as z:
        members = {n: z.read(n) for n in z.namelist()}
    evidence = next(n for n in members if n.startswith("evidence/"))

    def build(name: str, items: list[tuple[str, bytes]], fix_manifest: bool = True) -> Path:
        path = folder / f"{name}.debtcase"
        body = dict(items)
        with zipfile.ZipFile(path, "w") as z:
            for n, d in items:
                if n != "manifest.sha256":
                    z.writestr(n, d)
            z.writestr("manifest.sha256", _manifest_for(body) if fix_manifest
                       else members["manifest.sha256"])
        return path

    base = [(n, d) for n, d in members.items() if n != "manifest.sha256"]
    archives = {
        "dotdot": build("dotdot", base + [("evidence/../../evil.txt", b"x")]),
        "absolute": build("absolute", base + [("/etc/evil", b"x")]),
        "stray": build("stray", base + [("notes.txt", b"x")]),
        "tampered": build("tampered", [(n, d + b"!" if n == evidence else d) for n, d in base],
                          fix_manifest=False),
        "renamed": build("renamed", [(n.replace(n[9:73], "0" * 64) if n == evidence else n, d)
                                     for n, d in base]),
        "no-manifest-entry": build("no-manifest-entry", base + [(
            f"evidence/{hashlib.sha256(b'extra').hexdigest()}.txt", b"extra")],
            fix_manifest=False),
    }
    duplicated = folder / "duplicated.debtcase"
    with zipfile.ZipFile(duplicated, "w") as z:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for n, d in members.items():
                z.writestr(n, d)
            z.writestr(evidence, b"other bytes")
    archives["duplicated"] = duplicated
    link = folder / "link.debtcase"
    with zipfile.ZipFile(link, "w") as z:
        for n, d in members.items():
            if n == evidence:
                info = zipfile.ZipInfo(n)
                info.external_attr = (0o120777 << 16)
                z.writestr(info, "/etc/passwd")
            else:
                z.writestr(n, d)
    archives["link"] = link
    bomb = folder / "bomb.debtcase"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("case.json", b" " * (300 * 1024 * 1024))
        z.writestr("manifest.sha256", b"")
    archives["bomb"] = bomb
    not_zip = folder / "not-a-zip.debtcase"
    not_zip.write_bytes(b"%PDF-1.4 this is not an archive")
    archives["not-a-zip"] = not_zip
    return archives


def test_hostile_archives_are_refused_and_nothing_is_written(good_archive, tmp_path) -> None:
    archives = _hostile_archives(good_archive, tmp_path)
    for name, path in archives.items():
        target = tmp_path / f"store-{name}"
        with pytest.raises(DomainError) as error:
            import_case(open_store(target), load_case_file(path))
            pytest.fail(f"{name} was accepted")
        assert error.value.message.startswith(path.name + ": "), (name, error.value.message)
        assert "nothing was changed" in error.value.message, name
        assert not (target / "evidence").exists(), name
        assert not (tmp_path / "evil.txt").exists()
        store = open_store(target)
        assert export_document(store)["debts"] == []
        store.close()


def test_a_refused_archive_leaves_an_existing_case_as_it_was(full_store, good_archive,
                                                             tmp_path) -> None:
    tampered = _hostile_archives(good_archive, tmp_path)["tampered"]
    before = export_document(full_store)
    blobs = sorted(p.name for p in full_store.evidence_dir.iterdir())
    with pytest.raises(DomainError):
        import_case(full_store, load_case_file(tampered), replace=True)
    after = export_document(full_store)
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before
    assert sorted(p.name for p in full_store.evidence_dir.iterdir()) == blobs


def test_json_export_keeps_metadata_without_bytes(full_store, tmp_path) -> None:
    path = tmp_path / "case.json"
    export_case(full_store, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert len(doc["evidence"]) == 3 and doc["evidence"][0]["name"] == "收入证明.jpg"
    other = open_store(tmp_path / "o")
    import_case(other, load_case_file(path))
    assert sorted(p.kind for p in verify(other)) == ["missing"] * 3
    other.close()


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_folder_entries_as_zip_r_writes_them_are_allowed(good_archive, tmp_path) -> None:
    members = _members(good_archive)
    rezipped = tmp_path / "rezipped.debtcase"
    with zipfile.ZipFile(rezipped, "w", zipfile.ZIP_DEFLATED) as z:
        z.mkdir("evidence")  # "evidence/", a folder entry, first as zip -r puts it
        for name, data in members.items():
            z.writestr(name, data)
    store = open_store(tmp_path / "s")
    try:
        import_case(store, load_case_file(rezipped))
        assert len(export_document(store)["evidence"]) == 3
        assert verify(store) == []
    finally:
        store.close()


def _with_member(good: Path, folder: Path, name: str, data: bytes) -> Path:
    members = {n: d for n, d in _members(good).items() if n != "manifest.sha256"}
    members[name] = data
    path = folder / "extra.debtcase"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in members.items():
            z.writestr(n, d)
        z.writestr("manifest.sha256", _manifest_for(members))
    return path


def test_an_evidence_file_over_the_limit_is_refused_before_anything_is_written(
        good_archive, tmp_path, monkeypatch) -> None:
    big = b"\x89PNG" + bytes(range(256)) * (6 * 1024)  # 1.5 MB
    name = f"evidence/{hashlib.sha256(big).hexdigest()}.png"
    path = _with_member(good_archive, tmp_path, name, big)
    monkeypatch.setenv("DEBTDESK_EVIDENCE_LIMIT_MB", "1")
    target = tmp_path / "s"
    with pytest.raises(DomainError, match="over the 1 MB limit"):
        import_case(open_store(target), load_case_file(path))
    assert not (target / "evidence").exists()
    monkeypatch.setenv("DEBTDESK_EVIDENCE_LIMIT_MB", "2")  # the same setting raises it
    load_case_file(path)


def test_a_case_json_over_64_mb_is_refused(good_archive, tmp_path) -> None:
    members = {n: d for n, d in _members(good_archive).items() if n != "manifest.sha256"}
    members["case.json"] = members["case.json"] + b" " * (64 * 1024 * 1024)
    path = tmp_path / "fat.debtcase"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in members.items():
            z.writestr(n, d)
        z.writestr("manifest.sha256", _manifest_for(members))
    with pytest.raises(DomainError, match='"case.json" is too large'):
        load_case_file(path)


def test_a_bad_limit_setting_is_one_line_and_stores_nothing(zh_store, tmp_path, capsys,
                                                            monkeypatch) -> None:
    scan = tmp_path / "收入证明.png"
    scan.write_bytes(png())
    monkeypatch.setenv("DEBTDESK_EVIDENCE_LIMIT_MB", "lots")
    code = cli.main(["--data-dir", str(zh_store.data_dir), "evidence", "add", str(scan),
                     "--category", "income_proof"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "DEBTDESK_EVIDENCE_LIMIT_MB" in err
    assert export_document(zh_store)["evidence"] == []


def test_import_puts_each_batch_on_disk_before_any_file_takes_its_name(
        full_store, tmp_path: Path, monkeypatch) -> None:
    """Many files, one sync a batch: each batch's bytes are on disk before the first of them
    is renamed to its hash, so a crash can never leave a hash name over partial bytes."""
    from core.case import archive as archive_module
    from core.store import incoming

    archive = tmp_path / "out.debtcase"
    export_case(full_store, archive)
    other = open_store(tmp_path / "elsewhere")
    monkeypatch.setattr(archive_module, "EXTRACT_BATCH", 2)
    settled: list[tuple[int, list[str]]] = []
    real_settle = incoming.settle

    def settle(files) -> None:
        settled.append((len(files), sorted(p.name for p in other.evidence_dir.iterdir()
                                           if not p.name.startswith(incoming.PREFIX))))
        real_settle(files)

    monkeypatch.setattr(incoming, "settle", settle)
    import_case(other, load_case_file(archive))
    assert [count for count, _ in settled] == [2, 1]  # three files, batches of two
    assert settled[0][1] == []  # nothing named by its hash before the first batch is on disk
    assert len(settled[1][1]) == 2  # the first batch in place before the second is synced
    assert sorted(p.name for p in other.evidence_dir.iterdir()) == sorted(
        e["sha256"] for e in export_document(other)["evidence"])  # no temporary file left
    assert verify(other) == []
    other.close()


def test_export_written_in_pieces_is_the_same_bytes_as_one_dump(full_store, tmp_path: Path,
                                                                monkeypatch) -> None:
    """The case file is written as it is made, in pieces; the bytes are those one
    `json.dumps` of the whole gives, in the .json and as the .debtcase's case.json, whose
    hash the manifest names."""
    from datetime import UTC, datetime

    from core.case import casefile

    monkeypatch.setattr(casefile, "PIECE", 64)  # many pieces even for a small case
    pieces = list(casefile.case_text({"a": "借呗" * 40, "b": list(range(50))}))
    assert len(pieces) > 3
    now = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    whole = (json.dumps(export_document(full_store, now), ensure_ascii=False, indent=2)
             + "\n").encode("utf-8")
    assert export_case(full_store, tmp_path / "case.json", now) == 0
    assert (tmp_path / "case.json").read_bytes() == whole
    assert export_case(full_store, tmp_path / "case.debtcase", now) == 3  # evidence files
    with zipfile.ZipFile(tmp_path / "case.debtcase") as z:
        assert z.read("case.json") == whole
        info = z.getinfo("case.json")
        assert (info.compress_type, info.external_attr) == (zipfile.ZIP_DEFLATED, 0o600 << 16)
        first = z.read("manifest.sha256").decode().splitlines()[0]
    assert first == f"{hashlib.sha256(whole).hexdigest()}  case.json"
