"""A large case's plan is worked out off the GUI thread: the tab says it is working, and a
result for an edit already superseded is never shown."""
from __future__ import annotations

import json
import threading
from decimal import Decimal
from pathlib import Path

from gui.plans.plan_tab import WORKER_FROM_DEBTS
from tests.benchmarks.debts_scale import debts_document


def _large(folder: Path) -> Path:
    from core.case.casefile import import_case, parse_case_bytes
    from core.store.database import open_store

    store = open_store(folder)
    try:
        import_case(store, parse_case_bytes(json.dumps(
            debts_document(WORKER_FROM_DEBTS), ensure_ascii=False).encode(), "case.json"))
    finally:
        store.close()
    return folder


def test_a_large_plan_is_worked_out_off_the_gui_thread_and_only_the_latest_shows(
        make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from core.plans import plans

    window = make_window(_large(tmp_path / "store"))
    window.tabs.setCurrentWidget(window.plan_tab)
    tab = window.plan_tab
    qtbot.waitUntil(lambda: tab.chart is not None and tab._result is not None
                    and not tab._worker.working, timeout=20000)

    threads: list[str] = []
    run = plans.run

    def noting(case, data):
        threads.append(threading.current_thread().name)
        return run(case, data)

    monkeypatch.setattr(plans, "run", noting)
    shown: list[Decimal] = []
    tab._worker.done.connect(lambda result, _case: shown.append(result.plan.monthly_budget))
    tab.editor.budget.setText("50000")
    assert tab._worker.working
    assert "Working out the plan" in tab.summary.text()
    tab.editor.budget.setText("70000")  # before the first is done: it will not show
    on_the_gui_thread = threading.main_thread().name in threads  # the edits themselves
    qtbot.waitUntil(lambda: not tab._worker.working, timeout=20000)

    assert shown == [Decimal("70000.00")]
    assert tab._result.plan.monthly_budget == Decimal("70000.00")
    assert "plan-worker" in threads and not on_the_gui_thread
    assert "Working out the plan" not in tab.summary.text()
    assert tab.chart._data["payments"][0] > 0  # the chart shows the plan worked out
