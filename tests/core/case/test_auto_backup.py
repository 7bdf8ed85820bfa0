"""Automatic snapshots: at most daily, rotated 7 daily and 4 weekly; restore keeps the
current state first."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from core.case import backup
from core.debts.debts import list_debts
from core.errors import DomainError


def test_at_most_one_a_day_and_the_rotation_keeps_7_days_and_4_weeks(zh_store) -> None:
    start = datetime(2026, 9, 1, 21, 0)
    assert backup.auto_backup(zh_store, start) is not None
    assert backup.auto_backup(zh_store, start + timedelta(hours=2)) is None  # same day
    for day in range(1, 60):
        backup.auto_backup(zh_store, start + timedelta(days=day))
    kept = [b.made_at for b in backup.list_backups(zh_store)]
    newest = start + timedelta(days=59)
    daily = [newest - timedelta(days=d) for d in range(7)]
    assert kept[:7] == daily
    weeks = {b.isocalendar()[:2] for b in kept}
    assert len(kept) <= 7 + 4 and len(weeks) == len({k.isocalendar()[:2] for k in kept})
    assert len({k.isocalendar()[:2] for k in kept}) >= 4
    assert all(b.counts["debts"] == 3 for b in backup.list_backups(zh_store))
    assert not list((zh_store.data_dir / "backups").glob(".*partial"))


def test_restore_brings_back_what_was_lost_and_keeps_the_present_first(zh_store) -> None:
    from core.debts.debts import delete_debt

    made = backup.snapshot(zh_store, "manual-", datetime(2026, 11, 28, 10, 0))
    card = next(v for v in list_debts(zh_store) if v.data["ref"] == "D3")
    delete_debt(zh_store, card.id)
    assert len(list_debts(zh_store)) == 2
    before = backup.restore(zh_store, made, datetime(2026, 11, 28, 11, 0))
    assert [v.data["ref"] for v in list_debts(zh_store)] == ["D1", "D2", "D3"]
    assert before.name.startswith("before-restore-") and before.exists()
    backup.restore(zh_store, before)  # and back again
    assert len(list_debts(zh_store)) == 2


def test_a_damaged_backup_is_refused_and_nothing_changes(zh_store, tmp_path) -> None:
    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(DomainError, match="broken.sqlite3"):
        backup.restore(zh_store, bad)
    assert len(list_debts(zh_store)) == 3
    assert not any(p.name.startswith("before-restore")
                   for p in (zh_store.data_dir / "backups").glob("*")) \
        if (zh_store.data_dir / "backups").exists() else True
