"""After `protect`, no byte of the data folder gives the person away: not the database or
its journal, the evidence files or their names, the backups, the thumbnails, nor the log."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core import cli
from core.store.seal import unlock
from tests.conftest import ZH_CASE
from tests.core.case.test_sealing import STATEMENT, _use
from tests.core.case.test_sealing import folder as folder  # noqa: F401 - a fixture
from tests.privacy import case_secrets
from tests.sealing import fast_kdf, folder_bytes  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("fast_kdf")


def _needles(evidence: list[Path]) -> dict[str, bytes]:
    """The case's texts (six bytes or more, so random bytes cannot match them by chance),
    each evidence file's hash, and runs of its bytes from its start, middle and end."""
    found = {text: text.encode("utf-8") for text in case_secrets(ZH_CASE)
             if len(text.encode("utf-8")) >= 6}
    found["hardship statement"] = STATEMENT.encode("utf-8")
    for path in evidence:
        data = path.read_bytes()
        found[f"{path.name} sha256"] = hashlib.sha256(data).hexdigest().encode("ascii")
        for at in (0, len(data) // 2, len(data) - 24):
            found[f"{path.name} @{at}"] = data[at:at + 24]
    return found


def _leaks(folder: Path, needles: dict[str, bytes]) -> list[str]:
    return sorted(f"{name} in {file}" for file, data in folder_bytes(folder).items()
                  for name, needle in needles.items() if needle in data or needle in file.encode())


def test_nothing_personal_is_left_in_plain_bytes(folder, tmp_path, monkeypatch,
                                                  capsys) -> None:
    evidence = [tmp_path / "scan.png", tmp_path / "诊断书.pdf", tmp_path / "statement.txt"]
    needles = _needles(evidence)
    assert _leaks(folder, needles)  # the check can fail: a plain store gives all away
    thumbnails = folder / "thumbnails"
    thumbnails.mkdir()
    sha = hashlib.sha256(evidence[0].read_bytes()).hexdigest()
    (thumbnails / f"{sha}.png").write_bytes(evidence[0].read_bytes())  # a cached thumbnail
    aside = folder / "debtdesk.sqlite3.damaged-20260101-000000"
    aside.write_bytes((folder / "debtdesk.sqlite3").read_bytes())  # a damaged copy, kept
    _use(monkeypatch, tmp_path, new="one")
    assert cli.main(["protect"]) == 0
    assert _leaks(folder, needles) == []
    assert not thumbnails.exists()

    _use(monkeypatch, tmp_path, old="one")
    extra = tmp_path / "extra.png"
    from tests.core.evidence.test_evidence import png

    extra.write_bytes(png((200, 200), "purple"))
    assert cli.main(["evidence", "add", str(extra), "--category", "other"]) == 0
    assert cli.main(["backup", "--out", str(folder / "in-the-folder.debtcase")]) == 0
    assert cli.main(["verify"]) == 0
    needles.update(_needles([extra]))
    from core.store.database import open_store

    store = open_store(folder, key=unlock(folder, "first passphrase 一"))
    try:
        with store.write() as session:  # a write still in the journal while we look
            from sqlalchemy import text

            session.execute(text("UPDATE debt SET note = :n WHERE ref = 'D1'"),
                            {"n": STATEMENT + " 追加"})
        assert (folder / "debtdesk.sqlite3-wal").stat().st_size > 0
        assert _leaks(folder, needles) == []
    finally:
        store.close()
    assert "verify" in (folder / "logs" / "debtdesk.log").read_text()
    capsys.readouterr()
    assert cli.main(["unprotect"]) == 0
    assert aside.read_bytes()[:16] == b"SQLite format 3\x00"  # given back as it was
    assert cli.main(["verify"]) == 0
