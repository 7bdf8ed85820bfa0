"""Choose a backup to restore: when it was made and what it holds."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gui.shared.forms import ok_cancel
from gui.shared.retranslate import fill


class BackupDialog(QDialog):
    def __init__(self, backups: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        for backup in backups:
            counts = backup.counts
            what = fill(self.tr("%1 debts, %2 contacts, %3 payments, %4 documents"),
                        counts.get("debts", "?"), counts.get("contacts", "?"),
                        counts.get("payments", "?"), counts.get("evidence", "?"))
            kind = self.tr("automatic") if backup.automatic else self.tr("made by hand")
            item = QListWidgetItem(f"{backup.made_at:%Y-%m-%d %H:%M} · {what} · {kind}",
                                   self.list)
            item.setData(Qt.ItemDataRole.UserRole, backup)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        note = QLabel(self.tr(
            "Restoring replaces everything in DebtDesk with the backup; what you have now is "
            "kept first as a backup of its own."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(ok_cancel(self))
        self.resize(560, 360)

    def chosen(self) -> Any:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
