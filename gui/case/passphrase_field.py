"""A passphrase typed with its echo off, a "Show" box beside it, and the busy line and error
line that the unlock screen and the protect dialog both show under their fields."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget


def passphrase_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                             | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit


def show_toggle(parent: QWidget, edits: list[QLineEdit]) -> QCheckBox:
    """The "Show" box: the passphrase's characters shown while it is ticked."""
    box = QCheckBox(parent)
    box.setObjectName("showPassphrase")

    def toggled(on: bool) -> None:
        for edit in edits:
            edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)

    box.toggled.connect(toggled)
    return box


def field_row(edit: QLineEdit, toggle: QCheckBox | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    if toggle is not None:
        row.addWidget(toggle)
    return row


class WorkLines:
    """An indeterminate bar with a line of text while the work runs, and the error line."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.busy = QProgressBar(parent)
        self.busy.setObjectName("sealBusy")
        self.busy.setRange(0, 0)  # spins until the work counts its files
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel(parent)
        self.status.setWordWrap(True)
        self.status.hide()
        self.error = QLabel(parent)
        self.error.setObjectName("sealError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

    def working(self, text: str) -> None:
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.error.hide()
        self.status.setText(text)
        for widget in (self.busy, self.status):
            widget.show()
        self._grow()

    def progress(self, done: int, total: int) -> None:
        """Files done of all there are: the bar counts them (it no longer just spins)."""
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)
        self.busy.setFormat(f"{done} / {total}")
        self.busy.setTextVisible(True)

    def stopped(self, error: str = "") -> None:
        self.busy.hide()
        self.status.hide()
        self.error.setText(error)
        self.error.setVisible(bool(error))
        self._grow()

    def _grow(self) -> None:
        """A line shown under wrapped text: the window grows to keep all of it in view (a
        window's minimum height does not follow wrapped text by itself)."""
        window = self._parent.window()
        layout = window.layout()
        if layout is None or not window.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if needed > window.height():
            window.resize(window.width(), needed)

    def widgets(self) -> tuple[QWidget, ...]:
        return self.busy, self.status, self.error
