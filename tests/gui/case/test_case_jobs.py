"""File ▸ Import case file…, Export case file… and Back up now run off the GUI thread under a
window-modal progress dialog ("n / total", Cancel): the window keeps drawing meanwhile and
takes no other case operation; Cancel leaves the case (and the folders) as they were."""
from __future__ import annotations

import json
import re
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from core.case import progress as progress_module
from core.case.backup import list_backups
from core.case.casefile import export_document
from core.debts.debts import list_debts
from gui.case.case_job import CaseJob
from tests.benchmarks.cases import chinese_case, with_contacts

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
COUNT = re.compile(r"\n[\d,]+ / [\d,]+$")


@pytest.fixture
def big_case(tmp_path: Path) -> Path:
    path = tmp_path / "calls.json"
    path.write_text(json.dumps(with_contacts(chinese_case(5), 3_000), ensure_ascii=False),
                    encoding="utf-8")
    return path


@pytest.fixture
def every_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_module, "REPORT_EVERY", 0.0)


class Watch:
    """While a job runs, on the GUI thread: a timer's ticks, the progress dialog's texts,
    and optionally Cancel pressed at the first report half-way (the worker waits for that
    report to be seen, so the cancel lands half-way whatever the machine's speed)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, cancel: bool = False) -> None:
        self.ticks = 0
        self.labels: list[str] = []
        self.modal: list[bool] = []
        self.cancel = cancel
        self.seen = threading.Event()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        report = CaseJob.report
        watch = self

        def reporting(job: CaseJob, done: int, total: int) -> None:
            report(job, done, total)
            if watch.cancel and 0 < done < total and not watch.seen.is_set():
                watch.seen.wait(20)

        monkeypatch.setattr(CaseJob, "report", reporting)
        real_show = CaseJob._show

        def show(job: CaseJob, done: int, total: int) -> None:
            real_show(job, done, total)
            if job.dialog is not None:
                self.labels.append(job.dialog.labelText())
                self.modal.append(QApplication.activeModalWidget() is job.dialog)
            if self.cancel and 0 < done < total and not self.seen.is_set():
                button = job.dialog.findChild(QPushButton) if job.dialog else None
                assert button is not None and button.text() == "Cancel"
                button.click()
                self.seen.set()

        monkeypatch.setattr(CaseJob, "_show", show)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1


def test_an_import_shows_its_progress_and_the_window_keeps_drawing(
        zh_window, big_case: Path, qtbot, monkeypatch, every_step) -> None:
    window = zh_window
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(big_case), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    watch = Watch(monkeypatch)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append("export") or ("", ""))
    with qtbot.waitSignal(window.case_actions.job_ended, timeout=120000):
        window.case_actions.import_case()
        started = watch.ticks
        assert window.case_actions.job is not None  # running, and the call has returned
        dialog = window.findChild(QProgressDialog, "caseJobProgress")
        assert dialog is not None and dialog.isVisible()
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
        window.case_actions.export_case()  # a second case operation meanwhile: not begun
        window.case_actions.back_up_now()
    assert asked == [] and not [b for b in list_backups(window.store)
                                if b.path.name.startswith("manual-")]
    assert watch.ticks - started > 3  # the GUI thread ran its timer while the case was written
    assert any(COUNT.search(label) for label in watch.labels)
    done, total = watch.labels[-1].rsplit("\n", 1)[1].split(" / ")
    assert done == total and int(total.replace(",", "")) > 3_000  # up to the whole case
    assert all(watch.modal)  # the window took no input meanwhile
    assert window.statusBar().currentMessage() == "Imported calls.json"
    assert len(list_debts(window.store)) == 5
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]  # gone


def test_cancelling_an_import_changes_nothing(zh_window, big_case: Path, qtbot, monkeypatch,
                                              every_step) -> None:
    window = zh_window
    before = export_document(window.store, NOW)
    backups = list_backups(window.store)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(big_case), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    watch = Watch(monkeypatch, cancel=True)
    with qtbot.waitSignal(window.case_actions.job_ended, timeout=120000):
        window.case_actions.import_case()
    assert watch.seen.is_set() and warnings == []
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was changed."
    assert export_document(window.store, NOW) == before
    assert len(list_debts(window.store)) == 3 and window.debts_tab.model.rowCount() == 3
    # the copy kept before a replace is still made first (a backup, not the case)
    assert len(list_backups(window.store)) == len(backups) + 1


def test_cancelling_an_export_writes_no_file(zh_window, big_case: Path, qtbot, monkeypatch,
                                             every_step, tmp_path: Path) -> None:
    from core.case.casefile import import_case, load_case_file

    window = zh_window
    import_case(window.store, load_case_file(big_case), replace=True)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out / "case.json"), ""))
    watch = Watch(monkeypatch, cancel=True)
    with qtbot.waitSignal(window.case_actions.job_ended, timeout=120000):
        window.export_action.trigger()
    assert watch.seen.is_set()
    assert window.statusBar().currentMessage() == "Export cancelled: no file was written."
    assert list(out.iterdir()) == []
    with qtbot.waitSignal(window.case_actions.job_ended, timeout=120000):
        watch.cancel = False
        window.export_action.trigger()  # and once more, left to finish
    assert window.statusBar().currentMessage() == f"Exported to {out / 'case.json'}"
    assert [p.name for p in out.iterdir()] == ["case.json"]


def test_cancelling_back_up_now_keeps_no_backup(zh_window, qtbot, monkeypatch,
                                                every_step) -> None:
    from core.case import backup as backup_module

    window = zh_window
    monkeypatch.setattr(backup_module, "PAGES_A_STEP", 1)  # a page a step: many reports
    folder = window.data_dir / "backups"
    kept = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    watch = Watch(monkeypatch, cancel=True)
    with qtbot.waitSignal(window.case_actions.job_ended, timeout=120000):
        window.backup_action.trigger()
    assert watch.seen.is_set()
    assert window.statusBar().currentMessage() == "Backup cancelled: no backup was made."
    assert (sorted(p.name for p in folder.iterdir()) if folder.exists() else []) == kept
