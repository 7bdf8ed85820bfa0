"""What is due: follow-ups promised in calls and agreed payments coming up.

Checked a moment after the case opens and every minute after; what this session has not yet
mentioned shows in the notice bar and, where the desktop has a tray, as a notification."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QWidget

from gui.shared.context import Desk
from gui.shared.notice_bar import NoticeBar
from gui.shared.retranslate import fill

DAYS_SETTING = "reminders/days"
CHECK_EVERY_MS = 60_000


class Reminders(QObject):
    show_requested = Signal(object)  # a contact id to show in the call log, or None

    def __init__(self, desk: Desk, window: QWidget, notice: Callable[[], NoticeBar]) -> None:
        super().__init__(window)
        self._desk, self._window, self._notice = desk, window, notice
        self._announced: set[int] = set()
        self._announced_payments: set[tuple[Any, str]] = set()
        self._tray: Any = None
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def check(self) -> None:
        from core.calllog.contacts import due_follow_ups

        store = self._desk.store
        if store is None:
            return
        today = date.today()
        due = [d for d in due_follow_ups(store, today) if d.contact not in self._announced]
        payments = [i for i in self._agreed_payments_due(today)
                    if (i.when, i.debt) not in self._announced_payments]
        if not due and not payments:
            return
        self._announced.update(d.contact for d in due)
        self._announced_payments.update((i.when, i.debt) for i in payments)
        texts = []
        if payments:
            first = payments[0]
            texts.append(fill(self.tr("%n agreed payment(s) due or overdue. First: %1 %2 on %3",
                                      "", len(payments)),
                              first.creditor, self._money(first.amount), first.when.isoformat()))
        if due:
            first_call = due[0]
            texts.append(fill(self.tr("%n follow-up(s) due. First: %1 — %2 (%3)", "", len(due)),
                              first_call.creditors, first_call.summary[:50],
                              first_call.due.isoformat()))
            letter = next((d for d in due if d.next_step), None)
            if letter is not None:  # a letter's reply is due: its clock says what comes next
                texts.append(fill(self.tr("Letter to %1 (%2): %3"), letter.creditors,
                                  letter.summary[:50], letter.next_step or ""))
        text = "\n".join(texts)
        self._notice().say(text, due[0].contact if due else None)
        self._notify_tray(self.tr("DebtDesk: things due"), text)

    def days(self) -> int:
        days = QSettings().value(DAYS_SETTING, 3, type=int)
        return days if isinstance(days, int) else 3

    def ask_days(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        days, ok = QInputDialog.getInt(
            self._window, self.tr("Payment reminders"),
            self.tr("Remind me of agreed payments this many days ahead:"), self.days(), 0, 30)
        if ok:
            QSettings().setValue(DAYS_SETTING, days)
            self._announced_payments.clear()
            self.check()

    def _agreed_payments_due(self, today: date) -> list[Any]:
        """Installments of agreements not yet paid, due within the reminder days (or late)."""
        from core.debts.progress import read_overview

        overview = read_overview(self._desk.store, today, self.days())
        return [i for i in overview.next_due if i.kind == "installment"]

    def _money(self, amount: Any) -> str:
        from core.debts.debts import currency
        from core.money import format_amount

        store = self._desk.store
        assert store is not None  # reminders are checked once the store is open
        return format_amount(amount or Decimal(0), currency(store))

    def _notify_tray(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            self._tray = QSystemTrayIcon(self._window.windowIcon(), self)
            self._tray.messageClicked.connect(lambda: self.show_requested.emit(None))
            self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
