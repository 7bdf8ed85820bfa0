"""Protect a case with a passphrase, change it, or remove the protection: one paragraph
that says what it does (and that a forgotten passphrase cannot be recovered by anyone), the
passphrase typed twice (the current one once, to remove it), then the work with a busy bar.
The work itself is given by gui/case/security.py through `submitted`."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.case.passphrase_field import WorkLines, field_row, passphrase_edit, show_toggle
from gui.shared.retranslate import Retranslating

MODES = ("protect", "change", "unprotect")


class ProtectDialog(Retranslating, QDialog):
    submitted = Signal(str)  # the new passphrase (for "unprotect": the current one)

    def __init__(self, mode: str, parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        assert mode in MODES
        self.setObjectName("protectDialog")
        self.mode = mode
        self._working = False
        self.note = QLabel(note, self)
        self.note.setObjectName("protectNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("font-weight: bold;")
        self.note.setVisible(bool(note))
        self.explanation = QLabel(self)
        self.explanation.setObjectName("protectExplanation")
        self.explanation.setWordWrap(True)
        self.recovery = QCheckBox(self)  # a printable recovery key, made with the new key
        self.recovery.setObjectName("makeRecoverySheet")
        self.recovery.setChecked(True)
        self.recovery.setVisible(mode != "unprotect")
        self.first = passphrase_edit(self, "newPassphrase")
        self.second = passphrase_edit(self, "repeatPassphrase")
        self.show_box = show_toggle(self, [self.first, self.second])
        self.first_label, self.second_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.first_label, field_row(self.first, self.show_box))
        if mode != "unprotect":
            form.addRow(self.second_label, self.second)
        else:
            self.second_label.hide()
            self.second.hide()
        self.lines = WorkLines(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("protectOkButton")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.clicked.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addWidget(self.explanation)
        column.addLayout(form)
        column.addWidget(self.recovery)
        for widget in self.lines.widgets():
            column.addWidget(widget)
        column.addStretch(1)
        column.addWidget(self.buttons)
        self.explanation.setMinimumWidth(480)  # not the dialog's: its height follows the text
        self.retranslate()

    def retranslate(self) -> None:
        lost = self.tr("Nobody can recover a forgotten passphrase: not DebtDesk, not its makers, "
                       "not anyone else. Without it, or the recovery key if you print one, "
                       "the case cannot be opened.")
        if self.mode == "protect":
            self.setWindowTitle(self.tr("Protect your case with a passphrase"))
            text = self.tr("A passphrase keeps everything in this case's data folder encrypted: "
                           "the debts, calls, plans and letters, the evidence files and the "
                           "backups. DebtDesk asks for it each time it opens the case. A backup "
                           "is made first, and the change is all or nothing. The unencrypted "
                           "files are deleted, but a disk can keep traces of deleted files: "
                           "your system's disk encryption (BitLocker, FileVault) covers those.")
            self.ok_button.setText(self.tr("&Protect"))
        elif self.mode == "change":
            self.setWindowTitle(self.tr("Change the passphrase"))
            text = self.tr("The new passphrase replaces the old one for the whole case, its "
                           "evidence files and its backups. A recovery key printed before "
                           "stops working. A backup is made first, and the change is all or "
                           "nothing.")
            self.ok_button.setText(self.tr("&Change"))
        else:
            self.setWindowTitle(self.tr("Remove the protection"))
            text = self.tr("The case, its evidence files and its backups will be stored "
                           "unencrypted again: anyone who can open this computer's files can "
                           "read them. Type the current passphrase to confirm. A backup is "
                           "made first.")
            lost = ""
            self.ok_button.setText(self.tr("&Remove protection"))
        space = "" if text.endswith("。") else " "  # Chinese sentences follow without one
        self.explanation.setText(f"{text}{space}{lost}".strip())
        self.first_label.setText(self.tr("Current passphrase:") if self.mode == "unprotect"
                                 else self.tr("New passphrase:"))
        self.second_label.setText(self.tr("Type it again:"))
        self.recovery.setText(self.tr("Also make a recovery &key to print (recommended)"))
        self.recovery.setToolTip(self.tr(
            "A random key, shown once, that opens the case if the passphrase is forgotten. "
            "Print it and keep it away from the computer."))
        self.show_box.setText(self.tr("Show"))

    def _submit(self) -> None:
        first = self.first.text()
        if not first:
            self.lines.stopped(self.tr("Type a passphrase first."))
            self.first.setFocus()
            return
        if self.mode != "unprotect" and self.second.text() != first:
            self.lines.stopped(self.tr("The two passphrases are not the same. Nothing was "
                                       "changed."))
            self.second.selectAll()
            self.second.setFocus()
            return
        self.submitted.emit(first)

    def working(self) -> None:
        self._working = True
        for widget in (self.first, self.second, self.show_box, self.recovery, self.buttons):
            widget.setEnabled(False)
        self.lines.working(self.tr("Working… every file of the case is written anew; this can "
                                   "take a while for many evidence files."))

    def work_done(self, error: str = "") -> None:
        """The work is over: closed when it succeeded, else the error shown (nothing changed)."""
        self._working = False
        for widget in (self.first, self.second, self.show_box, self.recovery, self.buttons):
            widget.setEnabled(True)
        if error:
            self.lines.stopped(error)
            self.first.selectAll()
            self.first.setFocus()
        else:
            self.lines.stopped()
            self.first.clear()
            self.second.clear()
            self.accept()

    def reject(self) -> None:
        if not self._working:  # the work cannot be stopped half-way: it ends by itself
            super().reject()
