"""With Chinese chosen, Qt's own file, print and page-setup dialogs are Chinese too: the
words Qt's catalogue leaves in English come from resources/translations/qt_extra_zh_CN."""
from __future__ import annotations

import re

import pytest
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QGroupBox, QLabel, QWidget

_ENGLISH = re.compile(r"[A-Za-z]{2,}")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _english_words(dialog: QWidget) -> list[str]:
    found = []
    for child in dialog.findChildren(QWidget):
        texts = []
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        found += [t for t in texts if _ENGLISH.search(t) and not _CHINESE.search(t)]
    return sorted(set(found))


@pytest.fixture
def chinese(languages):
    languages.apply("zh")
    yield
    languages.apply("en")


@pytest.mark.parametrize("make", [
    lambda printer: QFileDialog(None, "", "", ""),
    QPrintDialog,
    QPageSetupDialog,
], ids=["file", "print", "page setup"])
def test_qt_dialogs_have_no_english_words(qtbot, chinese, make) -> None:
    printer = QPrinter()  # outlives the dialog that uses it
    dialog = make(printer)
    if isinstance(dialog, QFileDialog):
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _english_words(dialog) == []
    dialog.reject()


def test_window_titles_name_the_app_in_the_persons_language(chinese) -> None:
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.applicationDisplayName() == "债务协商助手"
