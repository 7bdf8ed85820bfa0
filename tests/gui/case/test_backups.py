"""File → Back up now, Restore from backup…, and the snapshot made on close."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from core.case.backup import list_backups
from core.changes import Change
from core.debts.debts import delete_debt, list_debts
from gui.case.backup_dialog import BackupDialog
from tests.gui.conftest import when_dialog


def test_back_up_now_then_restore_after_a_loss(zh_window, qtbot, monkeypatch) -> None:
    window = zh_window
    with qtbot.waitSignal(window.case_actions.job_ended, timeout=30000):  # off the GUI thread
        window.backup_action.trigger()
    [made] = list_backups(window.store)
    assert made.counts["debts"] == 3 and not made.automatic
    card = next(v for v in list_debts(window.store) if v.data["ref"] == "D3")
    delete_debt(window.store, card.id)
    window.notify(Change.ALL)
    assert window.debts_tab.model.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen = when_dialog(qtbot, lambda dialog: dialog.accept(), BackupDialog)
    window.restore_action.trigger()
    seen.check()
    assert window.debts_tab.model.rowCount() == 3
    assert any(b.path.name.startswith("before-restore-") for b in list_backups(window.store))


def test_closing_makes_the_days_snapshot(make_window, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DEBTDESK_AUTO_BACKUP", "1")
    window = make_window(tmp_path / "store")
    store_dir = window.data_dir
    window.close()
    from core.store.database import open_store

    store = open_store(store_dir)
    try:
        assert [b.automatic for b in list_backups(store)] == [True]
    finally:
        store.close()
