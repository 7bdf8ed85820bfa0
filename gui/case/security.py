"""File ▸ Security: lock now, lock after a time without use, and protect the case with a
passphrase, change it, or remove it; and the unlock screen a sealed case opens behind.

Given the main window: its store, `open_store(key)` and `close_case()`. Locking forgets the
key (the store is closed), hides the case and shows the unlock screen; unlocking opens the
store again as at start-up.
"""
from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox

from gui.shared.retranslate import Retranslating, fill

IDLE_CHOICES = (0, 5, 15, 30, 60)  # minutes; 0 is never
IDLE_DEFAULT = 15
IDLE_SETTING = "security/lockAfterMinutes"
OFFERED_SETTING = "security/protectionOffered"  # "yes" or "no": the answer, asked once
_INPUT = frozenset((QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod))


class Security(Retranslating, QObject):
    def __init__(self, window: Any, file_menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self._window = window
        self.menu = QMenu(window)
        file_menu.insertMenu(before, self.menu)
        file_menu.insertSeparator(before)
        self.lock_action = self._add(self.lock_now, "lockNowAction")
        self.idle_menu = self.menu.addMenu("")
        self.idle_group = QActionGroup(self)
        self.idle_actions: dict[int, QAction] = {}
        for minutes in IDLE_CHOICES:
            action = QAction(self, checkable=True)
            action.triggered.connect(lambda _on=False, m=minutes: self.set_idle_minutes(m))
            self.idle_group.addAction(action)
            self.idle_menu.addAction(action)
            self.idle_actions[minutes] = action
        self.idle_actions.get(self.idle_minutes(), self.idle_actions[IDLE_DEFAULT]).setChecked(
            True)
        self.menu.addSeparator()
        self.protect_action = self._add(lambda: self.change("protect"), "protectAction")
        self.change_action = self._add(lambda: self.change("change"), "changePassphraseAction")
        self.unprotect_action = self._add(lambda: self.change("unprotect"), "unprotectAction")
        self.recovery_action = self._add(self.make_recovery_sheet, "recoverySheetAction")
        self.recovery_dialog: Any = None
        self.unlock_dialog: Any = None
        self.protect_dialog: Any = None
        self.offer_protection = False  # set by the app: the tests' fresh folders are not asked
        from core.paths import DATABASE_NAME

        self._fresh = not (window.data_dir / DATABASE_NAME).exists()  # no case there yet
        self._idle_seconds = 60.0 * self.idle_minutes()
        self._last_input = time.monotonic()
        self._watching = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_check)
        self.menu.installEventFilter(self)
        self.retranslate()
        self.update()

    def _add(self, slot: Any, name: str) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def set_shortcut(self) -> None:
        """After the first paint, as the window's other shortcuts."""
        from PySide6.QtGui import QKeySequence

        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Securit&y"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.idle_menu.setTitle(self.tr("Lock after &idle"))
        for minutes, action in self.idle_actions.items():
            action.setText(fill(self.tr("After %1 minutes"), minutes) if minutes
                           else self.tr("Never"))
        self.protect_action.setText(self.tr("&Protect with a passphrase…"))
        self.change_action.setText(self.tr("&Change the passphrase…"))
        self.unprotect_action.setText(self.tr("&Remove the protection…"))
        self.recovery_action.setText(self.tr("Make a recovery &key…"))

    @property
    def sealed(self) -> bool:
        store = self._window.store
        return store is not None and store.key is not None

    def update(self) -> None:
        """After the store opened or closed: what the menu offers, and the idle watch."""
        window = self._window
        writable = window.store is not None and not window.read_only
        self.lock_action.setEnabled(self.sealed)
        self.protect_action.setEnabled(writable and not self.sealed)
        self.change_action.setEnabled(writable and self.sealed)
        self.unprotect_action.setEnabled(writable and self.sealed)
        self.recovery_action.setEnabled(writable and self.sealed)
        self._watch(self.sealed)

    # --- opening ------------------------------------------------------------------------
    def opened(self) -> None:
        """The store is open: the menu follows it; a first case is offered protection once."""
        self.update()
        settings = QSettings()
        if not (self.offer_protection and self._fresh) or self._window.read_only \
                or self.sealed or settings.value(OFFERED_SETTING):
            return
        self._fresh = False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Protect your case?"), self.tr(
            "DebtDesk can keep this case encrypted behind a passphrase, so that nobody who "
            "opens this computer's files can read your debts or your documents. A forgotten "
            "passphrase cannot be recovered by anyone. You can also do this later, from "
            "File ▸ Security."), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window)
        box.setObjectName("offerProtection")

        def answered(button: int) -> None:
            yes = button == QMessageBox.StandardButton.Yes
            QSettings().setValue(OFFERED_SETTING, "yes" if yes else "no")
            if yes:
                self.change("protect")

        box.finished.connect(answered)
        self.offer_box = box
        box.open()

    def ask_passphrase(self, note: str = "") -> None:
        """The unlock screen over the (hidden) case; Quit closes the window."""
        window = self._window
        window.centralWidget().hide()
        if self.unlock_dialog is not None:
            return
        from gui.case.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(window.data_dir, window, note)
        dialog.unlocked.connect(self._unlocked)
        dialog.quit_requested.connect(window.close)
        self.unlock_dialog = dialog
        dialog.open()

    def _unlocked(self, key: Any) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        if key.by_recovery:  # the passphrase is forgotten: a new one, once the case is open
            self._window.store_opened.connect(self._after_recovery)
        self._window.open_store(key)

    def _after_recovery(self) -> None:
        self._window.store_opened.disconnect(self._after_recovery)
        if self.sealed:
            self.change("change", self.tr("You opened the case with its recovery key. Choose "
                                          "a new passphrase now."))

    # --- the recovery key ---------------------------------------------------------------
    def make_recovery_sheet(self) -> None:
        """A new recovery key for the open sealed case (only seal.json changes), then its
        sheet. One made before stops working: asked first."""
        window = self._window
        if not self.sealed or window.read_only:
            return
        if window.store.key.recovery is not None and QMessageBox.question(
                window, self.tr("Make a new recovery key?"),
                self.tr("The recovery key made before will stop working. Make a new one?"),
        ) != QMessageBox.StandardButton.Yes:
            return
        from core.case import sealing
        from core.errors import DomainError
        from core.store.seal import new_recovery_code

        code = new_recovery_code()
        try:
            window.store.key = sealing.add_recovery(window.data_dir, window.store.key, code)
        except (DomainError, OSError) as error:
            QMessageBox.warning(window, self.tr("No recovery key made"),
                                getattr(error, "message", None) or str(error))
            return
        self.show_recovery_sheet(code, window.store.key.fingerprint())

    def show_recovery_sheet(self, code: str, fingerprint: str) -> None:
        from gui.case.recovery_sheet import RecoverySheetDialog

        self.recovery_dialog = RecoverySheetDialog(code, fingerprint,
                                                   self._window.languages.current,
                                                   self._window)
        self.recovery_dialog.open()

    # --- locking ------------------------------------------------------------------------
    def lock_now(self, idle: bool = False) -> None:
        """Close the store (its key forgotten), hide the case, ask for the passphrase. A
        dialog open at that moment is cancelled, and the unlock screen says so."""
        if not self.sealed:
            return
        cancelled = 0
        for dialog in self._window.findChildren(QDialog):
            if dialog.isVisible() and dialog is not self.unlock_dialog:
                dialog.reject()
                cancelled += 1
        self._window.close_case()
        self.update()
        notes = []
        if idle:
            notes.append(fill(self.tr("The case was locked after %1 minutes without use."),
                              self.idle_minutes()))
        if cancelled:
            notes.append(self.tr("A dialog that was open was closed without saving its "
                                 "changes."))
        self.ask_passphrase("\n".join(notes))

    def idle_minutes(self) -> int:
        value = QSettings().value(IDLE_SETTING, IDLE_DEFAULT)
        try:
            minutes = int(str(value))
        except ValueError:
            return IDLE_DEFAULT
        return minutes if minutes in IDLE_CHOICES else IDLE_DEFAULT

    def set_idle_minutes(self, minutes: int) -> None:
        QSettings().setValue(IDLE_SETTING, minutes)
        self.idle_actions[minutes].setChecked(True)
        self.set_idle_limit(60.0 * minutes)

    def set_idle_limit(self, seconds: float) -> None:
        """No input for `seconds` locks a sealed case (0: never)."""
        self._idle_seconds = seconds
        self._watching = False
        self._watch(self.sealed)

    def _watch(self, on: bool) -> None:
        app = QApplication.instance()
        on = on and self._idle_seconds > 0
        if on and not self._watching and app is not None:
            app.installEventFilter(self)
            self._last_input = time.monotonic()
            self._idle.start(int(self._idle_seconds * 1000))
        elif not on and app is not None:
            app.removeEventFilter(self)
            self._idle.stop()
        self._watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
        elif event.type() == QEvent.Type.LanguageChange and watched is self.menu:
            self.retranslate()  # not a widget itself: told through the menu it fills
        return False

    def _idle_check(self) -> None:
        left = self._idle_seconds - (time.monotonic() - self._last_input)
        if left <= 0:
            self.lock_now(idle=True)
        elif self._watching:
            self._idle.start(int(left * 1000) + 1)

    # --- protect, change, remove --------------------------------------------------------
    def change(self, mode: str, note: str = "") -> None:
        """Protect ("protect"), change the passphrase ("change") or remove it ("unprotect")."""
        window = self._window
        if window.store is None or window.read_only:
            return
        from gui.case.protect_dialog import ProtectDialog

        dialog = ProtectDialog(mode, window, note)
        dialog.submitted.connect(lambda text: self._switch(dialog, mode, text))
        self.protect_dialog = dialog
        dialog.open()

    def _switch(self, dialog: Any, mode: str, passphrase: str) -> None:
        """The store closed and the folder let go (the core operation takes it), the work in
        a worker, then the store opened again: with the new key, or the old one if refused."""
        from core.case import sealing
        from core.store.seal import derive, new_params, new_recovery_code, unlock
        from gui.case.seal_job import SealJob

        window = self._window
        data_dir, old = window.data_dir, window.store.key
        code = new_recovery_code() if mode != "unprotect" and dialog.recovery.isChecked() \
            else None
        job = SealJob()

        def work() -> tuple[Any, Any]:
            if mode == "unprotect":
                unlock(data_dir, passphrase)  # the one typed is this case's
                return sealing.unprotect(data_dir, old, job.report), None
            new = derive(passphrase, new_params())
            if code is not None:
                new = new.with_recovery(code)
            if mode == "protect":
                return sealing.protect(data_dir, new, job.report), new
            return sealing.change_passphrase(data_dir, old, new, job.report), new

        def done(result: tuple[Any, Any]) -> None:
            backup, key = result
            window.open_store(key)
            dialog.work_done()
            if code is not None and key is not None:
                self.show_recovery_sheet(code, key.fingerprint())
            QMessageBox.information(window, dialog.windowTitle(), fill({
                "protect": self.tr("Your case is now protected with the passphrase. A backup "
                                   "of it as it was is kept as %1."),
                "change": self.tr("The passphrase is changed. A backup of the case as it was "
                                  "is kept as %1."),
                "unprotect": self.tr("The protection is removed: the case is stored "
                                     "unencrypted. A backup of it as it was is kept as %1."),
            }[mode], backup.name))

        def failed(message: str, wrong: bool) -> None:
            window.open_store(old)
            dialog.work_done(self.tr("That passphrase does not open this case.") if wrong
                            else message)

        dialog.working()
        window.close_case(let_go=True)
        self.update()
        self.job = job
        self.job.progress.connect(dialog.lines.progress)
        self.job.done.connect(done)
        self.job.failed.connect(failed)
        self.job.start(work)
