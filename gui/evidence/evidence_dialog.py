"""The details of one piece of evidence: what it is, its date, the debts it supports, whether
it has been checked (complete and true) before it is sent, and a note."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.casefile_spec import EVIDENCE_CATEGORIES
from core.errors import DomainError
from gui.shared import labels
from gui.shared.forms import (
    INVALID_STYLE,
    date_edit,
    error_label,
    fill_combo,
    from_qdate,
    ok_cancel,
    select_code,
    to_qdate,
)


class EvidenceDialog(QDialog):
    def __init__(self, document: dict[str, Any], debts: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceDialog")
        self.setStyleSheet(INVALID_STYLE)
        self._original = document
        self.setWindowTitle(self.tr("Evidence details"))
        self.file_label = QLabel(document.get("name", ""), self)
        self.title = QLineEdit(document.get("title", ""), self)
        self.category = QComboBox(self)
        fill_combo(self.category, EVIDENCE_CATEGORIES, labels.evidence_category)
        select_code(self.category, document.get("category") or "other")
        self.has_date = QCheckBox(self.tr("known"), self)
        self.date = date_edit(self)
        self.has_date.setChecked(document.get("document_date") is not None)
        self.date.setDate(to_qdate(document.get("document_date")))
        self.date.setEnabled(self.has_date.isChecked())
        self.has_date.toggled.connect(self.date.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date, 1)
        self.debts = QListWidget(self)
        linked = set(document.get("debts") or [])
        for ref, creditor in debts:
            item = QListWidgetItem(creditor, self.debts)
            item.setData(Qt.ItemDataRole.UserRole, ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ref in linked
                               else Qt.CheckState.Unchecked)
        self.debts.setMaximumHeight(110)
        self.reviewed = QCheckBox(self.tr("I have checked it is complete and true"), self)
        self.reviewed.setObjectName("reviewedCheck")
        self.reviewed.setChecked(bool(document.get("reviewed")))
        self.note = QPlainTextEdit(document.get("note", ""), self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("File"), self.file_label)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Date on the document"), date_row)
        form.addRow(self.tr("Supports the debts"), self.debts)
        form.addRow(self.tr("Reviewed"), self.reviewed)
        form.addRow(self.tr("Note"), self.note)
        self.error = error_label(self)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self.validate)
        self.resize(520, 460)

    def document(self) -> dict[str, Any]:
        debts = [self.debts.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.debts.count())
                 if self.debts.item(i).checkState() == Qt.CheckState.Checked]
        return {**self._original, "title": self.title.text().strip(),
                "category": self.category.currentData(),
                "document_date": from_qdate(self.date) if self.has_date.isChecked() else None,
                "debts": debts, "reviewed": self.reviewed.isChecked(),
                "note": self.note.toPlainText()}

    def validate(self) -> bool:
        from core.casefile_spec import EVIDENCE

        try:
            EVIDENCE.parse(self.document(), ())
        except DomainError as error:
            self.error.setText(error.message)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return False
        self.error.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def accept(self) -> None:
        if self.validate():
            super().accept()
