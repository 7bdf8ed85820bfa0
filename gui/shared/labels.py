"""People's words for the case file's codes, translated with Qt Linguist at call time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Labels", "…") calls


def debt_kind(code: str | None) -> str:
    return {
        "credit_card": translate("Labels", "Credit card"),
        "consumer_credit": translate("Labels", "Consumer credit"),
        "personal_loan": translate("Labels", "Personal loan"),
        "online_loan": translate("Labels", "Online loan"),
        "mortgage": translate("Labels", "Mortgage"),
        "car_loan": translate("Labels", "Car loan"),
        "private_loan": translate("Labels", "Private loan"),
        "utility": translate("Labels", "Utility bill"),
        "tax": translate("Labels", "Tax"),
        "other": translate("Labels", "Other"),
    }.get(code or "", "")


def debt_status(code: str | None) -> str:
    return {
        "current": translate("Labels", "Current"),
        "overdue": translate("Labels", "Overdue"),
        "contacted": translate("Labels", "Contacted"),
        "negotiating": translate("Labels", "Negotiating"),
        "agreed": translate("Labels", "Agreed"),
        "repaying": translate("Labels", "Repaying"),
        "settled": translate("Labels", "Settled"),
        "closed": translate("Labels", "Closed"),
    }.get(code or "", "")


def hardship_reason(code: str | None) -> str:
    return {
        "job_loss": translate("Labels", "Lost my job"),
        "income_cut": translate("Labels", "Income cut"),
        "illness": translate("Labels", "Illness"),
        "family_emergency": translate("Labels", "Family emergency"),
        "business_failure": translate("Labels", "Business failed"),
        "disaster": translate("Labels", "Disaster"),
        "other": translate("Labels", "Other"),
    }.get(code or "", "")


def income_category(code: str | None) -> str:
    return {
        "salary": translate("Labels", "Salary / wages"),
        "benefits": translate("Labels", "Benefits"),
        "pension": translate("Labels", "Pension"),
        "business": translate("Labels", "Business income"),
        "family_support": translate("Labels", "Family support"),
        "other": translate("Labels", "Other"),
    }.get(code or "", "")


def expense_category(code: str | None) -> str:
    return {
        "housing": translate("Labels", "Housing (rent, mortgage)"),
        "utilities": translate("Labels", "Utilities"),
        "food": translate("Labels", "Food and housekeeping"),
        "transport": translate("Labels", "Transport"),
        "medical": translate("Labels", "Care and health"),
        "education": translate("Labels", "School and education"),
        "childcare": translate("Labels", "Childcare"),
        "insurance": translate("Labels", "Insurance"),
        "communication": translate("Labels", "Phone and internet"),
        "priority_debt": translate("Labels", "Priority debts"),
        "savings": translate("Labels", "Savings allowance"),
        "other": translate("Labels", "Other"),
    }.get(code or "", "")


def evidence_category(code: str | None) -> str:
    return {
        "income_proof": translate("Labels", "Income proof"),
        "medical": translate("Labels", "Medical"),
        "unemployment": translate("Labels", "Unemployment"),
        "bank_statement": translate("Labels", "Bank statement"),
        "identity": translate("Labels", "Identity"),
        "hardship_other": translate("Labels", "Other hardship proof"),
        "agreement": translate("Labels", "Agreement"),
        "receipt": translate("Labels", "Receipt"),
        "correspondence": translate("Labels", "Correspondence"),
        "recording": translate("Labels", "Recording"),
        "other": translate("Labels", "Other"),
    }.get(code or "", "")


def channel(code: str | None) -> str:
    return {
        "phone": translate("Labels", "Phone"),
        "online_chat": translate("Labels", "Online chat"),
        "app": translate("Labels", "App"),
        "email": translate("Labels", "Email"),
        "letter": translate("Labels", "Letter"),
        "sms": translate("Labels", "SMS"),
        "in_person": translate("Labels", "In person"),
        "other": translate("Labels", "Other"),
    }.get(code or "", "")


def direction(code: str | None) -> str:
    return {
        "outgoing": translate("Labels", "Outgoing"),
        "incoming": translate("Labels", "Incoming"),
    }.get(code or "", "")


def outcome(code: str | None) -> str:
    return {
        "no_answer": translate("Labels", "No answer"),
        "information": translate("Labels", "Information"),
        "offer_made": translate("Labels", "Offer made"),
        "offer_received": translate("Labels", "Offer received"),
        "agreement": translate("Labels", "Agreement"),
        "refused": translate("Labels", "Refused"),
        "escalated": translate("Labels", "Escalated"),
        "promise_to_pay": translate("Labels", "Promise to pay"),
        "asked_for_proposal": translate("Labels", "Asked for an offer in writing"),
        "other": translate("Labels", "Other"),
    }.get(code or "", "")


def caller_kind(code: str | None) -> str:
    return {
        "agency": translate("Labels", "Collection agency"),
        "law_firm": translate("Labels", "Law firm"),
        "other": translate("Labels", "Someone else"),
    }.get(code or "", translate("Labels", "The creditor itself"))


def conduct(code: str | None) -> str:
    return {
        "third_party": translate("Labels", "Contacted family, friends or employer"),
        "threat": translate("Labels", "Threatened me"),
        "abuse": translate("Labels", "Abusive or insulting"),
        "false_claim": translate("Labels", "False claim (police, court, lawyer, amount)"),
        "fee_request": translate("Labels", "Asked a fee to \"handle\" the debt"),
        "after_stop_request": translate("Labels", "Contact after I asked in writing to stop"),
        "other": translate("Labels", "Other misconduct"),
    }.get(code or "", "")


def strategy(code: str | None) -> str:
    return {
        "pro_rata": translate("Labels", "Pro rata"),
        "avalanche": translate("Labels", "Avalanche (highest rate first)"),
        "snowball": translate("Labels", "Snowball (smallest balance first)"),
        "custom": translate("Labels", "Custom order"),
    }.get(code or "", "")


def strategy_meaning(code: str | None) -> str:
    """What a strategy does, in one sentence, for someone choosing one the first time."""
    return {
        "pro_rata": translate("Labels", "Each month every creditor gets the same share of "
                              "what is owed to it: the same treatment, shown to each of them."),
        "avalanche": translate("Labels", "Beyond the minimums, money goes to the highest rate "
                               "first: the least interest paid in all."),
        "snowball": translate("Labels", "Beyond the minimums, money goes to the smallest "
                              "balance first: debts clear one by one sooner, which helps to "
                              "keep going."),
        "custom": translate("Labels", "Beyond the minimums, money goes to the debts in the "
                            "order you set in the list below."),
    }.get(code or "", "")


def treatment(code: str | None) -> str:
    return {
        "contract": translate("Labels", "Keep contract"),
        "installments": translate("Labels", "Installments"),
        "settlement": translate("Labels", "Settlement"),
        "share": translate("Labels", "Share of budget"),
    }.get(code or "share", "")


def plan_status(code: str | None) -> str:
    return {
        "draft": translate("Labels", "Draft"),
        "proposed": translate("Labels", "Proposed"),
        "accepted": translate("Labels", "Accepted"),
    }.get(code or "", "")


def currency_unit(code: str) -> str:
    """A currency as a unit beside a figure: 元 for the yuan in Chinese, else its code."""
    from core import i18n

    return "元" if code == "CNY" and i18n.language() == "zh" else code
