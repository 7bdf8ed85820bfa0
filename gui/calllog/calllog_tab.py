"""The call log: every contact with every creditor, newest first, and the follow-ups due
(`FollowUps`, beside it).

Filters (debt, channel, outcome, dates, open follow-ups) and a search that finds any part of
a word in Chinese or English (a substring match over summary, agent, creditor and offer
note), in log_filters. SQLite sorts, filters and searches (core.calllog.log_query); the
model holds the ids it gives and reads only the rows in sight (log_model), and a worker
counts the matches (log_count), so a long log stays quick. The channel, direction and
outcome columns sort by the words shown, in the language shown.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QCollator, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.casefile_spec import CHANNELS, DIRECTIONS, OUTCOMES
from core.changes import Change
from core.errors import DomainError
from core.money import format_amount
from gui.calllog.conduct_button import ConductButton
from gui.calllog.follow_ups import FollowUps
from gui.calllog.log_filters import LogFilters
from gui.calllog.log_model import LogModel
from gui.shared import labels
from gui.shared.context import Desk
from gui.shared.forms import confirm, on_delete_key
from gui.shared.refresh import RefreshWhenShown
from gui.shared.retranslate import Retranslating, fill
from gui.shared.table_model import Column, fit_columns
from gui.shared.table_widths import ColumnWidths
from gui.shared.undo import (
    DeletedCommand,
    create_through_dialog,
    replace_command,
    replace_through_dialog,
)

# what each column sorts by in SQLite (core.calllog.log_query.SORT_KEYS), in column order
SORT_BY = ("at", "creditor", "channel", "direction", "agent", "outcome", "offer",
           "follow_up", "summary")


def in_words_order(codes: tuple[str, ...], label: Callable[[str], str]
                   ) -> Callable[[], tuple[str, ...]]:
    """The codes in the order of their labels, as the current language sorts words (the
    default QLocale follows the language chosen): how a column of labels sorts."""
    def ranks() -> tuple[str, ...]:
        collator = QCollator()
        return tuple(sorted(codes, key=lambda code: collator.sortKey(label(code))))
    return ranks


# the columns that show codes as words, and their words' order (core.calllog.log_query.RANKED)
RANKS = {"channel": in_words_order(CHANNELS, labels.channel),
         "direction": in_words_order(DIRECTIONS, labels.direction),
         "outcome": in_words_order(OUTCOMES, labels.outcome)}


class CallLogTab(Retranslating, RefreshWhenShown, QWidget):
    watches = Change.CONTACTS | Change.DEBTS | Change.CASE

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callLogTab")
        self._desk = desk
        self._currency = "CNY"
        self._total = 0
        self._selected_id: int | None = None
        self.model = LogModel(self._columns(), SORT_BY, self, ranks=RANKS)
        self.model.counted.connect(self._update_count)
        self.proxy = self.model  # what the table shows: sorted and filtered by SQLite
        self.table = QTableView(self)
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        # after the view's own: it forgets the selection on a reset, then this restores it
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as loaded: newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        ColumnWidths(self.table, "callLog")
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        on_delete_key(self.table, self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.log_button = QPushButton(self)
        self.log_button.setObjectName("logCallButton")
        self.log_button.clicked.connect(lambda: self.log_call())
        self.edit_button, self.delete_button = QPushButton(self), QPushButton(self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.filters = LogFilters(self)
        self.filters.changed.connect(self.apply_filter)
        (self.search, self.debt_filter, self.channel_filter, self.outcome_filter,
         self.date_from, self.date_to, self.open_only) = (
            self.filters.search, self.filters.debt_filter, self.filters.channel_filter,
            self.filters.outcome_filter, self.filters.date_from, self.filters.date_to,
            self.filters.open_only)
        tools = QHBoxLayout()
        tools.addWidget(self.log_button)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.delete_button)
        tools.addWidget(self.search, 1)
        self.conduct_button = ConductButton(desk, self)
        tools.addWidget(self.conduct_button)
        for first, then in ((self.search, self.conduct_button),
                            (self.conduct_button, self.debt_filter)):
            QWidget.setTabOrder(first, then)  # along the rows, as they are laid out
        filters, dates = self.filters.rows()

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.count = QLabel(self)
        self.count.setStyleSheet("color: palette(mid);")
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(tools)
        column.addLayout(filters)
        column.addLayout(dates)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        column.addWidget(self.count)

        self.follow_ups = FollowUps(desk, self)
        self.follow_ups.open_requested.connect(self._open_follow_up)
        self.follow_list, self.done_button = self.follow_ups.list, self.follow_ups.done_button

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.follow_ups)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 280])
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)
        self._loaded = False
        self.retranslate()
        self._update_buttons()

    # --- columns ----------------------------------------------------------------------------
    def _money(self, value: Any) -> str:
        return "" if value is None else format_amount(value, self._currency)

    def offer_text(self, row: Any) -> str:
        offer = row.data["offer"]
        if not offer:
            return ""
        parts = []
        if offer["monthly"] is not None:
            parts.append(fill(self.tr("%1 × %2 months"), self._money(offer["monthly"]),
                              offer["months"] or "?"))
        if offer["lump_sum"] is not None:
            parts.append(fill(self.tr("lump sum %1"), self._money(offer["lump_sum"])))
        note: str = offer["note"]
        return "; ".join(parts) or note

    def _follow_up_text(self, row: Any) -> str:
        due: date | None = row.data["follow_up"]
        if due is None:
            return ""
        return due.isoformat() + ("  ✓" if row.data["follow_up_done"] else "")

    def _columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("When"), lambda r: r.data["at"].strftime("%Y-%m-%d %H:%M")),
            Column(lambda: self.tr("Creditor"), lambda r: "、".join(r.creditors)),
            Column(lambda: self.tr("Channel"), lambda r: labels.channel(r.data["channel"])),
            Column(lambda: self.tr("Direction"),
                   lambda r: labels.direction(r.data["direction"])),
            Column(lambda: self.tr("Spoke with (staff no.)"), lambda r: r.data["agent"]),
            Column(lambda: self.tr("Outcome"), lambda r: labels.outcome(r.data["outcome"])),
            Column(lambda: self.tr("Offer"), self.offer_text),
            Column(lambda: self.tr("Follow-up"), self._follow_up_text),
            Column(lambda: self.tr("Summary"), lambda r: " ".join(r.data["summary"].split()),
                   tooltip=lambda r: r.data["summary"]),
        ]

    def retranslate(self) -> None:
        self.log_button.setText(self.tr("&Log a call…"))
        self.log_button.setToolTip(self.tr("Ctrl+L, from any tab"))
        self.edit_button.setText(self.tr("Edi&t…"))
        self.delete_button.setText(self.tr("Delete"))
        self.empty.setText(self.tr(
            "No calls logged yet. Note every call, chat and letter: when, who (name and staff "
            "number), what was said and what happens next. Press Ctrl+L."))
        self.filters.retranslate()
        self.model.retranslate()
        self._update_count()

    # --- data -------------------------------------------------------------------------------
    def refresh(self, changes: Change) -> None:
        self.reload()

    def on_changed(self, changes: Change) -> None:
        super().on_changed(changes)
        self.conduct_button.on_changed(changes)  # the conduct view, seen or not

    def reload(self) -> None:
        from core.calllog.log_query import count_contacts
        from core.debts.debts import creditors, currency

        store = self._desk.store
        if store is None:
            return
        currency_was, self._currency = self._currency, currency(store)
        self._total = count_contacts(store)
        self.filters.fill_debts(creditors(store))
        self.model.set_store(store)
        if currency_was != self._currency:
            self.model.retranslate()
        if not self._loaded and self._total:
            self._loaded = True
            fit_columns(self.table, self.model, cap=200, skip_last=True)
        self.empty.setVisible(not self._total)
        self.table.setVisible(bool(self._total))
        self.follow_ups.refill()
        self._update_count()
        self._update_buttons()

    def apply_filter(self) -> None:
        self.model.set_query(self.filters.query())

    def _update_count(self) -> None:
        """How many entries show of all; while a new search is counted (off the GUI thread),
        the last count stays until the new one comes."""
        total, shown = self._total, self.model.matching()
        if not total:
            self.count.setText("")
        elif shown is not None:
            self.count.setText(fill(self.tr("%1 of %2 entries"), shown, total))

    def _remember_selection(self) -> None:
        chosen = self.table.selectionModel().selectedRows()
        self._selected_id = self.model.row(chosen[0].row()).id if chosen else None

    def _restore_selection(self) -> None:
        """A new search, filter or sort keeps the entry selected when it still shows."""
        at = None if self._selected_id is None else self.model.position(self._selected_id)
        if at is not None:
            self.table.selectRow(at)

    # --- follow-ups and finding an entry ----------------------------------------------------
    def _open_follow_up(self, contact_id: int) -> None:
        if self.select_contact(contact_id):
            self.edit_selected()

    def select_contact(self, contact_id: int) -> bool:
        self.refresh_now()  # an entry just logged from another tab is in the rows
        at = self.model.position(contact_id)
        if at is None:  # filtered out: show everything again
            self.clear_filters()
            at = self.model.position(contact_id)
        if at is None:
            return False
        self.table.selectRow(at)
        self.table.scrollTo(self.model.index(at, 0))
        return True

    def clear_filters(self) -> None:
        self.filters.clear()

    # --- editing ------------------------------------------------------------------------------
    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(rows[0].row())

    def _update_buttons(self) -> None:
        ready = self._desk.store is not None
        has = ready and self.selected() is not None
        self.log_button.setEnabled(ready)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.follow_ups.update_button()

    def _dialog(self, document: dict[str, Any]) -> Any:
        from core.debts.debts import creditors
        from core.evidence.store import list_evidence
        from gui.calllog.contact_dialog import ContactDialog

        store = self._desk.store
        assert store is not None  # both callers return first when there is none
        evidence = [(e.data["ref"], e.data["title"] or e.data["name"] or e.data["ref"])
                    for e in list_evidence(store)]
        return ContactDialog(document, creditors(store), evidence, store, self)

    def log_call(self, debt: str | None = None) -> None:
        """The Log a call dialog: now, on `debt` (the debt in view elsewhere)."""
        from core.calllog import contacts
        from gui.calllog.contact_dialog import new_contact

        store = self._desk.store
        if store is None:
            return
        debt = debt or self.debt_filter.currentData()
        done = create_through_dialog(
            self._desk, self._dialog(new_contact(debt)), self.tr("Log a call"),
            lambda document: contacts.log_contact(store, document),
            lambda contact_id: contacts.delete_contact(store, contact_id),
            lambda snapshot: contacts.restore_contact(store, snapshot))
        if done is not None:
            document, contact_id = done
            self.select_contact(contact_id)
            self.suggest_status(document)

    def edit_selected(self) -> None:
        from core.calllog import contacts
        row = self.selected()
        store = self._desk.store
        if row is None or store is None:
            return
        contact_id = row.id
        try:
            old = contacts.contact_document(store, contact_id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot edit"), error.message)
            return
        new = replace_through_dialog(
            self._desk, self._dialog(old), self.tr("Edit a call"), old,
            lambda doc: contacts.update_contact(store, contact_id, doc))
        if new is not None and new.get("outcome") != old.get("outcome"):
            self.suggest_status(new)

    def delete_selected(self) -> None:
        from core.calllog import contacts
        row = self.selected()
        store = self._desk.store
        if row is None or store is None:
            return
        when = row.data["at"].strftime("%Y-%m-%d %H:%M")
        if not confirm(self, self.tr("Delete this entry?"), fill(self.tr(
                "Delete the entry of %1 with %2 from the call log? You can undo this."),
                when, "、".join(row.creditors))):
            return
        contact_id = row.id
        try:
            snapshot, changes = contacts.delete_contact(store, contact_id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot delete"), error.message)
            return
        self._desk.push(DeletedCommand(
            self.tr("Delete a call"), snapshot,
            lambda: contacts.delete_contact(store, contact_id),
            lambda s: contacts.restore_contact(store, s), self._desk.notify), changes)

    def suggest_status(self, document: dict[str, Any]) -> None:
        """An agreement or an offer suggests moving the debt on; the person decides."""
        from core.calllog import contacts
        store = self._desk.store
        if store is None:
            return
        current = contacts.debt_statuses(store, list(document.get("debts") or []))
        for ref in document.get("debts") or []:
            creditor, status = current.get(ref, (ref, None))
            target = contacts.suggested_status(document.get("outcome"), status)
            if target is None:
                continue
            question = fill(self.tr(
                "The outcome “%1” suggests moving %2 from “%3” to “%4”. Change its status?"),
                labels.outcome(document.get("outcome")), creditor,
                labels.debt_status(status) or "—", labels.debt_status(target))
            answer = QMessageBox.question(
                self, self.tr("Change the debt's status?"), question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                continue
            changes = contacts.set_debt_status(store, ref, target)
            self._desk.push(replace_command(
                self.tr("Change a debt's status"),
                partial(contacts.set_debt_status, store, ref), status, target,
                self._desk.notify), changes)

