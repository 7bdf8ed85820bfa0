"""The rules as data (each with its source and standing), what each conduct mark breaks in
each country, the scam warning, properties of the checker over random logs, and one breach
hidden in a month of a Chinese case's collection calls."""
from __future__ import annotations

import json
import random
import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.calllog.conduct import (
    AgreementIn,
    ContactIn,
    DebtFacts,
    check,
    scam_warnings,
)
from core.calllog.conduct_rules import (
    BINDING,
    CONDUCT,
    CONDUCT_LABELS,
    FEE_SCAM,
    FINDINGS,
    HOURS,
    REPORTED,
    RULES,
    STANDINGS,
)
from core.casefile_spec import CALLER_KINDS, CONDUCT_MARKS
from tests.conftest import ZH_CASE

BEIJING = timezone(timedelta(hours=8))
ALL_RULES = [rule for rules in RULES.values() for rule in rules]
KINDS = (DebtFacts("CARD", "credit_card", "Bank"), DebtFacts("NET", "consumer_credit", "Ant"),
         DebtFacts("LOAN", "personal_loan", "Bank"))


def test_every_rule_names_its_source_and_standing_in_both_languages() -> None:
    ids = [rule.id for rule in ALL_RULES]
    assert len(ids) == len(set(ids))
    for country, rules in RULES.items():
        for rule in rules:
            assert rule.country == country and rule.id.startswith(country.lower() + ".")
            assert rule.standing in STANDINGS
            assert rule.check in FINDINGS
            source = rule.source
            assert source.title and source.citation and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?",
                                                                      source.in_force)
            assert not re.search(r"https?:|www\.", source.citation)
            if rule.standing != REPORTED:  # an article is never guessed
                assert source.article, rule.id
            for text in (rule.title, rule.explanation):
                assert text.en and re.search(r"[\u4e00-\u9fff]", text.zh), rule.id
            if rule.check == HOURS:
                assert rule.earliest < rule.latest
            assert set(rule.conduct) <= set(CONDUCT_MARKS)
            assert bool(rule.conduct) == (rule.check == CONDUCT)
    assert set(CONDUCT_LABELS) == set(CONDUCT_MARKS)
    reported = {rule.id for rule in ALL_RULES if rule.standing == REPORTED}
    assert reported == {"gb.conc.calling_hours", "cn.nifa_2024.calling_hours",
                        "cn.nifa_2024.daily_calls"}
    for rule in ALL_RULES:
        if rule.standing == REPORTED:
            assert "Reported" in rule.explanation.en or "names no hours" in rule.explanation.en


def test_us_rules_bind_collectors_only_the_others_lenders_too() -> None:
    assert {rule.applies_to_creditor for rule in RULES["US"]} == {False}
    assert {rule.applies_to_creditor for rule in RULES["GB"] + RULES["CN"]} == {True}
    assert all(rule.standing == BINDING for rule in RULES["US"])


EXPECTED = {  # (country, debt) -> mark -> the rules it breaks
    ("US", "LOAN"): {"third_party": ["us.reg_f.third_party"],
                     "threat": ["us.reg_f.harassment"],
                     "abuse": ["us.reg_f.abusive_language"],
                     "false_claim": ["us.reg_f.false_representation"],
                     "fee_request": ["us.reg_f.unauthorized_amounts"],
                     "after_stop_request": ["us.reg_f.after_cease_request"], "other": []},
    ("GB", "LOAN"): {"third_party": ["gb.conc.third_parties"],
                     "threat": ["gb.conc.oppressive"], "abuse": ["gb.conc.oppressive"],
                     "false_claim": ["gb.conc.misrepresentation"], "fee_request": [],
                     "after_stop_request": ["gb.conc.contact_requests"], "other": []},
    ("CN", "CARD"): {"third_party": ["cn.card.third_party"],
                     "threat": ["cn.card.improper_means"], "abuse": ["cn.card.improper_means"],
                     "false_claim": [], "fee_request": [], "after_stop_request": [],
                     "other": []},
    ("CN", "NET"): {"third_party": ["cn.nifa_2018.unrelated_persons"],
                    "threat": ["cn.nifa_2018.intimidation"],
                    "abuse": ["cn.nifa_2018.intimidation"],
                    "false_claim": [], "fee_request": ["cn.nifa_2018.extra_fees"],
                    "after_stop_request": [], "other": []},
    ("CN", "LOAN"): {mark: [] for mark in CONDUCT_MARKS},  # no rule found for bank loans
}


@pytest.mark.parametrize(("country", "debt", "mark"),
                         [(c, d, m) for (c, d), marks in EXPECTED.items() for m in marks])
def test_each_marked_conduct_breaks_the_countrys_rules(country: str, debt: str,
                                                       mark: str) -> None:
    marked = ContactIn("C1", (debt,), datetime(2026, 11, 2, 10, tzinfo=BEIJING), "phone",
                       "incoming", "information", "Acme", "agency", (mark,))
    breaches = check([marked], country, debts=KINDS)
    assert [b.rule.id for b in breaches] == EXPECTED[(country, debt)][mark]
    for breach in breaches:
        assert breach.marks == (mark,) and breach.debts == (debt,)
        assert breach.warnings == ((FEE_SCAM,) if mark == "fee_request" else ())


def test_several_marks_on_one_contact_make_one_breach_per_rule() -> None:
    marked = ContactIn("C1", ("LOAN",), datetime(2026, 11, 2, 10, tzinfo=UTC),
                       "phone", "incoming", "refused", "", None, ("threat", "abuse", "other"))
    breaches = check([marked], "GB", debts=KINDS)
    assert [(b.rule.id, b.marks) for b in breaches] == [("gb.conc.oppressive",
                                                         ("threat", "abuse"))]
    assert breaches[0].describe("en") == "The contact on 2026-11-02 at 10:00 was marked: " \
                                         "threats, abuse."
    assert breaches[0].describe("zh") == "2026-11-02 10:00 的联系被标记为：威胁、辱骂。"
    assert check([marked], "US", debts=KINDS) == []  # the creditor itself: not Regulation F


def test_a_fee_request_is_a_scam_warning_in_every_country_and_either_direction() -> None:
    log = [ContactIn("C1", ("LOAN",), datetime(2026, 11, 3, 10, tzinfo=UTC),
                     direction="outgoing", conduct=("fee_request",)),
           ContactIn("C2", ("LOAN",), datetime(2026, 11, 2, 10, tzinfo=UTC),
                     direction="incoming", conduct=("fee_request", "threat")),
           ContactIn("C3", ("LOAN",), datetime(2026, 11, 4, 10, tzinfo=UTC),
                     conduct=("threat",))]
    warnings = scam_warnings(log)
    assert [(w.code, w.contact) for w in warnings] == [(FEE_SCAM, "C2"), (FEE_SCAM, "C1")]
    assert "scam" in warnings[0].describe("en") and "诈骗" in warnings[0].describe("zh")
    assert check(log, "GB", debts=KINDS)[0].rule.id == "gb.conc.oppressive"


# --- properties over random logs ---------------------------------------------------------

_contacts = st.lists(st.tuples(
    st.integers(1, 12), st.integers(0, 23), st.integers(0, 59),
    st.sampled_from([-5, 0, 8]),
    st.sampled_from(["phone", "phone", "sms", "letter", "email", None]),
    st.sampled_from(["incoming", "incoming", "outgoing", None]),
    st.sampled_from(["no_answer", "information", "refused", None]),
    st.sampled_from([None, *CALLER_KINDS]), st.sampled_from(["", "Acme", "Zenith"]),
    st.lists(st.sampled_from(CONDUCT_MARKS), max_size=3, unique=True),
    st.lists(st.sampled_from(["CARD", "NET", "LOAN"]), min_size=1, max_size=2, unique=True),
), max_size=40)


def _log(rows: list[tuple]) -> list[ContactIn]:  # type: ignore[type-arg]
    return [ContactIn(f"C{n}", tuple(debts),
                      datetime(2026, 11, day, hour, minute,
                               tzinfo=timezone(timedelta(hours=offset))),
                      channel, direction, outcome, caller, kind, tuple(marks))
            for n, (day, hour, minute, offset, channel, direction, outcome, kind, caller, marks,
                    debts) in enumerate(rows)]


@settings(max_examples=150, deadline=None)
@given(rows=_contacts, country=st.sampled_from(["CN", "GB", "US"]), seed=st.integers(0, 9999),
       in_default=st.booleans())
def test_never_reports_a_contact_the_person_placed_and_order_does_not_matter(
        rows: list[tuple], country: str, seed: int, in_default: bool) -> None:  # type: ignore[type-arg]
    log = _log(rows)
    agreements = [AgreementIn("CARD", date(2026, 11, 5), in_default)]
    breaches = check(log, country, debts=KINDS, agreements=agreements)
    by_ref = {c.ref: c for c in log}
    for breach in breaches:
        assert breach.rule.country == country
        assert all(by_ref[ref].direction == "incoming" for ref in breach.contacts)
        assert set(breach.debts) <= set(by_ref[breach.contact].debts)
        assert breach.at == by_ref[breach.contact].at
        assert breach.describe("zh") and breach.describe("en")
    shuffled = log[:]
    random.Random(seed).shuffle(shuffled)
    assert check(shuffled, country, debts=KINDS, agreements=agreements) == breaches


# --- a month of a Chinese case, one breach hidden in it ----------------------------------

def _case_debts() -> list[DebtFacts]:
    case = json.loads(ZH_CASE.read_text(encoding="utf-8"))
    return [DebtFacts(d["ref"], d["kind"], d["creditor"]) for d in case["debts"]]


def _month_of_calls() -> list[ContactIn]:
    """November 2026 for the example case: Alipay's own reminders about Huabei (D1) and
    Jiebei (D2), the bank's outsourced agency about the credit card (D3), the person's own
    calls, an installment agreement for the card on the 20th and the bank's confirming SMS
    the same day. All within the rules but one."""
    def at(day: int, hour: int, minute: int) -> datetime:
        return datetime(2026, 11, day, hour, minute, tzinfo=BEIJING)

    agency = "深圳某资产管理有限公司"
    log = []
    for day in range(2, 31, 3):
        log.append(ContactIn(f"H{day}", ("D1",), at(day, 10, 30), "phone", "incoming",
                             ("no_answer", "information")[day % 2], "", None))
    for day in range(2, 31):
        if date(2026, 11, day).weekday() < 5:
            log.append(ContactIn(f"J{day}a", ("D2",), at(day, 9, 15), "phone", "incoming",
                                 "no_answer"))
            log.append(ContactIn(f"J{day}b", ("D2",), at(day, 19, 40), "phone", "incoming",
                                 "promise_to_pay"))
            log.append(ContactIn(f"J{day}s", ("D2",), at(day, 21, 55), "sms", "incoming"))
    for day in range(1, 20, 2):
        log.append(ContactIn(f"K{day}", ("D3",), at(day, 14, 0), "phone", "incoming",
                             "refused", agency, "agency"))
    log += [ContactIn("C1", ("D3",), at(6, 14, 20), "phone", "outgoing", "information"),
            ContactIn("P1", ("D1", "D2"), at(12, 22, 40), "phone", "outgoing", "offer_made"),
            ContactIn("A1", ("D3",), at(20, 11, 0), "phone", "outgoing", "agreement"),
            ContactIn("A2", ("D3",), at(20, 16, 5), "sms", "incoming", "information", "",
                      None),
            ContactIn("X1", ("D3",), at(26, 15, 10), "phone", "incoming", "information",
                      agency, "agency")]
    return log


def test_one_breach_hidden_in_a_month_of_calls_is_found() -> None:
    log = _month_of_calls()
    assert len(log) > 80
    agreements = [AgreementIn("D3", date(2026, 11, 20))]
    breaches = check(log, "CN", debts=_case_debts(), agreements=agreements)
    assert [(b.rule.id, b.contact, b.debts) for b in breaches] == [
        ("cn.card.after_agreement", "X1", ("D3",))]
    assert breaches[0].describe("zh") == "2026-11-20 已达成还款协议，2026-11-26 15:10 仍来催收。"
    without_it = [c for c in log if c.ref != "X1"]
    assert check(without_it, "CN", debts=_case_debts(), agreements=agreements) == []
