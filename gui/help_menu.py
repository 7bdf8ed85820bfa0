"""The Help menu: the seven steps (F1, at the step of the tab in front), "What is this?"
(Shift+F1, then a click on a field: its explanation) and About."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget


class HelpMenu(QObject):
    """Given the menu, the data folder (About names it) and how to tell the tab in front.

    Qt tells widgets, not other objects, that the language changed: this one hears it
    through the menu it fills."""

    def __init__(self, menu: QMenu, data_dir: Path, current_tab: Callable[[], int],
                 window: QWidget) -> None:
        super().__init__(window)
        self._menu, self._data_dir, self._current_tab = menu, data_dir, current_tab
        self._window = window
        self.guide_action = QAction(window)
        self.guide_action.setObjectName("guideAction")
        self.guide_action.triggered.connect(self.open_guide)
        self.about_action = QAction(window)
        self.about_action.triggered.connect(self.about)
        from PySide6.QtWidgets import QWhatsThis

        self.whats_this_action = QWhatsThis.createAction(window)  # Shift+F1 as well
        self.whats_this_action.setObjectName("whatsThisAction")
        menu.addAction(self.guide_action)
        menu.addAction(self.whats_this_action)
        menu.addSeparator()
        menu.addAction(self.about_action)
        self.guide: Any = None
        self.about_dialog: Any = None
        menu.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def set_shortcut(self) -> None:
        """After the first paint, as the window's other shortcuts."""
        from PySide6.QtGui import QKeySequence

        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1

    def retranslate(self) -> None:
        self._menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("The seven &steps…"))
        self.whats_this_action.setText(self.tr("&What is this?"))
        self.about_action.setText(self.tr("&About DebtDesk"))

    def open_guide(self) -> None:
        """The guide, at the step the tab in front serves."""
        from gui.guide_dialog import TAB_STEPS, GuideDialog

        index = self._current_tab()
        step = TAB_STEPS[index] if 0 <= index < len(TAB_STEPS) else 1
        if self.guide is None:
            self.guide = GuideDialog(step, self._window)
        self.guide.show_step(step)
        self.guide.show()
        self.guide.raise_()

    def about(self) -> None:
        from gui.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self._data_dir, self._window)
        self.about_dialog.open()
