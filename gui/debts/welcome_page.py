"""What the Debts tab shows while the case has no debts: a welcome and the three ways to
begin (add the debts one by one, describe the situation first, or import a case file).

A page of its own in the tab's stack, beside the table page: it shares nothing with the list
but the buttons' actions, which the tab connects."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from gui.shared.retranslate import Retranslating


class WelcomePage(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        # Centred by its own alignment, not the layout's: a wrapped label given an alignment
        # in a layout loses its height-for-width and is cut to one line.
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("welcomeAddDebt")
        self.situation_button = QPushButton(self)
        self.import_button = QPushButton(self)
        w = QVBoxLayout(self)
        w.addStretch(1)
        w.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        w.addWidget(self.text)
        for button in (self.add_button, self.situation_button, self.import_button):
            button.setMinimumWidth(320)
            button.setMinimumHeight(40)
            w.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        w.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to DebtDesk"))
        self.text.setText(self.tr(
            "Start with what you owe. You can add your debts one by one, first describe your "
            "situation (income, expenses, what happened), or import a case file."))
        self.add_button.setText(self.tr("Add your first debt…"))
        self.situation_button.setText(self.tr("Fill in your situation…"))
        self.import_button.setText(self.tr("Import a case file…"))
