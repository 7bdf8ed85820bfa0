"""The Debts tab: every debt, what it costs to wait, and the way in for a new case."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.changes import Change
from core.debts import overdue
from core.errors import DomainError
from core.money import format_amount, format_rate
from gui.shared import labels
from gui.shared.forms import confirm, on_delete_key
from gui.shared.proxy import RecordProxyModel
from gui.shared.table_model import Column, RecordTableModel, fit_columns
from gui.shared.undo import CreatedCommand, DeletedCommand, replace_command

WAIT_DAYS = 30


class DebtsTab(QWidget):
    """Shows the debts; edits go through core's use cases and the window's undo stack."""

    situation_requested = Signal()
    import_requested = Signal()
    letter_requested = Signal(str)  # a debt's ref
    action_requested = Signal(str)  # a next step the window opens: log_call, evidence, plan

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtsTab")
        self._context = context  # the window's store holder, undo stack and change notifier
        self._currency = "CNY"
        self._today = date.today()
        self.brief_dialog: Any = None  # the last one opened, kept alive while it shows
        self.timeline_dialog: Any = None
        self._build()
        self.retranslate()

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.model = RecordTableModel(self._columns(), self)
        self.proxy = RecordProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("debtsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # widths fitted from the texts when the rows change (`fit_columns`): the header's own
        # ResizeToContents asks every cell for every role on every change
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())  # Enter on a row
        on_delete_key(self.table, self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved())

        self.search = QLineEdit(self)
        self.search.setObjectName("debtSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._apply_filter())
        self.status_filter = QComboBox(self)
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
        self.letter_button.clicked.connect(
            lambda: self.selected() and self.letter_requested.emit(self.selected().data["ref"]))
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
        self.overview = QLabel(self)
        self.overview.setObjectName("debtsOverview")
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        self.overview.setWordWrap(True)
        self.overview.setVisible(False)
        page.addWidget(self.overview)
        page.addLayout(tools)
        from gui.debts.debt_detail import DebtDetail

        self.detail = DebtDetail(self)
        self.detail.action_requested.connect(self._next_action)
        self.detail.edit_payment.connect(self.edit_payment)
        self.detail.delete_payment.connect(self.delete_payment)
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

        self.welcome = QWidget(self)
        self.welcome.setObjectName("welcomePage")
        self.welcome_title = QLabel(self.welcome)
        self.welcome_title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.welcome_text = QLabel(self.welcome)
        self.welcome_text.setWordWrap(True)
        # Centred by its own alignment, not the layout's: a wrapped label given an alignment
        # in a layout loses its height-for-width and is cut to one line.
        self.welcome_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.welcome_add = QPushButton(self.welcome)
        self.welcome_add.setObjectName("welcomeAddDebt")
        self.welcome_add.clicked.connect(self.add_debt)
        self.welcome_situation = QPushButton(self.welcome)
        self.welcome_situation.clicked.connect(self.situation_requested)
        self.welcome_import = QPushButton(self.welcome)
        self.welcome_import.clicked.connect(self.import_requested)
        w = QVBoxLayout(self.welcome)
        w.addStretch(1)
        w.addWidget(self.welcome_title, 0, Qt.AlignmentFlag.AlignHCenter)
        w.addWidget(self.welcome_text)
        for button in (self.welcome_add, self.welcome_situation, self.welcome_import):
            button.setMinimumWidth(320)
            button.setMinimumHeight(40)
            w.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        w.addStretch(2)

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
        cur = lambda: self._currency  # noqa: E731
        money_col = lambda f: dict(text=lambda v: format_amount(f(v), cur()),  # noqa: E731
                                   sort=f, align_right=True)
        optional = lambda v: v if v is not None else None  # noqa: E731

        def rate_text(v: Any) -> str:
            rate, penalty = v.data["rate"], v.data["overdue_rate"]
            text = format_rate(rate) if rate is not None else ""
            if overdue.is_overdue(v.data) and penalty is not None and penalty != rate:
                text = self.tr("%1, penalty %2").replace("%1", text or "—").replace(
                    "%2", format_rate(penalty))
            return text

        def minimum_text(v: Any) -> str:
            amount = v.data["minimum_payment"]
            return "" if amount is None else format_amount(amount, cur())

        def wait_tip(v: Any) -> str:
            return self.tr("Penalty interest for %1 more days plus any late fees; "
                           "90 days: %2, 180 days: %3").replace("%1", str(WAIT_DAYS)).replace(
                "%2", format_amount(overdue.waiting_cost(v.data, 90, self._today), cur())).replace(
                "%3", format_amount(overdue.waiting_cost(v.data, 180, self._today), cur()))

        return [
            Column(lambda: self.tr("Creditor"), lambda v: v.data["creditor"]),
            Column(lambda: self.tr("Product"), lambda v: v.data["product"]),
            Column(lambda: self.tr("Kind"), lambda v: labels.debt_kind(v.data["kind"])),
            Column(lambda: self.tr("Balance"), **money_col(lambda v: overdue.balance_total(v.data))),
            Column(lambda: self.tr("Rate"), rate_text,
                   sort=lambda v: v.data["rate"].annual if v.data["rate"] else None),
            Column(lambda: self.tr("Minimum"), minimum_text,
                   sort=lambda v: optional(v.data["minimum_payment"]), align_right=True),
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
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All debts"), "all")
        self.status_filter.addItem(self.tr("Still open"), "open")
        self.status_filter.addItem(self.tr("Overdue"), "overdue")
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self.add_button.setText(self.tr("&Add debt…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.situation_button.setText(self.tr("Your &situation…"))
        self.letter_button.setText(self.tr("Write a &letter…"))
        self.letter_button.setToolTip(self.tr("A proposal letter to this creditor, to print"))
        self.brief_button.setText(self.tr("&Before you call…"))
        self.brief_button.setToolTip(self.tr(
            "One page with everything to have at hand when you phone this creditor"))
        self.timeline_button.setText(self.tr("&Timeline…"))
        self.timeline_button.setToolTip(self.tr(
            "Calls, payments, agreements and documents for this debt, newest first"))
        self.loading.setText(self.tr("Opening your data…"))
        self.welcome_title.setText(self.tr("Welcome to DebtDesk"))
        self.welcome_text.setText(self.tr(
            "Start with what you owe. You can add your debts one by one, first describe your "
            "situation (income, expenses, what happened), or import a case file."))
        self.welcome_add.setText(self.tr("Add your first debt…"))
        self.welcome_situation.setText(self.tr("Fill in your situation…"))
        self.welcome_import.setText(self.tr("Import a case file…"))
        self.model.retranslate()
        if self.model.rowCount():
            fit_columns(self.table, self.model, cap=260, sample=self.model.rowCount())
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data --------------------------------------------------------------------------
    def on_changed(self, changes: Change) -> None:
        if changes & (Change.DEBTS | Change.CASE | Change.PAYMENTS):
            self.reload()
        elif changes & (Change.AGREEMENTS | Change.CONTACTS | Change.EVIDENCE | Change.PLANS
                        | Change.BUDGET):
            self.show_detail()
            self.update_overview()

    def _selection_moved(self) -> None:
        self._update_buttons()
        self.show_detail()

    def show_detail(self) -> None:
        """Where the selected debt stands (read for it alone: cheap on every selection)."""
        from core.debts.progress import read_progress

        view = self.selected()
        store = self._context.store
        if view is None or store is None:
            self.detail.show_progress(None, self._currency)
            return
        try:
            progress = read_progress(store, view.data["ref"], date.today())
        except (DomainError, StopIteration, KeyError):
            progress = None  # deleted under us: the reload that follows shows the rest
        self.detail.show_progress(progress, self._currency)

    def reload(self) -> None:
        from core.debts.debts import currency, list_debts

        store = self._context.store
        if store is None:
            return
        self.show_debts(currency(store), list_debts(store))

    def show_debts(self, currency: str, views: list[Any]) -> None:
        """Fill the table (keeping the selection); the welcome page if there are none."""
        self._today, self._currency = date.today(), currency
        selected = self.selected()
        if self.model.set_rows(views, (self._today, self._currency)):
            fit_columns(self.table, self.model, cap=260, sample=len(views))
        self.stack.setCurrentWidget(self._table_page if self.model.rowCount() else self.welcome)
        if selected is not None:
            self.select_debt(selected.id)
        self._update_summary()
        self._update_buttons()
        self.show_detail()
        self.update_overview()

    def _apply_filter(self) -> None:
        needle = self.search.text().strip().casefold()
        mode = self.status_filter.currentData()

        def accept(view: Any) -> bool:
            d = view.data
            if needle and not any(needle in (d[k] or "").casefold()
                                  for k in ("creditor", "product", "account", "note")):
                return False
            if mode == "open":
                return d["status"] not in overdue.CLOSED_STATUSES
            if mode == "overdue":
                return overdue.is_overdue(d)
            return True

        self.proxy.set_filter(accept)
        self._update_summary()

    def _update_summary(self) -> None:
        views = self.model.rows()
        if not views:
            self.summary.setText("")
            return
        s = overdue.summary([v.data for v in views])
        shown = self.proxy.rowCount()
        self.summary.setText(self.tr(
            "<b>Total owed: %1</b> &nbsp;·&nbsp; overdue: %2 &nbsp;·&nbsp; waiting costs about "
            "<b>%3 a day</b> &nbsp;·&nbsp; %4 of %5 debts shown").replace(
            "%1", format_amount(s["owed"], self._currency)).replace(
            "%2", format_amount(s["overdue"], self._currency)).replace(
            "%3", format_amount(s["per_day"], self._currency)).replace(
            "%4", str(shown)).replace("%5", str(len(views))))

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def select_debt(self, debt_id: int) -> None:
        for row, view in enumerate(self.model.rows()):
            if view.id == debt_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.table.selectRow(index.row())
                    self.table.scrollTo(index)
                return

    def _update_buttons(self) -> None:
        ready = self._context.store is not None  # a preview shows before edits are possible
        has = ready and self.selected() is not None
        for button in (self.add_button, self.welcome_add, self.welcome_situation,
                       self.welcome_import, self.situation_button):
            button.setEnabled(ready)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        for button in (self.letter_button, self.brief_button, self.timeline_button):
            button.setEnabled(has)

    # --- views of one debt ---------------------------------------------------------------
    def open_brief(self) -> None:
        from gui.letters.brief_dialog import BriefDialog

        view = self.selected()
        if view is not None and self._context.store is not None:
            self.brief_dialog = BriefDialog(self._context, view.data["ref"], self)
            self.brief_dialog.open()

    def open_timeline(self) -> None:
        from gui.debts.timeline_dialog import TimelineDialog

        view = self.selected()
        if view is not None and self._context.store is not None:
            self.timeline_dialog = TimelineDialog(self._context, view.data["ref"],
                                                  view.data["creditor"], self)
            self.timeline_dialog.open()

    # --- edits -------------------------------------------------------------------------
    def add_debt(self) -> None:
        from core.debts import debts
        from gui.debts.debt_dialog import DebtDialog

        store = self._context.store
        if store is None:
            return
        dialog = DebtDialog(self)
        while dialog.exec():
            try:
                debt_id, changes = debts.add_debt(store, dialog.document())
            except DomainError as error:
                QMessageBox.warning(self, self.tr("Cannot add this debt"), error.message)
                continue
            self._context.push(CreatedCommand(
                self.tr("Add debt %1").replace("%1", dialog.creditor.text()),
                lambda: debts.delete_debt(store, debt_id),
                lambda snapshot: debts.restore_debt(store, snapshot), self._context.notify),
                changes)
            self.select_debt(debt_id)
            return

    def edit_selected(self) -> None:
        from core.debts import debts
        from gui.debts.debt_dialog import DebtDialog

        view, store = self.selected(), self._context.store
        if view is None or store is None:
            return
        old = debts.debt_document(store, view.id)
        dialog = DebtDialog(self, old)
        while dialog.exec():
            new = dialog.document()
            try:
                changes = debts.update_debt(store, view.id, new)
            except DomainError as error:
                QMessageBox.warning(self, self.tr("Cannot save this debt"), error.message)
                continue
            self._context.push(replace_command(
                self.tr("Edit debt %1").replace("%1", new.get("creditor") or ""),
                lambda doc: debts.update_debt(store, view.id, doc), old, new,
                self._context.notify), changes)
            return

    def delete_selected(self) -> None:
        from core.debts import debts
        view, store = self.selected(), self._context.store
        if view is None or store is None:
            return
        deps = debts.debt_dependents(store, view.id)
        text = self.tr("Delete the debt to %1?").replace("%1", view.data["creditor"])
        extra = []
        if deps.payments:
            extra.append(self.tr("%n payment(s)", "", deps.payments))
        if deps.agreements:
            extra.append(self.tr("%n agreement(s)", "", deps.agreements))
        if deps.contacts:
            extra.append(self.tr("its link to %n call-log entry(ies)", "", deps.contacts))
        if deps.plan_terms:
            extra.append(self.tr("its terms in %n plan(s)", "", deps.plan_terms))
        if extra:
            text += "\n\n" + self.tr("This also removes: %1.").replace("%1", "; ".join(extra))
        text += "\n\n" + self.tr("You can undo this with Edit → Undo.")
        if not confirm(self, self.tr("Delete debt"), text):
            return
        snapshot, changes = debts.delete_debt(store, view.id)
        self._context.push(DeletedCommand(
            self.tr("Delete debt %1").replace("%1", view.data["creditor"]), snapshot,
            lambda: debts.delete_debt(store, view.id),
            lambda saved: debts.restore_debt(store, saved), self._context.notify), changes)


    # --- payments and agreements ------------------------------------------------------------
    def _next_action(self, action: str) -> None:
        if action == "edit_debt":
            self.edit_selected()
        elif action == "situation":
            self.situation_requested.emit()
        elif action == "payment":
            self.record_payment()
        elif action == "agreement":
            self.record_agreement()
        elif action == "calendar":
            self.export_agreement_calendar()
        elif action == "statement":
            self.update_statement()
        else:
            self.action_requested.emit(action)

    def _evidence_choices(self) -> list[tuple[str, str]]:
        from core.evidence.store import list_evidence
        return [(e.data["ref"], e.data["title"] or e.data["name"] or e.data["ref"])
                for e in list_evidence(self._context.store)]

    def _debt_choices(self) -> list[tuple[str, str]]:
        return [(v.data["ref"], v.data["creditor"] or v.data["ref"]) for v in self.model.rows()]

    def record_payment(self) -> None:
        from core.debts import payments
        from gui.debts.payment_dialogs import PaymentDialog

        view, store = self.selected(), self._context.store
        if store is None:
            return
        document = {"debt": view.data["ref"] if view else None, "date": date.today().isoformat(),
                    "amount": "", "method": "", "reference": "", "note": "", "evidence": []}
        dialog = PaymentDialog(document, self._debt_choices(), self._evidence_choices(), store,
                               self)
        while dialog.exec():
            try:
                payment_id, changes = payments.add_payment(store, dialog.document())
            except DomainError as error:
                dialog.error.setText(error.message)
                continue
            self._context.push(CreatedCommand(
                self.tr("Record a payment"), lambda: payments.delete_payment(store, payment_id),
                lambda snapshot: payments.restore_payment(store, snapshot),
                self._context.notify), changes)
            return

    def edit_payment(self, payment_id: int) -> None:
        from core.debts import payments
        from gui.debts.payment_dialogs import PaymentDialog

        store = self._context.store
        old = payments.payment_document(store, payment_id)
        dialog = PaymentDialog(old, self._debt_choices(), self._evidence_choices(), store, self)
        dialog.setWindowTitle(self.tr("Edit the payment"))
        while dialog.exec():
            new = dialog.document()
            try:
                changes = payments.update_payment(store, payment_id, new)
            except DomainError as error:
                dialog.error.setText(error.message)
                continue
            self._context.push(replace_command(
                self.tr("Edit a payment"),
                lambda doc: payments.update_payment(store, payment_id, doc), old, new,
                self._context.notify), changes)
            return

    def delete_payment(self, payment_id: int) -> None:
        from core.debts import payments
        store = self._context.store
        if not confirm(self, self.tr("Delete this payment?"),
                       self.tr("Delete the selected payment? You can undo this.")):
            return
        snapshot, changes = payments.delete_payment(store, payment_id)
        self._context.push(DeletedCommand(
            self.tr("Delete a payment"), snapshot,
            lambda: payments.delete_payment(store, payment_id),
            lambda snap: payments.restore_payment(store, snap), self._context.notify), changes)

    def agreement_draft(self, ref: str) -> dict[str, Any]:
        """What the creditor most likely accepted (core.debts.agreements decides)."""
        from core.debts.agreements import agreement_draft

        return agreement_draft(self._context.store, ref, date.today())

    def record_agreement(self) -> None:
        from core.calllog import contacts
        from core.debts import agreements
        from gui.debts.payment_dialogs import AgreementDialog

        view, store = self.selected(), self._context.store
        if view is None or store is None:
            return
        ref = view.data["ref"]
        before = view.data["status"]
        dialog = AgreementDialog(self.agreement_draft(ref), view.data["creditor"] or ref,
                                 self._evidence_choices(), store, self)
        while dialog.exec():
            try:
                agreement_id, changes = agreements.record_agreement(store, dialog.document())
            except DomainError as error:
                dialog.error.setText(error.message)
                continue

            def undo() -> tuple[Any, Change]:
                snapshot, done = agreements.delete_agreement(store, agreement_id)
                return snapshot, done | contacts.set_debt_status(store, ref, before)

            self._context.push(CreatedCommand(
                self.tr("Record an agreement"), undo,
                lambda snapshot: agreements.restore_agreement(store, snapshot),
                self._context.notify), changes)
            return

    def update_statement(self) -> None:
        from core.debts import payments
        from gui.debts.payment_dialogs import StatementDialog
        from gui.shared.undo import UseCaseCommand

        view, store = self.selected(), self._context.store
        if view is None or store is None:
            return
        ref = view.data["ref"]
        dialog = StatementDialog(view.data["balance"], view.data["creditor"] or ref, self)
        while dialog.exec():
            try:
                snapshot, changes = payments.update_from_statement(store, ref,
                                                                   dialog.document())
            except DomainError as error:
                dialog.error.setText(error.message)
                continue
            holder = {"snapshot": snapshot}
            document = dialog.document()

            def redo() -> Change:
                holder["snapshot"], done = payments.update_from_statement(store, ref, document)
                return done

            self._context.push(UseCaseCommand(
                self.tr("Update from a statement"),
                lambda: payments.undo_statement(store, holder["snapshot"]), redo,
                self._context.notify), changes)
            return

    def export_agreement_calendar(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from core.case.casefile import write_atomically
        from core.plans.export import agreement_ics

        progress = self.detail.progress
        if progress is None or progress.agreement is None:
            return
        creditor = progress.debt["creditor"] or progress.debt["ref"]
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Add the installments to your calendar"),
            f"{creditor}-{progress.agreement['agreed_on'].isoformat()}.ics",
            self.tr("Calendar (*.ics)"))
        if not name:
            return
        try:
            write_atomically(Path(name), agreement_ics(progress.agreement, creditor,
                                                       self._currency).encode("utf-8"))
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), error.message)

    # --- the overview line ------------------------------------------------------------------
    def update_overview(self) -> None:
        """Owed now (estimated), paid so far, what is due next, follow-ups, agreements at
        risk: the line above the list."""
        from core.debts.progress import read_overview

        store = self._context.store
        if store is None or self.model.rowCount() == 0:
            self.overview.setVisible(False)
            return
        o = read_overview(store, date.today())
        money = lambda v: format_amount(v, self._currency)  # noqa: E731
        parts = [self.tr("Owed now about <b>%1</b>").replace("%1", money(o.owed_now)),
                 self.tr("paid so far %1").replace("%1", money(o.paid))]
        if o.next_due:
            first = o.next_due[0]
            parts.append(self.tr("next: %1 %2 %3").replace("%1", first.when.isoformat())
                         .replace("%2", first.creditor).replace("%3", money(first.amount)))
        if o.follow_ups_due:
            parts.append(self.tr("<span style='color:#c62828'>%1 follow-up(s) due</span>")
                         .replace("%1", str(o.follow_ups_due)))
        if o.at_risk:
            parts.append(self.tr("<span style='color:#c62828'>agreement at risk: %1</span>")
                         .replace("%1", "、".join(o.at_risk)))
        self.overview.setText(" · ".join(parts))
        self.overview.setVisible(True)
