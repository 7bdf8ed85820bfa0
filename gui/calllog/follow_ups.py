"""The follow-ups beside the call log: what happens next, and by when, the most pressing
first; one can be marked done.

Apart from the log's table and its filters: the panel asks the store for the most pressing
open follow-ups (SQLite picks them, however long the log), says which entry the person wants
to open, and marks one done as its own undoable step."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.shared.context import Desk
from gui.shared.retranslate import Retranslating, fill
from gui.shared.undo import UseCaseCommand

FOLLOW_UPS_SHOWN = 40  # the panel lists the most pressing; the filter shows them all


class FollowUps(Retranslating, QWidget):
    open_requested = Signal(object)  # the id of the call-log entry to show and edit

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.list = QListWidget(self)
        self.list.setObjectName("followUps")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._open)
        self.list.itemDoubleClicked.connect(self._open)
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("followUpDoneButton")
        self.done_button.clicked.connect(self.mark_done)
        self.list.currentItemChanged.connect(lambda *_: self.update_button())
        side = QVBoxLayout(self)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.title)
        side.addWidget(self.list, 1)
        side.addWidget(self.done_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Follow-ups"))
        self.done_button.setText(self.tr("Mark done"))
        self.refill()

    def refill(self) -> None:
        """The open follow-ups of the log, soonest due first."""
        from core.calllog.log_query import open_follow_ups

        today = date.today()
        store = self._desk.store
        rows, total = open_follow_ups(store, FOLLOW_UPS_SHOWN) if store is not None else ([], 0)
        self.list.clear()
        more = total - len(rows)
        for row in rows:
            due = row.data["follow_up"]
            days = (due - today).days
            if days < 0:
                when = fill(self.tr("%1 days late"), -days)
            elif days == 0:
                when = self.tr("today")
            else:
                when = fill(self.tr("in %1 days"), days)
            summary = " ".join(row.data["summary"].split())
            text = f"{due.isoformat()} · {when}\n{'、'.join(row.creditors)}\n{summary[:60]}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.data["summary"])
            if days <= 0:
                item.setForeground(QBrush(QColor("#c62828")))
        if more > 0:
            QListWidgetItem(fill(self.tr("… and %1 more: tick “Open follow-ups only” to see them "
                                         "all in the log."), more),
                            self.list).setFlags(Qt.ItemFlag.NoItemFlags)
        if not rows:
            QListWidgetItem(self.tr("Nothing to follow up."), self.list).setFlags(
                Qt.ItemFlag.NoItemFlags)

    def _open(self, item: QListWidgetItem) -> None:
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        if contact_id is not None:
            self.open_requested.emit(contact_id)

    def update_button(self) -> None:
        item = self.list.currentItem()
        self.done_button.setEnabled(self._desk.store is not None and item is not None
                                    and item.data(Qt.ItemDataRole.UserRole) is not None)

    def mark_done(self) -> None:
        from core.calllog import contacts
        item = self.list.currentItem()
        contact_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if contact_id is None or self._desk.store is None:
            return
        store = self._desk.store
        changes = contacts.set_follow_up_done(store, contact_id, True)
        self._desk.push(UseCaseCommand(
            self.tr("Mark a follow-up done"),
            lambda: contacts.set_follow_up_done(store, contact_id, False),
            lambda: contacts.set_follow_up_done(store, contact_id, True),
            self._desk.notify), changes)
