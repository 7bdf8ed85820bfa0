"""The command line's progress line while a case is moved: on a terminal only, on standard
error, cleared at the end; scripts see exactly what they saw before. Ctrl+C during an
import leaves the store as it was and is said in one line (exit 2)."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core import cli
from core.case import progress as progress_module
from core.case.casefile import export_document
from core.case.progress_line import ProgressLine
from core.store.database import open_store
from tests.benchmarks.cases import chinese_case, with_contacts
from tests.conftest import ZH_CASE

ROOT = Path(__file__).resolve().parents[3]
CLEAR = "\r\x1b[K"
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def big_case(tmp_path: Path) -> Path:
    path = tmp_path / "calls.json"
    path.write_text(json.dumps(with_contacts(chinese_case(5), 2_000), ensure_ascii=False),
                    encoding="utf-8")
    return path


@pytest.fixture
def every_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_module, "REPORT_EVERY", 0.0)


def commands(tmp_path: Path, case: Path) -> list[list[str]]:
    data = ["--data-dir", str(tmp_path / "s")]
    return [[*data, "import", str(case)], [*data, "export", str(tmp_path / "out.json")],
            [*data, "backup", "--out", str(tmp_path / "b.debtcase")]]


def test_off_a_terminal_nothing_extra_is_written(tmp_path: Path, big_case: Path, capsys,
                                                 every_step) -> None:
    outs = []
    for argv in commands(tmp_path, big_case):
        assert cli.main(argv) == 0
        out, err = capsys.readouterr()
        assert err == ""
        outs.append(out)
    assert outs[0] == "imported: 5 debts, 2000 contacts, 0 plans\n"
    assert outs[1] == f"exported to {tmp_path / 'out.json'}\n"


def test_on_a_terminal_one_line_is_updated_then_cleared(tmp_path: Path, big_case: Path,
                                                        capsys, monkeypatch,
                                                        every_step) -> None:
    plain = []
    for argv in commands(tmp_path / "plain", big_case):
        cli.main(argv)
        plain.append(capsys.readouterr().out)
    for argv, word, out_before in zip(commands(tmp_path, big_case),
                                      ("importing…", "exporting…", "backing up…"), plain,
                                      strict=True):
        terminal = Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        assert cli.main(argv) == 0
        out = capsys.readouterr().out
        assert out == out_before.replace(str(tmp_path / "plain"), str(tmp_path))
        written = terminal.getvalue()
        reports = [r for r in written.split(CLEAR) if r]
        assert len(reports) > 2 and all(r.startswith(word) for r in reports)
        assert "\n" not in written  # one line, written over itself
        assert written.endswith(CLEAR)  # and gone at the end
        last = reports[-1][len(word) + 1:]
        done, total = last.split(" / ")
        assert done == total and int(total.replace(",", "")) > 2_000


def test_the_line_follows_the_language(tmp_path: Path, big_case: Path, monkeypatch,
                                       capsys) -> None:
    monkeypatch.setenv("DEBTDESK_LANG", "zh")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.main(commands(tmp_path, big_case)[0]) == 0
    assert terminal.getvalue().startswith(CLEAR + "导入中… 0 / 2,0")
    assert capsys.readouterr().out.startswith("已导入")


def test_ctrl_c_during_an_import_leaves_the_store_as_it_was(tmp_path: Path, big_case: Path,
                                                            monkeypatch, capsys,
                                                            every_step) -> None:
    data = tmp_path / "s"
    assert cli.main(["--data-dir", str(data), "import", str(ZH_CASE)]) == 0
    store = open_store(data)
    before = export_document(store, NOW)
    store.close()
    capsys.readouterr()
    real = ProgressLine.__call__

    def pressed(self: ProgressLine, done: int, total: int) -> None:
        real(self, done, total)
        if done > 500:  # half-way through the call log: the person presses Ctrl+C
            raise KeyboardInterrupt

    monkeypatch.setattr(ProgressLine, "__call__", pressed)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code = cli.main(["--data-dir", str(data), "import", "--replace", str(big_case)])
    assert code == cli.EXIT_BAD_INPUT
    said = terminal.getvalue().split(CLEAR)[-1]
    assert said == "interrupted; nothing was changed\n"
    store = open_store(data)
    assert export_document(store, NOW) == before
    store.close()


def test_a_real_terminal_sees_the_line_and_a_pipe_does_not(tmp_path: Path,
                                                           big_case: Path) -> None:
    env = {**os.environ, "DEBTDESK_LANG": "en"}
    argv = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path / "t"),
            "import", str(big_case)]
    leader, follower = os.openpty()
    try:
        done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=follower, env=env,
                              cwd=ROOT, timeout=300, check=False)
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed once read to its end
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(leader)
    assert done.returncode == 0
    text = seen.decode("utf-8")
    assert "importing… 0 / " in text and text.endswith(CLEAR)
    piped = subprocess.run([*argv[:3], str(tmp_path / "p"), *argv[4:]], capture_output=True,
                           env=env, cwd=ROOT, timeout=300, check=False)
    assert piped.returncode == 0 and piped.stderr == b""
    assert piped.stdout == done.stdout
