"""The conduct checker on both sides of every numeric limit, per country: calling hours, calls
within seven days, the call after a conversation, the Chinese daily limit, and collection
after a Chinese card agreement."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from core import i18n
from core.calllog.conduct import (
    AgreementIn,
    Breach,
    ContactIn,
    DebtFacts,
    breaches_per_debt,
    check,
    country_for,
)

NEW_YORK = timezone(timedelta(hours=-5))
BEIJING = timezone(timedelta(hours=8))
LONDON = UTC

CN_DEBTS = (DebtFacts("D1", "consumer_credit", "支付宝（花呗）"),
            DebtFacts("D2", "consumer_credit", "支付宝（花呗）"),
            DebtFacts("D3", "credit_card", "招商银行信用卡中心"))


def contact(ref: str, at: datetime, debts: tuple[str, ...] = ("D1",), *,
            channel: str = "phone", direction: str = "incoming", outcome: str = "no_answer",
            caller: str = "Acme Recovery", caller_kind: str | None = "agency",
            conduct: tuple[str, ...] = ()) -> ContactIn:
    return ContactIn(ref, debts, at, channel, direction, outcome, caller, caller_kind, conduct)


def at(day: int, hour: int, minute: int = 0, second: int = 0,
       zone: timezone = NEW_YORK) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, tzinfo=zone)


def found(breaches: list[Breach]) -> list[tuple[str, str]]:
    return [(b.rule.id, b.contact) for b in breaches]


# --- calling hours -----------------------------------------------------------------------

def test_us_hours_are_8_am_to_9_pm_both_ends_allowed() -> None:
    log = [contact("early", at(2, 7, 59)), contact("eight", at(3, 8)),
           contact("nine", at(4, 21)), contact("second_late", at(5, 21, 0, 1)),
           contact("late", at(6, 21, 1))]
    breaches = check(log, "US")
    assert found(breaches) == [("us.reg_f.calling_hours", "early"),
                               ("us.reg_f.calling_hours", "second_late"),
                               ("us.reg_f.calling_hours", "late")]
    assert breaches[0].at == at(2, 7, 59) and breaches[0].debts == ("D1",)
    assert breaches[0].describe("en") == (
        "Contacted on 2026-11-02 at 07:59 local time, outside the hours 08:00–21:00.")
    assert breaches[1].describe("en").startswith("Contacted on 2026-11-05 at 21:00:01 ")


def test_cn_hours_are_8_to_22_with_22_00_itself_too_late() -> None:
    log = [contact(ref, at(day, hour, minute, zone=BEIJING), caller="", caller_kind=None)
           for ref, day, hour, minute in (("early", 2, 7, 59), ("eight", 3, 8, 0),
                                          ("before_ten", 4, 21, 59), ("ten", 5, 22, 0))]
    breaches = check(log, "CN", debts=CN_DEBTS)
    assert found(breaches) == [("cn.nifa_2024.calling_hours", "early"),
                               ("cn.nifa_2024.calling_hours", "ten")]
    assert breaches[1].describe("zh") == (
        "据报道的规则，请自行判断：2026-11-05 22:00（当地时间）联系，"
        "在允许的时段 08:00–22:00 之外。")


def test_gb_hours_are_reported_8_am_to_9_pm_and_bind_the_lender_too() -> None:
    log = [contact(ref, at(day, hour, minute, zone=LONDON), caller="", caller_kind=None)
           for ref, day, hour, minute in (("early", 2, 7, 59), ("eight", 3, 8, 0),
                                          ("nine", 4, 21, 0), ("late", 5, 21, 1))]
    breaches = check(log, "GB")
    assert found(breaches) == [("gb.conc.calling_hours", "early"),
                               ("gb.conc.calling_hours", "late")]
    assert breaches[0].rule.standing == "reported"
    assert breaches[0].describe("en").startswith("Reported rule, judge for yourself: ")


def test_hours_are_read_in_the_offset_the_contact_was_logged_with() -> None:
    evening = at(2, 20, 30)  # 01:30 UTC the next day
    assert check([contact("C1", evening)], "US") == []
    same_moment_in_utc = evening.astimezone(UTC)
    assert found(check([contact("C1", same_moment_in_utc)], "US")) == [
        ("us.reg_f.calling_hours", "C1")]


def test_us_rules_bind_collectors_not_the_creditor_itself() -> None:
    late = at(2, 23)
    assert check([contact("C1", late, caller="", caller_kind=None)], "US") == []
    for kind in ("agency", "law_firm", "other"):
        assert found(check([contact("C1", late, caller_kind=kind)], "US")) == [
            ("us.reg_f.calling_hours", "C1")]
    assert all(not rule.applies_to_creditor
               for rule in {b.rule for b in check([contact("C1", late)], "US")})


def test_letters_and_the_persons_own_calls_are_not_judged_on_hours() -> None:
    late = at(2, 23)
    assert check([contact("L", late, channel="letter"),
                  contact("O", late, direction="outgoing"),
                  contact("N", late, direction=None)], "US") == []  # type: ignore[arg-type]
    assert found(check([contact("S", late, channel="sms")], "US")) == [
        ("us.reg_f.calling_hours", "S")]


def test_cn_hours_cover_online_credit_not_cards_and_need_the_debt_kind() -> None:
    late = at(2, 23, zone=BEIJING)
    assert check([contact("C1", late, ("D3",))], "CN", debts=CN_DEBTS) == []
    assert check([contact("C1", late, ("D1",))], "CN") == []  # kind unknown
    breaches = check([contact("C1", late, ("D1", "D3"))], "CN", debts=CN_DEBTS)
    assert [b.debts for b in breaches] == [("D1",)]


# --- calls within seven days (US) --------------------------------------------------------

def test_us_seven_calls_in_seven_days_are_allowed_the_eighth_is_not() -> None:
    week = [contact(f"C{day}", at(day, 10)) for day in range(1, 8)]
    assert check(week, "US") == []
    breaches = check([*week, contact("C8", at(7, 11))], "US")
    assert found(breaches) == [("us.reg_f.call_frequency", "C8")]
    eighth = breaches[0]
    assert eighth.contacts == ("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8")
    assert (eighth.value("count"), eighth.value("max"), eighth.value("days")) == (8, 7, 7)
    assert eighth.describe("en") == (
        "Call number 8 within the 7 days from 2026-11-01 to 2026-11-07 (the limit is 7).")
    assert "第 8 次来电" in eighth.describe("zh")


def test_us_calls_are_counted_in_the_order_they_came_not_as_listed() -> None:
    week = [contact(f"C{day}", at(day, 10)) for day in range(1, 9)]
    week.append(contact("C0", at(7, 11)))
    assert found(check(week[::-1], "US")) == found(check(week, "US")) == [
        ("us.reg_f.call_frequency", "C0"), ("us.reg_f.call_frequency", "C8")]
    talk = [contact("C", at(3, 10)), contact("T", at(1, 10), outcome="information")]
    assert found(check(talk, "US")) == [("us.reg_f.call_after_conversation", "C")]


def test_us_the_eighth_call_on_the_eighth_day_starts_a_new_window() -> None:
    log = [contact(f"C{day}", at(day, 10)) for day in range(1, 9)]
    assert check(log, "US") == []  # 2–8 November holds seven


def test_us_a_ninth_call_is_a_breach_of_its_own() -> None:
    log = [contact(f"C{n}", at(3, 9 + n)) for n in range(9)]
    assert [b.value("count") for b in check(log, "US")] == [8, 9]


def test_us_calls_are_counted_per_debt_and_per_collector() -> None:
    two_debts = [contact(f"A{n}", at(2 + n % 5, 10, n), (("D1",), ("D2",))[n % 2])
                 for n in range(8)]
    assert check(two_debts, "US") == []
    two_collectors = [contact(f"B{n}", at(2 + n % 5, 10, n), caller=("Acme", "Zenith")[n % 2])
                      for n in range(8)]
    assert check(two_collectors, "US") == []
    same_name_other_spelling = [contact(f"S{n}", at(2, 9 + n), caller=name) for n, name in
                                enumerate(["Acme  Recovery", "acme recovery"] * 4)]
    assert len(check(same_name_other_spelling, "US")) == 1
    both = [contact(f"D{n}", at(2, 9 + n), ("D1", "D2")) for n in range(8)]
    assert [b.debts for b in check(both, "US")] == [("D1",), ("D2",)]


def test_us_calls_per_debt_total_per_debt() -> None:
    log = [contact(f"C{n}", at(2, 9 + n), ("D1", "D2")) for n in range(8)]
    log.append(contact("X", at(3, 10), ("D2",)))
    assert breaches_per_debt(check(log, "US")) == {"D1": 1, "D2": 2}


# --- the call after a conversation (US) --------------------------------------------------

def test_us_a_call_on_day_7_after_a_conversation_breaks_it_on_day_8_does_not() -> None:
    talk = contact("T", at(1, 10), outcome="information")
    breaches = check([talk, contact("C7", at(7, 18))], "US")
    assert found(breaches) == [("us.reg_f.call_after_conversation", "C7")]
    assert breaches[0].related == ("T",) and breaches[0].value("day") == 7
    assert breaches[0].describe("en") == (
        "Called on 2026-11-07 at 18:00, day 7 after the conversation of 2026-11-01 (the day "
        "of the conversation is day 1).")
    assert check([talk, contact("C8", at(8, 8))], "US") == []


def test_us_a_call_later_the_same_day_is_day_1() -> None:
    log = [contact("T", at(1, 10), outcome="promise_to_pay"), contact("C", at(1, 16))]
    assert [b.value("day") for b in check(log, "US")] == [1]


def test_us_a_conversation_on_the_persons_own_call_counts_but_is_not_reported() -> None:
    log = [contact("T", at(1, 10), direction="outgoing", outcome="offer_made"),
           contact("C", at(3, 10))]
    breaches = check(log, "US")
    assert found(breaches) == [("us.reg_f.call_after_conversation", "C")]
    assert breaches[0].contacts == ("C",) and breaches[0].related == ("T",)


def test_us_an_unanswered_call_or_another_collector_is_no_conversation() -> None:
    assert check([contact("T", at(1, 10)), contact("C", at(2, 10))], "US") == []
    unknown = contact("T", at(1, 10), outcome=None)  # type: ignore[arg-type]
    assert check([unknown, contact("C", at(2, 10))], "US") == []
    other = contact("T", at(1, 10), outcome="information", caller="Zenith")
    assert check([other, contact("C", at(2, 10))], "US") == []
    creditor = contact("T", at(1, 10), outcome="information", caller="", caller_kind=None)
    assert check([creditor, contact("C", at(2, 10))], "US") == []


# --- the Chinese daily limit -------------------------------------------------------------

def _day_of_calls(outcomes: list[str], caller_kinds: list[str | None]) -> list[ContactIn]:
    return [contact(f"C{n}", at(2, 9 + n, zone=BEIJING), (("D1",), ("D2",))[n % 2],
                    outcome=outcome, caller_kind=kind)
            for n, (outcome, kind) in enumerate(zip(outcomes, caller_kinds, strict=True))]


def test_cn_three_connected_calls_a_day_are_allowed_the_fourth_is_not() -> None:
    kinds: list[str | None] = [None, "agency", None, "agency", None]
    three = _day_of_calls(["information", "no_answer", "refused", "no_answer", "other"], kinds)
    assert check(three, "CN", debts=CN_DEBTS) == []
    four = _day_of_calls(["information", "no_answer", "refused", "information", "other"], kinds)
    breaches = check(four, "CN", debts=CN_DEBTS)
    assert found(breaches) == [("cn.nifa_2024.daily_calls", "C4")]
    assert breaches[0].contacts == ("C0", "C2", "C3", "C4")
    assert (breaches[0].value("count"), breaches[0].value("max")) == (4, 3)
    assert breaches[0].describe("en") == (
        "Reported rule, judge for yourself: Call number 4 on 2026-11-02 (the limit is 3 a "
        "day).")


def test_cn_daily_limit_counts_per_creditor_and_restarts_each_day() -> None:
    answered = [contact(f"C{n}", at(2, 9 + n, zone=BEIJING), ("D1",), outcome="information")
                for n in range(3)]
    other_creditor = contact("X", at(2, 15, zone=BEIJING), ("D3",), outcome="information")
    next_day = contact("N", at(3, 9, zone=BEIJING), ("D1",), outcome="information")
    unknown = contact("U", at(2, 16, zone=BEIJING), ("D1",), outcome=None)  # type: ignore[arg-type]
    assert check([*answered, other_creditor, next_day, unknown], "CN", debts=CN_DEBTS) == []
    fourth = contact("F", at(2, 20, zone=BEIJING), ("D2",), outcome="information")
    breaches = check([*answered, fourth], "CN", debts=CN_DEBTS)
    assert [(b.contacts, b.debts) for b in breaches] == [(("C0", "C1", "C2", "F"), ("D2",))]


def test_gb_and_cn_cards_have_no_numeric_call_limit() -> None:
    many = [contact(f"C{n}", at(2, 9, n, zone=LONDON), outcome="information")
            for n in range(20)]
    assert check(many, "GB") == []
    cards = [contact(f"C{n}", at(2, 9, n, zone=BEIJING), ("D3",), outcome="information")
             for n in range(20)]
    assert check(cards, "CN", debts=CN_DEBTS) == []


# --- collection after a Chinese card agreement -------------------------------------------

def test_cn_card_collection_stops_the_day_after_the_agreement_unless_in_default() -> None:
    signed = [AgreementIn("D3", date(2026, 11, 20))]
    same_day = contact("S", at(20, 15, zone=BEIJING), ("D3",))
    next_day = contact("N", at(21, 10, zone=BEIJING), ("D3",))
    breaches = check([same_day, next_day], "CN", debts=CN_DEBTS, agreements=signed)
    assert found(breaches) == [("cn.card.after_agreement", "N")]
    assert breaches[0].describe("en") == (
        "Contacted on 2026-11-21 at 10:00, after the agreement of 2026-11-20.")
    assert breaches[0].rule.source.article == "第七十条"
    defaulted = [AgreementIn("D3", date(2026, 11, 20), in_default=True)]
    assert check([next_day], "CN", debts=CN_DEBTS, agreements=defaulted) == []
    assert check([next_day], "CN", debts=CN_DEBTS) == []


def test_cn_agreement_rule_is_for_cards_and_for_the_latest_agreement() -> None:
    online = [AgreementIn("D1", date(2026, 11, 20))]
    assert check([contact("N", at(21, 10, zone=BEIJING), ("D1",))], "CN", debts=CN_DEBTS,
                 agreements=online) == []
    history = [AgreementIn("D3", date(2026, 11, 25)),
               AgreementIn("D3", date(2026, 11, 1), in_default=True)]
    between = contact("B", at(10, 10, zone=BEIJING), ("D3",))
    after = contact("A", at(26, 10, zone=BEIJING), ("D3",))
    breaches = check([between, after], "CN", debts=CN_DEBTS, agreements=history)
    assert found(breaches) == [("cn.card.after_agreement", "A")]
    assert breaches[0].value("agreed_on") == "2026-11-25"


# --- the country -------------------------------------------------------------------------

@pytest.mark.parametrize(("currency", "country", "expected"), [
    ("CNY", None, "CN"), ("GBP", None, "GB"), ("USD", "", "US"), ("cny", None, "CN"),
    ("EUR", None, None), (None, None, None), ("CNY", "US", "US"), ("USD", " gb ", "GB"),
    ("EUR", "DE", "DE")])
def test_country_for_defaults_from_the_currency(currency: str | None, country: str | None,
                                                expected: str | None) -> None:
    assert country_for(currency, country) == expected


def test_a_country_without_rules_reports_nothing() -> None:
    late = [contact("C1", at(2, 23))]
    assert check(late, "DE") == [] and check(late, None) == []
    assert found(check(late, "us")) == [("us.reg_f.calling_hours", "C1")]


def test_describe_follows_the_current_language() -> None:
    breach = check([contact("C1", at(2, 23))], "US")[0]
    i18n.set_language("zh")
    assert breach.describe() == "2026-11-02 23:00（当地时间）联系，在允许的时段 08:00–21:00 之外。"
    i18n.set_language("en")
    assert breach.describe().startswith("Contacted on 2026-11-02 at 23:00")


def test_bad_input_is_refused_with_what_is_wrong() -> None:
    with pytest.raises(ValueError, match="C1: the time 2026-11-02T10:00:00 has no offset"):
        ContactIn("C1", ("D1",), datetime(2026, 11, 2, 10))
    with pytest.raises(ValueError, match="C2: names no debt"):
        ContactIn("C2", (), at(2, 10))
    with pytest.raises(ValueError, match="C3: unknown conduct shouting"):
        ContactIn("C3", ("D1",), at(2, 10), conduct=("abuse", "shouting"))
    with pytest.raises(ValueError, match="C4: unknown caller kind bailiff"):
        ContactIn("C4", ("D1",), at(2, 10), caller_kind="bailiff")
