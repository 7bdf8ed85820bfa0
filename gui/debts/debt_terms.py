"""What each figure of the debt form means, for someone who has never read a card bill this
closely: a one-line explanation on the field and its label (hover, or Shift+F1 for "what is
this?"), and a grey example where a value is typed."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QWidget

from gui.shared.forms import explain_fields

translate = QCoreApplication.translate


def explanations() -> dict[str, str]:
    """Field key -> its explanation, in the language now in use."""
    return {
        "principal": translate(
            "DebtTerms",
            "What you borrowed or spent and have not paid back, without the interest and "
            "fees. On a card bill: the amount due less its interest and fee lines."),
        "interest": translate(
            "DebtTerms",
            "Interest already charged and still unpaid on the statement date, as the bill"
            " lists it."),
        "fees": translate(
            "DebtTerms",
            "Late fees, annual fees, instalment fees and other charges the bill lists as "
            "unpaid."),
        "as_of": translate(
            "DebtTerms",
            "The date of the statement these figures come from. Plans count from this "
            "day."),
        "rate": translate(
            "DebtTerms",
            "The interest the contract charges while you pay on time, written as the bill"
            " writes it: per day (0.05%, 万分之五) or per year (18%)."),
        "overdue_rate": translate(
            "DebtTerms",
            "The higher interest (penalty interest, 罚息) charged once payments are missed."
            " Leave it empty if the contract has none."),
        "minimum_payment": translate(
            "DebtTerms",
            "The least the bill asks you to pay each month."),
        "due_day": translate(
            "DebtTerms",
            "The day of the month a payment is due."),
        "late_fixed": translate(
            "DebtTerms",
            "A fixed fee charged for each month with a missed payment."),
        "late_percent": translate(
            "DebtTerms",
            "A fee worked out as a share of the unpaid minimum payment, e.g. 5%."),
        "overdue_since": translate(
            "DebtTerms",
            "The first due date you missed. Days overdue count from it."),
        "priority": translate(
            "DebtTerms",
            "Debts whose non-payment costs your home, heating or freedom (rent, tax, "
            "utilities, fines) are paid before the others."),
    }


def examples() -> dict[str, str]:
    """Field key -> a grey example shown while the field is empty (never a value)."""
    return {
        "principal": translate(
            "DebtTerms",
            "e.g. 23456.78"),
        "interest": translate(
            "DebtTerms",
            "e.g. 312.50"),
        "fees": translate(
            "DebtTerms",
            "e.g. 0.00"),
        "minimum_payment": translate(
            "DebtTerms",
            "e.g. 1172.84"),
        "late_fixed": translate(
            "DebtTerms",
            "e.g. 50.00"),
        "late_percent": translate(
            "DebtTerms",
            "e.g. 5"),
    }


def explain_rows(rows: list[tuple[QFormLayout, QWidget, str]]) -> None:
    """Put each explanation on its field and label, and each example in its empty field."""
    explain_fields(rows, explanations(), examples())
