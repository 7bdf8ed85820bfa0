"""The guide: the seven steps of negotiating a debt (core/debts/guide.py), opened from the Help
menu, or with F1 on a tab at that tab's step."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gui.shared.fit import fit_on_screen
from gui.shared.retranslate import Retranslating, fill

TAB_STEPS = (1, 4, 2, 5)  # the step each tab serves: Debts, Evidence files, Call log, Plan


class GuideDialog(Retranslating, QDialog):
    def __init__(self, step: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.step = step
        self.text = QTextBrowser(self)
        self.text.setObjectName("guideText")
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.text, 1)
        column.addWidget(buttons)
        fit_on_screen(self, 640, 700)
        self.retranslate()

    def retranslate(self) -> None:
        from core import i18n
        from core.debts.guide import STEPS, beware

        self.setWindowTitle(self.tr("The seven steps"))
        steps = STEPS.get(i18n.language(), STEPS["en"])
        intro = self.tr("Most creditors would rather agree a plan than chase a debt. These "
                        "are the steps, in order; DebtDesk helps with each.")
        parts = [f"<p>{escape(intro)}</p>"]
        heading, helps = self.tr("Step %1: %2"), self.tr("In DebtDesk: %1")
        for number, step in enumerate(steps, 1):
            parts.append(
                f'<h3><a name="step{number}"></a>{escape(fill(heading, number, step.title))}'
                f"</h3><p>{escape(step.what)}</p>"
                f"<p><i>{escape(fill(helps, step.where))}</i></p>")
        parts.append(f'<h3><a name="beware"></a>{escape(self.tr("Beware"))}</h3>'
                     f"<p>{escape(beware(i18n.language()))}</p>")
        self.text.setHtml("".join(parts))
        self.show_step(self.step)

    def show_step(self, step: int) -> None:
        self.step = step
        self.text.scrollToAnchor(f"step{step}")
