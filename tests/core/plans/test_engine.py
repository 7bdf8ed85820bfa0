"""The plan engine held to DOMAIN.md's rules, by worked examples and by properties."""
from __future__ import annotations

import math
from datetime import date
from decimal import Decimal as D

import numpy_financial as npf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.money import ZERO, Rate
from core.plans.arithmetic import split
from core.plans.doing_nothing import do_nothing, saved_against_nothing
from core.plans.engine import level_payment, payment_date, run_plan
from core.plans.engine_types import DebtIn, PlanIn, TermIn

DAILY = lambda v: Rate(D(v), "daily")  # noqa: E731
ANNUAL = lambda v: Rate(D(v), "annual")  # noqa: E731


def codes(schedule) -> set[tuple[str, str | None]]:
    return {(w.code, w.debt) for w in schedule.warnings}


def test_payment_dates_clamp_to_the_month_end() -> None:
    start = date(2027, 1, 31)
    assert [payment_date(start, m) for m in (1, 2, 3, 13)] == [
        date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2028, 1, 31)]


def test_split_is_exact_and_largest_remainder() -> None:
    assert split(D("100.00"), [D(1), D(1), D(1)]) == [D("33.34"), D("33.33"), D("33.33")]
    assert split(D("0.01"), [D(1), D(3)]) == [ZERO, D("0.01")]
    assert split(D("5.00"), [ZERO, ZERO]) == [ZERO, ZERO]


def test_annual_interest_is_a_twelfth_per_period_and_fees_interest_principal_order() -> None:
    debt = DebtIn("D1", D("1000.00"), interest=D("5.00"), fees=D("3.00"),
                  as_of=date(2026, 12, 1), rate=ANNUAL("0.12"))
    s = run_plan([debt], PlanIn("pro_rata", date(2027, 1, 1), D("100.00")))
    first = s.for_debt("D1")[0]
    assert (first.opening, first.interest, first.payment) == (D("1008.00"), D("10.00"),
                                                              D("100.00"))
    # 3.00 fees, then 15.00 interest, then 82.00 principal: 918.00 principal left
    assert first.closing == D("918.00")
    assert s.for_debt("D1")[1].interest == D("9.18")


def test_daily_interest_counts_actual_days_from_the_statement() -> None:
    debt = DebtIn("D1", D("9200.00"), as_of=date(2026, 11, 1), rate=DAILY("0.0005"))
    s = run_plan([debt], PlanIn("pro_rata", date(2026, 12, 15), D("1000.00")))
    rows = s.for_debt("D1")
    assert rows[0].interest == D("202.40")  # 44 days
    assert rows[1].interest == round(rows[0].closing * D("0.0005") * 31, 2)  # to 2027-01-15


def test_penalty_rate_runs_on_an_overdue_debt_unless_a_term_says_otherwise() -> None:
    debt = DebtIn("D1", D("1000.00"), as_of=date(2027, 1, 1), rate=DAILY("0.0003"),
                  overdue_rate=DAILY("0.0005"), overdue_since=date(2026, 12, 1))
    start = date(2027, 1, 11)
    assert run_plan([debt], PlanIn("pro_rata", start, D("10"))).rows[0].interest == D("5.00")
    own = PlanIn("pro_rata", start, D("10"), terms=(("D1", TermIn(rate=DAILY("0.0001"))),))
    assert run_plan([debt], own).rows[0].interest == D("1.00")
    frozen = PlanIn("pro_rata", start, D("10"), terms=(("D1", TermIn(freeze_interest=True)),))
    assert run_plan([debt], frozen).rows[0].interest == ZERO


def _zh_debts() -> list[DebtIn]:
    as_of = date(2026, 11, 1)
    return [
        DebtIn("D1", D("9200.00"), as_of=as_of, kind="consumer_credit", rate=DAILY("0"),
               overdue_rate=DAILY("0.0005"), overdue_since=date(2026, 9, 10),
               minimum_payment=D("920.00"), payments=((date(2026, 11, 8), D("300.00")),)),
        DebtIn("D2", D("20000.00"), interest=D("312.40"), as_of=as_of, kind="consumer_credit",
               rate=DAILY("0.0004"), overdue_rate=DAILY("0.0006"),
               overdue_since=date(2026, 10, 15), minimum_payment=D("1850.00")),
        DebtIn("D3", D("15600.00"), interest=D("421.80"), fees=D("96.50"),
               as_of=date(2026, 11, 5), kind="credit_card", rate=DAILY("0.0005"),
               overdue_rate=DAILY("0.0005"), overdue_since=date(2026, 9, 23),
               minimum_payment=D("1560.00"), late_fee_fraction=D("0.05")),
    ]


def test_the_chinese_case_pro_rata_with_interest_frozen() -> None:
    terms = tuple((ref, TermIn(freeze_interest=True, waive_fees=True))
                  for ref in ("D1", "D2", "D3"))
    plan = PlanIn("pro_rata", date(2026, 12, 15), D("1500.00"), terms=terms,
                  disposable=D("2020.00"))
    s = run_plan(_zh_debts(), plan)
    month1 = s.rows[:3]
    # start balances: 8900.00 (after the 300.00 paid on 11-08), 20312.40, 16021.80 (fees waived)
    assert [r.opening for r in month1] == [D("8900.00"), D("20312.40"), D("16118.30")]
    assert month1[2].forgiven == D("96.50")
    assert [r.payment for r in month1] == split(D("1500.00"),
                                                [D("8900.00"), D("20312.40"), D("16021.80")])
    assert s.total_interest == ZERO and s.total_fees == ZERO
    assert s.total_paid == D("45234.20") and s.total_forgiven == D("96.50")
    assert s.months == 31 and s.affordable and s.debt_free_on == date(2029, 6, 15)
    assert codes(s) == set()


def test_the_chinese_case_avalanche_with_interest_running() -> None:
    plan = PlanIn("avalanche", date(2026, 12, 15), D("5000.00"))
    s = run_plan(_zh_debts(), plan)
    assert s.affordable
    cleared = dict(s.cleared_in)
    # penalty rates: D2 0.06%/day is highest, then D1 and D3 at 0.05%/day (D1 listed first)
    assert cleared["D2"] < cleared["D1"] and cleared["D2"] < cleared["D3"], cleared
    after = {r.debt: r for r in s.rows if r.month == cleared["D2"] + 1}
    # the spare goes to D1 (same rate as D3, listed first) until it is cleared, then on to D3
    assert after["D1"].payment > D("920.00")
    assert after["D1"].closing == 0 or after["D3"].payment == D("1560.00")
    m1 = {r.debt: r.payment for r in s.rows[:3]}
    assert m1["D1"] == D("920.00") and m1["D3"] == D("1560.00")
    assert m1["D2"] == D("5000.00") - D("920.00") - D("1560.00")
    assert s.total_interest > 0


def test_settlement_clears_the_debt_and_forgives_the_rest() -> None:
    debts = [DebtIn("D1", D("10000.00"), as_of=date(2027, 1, 1)),
             DebtIn("D2", D("2000.00"), as_of=date(2027, 1, 1))]
    plan = PlanIn("pro_rata", date(2027, 2, 1), D("500.00"), one_off_funds=D("6000.00"),
                  terms=(("D1", TermIn("settlement", amount=D("6000.00"))),))
    s = run_plan(debts, plan)
    d1 = s.for_debt("D1")
    assert d1[0].payment == D("6000.00") and d1[0].forgiven == D("4000.00")
    assert d1[0].closing == ZERO and all(r.closing == ZERO for r in d1)
    assert s.for_debt("D2")[0].payment == D("500.00")


def test_a_settlement_after_a_pause_waits_and_is_offered_again_in_full() -> None:
    debt = DebtIn("D1", D("10000.00"), as_of=date(2027, 1, 1))
    plan = PlanIn("pro_rata", date(2027, 2, 1), D("2000.00"),
                  terms=(("D1", TermIn("settlement", amount=D("3000.00"), pause_months=2)),))
    s = run_plan([debt], plan)
    rows = s.for_debt("D1")
    assert [r.payment for r in rows[:2]] == [ZERO, ZERO]
    assert rows[2].payment == D("2000.00") and rows[2].forgiven == ZERO  # short: 1000 missing
    assert rows[3].payment == D("1000.00") and rows[3].forgiven == D("7000.00")
    assert not s.affordable and s.shortfall_from == 3 and s.shortfall == D("1000.00")
    assert rows[2].fees == ZERO  # never a late fee on a settlement


def test_shortfall_splits_in_proportion_and_charges_late_fees() -> None:
    debts = [DebtIn("D1", D("5000.00"), as_of=date(2027, 1, 1), minimum_payment=D("300.00"),
                    late_fee_fixed=D("10.00"), late_fee_fraction=D("0.05")),
             DebtIn("D2", D("5000.00"), as_of=date(2027, 1, 1), minimum_payment=D("100.00"))]
    terms = (("D1", TermIn("contract")), ("D2", TermIn("contract")))
    s = run_plan(debts, PlanIn("pro_rata", date(2027, 2, 1), D("200.00"), terms=terms))
    d1, d2 = s.for_debt("D1")[0], s.for_debt("D2")[0]
    assert (d1.payment, d2.payment) == (D("150.00"), D("50.00"))
    assert d1.fees == D("17.50")  # 10.00 + 5% of the 150.00 unpaid
    assert d2.fees == ZERO  # no late fee in its contract
    assert d1.closing == D("5000.00") - D("150.00") + D("17.50")
    assert not s.affordable and s.shortfall_from == 1
    assert s.for_debt("D1")[1].payment == D("150.00")  # the same obligation again, not more
    assert ("unaffordable", None) in codes(s)


def test_installments_cross_checked_with_numpy_financial() -> None:
    """Level payment to the cent; total interest within the half-cent rounding of each period."""
    for principal, rate, months in ((D("12000.00"), D("0.12"), 12),
                                    (D("15600.00"), D("0.18"), 36),
                                    (D("100000.00"), D("0.2399"), 60)):
        debt = DebtIn("D1", principal, as_of=date(2026, 12, 1), rate=ANNUAL(rate))
        plan = PlanIn("pro_rata", date(2027, 1, 1), D("1000000"),
                      terms=(("D1", TermIn("installments", months=months)),))
        s = run_plan([debt], plan)
        per = float(rate) / 12
        exact = npf.pmt(per, months, -float(principal))
        level = D(math.ceil(round(exact * 100, 6))) / 100
        rows = s.for_debt("D1")
        assert rows[0].payment == level
        assert all(r.payment == level for r in rows[:-1])
        assert s.months == months and rows[-1].payment <= level
        fv = npf.fv(per, months, -float(level), float(principal))
        npf_interest = -sum(npf.ipmt(per, k, months, float(principal), fv)
                            for k in range(1, months + 1))
        assert abs(float(s.total_interest) - npf_interest) <= 0.005 * months
        assert s.total_paid == principal + s.total_interest


def test_level_payment_rounds_up() -> None:
    assert level_payment(D("100.00"), 3, D(0)) == D("33.34")


def test_never_clears_when_payments_do_not_cover_interest() -> None:
    debt = DebtIn("D1", D("100000.00"), as_of=date(2027, 1, 1), rate=ANNUAL("0.24"))
    s = run_plan([debt], PlanIn("pro_rata", date(2027, 2, 1), D("1000.00")))
    assert s.months == 600 and s.debt_free_on is None
    assert ("never_clears", None) in codes(s)


def test_warnings_card_term_budget_and_unpaid_months() -> None:
    card = DebtIn("C", D("30000.00"), as_of=date(2027, 1, 1), kind="credit_card")
    other = DebtIn("O", D("3000.00"), as_of=date(2027, 1, 1))
    plan = PlanIn("custom", date(2027, 2, 1), D("600.00"), order=("C", "O"),
                  terms=(("C", TermIn("installments", months=72)),), disposable=D("500.00"))
    s = run_plan([card, other], plan)
    assert ("card_term_over_60_months", "C") in codes(s)
    assert ("budget_above_disposable", None) in codes(s)
    # the card's 416.67 a month leaves 183.33 for O each month: no unpaid warning
    assert ("debt_unpaid_3_months", "O") not in codes(s)
    starved = PlanIn("custom", date(2027, 2, 1), D("416.67"), order=("C", "O"),
                     terms=(("C", TermIn("installments", months=72)),))
    assert ("debt_unpaid_3_months", "O") in codes(run_plan([card, other], starved))


def test_doing_nothing_grows_and_saved_is_the_difference() -> None:
    debts = _zh_debts()
    terms = tuple((d.ref, TermIn(freeze_interest=True, waive_fees=True)) for d in debts)
    plan = PlanIn("pro_rata", date(2026, 12, 15), D("1500.00"), terms=terms)
    s = run_plan(debts, plan)
    nothing = do_nothing(debts, plan.start, s.months)
    assert all(b > a for a, b in zip(nothing, nothing[1:], strict=False))
    saved = saved_against_nothing(debts, plan, s)
    assert saved == nothing[-1] - s.total_paid
    assert saved > D("20000")


# --- properties ---------------------------------------------------------------------------

amounts = st.integers(min_value=0, max_value=5_000_000).map(lambda c: D(c) / 100)
rates = st.one_of(
    st.none(),
    st.integers(0, 99).map(lambda v: Rate(D(v) / 100000, "daily")),
    st.integers(0, 3600).map(lambda v: Rate(D(v) / 10000, "annual")),
)


@st.composite
def cases(draw):
    n = draw(st.integers(1, 5))
    refs = [f"D{i}" for i in range(n)]
    as_of = date(2026, 11, draw(st.integers(1, 28)))
    debts = []
    for ref in refs:
        debts.append(DebtIn(
            ref, draw(amounts), draw(amounts.map(lambda a: a / 10)).quantize(D("0.01")),
            draw(amounts.map(lambda a: a / 20)).quantize(D("0.01")), as_of,
            kind=draw(st.sampled_from(["credit_card", "online_loan", None])),
            rate=draw(rates), overdue_rate=draw(rates),
            overdue_since=draw(st.sampled_from([None, date(2026, 9, 1)])),
            minimum_payment=draw(st.one_of(st.none(), amounts.map(lambda a: a / 10))
                                 .map(lambda a: None if a is None else a.quantize(D("0.01")))),
            late_fee_fixed=draw(st.sampled_from([ZERO, D("25.00")])),
            late_fee_fraction=draw(st.sampled_from([D(0), D("0.05")])),
            priority=draw(st.booleans()) and draw(st.booleans()),
            payments=((date(2026, 11, 29), D("10.00")),) if draw(st.booleans()) else (),
        ))
    terms = []
    for ref in refs:
        if draw(st.booleans()):
            treatment = draw(st.sampled_from(["share", "contract", "installments",
                                              "settlement"]))
            terms.append((ref, TermIn(
                treatment, months=draw(st.integers(1, 80)),
                amount=draw(amounts), rate=draw(rates), freeze_interest=draw(st.booleans()),
                waive_fees=draw(st.booleans()), pause_months=draw(st.integers(0, 4)))))
    plan = PlanIn(draw(st.sampled_from(["pro_rata", "avalanche", "snowball", "custom"])),
                  date(2026, 12, draw(st.integers(1, 31))), draw(amounts),
                  one_off_funds=draw(st.sampled_from([ZERO, D("3000.00")])),
                  order=tuple(draw(st.permutations(refs))), terms=tuple(terms))
    return debts, plan


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_invariants_hold_for_any_case(case) -> None:
    debts, plan = case
    s = run_plan(debts, plan)
    refs = [d.ref for d in debts]
    by_month: dict[int, list] = {}
    for row in s.rows:
        by_month.setdefault(row.month, []).append(row)
    previous_closing: dict[str, D] = {}
    cleared: set[str] = set()
    for month, rows in sorted(by_month.items()):
        debt_rows, [total] = rows[:-1], rows[-1:]
        assert [r.debt for r in debt_rows] == refs and total.debt == "TOTAL"
        money = plan.monthly_budget + (plan.one_off_funds if month == 1 else ZERO)
        assert total.payment <= money, "a month never pays more than its money"
        for r in debt_rows:
            assert r.opening + r.interest + r.fees - r.payment - r.forgiven == r.closing
            assert r.closing >= 0 and r.payment >= 0 and r.interest >= 0
            for value in (r.opening, r.interest, r.fees, r.payment, r.forgiven, r.closing):
                assert value == value.quantize(D("0.01"))
            if r.debt in previous_closing:
                assert r.opening == previous_closing[r.debt]
            if r.debt in cleared:
                assert (r.opening, r.payment, r.closing) == (ZERO, ZERO, ZERO)
            if r.closing == 0:
                cleared.add(r.debt)
            previous_closing[r.debt] = r.closing
        for name in ("opening", "interest", "fees", "payment", "forgiven", "closing"):
            assert getattr(total, name) == sum((getattr(r, name) for r in debt_rows), ZERO)
    assert s.total_paid == sum((r.payment for r in s.totals()), ZERO)
    assert s.affordable == (s.shortfall_from is None) == (s.shortfall == 0)
    if s.debt_free_on is not None:
        assert all(r.closing == 0 for r in s.rows if r.month == s.months)


@settings(max_examples=100, deadline=None)
@given(st.lists(amounts.filter(lambda a: a > 0), min_size=1, max_size=6), amounts)
def test_pro_rata_shares_are_exact_and_proportional(balances, budget) -> None:
    debts = [DebtIn(f"D{i}", b, as_of=date(2027, 1, 1)) for i, b in enumerate(balances)]
    s = run_plan(debts, PlanIn("pro_rata", date(2027, 2, 1), budget))
    first = s.rows[:len(debts)]
    total = sum(balances, ZERO)
    if budget < min(balances):  # nobody is capped: the plain proportional split
        assert sum((r.payment for r in first), ZERO) == budget
        for r, b in zip(first, balances, strict=True):
            assert abs(r.payment - budget * b / total) < D("0.01")
    assert sum((r.payment for r in first), ZERO) == min(budget, total)


def test_installments_clear_in_their_months_even_with_daily_interest() -> None:
    """The last installment takes what is left, up or down: days per month differ from
    365 / 12 and the first period runs from the statement date."""
    debt = DebtIn("D1", D("12000.00"), as_of=date(2026, 11, 1), rate=DAILY("0.0005"))
    plan = PlanIn("pro_rata", date(2027, 1, 1), D("5000.00"),
                  terms=(("D1", TermIn("installments", months=12)),))
    s = run_plan([debt], plan)
    rows = s.for_debt("D1")
    assert s.months == 12 and rows[-1].closing == ZERO
    assert all(r.payment == rows[0].payment for r in rows[:-1])
    assert rows[-1].payment > rows[0].payment  # adjusted up: more interest than assumed


def test_a_missed_installment_makes_the_plan_longer_not_the_next_payment_larger() -> None:
    debt = DebtIn("D1", D("1200.00"), as_of=date(2027, 1, 1))
    plan = PlanIn("pro_rata", date(2027, 2, 1), D("50.00"),
                  terms=(("D1", TermIn("installments", months=12)),))
    s = run_plan([debt], plan)
    assert [r.payment for r in s.for_debt("D1")][:3] == [D("50.00")] * 3
    assert s.months == 24 and not s.affordable


def test_a_settlement_of_nothing_is_refused_and_would_clear_at_once() -> None:
    from core.errors import DomainError
    from core.plans.plans import validate_plan

    with pytest.raises(DomainError) as error:
        validate_plan({"name": "x", "strategy": "pro_rata", "start": "2027-01-01",
                       "terms": [{"debt": "D1", "treatment": "settlement", "amount": "0.00"}]},
                      ["D1"])
    assert error.value.path == ("terms", 0, "amount")
    debt = DebtIn("D1", D("1000.00"), as_of=date(2027, 1, 1))
    s = run_plan([debt], PlanIn("pro_rata", date(2027, 2, 1), D("100"),
                                terms=(("D1", TermIn("settlement", amount=ZERO)),)))
    assert s.months == 1 and s.total_forgiven == D("1000.00")


def test_snowball_ranks_by_the_balance_after_waived_fees() -> None:
    debts = [DebtIn("D1", D("100.00"), fees=D("50.00"), as_of=date(2027, 1, 1)),
             DebtIn("D2", D("120.00"), as_of=date(2027, 1, 1))]
    plan = PlanIn("snowball", date(2027, 2, 1), D("60.00"),
                  terms=(("D1", TermIn(waive_fees=True)),))
    first = {r.debt: r.payment for r in run_plan(debts, plan).rows[:2]}
    assert first == {"D1": D("60.00"), "D2": ZERO}


def test_any_budget_is_above_a_negative_disposable_amount() -> None:
    debt = DebtIn("D1", D("100.00"), as_of=date(2027, 1, 1))
    s = run_plan([debt], PlanIn("pro_rata", date(2027, 2, 1), ZERO, disposable=D("-50.00")))
    assert ("budget_above_disposable", None) in codes(s)


# --- the optimised engine against the plain one -------------------------------------------

@st.composite
def many_debts(draw):
    """Up to 40 debts, clearing in different months, some paused, some on their own terms:
    what the engine's shortcuts (finished debts skipped, lists kept between months) meet."""
    n = draw(st.integers(1, 40))
    as_of = date(2026, 11, draw(st.integers(1, 28)))
    debts, terms = [], []
    for k in range(n):
        debts.append(DebtIn(
            f"D{k}", D(draw(st.integers(0, 3_000_000))) / 100,
            D(draw(st.integers(0, 20_000))) / 100, D(draw(st.integers(0, 5_000))) / 100, as_of,
            rate=draw(rates), overdue_rate=draw(rates),
            overdue_since=draw(st.sampled_from([None, date(2026, 9, 1)])),
            minimum_payment=draw(st.sampled_from([None, D("50.00"), D("300.00")])),
            late_fee_fixed=draw(st.sampled_from([ZERO, D("25.00")])),
            late_fee_fraction=draw(st.sampled_from([D(0), D("0.05")])),
            priority=draw(st.integers(0, 9)) == 0))
        if draw(st.integers(0, 2)) == 0:
            terms.append((f"D{k}", TermIn(
                draw(st.sampled_from(["share", "contract", "installments", "settlement"])),
                months=draw(st.integers(1, 40)), amount=D(draw(st.integers(0, 500_000))) / 100,
                freeze_interest=draw(st.booleans()), waive_fees=draw(st.booleans()),
                pause_months=draw(st.integers(0, 6)))))
        elif draw(st.booleans()):
            terms.append((f"D{k}", TermIn(freeze_interest=True)))
    plan = PlanIn(draw(st.sampled_from(["pro_rata", "avalanche", "snowball", "custom"])),
                  date(2026, 12, draw(st.integers(1, 31))),
                  D(draw(st.integers(0, 30_000_000))) / 100,
                  one_off_funds=draw(st.sampled_from([ZERO, D("3000.00")])),
                  order=tuple(draw(st.permutations([d.ref for d in debts]))),
                  terms=tuple(terms))
    return debts, plan


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(cases(), many_debts()))
def test_the_optimised_engine_gives_what_the_plain_one_gives(case) -> None:
    from tests.core.plans.reference_engine import run_plan as plain

    debts, plan = case
    assert run_plan(debts, plan) == plain(debts, plan)


def test_rows_between_are_the_rows_of_the_months_paid_in_that_span() -> None:
    debts = [DebtIn(f"D{k}", D(1000 * (k + 1)), as_of=date(2026, 11, 1)) for k in range(3)]
    s = run_plan(debts, PlanIn("pro_rata", date(2026, 12, 15), D("500.00")))
    for first, last in ((date(2027, 1, 1), date(2027, 3, 15)), (date(2026, 1, 1),
                        date(2026, 12, 15)), (date(2027, 2, 16), date(2027, 3, 14)),
                        (date(2030, 1, 1), date(2031, 1, 1))):
        assert s.rows_between(first, last) == [r for r in s.rows if first <= r.date <= last]
    assert len(s.rows_between(date(2027, 1, 1), date(2027, 3, 15))) == 3 * 4


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_first_payments_are_each_debts_first_paid_month(case) -> None:
    debts, plan = case
    s = run_plan(debts, plan)
    expected = {}
    for d in debts:
        paid = [r for r in s.for_debt(d.ref) if r.payment_c > 0]
        if paid:
            expected[d.ref] = paid[0]
    assert s.first_payments() == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(cases(), many_debts()), st.integers(0, 130))
def test_doing_nothing_worked_out_a_debt_at_a_time_gives_what_month_by_month_gives(
        case, months) -> None:
    from tests.core.plans.reference_engine import do_nothing as month_by_month

    debts, plan = case
    assert do_nothing(debts, plan.start, months) == month_by_month(debts, plan.start, months)
