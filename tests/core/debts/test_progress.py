"""Where a debt stands: estimated balance, an agreement kept or not, the seven steps."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.case.casefile import parse_case_bytes
from core.debts import agreements
from core.debts import payments as pay
from core.debts.progress import (
    ATTENTION,
    DONE,
    LATE,
    MISSED,
    ON_TIME,
    PART_PAID,
    TODO,
    UPCOMING,
    compliance,
    estimated_balance,
    seven_steps,
    status_after,
)
from core.plans.plans import case_from_data, run
from tests.conftest import ZH_CASE

D = Decimal


def _case(**changes) -> dict:
    document = json.loads(ZH_CASE.read_text(encoding="utf-8"))
    document.update(changes)
    return parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(), "c.json")


def test_estimate_adds_penalty_interest_and_takes_payments_off_in_order() -> None:
    case = _case()
    huabei = case["debts"][0]  # 9,200.00 on 2026-11-01, overdue: 0.05% a day, paid 300 on 11-08
    est = estimated_balance(huabei, case["payments"], date(2026, 11, 28))
    # 7 days on 9,200.00 = 32.20 interest; the 300.00 pays it, then 267.80 of principal;
    # 20 more days on 8,932.20 = 89.32
    assert est.accrued == D("32.20") + D("89.32")
    assert est.principal == D("8932.20") and est.interest == D("89.32") and est.fees == 0
    assert est.paid == D("300.00") and est.total == D("9021.52")
    card = case["debts"][2]  # fees first: 96.50 fees, 421.80 interest
    est = estimated_balance(card, [{"debt": "D3", "date": date(2026, 11, 5), "amount":
                                    D("500")}], date(2026, 11, 5))
    assert (est.fees, est.interest, est.principal) == (D("96.50"), D("421.80"), D("15600.00"))
    est = estimated_balance(card, [{"debt": "D3", "date": date(2026, 11, 6), "amount":
                                    D("500")}], date(2026, 11, 6))
    # one day at 0.05% on 15,600.00 = 7.80; 500 pays 96.50 fees, then 403.50 of 429.60 interest
    assert (est.fees, est.interest, est.principal) == (D("0.00"), D("26.10"), D("15600.00"))


@given(st.lists(st.tuples(st.integers(1, 60), st.integers(1, 400_000)), max_size=8))
def test_estimate_conserves_money(paid) -> None:
    case = _case()
    debt = case["debts"][1]
    payments = [{"debt": "D2", "date": date(2026, 11, 1).fromordinal(
        date(2026, 11, 1).toordinal() + day), "amount": D(cents) / 100} for day, cents in paid]
    est = estimated_balance(debt, payments, date(2027, 1, 10))
    start = debt["balance"]
    before = start["principal"] + start["interest"] + start["fees"]
    assert min(est.principal, est.interest, est.fees) >= 0
    # what is owed now + what the payments cleared = before + interest (an overpayment beyond
    # the balance clears nothing)
    cleared = before + est.accrued - est.total
    assert cleared <= est.paid
    if est.total > 0:
        assert cleared == est.paid


def _agreement(*amounts: str) -> dict:
    return {"debt": "D3", "agreed_on": date(2026, 11, 20),
            "installments": [{"due": date(2026, 12 + i, 23) if i == 0 else date(2027, i, 23),
                              "amount": D(a)} for i, a in enumerate(amounts)]}


def _paid(*items: tuple[str, str]) -> list[dict]:
    return [{"debt": "D3", "date": date.fromisoformat(d), "amount": D(a)} for d, a in items]


def test_compliance_states_on_time_late_part_missed_and_upcoming() -> None:
    agreement = _agreement("400", "400", "400", "400")  # due 12-23, 01-23, 02-23, 03-23
    kept = compliance(agreement, _paid(("2026-12-20", "400"), ("2027-01-30", "400"),
                                       ("2027-02-20", "150")), date(2027, 3, 1))
    assert [i.state for i in kept.installments] == [ON_TIME, LATE, PART_PAID, UPCOMING]
    assert kept.paid_count == 2 and kept.count == 4 and kept.left == D("650")  # 1,600 due, 950 paid
    assert kept.next_due.number == 3 and kept.next_due.left == D("250")
    assert [i.number for i in kept.behind] == [3]
    nothing = compliance(agreement, [], date(2027, 1, 24))
    assert [i.state for i in nothing.installments][:2] == [MISSED, MISSED]
    # a payment before the agreement does not count towards it
    early = compliance(agreement, _paid(("2026-11-01", "400")), date(2026, 12, 1))
    assert early.installments[0].paid == 0


def test_status_follows_the_agreement() -> None:
    agreement = _agreement("400", "400")
    assert status_after("contacted", compliance(agreement, [], date(2026, 12, 1))) == "agreed"
    assert status_after("agreed", compliance(agreement, _paid(("2026-12-20", "400")),
                                             date(2026, 12, 21))) == "repaying"
    assert status_after("repaying", compliance(agreement, _paid(
        ("2026-12-20", "400"), ("2027-01-20", "400")), date(2027, 1, 21))) == "settled"
    assert status_after("overdue", None) == "overdue"


def _road(case: dict, ref: str, today: date = date(2026, 11, 28)):
    results = {p["name"]: run(case_from_data(case), p) for p in case["plans"]}
    return seven_steps(case, ref, today, results)


def test_the_seven_steps_and_the_next_action() -> None:
    case = _case()
    road = _road(case, "D3")
    # rates known, a call logged, hardship + statement filled, no reviewed evidence yet,
    # the pro-rata plan is affordable and clears it, no agreement
    assert [s.state for s in road.steps] == [DONE, DONE, DONE, TODO, DONE, TODO, TODO]
    assert road.next_step == 4 and road.next_action == "evidence"
    assert _road(case, "D1").next_step == 2  # no call to Huabei yet: contact early


def test_steps_six_and_seven_with_a_signed_agreement_and_a_missed_installment() -> None:
    document = json.loads(ZH_CASE.read_text(encoding="utf-8"))
    document["evidence"] = [{"ref": "E1", "sha256": "a" * 64, "name": "协议.pdf",
                             "mime": "application/pdf", "size": 1, "category": "agreement",
                             "title": "分期协议", "document_date": None, "debts": ["D3"],
                             "reviewed": True, "note": ""}]
    document["agreements"] = [{"debt": "D3", "plan": None, "agreed_on": "2026-11-20",
                               "installments": [{"due": "2026-12-23", "amount": "447.73"},
                                                {"due": "2027-01-23", "amount": "447.73"}],
                               "forgiven": "96.50", "terms_text": "", "evidence": ["E1"]}]
    case = parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(), "c.json")
    road = _road(case, "D3", date(2026, 12, 1))
    assert [s.state for s in road.steps][3:] == [DONE, DONE, DONE, TODO]
    late = _road(case, "D3", date(2026, 12, 24))
    assert late.steps[6].state == ATTENTION and late.next_action == "payment"


def test_recording_payments_moves_the_status_and_undo_restores_it(zh_store) -> None:
    from core.calllog.contacts import debt_statuses

    agreement_id, _ = agreements.record_agreement(zh_store, {
        "debt": "D3", "agreed_on": "2026-11-20",
        "installments": [{"due": "2026-12-23", "amount": "400.00"},
                         {"due": "2027-01-23", "amount": "400.00"}]})
    status = lambda: debt_statuses(zh_store, ["D3"])["D3"][1]  # noqa: E731
    assert status() == "agreed"
    first, _ = pay.add_payment(zh_store, {"debt": "D3", "date": "2026-12-20",
                                          "amount": "400.00", "method": "招行 App"})
    assert status() == "repaying"
    second, _ = pay.add_payment(zh_store, {"debt": "D3", "date": "2027-01-20",
                                           "amount": "400.00"})
    assert status() == "settled"
    snapshot, _ = pay.delete_payment(zh_store, second)
    assert status() == "repaying"
    pay.restore_payment(zh_store, snapshot)
    assert status() == "settled"
    assert [d["amount"] for _i, d in pay.payments_of(zh_store, "D3")] == [D("400.00")] * 2
    with pytest.raises(Exception, match="amount"):
        pay.add_payment(zh_store, {"debt": "D3", "date": "2027-01-20", "amount": "-5"})
    assert len(pay.payments_of(zh_store, "D3")) == 2
    assert agreements.agreements_of(zh_store, "D3")[0][0] == agreement_id


def test_drafts_from_a_plan_and_from_a_call_offer() -> None:
    case = _case()
    result = run(case_from_data(case), case["plans"][0])
    draft = agreements.draft_from_plan("按比例分期", "D3", result.schedule.for_debt("D3"),
                                date(2026, 11, 28))
    assert draft["installments"][0] == {"due": "2026-12-15", "amount": "531.30"}
    assert len(draft["installments"]) == 31 and draft["installments"][-1]["amount"] == "82.80"
    offer = agreements.draft_from_offer({"monthly": D("447.73"), "months": 36, "note": "停息"},
                                        "D3", date(2027, 1, 31), date(2026, 11, 28))
    dues = [i["due"] for i in offer["installments"]]
    assert len(dues) == 36 and dues[:3] == ["2027-01-31", "2027-02-28", "2027-03-31"]
    lump = agreements.draft_from_offer({"lump_sum": D("12000.00")}, "D2", date(2026, 12, 15),
                                date(2026, 11, 28))
    assert lump["installments"] == [{"due": "2026-12-15", "amount": "12000.00"}]


def test_the_store_reading_agrees_with_the_whole_case(zh_store) -> None:
    from core.case.casefile import read_case
    from core.debts.progress import read_progress

    today = date(2026, 11, 28)
    with zh_store.read() as session:
        case = read_case(session)
    for ref in ("D1", "D2", "D3"):
        progress = read_progress(zh_store, ref, today)
        assert progress.road == _road(case, ref, today)
        assert progress.estimate == estimated_balance(
            next(d for d in case["debts"] if d["ref"] == ref), case["payments"], today)


def test_a_new_statement_keeps_the_old_one_and_undo_puts_it_back(zh_store) -> None:
    from core.debts.debts import list_debts

    card = lambda: next(v.data for v in list_debts(zh_store) if v.data["ref"] == "D3")  # noqa
    snapshot, _ = pay.update_from_statement(zh_store, "D3", {
        "principal": "15600.00", "interest": "812.30", "fees": "176.50",
        "as_of": "2026-12-05"}, today=date(2026, 12, 6))
    assert card()["balance"] == {"principal": D("15600.00"), "interest": D("812.30"),
                                 "fees": D("176.50"), "as_of": date(2026, 12, 5)}
    assert pay.statement_history(zh_store, "D3") == [
        {"principal": D("15600.00"), "interest": D("421.80"), "fees": D("96.50"),
         "as_of": date(2026, 11, 5), "replaced_on": date(2026, 12, 6)}]
    with pytest.raises(Exception, match="older"):
        pay.update_from_statement(zh_store, "D3", {"principal": "1.00", "interest": "0",
                                                   "fees": "0", "as_of": "2026-11-01"})
    with pytest.raises(Exception, match="balance.principal"):
        pay.update_from_statement(zh_store, "D3", {"principal": "x", "interest": "0",
                                                   "fees": "0", "as_of": "2026-12-09"})
    pay.undo_statement(zh_store, snapshot)
    assert card()["balance"]["interest"] == D("421.80")
    assert pay.statement_history(zh_store, "D3") == []


def test_the_six_points_round_trip_through_the_terms_text() -> None:
    points = ["15,600.00 元本金，人民币", "36 期，每月 23 日", "停息，免年费", "",
              "逾期两期视为违约", ""]
    text = agreements.compose_terms(points, "协议自双方签字之日起生效。", "zh")
    assert text.splitlines()[0] == "1. 欠款余额、构成及币种：15,600.00 元本金，人民币"
    assert agreements.split_terms(text) == (points, "协议自双方签字之日起生效。")
    english = agreements.compose_terms(["CNY 15,600.00"] + [""] * 5, "", "en")
    assert agreements.split_terms(english) == (["CNY 15,600.00"] + [""] * 5, "")
    assert agreements.split_terms("停息分期 36 期") == ([""] * 6, "停息分期 36 期")
