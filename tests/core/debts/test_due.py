"""What falls due: follow-ups, agreed installments against payments, accepted plans."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from core import cli
from core.case.casefile import parse_case_bytes
from core.debts.due import due_items
from tests.conftest import ZH_CASE


def _case() -> dict:
    document = json.loads(ZH_CASE.read_text(encoding="utf-8"))
    document["plans"][0]["status"] = "accepted"
    document["agreements"] = [{
        "debt": "D3", "plan": None, "agreed_on": "2026-11-01", "forgiven": "0.00",
        "terms_text": "停息分期", "evidence": [],
        "installments": [{"due": "2026-11-20", "amount": "100.00"},
                         {"due": "2026-12-20", "amount": "100.00"},
                         {"due": "2027-01-20", "amount": "100.00"}]}]
    document["payments"].append({"debt": "D3", "date": "2026-11-25", "amount": "150.00",
                                 "method": "", "reference": "", "note": "", "evidence": []})
    return document


def test_overdue_first_then_by_date_with_partly_paid_installments() -> None:
    case = parse_case_bytes(json.dumps(_case(), ensure_ascii=False).encode(), "c.json")
    items = due_items(case, date(2026, 12, 25), within=30)
    summary = [(i.when.isoformat(), i.kind, i.debt, i.amount, i.overdue) for i in items]
    assert summary[:2] == [
        ("2026-11-11", "follow_up", "D3", None, True),  # the call-back never came
        ("2026-12-20", "installment", "D3", Decimal("50.00"), True),  # 150 paid of 200 due
    ]
    later = summary[2:]
    assert ("2027-01-20", "installment", "D3", Decimal("100.00"), False) in later
    # the accepted plan's payments to the debts without an agreement, in the window
    assert {(w, d) for w, k, d, _a, _o in later if k == "plan_payment"} == {
        ("2027-01-15", "D1"), ("2027-01-15", "D2")}
    assert [w for w, *_ in later] == sorted(w for w, *_ in later)
    assert not any(d == "D3" for _w, k, d, _a, _o in later if k == "plan_payment")


def test_nothing_due_far_ahead_is_listed_and_done_follow_ups_are_not() -> None:
    document = _case()
    document["contacts"][0]["follow_up_done"] = True
    case = parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(), "c.json")
    items = due_items(case, date(2026, 11, 1), within=10)
    assert [(i.kind, i.when.isoformat()) for i in items] == []


def test_cli_due_in_text_and_json(tmp_path: Path, capsys) -> None:
    source = tmp_path / "case.json"
    source.write_text(json.dumps(_case(), ensure_ascii=False), encoding="utf-8")
    store = tmp_path / "store"
    assert cli.main(["--data-dir", str(store), "import", str(source)]) == 0
    capsys.readouterr()
    assert cli.main(["--data-dir", str(store), "due", "--within", "3660",
                     "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["within"] == 3660 and document["items"][0]["kind"] == "follow_up"
    assert document["items"][0]["overdue"] is True
    assert all(set(i) == {"date", "kind", "debt", "creditor", "amount", "overdue", "text",
                          "contact", "clock", "next_step"} for i in document["items"])
    assert cli.main(["--data-dir", str(store), "due"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2026-11-11  follow-up  招商银行信用卡中心")
    assert "days late" in lines[0]
    assert cli.main(["--data-dir", str(store), "due", "--within", "-3"]) == 2
    assert "not a number of days" in capsys.readouterr().err
