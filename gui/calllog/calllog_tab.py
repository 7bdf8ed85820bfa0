"""The call log: every contact with every creditor, newest first, and the follow-ups due.

Filters (debt, channel, outcome, dates, open follow-ups) and a search that finds any part of
a word in Chinese or English (a substring match over summary, agent, creditor and offer
note). Each row's search text is made once per load, so a keystroke filters ten thousand
entries by plain string tests.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.casefile_spec import CHANNELS, OUTCOMES
from core.changes import Change
from core.errors import DomainError
from core.money import format_amount
from gui.shared import labels
from gui.shared.forms import confirm, date_edit, fill_combo, on_delete_key
from gui.shared.proxy import RecordProxyModel
from gui.shared.table_model import Column, RecordTableModel, fit_columns
from gui.shared.undo import CreatedCommand, DeletedCommand, UseCaseCommand, replace_command

NO_DATE = QDate(2000, 1, 1)  # the date fields' "no limit" value, shown as "—"
FOLLOW_UPS_SHOWN = 40  # the panel lists the most pressing; the filter shows them all


class CallLogTab(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callLogTab")
        self._context = context
        self._currency = "CNY"
        self._hay: dict[int, str] = {}
        self.model = RecordTableModel(self._columns(), self)
        self.proxy = RecordProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.proxy)
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
        self.search = QLineEdit(self)
        self.search.setObjectName("callLogSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        tools = QHBoxLayout()
        tools.addWidget(self.log_button)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.delete_button)
        tools.addWidget(self.search, 1)

        self.debt_filter = QComboBox(self)
        self.debt_filter.setObjectName("callLogDebtFilter")
        self.channel_filter = QComboBox(self)
        self.outcome_filter = QComboBox(self)
        for combo in (self.debt_filter, self.channel_filter, self.outcome_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.date_from, self.date_to = date_edit(self), date_edit(self)
        for edit in (self.date_from, self.date_to):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
            edit.setDate(NO_DATE)
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.open_only = QCheckBox(self)
        self.open_only.setObjectName("openFollowUpsOnly")
        self.open_only.toggled.connect(lambda _c: self.apply_filter())
        filters = QHBoxLayout()  # two short rows, so the tab fits a small laptop screen
        for widget in (self.debt_filter, self.channel_filter, self.outcome_filter):
            filters.addWidget(widget, 1)
        dates = QHBoxLayout()
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to,
                       self.open_only):
            dates.addWidget(widget)
        dates.addStretch(1)

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

        self.follow_title = QLabel(self)
        self.follow_title.setStyleSheet("font-weight: bold;")
        self.follow_list = QListWidget(self)
        self.follow_list.setObjectName("followUps")
        self.follow_list.setWordWrap(True)
        self.follow_list.setSpacing(4)
        self.follow_list.setAlternatingRowColors(True)
        self.follow_list.itemActivated.connect(self._open_follow_up)
        self.follow_list.itemDoubleClicked.connect(self._open_follow_up)
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("followUpDoneButton")
        self.done_button.clicked.connect(self.mark_done)
        self.follow_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.follow_title)
        side.addWidget(self.follow_list, 1)
        side.addWidget(self.done_button)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
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
            parts.append(self.tr("%1 × %2 months").replace("%1", self._money(offer["monthly"]))
                         .replace("%2", str(offer["months"] or "?")))
        if offer["lump_sum"] is not None:
            parts.append(self.tr("lump sum %1").replace("%1", self._money(offer["lump_sum"])))
        return "; ".join(parts) or offer["note"]

    def _follow_up_text(self, row: Any) -> str:
        due = row.data["follow_up"]
        if due is None:
            return ""
        return due.isoformat() + ("  ✓" if row.data["follow_up_done"] else "")

    def _columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("When"), lambda r: r.data["at"].strftime("%Y-%m-%d %H:%M"),
                   sort=lambda r: r.data["at"]),
            Column(lambda: self.tr("Creditor"), lambda r: "、".join(r.creditors)),
            Column(lambda: self.tr("Channel"), lambda r: labels.channel(r.data["channel"])),
            Column(lambda: self.tr("Direction"),
                   lambda r: labels.direction(r.data["direction"])),
            Column(lambda: self.tr("Spoke with (staff no.)"), lambda r: r.data["agent"]),
            Column(lambda: self.tr("Outcome"), lambda r: labels.outcome(r.data["outcome"])),
            Column(lambda: self.tr("Offer"), self.offer_text),
            Column(lambda: self.tr("Follow-up"), self._follow_up_text,
                   sort=lambda r: r.data["follow_up"]),
            Column(lambda: self.tr("Summary"), lambda r: " ".join(r.data["summary"].split()),
                   tooltip=lambda r: r.data["summary"]),
        ]

    def retranslate(self) -> None:
        self.log_button.setText(self.tr("&Log a call…"))
        self.log_button.setToolTip(self.tr("Ctrl+L, from any tab"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.search.setPlaceholderText(self.tr("Search what was said, who, which creditor…"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.open_only.setText(self.tr("Open follow-ups only"))
        self.follow_title.setText(self.tr("Follow-ups"))
        self.done_button.setText(self.tr("Mark done"))
        self.empty.setText(self.tr(
            "No calls logged yet. Note every call, chat and letter: when, who (name and staff "
            "number), what was said and what happens next. Press Ctrl+L."))
        fill_combo(self.channel_filter, CHANNELS, labels.channel, with_none=True)
        fill_combo(self.outcome_filter, OUTCOMES, labels.outcome, with_none=True)
        self.channel_filter.setItemText(0, self.tr("Any channel"))
        self.outcome_filter.setItemText(0, self.tr("Any outcome"))
        self._fill_debts()
        self.model.retranslate()
        self._fill_follow_ups()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data -------------------------------------------------------------------------------
    def on_changed(self, changes: Change) -> None:
        if changes & (Change.CONTACTS | Change.DEBTS | Change.CASE):
            self.reload()

    def reload(self) -> None:
        from core.calllog.contacts import list_contacts
        from core.debts.debts import creditors, currency

        store = self._context.store
        if store is None:
            return
        self._currency = currency(store)
        rows = list_contacts(store)
        self._hay = {row.id: _haystack(row) for row in rows}
        self._debts = creditors(store)
        self._fill_debts()
        self.model.set_rows(rows, self._currency)
        if not self._loaded and rows:
            self._loaded = True
            fit_columns(self.table, self.model, cap=200, skip_last=True)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._fill_follow_ups()
        self._update_count()
        self._update_buttons()

    def _fill_debts(self) -> None:
        debts = getattr(self, "_debts", [])
        current = self.debt_filter.currentData()
        self.debt_filter.blockSignals(True)
        self.debt_filter.clear()
        self.debt_filter.addItem(self.tr("All creditors"), None)
        for ref, creditor in debts:
            self.debt_filter.addItem(creditor, ref)
        self.debt_filter.setCurrentIndex(max(0, self.debt_filter.findData(current)))
        self.debt_filter.blockSignals(False)

    def apply_filter(self) -> None:
        needle = self.search.text().strip().casefold()
        debt = self.debt_filter.currentData()
        channel = self.channel_filter.currentData()
        outcome = self.outcome_filter.currentData()
        start = self.date_from.date()
        end = self.date_to.date()
        start_day = None if start == NO_DATE else start.toPython()
        end_day = None if end == NO_DATE else end.toPython()
        open_only = self.open_only.isChecked()
        hay = self._hay

        def accept(row: Any) -> bool:
            data = row.data
            if needle and needle not in hay.get(row.id, ""):
                return False
            if debt is not None and debt not in data["debts"]:
                return False
            if channel is not None and data["channel"] != channel:
                return False
            if outcome is not None and data["outcome"] != outcome:
                return False
            day = data["at"].date()
            if (start_day and day < start_day) or (end_day and day > end_day):
                return False
            return not open_only or (data["follow_up"] is not None
                                     and not data["follow_up_done"])

        self.proxy.set_filter(accept)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count.setText(self.tr("%1 of %2 entries").replace("%1", str(shown))
                           .replace("%2", str(total)) if total else "")

    # --- follow-ups ---------------------------------------------------------------------------
    def _fill_follow_ups(self) -> None:
        today = date.today()
        rows = sorted((r for r in self.model.rows()
                       if r.data["follow_up"] is not None and not r.data["follow_up_done"]),
                      key=lambda r: r.data["follow_up"])
        self.follow_list.clear()
        more = len(rows) - FOLLOW_UPS_SHOWN
        for row in rows[:FOLLOW_UPS_SHOWN]:
            due = row.data["follow_up"]
            days = (due - today).days
            if days < 0:
                when = self.tr("%1 days late").replace("%1", str(-days))
            elif days == 0:
                when = self.tr("today")
            else:
                when = self.tr("in %1 days").replace("%1", str(days))
            summary = " ".join(row.data["summary"].split())
            text = f"{due.isoformat()} · {when}\n{'、'.join(row.creditors)}\n{summary[:60]}"
            item = QListWidgetItem(text, self.follow_list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.data["summary"])
            if days <= 0:
                item.setForeground(QBrush(QColor("#c62828")))
        if more > 0:
            QListWidgetItem(self.tr("… and %1 more: tick “Open follow-ups only” to see them "
                                    "all in the log.").replace("%1", str(more)),
                            self.follow_list).setFlags(Qt.ItemFlag.NoItemFlags)
        if not rows:
            QListWidgetItem(self.tr("Nothing to follow up."), self.follow_list).setFlags(
                Qt.ItemFlag.NoItemFlags)

    def _open_follow_up(self, item: QListWidgetItem) -> None:
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        if contact_id is not None and self.select_contact(contact_id):
            self.edit_selected()

    def select_contact(self, contact_id: int) -> bool:
        for row, record in enumerate(self.model.rows()):
            if record.id == contact_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():  # filtered out: show everything again
                    self.clear_filters()
                    index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                return True
        return False

    def clear_filters(self) -> None:
        for widget in (self.debt_filter, self.channel_filter, self.outcome_filter):
            widget.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.open_only.setChecked(False)
        self.search.clear()

    def mark_done(self) -> None:
        from core.calllog import contacts
        item = self.follow_list.currentItem()
        contact_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if contact_id is None or self._context.store is None:
            return
        store = self._context.store
        changes = contacts.set_follow_up_done(store, contact_id, True)
        self._context.push(UseCaseCommand(
            self.tr("Mark a follow-up done"),
            lambda: contacts.set_follow_up_done(store, contact_id, False),
            lambda: contacts.set_follow_up_done(store, contact_id, True),
            self._context.notify), changes)

    # --- editing ------------------------------------------------------------------------------
    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def _update_buttons(self) -> None:
        ready = self._context.store is not None
        has = ready and self.selected() is not None
        self.log_button.setEnabled(ready)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        item = self.follow_list.currentItem()
        self.done_button.setEnabled(ready and item is not None
                                    and item.data(Qt.ItemDataRole.UserRole) is not None)

    def _dialog(self, document: dict[str, Any]) -> Any:
        from core.debts.debts import creditors
        from core.evidence.store import list_evidence
        from gui.calllog.contact_dialog import ContactDialog

        store = self._context.store
        evidence = [(e.data["ref"], e.data["title"] or e.data["name"] or e.data["ref"])
                    for e in list_evidence(store)]
        return ContactDialog(document, creditors(store), evidence, store, self)

    def log_call(self, debt: str | None = None) -> None:
        """The Log a call dialog: now, on `debt` (the debt in view elsewhere)."""
        from core.calllog import contacts
        from gui.calllog.contact_dialog import new_contact

        store = self._context.store
        if store is None:
            return
        debt = debt or self.debt_filter.currentData()
        dialog = self._dialog(new_contact(debt))
        while dialog.exec():
            document = dialog.document()
            try:
                contact_id, changes = contacts.log_contact(store, document)
            except DomainError as error:
                dialog.error.setText(error.message)
                continue
            self._context.push(CreatedCommand(
                self.tr("Log a call"), lambda: contacts.delete_contact(store, contact_id),
                lambda snapshot: contacts.restore_contact(store, snapshot),
                self._context.notify), changes)
            self.select_contact(contact_id)
            self.suggest_status(document)
            return

    def edit_selected(self) -> None:
        from core.calllog import contacts
        row = self.selected()
        store = self._context.store
        if row is None or store is None:
            return
        contact_id = row.id
        try:
            old = contacts.contact_document(store, contact_id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot edit"), error.message)
            return
        dialog = self._dialog(old)
        while dialog.exec():
            new = dialog.document()
            try:
                changes = contacts.update_contact(store, contact_id, new)
            except DomainError as error:
                dialog.error.setText(error.message)
                continue
            self._context.push(replace_command(
                self.tr("Edit a call"),
                lambda doc: contacts.update_contact(store, contact_id, doc), old, new,
                self._context.notify), changes)
            if new.get("outcome") != old.get("outcome"):
                self.suggest_status(new)
            return

    def delete_selected(self) -> None:
        from core.calllog import contacts
        row = self.selected()
        store = self._context.store
        if row is None or store is None:
            return
        when = row.data["at"].strftime("%Y-%m-%d %H:%M")
        if not confirm(self, self.tr("Delete this entry?"), self.tr(
                "Delete the entry of %1 with %2 from the call log? You can undo this.")
                .replace("%1", when).replace("%2", "、".join(row.creditors))):
            return
        contact_id = row.id
        try:
            snapshot, changes = contacts.delete_contact(store, contact_id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot delete"), error.message)
            return
        self._context.push(DeletedCommand(
            self.tr("Delete a call"), snapshot,
            lambda: contacts.delete_contact(store, contact_id),
            lambda s: contacts.restore_contact(store, s), self._context.notify), changes)

    def suggest_status(self, document: dict[str, Any]) -> None:
        """An agreement or an offer suggests moving the debt on; the person decides."""
        from core.calllog import contacts
        store = self._context.store
        current = contacts.debt_statuses(store, list(document.get("debts") or []))
        for ref in document.get("debts") or []:
            creditor, status = current.get(ref, (ref, None))
            target = contacts.suggested_status(document.get("outcome"), status)
            if target is None:
                continue
            question = self.tr(
                "The outcome “%1” suggests moving %2 from “%3” to “%4”. Change its status?"
            ).replace("%1", labels.outcome(document.get("outcome"))).replace(
                "%2", creditor).replace("%3", labels.debt_status(status) or "—").replace(
                "%4", labels.debt_status(target))
            answer = QMessageBox.question(
                self, self.tr("Change the debt's status?"), question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                continue
            changes = contacts.set_debt_status(store, ref, target)
            self._context.push(replace_command(
                self.tr("Change a debt's status"),
                lambda value, r=ref: contacts.set_debt_status(store, r, value), status, target,
                self._context.notify), changes)


def _haystack(row: Any) -> str:
    data = row.data
    offer = data["offer"] or {}
    return "\n".join((data["summary"], data["agent"], *row.creditors,
                      offer.get("note") or "")).casefold()


