"""The Debts tab: every debt, what it costs to wait, and the way in for a new case."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.changes import Change
from core.debts import overdue
from core.money import format_amount, format_rate
from gui.debts.breach_counts import BreachCounts
from gui.debts.debt_actions import DebtActions
from gui.debts.debt_table import DebtTable, StatusFilter
from gui.debts.debts_overview import DebtsOverview
from gui.debts.welcome_page import WelcomePage
from gui.shared import labels
from gui.shared.context import Desk
from gui.shared.forms import on_delete_key
from gui.shared.refresh import RefreshWhenShown
from gui.shared.retranslate import Retranslating, fill
from gui.shared.table_model import Column

WAIT_DAYS = 30


class DebtsTab(Retranslating, RefreshWhenShown, QWidget):
    """Shows the debts; edits go through core's use cases and the window's undo stack
    (`DebtActions`, beside it)."""

    _ROWS = Change.DEBTS | Change.CASE | Change.PAYMENTS  # what the rows themselves show
    watches = (_ROWS | Change.AGREEMENTS | Change.CONTACTS | Change.EVIDENCE | Change.PLANS
               | Change.BUDGET)

    situation_requested = Signal()
    import_requested = Signal()
    letter_requested = Signal(str)  # a debt's ref
    action_requested = Signal(str)  # a next step the window opens: log_call, evidence, plan
    conduct_requested = Signal(str)  # a debt's ref: its likely breaches of collector rules

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtsTab")
        self._desk = desk
        self.debt_actions = DebtActions(desk, self)
        self._currency = "CNY"
        self._today = date.today()
        self._breaches = BreachCounts(self)  # read off the GUI thread when a debt is shown
        self._breaches.ready.connect(self._show_breach_count)
        self._read: Any = None  # core.debts.progress.CaseRead: the case as last read
        self._showing = False  # the rows are being replaced: the page below waits for them
        self.brief_dialog: Any = None  # the last one opened, kept alive while it shows
        self.timeline_dialog: Any = None
        self._build()
        self.retranslate()

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        from gui.debts.debt_detail import DebtDetail

        self.table = DebtTable(self._columns(), self)
        self.model, self.proxy = self.table.records, self.table.proxy
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())  # Enter on a row
        on_delete_key(self.table, self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved())

        self.search = QLineEdit(self)
        self.search.setObjectName("debtSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._apply_filter())
        self.status_filter = StatusFilter(self)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addDebtButton")
        self.add_button.clicked.connect(self.add_debt)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteDebtButton")
        self.delete_button.clicked.connect(self.delete_selected)
        self.situation_button = QPushButton(self)
        self.situation_button.clicked.connect(self.situation_requested)
        self.letter_button = QPushButton(self)
        self.letter_button.setObjectName("debtLetterButton")
        self.letter_button.clicked.connect(self._ask_letter)
        self.brief_button = QPushButton(self)
        self.brief_button.setObjectName("debtBriefButton")
        self.brief_button.clicked.connect(self.open_brief)
        self.timeline_button = QPushButton(self)
        self.timeline_button.setObjectName("debtTimelineButton")
        self.timeline_button.clicked.connect(self.open_timeline)

        tools = QHBoxLayout()
        tools.addWidget(self.search, 2)
        tools.addWidget(self.status_filter, 1)
        tools.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.situation_button):
            tools.addWidget(button)
        self.summary = QLabel(self)
        self.summary.setObjectName("debtSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        # What to do with the selected debt sits under the table, beside the totals, so the
        # window still fits a small screen.
        below = QHBoxLayout()
        below.addWidget(self.summary, 1)
        for button in (self.timeline_button, self.brief_button, self.letter_button):
            below.addWidget(button)

        table_page = QWidget(self)
        page = QVBoxLayout(table_page)
        page.setContentsMargins(0, 0, 0, 0)
        self.overview = DebtsOverview(self)
        page.addWidget(self.overview)
        page.addLayout(tools)
        self.detail = DebtDetail(self)
        self.detail.action_requested.connect(self._next_action)
        self.detail.edit_payment.connect(
            lambda payment_id: self.debt_actions.edit_payment(payment_id, self._debt_choices(),
                                                         self._evidence_choices()))
        self.detail.delete_payment.connect(self.debt_actions.delete_payment)
        upper = QWidget(self)
        upper_column = QVBoxLayout(upper)
        upper_column.setContentsMargins(0, 0, 0, 0)
        upper_column.addWidget(self.table, 1)
        upper_column.addLayout(below)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("debtsSplitter")
        split.addWidget(upper)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 320])  # the seven steps show whole
        self.split = split
        page.addWidget(split, 1)

        self.welcome = WelcomePage(self)
        self.welcome_add = self.welcome.add_button
        self.welcome_add.clicked.connect(self.add_debt)
        self.welcome_situation = self.welcome.situation_button
        self.welcome_situation.clicked.connect(self.situation_requested)
        self.welcome_import = self.welcome.import_button
        self.welcome_import.clicked.connect(self.import_requested)

        self.loading = QLabel(self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(table_page)
        self._table_page = table_page
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        self._update_buttons()

    def _columns(self) -> list[Column]:
        def cur() -> str:
            return self._currency

        def money_col(f: Callable[[Any], Decimal]) -> dict[str, Any]:
            return dict(text=lambda v: format_amount(f(v), cur()), sort=f, align_right=True)

        def rate_text(v: Any) -> str:
            rate, penalty = v.data["rate"], v.data["overdue_rate"]
            text = format_rate(rate) if rate is not None else ""
            if overdue.is_overdue(v.data) and penalty is not None and penalty != rate:
                text = fill(self.tr("%1, penalty %2"), text or "—", format_rate(penalty))
            return text

        def minimum_text(v: Any) -> str:
            amount = v.data["minimum_payment"]
            return "" if amount is None else format_amount(amount, cur())

        def wait_tip(v: Any) -> str:
            return fill(self.tr("Penalty interest for %1 more days plus any late fees; "
                                "90 days: %2, 180 days: %3"), WAIT_DAYS,
                        format_amount(overdue.waiting_cost(v.data, 90, self._today), cur()),
                        format_amount(overdue.waiting_cost(v.data, 180, self._today), cur()))

        return [
            Column(lambda: self.tr("Creditor"), lambda v: v.data["creditor"]),
            Column(lambda: self.tr("Product"), lambda v: v.data["product"]),
            Column(lambda: self.tr("Kind"), lambda v: labels.debt_kind(v.data["kind"])),
            Column(lambda: self.tr("Balance"),
                   **money_col(lambda v: overdue.balance_total(v.data))),
            Column(lambda: self.tr("Rate"), rate_text,
                   sort=lambda v: v.data["rate"].annual if v.data["rate"] else None),
            Column(lambda: self.tr("Minimum"), minimum_text,
                   sort=lambda v: v.data["minimum_payment"], align_right=True),
            Column(lambda: self.tr("Due day"),
                   lambda v: str(v.data["due_day"] or ""), sort=lambda v: v.data["due_day"],
                   align_right=True),
            Column(lambda: self.tr("Days overdue"),
                   lambda v: str(overdue.days_overdue(v.data, self._today) or ""),
                   sort=lambda v: overdue.days_overdue(v.data, self._today), align_right=True),
            Column(lambda: self.tr("Status"), lambda v: labels.debt_status(v.data["status"])),
            Column(lambda: self.tr("30 more days cost"),
                   lambda v: format_amount(overdue.waiting_cost(v.data, WAIT_DAYS, self._today),
                                           cur()),
                   sort=lambda v: overdue.waiting_cost(v.data, WAIT_DAYS, self._today),
                   align_right=True, tooltip=wait_tip),
        ]

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search creditor, product or account…"))
        self.status_filter.retranslate()
        self.add_button.setText(self.tr("&Add debt…"))
        self.edit_button.setText(self.tr("Edi&t…"))
        self.delete_button.setText(self.tr("Delete"))
        self.situation_button.setText(self.tr("Your &situation…"))
        self.letter_button.setText(self.tr("Write a &letter…"))
        self.letter_button.setToolTip(self.tr("A proposal letter to this creditor, to print"))
        self.brief_button.setText(self.tr("&Before you call…"))
        self.brief_button.setToolTip(self.tr(
            "One page with everything to have at hand when you phone this creditor"))
        self.timeline_button.setText(self.tr("Ti&meline…"))
        self.timeline_button.setToolTip(self.tr(
            "Calls, payments, agreements and documents for this debt, newest first"))
        self.loading.setText(self.tr("Opening your data…"))
        self.table.retranslate()
        self._update_summary()

    # --- data --------------------------------------------------------------------------
    def refresh(self, changes: Change) -> None:
        if changes & (self._ROWS | Change.AGREEMENTS | Change.CONTACTS):
            self._breaches.forget()
        self.reload(rows=bool(changes & self._ROWS))

    def _selection_moved(self) -> None:
        self._update_buttons()
        if not self._showing:
            self.show_detail()

    def show_detail(self) -> None:
        """Where the selected debt stands, below the list: from the case as last read, and
        this debt's own records."""
        view = self.selected()
        store = self._desk.store
        self.detail.show_debt(store, self._read, view.data["ref"] if view else None,
                              self._currency)
        if view is not None and store is not None:
            self._breaches.request(store)
        self._show_breach_count()

    def _show_breach_count(self) -> None:
        view, per_debt = self.selected(), self._breaches.per_debt
        self.detail.show_breaches(per_debt[view.data["ref"]] if view and per_debt is not None
                                  else 0)

    def reload(self, rows: bool = True) -> None:
        """Read the case once (`read_case`) for the list, the line above it and the selected
        debt's page; with `rows` False the list keeps its rows (nothing they show changed)."""
        from core.debts.progress import read_case

        store = self._desk.store
        if store is None:
            return
        self._read = read_case(store, date.today())
        if rows:
            self.show_debts(self._read.currency, list(self._read.views))
        else:
            self.show_detail()
            self.update_overview()

    def show_debts(self, currency: str, views: list[Any]) -> None:
        """Fill the table (keeping the selection); the welcome page if there are none. Called
        with the case as first previewed too, before the store is open."""
        self._today, self._currency = date.today(), currency
        selected = self.selected()
        self._showing = True  # one page shown below, once the rows and selection are in
        try:
            self.table.show_rows(views, self._today, self._currency)
            self.stack.setCurrentWidget(self._table_page if self.model.rowCount()
                                        else self.welcome)
            if selected is not None:
                self.select_debt(selected.id)
        finally:
            self._showing = False
        self._update_summary()
        self._update_buttons()
        self.show_detail()
        self.update_overview()

    def _apply_filter(self) -> None:
        self.table.set_filter(self.search.text().strip().casefold(),
                              self.status_filter.currentData())
        self._update_summary()

    def _update_summary(self) -> None:
        views = self.model.rows()
        if not views:
            self.summary.setText("")
            return
        s = overdue.summary([v.data for v in views])
        shown = self.proxy.rowCount()
        self.summary.setText(fill(self.tr(
            "<b>Total on the statements: %1</b> &nbsp;·&nbsp; overdue: %2 &nbsp;·&nbsp; "
            "waiting costs about <b>%3 a day</b> &nbsp;·&nbsp; %4 of %5 debts shown"),
            format_amount(s["owed"], self._currency), format_amount(s["overdue"], self._currency),
            format_amount(s["per_day"], self._currency), shown, len(views)))

    def selected(self) -> Any:
        """The debt selected in the list, or None. Asked from other tabs too (a call or a
        letter for it), so a list that waits to be redrawn is brought up to date first."""
        self.refresh_now()
        return self.table.selected()

    def select_debt(self, debt_id: int) -> None:
        self.table.select_debt(debt_id)

    def _update_buttons(self) -> None:
        ready = self._desk.store is not None  # a preview shows before edits are possible
        has = ready and self.selected() is not None
        for button in (self.add_button, self.welcome_add, self.welcome_situation,
                       self.welcome_import, self.situation_button):
            button.setEnabled(ready)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        for button in (self.letter_button, self.brief_button, self.timeline_button):
            button.setEnabled(has)

    # --- views of one debt ---------------------------------------------------------------
    def _ask_letter(self) -> None:
        view = self.selected()
        if view is not None:
            self.letter_requested.emit(view.data["ref"])

    def open_brief(self) -> None:
        from gui.letters.brief_dialog import BriefDialog

        view = self.selected()
        if view is not None and self._desk.store is not None:
            self.brief_dialog = BriefDialog(self._desk, view.data["ref"], self)
            self.brief_dialog.open()

    def open_timeline(self) -> None:
        from gui.debts.timeline_dialog import TimelineDialog

        view = self.selected()
        if view is not None and self._desk.store is not None:
            self.timeline_dialog = TimelineDialog(self._desk, view.data["ref"],
                                                  view.data["creditor"], self)
            self.timeline_dialog.open()

    # --- edits (`DebtActions`) -------------------------------------------------------------
    def add_debt(self) -> None:
        debt_id = self.debt_actions.add_debt()
        if debt_id is not None:
            self.select_debt(debt_id)

    def edit_selected(self) -> None:
        self.debt_actions.edit_debt(self.selected())

    def delete_selected(self) -> None:
        self.debt_actions.delete_debt(self.selected())

    # --- payments and agreements ------------------------------------------------------------
    def _next_action(self, action: str) -> None:
        if action == "edit_debt":
            self.edit_selected()
        elif action == "situation":
            self.situation_requested.emit()
        elif action == "payment":
            self.debt_actions.record_payment(self.selected(), self._debt_choices(),
                                        self._evidence_choices())
        elif action == "agreement":
            self.record_agreement()
        elif action == "calendar":
            self.debt_actions.export_agreement_calendar(self.detail.progress, self._currency)
        elif action == "statement":
            self.debt_actions.update_statement(self.selected())
        elif action == "up_to_date":
            self.debt_actions.update_statement(self.selected(), self.detail.offer)
        elif action == "conduct" and self.selected() is not None:
            self.conduct_requested.emit(self.selected().data["ref"])
        else:
            self.action_requested.emit(action)

    def _evidence_choices(self) -> list[tuple[str, str]]:
        from core.evidence.store import list_evidence
        store = self._desk.store
        return [] if store is None else [
            (e.data["ref"], e.data["title"] or e.data["name"] or e.data["ref"])
            for e in list_evidence(store)]

    def _debt_choices(self) -> list[tuple[str, str]]:
        return [(v.data["ref"], v.data["creditor"] or v.data["ref"]) for v in self.model.rows()]

    def agreement_draft(self, ref: str) -> dict[str, Any]:
        """What the creditor most likely accepted (core.debts.agreements decides)."""
        from core.debts.agreements import agreement_draft

        store = self._desk.store
        assert store is not None  # asked only about a debt shown from the open store
        return agreement_draft(store, ref, date.today())

    def record_agreement(self) -> None:
        view = self.selected()
        if view is None or self._desk.store is None:
            return
        self.debt_actions.record_agreement(view, self.agreement_draft(view.data["ref"]),
                                      self._evidence_choices())

    # --- the overview line ------------------------------------------------------------------
    def update_overview(self) -> None:
        """The line above the list (`DebtsOverview`); hidden while there are no debts."""
        shown = self.model.rowCount() and self._desk.store is not None  # not a preview's
        self.overview.show_overview(self._read if shown else None, self._currency)
