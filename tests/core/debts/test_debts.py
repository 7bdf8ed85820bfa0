"""Debts: each use case one transaction, bad values named; what waiting costs."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core import i18n
from core.case.casefile import export_document
from core.changes import Change
from core.debts.debts import (
    add_debt,
    debt_dependents,
    debt_document,
    delete_debt,
    list_debts,
    restore_debt,
    update_debt,
    validate_debt,
)
from core.debts.overdue import days_overdue, summary, waiting_cost
from core.errors import DomainError

CARD = {"creditor": "招商银行信用卡中心", "product": "信用卡", "kind": "credit_card",
        "balance": {"principal": "15600.00", "interest": "421.80", "fees": "96.50",
                    "as_of": "2026-11-05"},
        "rate": {"value": "0.0005", "basis": "daily"},
        "overdue_rate": {"value": "0.0005", "basis": "daily"},
        "late_fee": {"fixed": "0.00", "fraction": "0.05"}, "minimum_payment": "1560.00",
        "due_day": 23, "overdue_since": "2026-09-23", "status": "overdue"}


def test_add_list_edit_delete_restore(store) -> None:
    debt_id, change = add_debt(store, CARD)
    assert change == Change.DEBTS
    [view] = list_debts(store)
    assert view.id == debt_id and view.data["ref"] == "D1"
    assert view.data["balance"]["principal"] == Decimal("15600.00")
    second, _ = add_debt(store, {**CARD, "creditor": "花呗"})
    assert [d.data["ref"] for d in list_debts(store)] == ["D1", "D2"]
    doc = debt_document(store, debt_id)
    doc["minimum_payment"] = "1000.00"
    update_debt(store, debt_id, doc)
    assert list_debts(store)[0].data["minimum_payment"] == Decimal("1000.00")
    snapshot, _ = delete_debt(store, debt_id)
    assert [d.data["creditor"] for d in list_debts(store)] == ["花呗"]
    restore_debt(store, snapshot)
    views = list_debts(store)
    assert [v.id for v in views] == [debt_id, second]
    assert views[0].data["minimum_payment"] == Decimal("1000.00")


def test_bad_values_name_the_field_and_change_nothing(store) -> None:
    add_debt(store, CARD)
    before = list_debts(store)
    bad = {**CARD, "balance": {**CARD["balance"], "principal": "12.345"}}
    with pytest.raises(DomainError) as error:
        add_debt(store, bad)
    assert error.value.path == ("balance", "principal")
    assert "2 decimal places" in error.value.message
    with pytest.raises(DomainError) as error:
        update_debt(store, before[0].id, {**CARD, "due_day": 40})
    assert error.value.path == ("due_day",)
    with pytest.raises(DomainError) as error:
        add_debt(store, {**CARD, "ref": "D1"})
    assert error.value.path == ("ref",)
    assert list_debts(store) == before


def test_messages_in_chinese() -> None:
    i18n.set_language("zh")
    with pytest.raises(DomainError) as error:
        validate_debt({**CARD, "creditor": None})
    assert error.value.message == "creditor: 缺少必填项"


def test_deleting_a_debt_takes_its_own_records_and_undo_brings_all_back(zh_store) -> None:
    before = export_document(zh_store)
    card = next(d for d in list_debts(zh_store) if d.data["ref"] == "D3")
    deps = debt_dependents(zh_store, card.id)
    assert deps.contacts == 1 and deps.plan_terms == 1
    snapshot, changes = delete_debt(zh_store, card.id)
    assert Change.CONTACTS in changes
    doc = export_document(zh_store)
    assert [d["ref"] for d in doc["debts"]] == ["D1", "D2"]
    assert doc["contacts"] == [] and len(doc["plans"][0]["terms"]) == 2
    restore_debt(zh_store, snapshot)
    after = export_document(zh_store)
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before


def test_waiting_costs_and_summary() -> None:
    data = validate_debt(CARD)
    today = date(2026, 11, 28)
    assert days_overdue(data, today) == 66
    # 15600 x 0.0005 x 30 = 234.00 interest, one missed due date (12-23): 5% of 1560 = 78.00
    assert waiting_cost(data, 30, today) == Decimal("312.00")
    # 90 days: 702.00 interest, three due dates (12-23, 1-23, 2-23) x 78.00
    assert waiting_cost(data, 90, today) == Decimal("936.00")
    s = summary([data, validate_debt({**CARD, "overdue_since": None, "status": "current",
                                      "rate": {"value": "0.18", "basis": "annual"}})])
    assert s["owed"] == Decimal("32236.60")
    assert s["overdue"] == Decimal("16118.30")
    assert s["per_day"] == Decimal("15.49")  # 7.80 + 15600 x 0.18 / 365 = 7.6932
    settled = validate_debt({**CARD, "status": "settled"})
    assert waiting_cost(settled, 30, today) == Decimal("0.00")
