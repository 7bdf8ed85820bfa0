"""The Plan tab: plans on the left (`PlanList`); the editor, the summary, the repayment curve
and the schedule on the right. Every edit recomputes at once from the pure engine; the plan is
saved (undoably) once typing pauses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.changes import Change
from core.errors import DomainError
from gui.plans.plan_editor import PlanEditor
from gui.plans.plan_list import PlanList
from gui.plans.plan_summary import summary_html
from gui.plans.plan_worker import PlanWorker
from gui.plans.schedule_model import ScheduleModel
from gui.shared.context import Desk
from gui.shared.refresh import RefreshWhenShown
from gui.shared.retranslate import Retranslating, fill
from gui.shared.table_widths import ColumnWidths
from gui.shared.undo import replace_command

SAVE_AFTER_MS = 700
# From this many debts a plan is worked out off the GUI thread (`PlanWorker`); a smaller one
# takes a few milliseconds, so it shows at once, with no "working" flashing by.
WORKER_FROM_DEBTS = 200


class PlanTab(Retranslating, RefreshWhenShown, QWidget):
    letter_requested = Signal(str)  # the plan's name
    watches = Change.PLANS | Change.DEBTS | Change.BUDGET | Change.PAYMENTS | Change.CASE

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTab")
        self._desk = desk
        self._case: Any = None
        self._current_id: int | None = None
        self._saved: dict[str, Any] | None = None  # the current plan as stored
        self._result: Any = None
        self._worked_on: Any = None  # the case `_result` was worked out for
        self._worker = PlanWorker(self)
        self._worker.done.connect(self._worked)
        self.chart: Any = None
        self._build()
        self.retranslate()

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.plan_list = PlanList(self._desk, self, self)
        self.plan_list.chosen.connect(self._plan_chosen)
        self.plans, self.compare_button = self.plan_list.model, self.plan_list.compare_button

        self.editor = PlanEditor(self)
        self.editor.setObjectName("planEditor")
        self.editor.edited.connect(self._edited)
        self.summary = QLabel(self)
        self.summary.setObjectName("planSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary.setMinimumWidth(160)
        self.editor.hide()  # its two panels are placed here; the editor object holds the logic
        settings = QHBoxLayout()
        settings.addWidget(self.editor.settings_panel, 3)
        settings.addWidget(self.summary, 2)
        top = QVBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(settings)
        top.addWidget(self.editor.terms_panel, 1)
        top_widget = QWidget(self)
        top_widget.setLayout(top)

        self.views = QTabWidget(self)
        self.chart_page = QStackedWidget(self)
        self.chart_waiting = QLabel(self)
        self.chart_waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_page.addWidget(self.chart_waiting)
        self.schedule = ScheduleModel(self)
        self.schedule_view = QTreeView(self)
        self.schedule_view.setObjectName("scheduleView")
        self.schedule_view.setModel(self.schedule)
        self.schedule_view.setUniformRowHeights(True)
        self.schedule_view.setAlternatingRowColors(True)
        ColumnWidths(self.schedule_view, "schedule")
        self.views.addTab(self.chart_page, "")
        self.views.addTab(self.schedule_view, "")
        self.export_chart_button = QPushButton(self)
        self.export_schedule_button = QPushButton(self)
        self.export_chart_button.clicked.connect(self.export_chart)
        self.export_schedule_button.clicked.connect(self.export_schedule)
        self.letter_button = QPushButton(self)
        self.letter_button.setObjectName("planLetterButton")
        self.letter_button.clicked.connect(self._letter)
        exports = QHBoxLayout()
        exports.addWidget(self.letter_button)
        exports.addStretch(1)
        exports.addWidget(self.export_chart_button)
        exports.addWidget(self.export_schedule_button)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.views, 1)
        bottom.addLayout(exports)
        bottom_widget = QWidget(self)
        bottom_widget.setLayout(bottom)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(top_widget)
        right.addWidget(bottom_widget)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.empty)
        self.right.addWidget(right)
        self._work = right
        outer = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(self.plan_list)
        outer.addWidget(self.right)
        outer.setStretchFactor(1, 4)
        outer.setSizes([180, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(outer)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_AFTER_MS)
        self.save_timer.timeout.connect(self.save_now)

    def retranslate(self) -> None:
        self.views.setTabText(0, self.tr("Repayment curve"))
        self.views.setTabText(1, self.tr("Schedule"))
        self.export_chart_button.setText(self.tr("Export chart…"))
        self.export_schedule_button.setText(self.tr("Export schedule…"))
        self.letter_button.setText(self.tr("Write a &letter with this plan…"))
        self.chart_waiting.setText(self.tr("Drawing the chart…"))
        self.empty.setText(
            self.tr(
                "No plan yet. A plan turns what you can afford each month into a concrete offer "
                "to each creditor. Press “New plan” to make one."
            )
        )
        self.schedule.retranslate()
        self._show_result()
        if self.chart is not None:
            self.chart.retranslate()
        if self._result is not None:
            self._draw()

    def current_plan_name(self) -> str | None:
        return (self._saved or {}).get("name")

    def _letter(self) -> None:
        self.save_now()
        name = self.current_plan_name()
        if name is not None:
            self.letter_requested.emit(name)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)  # redraws what changed while hidden
        if self.chart is None:
            self._make_chart()

    def _make_chart(self) -> None:
        """The chart, once matplotlib has loaded; until then "Drawing the chart…" shows and
        the summary and schedule are already there."""
        if self.chart is not None:
            return
        from gui.plans.chart import RepaymentChart, library

        loader = library()
        if not loader.loaded:
            loader.ready.connect(self._make_chart, Qt.ConnectionType.SingleShotConnection)
            QTimer.singleShot(0, loader.load)  # queued behind this tab's first paint
            return
        self.chart = RepaymentChart(self)
        self.chart_page.addWidget(self.chart)
        self.chart_page.setCurrentWidget(self.chart)
        self._draw()

    # --- data --------------------------------------------------------------------------
    def refresh(self, changes: Change) -> None:
        self.reload()

    def reload(self) -> None:
        from core.plans import plans
        store = self._desk.store
        if store is None:
            return
        self._case = plans.case_for_plans(store)
        rows = plans.list_plans(store)
        self.plan_list.set_plans(rows)
        self.editor.set_disposable(plans.disposable(self._case.budget), self._case.currency)
        ids = [r.id for r in rows]
        if self._current_id not in ids:
            self._current_id = ids[0] if ids else None
        self.right.setCurrentWidget(self._work if rows else self.empty)
        self.plan_list.select(self._current_id)
        self._load_current()

    # --- the open plan, as the plan list asks for it -----------------------------------------
    @property
    def case(self) -> Any:
        return self._case

    def current(self) -> tuple[int, dict[str, Any]] | None:
        if self._current_id is None or self._saved is None:
            return None
        return self._current_id, self._saved

    def open_plan(self, plan_id: int | None) -> None:
        self.save_timer.stop()
        self._current_id, self._saved = plan_id, None

    def _load_current(self) -> None:
        from core.plans import plans
        if self._current_id is None:
            self._worker.forget()
            self._saved, self._result = None, None
            self._show_result()
            return
        store = self._desk.store
        if store is None:
            return
        stored = plans.plan_document(store, self._current_id)
        if self._saved is not None and self._same(stored, self.editor.document()):
            self._saved = stored  # our own save coming back: leave the editor alone
            if self._case != self._worked_on:  # but the debts, payments or budget changed
                self._recompute()
            return
        self._saved = stored
        self.editor.load(stored, [(d["ref"], d["creditor"]) for d in self._case.debts])
        self._recompute()

    def _same(self, a: dict[str, Any], b: dict[str, Any]) -> bool:
        from core.casefile_spec import PLAN
        from core.plans.plans import validate_plan

        refs = [d["ref"] for d in self._case.debts]
        try:
            return PLAN.dump(validate_plan(a, refs)) == PLAN.dump(validate_plan(b, refs))
        except DomainError:
            return False

    def _plan_chosen(self, plan_id: int) -> None:
        if plan_id != self._current_id:
            self.save_now()
            self._current_id = plan_id
            self._saved = None
            self._load_current()

    # --- recompute on every edit ----------------------------------------------------------
    def _edited(self) -> None:
        self._recompute()
        if self.editor.problem is None:
            self.save_timer.start()
        else:
            self.save_timer.stop()

    def _recompute(self) -> None:
        """The plan as the editor has it (validated there, once per edit), worked out."""
        from core.plans import plans

        data = self.editor.valid
        if self._case is None or self.editor.problem is not None or data is None:
            self._worker.forget()
            self._result = None
            self._show_result()
            return
        if len(self._case.debts) < WORKER_FROM_DEBTS:
            self._worker.forget()  # a larger case's job still running is not wanted
            self._worked(plans.run(self._case, data), self._case)
            return
        self._worker.request(self._case, data)
        self._show_result()  # says it is working; the chart shows the last plan until then

    def _worked(self, result: Any, case: Any) -> None:
        self._result, self._worked_on = result, case
        self._show_result()
        self._draw()

    def _names(self) -> dict[str, str]:
        return {d["ref"]: d["creditor"] for d in self._case.debts} if self._case else {}

    def _draw(self) -> None:
        from core.plans.plans import nothing as do_nothing

        result = self._result
        if result is None:
            self.schedule.clear()
            return
        names, currency = self._names(), self._case.currency
        self.schedule.set_schedule(result.schedule, names, currency)
        if self.chart is not None:
            nothing = do_nothing(result.debts, result.plan.start, result.schedule.months)
            self.chart.show_schedule(result.schedule, nothing, names, currency)

    def _show_result(self) -> None:
        if self.editor.problem is not None:
            self.summary.setText(
                self.tr("<p>Fix the problem shown under the terms to see the plan.</p>")
            )
            return
        if self._worker.working:
            self.summary.setText(self.tr("<p>Working out the plan…</p>"))
            return
        if self._result is None:
            self.summary.setText("")
            return
        self.summary.setText(summary_html(self._result, self._case.currency, self._names()))

    # --- saving --------------------------------------------------------------------------
    def save_now(self) -> None:
        """Save the edited plan if it differs from the stored one (one undoable step)."""
        from core.plans import plans
        self.save_timer.stop()
        store, plan_id, old = self._desk.store, self._current_id, self._saved
        if store is None or plan_id is None or old is None or self.editor.problem is not None:
            return
        new = self.editor.document()
        if self._same(old, new):
            return
        try:
            _, changes = plans.save_plan(store, new, plan_id)
        except DomainError as error:
            self.editor.problem = error
            self.editor._show_problem()
            return
        self._saved = plans.plan_document(store, plan_id)
        self._desk.push(
            replace_command(
                fill(self.tr("Edit plan %1"), new["name"]),
                lambda doc: plans.save_plan(store, doc, plan_id)[1],
                old,
                self._saved,
                self._desk.notify,
            ),
            changes,
        )

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        self.save_now()
        super().hideEvent(event)

    # --- whole plans, done by the plan list ---------------------------------------------------
    def new_plan(self) -> None:
        self.plan_list.new_plan()

    def duplicate_plan(self) -> None:
        self.plan_list.duplicate_plan()

    def rename_plan(self) -> None:
        self.plan_list.rename_plan()

    def delete_plan(self) -> None:
        self.plan_list.delete_plan()

    def compare(self) -> None:
        self.plan_list.compare()

    # --- exports ---------------------------------------------------------------------------
    def export_chart(self) -> None:
        if (self.chart is None or self._result is None or self._saved is None
                or self._worker.working):  # what shows is not yet the plan as edited
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart"),
            f"{self._saved['name']}.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if name:
            path = (
                Path(name)
                if Path(name).suffix.lower() in (".png", ".svg")
                else Path(name).with_suffix(".png")
            )
            self.chart.save(path)

    def export_schedule(self) -> None:
        from core.case.casefile import write_atomically
        from core.plans.export import render

        store = self._desk.store
        if self._result is None or self._saved is None or store is None or self._worker.working:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export schedule"),
            f"{self._saved['name']}.csv",
            self.tr("Spreadsheet (*.csv);;JSON (*.json);;Calendar (*.ics)"),
        )
        if not name:
            return
        path = Path(name)
        form = path.suffix.lower().lstrip(".")
        if form not in ("csv", "json", "ics"):
            form, path = "csv", path.with_suffix(".csv")
        try:
            if form == "ics":
                from core.debts.calendar import plan_calendar

                text = plan_calendar(store, self._saved, self._result.schedule)
            else:
                text = render(form, self._saved["name"], self._case.currency,
                              self._result.schedule)
            write_atomically(path, text.encode("utf-8"))
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot export"), error.message)
