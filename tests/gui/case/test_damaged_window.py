"""Opening a damaged store in the window offers to restore the newest backup, and does."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from core.case.backup import snapshot
from core.case.casefile import import_case, read_case_file
from core.paths import DATABASE_NAME
from core.store.database import open_store
from tests.conftest import ZH_CASE


def test_the_error_dialog_restores_the_newest_backup(qtbot, tmp_path: Path, languages,
                                                      monkeypatch) -> None:
    from gui.main_window import MainWindow

    data_dir = tmp_path / "store"
    store = open_store(data_dir)
    import_case(store, read_case_file(ZH_CASE))
    snapshot(store, "manual-")
    store.close()
    (data_dir / DATABASE_NAME).write_bytes(b"")  # the 0-byte file a failed disk leaves
    offered = []

    def click_restore(box: QMessageBox) -> int:
        buttons = {b.text(): b for b in box.buttons()}
        offered.append((box.text(), sorted(buttons)))
        buttons["Restore the newest backup"].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window = MainWindow(data_dir, languages)
    qtbot.addWidget(window)
    window.show()
    window.build_tabs()
    with qtbot.waitSignal(window.store_opened, timeout=20000):
        window.open_store()
    assert "damaged" in offered[0][0]
    assert window.debts_tab.model.rowCount() == 3
    assert any(p.name.startswith(DATABASE_NAME + ".damaged-") for p in data_dir.iterdir())
