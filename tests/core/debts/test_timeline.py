"""A debt's timeline: what happened, newest first, undated documents last."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from core.case.casefile import import_case, parse_case_bytes
from core.debts.timeline import events, first_line, timeline
from core.errors import DomainError
from tests.core.letters.test_letters import letter_case


def test_the_zh_example_has_a_payment_on_d1_and_a_call_on_d3(zh_store) -> None:
    (payment,) = timeline(zh_store, "D1")
    assert payment.kind == "payment" and payment.on == date(2026, 11, 8)
    assert payment.data["amount"] == Decimal("300.00") and payment.data["method"] == "支付宝"
    (call,) = timeline(zh_store, "D3")
    assert call.kind == "contact" and call.at.isoformat() == "2026-11-06T14:20:00+08:00"
    assert call.data["agent"] == "王女士 工号 80231" and call.data["channel"] == "phone"
    assert call.summary.startswith("说明收入下降") and timeline(zh_store, "D2") == []


def test_newest_first_day_only_records_before_that_days_calls_undated_last(store) -> None:
    document = letter_case()
    document["payments"] += [
        {"debt": "D3", "date": "2026-11-06", "amount": "100.00", "method": "银行转账"},
        {"debt": "D3", "date": "2026-11-25", "amount": "447.73", "method": "银行转账",
         "evidence": ["R1"]}]
    document["evidence"].append(
        {"ref": "R1", "sha256": "e" * 64, "name": "回单.jpg", "mime": "image/jpeg", "size": 1,
         "category": "receipt", "title": "转账回单", "document_date": "2026-11-25",
         "debts": [], "reviewed": False, "note": ""})
    document["contacts"][1]["summary"] = "\n  银行同意停息分期 36 期。\n要求书面申请。"
    import_case(store, parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(),
                                        "case.json"))
    got = [(e.kind, e.on.isoformat() if e.on else None,
            e.data.get("ref") or e.data.get("method") or "") for e in timeline(store, "D3")]
    assert got == [
        ("payment", "2026-11-25", "银行转账"),
        ("evidence", "2026-11-25", "R1"),  # linked through the payment, not to the debt
        ("agreement", "2026-11-20", ""),  # known by its day only: before that day's call
        ("contact", "2026-11-20", "C2"),
        ("payment", "2026-11-06", "银行转账"),
        ("contact", "2026-11-06", "C1"),
        ("evidence", None, "E2"),  # no date: last, by title (住院病历, 未核对的材料)
        ("evidence", None, "E3"),
    ]
    # E1 is hardship proof linked to no debt: not part of this debt's history
    assert all(e.data.get("ref") != "E1" for e in timeline(store, "D3"))
    call = next(e for e in timeline(store, "D3") if e.data.get("ref") == "C2")
    assert call.summary == "银行同意停息分期 36 期。"


def test_an_unknown_debt_is_named() -> None:
    case = parse_case_bytes(json.dumps(letter_case(), ensure_ascii=False).encode(), "c.json")
    with pytest.raises(DomainError, match='no debt with ref "D9"'):
        events(case, "D9")


def test_first_line() -> None:
    assert first_line("") == "" and first_line("\n\n  a b \nc") == "a b"
