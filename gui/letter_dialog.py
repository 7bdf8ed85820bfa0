"""Write a letter: choose debt, plan, kind, language and paper, edit two paragraphs, see the
PDF as it will print, then save it, print it, open it, or record it as sent.

The letter is built off the GUI thread (ReportLab and the font load on first use); each edit
rebuilds it after a short pause, and only the newest build is shown.
"""
from __future__ import annotations

import re
import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QSettings, Qt, QTimer, QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QPageSize
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from core.errors import DomainError
from core.letter_text import LETTER_KINDS as KINDS
from gui import labels
from gui.forms import error_label, fill_combo, select_code

translate = QCoreApplication.translate  # lupdate reads translate("LetterDialog", "…") calls


class LetterBuilder(QObject):
    """Builds letters on a worker thread; `built` carries (generation, letter, pdf) or
    (generation, None, message)."""

    built = Signal(int, object, object)

    def build(self, generation: int, case: dict[str, Any], request: Any) -> None:
        threading.Thread(target=self._run, args=(generation, case, request),
                         name="letter", daemon=True).start()

    def _run(self, generation: int, case: dict[str, Any], request: Any) -> None:
        from core.letters import build_pdf

        try:
            letter, pdf = build_pdf(case, request)
        except DomainError as error:
            self.built.emit(generation, None, error.message)
            return
        except Exception as error:  # noqa: BLE001 - shown in the dialog, never a crash
            self.built.emit(generation, None, f"{type(error).__name__}: {error}")
            return
        self.built.emit(generation, letter, pdf)


def kind_label(code: str) -> str:
    return {
        "installment": translate("LetterDialog", "Repay in installments"),
        "settlement": translate("LetterDialog", "Settle with a lump sum"),
        "waiver": translate("LetterDialog", "Stop interest, waive penalties"),
        "moratorium": translate("LetterDialog", "Pause payments for a while"),
        "confirmation": translate("LetterDialog", "Confirm a call's agreement in writing"),
    }[code]


def default_kind(plan: dict[str, Any] | None, debt: str) -> str:
    """The kind a plan's term for the debt suggests."""
    for term in (plan or {}).get("terms", []):
        if term["debt"] == debt:
            if term["treatment"] == "settlement":
                return "settlement"
            if term.get("pause_months"):
                return "moratorium"
    return "installment"


def file_name_for(letter: Any, on: date) -> str:
    """A file name from the subject and date, with nothing a file system objects to."""
    subject = re.sub(r"^(Re:\s*)", "", letter.title)
    subject = re.sub(r'[\\/:*?"<>|\s]+', "-", subject).strip("-.")[:80]
    return f"{subject}-{on.isoformat()}.pdf"


class LetterDialog(QDialog):
    recorded = Signal()

    def __init__(self, context: Any, debt: str | None = None, plan: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self._context = context
        from core.letters import read_for_letter

        self.case = read_for_letter(context.store)
        self.letter: Any = None
        self.pdf: bytes | None = None
        self._generation = 0
        self._buffer: QBuffer | None = None
        self.builder = LetterBuilder(self)
        self.builder.built.connect(self._built)
        self.timer = QTimer(self, singleShot=True, interval=350)
        self.timer.timeout.connect(self.rebuild)

        self.debt = QComboBox(self)
        self.debt.setObjectName("letterDebt")
        for d in self.case["debts"]:
            self.debt.addItem(f"{d['creditor'] or d['ref']}", d["ref"])
        self.plan = QComboBox(self)
        self.plan.setObjectName("letterPlan")
        for p in self.case["plans"]:
            self.plan.addItem(p["name"], p["name"])
        self.kind = QComboBox(self)
        self.kind.setObjectName("letterKind")
        fill_combo(self.kind, KINDS, kind_label)
        self.language = QComboBox(self)
        self.language.setObjectName("letterLanguage")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.paper = QComboBox(self)
        self.paper.setObjectName("letterPaper")
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        self.contact = QComboBox(self)
        self.contact.setObjectName("letterContact")
        self.show_id = QCheckBox(self)
        self.hardship = QPlainTextEdit(self)
        self.hardship.setObjectName("letterHardship")
        self.hardship.setPlainText((self.case.get("hardship") or {}).get("statement") or "")
        self.extra = QPlainTextEdit(self)
        self.extra.setObjectName("letterExtra")
        for box in (self.hardship, self.extra):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(90)
        self.problem = error_label(self)
        self.problem.setObjectName("letterProblem")

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = [QLabel(self) for _ in range(9)]
        for label, field in zip(self._labels, (
                self.debt, self.plan, self.kind, self.contact, self.language, self.paper,
                self.show_id, self.hardship, self.extra), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.addLayout(self.form, 1)
        column.addWidget(self.problem)

        self.preview = _Preview(self)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("letterSave")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("letterPrint")
        self.open_button = QPushButton(self)
        self.sent_button = QPushButton(self)
        self.sent_button.setObjectName("letterSent")
        self.close_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_letter)
        self.open_button.clicked.connect(self.open_externally)
        self.sent_button.clicked.connect(self.record_sent)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sent_button)
        buttons.addStretch(1)
        for button in (self.open_button, self.print_button, self.save_button,
                       self.close_button):
            buttons.addWidget(button)
        self.save_button.setDefault(True)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addLayout(buttons)

        select_code(self.language, self.case.get("language") or "zh")
        if plan is not None:
            select_code(self.plan, plan)
        else:
            accepted = [p["name"] for p in self.case["plans"] if p["status"] == "accepted"]
            if accepted:
                select_code(self.plan, accepted[0])
        if debt is not None:
            select_code(self.debt, debt)
        self._fill_contacts()
        select_code(self.kind, default_kind(self._plan_data(), self.debt.currentData()))
        for combo in (self.plan, self.kind, self.language, self.paper, self.contact):
            combo.currentIndexChanged.connect(self._changed)
        self.debt.currentIndexChanged.connect(self._debt_changed)
        self.show_id.toggled.connect(self._changed)
        self.hardship.textChanged.connect(self._changed)
        self.extra.textChanged.connect(self._changed)
        self.retranslate()
        geometry = QSettings().value("letterDialog/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 760)
        self._set_ready(False)
        self.rebuild()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Write a letter"))
        for label, text in zip(self._labels, (
                self.tr("&Debt:"), self.tr("&Plan:"), self.tr("&Kind:"), self.tr("&Call:"),
                self.tr("&Language:"), self.tr("Pa&per:"), "", self.tr("&Hardship:"),
                self.tr("Your own &paragraph:")), strict=True):
            label.setText(text)
        self.show_id.setText(self.tr("Show my full ID number (masked otherwise)"))
        self.hardship.setPlaceholderText(self.tr(
            "What happened, in your own words. Changes here are for this letter only."))
        self.extra.setPlaceholderText(self.tr("Anything else you want to say (optional)."))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.print_button.setText(self.tr("P&rint…"))
        self.open_button.setText(self.tr("&Open in viewer"))
        self.sent_button.setText(self.tr("I &sent it: record in the call log"))
        self.sent_button.setToolTip(self.tr(
            "Adds an outgoing letter to the call log and keeps this PDF with the evidence."))
        self.close_button.setText(self.tr("Close"))
        self.preview.retranslate()

    # --- building -------------------------------------------------------------------------
    def _plan_data(self) -> dict[str, Any] | None:
        name = self.plan.currentData()
        return next((p for p in self.case["plans"] if p["name"] == name), None)

    def _fill_contacts(self) -> None:
        current = self.contact.currentData()
        self.contact.blockSignals(True)
        self.contact.clear()
        self.contact.addItem(self.tr("Latest call with an agreement"), None)
        debt = self.debt.currentData()
        mine = sorted((c for c in self.case["contacts"] if debt in c["debts"]),
                      key=lambda c: c["at"], reverse=True)
        for c in mine:
            when = c["at"].strftime("%Y-%m-%d %H:%M")
            who = (c["agent"] or "").strip()
            text = " · ".join(x for x in (when, labels.channel(c["channel"]),
                                          labels.outcome(c["outcome"]), who) if x)
            self.contact.addItem(text, c["ref"])
        self.contact.setCurrentIndex(max(0, self.contact.findData(current)))
        self.contact.blockSignals(False)

    def _debt_changed(self) -> None:
        self._fill_contacts()
        self._changed()

    def _changed(self) -> None:
        self.contact.setEnabled(self.kind.currentData() == "confirmation")
        self.letter, self.pdf = None, None  # the preview stays until the new one is ready
        self._set_ready(False)
        self.timer.start()

    def request(self) -> Any:
        from core.letters import LetterRequest

        return LetterRequest(
            debt=self.debt.currentData() or "", kind=self.kind.currentData(),
            language=self.language.currentData(), plan=self.plan.currentData(),
            contact=self.contact.currentData(), paper=self.paper.currentData(),
            show_id=self.show_id.isChecked(), on=date.today(),
            hardship=self.hardship.toPlainText(), extra=self.extra.toPlainText())

    def rebuild(self) -> None:
        self.contact.setEnabled(self.kind.currentData() == "confirmation")
        if self.debt.count() == 0:
            self._show_problem(self.tr("Add a debt first: a letter is about one debt."))
            return
        self._generation += 1
        self.problem.setText(self.tr("Building the letter…"))
        self.problem.setStyleSheet("color: palette(mid);")
        self.builder.build(self._generation, self.case, self.request())

    def _built(self, generation: int, letter: Any, result: Any) -> None:
        if generation != self._generation:
            return  # an older build finished after a newer one began
        if letter is None:
            self._show_problem(str(result))
            return
        self.letter, self.pdf = letter, result
        from core.letter_pdf import page_count

        self.problem.setStyleSheet("color: palette(mid);")
        self.problem.setText(self.tr("%n page(s), ready to save or print.", "",
                                     page_count(result)))
        self.preview.show_pdf(result)
        self._set_ready(True)

    def _show_problem(self, message: str) -> None:
        self.letter, self.pdf = None, None
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setText(message)
        self.preview.clear()
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.save_button, self.print_button, self.open_button,
                       self.sent_button):
            button.setEnabled(ready)

    # --- what to do with it ---------------------------------------------------------------
    def _suggested_name(self) -> str:
        return file_name_for(self.letter, date.today())

    def save_as(self) -> Path | None:
        if self.pdf is None:
            return None
        folder = QSettings().value("letterDialog/folder", str(Path.home()))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter"), str(Path(folder) / self._suggested_name()),
            self.tr("PDF (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(path.suffix + ".pdf")
        return self.save_to(path)

    def save_to(self, path: Path) -> Path | None:
        from core.casefile import write_atomically

        try:
            write_atomically(path, self.pdf or b"")
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), error.message)
            return None
        QSettings().setValue("letterDialog/folder", str(path.parent))
        self.problem.setText(self.tr("Saved to %1").replace("%1", str(path)))
        return path

    def print_letter(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._prepare(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the letter"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _prepare(self, printer: Any) -> None:
        size = QPageSize.PageSizeId.A4 if self.paper.currentData() == "a4" else \
            QPageSize.PageSizeId.Letter
        printer.setPageSize(QPageSize(size))
        printer.setFullPage(True)  # the PDF carries its own margins
        printer.setDocName(self.letter.title if self.letter else "DebtDesk")

    def print_to(self, printer: Any) -> int:
        """Render each page at the printer's resolution (at most 300 dpi) and print it;
        returns the pages printed."""
        from PySide6.QtCore import QRect, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtPdf import QPdfDocument

        if self.pdf is None:
            return 0
        self._prepare(printer)
        document = QPdfDocument(self)
        data = QByteArray(self.pdf)
        buffer = QBuffer(data, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Cannot print"),
                                self.tr("The printer could not be started."))
            return 0
        dpi = min(printer.resolution(), 300)
        pages = document.pageCount()
        try:
            for page in range(pages):
                if page:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                                    round(points.height() / 72 * dpi)))
                area = painter.viewport()
                scale = min(area.width() / image.width(), area.height() / image.height())
                target = QRect(0, 0, round(image.width() * scale),
                               round(image.height() * scale))
                painter.drawImage(target, image)
        finally:
            painter.end()
            document.close()
            buffer.close()
        return pages

    def open_externally(self) -> None:
        if self.pdf is None:
            return
        folder = self._context.data_dir / "letters"
        folder.mkdir(mode=0o700, exist_ok=True)
        path = self.save_to(folder / self._suggested_name())
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def record_sent(self) -> None:
        from core import contacts
        from core.evidence_store import remove_evidence, restore_evidence
        from gui.commands import CreatedCommand

        if self.pdf is None or self.letter is None:
            return
        store = self._context.store
        debt = self.debt.currentData()
        try:
            contact_id, evidence_id, changes = contacts.record_letter_sent(
                store, self.pdf, self._suggested_name(), debt, self.letter.title,
                self.kind.currentData())
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot record the letter"), error.message)
            return

        def delete() -> tuple[Any, Any]:
            contact, change = contacts.delete_contact(store, contact_id)
            if evidence_id is None:
                return (contact, None), change
            evidence, more = remove_evidence(store, evidence_id)
            return (contact, evidence), change | more

        def restore(snapshots: tuple[Any, Any]) -> Any:
            contact, evidence = snapshots
            change = restore_evidence(store, evidence) if evidence is not None else changes
            return change | contacts.restore_contact(store, contact)

        self._context.push(CreatedCommand(self.tr("Record a letter sent"), delete, restore,
                                          self._context.notify), changes)
        self.sent_button.setEnabled(False)
        self.problem.setText(self.tr("Recorded in the call log, with the PDF kept as evidence."))
        self.recorded.emit()

    def done(self, result: int) -> None:
        QSettings().setValue("letterDialog/geometry", self.saveGeometry())
        self.timer.stop()
        self._generation += 1  # a build still running is ignored when it ends
        super().done(result)


class _Preview(QWidget):
    """The PDF as it will print: page through, zoom, fit the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterPreview")
        self.view: Any = None
        self.document: Any = None
        self._buffer: QBuffer | None = None
        self._data: QByteArray | None = None
        self.previous, self.next = QPushButton(self), QPushButton(self)
        self.zoom_out, self.zoom_in, self.fit = QPushButton(self), QPushButton(self), \
            QPushButton(self)
        self.page = QLabel(self)
        tools = QHBoxLayout()
        for widget in (self.previous, self.page, self.next):
            tools.addWidget(widget)
        tools.addStretch(1)
        for widget in (self.zoom_out, self.zoom_in, self.fit):
            tools.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:  # QtPdf missing: the letter still saves, prints and opens
            self.missing = QLabel(self)
            self.missing.setWordWrap(True)
            self.missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(self.missing, 1)
            for button in (self.previous, self.next, self.zoom_in, self.zoom_out, self.fit):
                button.setEnabled(False)
            return
        self.missing = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("letterPdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(lambda _p: self._update_page())
        self.previous.clicked.connect(lambda: self._go(-1))
        self.next.clicked.connect(lambda: self._go(1))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit.clicked.connect(
            lambda: self.view.setZoomMode(self.view.ZoomMode.FitToWidth))

    def retranslate(self) -> None:
        self.previous.setText(self.tr("◀ Previous"))
        self.next.setText(self.tr("Next ▶"))
        self.zoom_out.setText(self.tr("Zoom out"))
        self.zoom_in.setText(self.tr("Zoom in"))
        self.fit.setText(self.tr("Fit width"))
        if self.missing is not None:
            self.missing.setText(self.tr(
                "The preview needs Qt's PDF module, which is not installed. You can still "
                "save, print and open the letter."))
        self._update_page()

    def show_pdf(self, pdf: bytes) -> None:
        if self.document is None:
            return
        navigator = self.view.pageNavigator()
        keep = navigator.currentPage()
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if 0 < keep < self.document.pageCount():
            navigator.jump(keep, navigator.currentLocation(), navigator.currentZoom())
        self._update_page()

    def clear(self) -> None:
        if self.document is not None:
            self.document.close()
        self._update_page()

    def pages(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def _go(self, step: int) -> None:
        navigator = self.view.pageNavigator()
        page = min(max(navigator.currentPage() + step, 0), max(self.pages() - 1, 0))
        from PySide6.QtCore import QPointF

        navigator.jump(page, QPointF(), navigator.currentZoom())

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(self.view.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(self.view.zoomFactor() * factor, 0.25), 4.0))

    def _update_page(self) -> None:
        from shiboken6 import isValid

        if self.document is not None and not (isValid(self.document) and isValid(self.page)):
            return  # the dialog is being torn down: the view's navigator still signals
        total = self.pages()
        current = self.view.pageNavigator().currentPage() + 1 if self.view and total else 0
        self.page.setText(self.tr("Page %1 of %2").replace("%1", str(current))
                          .replace("%2", str(total)))
        self.previous.setEnabled(total > 0 and current > 1)
        self.next.setEnabled(total > 0 and current < total)
