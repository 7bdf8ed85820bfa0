"""Opening the case in the window and closing it: the folder's lock, a sealed store's key,
the store opened in the background, and what comes of it — the data shown, the reminders
started, or the open-failure dialog when the data cannot be opened.

The check of every page of the database begins once the data shows (core.store.
damage_check), so it does not slow the showing. When it finds damage, the window turns
read-only and the same dialog offers the newest good backup, as when damage is found at the
opening itself.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from core.changes import Change
from gui.shared.retranslate import fill

log = logging.getLogger(__name__)

SETTLE_MS = 1000  # after the case opens: reminders, then the chart library in the background


class StatusNote:
    """A status-bar message that follows the language: its text is made by a function, and
    made again when the language changes while it still shows (for what is left of its
    time), so a message shown just before the switch does not stay in the old language."""

    def __init__(self, window: Any) -> None:
        self._window = window
        self._make: Callable[[], str] | None = None
        self._text = ""
        self._until = 0.0  # time.monotonic() when it goes; 0: it stays until replaced

    def show(self, make: Callable[[], str], timeout_ms: int = 0) -> None:
        self._make, self._text = make, make()
        self._until = time.monotonic() + timeout_ms / 1000 if timeout_ms else 0.0
        self._window.statusBar().showMessage(self._text, timeout_ms)

    def retranslate(self) -> None:
        bar = self._window.statusBar()
        if self._make is None or bar.currentMessage() != self._text:
            return  # gone, or replaced by another message
        left = 0
        if self._until:
            left = int((self._until - time.monotonic()) * 1000)
            if left <= 0:
                return
        self._text = self._make()
        bar.showMessage(self._text, left)


class CaseOpening(QObject):
    """Given the main window: its data folder, tabs, status bar and `read_only` flag."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self._opener: Any = None
        self.lock: Any = None  # core.store.lock.StoreLock while this window may write
        self.key: Any = None  # a sealed store's key (core.store.seal.SealKey) while open
        self.status = StatusNote(window)

    def open(self, key: Any = None) -> None:
        """Open, migrate and warm the store in the background; the tabs fill when it is ready.
        A sealed store asks for its passphrase first, then comes back here with its `key`.
        Only one window writes to a store: this one takes the store's lock, or, when another
        window holds it, asks whether to open read-only or quit."""
        from core.store.lock import StoreLock
        from core.store.seal import is_sealed
        from gui.read_only import open_read_only
        from gui.store_opener import StoreOpener

        window = self._window
        if self.lock is None and not window.read_only:
            try:
                self.lock = StoreLock.acquire(window.data_dir)
            except OSError as error:
                self._failed(error.strerror or type(error).__name__)
                return
            if self.lock is None and not open_read_only(window):
                window.close()
                return
        if key is None and is_sealed(window.data_dir):
            window.security.ask_passphrase()
            return
        self.key = key
        self.status.show(lambda: QCoreApplication.translate("MainWindow", "Opening your data…"))
        self._opener = StoreOpener()  # no parent: its thread keeps it alive
        self._opener.previewed.connect(self._previewed)
        self._opener.opened.connect(self._opened)
        self._opener.failed.connect(self._failed)
        self._opener.damaged.connect(self._damaged)
        self._opener.start(window.data_dir, read_only=window.read_only, key=key)

    def preview_shown(self) -> None:
        if self._opener is not None:
            self._opener.preview_shown()

    def close(self, let_go: bool = False) -> None:
        """Close the store and hide the case (to lock it, or while its passphrase changes);
        with `let_go` the folder's lock goes too, for the core operation that takes it."""
        window = self._window
        window.save_pending_edits()
        if window.outside is not None:
            window.outside.stop()
        if window.evidence_tab is not None:
            window.evidence_tab.forget_documents()  # plain copies removed, thumbnails dropped
        if window.store is not None:
            window.store.close()
        window.store = self.key = None
        window.undo_stack.clear()
        if (central := window.centralWidget()) is not None:
            central.hide()
        if let_go and self.lock is not None:
            self.lock.release()
            self.lock = None

    def _previewed(self, currency: str, views: list[Any]) -> None:
        """The debts as read before the full store is ready: shown at once, read-only."""
        window = self._window
        window.preview = (currency, views)
        if (central := window.centralWidget()) is not None:  # unlocked: the case shows again
            central.show()
        if window.debts_tab is not None and window.store is None:
            window.debts_tab.show_debts(currency, views)
            window.announce_data()
        elif window.debts_tab is None and window.isHidden():
            self._opener.preview_shown()  # nothing to show it in: do not hold the store back

    def _opened(self, store: Any) -> None:
        from gui.outside_changes import OutsideChanges

        window = self._window
        log.info("store opened%s", " read-only" if store.read_only else "")
        window.store = store
        store.changed_since_last_look()  # what is shown now is the starting point
        if (central := window.centralWidget()) is not None:
            central.show()
        window.notify(Change.ALL)
        if window.debts_tab is not None:
            window.announce_data()
        self.status.show(lambda: fill(QCoreApplication.translate(
            "MainWindow", "Data folder: %1"), window.data_dir), 8000)
        window.store_opened.emit()
        window.security.opened()
        window.reminders.start()
        window.outside = OutsideChanges(window, window)
        window.outside.watch()
        QTimer.singleShot(SETTLE_MS, self._settled)

    def _settled(self) -> None:
        """A moment after the case has opened, once every tab has had its turn: the check of
        every page of the database begins (beside the window: what it finds comes back through
        the opener's `damaged`), what is due (a notice, not the data itself), and the chart
        library loads in the background so the Plan tab's chart shows at once (the tab starts
        the same loading if it comes first)."""
        import os

        from gui.plans.chart import library

        store = self._window.store
        if store is None:
            return  # closed (locked, or damaged and put back) in the meantime
        if store.damage is not None:
            store.damage.begin()
        self._window.reminders.check_in_background()
        if os.environ.get("DEBTDESK_WARM_UP", "1") != "0":  # the tests keep their timing
            library().load()

    def _failed(self, message: str, found: Any = None) -> None:
        """The store could not be opened (`found`: the StoreDamaged that said why, if so)."""
        window = self._window
        log.info("the store could not be opened")
        window.statusBar().showMessage(message)
        self._offer_restore(
            QCoreApplication.translate("MainWindow", "Cannot open your data"),
            fill(QCoreApplication.translate(
                "MainWindow", "DebtDesk could not open the data folder %1:\n\n%2"),
                window.data_dir, message), found)

    def _damaged(self, store: Any, found: Any) -> None:
        """The check of every page found damage: at the opening (`store` None), or once the
        data showed. Then the window turns read-only (the store already refuses every
        write) and the newest good backup is offered, as for damage found at the opening."""
        from gui.read_only import make_read_only

        window = self._window
        if store is None:
            self._failed(found.message, found)
            return
        if store is not window.store:
            return  # closed since
        log.info("the store's check found damage after it opened")
        make_read_only(window, damaged=True)
        window.statusBar().showMessage(found.message)
        self._offer_restore(self.tr("Your data is damaged"), fill(self.tr(
            "DebtDesk found damage in the data folder %1:\n\n%2\n\nNothing more can be saved "
            "there: this window is read-only."), window.data_dir, found.message), found,
            close_first=True)

    def _offer_restore(self, title: str, text: str, found: Any,
                       close_first: bool = False) -> None:
        """The open-failure dialog (gui/case/damaged.py); when a backup was put back, the
        case opens again, writable. `close_first`: the store is open, and is closed before
        the damaged file is moved aside."""
        from gui.case.damaged import OpenFailure
        from gui.read_only import make_writable

        window, key, closed = self._window, self.key, []

        def close() -> None:
            self.close()
            closed.append(True)

        restored = OpenFailure(window).show(
            window, title, text, window.data_dir, can_restore=self.lock is not None, key=key,
            found=found, before_restore=close if close_first else None)
        if not restored and not closed:
            return
        if restored and self.lock is not None:
            make_writable(window)
            self.lock.release()  # open takes it again
            self.lock = None
        self.open(key)
