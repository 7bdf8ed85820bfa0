"""The recovery sheet, shown once: the random recovery key in large type, what it is for, and
Save as PDF / Print. The key is not kept anywhere but on the sheet, so Done waits until the
person has saved it, printed it, or says they copied it down."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.shared.pdf_output import ask_save_path, print_pdf, save_pdf
from gui.shared.retranslate import Retranslating, fill

FOLDER_SETTING = "security/recoverySheetFolder"


class RecoverySheetDialog(Retranslating, QDialog):
    def __init__(self, code: str, fingerprint: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoverySheetDialog")
        self.setModal(True)
        self.code, self.fingerprint, self.language = code, fingerprint, language
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.key_label = QLabel(code, self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_note = QLabel(self)
        self.print_note.setWordWrap(True)
        self.copied = QCheckBox(self)
        self.copied.setObjectName("recoveryCopied")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("recoverySave")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("recoveryPrint")
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("recoveryDone")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_sheet)
        self.done_button.clicked.connect(self.accept)
        self.copied.toggled.connect(self.done_button.setEnabled)
        self.done_button.setEnabled(False)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addSpacing(8)
        column.addWidget(self.key_label)
        column.addSpacing(8)
        column.addWidget(self.print_note)
        column.addWidget(self.copied)
        column.addStretch(1)
        column.addWidget(buttons)
        self.text.setMinimumWidth(460)
        self._pdf: bytes | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your recovery key"))
        self.text.setText(self.tr(
            "If you forget the passphrase, this key opens the case instead. It is shown only "
            "now: save or print the sheet, or copy the key onto paper, and keep it away from "
            "the computer."))
        self.print_note.setText(fill(self.tr(
            "Case fingerprint: %1. Anyone with this key and this computer's files can read "
            "your case; a new passphrase makes the key useless."), self.fingerprint))
        self.copied.setText(self.tr("I have &saved, printed or copied down this key"))
        self.save_button.setText(self.tr("Save as &PDF…"))
        self.print_button.setText(self.tr("P&rint…"))
        self.done_button.setText(self.tr("&Done"))

    def pdf(self) -> bytes:
        if self._pdf is None:
            from core.letters.recovery_sheet import recovery_sheet_pdf

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._pdf = recovery_sheet_pdf(self.code, self.fingerprint, self.language,
                                               date.today())
            finally:
                QApplication.restoreOverrideCursor()
        return self._pdf

    def save(self) -> None:
        suggested = self.tr("DebtDesk recovery key") + ".pdf"
        path = ask_save_path(self, self.tr("Save the recovery sheet"), suggested,
                             FOLDER_SETTING)
        if path is not None and save_pdf(self, self.pdf(), path, FOLDER_SETTING) is not None:
            self.copied.setChecked(True)
            self.print_note.setText(fill(self.tr(
                "Saved as %1. A key kept on this computer protects nothing: print it or move "
                "it to a USB stick kept apart, then delete the file."), path))

    def print_sheet(self) -> None:
        if print_pdf(self, self.pdf(), "a4", self.windowTitle(),
                     self.tr("Print the recovery sheet")):
            self.copied.setChecked(True)

    def reject(self) -> None:
        """Escape and the close button leave only once the key is kept somewhere."""
        if self.copied.isChecked():
            super().reject()
