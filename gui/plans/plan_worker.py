"""A large plan worked out off the GUI thread: the engine, and "doing nothing" for the chart
and the summary, for a case of hundreds of debts take long enough for typing to stutter.

One job at a time. While one runs, a newer request waits in its place (only the latest is
kept), and a result that arrives after the plan was edited again is dropped: the tab only
ever shows the plan as it now stands.
"""
from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Signal


class PlanWorker(QObject):
    done = Signal(object, object)  # (core.plans.plans.PlanResult, the case it is for)
    _finished = Signal(int, object, object, object)  # generation, result, case, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._running = False
        self._pending: tuple[int, Any, Any] | None = None
        self._finished.connect(self._arrived)  # queued: emitted from the worker's thread

    @property
    def working(self) -> bool:
        """Whether a result for the latest request is still to come."""
        return self._running or self._pending is not None

    def request(self, case: Any, data: Any) -> None:
        """Work out plan `data` (validated) for `case` (core.plans.plans.CaseForPlans)."""
        self._generation += 1
        self._pending = (self._generation, case, data)
        if not self._running:
            self._start_next()

    def forget(self) -> None:
        """What was asked is no longer wanted (the plan is invalid, or another one shows)."""
        self._generation += 1
        self._pending = None

    def _start_next(self) -> None:
        assert self._pending is not None
        generation, case, data = self._pending
        self._pending, self._running = None, True

        def work() -> None:
            from core.plans import plans

            result = error = None
            try:
                result = plans.run(case, data)
                schedule = result.schedule
                if schedule.months:  # the chart's dashed line and the summary's saving
                    plans.nothing(result.debts, result.plan.start, schedule.months)
            except Exception as problem:  # noqa: BLE001 - raised again on the GUI thread
                error = problem
            try:
                self._finished.emit(generation, result, case, error)
            except RuntimeError:  # the window is gone
                pass

        threading.Thread(target=work, name="plan-worker", daemon=True).start()

    def _arrived(self, generation: int, result: Any, case: Any, error: Any) -> None:
        self._running = False
        if self._pending is not None:
            self._start_next()
        if generation != self._generation:
            return  # edited since: a newer result is on its way, or none is wanted
        if error is not None:
            raise error  # the window's error report says what went wrong
        self.done.emit(result, case)
