"""The whole case's call log checked against its country's rules, fed from case data."""
from __future__ import annotations

import copy
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from core.case.casefile import import_case, read_case_file
from core.debts.conduct_findings import conduct_findings, read_findings
from tests.conftest import DATA

FULL = read_case_file(DATA / "zh_full_case.json")
TODAY = date(2026, 12, 3)


def test_the_marked_agency_call_is_found_under_the_case_country() -> None:
    found = conduct_findings(FULL, TODAY)
    assert found.country == "CN"
    assert [(b.rule.id, b.contacts) for b in found.breaches] == [
        ("cn.nifa_2018.unrelated_persons", ("C4",)), ("cn.nifa_2018.extra_fees", ("C4",))]
    assert found.per_debt == {"D1": 2} and found.for_debt("D2") == []
    assert [w.contact for w in found.warnings] == ["C4"]
    assert found.contacts() == {"C4"}


def test_the_country_picks_the_rules_and_a_missing_one_follows_the_currency() -> None:
    case = copy.deepcopy(FULL)
    case["country"] = "US"
    us = conduct_findings(case, TODAY)
    assert "us.reg_f.calling_hours" in {b.rule.id for b in us.breaches}  # 21:40 local
    case["country"] = None
    assert conduct_findings(case, TODAY).country == "CN"  # CNY
    case["currency"] = "EUR"
    nowhere = conduct_findings(case, TODAY)
    assert nowhere.country is None and nowhere.breaches == ()
    assert [w.contact for w in nowhere.warnings] == ["C4"]  # a fee asked is a scam anywhere


def _card_call(ref: str, day: int) -> dict:
    return {"ref": ref, "debts": ["D3"], "channel": "phone", "direction": "incoming",
            "at": datetime(2026, 11, day, 10, 0, tzinfo=timezone(timedelta(hours=8))),
            "agent": "", "summary": "", "outcome": "information", "offer": None,
            "follow_up": None, "follow_up_done": False, "evidence": [], "caller": "",
            "caller_kind": None, "conduct": []}


def test_a_card_chased_after_its_agreement_depends_on_whether_it_is_kept() -> None:
    case = copy.deepcopy(FULL)
    case["contacts"] = [_card_call("K1", 25)]
    agreement = {"debt": "D3", "plan": None, "agreed_on": date(2026, 11, 20),
                 "installments": [{"due": date(2026, 11, 23), "amount": Decimal("500.00")}],
                 "forgiven": None, "terms_text": "", "evidence": []}
    case["agreements"] = [agreement]
    case["payments"] = [p for p in case["payments"] if p["debt"] != "D3"]
    behind = conduct_findings(case, TODAY)  # the 23 November installment was never paid
    assert behind.breaches == ()
    case["payments"].append({"debt": "D3", "date": date(2026, 11, 22), "amount": Decimal("500.00"),
                             "method": "", "reference": "", "note": "", "evidence": []})
    kept = conduct_findings(case, TODAY)
    assert [b.rule.id for b in kept.breaches] == ["cn.card.after_agreement"]


def test_read_from_the_store_gives_the_same(store) -> None:
    import_case(store, copy.deepcopy(FULL))
    assert read_findings(store, TODAY).breaches == conduct_findings(FULL, TODAY).breaches


def test_the_lean_read_sees_agreements_payments_and_the_chosen_country(store) -> None:
    """read_findings reads only what the findings rest on; it must find what the whole
    case finds, the card agreement kept or not, under the country chosen."""
    case = copy.deepcopy(FULL)
    case["contacts"] += [_card_call("K1", 25), {**_card_call("K2", 26), "debts": ["D1"],
                                                 "caller_kind": "agency",
                                                 "at": datetime(2026, 11, 26, 23, 5,
                                                                tzinfo=UTC)}]
    import_case(store, case)
    kept, behind = date(2026, 12, 30), date(2027, 3, 1)  # the 20 November payment covers
    for day in (TODAY, kept, behind):  # the first installment, not the second
        found = read_findings(store, day)
        whole = conduct_findings(case, day)
        assert found.breaches == whole.breaches and found.warnings == whole.warnings
        assert found.per_debt == whole.per_debt
    assert "cn.card.after_agreement" in {b.rule.id for b in read_findings(store, kept).breaches}
    assert "cn.card.after_agreement" not in {
        b.rule.id for b in read_findings(store, behind).breaches}  # in default then
    from core.case.situation import save_situation

    save_situation(store, {"country": "US"})
    case["country"] = "US"
    assert read_findings(store, TODAY).breaches == conduct_findings(case, TODAY).breaches
    assert read_findings(store, TODAY).country == "US"
