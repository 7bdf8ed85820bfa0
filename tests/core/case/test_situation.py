"""The situation (person, household, hardship, budget): saved part by part, bad values named."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.case.situation import budget_totals, save_situation, situation_data, situation_document
from core.changes import Change
from core.errors import DomainError


def test_situation_parts_saved_and_cleared(zh_store) -> None:
    doc = situation_document(zh_store)
    assert doc["person"]["name"] == "李明"
    doc["budget"]["income"].append({"label": "父母资助", "category": "family_support",
                                    "monthly": "500"})
    assert save_situation(zh_store, {"budget": doc["budget"]}) == Change.BUDGET
    totals = budget_totals(situation_data(zh_store)["budget"])
    assert totals == {"income": Decimal("7000.00"), "expenses": Decimal("4480.00"),
                      "left": Decimal("2520.00")}
    with pytest.raises(DomainError) as error:
        save_situation(zh_store, {"household": {"adults": 0}})
    assert error.value.message.startswith("household.adults: ")
    save_situation(zh_store, {"person": None})
    assert situation_data(zh_store)["person"] is None


def test_the_country_is_saved_with_the_situation_and_a_bad_code_changes_nothing(
        zh_store) -> None:
    from core.debts.conduct_findings import read_findings

    assert situation_document(zh_store)["country"] is None  # taken from the currency
    assert read_findings(zh_store, date(2026, 12, 1)).country == "CN"
    assert save_situation(zh_store, {"country": "GB"}) == Change.CASE
    assert situation_data(zh_store)["country"] == "GB"
    assert read_findings(zh_store, date(2026, 12, 1)).country == "GB"
    for bad in ("gb", "XX", "GBR", 7):
        with pytest.raises(DomainError) as error:
            save_situation(zh_store, {"country": bad, "person": None})
        assert error.value.message.startswith("country: ")
        assert situation_data(zh_store)["country"] == "GB"
        assert situation_data(zh_store)["person"] is not None  # nothing else saved either
    save_situation(zh_store, {"country": None})
    assert situation_data(zh_store)["country"] is None
