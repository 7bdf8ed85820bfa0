"""One writer at a time: the window's lock on the store, the read-only store beside it, the
command line beside both, and the look that tells the window the database changed."""
from __future__ import annotations

import io
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text

from core.case.casefile import import_case, read_case_file
from core.debts.debts import add_debt, list_debts
from core.errors import DomainError
from core.evidence.store import add_file
from core.store.database import open_store
from core.store.lock import LOCK_NAME, StoreLock, is_locked
from tests.conftest import ROOT, ZH_CASE

DEBT = {"creditor": "招商银行", "balance": {"principal": "100.00", "interest": "0.00",
                                            "fees": "0.00", "as_of": "2026-11-01"}}

HOLDER = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from core.store.lock import StoreLock\n"
    "lock = StoreLock.acquire(Path(sys.argv[1]))\n"
    "print('held' if lock else 'taken', flush=True)\n"
    "time.sleep(120)\n"
)


def _holder(data_dir: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline() == "held\n"
    return child


def test_a_second_process_cannot_take_the_lock_until_the_first_dies(data_dir: Path) -> None:
    child = _holder(data_dir)
    try:
        assert StoreLock.acquire(data_dir) is None
        assert is_locked(data_dir)
    finally:
        child.kill()  # a crash: nobody releases the lock but the OS
        child.wait(timeout=30)
    lock = StoreLock.acquire(data_dir)
    assert lock is not None and lock.held
    assert (data_dir / LOCK_NAME).exists()
    lock.release()
    assert not is_locked(data_dir)


def test_a_released_lock_can_be_taken_again_in_the_same_process(data_dir: Path) -> None:
    first = StoreLock.acquire(data_dir)
    assert first is not None
    assert StoreLock.acquire(data_dir) is None  # a second window of the same process too
    first.release()
    second = StoreLock.acquire(data_dir)
    assert second is not None
    second.release()


def test_a_read_only_store_reads_and_refuses_every_write_saying_why(data_dir: Path,
                                                                   tmp_path: Path) -> None:
    writer = open_store(data_dir)
    add_debt(writer, DEBT)
    writer.close()
    store = open_store(data_dir, read_only=True)
    try:
        assert [d.data["creditor"] for d in list_debts(store)] == ["招商银行"]
        with pytest.raises(DomainError, match="another DebtDesk window") as refused:
            add_debt(store, DEBT)
        assert refused.value.message
        picture = tmp_path / "收入证明.png"
        Image.new("RGB", (8, 8), "red").save(picture)
        with pytest.raises(DomainError, match="read-only"):
            add_file(store, picture, "income_proof")
        assert not (data_dir / "evidence").exists()  # refused before any byte was copied
        with pytest.raises(DomainError, match="read-only"):
            import_case(store, read_case_file(ZH_CASE), replace=True)
        assert len(list_debts(store)) == 1
    finally:
        store.close()


def test_read_only_refuses_a_store_that_would_need_migrating_or_creating(data_dir: Path) -> None:
    with pytest.raises(DomainError, match="upgraded"):
        open_store(data_dir, read_only=True)
    assert not (data_dir / "debtdesk.sqlite3").exists()  # nothing made with the wrong mode
    writer = open_store(data_dir)
    with writer.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num='0000_older'"))
    writer.close()
    with pytest.raises(DomainError, match="upgraded"):
        open_store(data_dir, read_only=True)


def test_the_command_line_works_while_a_window_holds_the_store(data_dir: Path,
                                                              tmp_path: Path) -> None:
    from core.cli import main

    open_store(data_dir).close()
    child = _holder(data_dir)
    try:
        picture = tmp_path / "工资流水.png"
        Image.new("RGB", (8, 8), "blue").save(picture)
        for args in (["import", str(ZH_CASE)],
                     ["evidence", "add", str(picture), "--category", "income_proof"],
                     ["export", str(tmp_path / "out.json")], ["verify"], ["due"]):
            out, err = io.StringIO(), io.StringIO()
            with redirect_stdout(out), redirect_stderr(err):
                code = main(["--data-dir", str(data_dir), *args])
            assert code == 0, (args, err.getvalue())
        assert is_locked(data_dir)  # the command line neither took nor broke the lock
    finally:
        child.kill()
        child.wait(timeout=30)


def test_the_store_says_when_another_connection_changed_it(data_dir: Path) -> None:
    window = open_store(data_dir)
    try:
        assert window.changed_since_last_look() is False  # the first look only looks
        assert window.changed_since_last_look() is False
        command_line = open_store(data_dir)
        add_debt(command_line, DEBT)
        command_line.close()
        assert window.changed_since_last_look() is True
        assert window.changed_since_last_look() is False
    finally:
        window.close()
