"""Evidence for a record (a call, a payment, an agreement): tick what is already kept, or
attach new files, which go into the evidence store in the background and come back ticked."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.shared.forms import checked_refs, ref_checklist
from gui.shared.retranslate import fill

AUDIO_SUFFIXES = (".mp3", ".m4a", ".aac", ".amr", ".wav", ".ogg")


class EvidencePicker(QWidget):
    def __init__(self, evidence: list[tuple[str, str]], checked: list[str], store: Any,
                 category: str, debts: Callable[[], list[str]],
                 parent: QWidget | None = None) -> None:
        """`category` files what is attached (recordings are always filed as recordings);
        `debts()` names the debts the new files support."""
        super().__init__(parent)
        self._store, self._category, self._debts = store, category, debts
        self.job: Any = None
        self.list = ref_checklist(self, evidence, checked)
        self.list.setMaximumHeight(96)
        self.attach = QPushButton(self.tr("Attach files…"), self)
        self.attach.clicked.connect(self.choose_files)
        self.attach.setEnabled(store is not None)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.attach)
        row.addWidget(self.status, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addLayout(row)

    def refs(self) -> list[str]:
        return checked_refs(self.list)

    @property
    def busy(self) -> bool:
        return self.job is not None

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if names:
            self.attach_files([Path(n) for n in names])

    def attach_files(self, paths: list[Path]) -> None:
        """Keep the files as evidence off the GUI thread; tick each one kept, say why any
        was refused."""
        audio = [p for p in paths if p.suffix.lower() in AUDIO_SUFFIXES]
        other = [p for p in paths if p not in audio]
        batches = [(b, c) for b, c in ((audio, "recording"), (other, self._category)) if b]
        self.attach.setEnabled(False)
        self._run(batches, self._debts(), [])

    def _run(self, batches: list[tuple[list[Path], str]], debts: list[str],
             refused: list[str]) -> None:
        from gui.evidence.evidence_import import EvidenceImport

        if not batches:
            self.job = None
            self.attach.setEnabled(True)
            self.status.setText("\n".join(refused) if refused else self.tr("Attached."))
            self.status.setStyleSheet("color: #c62828;" if refused else "")
            return
        paths, category = batches[0]
        self._batches, self._batch_debts, self._refused = batches[1:], debts, refused
        # No parent: the thread keeps the job alive; bound methods of this widget are
        # disconnected by Qt if the dialog is gone before the files are.
        job = EvidenceImport(self._store, paths, category, debts)
        self.job = job
        job.progressed.connect(self._progressed)
        job.finished.connect(self._finished)
        job.start()

    def _progressed(self, _done: int, _total: int, name: str) -> None:
        self.status.setText(fill(self.tr("Keeping %1…"), name))

    def _finished(self, outcomes: list[Any]) -> None:
        for outcome in outcomes:
            if outcome.refused:
                self._refused.append(outcome.refused)
            else:
                self.tick(outcome.added.ref, outcome.path.name)
        self._run(self._batches, self._batch_debts, self._refused)

    def tick(self, ref: str, name: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == ref:
                item.setCheckState(Qt.CheckState.Checked)
                return
        item = QListWidgetItem(name, self.list)
        item.setData(Qt.ItemDataRole.UserRole, ref)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
