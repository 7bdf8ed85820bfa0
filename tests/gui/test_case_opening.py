"""Opening the case in the window: what the status bar says follows the language."""
from __future__ import annotations


def test_the_data_folder_message_follows_a_language_switch(window, qtbot) -> None:
    bar = window.statusBar()
    assert bar.currentMessage() == f"Data folder: {window.data_dir}"
    window.set_language("zh")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("债务协商助手"))  # switched
    assert bar.currentMessage() == f"数据文件夹：{window.data_dir}"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("DebtDesk — debt"))
    assert bar.currentMessage() == f"Data folder: {window.data_dir}"


def test_a_message_shown_since_is_left_alone(window, qtbot) -> None:
    bar = window.statusBar()
    bar.showMessage("Saved")
    window.set_language("zh")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("债务协商助手"))
    assert bar.currentMessage() == "Saved"
