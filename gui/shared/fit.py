"""Windows open at a comfortable size, but never larger than the screen they are on.

A 1366×768 laptop with a taskbar leaves about 1366×728; a dialog opened at 1100×760 there
hides its buttons below the screen's edge. Every window that chooses its first size goes
through `fit_on_screen`."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(24, 48)  # the title bar and borders the window manager adds


def fitted(size: QSize, available: QSize) -> QSize:
    """`size`, shrunk to what `available` holds once a window's frame is added."""
    return QSize(min(size.width(), available.width() - FRAME.width()),
                 min(size.height(), available.height() - FRAME.height()))


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width×height, or less where its screen is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    size = QSize(width, height)
    if screen is not None:
        size = fitted(size, screen.availableGeometry().size())
    window.resize(size.expandedTo(window.minimumSizeHint()))
