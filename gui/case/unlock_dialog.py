"""The unlock screen of a sealed case: the passphrase (echo off, a "Show" box), Unlock and
Quit. The key is derived in a worker thread (Argon2id takes half a second on purpose) while
a busy bar runs; a wrong passphrase is said plainly and changes nothing."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.case.passphrase_field import WorkLines, field_row, passphrase_edit, show_toggle
from gui.case.seal_job import SealJob
from gui.shared.retranslate import Retranslating, fill


class UnlockDialog(Retranslating, QDialog):
    unlocked = Signal(object)  # the SealKey
    quit_requested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setModal(True)
        self.data_dir = data_dir
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.note = QLabel(note, self)
        self.note.setObjectName("unlockNote")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.field = passphrase_edit(self, "passphraseField")
        self.show_box = show_toggle(self, [self.field])
        self.lines = WorkLines(self)
        buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self)
        self.quit_button.setObjectName("quitButton")
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button.clicked.connect(self.quit_requested)
        column = QVBoxLayout(self)
        for widget in (self.heading, self.text, self.note):
            column.addWidget(widget)
        column.addLayout(field_row(self.field, self.show_box))
        for line in self.lines.widgets():
            column.addWidget(line)
        column.addStretch(1)
        column.addWidget(buttons)
        self.text.setMinimumWidth(420)  # not the dialog's: its height follows the text
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock your case"))
        self.heading.setText(self.tr("This case is protected with a passphrase"))
        self.text.setText(fill(self.tr("Type the passphrase to open the case in %1. If you "
                                       "have forgotten it, type the recovery key from your "
                                       "printed sheet instead."), self.data_dir))
        self.field.setPlaceholderText(self.tr("Passphrase or recovery key"))
        self.show_box.setText(self.tr("Show"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.quit_button.setText(self.tr("&Quit"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Escape does not leave the screen: only Unlock or Quit do."""
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Closing the screen is quitting (the case stays locked either way)."""
        self.quit_requested.emit()

    def try_unlock(self) -> None:
        from core.store.seal import unlock

        passphrase = self.field.text()
        if not passphrase:
            self.lines.stopped(self.tr("Type your passphrase first."))
            return
        self._busy(True)
        self.lines.working(self.tr("Checking the passphrase…"))
        self.job = SealJob()
        self.job.done.connect(self._unlocked)
        self.job.failed.connect(self._refused)
        self.job.start(lambda: unlock(self.data_dir, passphrase))

    def _busy(self, on: bool) -> None:
        for widget in (self.field, self.show_box, self.unlock_button):
            widget.setEnabled(not on)

    def _unlocked(self, key: object) -> None:
        self.lines.stopped()
        self.field.clear()
        self.unlocked.emit(key)
        self.accept()

    def _refused(self, message: str, wrong: bool) -> None:
        self._busy(False)
        self.lines.stopped(self.tr("That passphrase does not open this case.") if wrong
                           else message)
        self.field.selectAll()
        self.field.setFocus()
