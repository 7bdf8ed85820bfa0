"""The recovery key: a random key printed once on a sheet, which opens the sealed case, its
backups and its .debtcase archives wherever the passphrase is asked, until the passphrase
is changed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import cli
from core.case import sealing
from core.errors import DomainError
from core.store import seal
from tests.core.case.test_sealing import _case, _use
from tests.core.case.test_sealing import folder as folder  # noqa: F401 - a fixture
from tests.sealing import fast_kdf, folder_bytes  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("fast_kdf")


def test_a_recovery_key_reads_one_way_only() -> None:
    code = seal.new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 5 and all(len(g) == 5 for g in groups)
    assert not set(code) & set("ILOU")
    assert seal.recovery_code(code.lower().replace("-", " ")) == code.replace("-", "")
    assert seal.recovery_code("0O1IL" * 5) == "00111" * 5  # read as what they look like
    assert seal.recovery_code("correct horse 马") is None
    assert seal.recovery_code(code[:-1]) is None
    assert len({seal.new_recovery_code() for _ in range(50)}) == 50


def _protected(folder: Path, tmp_path: Path, monkeypatch, capsys) -> str:
    _use(monkeypatch, tmp_path, new="one")
    assert cli.main(["protect"]) == 0
    key = seal.unlock(folder, "first passphrase 一")
    code = seal.new_recovery_code()
    before = folder_bytes(folder)
    added = sealing.add_recovery(folder, key, code)
    assert added.check == key.check and not key.by_recovery
    after = folder_bytes(folder)  # only seal.json changed: the data is sealed as it was
    assert {n for n in before.keys() | after.keys() if before.get(n) != after.get(n)} \
        == {"seal.json"}
    capsys.readouterr()
    return code


def test_the_recovery_key_opens_the_case_where_the_passphrase_would(
        folder, tmp_path, monkeypatch, capsys) -> None:
    _use(monkeypatch, tmp_path, old="one")
    before = _case(tmp_path, capsys)
    code = _protected(folder, tmp_path, monkeypatch, capsys)
    opened = seal.unlock(folder, code.lower())
    assert opened.by_recovery and opened.check == seal.unlock(folder, "first passphrase 一").check
    (tmp_path / "code").write_text(code + "\n", encoding="utf-8")
    _use(monkeypatch, tmp_path, old="code")
    assert _case(tmp_path, capsys) == before  # every command takes it as the passphrase
    assert cli.main(["verify"]) == 0
    archive = tmp_path / "copy.debtcase"
    assert cli.main(["backup", "--out", str(archive)]) == 0
    other = tmp_path / "other"
    monkeypatch.setenv("DEBTDESK_HOME", str(other))
    _use(monkeypatch, tmp_path, old="one")  # the archive opens with the passphrase …
    assert cli.main(["import", str(archive)]) == 0, capsys.readouterr().err
    _use(monkeypatch, tmp_path, old="code")  # … and with the recovery key
    assert cli.main(["import", str(archive), "--replace"]) == 0, capsys.readouterr().err


def test_seal_json_holds_the_wrapped_key_and_nothing_that_opens_it(
        folder, tmp_path, monkeypatch, capsys) -> None:
    code = _protected(folder, tmp_path, monkeypatch, capsys)
    text = (folder / "seal.json").read_text(encoding="utf-8")
    slot = json.loads(text)["recovery"]
    assert set(slot) == {"salt", "nonce", "wrapped"}
    key = seal.unlock(folder, code)
    for secret in (key.database.hex(), key.files.hex(), code, code.replace("-", "")):
        assert secret not in text


def test_a_wrong_recovery_key_is_a_wrong_passphrase_and_changes_nothing(
        folder, tmp_path, monkeypatch, capsys) -> None:
    code = _protected(folder, tmp_path, monkeypatch, capsys)
    before = folder_bytes(folder)
    wrong = seal.new_recovery_code()
    assert wrong != code
    with pytest.raises(seal.WrongPassphrase):
        seal.unlock(folder, wrong)
    (tmp_path / "wrong").write_text(wrong, encoding="utf-8")
    _use(monkeypatch, tmp_path, old="wrong")
    assert cli.main(["verify"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert folder_bytes(folder) == before


def test_a_damaged_recovery_slot_is_said_to_be_damaged(folder, tmp_path, monkeypatch,
                                                       capsys) -> None:
    _protected(folder, tmp_path, monkeypatch, capsys)
    document = json.loads((folder / "seal.json").read_text(encoding="utf-8"))
    document["recovery"]["wrapped"] = "AAAA"
    (folder / "seal.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DomainError, match="seal.json") as caught:
        seal.unlock(folder, "first passphrase 一")
    assert not isinstance(caught.value, seal.WrongPassphrase)


def test_a_new_passphrase_voids_the_old_sheet_and_says_so(folder, tmp_path, monkeypatch,
                                                          capsys) -> None:
    code = _protected(folder, tmp_path, monkeypatch, capsys)
    _use(monkeypatch, tmp_path, old="one", new="two")
    assert cli.main(["passphrase"]) == 0
    out = capsys.readouterr().out
    assert "recovery" in out.lower()
    with pytest.raises(seal.WrongPassphrase):
        seal.unlock(folder, code)
    assert "recovery" not in json.loads((folder / "seal.json").read_text(encoding="utf-8"))


def test_adding_a_sheet_to_another_store_or_a_plain_one_is_refused(
        folder, tmp_path, monkeypatch, capsys) -> None:
    with pytest.raises(DomainError):
        sealing.add_recovery(folder, seal.derive("x", seal.new_params()), seal.new_recovery_code())
    _protected(folder, tmp_path, monkeypatch, capsys)
    before = folder_bytes(folder)
    with pytest.raises(DomainError):
        sealing.add_recovery(folder, seal.derive("x", seal.new_params()), seal.new_recovery_code())
    assert folder_bytes(folder) == before


def test_re_keying_reports_each_file_it_writes(folder, tmp_path, monkeypatch) -> None:
    seen: list[tuple[int, int]] = []
    key = seal.derive("first passphrase 一", seal.new_params())
    sealing.protect(folder, key, lambda done, total: seen.append((done, total)))
    evidence = [p for p in (folder / "evidence").iterdir() if not p.name.startswith(".")]
    backups = list((folder / "backups").glob("*.sqlite3"))
    total = len(evidence) + 1 + len(backups)  # the files, the database, the backups
    assert len(evidence) == 3 and backups
    assert seen == [(n, total) for n in range(total + 1)]
