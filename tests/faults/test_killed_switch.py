"""protect, passphrase and unprotect killed at a random moment: the store then opens with the
old passphrase or the new one (or none, where that was the state before or after), `verify`
passes, and the case is whole.

DEBTDESK_CRASH_RUNS sets how many kills of each command (3 by default; 20 for a full run).
"""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core import cli
from tests.conftest import ROOT, ZH_CASE
from tests.core.evidence.test_evidence import pdf

RUNS = int(os.environ.get("DEBTDESK_CRASH_RUNS", "3"))


def _cli(data_dir: Path, *argv: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir",
                             str(data_dir), *argv], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _env(old: Path | None, new: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEBTDESK_PASSPHRASE")}
    env["PYTHONPATH"] = str(ROOT)
    env.pop("DEBTDESK_NEW_PASSPHRASE_FILE", None)
    if old is not None:
        env["DEBTDESK_PASSPHRASE_FILE"] = str(old)
    if new is not None:
        env["DEBTDESK_NEW_PASSPHRASE_FILE"] = str(new)
    return env


def _case(data_dir: Path, passphrase: Path | None, out: Path, monkeypatch) -> dict | None:
    """The case if `passphrase` opens the store and verify passes, else None."""
    if passphrase is None:
        monkeypatch.delenv("DEBTDESK_PASSPHRASE_FILE", raising=False)
    else:
        monkeypatch.setenv("DEBTDESK_PASSPHRASE_FILE", str(passphrase))
    if cli.main(["--data-dir", str(data_dir), "verify"]) != 0:
        return None
    assert cli.main(["--data-dir", str(data_dir), "export", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> tuple[Path, Path, Path, Path]:
    """A plain store and the same store sealed with passphrase one, with passphrase files."""
    base = tmp_path_factory.mktemp("templates")
    one, two = base / "one", base / "two"
    one.write_text("one passphrase\n", encoding="utf-8")
    two.write_text("two passphrase\n", encoding="utf-8")
    plain = base / "plain"
    files = []
    for n in range(12):
        path = base / f"scan-{n}.pdf"
        path.write_bytes(pdf(40 + n))  # some weight, so a kill can land mid-copy
        files.append(str(path))
    for argv in (["import", str(ZH_CASE)], ["evidence", "add", *files, "--category", "medical"]):
        process = _cli(plain, *argv, env=_env(None, None))
        assert process.wait() == 0, process.stderr.read()
    sealed = base / "sealed"
    shutil.copytree(plain, sealed)
    process = _cli(sealed, "protect", env=_env(None, one))
    assert process.wait() == 0, process.stderr.read()
    return plain, sealed, one, two


@pytest.mark.slow
@pytest.mark.parametrize("command", ["protect", "passphrase", "unprotect"])
def test_a_killed_switch_leaves_the_old_store_or_the_new(templates, tmp_path, monkeypatch,
                                                          command) -> None:
    plain, sealed, one, two = templates
    source, old, new = {"protect": (plain, None, one), "passphrase": (sealed, one, two),
                        "unprotect": (sealed, one, None)}[command]
    expected = _case(plain, None, tmp_path / "expected.json", monkeypatch)
    rng = random.Random(f"{command}-{os.getpid()}-{time.time()}")
    timing = tmp_path / "timing"
    shutil.copytree(source, timing)
    started = time.monotonic()
    assert _cli(timing, command, env=_env(old, new)).wait() == 0
    whole = time.monotonic() - started
    outcomes = []
    for run in range(RUNS):
        data_dir = tmp_path / f"run-{run}"
        shutil.copytree(source, data_dir)
        process = _cli(data_dir, command, env=_env(old, new))
        time.sleep(rng.uniform(0.2, whole))
        process.kill()
        process.wait()
        case_old = _case(data_dir, old, tmp_path / "old.json", monkeypatch)
        case_new = None if case_old else _case(data_dir, new, tmp_path / "new.json",
                                                monkeypatch)
        assert (case_old or case_new) == expected, f"run {run}: neither passphrase opens it"
        outcomes.append("old" if case_old else "new")
    print(command, whole, outcomes)


class _FailingOs:
    """The os module for core.store.switch alone: its renames work `count` times, then
    fail as on a full disk."""

    def __init__(self, count: int) -> None:
        self.left = count

    def __getattr__(self, name: str):
        return getattr(os, name)

    def replace(self, source, target) -> None:
        if self.left == 0:
            raise OSError(28, "No space left on device")
        self.left -= 1
        os.replace(source, target)


@pytest.mark.parametrize("command", ["protect", "passphrase", "unprotect"])
def test_a_switch_failing_at_each_rename_is_finished_or_undone(templates, tmp_path,
                                                               monkeypatch, command) -> None:
    """Every rename of the switch in turn fails (the first is the marker's): the store is
    left as it was, or the next open finishes the switch."""
    from core.case import sealing
    from core.store import switch
    from core.store.seal import derive, is_sealed, new_params, unlock

    plain, sealed, one, two = templates
    source, old, new = {"protect": (plain, None, one), "passphrase": (sealed, one, two),
                        "unprotect": (sealed, one, None)}[command]
    expected = _case(plain, None, tmp_path / "expected.json", monkeypatch)
    new_key = None if new is None else derive(new.read_text().strip(), new_params())
    outcomes = []
    for count in range(12):
        data_dir = tmp_path / f"run-{count}"
        shutil.copytree(source, data_dir)
        old_key = None if old is None else unlock(data_dir, old.read_text().strip())
        with monkeypatch.context() as patch:
            patch.setattr(switch, "os", _FailingOs(count))
            try:
                if command == "protect":
                    sealing.protect(data_dir, new_key)
                elif command == "passphrase":
                    sealing.change_passphrase(data_dir, old_key, new_key)
                else:
                    sealing.unprotect(data_dir, old_key)
                outcomes.append("done")
            except OSError:
                outcomes.append("failed")
        case_old = _case(data_dir, old, tmp_path / "old.json", monkeypatch)
        case_new = None if case_old else _case(data_dir, new, tmp_path / "new.json",
                                                monkeypatch)
        assert (case_old or case_new) == expected, f"failing at rename {count}"
        if count > 0:  # the marker was written: the next open finished the switch
            assert is_sealed(data_dir) == (new is not None)
            if new is not None:
                unlock(data_dir, new.read_text().strip())
        assert not list(data_dir.glob(".work-*")), "the switch's work folder is gone"
        if outcomes[-1] == "done":
            break
    assert outcomes[-1] == "done" and outcomes.count("failed") >= 3
