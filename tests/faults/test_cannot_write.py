"""A folder that cannot be written (read-only, forbidden, a full disk), a missing target
folder, and an archive with a damaged or encrypted member: exit 2 and one line that says
what is wrong and what to do, never a traceback. We run as root, so a read-only folder is
simulated by the OSError or SQLite refusal it causes, raised at the write point."""
from __future__ import annotations

import errno
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import pytest

from core import cli
from core.case.backup import backup
from core.store import database, incoming
from tests.conftest import ZH_CASE
from tests.core.evidence.test_evidence import pdf

COMMANDS = {
    "verify": ["verify"],
    "due": ["due"],
    "schedule": ["schedule", "--plan", "按比例分期"],
    "export": ["export", "{tmp}/case.json"],
    "backup": ["backup", "--out", "{tmp}/case.debtcase"],
    "import": ["import", "--replace", str(ZH_CASE)],
    "evidence": ["evidence", "add", "{tmp}/scan.pdf", "--category", "medical"],
}

SQLITE_REFUSALS = {"read-only": ("attempt to write a readonly database", "read-only"),
                   "cannot create": ("unable to open database file", "read-only"),
                   "full": ("database or disk is full", "is full")}


def _run(data_dir: Path, argv: list[str], tmp: Path, capsys) -> tuple[int, str]:
    (tmp / "scan.pdf").write_bytes(pdf(1))
    code = cli.main(["--data-dir", str(data_dir), *[a.format(tmp=tmp) for a in argv]])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("refusal", list(SQLITE_REFUSALS))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_when_sqlite_cannot_write(zh_store, tmp_path: Path, capsys, monkeypatch,
                                                command: str, refusal: str) -> None:
    text, said = SQLITE_REFUSALS[refusal]
    data_dir = zh_store.data_dir
    zh_store.close()

    def refuse(*_args) -> None:
        raise sqlite3.OperationalError(text)

    monkeypatch.setattr(database, "_on_connect", refuse)
    code, err = _run(data_dir, COMMANDS[command], tmp_path, capsys)
    assert code == 2 and err.count("\n") == 1, err
    assert said in err and str(data_dir) in err


@pytest.mark.parametrize("number,said", [(errno.EROFS, "read-only"), (errno.EACCES, "read-only"),
                                         (errno.ENOSPC, "is full")])
@pytest.mark.parametrize("command", ["export", "backup", "evidence", "import"])
def test_file_writes_the_folder_refuses(zh_store, tmp_path: Path, capsys, monkeypatch,
                                        command: str, number: int, said: str) -> None:
    """The temporary file every write makes first is refused (tempfile and the evidence
    folder's incoming file)."""
    data_dir = zh_store.data_dir
    zh_store.close()
    archive = tmp_path / "in.debtcase"
    if command == "import":  # a .debtcase with evidence, so bytes are written on import
        from core.evidence.store import add_file
        from core.store.database import open_store

        other = open_store(tmp_path / "other")
        from core.case.casefile import import_case, read_case_file
        import_case(other, read_case_file(ZH_CASE))
        (tmp_path / "s.pdf").write_bytes(pdf(2))
        add_file(other, tmp_path / "s.pdf", "medical")
        backup(other, archive)
        other.close()

    def refuse(*_args, **_kwargs):
        raise OSError(number, "simulated", str(tmp_path))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    monkeypatch.setattr(incoming.Incoming, "__init__", refuse)
    argv = ["import", "--replace", str(archive)] if command == "import" else COMMANDS[command]
    code, err = _run(data_dir, argv, tmp_path, capsys)
    assert code == 2 and err.count("\n") == 1, err
    assert said in err and "simulated" not in err


def test_evidence_add_on_a_full_disk_blames_the_disk_not_the_file(zh_store, tmp_path: Path,
                                                                   capsys, monkeypatch) -> None:
    data_dir = zh_store.data_dir
    zh_store.close()

    class Full:
        def __init__(self, *_a) -> None:
            pass

        def write(self, _data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def __enter__(self):
            return self

        def __exit__(self, *_a) -> None:
            return None

    monkeypatch.setattr(incoming.Incoming, "writer", lambda self: Full())
    (tmp_path / "two.pdf").write_bytes(pdf(2))
    code = cli.main(["--data-dir", str(data_dir), "evidence", "add", str(tmp_path / "two.pdf"),
                     str(tmp_path / "two.pdf"), "--category", "medical"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err  # stops at the first: the next would fail too
    assert "is full" in err and "cannot be read" not in err and "two.pdf" not in err
    assert not [p for p in (data_dir / "evidence").iterdir()
                if p.name.startswith(incoming.PREFIX)]


def test_backup_into_a_missing_folder(zh_store, tmp_path: Path, capsys) -> None:
    out = tmp_path / "no such folder" / "case.debtcase"
    code = cli.main(["--data-dir", str(zh_store.data_dir), "backup", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "does not exist" in err and str(out.parent) in err


def test_export_into_a_missing_folder(zh_store, tmp_path: Path, capsys) -> None:
    out = tmp_path / "gone" / "case.json"
    code = cli.main(["--data-dir", str(zh_store.data_dir), "export", str(out)])
    assert code == 2 and "does not exist" in capsys.readouterr().err


def _archive(zh_store, tmp_path: Path) -> Path:
    (tmp_path / "s.pdf").write_bytes(pdf(3))
    from core.evidence.store import add_file

    add_file(zh_store, tmp_path / "s.pdf", "medical")
    made = tmp_path / "good.debtcase"
    backup(zh_store, made)
    return made


def test_an_archive_with_an_encrypted_member(zh_store, tmp_path: Path, capsys) -> None:
    """The encryption flag set on an evidence member, in its local and central headers (as
    a zip tool with a password sets it)."""
    good = _archive(zh_store, tmp_path)
    raw = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as archive:
        info = next(i for i in archive.infolist() if i.filename.startswith("evidence/"))
    raw[info.header_offset + 6] |= 0x1
    name = info.filename.encode()
    central = raw.find(b"PK\x01\x02", 0)
    while raw[central + 46:central + 46 + len(name)] != name:
        central = raw.find(b"PK\x01\x02", central + 4)
    raw[central + 8] |= 0x1
    bad = tmp_path / "encrypted.debtcase"
    bad.write_bytes(bytes(raw))
    code = cli.main(["--data-dir", str(tmp_path / "new"), "import", str(bad)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "encrypted" in err and bad.name in err


@pytest.mark.parametrize("member", ["case.json", "evidence/", "MANIFEST"])
def test_an_archive_with_a_damaged_member(zh_store, tmp_path: Path, capsys,
                                          member: str) -> None:
    good = _archive(zh_store, tmp_path)
    bad = tmp_path / "damaged.debtcase"
    raw = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as archive:
        info = next(i for i in archive.infolist()
                    if i.filename.startswith(member) or member == "MANIFEST"
                    and i.filename not in ("case.json",) and "/" not in i.filename)
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for at in range(start + 2, start + min(info.compress_size - 2, 40)):
        raw[at] ^= 0x5A
    bad.write_bytes(bytes(raw))
    code = cli.main(["--data-dir", str(tmp_path / "new"), "import", str(bad)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert bad.name in err and ("damaged" in err or "does not match" in err), err
