"""`import --replace` keeps the case it replaces as a restorable snapshot, so its evidence
files stay named and `verify` does not report them afterwards."""
from __future__ import annotations

from pathlib import Path

from core import cli
from core.case.backup import list_backups, restore
from core.evidence.store import add_file, list_evidence
from tests.conftest import ZH_CASE
from tests.core.evidence.test_evidence import pdf


def test_replace_keeps_a_copy_and_verify_still_passes(zh_store, tmp_path: Path,
                                                      capsys) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf(3))
    add_file(zh_store, scan, "medical", ["D3"])
    data_dir = str(zh_store.data_dir)
    assert cli.main(["--data-dir", data_dir, "import", "--replace", str(ZH_CASE)]) == 0
    out = capsys.readouterr().out
    [kept] = [b for b in list_backups(zh_store) if b.path.name.startswith("before-import-")]
    assert kept.path.name in out and kept.counts["evidence"] == 1
    assert list_evidence(zh_store) == []
    assert cli.main(["--data-dir", data_dir, "verify"]) == 0, capsys.readouterr().out
    capsys.readouterr()
    restore(zh_store, kept.path)  # and the old case, evidence and all, comes back
    assert len(list_evidence(zh_store)) == 1
    assert cli.main(["--data-dir", data_dir, "verify"]) == 0


def test_replacing_an_empty_store_keeps_nothing(store, capsys) -> None:
    assert cli.main(["--data-dir", str(store.data_dir), "import", "--replace",
                     str(ZH_CASE)]) == 0
    assert list_backups(store) == [] and "kept" not in capsys.readouterr().out
