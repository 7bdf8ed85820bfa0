"""Work that must not delay the window's first paint runs right after it."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs a callback on the turn of the event loop after `widget` first paints."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
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
