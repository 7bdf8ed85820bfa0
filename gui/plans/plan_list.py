"""The case's plans, and what is done to a plan as a whole: new, duplicate, rename, delete,
compare two.

Apart from the Plan tab, which shows and edits the one plan that is open: this column only
picks a plan and makes, copies, renames or drops one, each as one undoable step. It asks the
tab (`PlanHost`) which plan is open, has what is being typed saved first, and says which plan
to open once the list reloads."""
from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from gui.shared import labels
from gui.shared.context import Desk
from gui.shared.forms import confirm
from gui.shared.retranslate import Retranslating, fill
from gui.shared.table_model import Column, RecordTableModel
from gui.shared.undo import CreatedCommand, DeletedCommand, replace_command

Document = dict[str, Any]


class PlanHost(Protocol):
    """What the list asks of the Plan tab, which holds the open plan."""

    @property
    def case(self) -> Any:
        """The case the plans are made for (None before the first load)."""

    def current(self) -> tuple[int, Document] | None:
        """The open plan's id and its stored document, if a plan is open."""

    def save_now(self) -> None:
        """Save what is being typed into the open plan."""

    def open_plan(self, plan_id: int | None) -> None:
        """Open this plan (or none) when the list next reloads; what is typed is dropped."""


class PlanList(Retranslating, QWidget):
    chosen = Signal(object)  # the id of the plan the person picked

    def __init__(self, desk: Desk, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._host = desk, host
        self.model = RecordTableModel(
            [
                Column(
                    lambda: self.tr("Plans"),
                    lambda p: (
                        f"{p.data['name']}  ·  {labels.plan_status(p.data['status'] or 'draft')}"
                    ),
                )
            ],
            self,
        )
        self.view = QListView(self)
        self.view.setObjectName("planList")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._chosen())
        self.new_button, self.copy_button = QPushButton(self), QPushButton(self)
        self.rename_button, self.delete_button = QPushButton(self), QPushButton(self)
        self.compare_button = QPushButton(self)
        self.new_button.setObjectName("newPlanButton")
        self.new_button.clicked.connect(self.new_plan)
        self.copy_button.clicked.connect(self.duplicate_plan)
        self.rename_button.clicked.connect(self.rename_plan)
        self.delete_button.clicked.connect(self.delete_plan)
        self.compare_button.clicked.connect(self.compare)
        left = QVBoxLayout()
        left.addWidget(self.view, 1)
        for button in (
            self.new_button,
            self.copy_button,
            self.rename_button,
            self.delete_button,
            self.compare_button,
        ):
            left.addWidget(button)
        self.setLayout(left)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New plan"))
        self.copy_button.setText(self.tr("D&uplicate"))
        self.rename_button.setText(self.tr("&Rename…"))
        self.delete_button.setText(self.tr("Delete"))
        self.compare_button.setText(self.tr("Compare two plans…"))
        self.model.retranslate()

    # --- the list ----------------------------------------------------------------------------
    def set_plans(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        for button in (self.copy_button, self.rename_button, self.delete_button):
            button.setEnabled(bool(rows))
        self.compare_button.setEnabled(len(rows) >= 2)

    def select(self, plan_id: int | None) -> None:
        """Show `plan_id` as the current one, without saying it was picked."""
        for row, plan in enumerate(self.model.rows()):
            if plan.id == plan_id:
                self.view.selectionModel().blockSignals(True)
                self.view.setCurrentIndex(self.model.index(row, 0))
                self.view.selectionModel().blockSignals(False)

    def _chosen(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.chosen.emit(self.model.row(index.row()).id)

    def _unique_name(self, base: str) -> str:
        names = {p.data["name"] for p in self.model.rows()}
        if base not in names:
            return base
        n = 2
        while f"{base} {n}" in names:
            n += 1
        return f"{base} {n}"

    # --- plans: new, duplicate, rename, delete -----------------------------------------------
    def _create(self, document: Document, text: str) -> None:
        from core.plans import plans
        store = self._desk.store
        if store is None:
            return
        self._host.save_now()
        try:
            plan_id, changes = plans.save_plan(store, document)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot create the plan"), error.message)
            return
        self._host.open_plan(plan_id)
        self._desk.push(
            CreatedCommand(
                text,
                lambda: plans.delete_plan(store, plan_id),
                lambda snapshot: plans.restore_plan(store, snapshot),
                self._desk.notify,
            ),
            changes,
        )

    def new_plan(self) -> None:
        from core.plans import plans
        if self._desk.store is None:
            return
        case = self._host.case or plans.case_for_plans(self._desk.store)
        left = plans.disposable(case.budget)
        today = date.today()
        start = date(today.year + today.month // 12, today.month % 12 + 1, 1)
        name = self._unique_name(self.tr("Plan"))
        self._create(
            {
                "name": name,
                "strategy": "pro_rata",
                "start": start.isoformat(),
                "monthly_budget": None if left is None or left <= 0 else f"{left:.2f}",
                "status": "draft",
            },
            fill(self.tr("New plan %1"), name),
        )

    def duplicate_plan(self) -> None:
        if self._host.current() is None:
            return
        self._host.save_now()
        current = self._host.current()
        assert current is not None  # saving keeps the plan open
        _, saved = current
        name = self._unique_name(fill(self.tr("%1 (copy)"), saved["name"]))
        self._create(
            dict(saved, name=name, status="draft"),
            fill(self.tr("Duplicate plan %1"), saved["name"]),
        )

    def rename_plan(self) -> None:
        from core.plans import plans
        store = self._desk.store
        if self._host.current() is None or store is None:
            return
        self._host.save_now()
        current = self._host.current()
        assert current is not None  # saving keeps the plan open
        plan_id, old = current
        name, ok = QInputDialog.getText(
            self, self.tr("Rename plan"), self.tr("New name:"), text=old["name"]
        )
        if not ok or not name.strip() or name.strip() == old["name"]:
            return
        new = dict(old, name=name.strip())
        try:
            _, changes = plans.save_plan(store, new, plan_id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot rename the plan"), error.message)
            return
        self._host.open_plan(plan_id)
        self._desk.push(
            replace_command(
                fill(self.tr("Rename plan %1"), old["name"]),
                lambda doc: plans.save_plan(store, doc, plan_id)[1],
                old,
                new,
                self._desk.notify,
            ),
            changes,
        )

    def delete_plan(self) -> None:
        from core.plans import plans
        current, store = self._host.current(), self._desk.store
        if current is None or store is None:
            return
        plan_id, saved = current
        name = saved["name"]
        if not confirm(self, self.tr("Delete plan"), fill(self.tr(
                "Delete the plan “%1”? You can undo this with Edit → Undo."), name)):
            return
        snapshot, changes = plans.delete_plan(store, plan_id)
        self._host.open_plan(None)  # what was being typed goes with the plan
        self._desk.push(
            DeletedCommand(
                fill(self.tr("Delete plan %1"), name),
                snapshot,
                lambda: plans.delete_plan(store, plan_id),
                lambda saved: plans.restore_plan(store, saved),
                self._desk.notify,
            ),
            changes,
        )

    def compare(self) -> None:
        from gui.plans.compare_dialog import CompareDialog

        self._host.save_now()
        case = self._host.case
        if case is None or len(self.model.rows()) < 2:
            return
        CompareDialog(case, [p.data for p in self.model.rows()], self).exec()
