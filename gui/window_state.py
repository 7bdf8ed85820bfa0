"""The main window's size, its docks and toolbars, and the tab in front, kept between runs
in QSettings."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QTabWidget

from gui.shared.fit import fit_on_screen


def restore_window_state(window: QMainWindow, tabs: QTabWidget) -> None:
    settings = QSettings()
    geometry = settings.value("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        fit_on_screen(window, 1180, 720)
    state = settings.value("window/state")
    if state is not None:
        window.restoreState(state)
    tab = settings.value("window/tab", 0, type=int)
    tabs.setCurrentIndex(tab if isinstance(tab, int) else 0)


def save_window_state(window: QMainWindow, tabs: QTabWidget) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/tab", tabs.currentIndex())
