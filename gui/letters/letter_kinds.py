"""The kinds of letter as the letter window names them, and the kind a plan suggests for a
debt (a settlement term suggests a settlement letter, a pause a moratorium)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # the letter window's own context, as before


def kind_label(code: str) -> str:
    return {
        "installment": translate("LetterDialog", "Repay in installments"),
        "settlement": translate("LetterDialog", "Settle with a lump sum"),
        "waiver": translate("LetterDialog", "Stop interest, waive penalties"),
        "moratorium": translate("LetterDialog", "Pause payments for a while"),
        "confirmation": translate("LetterDialog", "Confirm a call's agreement in writing"),
        "complaint": translate("LetterDialog", "Complain about a collector's conduct"),
    }[code]


def default_kind(plan: dict[str, Any] | None, debt: str) -> str:
    """The kind a plan's term for the debt suggests."""
    for term in (plan or {}).get("terms", []):
        if term["debt"] == debt:
            if term["treatment"] == "settlement":
                return "settlement"
            if term.get("pause_months"):
                return "moratorium"
    return "installment"
