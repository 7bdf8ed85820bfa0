"""The contact form's part about the other side: who called when it was not the creditor
itself (an outside agency, a law firm), and what the person marks about how they behaved.

Folded away for a call the person made, open for one they received or one already marked,
so the form stays short on a small screen. A caller who asks money or a login to "handle"
the debt brings up the warning against paid negotiation agents.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.casefile_spec import CALLER_KINDS, CONDUCT_MARKS
from gui.shared import labels
from gui.shared.forms import fill_combo, line, select_code


class ConductFields(QWidget):
    def __init__(self, document: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conductFields")
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("conductToggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setText(self.tr("Who was on the other side, and how they behaved"))
        self.toggle.toggled.connect(self._unfold)

        self.body = QWidget(self)
        self.kind = QComboBox(self.body)
        self.kind.setObjectName("contactCallerKind")
        fill_combo(self.kind, CALLER_KINDS, labels.caller_kind, with_none=True)
        self.kind.setItemText(0, labels.caller_kind(None))
        select_code(self.kind, document.get("caller_kind"))
        self.caller = line(self.body, self.tr("Its name, e.g. 某某资产管理有限公司"))
        self.caller.setObjectName("contactCaller")
        self.caller.setText(document.get("caller") or "")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        who = QHBoxLayout()
        who.setContentsMargins(0, 0, 0, 0)
        who.addWidget(self.kind)
        who.addWidget(self.caller, 1)

        marked = set(document.get("conduct") or [])
        self.marks: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, code in enumerate(CONDUCT_MARKS):
            box = QCheckBox(labels.conduct(code), self.body)
            box.setObjectName(f"conduct_{code}")
            box.setChecked(code in marked)
            box.toggled.connect(self._check_warning)
            self.marks[code] = box
            grid.addWidget(box, index // 3, index % 3)

        self.warning = QLabel(self)
        self.warning.setObjectName("paidAgentWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning.setStyleSheet("QLabel { background: #fff3e0; color: #6d3b00; "
                                   "border: 1px solid #e0a060; padding: 6px; }")
        self.warning.hide()

        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(18, 0, 0, 0)
        inner.addLayout(who)
        inner.addLayout(grid)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.toggle)
        column.addWidget(self.body)
        column.addWidget(self.warning)
        self._summary = ""
        self._kind_changed()
        filled = bool(marked) or document.get("caller_kind") or document.get("caller")
        self.toggle.setChecked(bool(filled) or document.get("direction") == "incoming")
        self._unfold(self.toggle.isChecked())

    def _unfold(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.body.setVisible(shown)

    def _kind_changed(self) -> None:
        self.caller.setEnabled(self.kind.currentData() is not None)

    def direction_changed(self, direction: str | None) -> None:
        """A call received opens the section: that is when a collector's conduct matters."""
        if direction == "incoming" and not self.toggle.isChecked():
            self.toggle.setChecked(True)

    def summary_changed(self, text: str) -> None:
        self._summary = text
        self._check_warning()

    def _check_warning(self) -> None:
        from core import i18n
        from core.calllog.paid_agents import SHORT_WARNING, WARNING, sounds_like_paid_agent

        asked = self.marks["fee_request"].isChecked() or sounds_like_paid_agent(self._summary)
        if asked:  # the short form here, the whole of it on hover and in the guide
            language = i18n.language()
            self.warning.setText(SHORT_WARNING.get(language, SHORT_WARNING["en"]))
            self.warning.setToolTip(WARNING.get(language, WARNING["en"]))
        self.warning.setVisible(asked)

    def values(self) -> dict[str, Any]:
        kind = self.kind.currentData()
        return {"caller_kind": kind,
                "caller": self.caller.text().strip() if kind is not None else "",
                "conduct": [code for code, box in self.marks.items() if box.isChecked()]}
