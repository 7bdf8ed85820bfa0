"""Which agreement a creditor most likely accepted: the draft the agreement dialog opens with.

Each case below holds a candidate of every lower rank too, so a test fails if the order of
preference changes, not only if a rank goes missing.
"""
from __future__ import annotations

import json
from datetime import date

from core.case.casefile import import_case, parse_case_bytes
from core.debts.agreements import agreement_draft
from core.plans.engine import payment_date
from core.plans.plans import case_from_data, run
from tests.conftest import ZH_CASE

TODAY = date(2026, 12, 1)
SHARE = "按比例分期"  # the case's draft plan: every debt paid in proportion
ACCEPTED = "招行 24 期"


def _call(ref: str, at: str, outcome: str, offer: dict | None) -> dict:
    return {"ref": ref, "debts": ["D3"], "at": at, "channel": "phone",
            "direction": "incoming", "agent": "", "summary": "", "outcome": outcome,
            "offer": offer, "follow_up": None, "follow_up_done": False, "evidence": []}


def _offer(monthly: str | None = None, months: int | None = None, lump: str | None = None,
           note: str = "") -> dict:
    return {"monthly": monthly, "months": months, "lump_sum": lump, "note": note}


def _case(store, *, accepted: bool, plans: bool, calls: list[dict]) -> dict:
    """The Chinese sample case in `store`, with the plans and calls about D3 asked for."""
    document = json.loads(ZH_CASE.read_text(encoding="utf-8"))
    share = document["plans"][0]
    assert share["name"] == SHARE
    chosen = []
    if plans:
        chosen.append(share)
    if accepted:
        terms = [dict(t, treatment="installments", months=24) if t["debt"] == "D3" else t
                 for t in share["terms"]]
        chosen.append(dict(share, name=ACCEPTED, status="accepted", terms=terms))
    document["plans"] = chosen
    document["contacts"] = calls
    case = parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(), "case.json")
    import_case(store, case)
    return case


def _paid(case: dict, name: str) -> list[dict]:
    plan = next(p for p in case["plans"] if p["name"] == name)
    rows = run(case_from_data(case), plan).schedule.for_debt("D3")
    return [{"due": r.date.isoformat(), "amount": str(r.payment)} for r in rows
            if r.payment_c > 0]


AGREED = _call("C1", "2026-11-20T10:00:00+08:00", "agreement",
               _offer("447.73", 36, note="停息，免违约金"))
AGREED_EARLIER = _call("C2", "2026-11-10T10:00:00+08:00", "agreement",
                       _offer("600.00", 12, note="早先的约定"))
OFFERED_LATER = _call("C3", "2026-11-25T10:00:00+08:00", "offer_received",
                      _offer(lump="9000.00", note="一次性结清"))


def test_the_accepted_plan_comes_first(store) -> None:
    case = _case(store, accepted=True, plans=True, calls=[AGREED, OFFERED_LATER])
    draft = agreement_draft(store, "D3", TODAY)
    assert draft["plan"] == ACCEPTED  # not the draft plan listed before it, not the call
    assert draft["installments"] == _paid(case, ACCEPTED)
    assert len(draft["installments"]) == 24
    assert draft["agreed_on"] == "2026-12-01" and draft["debt"] == "D3"
    assert draft["forgiven"] is not None and draft["terms_text"] == ""


def test_without_an_accepted_plan_the_latest_agreed_call_comes_next(store) -> None:
    _case(store, accepted=False, plans=True, calls=[AGREED_EARLIER, AGREED, OFFERED_LATER])
    draft = agreement_draft(store, "D3", TODAY)
    assert draft["plan"] is None and draft["forgiven"] is None
    assert draft["terms_text"] == "停息，免违约金"  # C1, the later of the two agreed calls
    assert {i["amount"] for i in draft["installments"]} == {"447.73"}
    assert len(draft["installments"]) == 36
    first = payment_date(TODAY, 2)  # the first payment two months on
    assert draft["installments"][0]["due"] == first.isoformat()


def test_an_agreed_call_without_payments_gives_way_to_a_plan(store) -> None:
    empty = _call("C4", "2026-11-28T10:00:00+08:00", "agreement", _offer(note="回头再谈"))
    case = _case(store, accepted=False, plans=True, calls=[empty, OFFERED_LATER])
    draft = agreement_draft(store, "D3", TODAY)
    assert draft["plan"] == SHARE
    assert draft["installments"] == _paid(case, SHARE)


def test_without_a_plan_the_latest_offer_of_any_call_is_drafted(store) -> None:
    empty = _call("C4", "2026-11-01T10:00:00+08:00", "agreement", _offer(note="回头再谈"))
    _case(store, accepted=False, plans=False, calls=[empty, OFFERED_LATER])
    draft = agreement_draft(store, "D3", TODAY)
    assert draft["installments"] == [{"due": payment_date(TODAY, 2).isoformat(),
                                      "amount": "9000.00"}]
    assert draft["terms_text"] == "一次性结清" and draft["plan"] is None


def test_with_nothing_to_go_on_the_draft_is_empty(store) -> None:
    silent = _call("C5", "2026-11-28T10:00:00+08:00", "information", None)
    _case(store, accepted=False, plans=False, calls=[silent])
    assert agreement_draft(store, "D3", TODAY) == {
        "debt": "D3", "plan": None, "agreed_on": "2026-12-01", "installments": [],
        "forgiven": None, "terms_text": "", "evidence": []}
