"""With the interface in Chinese, what the person reads is Chinese: every tab of the main
window, its menus, and every dialog. A text with Latin words and no Chinese character is
English left behind (a file name or an amount beside Chinese words is fine)."""
from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from tests.gui.shared.test_fit import _dialogs
from tests.gui.test_qt_dialogs_chinese import chinese  # noqa: F401 - the fixture

_ENGLISH = re.compile(r"[A-Za-z]{2,}")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# Names that stay as they are in a Chinese interface: formats, paper, the person's data, a
# recovery key; and the notes the dialogs are given below (text of the test's own).
_KEPT = re.compile(r"^(PDF|CSV|ICS|JSON|ZIP|US Letter|English|.*@example\.com|CNY.*"
                   r"|[0-9A-Z]{5}(-[0-9A-Z]{5}){4}"
                   r"|A note above the explanation, .*|Locked after 15 minutes\.)$")


def _english(texts: list[str]) -> list[str]:
    return sorted({t for t in texts if t and _ENGLISH.search(t) and not _CHINESE.search(t)
                   and not _KEPT.match(t.strip())})


def _visible_texts(top: QWidget) -> list[str]:
    texts = []
    for child in [top, *top.findChildren(QWidget)]:
        if not child.isVisibleTo(top) and child is not top:
            continue
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        texts.append(child.toolTip())
    texts.append(top.windowTitle())
    return texts


def _menu_texts(actions: list[QAction]) -> list[str]:
    texts = []
    for action in actions:
        texts += [action.text(), action.toolTip() if action.toolTip() != action.text() else ""]
        if action.menu() is not None:
            texts += _menu_texts(action.menu().actions())
    return texts


def test_the_main_window_and_every_dialog_speak_chinese(chinese, zh_window,  # noqa: F811
                                                        qtbot) -> None:
    window = zh_window
    found: dict[str, list[str]] = {}
    read = 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        texts = _visible_texts(window)
        read += len(texts)
        found[f"tab {index}"] = _english(texts)
    found["menus"] = _english(_menu_texts(window.menuBar().actions()))
    for name, dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        texts = _visible_texts(dialog)
        read += len(texts)
        found[name] = _english(texts)
        dialog.close()
    assert read > 500  # the texts were read, not missed
    assert {k: v for k, v in found.items() if v} == {}
