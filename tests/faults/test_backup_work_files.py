"""A backup's work files (a copy of the whole database among them) live in a private folder
inside the data folder, are removed on every way out, and a killed run's are removed at the
next open of the store. Nothing goes to the system's temporary folder."""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.case import backup as backup_module
from core.case import casefile
from core.errors import DomainError
from core.store.database import open_store
from core.store.workspace import PREFIX

ROOT = Path(__file__).resolve().parents[2]


def _work_folders(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.iterdir() if p.name.startswith(PREFIX)]


def _boom(*_args, **_kwargs):
    raise DomainError("stopped here")


@pytest.mark.parametrize("step", ["snapshot_database", "export_case", "place", "KeyboardInterrupt"])
def test_nothing_is_left_whichever_step_fails(zh_store, tmp_path: Path, monkeypatch,
                                              step: str) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_temp))
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", None)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    if step == "export_case":
        monkeypatch.setattr(casefile, "export_case", _boom)
    elif step == "KeyboardInterrupt":
        def interrupted(*_a, **_k):
            raise KeyboardInterrupt
        monkeypatch.setattr(casefile, "export_case", interrupted)
    else:
        monkeypatch.setattr(backup_module, step, _boom)
    with pytest.raises((DomainError, KeyboardInterrupt)):
        backup_module.backup(zh_store, out_dir / "case.debtcase")
    assert _work_folders(zh_store.data_dir) == []
    assert list(out_dir.iterdir()) == []
    assert list(system_temp.iterdir()) == []


def test_the_work_files_are_private_and_a_good_backup_leaves_none(zh_store, tmp_path: Path,
                                                                   monkeypatch) -> None:
    seen = {}
    real = casefile.export_case

    def look(store, path, *args):
        folder = path.parent
        seen["folder"] = stat.S_IMODE(folder.stat().st_mode)
        seen["files"] = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
        seen["inside"] = folder.parent == zh_store.data_dir
        return real(store, path, *args)

    monkeypatch.setattr(casefile, "export_case", look)
    backup_module.backup(zh_store, tmp_path / "case.debtcase")
    assert seen["inside"] and seen["folder"] == 0o700
    assert seen["files"] and all(mode == 0o600 for mode in seen["files"].values()), seen
    assert _work_folders(zh_store.data_dir) == []
    assert stat.S_IMODE((tmp_path / "case.debtcase").stat().st_mode) == 0o600


KILLED_BACKUP = """
import sys, time
from pathlib import Path
from core.case import backup, casefile
from core.store.database import open_store

def stall(store, path, *args):
    Path(sys.argv[2]).write_text("ready")
    time.sleep(60)

casefile.export_case = stall
backup.backup(open_store(Path(sys.argv[1])), Path(sys.argv[3]))
"""


def test_a_killed_backup_leaves_nothing_after_the_next_open(zh_store, tmp_path: Path) -> None:
    data_dir = zh_store.data_dir
    zh_store.close()
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    ready = tmp_path / "ready"
    out = tmp_path / "out" / "case.debtcase"
    out.parent.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(system_temp)}
    child = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(data_dir), str(ready),
                              str(out)], env=env, cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert child.poll() is None, "the backup ended before it was killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    [left] = _work_folders(data_dir)  # what the killed run left, private
    assert stat.S_IMODE(left.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in left.iterdir())
    assert list(system_temp.iterdir()) == [] and list(out.parent.iterdir()) == []
    open_store(data_dir).close()
    assert _work_folders(data_dir) == []


def test_the_next_open_keeps_a_living_backups_folder(store) -> None:
    from core.store.workspace import work_folder

    with work_folder(store.data_dir) as folder:
        open_store(store.data_dir).close()
        assert folder.is_dir()
    assert not folder.exists()


def test_onto_another_disk_the_archive_is_copied_whole(zh_store, tmp_path: Path,
                                                       monkeypatch) -> None:
    """A rename across file systems fails (EXDEV): the archive is then copied beside the
    target and renamed over it, and the work folder is still removed."""
    import errno

    real = os.replace

    def across(source, target):
        if Path(target).name == "case.debtcase" and Path(source).parent != Path(target).parent:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        return real(source, target)

    monkeypatch.setattr(os, "replace", across)
    out = tmp_path / "case.debtcase"
    backup_module.backup(zh_store, out)
    casefile.load_case_file(out)  # whole and valid
    assert _work_folders(zh_store.data_dir) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".debtdesk-")] == []
