"""The Evidence tab's background work: adding files (chosen, dropped or pasted) and checking
every kept file against its SHA-256.

One job at a time, on its own thread; a progress dialog with a cancel button that shows only
if the job takes a while (quick jobs never flash one); a report when it ends. The tab lays out
the list, the preview and the buttons and decides what to add; this holds the running job and
what it reports, and needs of the tab only its list (the rows and their file states), the
Verify action it disables while busy, and the Desk.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from core.changes import Change
from core.i18n import t
from gui.shared.retranslate import fill

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from gui.evidence.evidence_list import RecordsTab
    from gui.shared.context import Desk


class EvidenceJobs(QObject):
    """Runs the one job and reports it. `job` is None while nothing runs; `last_report`
    (after adding) and `last_check` (after a check) keep what the person was told."""

    def __init__(self, desk: Desk, records: RecordsTab, verify_action: QAction,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._desk, self._list, self._verify = desk, records, verify_action
        self._widget = parent  # the progress dialog and the reports open over it
        self.job: Any = None  # the one background job: adding files, or checking them
        self._checking: list[Any] = []  # the entries as they were when the check began
        self._progress: QProgressDialog | None = None

    # --- adding ---------------------------------------------------------------------------
    def add(self, paths: list[Path], images: Sequence[tuple[Any, str]], category: str,
            debts: list[str]) -> bool:
        """Add files (and folders' files), and pictures as (QImage, name); False if there is
        no store yet or another job is running."""
        from gui.evidence.evidence_import import EvidenceImport

        store = self._desk.store
        if store is None or self.job is not None:
            return False
        self.job = EvidenceImport(store, paths, category, debts, None,
                                  images)  # no parent: its thread keeps it alive
        self._begin(self.tr("Adding files…"), self.tr("Adding evidence"))
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._finished)
        self.job.start()
        return True

    def _begin(self, label: str, title: str) -> None:
        """The job in `self.job` is about to start: a progress dialog that shows only if it
        takes a while (quick jobs never flash one), and no second job meanwhile."""
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._widget)
        progress.setWindowTitle(title)
        progress.setMinimumDuration(600)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(self.job.cancel)
        self._progress = progress
        self._verify.setEnabled(False)

    def _end(self) -> None:
        self.job = None
        self._verify.setEnabled(True)
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self._progress is None:
            return
        self._progress.setMaximum(max(total, 1))
        self._progress.setValue(done)
        if name:
            self._progress.setLabelText(fill(self.tr("Adding %1 (%2 of %3)…"), name,
                                             done + 1, total))

    def _finished(self, outcomes: list[Any]) -> None:
        cancelled = self.job.cancelled if self.job is not None else False
        self._end()
        kept = [o for o in outcomes if o.added is not None]
        refused = [o for o in outcomes if o.refused]
        if kept:
            self._desk.notify(Change.EVIDENCE)
        notes = []
        for o in kept:
            a = o.added
            if a.status != "stored":
                notes.append(t(f"ev_{a.status}", file=o.path.name, ref=a.ref))
            if a.real_suffix:
                notes.append(t("ev_renamed", file=o.path.name, suffix=a.real_suffix))
        stored = sum(o.added.status == "stored" for o in kept)
        summary = fill(self.tr("%1 file(s) added."), stored)
        if cancelled:
            summary += " " + self.tr("Cancelled: the files not yet added were left out.")
        self.last_report = (summary, [o.refused for o in refused], notes)
        self._desk.statusBar().showMessage(summary, 8000)
        if refused or notes:
            box = QMessageBox(QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
                              self.tr("Adding evidence"), summary, QMessageBox.StandardButton.Ok,
                              self._widget)
            details = []
            if refused:
                details.append(self.tr("Not added:"))
                details += [f"  {r}" for r in (o.refused for o in refused)]
            details += notes
            box.setInformativeText("\n".join(details[:12]))
            box.setDetailedText("\n".join(details))
            box.setObjectName("evidenceReport")
            box.open()

    # --- checking ---------------------------------------------------------------------------
    def check(self) -> None:
        """Re-hash every file in the background; the states and a report come back."""
        from gui.evidence.evidence_check import EvidenceCheck

        store = self._desk.store
        if store is None or self.job is not None:
            return
        self._checking = self._list.model.rows()
        self.job = EvidenceCheck(store)  # no parent: its thread keeps it alive
        self._begin(self.tr("Checking the evidence files…"), self.tr("Verify all"))
        self.job.progressed.connect(self._check_progressed)
        self.job.finished.connect(self._checked)
        self.job.failed.connect(self._check_failed)
        self._desk.statusBar().showMessage(self.tr("Checking the evidence files…"))
        self.job.start()

    def _check_progressed(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(max(total, 1))
            self._progress.setValue(done)
            self._progress.setLabelText(fill(self.tr("Checking file %1 of %2…"),
                                             min(done + 1, total), total))

    def _check_failed(self, message: str) -> None:
        self._end()
        self._desk.statusBar().clearMessage()
        QMessageBox.warning(self._widget, self.tr("Verify all"),
                            fill(self.tr("The check could not finish: %1"), message))

    def _checked(self, problems: list[Any] | None) -> None:
        from gui.evidence.evidence_check import report

        self._end()
        rows = self._checking
        if problems is None:
            self._desk.statusBar().showMessage(
                self.tr("Check cancelled; nothing was changed."), 8000)
            return
        self._list.integrity.record(rows, problems)
        self._list.model.retranslate()  # every row's state: ask the views again
        self._list._apply_filter()  # a state filter now has states to go by
        self._list.fit_columns()  # "intact" and its badge are wider than "kept"
        summary, lines, notes = report(rows, problems)
        self.last_check = (summary, lines, notes)
        self._desk.statusBar().showMessage(summary, 8000)
        box = QMessageBox(QMessageBox.Icon.Warning if lines else QMessageBox.Icon.Information,
                          self.tr("Verify all"), summary, QMessageBox.StandardButton.Ok,
                          self._widget)
        box.setObjectName("evidenceCheckReport")
        if lines or notes:
            box.setInformativeText("\n".join(lines[:12] + notes))
            if len(lines) > 12:
                box.setDetailedText("\n".join(lines + notes))
        box.open()
