"""The case file's shape (see the exchange-format spec) and its validation.

`validate_case(document)` turns a parsed JSON document into plain, exact Python data (every
key present, defaults filled, Decimal/date/Rate values) or raises a DomainError naming the
first bad field by its JSON path. `dump_case(data)` writes that data back in the file's form.
The same field definitions validate the editors' input, so a rule lives in one place.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from core.schema import (
    LONG_TEXT,
    Amount,
    Bool,
    Choice,
    Country,
    Currency,
    Date,
    DateTime,
    Field,
    Fraction,
    Int,
    ListOf,
    Obj,
    Path,
    RateKind,
    Ref,
    RefList,
    Sha256,
    Text,
    fail,
    shorten,
)

FORMAT = "debtdesk-case"
VERSION = 1

HARDSHIP_REASONS = ("job_loss", "income_cut", "illness", "family_emergency",
                    "business_failure", "disaster", "other")
INCOME_CATEGORIES = ("salary", "benefits", "pension", "business", "family_support", "other")
EXPENSE_CATEGORIES = ("housing", "utilities", "food", "transport", "medical", "education",
                      "childcare", "insurance", "communication", "priority_debt", "savings",
                      "other")
DEBT_KINDS = ("credit_card", "consumer_credit", "personal_loan", "online_loan", "mortgage",
              "car_loan", "private_loan", "utility", "tax", "other")
DEBT_STATUSES = ("current", "overdue", "contacted", "negotiating", "agreed", "repaying",
                 "settled", "closed")
CHANNELS = ("phone", "online_chat", "app", "email", "letter", "sms", "in_person", "other")
DIRECTIONS = ("outgoing", "incoming")
OUTCOMES = ("no_answer", "information", "offer_made", "offer_received", "agreement", "refused",
            "escalated", "promise_to_pay", "asked_for_proposal", "other")
# Who was on the other side when it was not the creditor itself (null: the creditor).
CALLER_KINDS = ("agency", "law_firm", "other")
# What the person marked about a collector's conduct on a contact.
CONDUCT_MARKS = ("third_party", "threat", "abuse", "false_claim", "fee_request",
                 "after_stop_request", "other")
EVIDENCE_CATEGORIES = ("income_proof", "medical", "unemployment", "bank_statement", "identity",
                       "hardship_other", "agreement", "receipt", "correspondence", "recording",
                       "other")
STRATEGIES = ("pro_rata", "avalanche", "snowball", "custom")
TREATMENTS = ("contract", "installments", "settlement", "share")
PLAN_STATUSES = ("draft", "proposed", "accepted")
# A plan runs for up to 50 years (the engine's 600 months); its last date must still be one
# the calendar has, so it starts no later than 50 years before the year 9999 ends, with room.
PLAN_START_LATEST = date(9948, 12, 31)

RATE = RateKind()
LONG = Text(LONG_TEXT)


class _PlanName(Text):
    """A plan's name where it may be absent: null by default, not ""."""

    default = None


PLAN_NAME = _PlanName()

PERSON = Obj(Field("name", Text()), Field("phone", Text()), Field("email", Text()),
             Field("address", LONG), Field("id_number", Text()))
HOUSEHOLD = Obj(Field("adults", Int(1)), Field("children", Int(0)), Field("note", LONG))
HARDSHIP = Obj(Field("reason", Choice(*HARDSHIP_REASONS)), Field("since", Date()),
               Field("statement", LONG), Field("expected_recovery", LONG))
INCOME_LINE = Obj(Field("label", Text(), True), Field("category", Choice(*INCOME_CATEGORIES), True),
                  Field("monthly", Amount(), True))
EXPENSE_LINE = Obj(Field("label", Text(), True),
                   Field("category", Choice(*EXPENSE_CATEGORIES), True),
                   Field("monthly", Amount(), True))
BUDGET = Obj(Field("income", ListOf(INCOME_LINE)), Field("expenses", ListOf(EXPENSE_LINE)))

BALANCE = Obj(Field("principal", Amount(), True), Field("interest", Amount(), True),
              Field("fees", Amount(), True), Field("as_of", Date(), True))
LATE_FEE = Obj(Field("fixed", Amount()), Field("fraction", Fraction()))
DEBT_CONTACT = Obj(Field("phone", Text()), Field("email", Text()), Field("address", LONG),
                   Field("website", Text()), Field("note", LONG))
DEBT = Obj(
    Field("ref", Ref, True), Field("creditor", Text(), True), Field("product", Text()),
    Field("kind", Choice(*DEBT_KINDS)), Field("account", Text()), Field("balance", BALANCE, True),
    Field("rate", RATE), Field("overdue_rate", RATE), Field("late_fee", LATE_FEE),
    Field("minimum_payment", Amount()), Field("due_day", Int(1, 31)),
    Field("overdue_since", Date()), Field("status", Choice(*DEBT_STATUSES)),
    Field("priority", Bool()), Field("contact", DEBT_CONTACT), Field("note", LONG),
)
PAYMENT = Obj(Field("debt", Ref, True), Field("date", Date(), True),
              Field("amount", Amount(positive=True), True), Field("method", Text()),
              Field("reference", Text()), Field("note", LONG), Field("evidence", RefList()))
OFFER = Obj(Field("monthly", Amount()), Field("months", Int(1)), Field("lump_sum", Amount()),
            Field("note", LONG))
CONTACT = Obj(
    Field("ref", Ref, True), Field("debts", RefList(min_items=1), True),
    Field("at", DateTime(), True), Field("channel", Choice(*CHANNELS)),
    Field("direction", Choice(*DIRECTIONS)), Field("agent", Text()), Field("summary", LONG),
    Field("outcome", Choice(*OUTCOMES)), Field("offer", OFFER), Field("follow_up", Date()),
    Field("follow_up_done", Bool()), Field("evidence", RefList()),
    Field("caller", Text()), Field("caller_kind", Choice(*CALLER_KINDS)),
    Field("conduct", ListOf(Choice(*CONDUCT_MARKS), unique_by="", dup_key="duplicate_item")),
)
EVIDENCE = Obj(
    Field("ref", Ref, True), Field("sha256", Sha256, True), Field("name", Text()),
    Field("mime", Text()), Field("size", Int(0)), Field("category", Choice(*EVIDENCE_CATEGORIES)),
    Field("title", Text()), Field("document_date", Date()), Field("debts", RefList()),
    Field("reviewed", Bool()), Field("note", LONG),
)
TERM = Obj(
    Field("debt", Ref, True), Field("treatment", Choice(*TREATMENTS)), Field("months", Int(1)),
    Field("amount", Amount()), Field("rate", RATE), Field("freeze_interest", Bool()),
    Field("waive_fees", Bool()), Field("pause_months", Int(0)),
)
PLAN = Obj(
    Field("name", Text(), True), Field("strategy", Choice(*STRATEGIES), True),
    Field("monthly_budget", Amount()), Field("one_off_funds", Amount()),
    Field("start", Date(latest=PLAN_START_LATEST), True), Field("order", RefList()),
    Field("terms", ListOf(TERM, unique_by="debt", dup_key="duplicate_term")),
    Field("status", Choice(*PLAN_STATUSES)),
)
INSTALLMENT = Obj(Field("due", Date(), True), Field("amount", Amount(), True))
AGREEMENT = Obj(
    Field("debt", Ref, True), Field("plan", PLAN_NAME), Field("agreed_on", Date(), True),
    Field("installments", ListOf(INSTALLMENT)), Field("forgiven", Amount()),
    Field("terms_text", LONG), Field("evidence", RefList()),
)
CASE = Obj(
    Field("format", Text(), True), Field("version", Int(0), True),
    Field("currency", Currency, True), Field("language", Choice("zh", "en")),
    Field("country", Country), Field("exported_at", DateTime()), Field("person", PERSON),
    Field("household", HOUSEHOLD),
    Field("hardship", HARDSHIP), Field("budget", BUDGET),
    Field("debts", ListOf(DEBT, unique_by="ref")), Field("payments", ListOf(PAYMENT)),
    Field("contacts", ListOf(CONTACT, unique_by="ref")),
    Field("evidence", ListOf(EVIDENCE, unique_by="ref")),
    Field("plans", ListOf(PLAN, unique_by="name", dup_key="duplicate_name")),
    Field("agreements", ListOf(AGREEMENT)),
)


def validate_case(document: Any) -> dict[str, Any]:
    """Exact, complete case data from a parsed JSON document, or the first problem."""
    if not isinstance(document, dict):
        raise fail((), "not_object")
    _check_header(document)
    data = CASE.parse(document, ())
    check_references(data, list(document))
    return data


def _check_header(document: dict[str, Any]) -> None:
    if document.get("format") != FORMAT:
        raise fail(("format",), "wrong_format" if "format" in document else "required")
    version = document.get("version")
    if version is None:
        raise fail(("version",), "required")
    if isinstance(version, bool) or not isinstance(version, int):
        raise fail(("version",), "bad_version")
    if version > VERSION:
        raise fail(("version",), "newer_version", version=version, supported=VERSION)
    if version != VERSION:
        raise fail(("version",), "bad_version")


# The two reference checks check_references hands to the per-list checks below.
_Refs = Callable[[list[str], set[str], Path, str], None]
_One = Callable[[str, set[str], Path, str], None]


def check_references(data: dict[str, Any], order: list[str] | None = None) -> None:
    """Every ref points at something that exists, checked list by list in document order."""
    debts = {d["ref"] for d in data["debts"]}
    evidence = {e["ref"] for e in data["evidence"]}
    plans = {p["name"] for p in data["plans"]}

    def refs(values: list[str], known: set[str], path: Path, key: str) -> None:
        for index, ref in enumerate(values):
            if ref not in known:
                raise fail((*path, index), key, ref=shorten(ref))

    def one(value: str, known: set[str], path: Path, key: str) -> None:
        if value not in known:
            raise fail(path, key, ref=shorten(value))

    def payments() -> None:
        for i, p in enumerate(data["payments"]):
            one(p["debt"], debts, ("payments", i, "debt"), "unknown_debt")
            refs(p["evidence"], evidence, ("payments", i, "evidence"), "unknown_evidence")

    def contacts() -> None:
        for i, c in enumerate(data["contacts"]):
            refs(c["debts"], debts, ("contacts", i, "debts"), "unknown_debt")
            refs(c["evidence"], evidence, ("contacts", i, "evidence"), "unknown_evidence")

    def evidence_items() -> None:
        for i, e in enumerate(data["evidence"]):
            refs(e["debts"], debts, ("evidence", i, "debts"), "unknown_debt")

    def plan_items() -> None:
        for i, p in enumerate(data["plans"]):
            _check_plan(p, i, debts, refs, one)

    def agreements() -> None:
        for i, a in enumerate(data["agreements"]):
            _check_agreement(a, i, debts, evidence, plans, refs, one)

    checks: dict[str, Callable[[], None]] = {
        "payments": payments, "contacts": contacts, "evidence": evidence_items,
        "plans": plan_items, "agreements": agreements,
    }
    keys = [k for k in (order or []) if k in checks] + [k for k in checks if k not in (order or [])]
    for key in keys:
        checks[key]()


def _check_plan(plan: dict[str, Any], i: int, debts: set[str], refs: _Refs, one: _One) -> None:
    refs(plan["order"], debts, ("plans", i, "order"), "unknown_debt")
    for j, term in enumerate(plan["terms"]):
        path: Path = ("plans", i, "terms", j)
        one(term["debt"], debts, (*path, "debt"), "unknown_debt")
        check_term(term, path)


def check_term(term: dict[str, Any], path: Path) -> None:
    """What a treatment needs: installments a number of months, a settlement an amount > 0."""
    if term["treatment"] == "installments" and term["months"] is None:
        raise fail((*path, "months"), "months_required")
    if term["treatment"] == "settlement":
        if term["amount"] is None:
            raise fail((*path, "amount"), "amount_required")
        if term["amount"] <= 0:
            raise fail((*path, "amount"), "amount_not_positive")


def _check_agreement(agreement: dict[str, Any], i: int, debts: set[str], evidence: set[str],
                     plans: set[str], refs: _Refs, one: _One) -> None:
    one(agreement["debt"], debts, ("agreements", i, "debt"), "unknown_debt")
    if agreement["plan"] is not None and agreement["plan"] not in plans:
        raise fail(("agreements", i, "plan"), "unknown_plan", name=shorten(agreement["plan"]))
    refs(agreement["evidence"], evidence, ("agreements", i, "evidence"), "unknown_evidence")


def dump_case(data: dict[str, Any]) -> dict[str, Any]:
    """The written form of validated case data."""
    out = CASE.dump(data)
    assert out is not None
    return out
