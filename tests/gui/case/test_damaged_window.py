"""Opening a damaged store in the window offers to restore the newest backup, and does; damage
found once the data shows turns the window read-only and offers the same."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox

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


def _deeply_damaged(data_dir: Path) -> tuple[Path, bytes]:
    """The zh case with one good snapshot, then a page of an index that opening the window
    does not read spoiled (only the check of every page sees it)."""
    from tests.core.store.test_damage_check import damage_table

    store = open_store(data_dir)
    import_case(store, read_case_file(ZH_CASE))
    kept = snapshot(store, "manual-")
    store.close()
    return kept, damage_table(data_dir, "ix_contact_by_summary")


def _answer(monkeypatch, button: str) -> list[tuple[str, str, list[str]]]:
    """Every message box is answered by clicking `button`; what each said is kept."""
    seen: list[tuple[str, str, list[str]]] = []

    def click(box: QMessageBox) -> int:
        buttons = {b.text(): b for b in box.buttons()}
        seen.append((box.windowTitle(), box.text(), sorted(buttons)))
        buttons.get(button, box.buttons()[0]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    return seen


def test_damage_found_after_the_data_shows_turns_the_window_read_only(
        make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    data_dir = tmp_path / "store"
    kept, damaged = _deeply_damaged(data_dir)
    seen = _answer(monkeypatch, "Close")
    window = make_window(data_dir)  # opens: the data shows before the check has finished
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    title, text, buttons = seen[0]
    assert title == "Your data is damaged" and kept.name in text
    assert "Restore the newest backup" in buttons
    assert window.read_only and "read-only" in window.windowTitle()
    assert window.findChild(QLabel, "readOnlyLabel").text() == "Read-only: your data is damaged"
    assert window.debts_tab.model.rowCount() == 3  # what could be read still shows
    window.close()
    assert (data_dir / DATABASE_NAME).read_bytes() == damaged


def test_damage_found_after_the_data_shows_offers_the_newest_backup(
        make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    data_dir = tmp_path / "store"
    kept, damaged = _deeply_damaged(data_dir)
    seen = _answer(monkeypatch, "Restore the newest backup")
    window = make_window(data_dir)
    with qtbot.waitSignal(window.store_opened, timeout=30000):  # opened again, restored
        qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    assert not window.read_only and window.findChild(QLabel, "readOnlyLabel") is None
    assert window.debts_tab.model.rowCount() == 3
    aside = [p for p in data_dir.iterdir() if p.name.startswith(DATABASE_NAME + ".damaged-")
             and not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # kept, never deleted
    window.store.damage.confirm()  # the backup put in place is sound
