"""protect, passphrase, unprotect from the command line: the passphrase's sources, the
refusals that change nothing, and the case coming through each switch unchanged."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import cli
from core.case.casefile import export_document
from core.store.damage import SQLITE_HEADER
from core.store.database import open_store
from tests.conftest import ZH_CASE
from tests.core.evidence.test_evidence import pdf, png
from tests.sealing import fast_kdf, folder_bytes  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("fast_kdf")

STATEMENT = "我因病失业，收入减少，请求减免利息"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store with the Chinese case and three evidence files, passphrase files beside it."""
    data_dir = tmp_path / "store"
    monkeypatch.setenv("DEBTDESK_HOME", str(data_dir))
    for var in ("DEBTDESK_PASSPHRASE", "DEBTDESK_PASSPHRASE_FILE",
                "DEBTDESK_NEW_PASSPHRASE_FILE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("sys.stdin", None)  # no terminal: nothing is ever asked
    assert cli.main(["import", str(ZH_CASE)]) == 0
    (tmp_path / "scan.png").write_bytes(png((300, 200), "green"))
    (tmp_path / "诊断书.pdf").write_bytes(pdf(3))
    (tmp_path / "statement.txt").write_text(STATEMENT * 40, encoding="utf-8")
    assert cli.main(["evidence", "add", str(tmp_path / "scan.png"), str(tmp_path / "诊断书.pdf"),
                     str(tmp_path / "statement.txt"), "--category", "medical"]) == 0
    (tmp_path / "one").write_text("first passphrase 一\r\nnot this line\n", encoding="utf-8")
    (tmp_path / "two").write_text("second passphrase 二", encoding="utf-8")
    return data_dir


def _use(monkeypatch, tmp_path: Path, old: str | None = None, new: str | None = None) -> None:
    for var, name in (("DEBTDESK_PASSPHRASE_FILE", old), ("DEBTDESK_NEW_PASSPHRASE_FILE", new)):
        if name is None:
            monkeypatch.delenv(var, raising=False)
        else:
            monkeypatch.setenv(var, str(tmp_path / name))


def _case(tmp_path: Path, capsys) -> dict:
    out = tmp_path / "case.json"
    assert cli.main(["export", str(out)]) == 0, capsys.readouterr().err
    document = json.loads(out.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document


def test_the_case_comes_through_every_switch_unchanged(folder, tmp_path, monkeypatch,
                                                       capsys) -> None:
    before = _case(tmp_path, capsys)
    _use(monkeypatch, tmp_path, new="one")
    assert cli.main(["protect"]) == 0
    assert "before-protect-" in capsys.readouterr().out
    assert (folder / "debtdesk.sqlite3").read_bytes()[:16] != SQLITE_HEADER
    _use(monkeypatch, tmp_path, old="one")
    assert _case(tmp_path, capsys) == before
    assert cli.main(["verify"]) == 0
    _use(monkeypatch, tmp_path, old="one", new="two")
    assert cli.main(["passphrase"]) == 0
    assert cli.main(["verify"]) == 2  # the old passphrase opens it no more
    _use(monkeypatch, tmp_path, old="two")
    assert _case(tmp_path, capsys) == before
    assert cli.main(["verify"]) == 0
    assert cli.main(["unprotect"]) == 0
    _use(monkeypatch, tmp_path)
    assert _case(tmp_path, capsys) == before
    assert cli.main(["verify"]) == 0
    assert not (folder / "seal.json").exists()
    assert (folder / "debtdesk.sqlite3").read_bytes()[:16] == SQLITE_HEADER


def test_the_passphrase_is_the_files_first_line_else_the_variable(folder, tmp_path,
                                                                  monkeypatch, capsys) -> None:
    _use(monkeypatch, tmp_path, new="one")
    assert cli.main(["protect"]) == 0
    _use(monkeypatch, tmp_path)
    monkeypatch.setenv("DEBTDESK_PASSPHRASE", "first passphrase 一")
    assert cli.main(["verify"]) == 0
    monkeypatch.setenv("DEBTDESK_PASSPHRASE_FILE", str(tmp_path / "two"))
    assert cli.main(["verify"]) == 2  # the file wins over the variable
    assert capsys.readouterr().err.strip().splitlines() == ["wrong passphrase"]


@pytest.mark.parametrize("command", [
    ["verify"], ["export", "x.json"], ["backup", "--out", "x.debtcase"], ["due"],
    ["evidence", "add", "scan.png", "--category", "other"], ["import", "--replace", "CASE"],
    ["schedule", "--plan", "x"], ["passphrase"], ["unprotect"], ["protect"]])
@pytest.mark.parametrize("given", [None, "two"])
def test_no_or_a_wrong_passphrase_changes_nothing(folder, tmp_path, monkeypatch, capsys,
                                                  command, given) -> None:
    _use(monkeypatch, tmp_path, new="one")
    assert cli.main(["protect"]) == 0
    capsys.readouterr()
    _use(monkeypatch, tmp_path, old=given, new="two")
    before = folder_bytes(folder)
    argv = [str(ZH_CASE) if a == "CASE" else str(tmp_path / a) if "." in a else a
            for a in command]
    assert cli.main(argv) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1
    if command != ["protect"]:
        assert error == ["wrong passphrase"] if given else "passphrase" in error[0]
    assert folder_bytes(folder) == before
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "x.debtcase").exists()


def test_protect_twice_or_unprotect_a_plain_store_is_refused(folder, tmp_path, monkeypatch,
                                                               capsys) -> None:
    def files() -> dict[str, bytes]:  # a plain store's log says what was refused
        return {k: v for k, v in folder_bytes(folder).items() if not k.startswith("logs/")}

    before = files()
    assert cli.main(["unprotect"]) == 2
    assert cli.main(["passphrase"]) == 2
    assert cli.main(["protect"]) == 2  # no new passphrase, and no terminal to ask on
    assert files() == before
    _use(monkeypatch, tmp_path, old="one", new="one")
    assert cli.main(["protect"]) == 0
    capsys.readouterr()
    before = folder_bytes(folder)
    assert cli.main(["protect"]) == 2
    assert "already sealed" in capsys.readouterr().err
    assert folder_bytes(folder) == before


def test_a_window_holding_the_store_stops_a_switch(folder, tmp_path, monkeypatch,
                                                   capsys) -> None:
    from core.store.lock import StoreLock

    lock = StoreLock.acquire(folder)
    try:
        _use(monkeypatch, tmp_path, new="one")
        assert cli.main(["protect"]) == 2
        assert "close it first" in capsys.readouterr().err
        assert not (folder / "seal.json").exists()
    finally:
        lock.release()


def test_sealed_archives_open_with_the_same_passphrase(folder, tmp_path, monkeypatch,
                                                        capsys) -> None:
    before = _case(tmp_path, capsys)
    _use(monkeypatch, tmp_path, new="one")
    assert cli.main(["protect"]) == 0
    _use(monkeypatch, tmp_path, old="one")
    assert cli.main(["backup", "--out", str(tmp_path / "b.debtcase")]) == 0
    assert cli.main(["export", str(tmp_path / "e.debtcase")]) == 0
    for archive in ("b.debtcase", "e.debtcase"):
        raw = (tmp_path / archive).read_bytes()
        assert b"case.json" not in raw and "张".encode() not in raw
        other = tmp_path / f"other-{archive}"
        monkeypatch.setenv("DEBTDESK_HOME", str(other))
        _use(monkeypatch, tmp_path)
        assert cli.main(["import", str(tmp_path / archive)]) == 2  # no passphrase
        _use(monkeypatch, tmp_path, old="two")
        assert cli.main(["import", str(tmp_path / archive)]) == 2
        assert not (other / "debtdesk.sqlite3").exists()
        _use(monkeypatch, tmp_path, old="one")
        assert cli.main(["import", str(tmp_path / archive)]) == 0
        store = open_store(other)  # a plain store: the archive's passphrase was for it only
        try:
            document = export_document(store)
            document.pop("exported_at")
            assert json.loads(json.dumps(document, default=str)) == before
        finally:
            store.close()
        _use(monkeypatch, tmp_path)
        assert cli.main(["verify"]) == 0


def _on_terminal(data_dir: Path, argv: list[str], answers: list[str]) -> tuple[int, str]:
    """Run the command on a pseudo-terminal, typing each answer after its prompt."""
    import os
    import pty
    import sys

    from tests.conftest import ROOT

    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execve(sys.executable, [sys.executable, str(ROOT / "main.py"), "--data-dir",
                                   str(data_dir), *argv],
                  {k: v for k, v in os.environ.items() if "PASSPHRASE" not in k}
                  | {"PYTHONPATH": str(ROOT)})
    seen = b""
    for answer in answers:
        while not seen.rstrip().endswith(b":"):
            seen += os.read(fd, 1024)
        os.write(fd, answer.encode() + b"\n")
        seen += b"|"
    while True:
        try:
            piece = os.read(fd, 1024)
        except OSError:
            break
        if not piece:
            break
        seen += piece
    os.close(fd)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), seen.decode("utf-8", "replace")


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="a POSIX terminal")
def test_a_terminal_is_asked_without_echo_and_twice_for_a_new_one(tmp_path) -> None:
    data_dir = tmp_path / "store"
    code, shown = _on_terminal(data_dir, ["protect"], ["秘密 one", "秘密 two"])
    assert code == 2 and "differ" in shown and not (data_dir / "seal.json").exists()
    code, shown = _on_terminal(data_dir, ["protect"], ["秘密 one", "秘密 one"])
    assert code == 0 and "秘密" not in shown  # never echoed
    code, shown = _on_terminal(data_dir, ["verify"], ["秘密 one"])
    assert code == 0 and "all good" in shown
    code, shown = _on_terminal(data_dir, ["verify"], ["wrong"])
    assert code == 2 and "wrong passphrase" in shown
