"""When the data cannot be opened because its database is damaged, or the check of its pages
finds damage once it has opened, the error dialog offers to put the newest good backup in its
place (the damaged file is renamed and kept)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from core.errors import DomainError
from gui.shared.retranslate import fill

if TYPE_CHECKING:
    from core.store.damage import StoreDamaged
    from core.store.seal import SealKey


class OpenFailure(QObject):
    """The open-failure dialog; `show()` returns True when a backup was put back, so the
    window opens its data again."""

    def show(self, parent: QWidget, title: str, text: str, data_dir: Path,
             can_restore: bool, key: SealKey | None = None, found: StoreDamaged | None = None,
             before_restore: Callable[[], None] | None = None) -> bool:
        """`key` is a sealed store's (core.store.seal.SealKey): its backups are read with it.
        `found` is the damage already found, with the backup it named: the files are not
        read again here, on the GUI thread. `before_restore` is called once the person has
        chosen to restore, before the damaged file is moved aside (to close the store)."""
        from core.paths import DATABASE_NAME
        from core.store.damage import damage_in, newest_good_backup

        box = QMessageBox(QMessageBox.Icon.Critical, title, text,
                          QMessageBox.StandardButton.Close, parent)
        newest = None
        if found is not None:
            newest = found.backup if can_restore else None
        elif can_restore and (data_dir / DATABASE_NAME).exists() \
                and damage_in(data_dir / DATABASE_NAME, key) is not None:
            newest = newest_good_backup(data_dir, key)
        restore = None
        if newest is not None:
            restore = box.addButton(self.tr("Restore the newest backup"),
                                    QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(restore)
        box.exec()
        if newest is None or restore is None or box.clickedButton() is not restore:
            return False
        from core.case.backup import restore_damaged

        if before_restore is not None:
            before_restore()
        try:
            aside = restore_damaged(data_dir, newest.path, key)
        except DomainError as error:
            QMessageBox.warning(parent, self.tr("Cannot restore"), error.message)
            return False
        QMessageBox.information(parent, self.tr("Backup restored"), fill(self.tr(
            "The backup of %1 is back in place. The damaged file is kept as %2."),
            newest.made_at.strftime("%Y-%m-%d %H:%M"), aside.name))
        return True
