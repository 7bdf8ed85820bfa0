"""The repayment chart's ticks fall on whole months, fewer as a plan grows longer."""
from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest

from gui.plans.chart_ticks import month_formatter, month_locator, month_step


@pytest.mark.parametrize(("months", "step"), [
    (1, 1), (12, 1), (13, 2), (24, 2), (31, 3), (36, 3), (60, 6), (72, 6), (120, 12),
    (144, 12), (240, 24), (600, 60)])
def test_a_step_for_the_plans_length(months: int, step: int) -> None:
    assert month_step(months) == step


@pytest.mark.parametrize("months", [5, 31, 60, 144, 600])
def test_ticks_fall_on_the_first_of_a_month_a_step_apart(months: int) -> None:
    from matplotlib.dates import num2date

    start = datetime(2026, 12, 15, tzinfo=UTC)
    end_year, end_month = divmod(2026 * 12 + 11 + months - 1, 12)
    end = datetime(end_year, end_month + 1, 15, tzinfo=UTC)
    ticks = [num2date(t) for t in month_locator(months).tick_values(start, end)]
    inside = [t for t in ticks if start <= t <= end]
    step = month_step(months)
    assert len(inside) <= 13 and len(inside) >= min(months, 3) - 1
    assert all(t.day == 1 and (t.month - 1) % min(step, 12) == 0 for t in ticks)
    gaps = {(b.year * 12 + b.month) - (a.year * 12 + a.month)
            for a, b in itertools.pairwise(ticks)}
    assert gaps == {step}


def test_labels_in_english_and_chinese() -> None:
    from matplotlib.dates import date2num

    january = date2num(date(2027, 1, 1))
    assert month_formatter("yyyy-MM")(january, 0) == "2027-01"
    assert month_formatter("yy年M月")(january, 0) == "27年1月"
