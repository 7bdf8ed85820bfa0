"""The Call log tab's way into the collector-conduct view (conduct_view): a button, and
Ctrl+K while the tab is in front. The view is made when first opened, then kept: it follows
the changes announced to the tab, and selects in the tab the contact a breach names."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QTabWidget

from core.changes import Change
from gui.shared.retranslate import Retranslating


class ConductButton(Retranslating, QPushButton):
    def __init__(self, desk: Any, tab: Any) -> None:
        super().__init__(tab)
        self.setObjectName("conductButton")
        self._desk, self._tab = desk, tab
        self.dialog: Any = None  # gui.calllog.conduct_view.ConductDialog, once opened
        self.clicked.connect(lambda: self.open_for(None))
        self.key = QShortcut(QKeySequence("Ctrl+K"), tab)
        self.key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.key.activated.connect(lambda: self.open_for(None))
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Collector co&nduct…"))
        self.setToolTip(self.tr(
            "Ctrl+K: calls that likely broke the rules collectors must follow, and those rules"))

    def open_for(self, debt: str | None) -> None:
        if self._desk.store is None:
            return
        if self.dialog is None:
            from gui.calllog.conduct_view import ConductDialog

            self.dialog = ConductDialog(self._desk, self.window())
            self.dialog.contact_requested.connect(self.select)
        self._to_front()
        self.dialog.open_for(debt)

    def _to_front(self) -> None:
        """The call log behind the view (opened from the debt page too), so the contact a
        breach selects is in sight."""
        pages = self._tab.parentWidget()
        tabs = pages.parentWidget() if pages is not None else None
        if isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(self._tab)

    def select(self, ref: str) -> None:
        """Select the contact `ref` in the tab's table (the table knows contacts by id)."""
        from core.calllog.log_query import contact_id

        self._to_front()
        found = contact_id(self._desk.store, ref) if self._desk.store is not None else None
        if found is not None:
            self._tab.select_contact(found)

    def on_changed(self, changes: Change) -> None:
        if self.dialog is not None:
            self.dialog.on_changed(changes)
