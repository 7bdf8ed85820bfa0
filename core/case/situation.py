"""Use cases for the person's situation: who they are, where they live (the country whose
collection rules apply; none: the one the currency implies), their household, what happened,
and the financial statement (income and expenses -> what is left each month for debts)."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select

from core.casefile_spec import BUDGET, HARDSHIP, HOUSEHOLD, PERSON
from core.changes import Change
from core.money import ZERO
from core.schema import Country, Kind, fail
from core.store import models as m
from core.store import records as r
from core.store.database import Store

Document = dict[str, Any]
PARTS: dict[str, Kind] = {"person": PERSON, "country": Country, "household": HOUSEHOLD,
                          "hardship": HARDSHIP, "budget": BUDGET}


def situation_data(store: Store) -> dict[str, Any]:
    """Person, country, household, hardship and budget in validated form (None where never
    filled)."""
    with store.read() as session:
        info = session.get(m.CaseInfo, 1) or m.CaseInfo(id=1, currency="CNY")
        lines = list(session.scalars(select(m.BudgetLine).order_by(m.BudgetLine.id)))
        data = r.case_info_to_data(info)
        data["budget"] = r.budget_to_data(info, lines)
        return data


def situation_document(store: Store) -> Document:
    """The same in the case file's written form, as the editor starts from it."""
    data = situation_data(store)
    return {key: kind.dump(data[key]) for key, kind in PARTS.items()}


def validate_situation(document: Document) -> dict[str, Any]:
    """Check the parts given (any of person, country, household, hardship, budget) without
    saving."""
    if not isinstance(document, dict):
        raise fail((), "not_object")
    return {key: None if document[key] is None else PARTS[key].parse(document[key], (key,))
            for key in PARTS if key in document}


def save_situation(store: Store, document: Document) -> Change:
    """Replace the parts given, all in one transaction; `None` clears a part."""
    parts = validate_situation(document)
    changes = Change.NONE
    with store.write() as session:
        info = session.get(m.CaseInfo, 1)
        if info is None:
            info = m.CaseInfo(id=1, currency="CNY")
            session.add(info)
        if "person" in parts:
            r.apply_person(info, parts["person"])
            changes |= Change.CASE
        if "country" in parts:
            info.country = parts["country"]
            changes |= Change.CASE
        if "household" in parts:
            r.apply_household(info, parts["household"])
            changes |= Change.CASE
        if "hardship" in parts:
            r.apply_hardship(info, parts["hardship"])
            changes |= Change.CASE
        if "budget" in parts:
            session.execute(delete(m.BudgetLine))
            session.add_all(r.budget_rows(parts["budget"]))
            info.has_budget = parts["budget"] is not None
            changes |= Change.BUDGET
    return changes


def budget_totals(budget: dict[str, Any] | None) -> dict[str, Decimal]:
    """Income, expenses (the savings allowance included) and what is left for debts."""
    if budget is None:
        return {"income": ZERO, "expenses": ZERO, "left": ZERO}
    income = sum((line["monthly"] for line in budget["income"]), ZERO)
    expenses = sum((line["monthly"] for line in budget["expenses"]), ZERO)
    return {"income": income, "expenses": expenses, "left": income - expenses}


def savings_allowance(budget: dict[str, Any] | None) -> Decimal:
    """The budget's savings lines (the small allowance the UK statement keeps), in all."""
    if budget is None:
        return ZERO
    return sum((line["monthly"] for line in budget["expenses"]
                if line.get("category") == "savings"), ZERO)


def kept_back(budget: dict[str, Any] | None, monthly_budget: Decimal) -> Decimal:
    """What is left each month that a plan paying `monthly_budget` leaves out (0 if none)."""
    if budget is None:
        return ZERO
    return max(ZERO, budget_totals(budget)["left"] - monthly_budget)
