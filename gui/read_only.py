"""Only one window writes to a case: what a second window asks, and how it shows that it is
read-only (the store itself refuses every write; this is what the person sees)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from gui.shared.retranslate import Retranslating, fill


class InUseQuestion(QMessageBox):
    """Another window has the store: open read-only here, or quit."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.NoButton,
                         parent)
        self.setObjectName("inUseBox")
        self.setWindowTitle(self.tr("Your data is already open"))
        self.setText(fill(self.tr(
            "Another DebtDesk window is using the data folder %1. Only one window at a time "
            "can make changes.\n\nYou can open it read-only here, to look things up, or quit "
            "and use the other window."), data_dir))
        self.read_only = self.addButton(self.tr("Open &read-only"),
                                        QMessageBox.ButtonRole.AcceptRole)
        self.read_only.setObjectName("openReadOnlyButton")
        quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        self.setDefaultButton(self.read_only)
        self.setEscapeButton(quit_button)

    def ask(self) -> bool:
        """True to open read-only, False to quit."""
        self.exec()
        return self.clickedButton() is self.read_only


class ReadOnlyLabel(Retranslating, QLabel):
    """Says in the status bar, in the person's language, that changes are made elsewhere."""

    def __init__(self, parent: QWidget | None = None, damaged: bool = False) -> None:
        super().__init__(parent)
        self.damaged = damaged
        self.setObjectName("readOnlyLabel")
        self.setStyleSheet("color: #8a3b00; font-weight: bold;")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Read-only: your data is damaged") if self.damaged else
                     self.tr("Read-only: changes are made in the other DebtDesk window"))


def open_read_only(window: Any) -> bool:
    """Another window has the store: ask whether to open it read-only here (then say so in
    the title and in the status bar; the store itself refuses every write) or quit (False)."""
    if not InUseQuestion(window.data_dir, window).ask():
        return False
    make_read_only(window)
    return True


def make_read_only(window: Any, damaged: bool = False) -> None:
    """Say in the title and the status bar that nothing is saved from this window, because
    another window writes to the case or (`damaged`) its database was found damaged."""
    window.read_only = True
    window.retranslate()
    if window.findChild(ReadOnlyLabel, "readOnlyLabel") is None:
        window.statusBar().addPermanentWidget(ReadOnlyLabel(window, damaged))


def make_writable(window: Any) -> None:
    """The damaged database was replaced by a good backup: this window writes again."""
    label = window.findChild(ReadOnlyLabel, "readOnlyLabel")
    if label is None or not label.damaged:
        return  # read-only because another window writes: that has not changed
    window.statusBar().removeWidget(label)
    label.deleteLater()
    window.read_only = False
    window.retranslate()
