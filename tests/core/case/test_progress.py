"""Moving a case whole reports its progress and can be cancelled: a cancelled import leaves
the store exactly as it was (no stray evidence bytes), a cancelled export or backup leaves
no file."""
from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.case import progress as progress_module
from core.case.backup import backup, snapshot
from core.case.casefile import (
    case_size,
    export_case,
    export_document,
    import_case,
    load_case_file,
)
from core.case.progress import Cancelled
from core.errors import DomainError
from core.evidence.store import add_file
from core.store.database import open_store
from tests.benchmarks.cases import chinese_case, with_contacts

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
CALLS = 3_000


@pytest.fixture(autouse=True)
def _report_every_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every step reported (and a cancel heeded at once), whatever the machine's speed."""
    monkeypatch.setattr(progress_module, "REPORT_EVERY", 0.0)


@pytest.fixture
def big_case(tmp_path: Path) -> Path:
    path = tmp_path / "calls.json"
    path.write_text(json.dumps(with_contacts(chinese_case(5), CALLS), ensure_ascii=False),
                    encoding="utf-8")
    return path


@pytest.fixture
def documents_store(zh_store, tmp_path: Path):
    """The example case with ten evidence files of its own bytes."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for index in range(10):
        (folder / f"材料{index}.txt").write_text(f"第 {index} 份材料\n", encoding="utf-8")
        add_file(zh_store, folder / f"材料{index}.txt", "other")
    return zh_store


class Recorder:
    """The reports, and a cancel that comes once `after` units are done."""

    def __init__(self, after: int | None = None) -> None:
        self.seen: list[tuple[int, int]] = []
        self.after = after

    def __call__(self, done: int, total: int) -> None:
        self.seen.append((done, total))

    def cancelled(self) -> bool:
        return self.after is not None and bool(self.seen) and self.seen[-1][0] >= self.after


def test_an_import_reports_its_entries_up_to_the_total(store, big_case: Path) -> None:
    source = load_case_file(big_case)
    seen = Recorder()
    import_case(store, source, progress=seen)
    total = case_size(source.data)
    assert total > CALLS
    assert seen.seen[0] == (0, total) and seen.seen[-1] == (total, total)
    assert {t for _, t in seen.seen} == {total}
    assert len(seen.seen) > 10  # reported as it goes, not only at the ends
    assert [d for d, _ in seen.seen] == sorted(d for d, _ in seen.seen)


def test_a_cancelled_replace_leaves_the_case_as_it_was(zh_store, big_case: Path) -> None:
    before = export_document(zh_store, NOW)
    seen = Recorder(after=CALLS // 2)
    with pytest.raises(Cancelled) as raised:
        import_case(zh_store, load_case_file(big_case), replace=True, progress=seen,
                    cancelled=seen.cancelled)
    assert isinstance(raised.value, DomainError)
    assert "nothing was changed" in raised.value.message or "未做任何更改" in raised.value.message
    assert 0 < seen.seen[-1][0] < seen.seen[-1][1]  # stopped half-way
    assert export_document(zh_store, NOW) == before


def test_a_cancelled_archive_import_leaves_no_stray_evidence(documents_store, tmp_path: Path,
                                                             monkeypatch) -> None:
    from core.case import archive as archive_module

    archive = tmp_path / "case.debtcase"
    export_case(documents_store, archive)
    other = open_store(tmp_path / "other")
    other_before = export_document(other, NOW)
    monkeypatch.setattr(archive_module, "EXTRACT_BATCH", 3)  # files put in place batch by batch
    seen = Recorder(after=5)
    with pytest.raises(Cancelled):
        import_case(other, load_case_file(archive), progress=seen, cancelled=seen.cancelled)
    assert export_document(other, NOW) == other_before
    assert not other.evidence_dir.exists() or list(other.evidence_dir.iterdir()) == []
    import_case(other, load_case_file(archive))  # and a second try goes through whole
    assert len(list(other.evidence_dir.iterdir())) == 10
    other.close()


def test_a_failed_archive_import_takes_back_the_bytes_it_put_in_place(
        documents_store, tmp_path: Path, monkeypatch) -> None:
    from core.case import casefile

    archive = tmp_path / "case.debtcase"
    export_case(documents_store, archive)
    other = open_store(tmp_path / "other")

    def broken(*_args, **_kwargs) -> None:
        raise DomainError("refused")

    monkeypatch.setattr(casefile, "write_case", broken)
    with pytest.raises(DomainError):
        import_case(other, load_case_file(archive))
    assert list(other.evidence_dir.iterdir()) == []
    other.close()


@pytest.mark.parametrize("name", ["out.json", "out.debtcase"])
def test_an_export_reports_progress_up_to_the_total(documents_store, tmp_path: Path,
                                                    name: str) -> None:
    seen = Recorder()
    export_case(documents_store, tmp_path / name, progress=seen)
    done, total = seen.seen[-1]
    entries = case_size(export_document(documents_store))
    assert done == total == entries + (10 if name.endswith("debtcase") else 0)
    assert len(seen.seen) > 2


@pytest.mark.parametrize("name", ["out.json", "out.debtcase"])
def test_a_cancelled_export_leaves_no_file(store, big_case: Path, tmp_path: Path,
                                           name: str) -> None:
    import_case(store, load_case_file(big_case))
    out = tmp_path / "out"
    out.mkdir()
    seen = Recorder(after=CALLS // 4 * 3)  # while the text is being written
    with pytest.raises(Cancelled) as raised:
        export_case(store, out / name, progress=seen, cancelled=seen.cancelled)
    assert name in raised.value.message
    assert list(out.iterdir()) == []


def test_an_export_cancelled_keeps_the_old_file(zh_store, tmp_path: Path) -> None:
    out = tmp_path / "case.json"
    out.write_text("the old export", encoding="utf-8")
    with pytest.raises(Cancelled):
        export_case(zh_store, out, cancelled=lambda: True)
    assert out.read_text(encoding="utf-8") == "the old export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".debtdesk-")] == []


def test_a_backup_reports_progress_and_a_cancelled_one_leaves_nothing(
        documents_store, tmp_path: Path) -> None:
    seen = Recorder()
    assert backup(documents_store, tmp_path / "b.debtcase", progress=seen) == 10
    assert seen.seen[-1][0] == seen.seen[-1][1] > 0
    in_data = sorted(p.name for p in documents_store.data_dir.iterdir())
    stopped = Recorder(after=2)
    with pytest.raises(Cancelled):
        backup(documents_store, tmp_path / "c.debtcase", progress=stopped,
               cancelled=stopped.cancelled)
    assert not (tmp_path / "c.debtcase").exists()
    assert sorted(p.name for p in documents_store.data_dir.iterdir()) == in_data  # no work
    # folder or partial archive left behind


def test_a_snapshot_counts_pages_and_a_cancelled_one_is_not_kept(store, big_case: Path,
                                                                 monkeypatch) -> None:
    from core.case import backup as backup_module

    import_case(store, load_case_file(big_case))
    monkeypatch.setattr(backup_module, "PAGES_A_STEP", 8)  # many steps even for this case
    seen = Recorder()
    made = snapshot(store, "manual-", progress=seen)
    assert made.is_file()
    done, total = seen.seen[-1]
    assert done == total > 8 * 3 and len(seen.seen) > 3
    folder = made.parent
    kept = sorted(p.name for p in folder.iterdir())
    stopped = Recorder(after=16)
    with pytest.raises(Cancelled):
        snapshot(store, "manual-", datetime(2027, 1, 1), progress=stopped,
                 cancelled=stopped.cancelled)
    assert sorted(p.name for p in folder.iterdir()) == kept  # neither copy nor partial file


def test_without_progress_nothing_is_asked(store, big_case: Path, tmp_path: Path) -> None:
    """The plain calls work as before (the command line's scripts and the tests use them)."""
    import_case(store, load_case_file(big_case))
    assert export_case(store, tmp_path / "x.json") == 0
    assert json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["contacts"]


def test_reading_an_archive_counts_its_members_and_can_be_stopped(documents_store,
                                                                   tmp_path: Path) -> None:
    archive = tmp_path / "case.debtcase"
    export_case(documents_store, archive)
    seen = Recorder()
    source = load_case_file(archive, progress=seen)
    assert seen.seen[0] == (0, 11) and seen.seen[-1][0] >= 10  # case.json and ten files
    assert len(source.blobs) == 10
    stopped = Recorder(after=3)
    with pytest.raises(Cancelled):
        load_case_file(archive, progress=stopped, cancelled=stopped.cancelled)
    assert stopped.seen[-1][0] < 11
