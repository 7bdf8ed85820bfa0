"""The recovery key in the window: made with the passphrase or later from File ▸ Security,
shown once on a sheet that is saved or printed before it closes, and taken at the unlock
screen, which then asks for a new passphrase. Re-keying counts its files."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core.store import seal
from tests.gui.case.test_sealed_window import PASSPHRASE, _switch, _unlock
from tests.gui.case.test_sealed_window import open_window as open_window  # noqa: F401
from tests.gui.case.test_sealed_window import sealed_dir as sealed_dir  # noqa: F401
from tests.sealing import fast_kdf, folder_bytes  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("fast_kdf")


def _sheet(window):
    dialog = window.security.recovery_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _made_later(qtbot, window) -> str:
    """A recovery key made from File ▸ Security on the unlocked case, its sheet closed."""
    window.security.recovery_action.trigger()
    sheet = _sheet(window)
    sheet.copied.setChecked(True)
    qtbot.mouseClick(sheet.done_button, Qt.MouseButton.LeftButton)
    assert not sheet.isVisible()
    return str(sheet.key_label.text())


def test_protecting_shows_a_recovery_key_that_opens_the_case(qtbot, window, tmp_path,
                                                             monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    _switch(qtbot, window, window.security.protect_action, PASSPHRASE, recovery=True)
    sheet = _sheet(window)
    code = sheet.key_label.text()
    assert seal.recovery_code(code) is not None
    assert window.store.key.recovery is not None
    assert sheet.print_note.text().count(window.store.key.fingerprint()) == 1
    # Done waits until the key is kept somewhere; Escape does not lose it either
    assert not sheet.done_button.isEnabled()
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    assert sheet.isVisible()
    out = tmp_path / "恢复密钥.pdf"
    monkeypatch.setattr("gui.case.recovery_sheet.ask_save_path", lambda *_a, **_k: out)
    qtbot.mouseClick(sheet.save_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF") and sheet.done_button.isEnabled()
    assert str(out) in sheet.print_note.text()
    qtbot.mouseClick(sheet.done_button, Qt.MouseButton.LeftButton)
    assert not sheet.isVisible()
    assert seal.unlock(window.data_dir, code).by_recovery


def test_re_keying_counts_its_files(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    seen: list[tuple[int, int]] = []
    window.security.protect_action.trigger()
    dialog = window.security.protect_dialog
    bar = dialog.lines.busy
    bar.valueChanged.connect(lambda value: seen.append((value, bar.maximum())))
    dialog.recovery.setChecked(False)
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    with qtbot.waitSignal(window.store_opened, timeout=30000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert seen and seen[-1][0] == seen[-1][1] >= 1  # the last file of all


def test_a_recovery_key_made_later_replaces_the_earlier_one(qtbot, open_window, sealed_dir,
                                                            monkeypatch) -> None:
    window = open_window(sealed_dir)
    _unlock(qtbot, window)
    code = _made_later(qtbot, window)
    assert seal.unlock(sealed_dir, code).by_recovery
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text)
                        or QMessageBox.StandardButton.No)
    before = folder_bytes(sealed_dir)
    window.security.recovery_action.trigger()  # declined: nothing changes
    assert asked and "stop working" in asked[0]
    assert folder_bytes(sealed_dir) == before
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    window.security.recovery_action.trigger()
    second = _sheet(window)
    assert second.key_label.text() != code
    with pytest.raises(seal.WrongPassphrase):
        seal.unlock(sealed_dir, code)
    assert seal.unlock(sealed_dir, second.key_label.text()).by_recovery


def test_the_recovery_key_unlocks_and_asks_for_a_new_passphrase(qtbot, open_window,
                                                               sealed_dir: Path) -> None:
    window = open_window(sealed_dir)
    _unlock(qtbot, window)
    code = _made_later(qtbot, window)
    window.security.lock_action.trigger()
    assert "recovery key" in window.security.unlock_dialog.text.text()
    _unlock(qtbot, window, code.lower().replace("-", " "))
    dialog = window.security.protect_dialog
    assert window.store is not None and dialog is not None and dialog.isVisible()
    assert dialog.mode == "change" and "recovery key" in dialog.note.text()
