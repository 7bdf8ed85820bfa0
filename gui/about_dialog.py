"""About DebtDesk: what it is, its version and licence, where the data and backups are (with
a button that opens the folder), and the components it is built from with their licences."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from core.about import COMPONENTS, LICENCE, version
from gui.shared.retranslate import fill


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        from core.case.backup import AUTO_FOLDER

        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About DebtDesk"))
        self._data_dir = data_dir
        text = QLabel(self)
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        text.setOpenExternalLinks(True)
        components = "".join(
            f"<li>{escape(c.name)} — {escape(c.licence)}</li>" for c in COMPONENTS)
        text.setText(
            "<h3>DebtDesk 债务协商助手</h3>"
            + fill(self.tr("<p>Version %1. Free software under the %2 licence: you may use, "
                           "share and change it; it comes with no warranty.</p>"),
                   escape(version()), LICENCE)
            + self.tr("<p>Helps you negotiate overdue debts with your creditors and keep to "
                      "what was agreed.</p>")
            + fill(self.tr("<p>Your data stays on this computer, in %1. Backups are kept in "
                           "%2.</p>"), escape(str(data_dir)), escape(str(data_dir / AUTO_FOLDER)))
            + self.tr("<p>Built with:</p>") + f"<ul>{components}</ul>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_folder = buttons.addButton(self.tr("Open the data &folder"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.setObjectName("openDataFolder")
        self.open_folder.clicked.connect(self.show_data_folder)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(text)
        column.addWidget(buttons)

    def show_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))
