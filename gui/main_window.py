"""The main window: four tabs, the menus, undo/redo, and the one place changes are announced.

It holds the store and the undo stack and passes itself to each tab as their context; the
tabs never reach into each other.
"""
from __future__ import annotations

import contextlib
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.changes import Change
from core.errors import DomainError
from gui.languages import NAMES, LanguageSwitcher
from gui.shared.undo import UseCaseCommand, replace_command

log = logging.getLogger(__name__)

TAB_NAMES = ("debtsTab", "evidenceTab", "callLogTab", "planTab")
SETTLE_MS = 1000  # after the case opens: reminders, then the chart library in the background


class MainWindow(QMainWindow):
    case_changed = Signal(object)  # Change flags
    store_opened = Signal()
    data_shown = Signal()  # the first time the Debts tab shows stored data

    def __init__(self, data_dir: Path, languages: LanguageSwitcher,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self.store: Any = None
        self.languages = languages
        self.undo_stack = QUndoStack(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        # The window first shows with empty pages; `build_tabs` fills them once it has painted.
        self.debts_tab: Any = None
        self.evidence_tab: Any = None
        self.calllog_tab: Any = None
        self.plan_tab: Any = None
        self._preview: tuple[str, list[Any]] | None = None
        self._opener: Any = None
        self._lock: Any = None  # core.store.lock.StoreLock while this window may write
        self.read_only = False
        self._data_announced = False
        for name in TAB_NAMES:
            page = QWidget(self.tabs)
            page.setObjectName(name + "Pending")
            self.tabs.addTab(page, "")
        self._notice: NoticeBar | None = None  # made when first needed (not for the paint)
        central = QWidget(self)
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._announced: set[int] = set()
        self._announced_payments: set[tuple[Any, str]] = set()
        self._tray: Any = None
        self.follow_up_timer = QTimer(self, interval=60_000)
        self.follow_up_timer.timeout.connect(self.check_follow_ups)
        self._build_menus()
        self.retranslate()
        self._restore_settings()
        self._watching_state = False

    def build_tabs(self) -> None:
        """Put the real tabs in place of the empty pages (their modules load here)."""
        if self.debts_tab is not None:
            return
        from gui.calllog.calllog_tab import CallLogTab
        from gui.debts.debts_tab import DebtsTab
        from gui.evidence.evidence_tab import EvidenceTab
        from gui.plans.plan_tab import PlanTab

        self._set_shortcuts()
        current = self.tabs.currentIndex()
        self.debts_tab = DebtsTab(self, self)
        self.evidence_tab = EvidenceTab(self, self)
        self.calllog_tab = CallLogTab(self, self)
        self.plan_tab = PlanTab(self, self)
        self.tabs.setUpdatesEnabled(False)
        for index, tab in enumerate((self.debts_tab, self.evidence_tab, self.calllog_tab,
                                     self.plan_tab)):
            placeholder = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, "")
            placeholder.deleteLater()
            self.case_changed.connect(tab.on_changed)
        self.tabs.setCurrentIndex(current)
        self.tabs.setUpdatesEnabled(True)
        self.edit_menu.addSeparator()  # pasting a screenshot adds it as evidence, from any tab
        self.edit_menu.addAction(self.evidence_tab.paste_action)
        self.evidence_tab.paste_action.triggered.connect(
            lambda: self.tabs.setCurrentWidget(self.evidence_tab))
        self.debts_tab.situation_requested.connect(self.edit_situation)
        self.debts_tab.import_requested.connect(self.import_case)
        self.debts_tab.letter_requested.connect(lambda ref: self.write_letter(debt=ref))
        self.debts_tab.action_requested.connect(self._debt_action)
        self.plan_tab.letter_requested.connect(lambda name: self.write_letter(plan=name))
        self.retranslate()
        if self.store is not None:
            self.notify(Change.ALL)
            self._announce_data()
        elif self._preview is not None:
            self.debts_tab.show_debts(*self._preview)
            self._announce_data()

    @property
    def notice(self) -> NoticeBar:
        """The line across the top for things due now."""
        if self._notice is None:
            self._notice = NoticeBar(self)
            self._notice.show_requested.connect(self.show_follow_ups)
            self._column.insertWidget(0, self._notice)
        return self._notice

    def _announce_data(self) -> None:
        if not self._data_announced:
            self._data_announced = True
            self.data_shown.emit()
        if self._opener is not None:
            self._opener.preview_shown()

    # --- menus -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.import_case)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.export_case)
        self.situation_action = QAction(self)
        self.situation_action.triggered.connect(self.edit_situation)
        self.log_call_action = QAction(self)
        self.log_call_action.setObjectName("logCallAction")
        self.log_call_action.triggered.connect(self.log_call)
        self.letter_action = QAction(self)
        self.letter_action.setObjectName("writeLetterAction")
        self.letter_action.triggered.connect(lambda: self.write_letter())
        self.backup_action = QAction(self)
        self.backup_action.setObjectName("backUpNowAction")
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("restoreBackupAction")
        self.restore_action.triggered.connect(self.restore_backup)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        for action in (self.import_action, self.export_action, None, self.situation_action,
                       self.log_call_action, self.letter_action, None, self.backup_action,
                       self.restore_action, None, self.quit_action):
            self.file_menu.addAction(action) if action else self.file_menu.addSeparator()

        self.edit_menu = bar.addMenu("")
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == self.languages.current)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.reminders_action = QAction(self)
        self.reminders_action.triggered.connect(self.set_reminder_days)
        self.view_menu.addAction(self.reminders_action)

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.help_menu.addAction(self.about_action)

    def _set_shortcuts(self) -> None:
        """Done after the first paint: the first key sequence costs PySide ~50 ms of setup."""
        for action, key in ((self.import_action, QKeySequence.StandardKey.Open),
                            (self.export_action, QKeySequence.StandardKey.SaveAs),
                            (self.letter_action, QKeySequence.StandardKey.Print),
                            (self.log_call_action, QKeySequence("Ctrl+L")),
                            (self.quit_action, QKeySequence.StandardKey.Quit),
                            (self.undo_action, QKeySequence.StandardKey.Undo),
                            (self.redo_action, QKeySequence.StandardKey.Redo)):
            action.setShortcut(key)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("DebtDesk — debt negotiation assistant (read-only)")
                            if self.read_only
                            else self.tr("DebtDesk — debt negotiation assistant"))
        self._retranslate_read_only()
        self._update_undo_texts()
        for i, text in enumerate((self.tr("&Debts"), self.tr("&Evidence files"),
                                  self.tr("&Call log"), self.tr("&Plan editor"))):
            self.tabs.setTabText(i, text)
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import case file…"))
        self.export_action.setText(self.tr("&Export case file…"))
        self.situation_action.setText(self.tr("Your &situation…"))
        self.letter_action.setText(self.tr("&Write a letter…"))
        self.log_call_action.setText(self.tr("&Log a call…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.reminders_action.setText(self.tr("Payment &reminders…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About DebtDesk"))

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo) if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo) if redo
                                 else self.tr("&Redo"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.languages.apply(language, remember=True)
        self.language_actions[language].setChecked(True)

    # --- the store ---------------------------------------------------------------------
    def open_store(self) -> None:
        """Open, migrate and warm the store in the background; the tabs fill when it is ready.

        Only one window writes to a store: this one takes the store's lock, or, when another
        window holds it, asks whether to open read-only or quit."""
        from core.store.lock import StoreLock
        from gui.store_opener import StoreOpener

        try:
            self._lock = StoreLock.acquire(self.data_dir)
        except OSError as error:
            self._store_failed(error.strerror or type(error).__name__)
            return
        if self._lock is None:
            if not self.ask_open_read_only():
                self.close()
                return
            self.set_read_only()
        self.statusBar().showMessage(self.tr("Opening your data…"))
        self._opener = StoreOpener()  # no parent: its thread keeps it alive
        self._opener.previewed.connect(self._store_previewed)
        self._opener.opened.connect(self._store_opened)
        self._opener.failed.connect(self._store_failed)
        self._opener.start(self.data_dir, read_only=self.read_only)

    def ask_open_read_only(self) -> bool:
        """Another window has the store: open read-only (True) or quit (False)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Your data is already open"), self.tr(
            "Another DebtDesk window is using the data folder %1. Only one window at a time "
            "can make changes.\n\nYou can open it read-only here, to look things up, or quit "
            "and use the other window.").replace("%1", str(self.data_dir)),
            QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("inUseBox")
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        read_only.setObjectName("openReadOnlyButton")
        quit_button = box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        box.setDefaultButton(read_only)
        box.setEscapeButton(quit_button)
        box.exec()
        return box.clickedButton() is read_only

    def set_read_only(self) -> None:
        """Say it in the title and across the top; the store itself refuses every write."""
        self.read_only = True
        self.retranslate()
        label = QLabel(self)
        label.setObjectName("readOnlyLabel")
        label.setStyleSheet("color: #8a3b00; font-weight: bold;")
        self.statusBar().addPermanentWidget(label)
        self._read_only_label = label
        self._retranslate_read_only()

    def _retranslate_read_only(self) -> None:
        label = getattr(self, "_read_only_label", None)
        if label is not None:
            label.setText(self.tr("Read-only: changes are made in the other DebtDesk window"))

    def _store_previewed(self, currency: str, views: list[Any]) -> None:
        """The debts as read before the full store is ready: shown at once, read-only."""
        self._preview = (currency, views)
        if self.debts_tab is not None and self.store is None:
            self.debts_tab.show_debts(currency, views)
            self._announce_data()
        elif self.debts_tab is None and self.isHidden():
            self._opener.preview_shown()  # nothing to show it in: do not hold the store back

    def _store_opened(self, store: Any) -> None:
        log.info("store opened%s", " read-only" if store.read_only else "")
        self.store = store
        store.changed_since_last_look()  # what is shown now is the starting point
        self.notify(Change.ALL)
        if self.debts_tab is not None:
            self._announce_data()
        self.statusBar().showMessage(self.tr("Data folder: %1").replace("%1", str(self.data_dir)),
                                     8000)
        self.store_opened.emit()
        self.follow_up_timer.start()
        self._watch_application_state()
        QTimer.singleShot(SETTLE_MS, self._settled)

    def _watch_application_state(self) -> None:
        """From now on, coming back to the front picks up what changed outside. Connected
        once the store is open, with Qt's enums made: connected before the first paint, the
        signal's ApplicationState could not be handed to Python (a TypeError at start-up)."""
        from PySide6.QtCore import Qt  # noqa: F401 - the enums the signal's argument needs

        app = QApplication.instance()
        if app is not None and not self._watching_state:
            app.applicationStateChanged.connect(self._application_state_changed)
            self._watching_state = True

    def _settled(self) -> None:
        """A moment after the case has opened, once every tab has had its turn: what is due
        (a notice, not the data itself), and the chart library loads in the background so
        the Plan tab's chart shows at once (the tab starts the same loading if it comes
        first)."""
        import os

        from gui.plans.chart import library

        self.check_follow_ups()
        if os.environ.get("DEBTDESK_WARM_UP", "1") != "0":  # the tests keep their timing
            library().load()

    def _store_failed(self, message: str) -> None:
        log.info("the store could not be opened")
        QMessageBox.critical(self, self.tr("Cannot open your data"), self.tr(
            "DebtDesk could not open the data folder %1:\n\n%2").replace(
            "%1", str(self.data_dir)).replace("%2", message))
        self.statusBar().showMessage(message)

    def pick_up_outside_changes(self) -> bool:
        """When the window comes back to the front: if the database changed meanwhile (the
        command line, or the window that holds the store), every tab reloads."""
        if self.store is None:
            return False
        try:
            changed = self.store.changed_since_last_look()
        except Exception:  # noqa: BLE001 - a look that fails must not stop the window
            log.warning("looking for outside changes failed", exc_info=True)
            return False
        if changed:
            log.info("picked up changes made outside this window")
            self.notify(Change.ALL)
        return changed

    def _application_state_changed(self, state: Any) -> None:
        from PySide6.QtCore import Qt  # its enums take 30 ms to make: not before the paint

        if state == Qt.ApplicationState.ApplicationActive:
            self.pick_up_outside_changes()

    def notify(self, changes: Change) -> None:
        """Tell every tab what changed; each reloads only if it shows those things."""
        self.case_changed.emit(changes)
        self._update_undo_texts()

    def push(self, command: UseCaseCommand, changes: Change) -> None:
        """Record an edit that has just been made, and announce it."""
        self.undo_stack.push(command)
        self.notify(changes)

    # --- actions -----------------------------------------------------------------------
    def edit_situation(self) -> None:
        from core.case import situation
        from core.debts.debts import currency
        from gui.case.situation_dialog import SituationDialog

        if self.store is None:
            return
        store = self.store
        old = situation.situation_document(store)
        dialog = SituationDialog(old, currency(store), self)
        while dialog.exec():
            new = dialog.document()
            try:
                changes = situation.save_situation(store, new)
            except DomainError as error:
                QMessageBox.warning(self, self.tr("Cannot save"), error.message)
                continue
            self.push(replace_command(self.tr("Edit your situation"),
                                      lambda doc: situation.save_situation(store, doc),
                                      old, new, self.notify), changes)
            return

    def _debt_action(self, action: str) -> None:
        """A next step from the Debts tab that another tab takes."""
        if action == "log_call":
            self.log_call()
        elif action == "evidence":
            self.tabs.setCurrentWidget(self.evidence_tab)
        elif action == "plan":
            self.tabs.setCurrentWidget(self.plan_tab)

    def log_call(self) -> None:
        """Log a call from any tab, on the debt selected in the Debts tab."""
        if self.store is None or self.calllog_tab is None:
            return
        selected = self.debts_tab.selected()
        self.calllog_tab.log_call(selected.data["ref"] if selected is not None else None)

    def check_follow_ups(self) -> None:
        """Follow-ups due today or earlier that this session has not yet mentioned: a notice
        in the window and, where the desktop has a tray, a notification."""
        from datetime import date

        from core.calllog.contacts import due_follow_ups

        if self.store is None:
            return
        today = date.today()
        due = [d for d in due_follow_ups(self.store, today) if d[0] not in self._announced]
        payments = [i for i in self._agreed_payments_due(today)
                    if (i.when, i.debt) not in self._announced_payments]
        if not due and not payments:
            return
        self._announced.update(d[0] for d in due)
        self._announced_payments.update((i.when, i.debt) for i in payments)
        texts = []
        if payments:
            first = payments[0]
            texts.append(self.tr("%n agreed payment(s) due or overdue. First: %1 %2 on %3", "",
                                 len(payments)).replace("%1", first.creditor).replace(
                "%2", _money(first.amount, self._currency())).replace(
                "%3", first.when.isoformat()))
        if due:
            first_call = due[0]
            texts.append(self.tr("%n follow-up(s) due. First: %1 — %2 (%3)", "", len(due))
                         .replace("%1", first_call[2]).replace("%2", first_call[3][:50])
                         .replace("%3", first_call[1].isoformat()))
        text = "\n".join(texts)
        self.notice.say(text, due[0][0] if due else None)
        self._notify_tray(self.tr("DebtDesk: things due"), text)

    def reminder_days(self) -> int:
        return int(QSettings().value("reminders/days", 3))

    def _agreed_payments_due(self, today: Any) -> list[Any]:
        """Installments of agreements not yet paid, due within the reminder days (or late)."""
        from core.debts.progress import read_overview

        days = self.reminder_days()
        overview = read_overview(self.store, today, days)
        return [i for i in overview.next_due if i.kind == "installment"]

    def _currency(self) -> str:
        from core.debts.debts import currency

        return currency(self.store)

    def set_reminder_days(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        days, ok = QInputDialog.getInt(
            self, self.tr("Payment reminders"),
            self.tr("Remind me of agreed payments this many days ahead:"),
            self.reminder_days(), 0, 30)
        if ok:
            QSettings().setValue("reminders/days", days)
            self._announced_payments.clear()
            self.check_follow_ups()

    def _notify_tray(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            self._tray = QSystemTrayIcon(self.windowIcon(), self)
            self._tray.messageClicked.connect(self.show_follow_ups)
            self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)

    def show_follow_ups(self, contact_id: int | None = None) -> None:
        if self.calllog_tab is None:
            return
        self.tabs.setCurrentWidget(self.calllog_tab)
        self.calllog_tab.open_only.setChecked(True)
        if contact_id:
            self.calllog_tab.select_contact(contact_id)
        self.raise_()
        self.activateWindow()

    def write_letter(self, debt: str | None = None, plan: str | None = None) -> None:
        """The letter dialog, for the debt and plan in view unless others are named."""
        from gui.letters.letter_dialog import LetterDialog

        if self.store is None or self.debts_tab is None:
            return
        if debt is None and self.debts_tab.selected() is not None:
            debt = self.debts_tab.selected().data["ref"]
        if plan is None:
            plan = self.plan_tab.current_plan_name()
        self.save_pending_edits()  # the letter reads the plan as it is now
        self.letter_dialog = LetterDialog(self, debt, plan, self)
        self.letter_dialog.open()

    def import_case(self) -> None:
        from core.case import casefile
        if self.store is None:
            return
        try:
            self.store.check_writable()
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot import this file"), error.message)
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import case file"), "",
            self.tr("Case files (*.debtcase *.json);;Archive with evidence (*.debtcase);;"
                    "Case data only (*.json)"))
        if not name:
            return
        try:
            data = casefile.load_case_file(Path(name))
            with self.store.read() as session:
                empty = casefile.store_is_empty(session)
            if not empty:
                if not confirm(self, self.tr("Replace your case?"), self.tr(
                        "Your data already holds a case. Importing replaces all of it. A copy of "
                        "the current case is saved first in %1.").replace(
                        "%1", str(self.data_dir / "backups"))):
                    return
                self._save_copy_before_replace()
            changes = casefile.import_case(self.store, data, replace=not empty)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot import this file"), error.message)
            return
        self.undo_stack.clear()
        self.notify(changes)
        self.statusBar().showMessage(self.tr("Imported %1").replace("%1", Path(name).name), 8000)

    def _save_copy_before_replace(self) -> None:
        from core.case import casefile
        backups = self.data_dir / "backups"
        backups.mkdir(mode=0o700, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        casefile.export_case(self.store, backups / f"before-import-{stamp}.json")

    def export_case(self) -> None:
        from core.case import casefile
        if self.store is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export case file"), "case.debtcase",
            self.tr("Archive with evidence (*.debtcase);;Case data only (*.json)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".json", ".debtcase"):
            path = path.with_suffix(".debtcase")
        self.save_pending_edits()
        try:
            casefile.export_case(self.store, path)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot export"), error.message)
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(path)), 8000)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About DebtDesk"), self.tr(
            "<h3>DebtDesk 债务协商助手</h3><p>Helps you negotiate overdue debts with your "
            "creditors and keep to what was agreed. Your data stays on this computer, in "
            "%1.</p>").replace("%1", str(self.data_dir)))

    # --- window state ------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 720)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.tabs.setCurrentIndex(int(settings.value("window/tab", 0)))

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/tab", self.tabs.currentIndex())

    def _backup_on_close(self) -> None:
        """The day's automatic snapshot (at most one a day; old ones rotate out)."""
        from core.case.backup import auto_backup

        if self.read_only or os.environ.get("DEBTDESK_AUTO_BACKUP", "1") == "0":
            return
        try:
            auto_backup(self.store)
        except DomainError as error:  # never stands in the way of closing
            logging.getLogger("debtdesk").warning("automatic backup failed: %s",
                                                  type(error).__name__)

    def back_up_now(self) -> None:
        from core.case.backup import snapshot

        if self.store is None:
            return
        self.save_pending_edits()
        try:
            made = snapshot(self.store, "manual-")
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot back up"), error.message)
            return
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(made)), 8000)

    def restore_backup(self) -> None:
        from core.case.backup import list_backups, restore

        if self.store is None or self.read_only:
            return
        backups = list_backups(self.store)
        if not backups:
            QMessageBox.information(self, self.tr("Restore from backup"), self.tr(
                "There is no backup yet. DebtDesk makes one each day when you close it; "
                "File → Back up now makes one at once."))
            return
        from gui.case.backup_dialog import BackupDialog

        dialog = BackupDialog(backups, self)
        if not dialog.exec() or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        if not confirm(self, self.tr("Restore this backup?"), self.tr(
                "Replace everything in DebtDesk with the backup of %1? What you have now is "
                "kept first as a backup of its own, so you can come back to it.").replace(
                "%1", chosen.made_at.strftime("%Y-%m-%d %H:%M"))):
            return
        try:
            before = restore(self.store, chosen.path)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot restore"), error.message)
            return
        self.undo_stack.clear()
        self.notify(Change.ALL)
        self.statusBar().showMessage(self.tr("Restored. Your data as it was is kept in %1")
                                     .replace("%1", before.name), 12000)

    def save_pending_edits(self) -> None:
        """A plan edit still waiting for the pause in typing is saved now (before the window
        closes, a letter is written or the case is copied)."""
        if self.store is not None and self.plan_tab is not None:
            self.plan_tab.save_now()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        app = QApplication.instance()
        if app is not None and self._watching_state:
            self._watching_state = False
            with contextlib.suppress(RuntimeError, TypeError):
                app.applicationStateChanged.disconnect(self._application_state_changed)
        if self.store is not None:
            self.save_pending_edits()
            self._backup_on_close()
            self.store.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        super().closeEvent(event)


def _money(amount: Any, currency: str) -> str:
    from core.money import format_amount

    return format_amount(amount or 0, currency)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """gui.shared.forms.confirm, imported when first asked (the forms module is not start-up's)."""
    from gui.shared.forms import confirm as ask

    return ask(parent, title, text)


class NoticeBar(QFrame):
    """A line across the top of the window for things due now, with Show and close."""

    show_requested = Signal(object)  # the contact id to show, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet("#noticeBar { background: #fff4cc; border-bottom: 1px solid #e0c060; }"
                           " #noticeBar QLabel { color: #5a4300; }")
        self.text = QLabel(self)
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.show_button = QPushButton(self)
        self.close_button = QPushButton("×", self)
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(28)
        self._contact: int | None = None
        self.show_button.clicked.connect(lambda: (self.show_requested.emit(self._contact),
                                                  self.hide()))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.close_button)
        self.hide()

    def say(self, text: str, contact: int | None) -> None:
        self._contact = contact
        self.text.setText(text)
        self.show_button.setText(self.tr("Show"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.show()


class AfterFirstPaint(QObject):
    """Runs a callback on the turn of the event loop after `widget` first paints."""

    def __init__(self, widget: QWidget, callback: Any) -> None:
        super().__init__(widget)
        self._widget, self._callback, self._fired = widget, callback, False
        widget.installEventFilter(self)
        QTimer.singleShot(1000, self._fire)  # a window that never paints still gets built

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._fired and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if not self._fired:
            self._fired = True
            self._widget.removeEventFilter(self)
            self._callback()
