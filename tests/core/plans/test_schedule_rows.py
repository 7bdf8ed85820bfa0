"""A schedule's rows: read as `Row`s, kept so that holding a large schedule costs the
garbage collector nothing."""
from __future__ import annotations

import gc
from datetime import date
from decimal import Decimal as D

from core.plans.engine import run_plan
from core.plans.engine_types import DebtIn, PlanIn, Row


def _schedule(debts: int = 200):
    return run_plan([DebtIn(f"D{k}", D(1000 + 37 * k), as_of=date(2026, 11, 1))
                     for k in range(debts)], PlanIn("pro_rata", date(2026, 12, 15), D("900.00")))


def _tracked() -> int:
    gc.collect()
    return len(gc.get_objects())


def test_holding_a_schedule_does_not_add_its_rows_to_what_the_collector_walks() -> None:
    before = _tracked()
    schedule = _schedule()
    after = _tracked()
    assert len(schedule.rows) > 5_000
    assert after - before < len(schedule.rows) // 10


def test_rows_read_as_rows_and_compare_as_their_values() -> None:
    schedule = _schedule(3)
    first = schedule.rows[0]
    assert isinstance(first, Row) and first.debt == "D0" and first.month == 1
    assert all(isinstance(r, Row) for r in schedule.rows)
    assert isinstance(schedule.rows[:4], tuple) and schedule.rows[:4][3].debt == "TOTAL"
    assert schedule.rows[-1].debt == "TOTAL" and schedule.rows[-1].month == schedule.months
    assert schedule.rows == tuple(schedule.rows) and schedule.rows == list(schedule.rows)
    assert schedule == _schedule(3) and hash(schedule.rows) == hash(_schedule(3).rows)
    assert schedule.rows != _schedule(4).rows


def test_each_debts_rows_and_the_totals_are_found_by_their_place_in_the_month() -> None:
    schedule = _schedule(5)
    rows = list(schedule.rows)
    assert schedule.totals() == [r for r in rows if r.debt == "TOTAL"]
    by_debt = schedule.by_debt()
    for ref, _ in schedule.cleared_in:
        assert schedule.for_debt(ref) == [r for r in rows if r.debt == ref] == by_debt[ref]
    assert schedule.for_debt("D404") == []
    first = {}
    for r in rows:
        if r.payment_c > 0 and r.debt != "TOTAL":
            first.setdefault(r.debt, r)
    assert schedule.first_payments() == first
