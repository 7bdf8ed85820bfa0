"""Plan benchmark: the engine on 30 debts x 120 months, and the chart redraw after an edit.

    python tests/benchmarks/plan.py [--runs 15] [--quick]

Prints medians, with a calibration loop that shows how fast this machine was at the time.
Budgets: engine <= 10 ms; chart redraw after a term edit <= 80 ms. Printed beside the
figures, never enforced: the exit code says only whether the run worked.
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.money import Rate  # noqa: E402
from core.plans.engine import run_plan  # noqa: E402
from core.plans.engine_types import DebtIn, PlanIn, TermIn  # noqa: E402
from tests.benchmarks import figures
from tests.benchmarks.figures import Figure


def thirty_debts() -> list[DebtIn]:
    """30 debts of the usual Chinese kinds, about 750,000 owed, half of them overdue."""
    return [DebtIn(
        f"D{i}", Decimal(10000 + i * 997), interest=Decimal("12.34"), fees=Decimal("5.00"),
        as_of=date(2026, 11, 1), kind="credit_card" if i % 3 == 0 else "online_loan",
        rate=Rate(Decimal("0.0005"), "daily"), overdue_rate=Rate(Decimal("0.0006"), "daily"),
        overdue_since=date(2026, 9, 1) if i % 2 else None, minimum_payment=Decimal(300 + i),
        late_fee_fraction=Decimal("0.05")) for i in range(30)]


def plan_for_120_months(strategy: str) -> PlanIn:
    """A budget found so that the plan runs about 120 months (the benchmark's shape)."""
    debts = thirty_debts()
    low, high = 1000, 100000
    while high - low > 10:
        mid = (low + high) // 2
        months = run_plan(debts, PlanIn(strategy, date(2026, 12, 15), Decimal(mid))).months
        low, high = (mid, high) if months > 120 else (low, mid)
    return PlanIn(strategy, date(2026, 12, 15), Decimal(high))


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def calibration_ms(runs: int) -> float:
    """A fixed pure-Python workload: this machine's speed at the moment of the run (shared
    virtual machines run at different speeds from one minute to the next)."""
    def work() -> int:
        total = 0
        for k in range(200_000):
            total += k * k % 7
        return total
    return median_ms(work, runs)


def measure(runs: int, quick: bool) -> list[Figure]:
    """Medians of `runs` repetitions in this process. The sizes are the budget's own (30 debts,
    120 months): `quick` changes nothing."""
    calibration = calibration_ms(runs)  # first, as the machine is when the figures start
    debts = thirty_debts()
    out = []
    for strategy in ("pro_rata", "avalanche"):  # the budget is pro_rata's
        plan = plan_for_120_months(strategy)
        months = run_plan(debts, plan).months
        ms = median_ms(lambda plan=plan: run_plan(debts, plan), runs)
        out.append(Figure(f"plan engine, 30 debts × {months} months", ms, "ms",
                          10 if strategy == "pro_rata" else None, note=strategy))
    chart = chart_redraw_ms(debts, runs)
    if chart is not None:
        out.append(Figure("chart redraw after a term edit", chart, "ms", 80))
    out.append(Figure("calibration: 200,000 pure-Python loop steps", calibration, "ms",
                      note="this machine's speed at the moment"))
    return out


def main() -> int:
    return figures.main(__doc__, measure, "median of {runs} repetitions in one process",
                        runs=15, quick_runs=5, quick="5 runs")


def chart_redraw_ms(debts: list[DebtIn], runs: int) -> float | None:
    """Recompute and redraw the embedded chart after one term changes (offscreen Qt)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from gui.plans.chart import RepaymentChart
    except ImportError:
        return None
    app = QApplication.instance() or QApplication([])
    chart = RepaymentChart()
    chart.resize(900, 420)
    chart.show()
    plan = plan_for_120_months("pro_rata")
    chart.show_schedule(run_plan(debts, plan), None, {d.ref: d.ref for d in debts}, "CNY")
    app.processEvents()
    months = [12, 24]

    def edit() -> None:
        months.reverse()
        terms = (("D1", TermIn("installments", months=months[0])),)
        edited = PlanIn(plan.strategy, plan.start, plan.monthly_budget, terms=terms)
        chart.show_schedule(run_plan(debts, edited), None, {d.ref: d.ref for d in debts}, "CNY")
        chart.canvas.draw()

    result = median_ms(edit, runs)
    chart.close()
    return result


if __name__ == "__main__":
    sys.exit(main())
