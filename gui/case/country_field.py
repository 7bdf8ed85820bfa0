"""Where the person lives: the country whose collection rules DebtDesk checks the call log
against (core.calllog.conduct_rules has China, the United Kingdom and the United States).

"From the currency" stores no country, so the rules follow the case's currency; another
country is typed as its ISO code and checked by core like every other value.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.calllog.conduct import country_for
from gui.shared.retranslate import Retranslating, fill

NAMED = ("CN", "GB", "US")  # the countries whose rules DebtDesk knows
OTHER = "other"


def country_name(code: str | None) -> str:
    """A country's name in the person's language; its ISO code where DebtDesk has no name."""
    translate = QCoreApplication.translate
    names = {"CN": translate("CountryField", "China"),
             "GB": translate("CountryField", "United Kingdom"),
             "US": translate("CountryField", "United States")}
    return names.get(code or "", code or "—")


class CountryField(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, country: str | None, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countryField")
        self._currency = currency
        self.choice = QComboBox(self)
        self.choice.setObjectName("countryChoice")
        self.code = QLineEdit(self)
        self.code.setObjectName("countryCode")
        self.code.setMaximumWidth(80)
        self.hint = QLabel(self)
        self.hint.setObjectName("countryHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choice, 1)
        row.addWidget(self.code)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.hint)
        self.retranslate()
        self.choice.setCurrentIndex(max(0, self.choice.findData(
            country if country in (None, *NAMED) else OTHER)))
        if country is not None and country not in NAMED:
            self.code.setText(country)
        self._choice_changed()
        self.choice.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.code.textChanged.connect(lambda _t: self.changed.emit())

    def retranslate(self) -> None:
        current = self.choice.currentData() if self.choice.count() else None
        self.choice.blockSignals(True)
        self.choice.clear()
        implied = country_for(self._currency, None)
        self.choice.addItem(fill(self.tr("From the currency (%1: %2)"), self._currency,
                                 country_name(implied)), None)
        for code in NAMED:
            self.choice.addItem(country_name(code), code)
        self.choice.addItem(self.tr("Another country (type its two-letter ISO code)"), OTHER)
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        self.choice.blockSignals(False)
        self.code.setPlaceholderText(self.tr("e.g. DE"))
        self.hint.setText(self.tr(
            "The rules collectors must follow where you live: the call log is checked "
            "against them."))

    def _choice_changed(self) -> None:
        self.code.setVisible(self.choice.currentData() == OTHER)
        self.changed.emit()

    def value(self) -> str | None:
        """The ISO code to store; None: follow the currency. A typed code is upper-cased,
        nothing else: core says what is wrong with it."""
        chosen = self.choice.currentData()
        if chosen == OTHER:
            return self.code.text().strip().upper()
        return chosen
