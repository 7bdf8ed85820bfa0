"""Changes made outside this window — by the command line, or by the window that holds the
store — are picked up when the window comes back to the front.

Every tab then reloads. Undo history made before is cleared: its commands would replay over
data that is no longer what they were made from (a deleted debt restored under an id that
now exists, say), so the person is told that undo starts afresh."""
from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from core.changes import Change
from gui.shared.context import Desk

log = logging.getLogger(__name__)


class OutsideChanges(QObject):
    def __init__(self, desk: Desk, parent: QObject) -> None:
        super().__init__(parent)
        self._desk = desk
        self._watching = False

    def watch(self) -> None:
        """From now on, coming back to the front picks up what changed. Called once the store
        is open, with Qt's enums made: connected before the first paint, the signal's
        ApplicationState could not be handed to Python (a TypeError at start-up)."""
        from PySide6.QtCore import Qt  # noqa: F401 - the enums the signal's argument needs

        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._watching:
            app.applicationStateChanged.connect(self._state_changed)
            self._watching = True

    def stop(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._watching:
            self._watching = False
            with contextlib.suppress(RuntimeError, TypeError):
                app.applicationStateChanged.disconnect(self._state_changed)

    def pick_up(self) -> bool:
        """If the database changed since the last look: undo starts afresh, every tab
        reloads, and the status line says why. True if anything had changed."""
        store = self._desk.store
        if store is None:
            return False
        try:
            changed = store.changed_since_last_look()
        except Exception:  # noqa: BLE001 - a look that fails must not stop the window
            log.warning("looking for outside changes failed", exc_info=True)
            return False
        if changed:
            log.info("picked up changes made outside this window")
            self._desk.clear_undo()
            self._desk.notify(Change.ALL)
            self._desk.statusBar().showMessage(self.tr(
                "Changes made outside this window were loaded. What you did before them can "
                "no longer be undone."), 12000)
        return changed

    def _state_changed(self, state: Any) -> None:
        from PySide6.QtCore import Qt  # its enums take 30 ms to make: not before the paint

        if state == Qt.ApplicationState.ApplicationActive:
            self.pick_up()
