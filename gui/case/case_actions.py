"""The File menu's operations on the case as a whole: import, export, back up, restore, and
the person's situation. Each is given the desk and a parent for its dialogs."""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.changes import Change
from core.errors import DomainError
from gui.case.case_job import CaseJob
from gui.shared.context import Desk
from gui.shared.retranslate import fill


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """gui.shared.forms.confirm, imported when first asked (forms is not start-up's)."""
    from gui.shared.forms import confirm as ask

    return ask(parent, title, text)


class CaseActions(QObject):
    """Import, export and Back up now run as a `CaseJob` (one at a time, in `job` while it
    runs; `job_ended` when it is over, whatever the outcome)."""

    job_ended = Signal()

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self._desk, self._parent = desk, parent
        self.job: CaseJob | None = None

    def _say(self, text: str, ms: int = 8000) -> None:
        self._desk.statusBar().showMessage(text, ms)

    def edit_situation(self) -> None:
        from core.case import situation
        from core.debts.debts import currency
        from gui.case.situation_dialog import SituationDialog
        from gui.shared.undo import replace_through_dialog

        store = self._desk.store
        if store is None:
            return
        old = situation.situation_document(store)
        replace_through_dialog(self._desk, SituationDialog(old, currency(store), self._parent),
                               self.tr("Edit your situation"), old,
                               lambda doc: situation.save_situation(store, doc),
                               refused_title=self.tr("Cannot save"))

    def import_case(self) -> None:
        """Read and check the file, then (after the confirm and the copy kept before a
        replace) write it: each step off the GUI thread, under one progress dialog."""
        from core.case.archive import sealed_header

        store, parent = self._desk.store, self._parent
        if store is None or self.job is not None:
            return
        try:
            store.check_writable()
        except DomainError as error:
            QMessageBox.warning(parent, self.tr("Cannot import this file"), error.message)
            return
        name, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Import case file"), "",
            self.tr("Case files (*.debtcase *.json);;Archive with evidence (*.debtcase);;"
                    "Case data only (*.json)"))
        if not name:
            return
        path = Path(name)
        try:  # a sealed archive's passphrase is asked here, on the GUI thread, when needed
            sealed = path.suffix.lower() == ".debtcase" and sealed_header(path) is not None
            passphrase = self._ask_passphrase(name) if sealed else ""
        except DomainError as error:
            QMessageBox.warning(parent, self.tr("Cannot import this file"), error.message)
            return

        def load(job: CaseJob) -> Any:
            from core.case.casefile import load_case_file

            return load_case_file(path, lambda: passphrase, progress=job.report,
                                  cancelled=job.cancelled)

        self._start(load, self.tr("Import case file"), fill(self.tr("Reading %1…"), path.name),
                    self.tr("Cannot import this file"),
                    self.tr("Import cancelled: nothing was changed."),
                    lambda source: self._write_import(path, source))

    def _write_import(self, path: Path, source: Any) -> None:
        from core.case import casefile
        from core.case.backup import keep_before_replace

        store, parent = self._desk.store, self._parent
        if store is None:
            return
        with store.read() as session:
            empty = casefile.store_is_empty(session)
        if not empty and not confirm(parent, self.tr("Replace your case?"), fill(self.tr(
                "Your data already holds a case. Importing replaces all of it. A copy of "
                "the current case is saved first in %1."), self._desk.data_dir / "backups")):
            return

        def write(job: CaseJob) -> None:
            if not empty:
                keep_before_replace(store)
            casefile.import_case(store, source, replace=not empty, progress=job.report,
                                 cancelled=job.cancelled)

        def imported(_: object) -> None:
            self._desk.clear_undo()
            self._desk.notify(Change.ALL)
            self._say(fill(self.tr("Imported %1"), path.name))

        self._start(write, self.tr("Import case file"),
                    fill(self.tr("Importing %1…"), path.name),
                    self.tr("Cannot import this file"),
                    self.tr("Import cancelled: nothing was changed."), imported)

    def _start(self, work: Any, title: str, label: str, refused: str, cancelled: str,
               then: Any) -> None:
        """Run `work(job)` in a thread under a progress dialog; `then(result)` on the GUI
        thread when it is done. A failure is shown in a message box titled `refused`, a
        cancel said in the status bar as `cancelled`. `job_ended` once nothing follows."""
        job = CaseJob()
        self.job = job

        def over(say: Any, *what: Any) -> None:
            if self.job is job:
                self.job = None
            say(*what)  # may start the next step (then `job` is that step's)
            if self.job is None:
                self.job_ended.emit()

        job.done.connect(lambda result: over(then, result))
        job.failed.connect(lambda message: over(QMessageBox.warning, self._parent, refused,
                                                message))
        job.stopped.connect(lambda: over(self._say, cancelled))
        job.show_progress(self._parent, title, label)
        job.start(work)

    def _ask_passphrase(self, name: str) -> str:
        """A sealed .debtcase's passphrase, asked only when the file is sealed."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(
            self._parent, self.tr("A protected case file"),
            fill(self.tr("%1 is protected with a passphrase. Type it to open the file:"),
                 Path(name).name), QLineEdit.EchoMode.Password)
        if not ok:
            raise DomainError(self.tr("Not imported: the file cannot be opened without its "
                                      "passphrase."))
        return text

    def export_case(self) -> None:
        from core.case import casefile

        store = self._desk.store
        if store is None or self.job is not None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export case file"), "case.debtcase",
            self.tr("Archive with evidence (*.debtcase);;Case data only (*.json)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".json", ".debtcase"):
            path = path.with_suffix(".debtcase")
        self._desk.save_pending_edits()
        self._start(lambda job: casefile.export_case(
            store, path, progress=job.report, cancelled=job.cancelled),
            self.tr("Export case file"), fill(self.tr("Exporting to %1…"), path.name),
            self.tr("Cannot export"), self.tr("Export cancelled: no file was written."),
            lambda _: self._say(fill(self.tr("Exported to %1"), path)))

    def back_up_on_close(self) -> None:
        """The day's automatic snapshot (at most one a day; old ones rotate out)."""
        from core.case.backup import auto_backup

        store = self._desk.store
        if (store is None or self._desk.read_only
                or os.environ.get("DEBTDESK_AUTO_BACKUP", "1") == "0"):
            return
        try:
            auto_backup(store)
        except DomainError as error:  # never stands in the way of closing
            logging.getLogger("debtdesk").warning("automatic backup failed: %s",
                                                  type(error).__name__)

    def back_up_now(self) -> None:
        from core.case.backup import snapshot

        store = self._desk.store
        if store is None or self.job is not None:
            return
        self._desk.save_pending_edits()
        self._start(lambda job: snapshot(store, "manual-", progress=job.report,
                                         cancelled=job.cancelled),
                    self.tr("Back up now"), self.tr("Backing up your case…"),
                    self.tr("Cannot back up"), self.tr("Backup cancelled: no backup was made."),
                    lambda made: self._say(fill(self.tr("Backed up to %1"), made)))

    def restore_backup(self) -> None:
        from core.case.backup import list_backups, restore

        store, parent = self._desk.store, self._parent
        if store is None or self._desk.read_only:
            return
        backups = list_backups(store)
        if not backups:
            QMessageBox.information(parent, self.tr("Restore from backup"), self.tr(
                "There is no backup yet. DebtDesk makes one each day when you close it; "
                "File → Back up now makes one at once."))
            return
        from gui.case.backup_dialog import BackupDialog

        dialog = BackupDialog(backups, parent)
        if not dialog.exec() or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        if not confirm(parent, self.tr("Restore this backup?"), fill(self.tr(
                "Replace everything in DebtDesk with the backup of %1? What you have now is "
                "kept first as a backup of its own, so you can come back to it."),
                chosen.made_at.strftime("%Y-%m-%d %H:%M"))):
            return
        try:
            before = restore(store, chosen.path)
        except DomainError as error:
            QMessageBox.warning(parent, self.tr("Cannot restore"), error.message)
            return
        self._desk.clear_undo()
        self._desk.notify(Change.ALL)
        self._say(fill(self.tr("Restored. Your data as it was is kept in %1"), before.name),
                  12000)
