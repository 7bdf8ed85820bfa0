"""A second window on a store that a first window holds: it says so and offers read-only or
quit; a read-only window shows the data and refuses edits with the reason. A window that
comes back to the front shows what the command line wrote meanwhile."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from core.debts.debts import add_debt
from core.errors import DomainError
from core.store.database import open_store
from core.store.lock import is_locked
from tests.gui.conftest import when_dialog

DEBT = {"creditor": "中国银行", "balance": {"principal": "2500.00", "interest": "0.00",
                                            "fees": "0.00", "as_of": "2026-11-01"}}


def _second_window(qtbot, languages, data_dir: Path, button: str):
    from gui.main_window import MainWindow

    second = MainWindow(data_dir, languages)
    qtbot.addWidget(second)
    second.show()
    second.build_tabs()
    texts: list[str] = []

    def answer(box: QMessageBox) -> None:
        texts.append(box.text())
        box.findChild(QPushButton, button).click()

    seen = when_dialog(qtbot, answer, QMessageBox)
    return second, seen, texts


def test_a_second_window_can_open_read_only(qtbot, make_window, languages,
                                            tmp_path: Path) -> None:
    first = make_window()
    first_debts = first.debts_tab.model.rowCount()
    second, seen, texts = _second_window(qtbot, languages, tmp_path / "store",
                                         "openReadOnlyButton")
    with qtbot.waitSignal(second.store_opened, timeout=20000):
        second.open_store()
    seen.check()
    assert "Another DebtDesk window" in texts[0] and str(tmp_path / "store") in texts[0]
    assert second.read_only and second.store.read_only
    assert "read-only" in second.windowTitle()
    assert second.findChild(object, "readOnlyLabel").isVisible()
    assert second.debts_tab.model.rowCount() == first_debts
    with pytest.raises(DomainError, match="read-only"):
        add_debt(second.store, DEBT)

    warnings: list[str] = []
    shown = when_dialog(qtbot, lambda box: (warnings.append(box.text()), box.accept()),
                        QMessageBox)
    # an editing action: refused with the reason, before any file dialog
    second.case_actions.import_case()
    shown.check()
    assert "another DebtDesk window" in warnings[0]
    second.close()
    assert is_locked(tmp_path / "store")  # closing the read-only window leaves first's lock
    first.close()
    assert not is_locked(tmp_path / "store")


def test_a_second_window_can_quit(qtbot, make_window, languages, tmp_path: Path) -> None:
    first = make_window()
    second, seen, _texts = _second_window(qtbot, languages, tmp_path / "store", "quitButton")
    second.open_store()
    seen.check()
    qtbot.waitUntil(lambda: not second.isVisible())
    assert second.store is None
    assert first.store is not None and not first.read_only


def test_the_window_picks_up_what_the_command_line_wrote(qtbot, window) -> None:
    before = window.debts_tab.model.rowCount()
    command_line = open_store(window.data_dir)  # a second connection, as `main.py import`
    add_debt(command_line, DEBT)
    command_line.close()
    assert window.debts_tab.model.rowCount() == before  # nothing polls
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert window.debts_tab.model.rowCount() == before + 1
    assert window.outside.pick_up() is False  # once only


def test_undo_starts_afresh_after_an_outside_change(qtbot, window) -> None:
    """An edit made before the command line wrote is not replayed over what it wrote."""
    window.undo_stack.push(QUndoCommand("an edit made in the window"))
    assert window.undo_stack.canUndo()
    assert window.outside.pick_up() is False  # nothing changed outside: undo stays
    assert window.undo_stack.canUndo()
    command_line = open_store(window.data_dir)
    add_debt(command_line, DEBT)
    command_line.close()
    assert window.outside.pick_up() is True
    assert not window.undo_stack.canUndo()
    assert "can no longer be undone" in window.statusBar().currentMessage()
