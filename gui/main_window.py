"""The main window: four tabs, the menus, undo/redo, and the one place changes are announced.

It holds the store and the undo stack and hands itself to each tab as its `Desk` (what a
screen may use of it, gui/shared/context.py); the tabs never reach into each other. What is
due lives in gui/reminders.py, the File menu's case operations in gui/case/case_actions.py,
opening and closing the case in gui/case_opening.py.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.changes import Change
from gui.case_opening import SETTLE_MS, CaseOpening  # noqa: F401 - SETTLE_MS: benchmarks read it here
from gui.languages import NAMES, LanguageSwitcher
from gui.shared.notice_bar import NoticeBar
from gui.shared.retranslate import Retranslating, fill
from gui.window_state import restore_window_state, save_window_state

log = logging.getLogger(__name__)

TAB_NAMES = ("debtsTab", "evidenceTab", "callLogTab", "planTab")


class MainWindow(Retranslating, QMainWindow):
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
        self.preview: tuple[str, list[Any]] | None = None  # the debts read before the store
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
        self._case_actions: Any = None  # made when first used: not the first paint's work
        self._reminders: Any = None
        self._build_menus()
        self.opening = CaseOpening(self)
        self.retranslate()
        restore_window_state(self, self.tabs)
        self.outside: Any = None  # watches for changes made elsewhere once the store is open

    @property
    def case_actions(self) -> Any:
        """The File menu's operations on the whole case (gui/case/case_actions.py)."""
        if self._case_actions is None:
            from gui.case.case_actions import CaseActions

            self._case_actions = CaseActions(self, self)
        return self._case_actions

    @property
    def reminders(self) -> Any:
        """What is due: the notice bar and the tray (gui/reminders.py)."""
        if self._reminders is None:
            from gui.reminders import Reminders

            self._reminders = Reminders(self, self, lambda: self.notice)
            self._reminders.show_requested.connect(self.show_follow_ups)
        return self._reminders

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
            if placeholder is not None:
                placeholder.deleteLater()
            self.case_changed.connect(tab.on_changed)
        self.tabs.setCurrentIndex(current)
        self.tabs.setUpdatesEnabled(True)
        self.edit_menu.addSeparator()  # pasting a screenshot adds it as evidence, from any tab
        self.edit_menu.addAction(self.evidence_tab.paste_action)
        self.evidence_tab.paste_action.triggered.connect(
            lambda: self.tabs.setCurrentWidget(self.evidence_tab))
        self.debts_tab.situation_requested.connect(self.case_actions.edit_situation)
        self.debts_tab.import_requested.connect(self.case_actions.import_case)
        self.debts_tab.letter_requested.connect(lambda ref: self.write_letter(debt=ref))
        self.debts_tab.action_requested.connect(self._debt_action)
        self.debts_tab.conduct_requested.connect(self.calllog_tab.conduct_button.open_for)
        self.plan_tab.letter_requested.connect(lambda name: self.write_letter(plan=name))
        self.retranslate()
        if self.store is not None:
            self.notify(Change.ALL)
            self.announce_data()
        elif self.preview is not None:
            self.debts_tab.show_debts(*self.preview)
            self.announce_data()

    @property
    def notice(self) -> NoticeBar:
        """The line across the top for things due now."""
        if self._notice is None:
            self._notice = NoticeBar(self)
            self._notice.show_requested.connect(self.show_follow_ups)
            self._column.insertWidget(0, self._notice)
        return self._notice

    def announce_data(self) -> None:
        if not self._data_announced:
            self._data_announced = True
            self.data_shown.emit()
            self._set_icon()

    def _set_icon(self) -> None:
        """Read once the data shows: the icon costs 10 ms that the first look need not wait
        for. The tray shows nothing without one; dialogs take the application's."""
        from gui.icon import app_icon

        icon = app_icon()
        self.setWindowIcon(icon)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setWindowIcon(icon)
        self.opening.preview_shown()

    # --- menus -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        from gui.case.security import Security
        from gui.help_menu import HelpMenu

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        def case(name: str) -> Any:
            return lambda: getattr(self.case_actions, name)()

        self.import_action = self._action(case("import_case"))
        self.export_action = self._action(case("export_case"))
        self.situation_action = self._action(case("edit_situation"))
        self.log_call_action = self._action(self.log_call, "logCallAction")
        self.letter_action = self._action(lambda: self.write_letter(), "writeLetterAction")
        self.backup_action = self._action(case("back_up_now"), "backUpNowAction")
        self.restore_action = self._action(case("restore_backup"), "restoreBackupAction")
        self.quit_action = self._action(self.close)
        self.saved_note = QAction(self)  # said where people look for Save: there is none
        self.saved_note.setEnabled(False)
        for action in (self.saved_note, None, self.import_action, self.export_action, None,
                       self.situation_action,
                       self.log_call_action, self.letter_action, None, self.backup_action,
                       self.restore_action, None, self.quit_action):
            self.file_menu.addAction(action) if action else self.file_menu.addSeparator()
        self.security = Security(self, self.file_menu, self.quit_action)  # lock, passphrase

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

        self.reminders_action = self._action(lambda: self.reminders.ask_days())
        self.view_menu.addAction(self.reminders_action)

        self.help = HelpMenu(bar.addMenu(""), self.data_dir, self.tabs.currentIndex, self)
        self.about_action = self.help.about_action

    def _action(self, slot: Any, name: str = "") -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _set_shortcuts(self) -> None:
        """Done after the first paint: the first key sequence costs PySide ~50 ms of setup."""
        self.help.set_shortcut()
        self.security.set_shortcut()
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
        self._update_undo_texts()
        for i, text in enumerate((self.tr("&Debts"), self.tr("Ev&idence files"),
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
        self.saved_note.setText(self.tr("Every change is saved as you make it"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.reminders_action.setText(self.tr("Payment &reminders…"))
        self.opening.status.retranslate()  # a message shown before the switch follows it

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(fill(self.tr("&Undo %1"), undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(fill(self.tr("&Redo %1"), redo) if redo else self.tr("&Redo"))

    def set_language(self, language: str) -> None:
        self.languages.apply(language, remember=True)
        self.language_actions[language].setChecked(True)

    # --- the store (gui/case_opening.py) ------------------------------------------------
    def open_store(self, key: Any = None) -> None:
        """Open the store in the background (a sealed one with its `key`)."""
        self.opening.open(key)

    def close_case(self, let_go: bool = False) -> None:
        """Close the store and hide the case; with `let_go` the folder's lock goes too."""
        self.opening.close(let_go)

    def notify(self, changes: Change) -> None:
        """Tell every tab what changed; each reloads only if it shows those things."""
        self.case_changed.emit(changes)
        self._update_undo_texts()

    def push(self, command: QUndoCommand, changes: Change) -> None:
        """Record an edit that has just been made, and announce it."""
        self.undo_stack.push(command)
        self.notify(changes)

    def clear_undo(self) -> None:
        self.undo_stack.clear()

    # --- actions -----------------------------------------------------------------------
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
        self.letter_dialog.up_to_date_requested.connect(  # the statement form, over the letter
            lambda ref, balance, creditor, estimate: self.debts_tab.debt_actions
            .update_statement_of(ref, balance, creditor, estimate, self.letter_dialog))
        self.letter_dialog.open()

    # --- window state ------------------------------------------------------------------
    def save_settings(self) -> None:
        save_window_state(self, self.tabs)

    def save_pending_edits(self) -> None:
        """A plan edit still waiting for the pause in typing is saved now (before the window
        closes, a letter is written or the case is copied)."""
        if self.store is not None and self.plan_tab is not None:
            self.plan_tab.save_now()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        if self.store is not None:
            self.save_pending_edits()
            self.case_actions.back_up_on_close()
        self.close_case(let_go=True)  # and no timer left behind finds a store to read
        super().closeEvent(event)

