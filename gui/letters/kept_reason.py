"""Below the letter's form, when the chosen plan pays less each month than the financial
statement leaves: why, in the person's words. A creditor who reads "520.00 left over" with
no reason reads money being hidden, so the letter says the reason chosen here (carried in
the letter request, never stored in the case), or, with none chosen, the figures alone while
the window warns. Offering all of it instead means raising the plan's monthly budget, on the
Plan editor: the button says how.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core.letters.wording import KEPT_REASONS, OWN_REASON
from gui.shared.retranslate import Retranslating, fill


def kept_back(case: dict[str, Any], plan_name: str | None) -> tuple[str, str, str] | None:
    """(the plan's budget, what it leaves out, what is left), in money, when the plan pays
    less than the financial statement leaves each month; else None."""
    from core.case.situation import budget_totals
    from core.case.situation import kept_back as kept_of
    from core.money import format_amount

    plan = next((p for p in case.get("plans", []) if p["name"] == plan_name), None)
    budget = case.get("budget")
    if plan is None or budget is None or plan.get("monthly_budget") is None:
        return None
    kept = kept_of(budget, plan["monthly_budget"])
    if kept <= 0:
        return None
    currency = case.get("currency") or "CNY"
    return (format_amount(plan["monthly_budget"], currency), format_amount(kept, currency),
            format_amount(budget_totals(budget)["left"], currency))


class KeptReason(Retranslating, QWidget):
    changed = Signal()  # the reason or its sentence changed: the letter says it

    def __init__(self, case: dict[str, Any], plans: QComboBox,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterKeptBack")
        self._case, self._plans = case, plans
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reason = QComboBox(self)
        self.reason.setObjectName("letterKeptReason")
        for code in ("", *KEPT_REASONS, OWN_REASON):
            self.reason.addItem("", code)
        self.label.setBuddy(self.reason)
        self.own = QLineEdit(self)
        self.own.setObjectName("letterKeptReasonText")
        self.own.setMaxLength(200)
        self.use_all = QPushButton(self)
        self.use_all.setObjectName("letterUseAll")
        self.use_all.setCheckable(True)
        self.how = QLabel(self)
        self.how.setObjectName("letterUseAllHow")
        self.how.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.label, 0, 0, 1, 2)
        grid.addWidget(self.reason, 1, 0)
        grid.addWidget(self.use_all, 1, 1)
        grid.addWidget(self.own, 2, 0, 1, 2)
        grid.addWidget(self.how, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.own.textChanged.connect(self.changed)
        self.use_all.toggled.connect(self.how.setVisible)
        plans.currentIndexChanged.connect(lambda _i: self.retranslate())
        self.how.setVisible(False)
        self.retranslate()

    def kept(self) -> tuple[str, str, str] | None:
        return kept_back(self._case, self._plans.currentData())

    def code(self) -> str:
        """The reason chosen ("" for none, OWN_REASON for the person's own sentence)."""
        return str(self.reason.currentData() or "")

    def own_text(self) -> str:
        return self.own.text() if self.code() == OWN_REASON else ""

    def given(self) -> bool:
        """Whether the letter will say why (a reason chosen; one's own sentence written)."""
        return self.code() in KEPT_REASONS or bool(self.own_text().strip())

    def warning(self) -> str:
        """What the window says before the letter is saved or printed: the plan keeps some
        back and the letter gives no reason for it ("" when it does, or keeps nothing)."""
        kept = self.kept()
        if kept is None or self.given():
            return ""
        return fill(self.tr(
            "The plan pays %1 a month, %2 less than your statement leaves (%3), and the letter "
            "does not say why: a creditor may think money is being hidden. Choose a reason "
            "below, or use all of it."), *kept)

    def _reason_changed(self) -> None:
        self.own.setVisible(self.code() == OWN_REASON)
        self.changed.emit()

    def retranslate(self) -> None:
        kept = self.kept()
        self.setVisible(kept is not None)
        budget, held, left = kept or ("", "", "")
        self.label.setText(fill(self.tr(
            "The plan pays %1 a month, %2 less than the %3 your statement leaves. &Why?"),
            budget, held, left))
        for index, text in enumerate((
                self.tr("Choose a reason (the letter gives only the figures)"),
                self.tr("My income is irregular: kept as a buffer"),
                self.tr("Children's schooling, medical care and other essential costs"),
                self.tr("Priority bills first (rent, utilities)"),
                self.tr("Other (write one sentence)"))):
            self.reason.setItemText(index, text)
        self.own.setPlaceholderText(self.tr(
            "One sentence the creditor will read, e.g. what the money is for"))
        self.own.setVisible(self.code() == OWN_REASON)
        self.use_all.setText(self.tr("Use all that is left…"))
        self.how.setText(fill(self.tr(
            "To offer all %1 a month: close this letter, open the plan in the Plan editor, "
            "set its Monthly budget to %1, and write the letter again. The letter then keeps "
            "nothing back."), left))
