"""Two plans side by side: their figures and both repayment curves."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.plans.plans import nothing as do_nothing
from gui.plans.chart import RepaymentChart
from gui.plans.plan_summary import summary_html
from gui.shared.fit import fit_on_screen


class CompareDialog(QDialog):
    def __init__(self, case: Any, plans: list[dict[str, Any]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare two plans"))
        self._case, self._plans = case, plans
        self._names = {d["ref"]: d["creditor"] for d in case.debts}
        columns = QHBoxLayout()
        self.sides = []
        for index in (0, 1):
            combo = QComboBox(self)
            for plan in plans:
                combo.addItem(plan["name"])
            combo.setCurrentIndex(min(index, len(plans) - 1))
            figures = QLabel(self)
            figures.setWordWrap(True)
            chart = RepaymentChart(self)
            chart.setMinimumSize(420, 300)
            box = QVBoxLayout()
            box.addWidget(combo)
            box.addWidget(figures)
            box.addWidget(chart, 1)
            columns.addLayout(box)
            combo.currentIndexChanged.connect(lambda _i, n=index: self._show(n))
            self.sides.append((combo, figures, chart))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        fit_on_screen(self, 1100, 650)
        for index in (0, 1):
            self._show(index)

    def _show(self, index: int) -> None:
        from core.plans import plans
        combo, figures, chart = self.sides[index]
        result = plans.run(self._case, self._plans[combo.currentIndex()])
        figures.setText(summary_html(result, self._case.currency, self._names))
        nothing = do_nothing(result.debts, result.plan.start, result.schedule.months)
        chart.show_schedule(result.schedule, nothing, self._names, self._case.currency)
