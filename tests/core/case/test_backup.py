"""backup: a consistent .debtcase snapshot, even while another connection is writing."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core import cli
from core.case.backup import backup
from core.case.casefile import export_document, import_case, load_case_file
from core.errors import DomainError
from core.evidence.store import add_file
from core.evidence.verify import verify
from core.store.database import open_store
from tests.core.evidence.test_evidence import pdf


def test_backup_while_a_write_is_open(zh_store, tmp_path: Path) -> None:
    scan = tmp_path / "诊断书.pdf"
    scan.write_bytes(pdf(2))
    add_file(zh_store, scan, "medical", ["D3"])
    writer = sqlite3.connect(zh_store.database_path, timeout=5)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE debt SET creditor = 'half-written' WHERE ref = 'D1'")
    try:
        assert backup(zh_store, tmp_path / "备份.debtcase") == 1
    finally:
        writer.rollback()
        writer.close()
    restored = open_store(tmp_path / "restored")
    import_case(restored, load_case_file(tmp_path / "备份.debtcase"))
    before, after = export_document(zh_store), export_document(restored)
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before  # the uncommitted write is not in it
    assert verify(restored) == []
    restored.close()


def test_backup_cli_and_its_refusals(zh_store, tmp_path: Path, capsys) -> None:
    data_dir = str(zh_store.data_dir)
    assert cli.main(["--data-dir", data_dir, "backup", "--out", str(tmp_path / "b.debtcase")]) == 0
    assert "backed up to" in capsys.readouterr().out
    assert cli.main(["--data-dir", data_dir, "backup", "--out", str(tmp_path / "b.zip")]) == 2
    assert "b.zip" in capsys.readouterr().err
    with pytest.raises(DomainError):
        backup(zh_store, tmp_path / "b.json")
