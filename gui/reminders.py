"""What is due: follow-ups promised in calls and agreed payments coming up.

Checked a moment after the case opens and every minute after, on a worker thread (years of
calls make thousands of open follow-ups, and reading them took a fifth of a second on the
GUI thread each minute); what this session has not yet mentioned shows in the notice bar
and, where the desktop has a tray, as a notification."""
from __future__ import annotations

import logging
import threading
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
    _gathered = Signal(object, object, object)  # the store read, its due follow-ups, payments

    def __init__(self, desk: Desk, window: QWidget, notice: Callable[[], NoticeBar]) -> None:
        super().__init__(window)
        self._desk, self._window, self._notice = desk, window, notice
        self._announced: set[int] = set()
        self._announced_payments: set[tuple[Any, str]] = set()
        self._tray: Any = None
        self._reading = False  # a background check under way: the next one waits its turn
        self._gathered.connect(self._arrived)  # queued: emitted from the reading thread
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_in_background)

    def start(self) -> None:
        self.timer.start()

    def check(self) -> None:
        """Read what is due and say what is new, now (after the reminder days change)."""
        store = self._desk.store
        if store is not None:
            self._show(*self._due(store, date.today(), self.days()))

    def check_in_background(self) -> None:
        """`check`, its reading on a worker thread; said once it is back, if the same case is
        still open."""
        store = self._desk.store
        if store is None or self._reading:
            return
        self._reading = True
        days = self.days()

        def read() -> None:
            try:
                due, payments = self._due(store, date.today(), days)
            except Exception:  # noqa: BLE001 - a case closed meanwhile; the next minute tries
                logging.getLogger("debtdesk").debug("reminders not read", exc_info=True)
                due, payments = None, None
            try:
                self._gathered.emit(store, due, payments)
            except RuntimeError:  # the window is gone with the application
                pass

        threading.Thread(target=read, name="reminders", daemon=True).start()

    def _arrived(self, store: Any, due: Any, payments: Any) -> None:
        self._reading = False
        if due is not None and store is self._desk.store:
            self._show(due, payments)

    @staticmethod
    def _due(store: Any, today: date, days: int) -> tuple[list[Any], list[Any]]:
        """The open follow-ups due by `today`, and agreed installments due within `days`."""
        from core.calllog.contacts import due_follow_ups
        from core.debts.progress import read_overview

        overview = read_overview(store, today, days)
        return (due_follow_ups(store, today),
                [i for i in overview.next_due if i.kind == "installment"])

    def _show(self, due_now: list[Any], payments_now: list[Any]) -> None:
        due = [d for d in due_now if d.contact not in self._announced]
        payments = [i for i in payments_now
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
