"""What each part of "Your situation" is for, for someone filling in a financial statement
for the first time: a one-line explanation on each field and its label (hover, or Shift+F1
for "what is this?"), and on the two expense categories that change what the plan offers."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def explanations() -> dict[str, str]:
    """Field key -> its explanation, in the language now in use."""
    return {
        "name": translate(
            "SituationTerms",
            "Your name as it is on your ID card. Letters are signed with it."),
        "phone": translate(
            "SituationTerms",
            "The number a creditor can call you on about your proposal."),
        "email": translate(
            "SituationTerms",
            "Where a creditor can send a written reply. Leave it empty if you have none."),
        "address": translate(
            "SituationTerms",
            "Where a reply by post should go."),
        "id_number": translate(
            "SituationTerms",
            "Some creditors ask for it to find your account. Letters show only its first "
            "and last characters unless you choose otherwise."),
        "country": translate(
            "SituationTerms",
            "Decides which rules on collectors' calls are checked, and where a complaint "
            "goes next."),
        "adults": translate(
            "SituationTerms",
            "Adults who live on this household's income, you included."),
        "children": translate(
            "SituationTerms",
            "Children you support. A larger household has higher costs, and creditors "
            "expect that."),
        "household_note": translate(
            "SituationTerms",
            "Anything else that explains your costs, for example a parent you look after."),
        "reason": translate(
            "SituationTerms",
            "The main cause of your difficulty. Letters name it in one line."),
        "since": translate(
            "SituationTerms",
            "When the difficulty began. Tick \"known\" if you know the date."),
        "statement": translate(
            "SituationTerms",
            "Your own words, printed in every letter: what happened, when, and what you "
            "are doing about it."),
        "recovery": translate(
            "SituationTerms",
            "When you expect things to improve, if you know (a new job, the end of "
            "treatment). Leave it empty rather than guess."),
    }


def income_explanation() -> str:
    return translate(
        "SituationTerms",
        "Money that comes in each month after tax: wages, benefits, pension, help from "
        "family. If it changes from month to month, use the average of the last few months.")


def expenses_explanation() -> str:
    return translate(
        "SituationTerms",
        "What you must spend each month to live and to work. What is left after these is "
        "what your plan can offer your creditors.")


def category_explanations() -> dict[str, str]:
    """Expense category -> why it is there, for the two a first-timer does not know."""
    return {
        "priority_debt": translate(
            "SituationTerms",
            "Debts whose non-payment costs your home, heating or freedom: rent or mortgage "
            "arrears, utilities, tax, fines. They are paid before your other creditors."),
        "savings": translate(
            "SituationTerms",
            "A small sum kept each month for emergencies, so one broken phone does not "
            "break the plan. Letters mention savings only when this line is there."),
    }
