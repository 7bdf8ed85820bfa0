"""A real full disk and a real read-only disk, not simulated: a small tmpfs mounted for the
test (root only, as CI runs; skipped with the reason otherwise). Every command answers in
one line or does its work; none prints a traceback, and the store stays whole."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, ZH_CASE

READ = (["verify"], ["due"], ["schedule", "--plan", "按比例分期"])


def _mount(folder: Path, size: str) -> bool:
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root (CI runs as root)")
    folder = tmp_path / "disk"
    if not _mount(folder, "4m"):
        pytest.skip("this machine does not let us mount a tmpfs")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _cli(data_dir: Path, *argv: str) -> tuple[int, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    env.pop("DEBTDESK_LANG", None)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir),
                           *argv], capture_output=True, text=True, env=env, timeout=120)
    return done.returncode, done.stderr


def test_a_full_disk_refuses_in_one_line_and_loses_nothing(disk: Path, tmp_path: Path) -> None:
    data_dir = disk / "store"
    assert _cli(data_dir, "import", str(ZH_CASE))[0] == 0
    big = tmp_path / "录音.wav"  # larger than what is left on the disk
    big.write_bytes(b"RIFF" + (6 * 1024 * 1024).to_bytes(4, "little") + b"WAVEfmt "
                    + os.urandom(6 * 1024 * 1024))
    code, err = _cli(data_dir, "evidence", "add", str(big), "--category", "recording")
    assert code == 2 and err.count("\n") == 1 and "full" in err, err
    assert "Traceback" not in err
    code, err = _cli(data_dir, "backup", "--out", str(disk / "backup.debtcase"))
    assert code in (0, 2) and "Traceback" not in err, err
    for leftover in disk.rglob("*"):
        assert not leftover.name.startswith(".debtdesk-"), leftover  # no half-written file
    assert _cli(data_dir, "verify") == (0, "")


def test_a_read_only_disk_reads_or_says_why_in_one_line(disk: Path, tmp_path: Path) -> None:
    data_dir = disk / "store"
    assert _cli(data_dir, "import", str(ZH_CASE))[0] == 0
    before = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    remount = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
    if remount.returncode != 0:
        pytest.skip("this machine does not let us remount read-only")
    scan = tmp_path / "scan.txt"
    scan.write_text("收入证明", encoding="utf-8")
    writes = (["import", "--replace", str(ZH_CASE)],
              ["evidence", "add", str(scan), "--category", "other"],
              ["backup", "--out", str(disk / "b.debtcase")])
    for argv in (*READ, *writes):
        code, err = _cli(data_dir, *argv)
        assert "Traceback" not in err, (argv, err)
        assert code == 0 or (code == 2 and err.count("\n") == 1), (argv, code, err)
        if argv in writes:
            assert code == 2 and "read-only" in err, (argv, err)
    assert {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()} == before
