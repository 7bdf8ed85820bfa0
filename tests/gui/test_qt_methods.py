"""Widgets keep Qt's own methods: an attribute named like one (`children`, `actions`,
`scroll`) would hide it, and Qt code calling it on that widget would break."""
from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QSpinBox

from core.case.situation import situation_document
from gui.case.situation_dialog import SituationDialog


def test_situation_dialog_children_is_qt_children(window) -> None:
    dialog = SituationDialog(situation_document(window.store))
    assert isinstance(dialog.children(), list)
    assert isinstance(dialog.children_count, QSpinBox)


def test_debts_tab_actions_is_qt_actions(window) -> None:
    assert isinstance(window.debts_tab.actions(), list)


def test_evidence_preview_scroll_is_qt_scroll(window) -> None:
    preview = window.evidence_tab.preview
    preview.scroll(0, 0)
    assert isinstance(preview.scroll_area, QScrollArea)
