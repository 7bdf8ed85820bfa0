"""People's words for the case file's codes, translated with Qt Linguist at call time."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CTX = "Labels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def debt_kind(code: str | None) -> str:
    return {
        "credit_card": _t("Credit card"), "consumer_credit": _t("Consumer credit"),
        "personal_loan": _t("Personal loan"), "online_loan": _t("Online loan"),
        "mortgage": _t("Mortgage"), "car_loan": _t("Car loan"),
        "private_loan": _t("Private loan"), "utility": _t("Utility bill"), "tax": _t("Tax"),
        "other": _t("Other"),
    }.get(code or "", "")


def debt_status(code: str | None) -> str:
    return {
        "current": _t("Current"), "overdue": _t("Overdue"), "contacted": _t("Contacted"),
        "negotiating": _t("Negotiating"), "agreed": _t("Agreed"), "repaying": _t("Repaying"),
        "settled": _t("Settled"), "closed": _t("Closed"),
    }.get(code or "", "")


def hardship_reason(code: str | None) -> str:
    return {
        "job_loss": _t("Lost my job"), "income_cut": _t("Income cut"), "illness": _t("Illness"),
        "family_emergency": _t("Family emergency"), "business_failure": _t("Business failed"),
        "disaster": _t("Disaster"), "other": _t("Other"),
    }.get(code or "", "")


def income_category(code: str | None) -> str:
    return {
        "salary": _t("Salary / wages"), "benefits": _t("Benefits"), "pension": _t("Pension"),
        "business": _t("Business income"), "family_support": _t("Family support"),
        "other": _t("Other"),
    }.get(code or "", "")


def expense_category(code: str | None) -> str:
    return {
        "housing": _t("Housing (rent, mortgage)"), "utilities": _t("Utilities"),
        "food": _t("Food and housekeeping"), "transport": _t("Transport"),
        "medical": _t("Care and health"), "education": _t("School and education"),
        "childcare": _t("Childcare"), "insurance": _t("Insurance"),
        "communication": _t("Phone and internet"), "priority_debt": _t("Priority debts"),
        "savings": _t("Savings allowance"), "other": _t("Other"),
    }.get(code or "", "")


def evidence_category(code: str | None) -> str:
    return {
        "income_proof": _t("Income proof"), "medical": _t("Medical"),
        "unemployment": _t("Unemployment"), "bank_statement": _t("Bank statement"),
        "identity": _t("Identity"), "hardship_other": _t("Other hardship proof"),
        "agreement": _t("Agreement"), "receipt": _t("Receipt"),
        "correspondence": _t("Correspondence"), "recording": _t("Recording"),
        "other": _t("Other"),
    }.get(code or "", "")


def channel(code: str | None) -> str:
    return {
        "phone": _t("Phone"), "online_chat": _t("Online chat"), "app": _t("App"),
        "email": _t("Email"), "letter": _t("Letter"), "sms": _t("SMS"),
        "in_person": _t("In person"), "other": _t("Other"),
    }.get(code or "", "")


def direction(code: str | None) -> str:
    return {"outgoing": _t("Outgoing"), "incoming": _t("Incoming")}.get(code or "", "")


def outcome(code: str | None) -> str:
    return {
        "no_answer": _t("No answer"), "information": _t("Information"),
        "offer_made": _t("Offer made"), "offer_received": _t("Offer received"),
        "agreement": _t("Agreement"), "refused": _t("Refused"), "escalated": _t("Escalated"),
        "promise_to_pay": _t("Promise to pay"), "other": _t("Other"),
    }.get(code or "", "")


def strategy(code: str | None) -> str:
    return {
        "pro_rata": _t("Pro rata"), "avalanche": _t("Avalanche (highest rate first)"),
        "snowball": _t("Snowball (smallest balance first)"), "custom": _t("Custom order"),
    }.get(code or "", "")


def treatment(code: str | None) -> str:
    return {
        "contract": _t("Keep contract"), "installments": _t("Installments"),
        "settlement": _t("Settlement"), "share": _t("Share of budget"),
    }.get(code or "share", "")


def plan_status(code: str | None) -> str:
    return {"draft": _t("Draft"), "proposed": _t("Proposed"),
            "accepted": _t("Accepted")}.get(code or "", "")
