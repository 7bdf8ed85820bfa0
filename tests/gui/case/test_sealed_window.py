"""A sealed case in the window: the unlock screen (a wrong passphrase changes nothing), lock
now, lock after idle, protect / change / remove from the File menu, and evidence previewed
and thumbnailed without a plain byte written into the data folder."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from core.case import sealing
from core.store.database import open_store
from core.store.seal import derive, new_params
from tests.gui.evidence.test_evidence_preview import _added, _select
from tests.sealing import fast_kdf, folder_bytes  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("fast_kdf")

PASSPHRASE = "马上还清 2026"
WRONG = "not the passphrase"


@pytest.fixture
def sealed_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    open_store(folder).close()
    sealing.protect(folder, derive(PASSPHRASE, new_params()))
    return folder


@pytest.fixture
def open_window(make_window):
    return lambda folder: make_window(folder, wait=False)


def _unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    dialog = window.security.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.field.setText(passphrase)
    with qtbot.waitSignal(window.store_opened, timeout=20000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def _refused(qtbot, dialog, passphrase: str) -> str:
    dialog.field.setText(passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.lines.error.isVisible(), timeout=20000)
    return str(dialog.lines.error.text())


def test_a_sealed_case_opens_only_with_its_passphrase(qtbot, open_window, sealed_dir) -> None:
    before = folder_bytes(sealed_dir)
    window = open_window(sealed_dir)
    dialog = window.security.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.store is None and not window.centralWidget().isVisible()
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    dialog.show_box.setChecked(True)
    assert dialog.field.echoMode() == dialog.field.EchoMode.Normal
    assert _refused(qtbot, dialog, WRONG) == "That passphrase does not open this case."
    assert window.store is None and dialog.isVisible() and dialog.field.isEnabled()
    assert folder_bytes(sealed_dir) == before  # a refused passphrase changes nothing
    _unlock(qtbot, window)
    assert window.store.key is not None and window.centralWidget().isVisible()
    assert window.security.unlock_dialog is None
    assert window.security.lock_action.isEnabled()
    assert not window.security.protect_action.isEnabled()


def test_lock_now_and_after_idle(qtbot, open_window, sealed_dir) -> None:
    window = open_window(sealed_dir)
    _unlock(qtbot, window)
    window.security.lock_action.trigger()
    assert window.store is None and not window.centralWidget().isVisible()
    assert window.security.unlock_dialog.isVisible()
    assert not window.security.unlock_dialog.note.isVisible()
    _unlock(qtbot, window)

    left_open = QDialog(window)
    left_open.open()
    window.security.set_idle_limit(0.3)
    qtbot.waitUntil(lambda: window.security.unlock_dialog is not None, timeout=5000)
    dialog = window.security.unlock_dialog
    assert window.store is None and not left_open.isVisible()
    assert "locked after 15 minutes without use" in dialog.note.text()
    assert "closed without saving" in dialog.note.text()
    _unlock(qtbot, window)
    assert window.store is not None


def test_input_keeps_a_sealed_case_open(qtbot, open_window, sealed_dir) -> None:
    window = open_window(sealed_dir)
    _unlock(qtbot, window)
    window.security.set_idle_limit(0.6)
    for _ in range(8):  # 0.8 s of typing: never 0.6 s without input
        qtbot.wait(100)
        qtbot.keyClick(window.tabs, Qt.Key.Key_Shift)
    assert window.store is not None and window.security.unlock_dialog is None
    window.security.set_idle_minutes(0)
    qtbot.wait(700)
    assert window.store is not None


def _switch(qtbot, window, action, first: str, second: str | None = None,
            recovery: bool = False) -> None:
    action.trigger()
    dialog = window.security.protect_dialog
    assert dialog.isVisible()
    dialog.recovery.setChecked(recovery)
    dialog.first.setText(first)
    dialog.second.setText(first if second is None else second)
    with qtbot.waitSignal(window.store_opened, timeout=30000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_protect_change_and_remove_from_the_menu(qtbot, open_window, tmp_path,
                                                 monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    folder = tmp_path / "store"
    window = open_window(folder)
    qtbot.waitUntil(lambda: window.store is not None, timeout=20000)
    security = window.security
    assert security.protect_action.isEnabled() and not security.lock_action.isEnabled()

    security.protect_action.trigger()
    dialog = security.protect_dialog
    assert "Nobody can recover a forgotten passphrase" in dialog.explanation.text()
    dialog.first.setText("one")
    dialog.second.setText("two")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.lines.error.text() and window.store.key is None
    dialog.reject()

    _switch(qtbot, window, security.protect_action, PASSPHRASE)
    assert window.store.key is not None and "now protected" in said[-1]
    assert (folder / "seal.json").exists() and security.lock_action.isEnabled()
    window.close()
    again = open_window(folder)
    assert again.store is None and again.security.unlock_dialog.isVisible()
    assert _refused(qtbot, again.security.unlock_dialog, "two") \
        == "That passphrase does not open this case."
    _unlock(qtbot, again)

    _switch(qtbot, again, again.security.change_action, "新的密码")
    assert "passphrase is changed" in said[-1]
    _switch(qtbot, again, again.security.unprotect_action, PASSPHRASE)  # the old one
    dialog = again.security.protect_dialog
    assert dialog.isVisible() and dialog.lines.error.text() \
        == "That passphrase does not open this case."
    assert again.store.key is not None  # opened again as it was
    dialog.reject()
    _switch(qtbot, again, again.security.unprotect_action, "新的密码")
    assert again.store.key is None and not (folder / "seal.json").exists()
    assert "protection is removed" in said[-1]


def test_evidence_shows_from_a_sealed_case_without_plain_bytes(qtbot, open_window,
                                                                sealed_dir, tmp_path) -> None:
    window = open_window(sealed_dir)
    _unlock(qtbot, window)
    tab = window.evidence_tab
    made: list[str] = []
    tab.thumbnails.ready.connect(made.append)
    tab = _added(window, qtbot, tmp_path)
    preview = tab.preview
    _select(tab, "收入证明.jpg")
    assert preview.pages.currentWidget() is preview.scroll_area
    assert not preview.image.pixmap().isNull()
    _select(tab, "病历.pdf")
    assert preview.pages.currentWidget() is preview.pdf and preview.pdf.pages() == 3
    _select(tab, "短信.txt")
    assert "分期申请已受理" in preview.text.toPlainText()
    tab.view_toggle.setChecked(False)  # the thumbnails
    qtbot.waitUntil(lambda: len(made) >= 2, timeout=20000)

    sources = [tmp_path / "材料" / name for name in ("收入证明.jpg", "病历.pdf", "短信.txt")]
    needles = {"短信": "分期申请已受理".encode()}
    for path in sources:
        data = path.read_bytes()
        needles[f"{path.name} sha256"] = hashlib.sha256(data).hexdigest().encode("ascii")
        for at in (0, len(data) // 2, len(data) - 24):
            needles[f"{path.name} @{at}"] = data[at:at + 24]
    signatures = (b"\x89PNG", b"%PDF", b"\xff\xd8\xff")

    def leaks() -> list[str]:
        return sorted([f"{n} in {f}" for f, data in folder_bytes(sealed_dir).items()
                       for n, needle in needles.items() if needle in data]
                      + [f for f, data in folder_bytes(sealed_dir).items()
                         if data.startswith(signatures)])

    assert leaks() == []
    assert not (sealed_dir / "thumbnails").exists()

    copy = preview.named_copy()  # "open in viewer": a plain copy, asked for, kept briefly
    assert copy is not None and copy.read_text(encoding="utf-8").startswith("招商银行")
    assert sealed_dir in copy.parents
    thumbnail = tab.thumbnails.icon_for(None, made[0], "image/jpeg", True).cacheKey()
    assert tab.thumbnails.icon_for(None, made[0], "image/jpeg", True).cacheKey() == thumbnail
    window.security.lock_now()
    assert not copy.exists() and leaks() == []
    assert tab.thumbnails.icon_for(None, made[0], "image/jpeg", True).cacheKey() != thumbnail


def test_a_damaged_sealed_case_is_restored_with_its_key(qtbot, open_window, tmp_path,
                                                        monkeypatch) -> None:
    from core.case.backup import snapshot
    from core.case.casefile import import_case, read_case_file
    from core.paths import DATABASE_NAME
    from tests.conftest import ZH_CASE

    folder = tmp_path / "store"
    key = derive(PASSPHRASE, new_params())
    store = open_store(folder)
    import_case(store, read_case_file(ZH_CASE))
    store.close()
    sealing.protect(folder, key)
    store = open_store(folder, key=key)
    snapshot(store, "manual-")
    store.close()
    (folder / DATABASE_NAME).write_bytes(b"\x00" * 4096)  # what a failed disk leaves
    offered: list[list[str]] = []

    def click_restore(box: QMessageBox) -> int:
        buttons = {b.text(): b for b in box.buttons()}
        offered.append(sorted(buttons))
        buttons["Restore the newest backup"].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window = open_window(folder)
    dialog = window.security.unlock_dialog
    dialog.field.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store is not None, timeout=30000)
    assert offered and "Restore the newest backup" in offered[0]
    assert window.store.key is not None and window.debts_tab.model.rowCount() == 3


def test_a_first_case_is_offered_protection_once(qtbot, languages, tmp_path) -> None:
    from gui.main_window import MainWindow

    def start(folder: Path) -> MainWindow:
        window = MainWindow(folder, languages)
        window.security.offer_protection = True  # as the app does
        qtbot.addWidget(window)
        window.show()
        window.build_tabs()
        with qtbot.waitSignal(window.store_opened, timeout=20000):
            window.open_store()
        return window

    first = start(tmp_path / "store")

    def offered() -> QMessageBox | None:  # shown once the window is idle, not at once
        box = first.findChild(QMessageBox, "offerProtection")
        return box if box is not None and box.isVisible() else None

    qtbot.waitUntil(lambda: offered() is not None, timeout=10000)
    box = offered()
    assert box is not None and "cannot be recovered" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert not first.findChildren(QDialog, "protectDialog")
    first.close()
    second = start(tmp_path / "another")  # empty too: the answer is remembered
    assert second.findChild(QMessageBox, "offerProtection") is None
    second.close()


def test_a_sealed_case_file_is_imported_with_its_passphrase(window, monkeypatch, qtbot,
                                                            tmp_path) -> None:
    """A .debtcase written by a sealed store opens in another window once its passphrase is
    typed; cancelled or wrong, nothing is imported and the person is told."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from core import cli
    from core.debts.debts import list_debts
    from tests.conftest import ZH_CASE

    sealed = tmp_path / "sealed"
    (tmp_path / "pass").write_text("护照 passphrase", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", None)
    assert cli.main(["--data-dir", str(sealed), "import", str(ZH_CASE)]) == 0
    monkeypatch.setenv("DEBTDESK_NEW_PASSPHRASE_FILE", str(tmp_path / "pass"))
    assert cli.main(["--data-dir", str(sealed), "protect"]) == 0
    monkeypatch.setenv("DEBTDESK_PASSPHRASE_FILE", str(tmp_path / "pass"))
    archive = tmp_path / "案卷.debtcase"
    assert cli.main(["--data-dir", str(sealed), "export", str(archive)]) == 0
    monkeypatch.delenv("DEBTDESK_PASSPHRASE_FILE")

    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _t, text, *a, **k: warnings.append(text))
    for answer in (("", False), ("not it", True)):
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, answer=answer, **k: answer)
        window.case_actions.import_case()  # refused at once, or once the file is read
        qtbot.waitUntil(lambda: window.case_actions.job is None, timeout=30000)
        assert list_debts(window.store) == []
    assert len(warnings) == 2 and "passphrase" in warnings[0]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("护照 passphrase", True))
    with qtbot.waitSignal(window.case_actions.job_ended, timeout=30000):
        window.case_actions.import_case()
    assert len(list_debts(window.store)) == 3 and len(warnings) == 2
