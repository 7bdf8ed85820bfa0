"""The main window: four tabs, the menus, undo/redo, and the one place changes are announced.

It holds the store and the undo stack and passes itself to each tab as their context; the
tabs never reach into each other.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from core.changes import Change
from core.errors import DomainError
from gui.commands import UseCaseCommand, replace_command
from gui.forms import confirm
from gui.languages import NAMES, LanguageSwitcher

TAB_NAMES = ("debtsTab", "evidenceTab", "callLogTab", "planTab")


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
        self._data_announced = False
        for name in TAB_NAMES:
            page = QWidget(self.tabs)
            page.setObjectName(name + "Pending")
            self.tabs.addTab(page, "")
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.retranslate()
        self._restore_settings()

    def build_tabs(self) -> None:
        """Put the real tabs in place of the empty pages (their modules load here)."""
        if self.debts_tab is not None:
            return
        from gui.debts_tab import DebtsTab
        from gui.evidence_tab import EvidenceTab
        from gui.plan_tab import PlanTab
        from gui.records_tab import RecordsTab

        self._set_shortcuts()
        current = self.tabs.currentIndex()
        self.debts_tab = DebtsTab(self, self)
        self.evidence_tab = EvidenceTab(self, self)
        self.calllog_tab = RecordsTab("contacts", self, self)
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
        self.retranslate()
        if self.store is not None:
            self.notify(Change.ALL)
            self._announce_data()
        elif self._preview is not None:
            self.debts_tab.show_debts(*self._preview)
            self._announce_data()

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
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        for action in (self.import_action, self.export_action, None, self.situation_action,
                       None, self.quit_action):
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

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.help_menu.addAction(self.about_action)

    def _set_shortcuts(self) -> None:
        """Done after the first paint: the first key sequence costs PySide ~50 ms of setup."""
        for action, key in ((self.import_action, QKeySequence.StandardKey.Open),
                            (self.export_action, QKeySequence.StandardKey.SaveAs),
                            (self.quit_action, QKeySequence.StandardKey.Quit),
                            (self.undo_action, QKeySequence.StandardKey.Undo),
                            (self.redo_action, QKeySequence.StandardKey.Redo)):
            action.setShortcut(key)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("DebtDesk — debt negotiation assistant"))
        self._update_undo_texts()
        for i, text in enumerate((self.tr("&Debts"), self.tr("&Evidence files"),
                                  self.tr("&Call log"), self.tr("&Plan editor"))):
            self.tabs.setTabText(i, text)
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import case file…"))
        self.export_action.setText(self.tr("&Export case file…"))
        self.situation_action.setText(self.tr("Your &situation…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
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
        """Open, migrate and warm the store in the background; the tabs fill when it is ready."""
        from gui.store_opener import StoreOpener

        self.statusBar().showMessage(self.tr("Opening your data…"))
        self._opener = StoreOpener(self)
        self._opener.previewed.connect(self._store_previewed)
        self._opener.opened.connect(self._store_opened)
        self._opener.failed.connect(self._store_failed)
        self._opener.start(self.data_dir)

    def _store_previewed(self, currency: str, views: list[Any]) -> None:
        """The debts as read before the full store is ready: shown at once, read-only."""
        self._preview = (currency, views)
        if self.debts_tab is not None and self.store is None:
            self.debts_tab.show_debts(currency, views)
            self._announce_data()
        elif self.debts_tab is None and self.isHidden():
            self._opener.preview_shown()  # nothing to show it in: do not hold the store back

    def _store_opened(self, store: Any) -> None:
        self.store = store
        self.notify(Change.ALL)
        if self.debts_tab is not None:
            self._announce_data()
        self.statusBar().showMessage(self.tr("Data folder: %1").replace("%1", str(self.data_dir)),
                                     8000)
        self.store_opened.emit()

    def _store_failed(self, message: str) -> None:
        QMessageBox.critical(self, self.tr("Cannot open your data"), self.tr(
            "DebtDesk could not open the data folder %1:\n\n%2").replace(
            "%1", str(self.data_dir)).replace("%2", message))
        self.statusBar().showMessage(message)

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
        from core import situation
        from core.debts import currency
        from gui.situation_dialog import SituationDialog

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

    def import_case(self) -> None:
        from core import casefile

        if self.store is None:
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
        from core import casefile

        backups = self.data_dir / "backups"
        backups.mkdir(mode=0o700, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        casefile.export_case(self.store, backups / f"before-import-{stamp}.json")

    def export_case(self) -> None:
        from core import casefile

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        if self.store is not None:
            self.store.close()
        super().closeEvent(event)


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
