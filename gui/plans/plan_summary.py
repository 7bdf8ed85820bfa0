"""A plan's figures and warnings in words, for the Plan tab and the comparison of plans."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.money import format_amount
from gui.shared.retranslate import fill

translate = QCoreApplication.translate  # lupdate reads translate("PlanSummary", "…") calls


def warning_text(warning: Any, schedule: Any, names: dict[str, str], currency: str) -> str:
    name = names.get(warning.debt or "", warning.debt or "")
    return fill(
        {
            "card_term_over_60_months": translate(
                "PlanSummary",
                "%1: a credit-card plan longer than 60 months; a bank may agree at most 60 "
                "(credit-card rules of 2011, art. 70).",
            ),
            "budget_above_disposable": translate(
                "PlanSummary",
                "The budget is more than your financial statement leaves each month (the savings "
                "allowance included).",
            ),
            "debt_unpaid_3_months": translate(
                "PlanSummary",
                "%1 gets nothing for 3 months or more in a row; creditors act on that, so give it "
                "something.",
            ),
            "unaffordable": translate(
                "PlanSummary",
                "Unaffordable: from month %2 the money does not cover the fixed payments (short by "
                "%3 in all).",
            ),
            "never_clears": translate(
                "PlanSummary", "The payments do not cover the interest: the debts never clear."
            ),
        }.get(warning.code, warning.code),
        name,
        str(schedule.shortfall_from),
        format_amount(schedule.shortfall, currency),
    )


def summary_html(result: Any, currency: str, names: dict[str, str]) -> str:
    """The plan's figures and warnings, as the Plan tab and the comparison show them."""
    s = result.schedule
    money = partial(format_amount, currency=currency)
    if s.debt_free_on is None:
        free = fill(translate("PlanSummary", "<b>Never clears</b> within %1 months"), s.months)
    else:
        free = fill(translate("PlanSummary", "<b>Debt-free on %1</b> (%2 months)"),
                    s.debt_free_on.isoformat(), s.months)
    lines = [
        free,
        fill(translate("PlanSummary", "Monthly budget: %1"), money(result.plan.monthly_budget)),
        fill(translate("PlanSummary", "Total paid: %1"), money(s.total_paid)),
        fill(translate("PlanSummary", "Interest: %1 · late fees: %2"),
             money(s.total_interest), money(s.total_fees)),
        fill(translate("PlanSummary", "Forgiven: %1"), money(s.total_forgiven)),
        fill(translate("PlanSummary", "<b>Saved against doing nothing: %1</b>"),
             money(result.saved)),
    ]
    html = "<p>" + "<br>".join(lines) + "</p>"
    if s.affordable:
        html += (
            "<p style='color:#2e7d32'>"
            + translate("PlanSummary", "Affordable every month.")
            + "</p>"
        )
    if s.warnings:
        items = "".join(f"<li>{warning_text(w, s, names, currency)}</li>" for w in s.warnings)
        html += f"<ul style='color:#b71c1c; margin-left:-20px'>{items}</ul>"
    return html
