"""A line across the top of the window for things due now, with Show and close."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QFrame):
    show_requested = Signal(object)  # the contact id to show, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet("#noticeBar { background: #fff4cc; border-bottom: 1px solid #e0c060; }"
                           " #noticeBar QLabel { color: #5a4300; }")
        self.text = QLabel(self)
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.show_button = QPushButton(self)
        self.close_button = QPushButton("×", self)
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(28)
        self._contact: int | None = None
        self.show_button.clicked.connect(self._show_contact)
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.close_button)
        self.hide()

    def _show_contact(self) -> None:
        self.show_requested.emit(self._contact)
        self.hide()

    def say(self, text: str, contact: int | None) -> None:
        self._contact = contact
        self.text.setText(text)
        self.show_button.setText(self.tr("Show"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.show()
