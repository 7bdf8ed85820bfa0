"""Write a letter: choose debt, plan, kind, language and paper, edit two paragraphs, see the
PDF as it will print, then save it, print it, open it, or record it as sent.

The letter is built off the GUI thread (ReportLab and the font load on first use); each edit
rebuilds it after a short pause, and only the newest build is shown.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QSettings,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.letters.parts import uses_hardship
from core.letters.wording import LETTER_KINDS as KINDS
from gui.letters.call_choice import CallChoice
from gui.letters.case_reading import CaseReading, empty_case
from gui.letters.kept_reason import KeptReason
from gui.letters.letter_builder import (
    NOTE,
    QUIET,
    LetterBuilder,
    file_name_for,
    say,
    show_built,
    show_problem,
)
from gui.letters.letter_kinds import default_kind, kind_label
from gui.letters.letter_sent import record_letter_sent
from gui.letters.reply_days import ReplyDays
from gui.letters.statement_note import StatementNote
from gui.letters.unchecked_note import UncheckedNote
from gui.shared.context import Desk
from gui.shared.fit import fit_on_screen
from gui.shared.forms import error_label, fill_combo, select_code
from gui.shared.pdf_output import ask_save_path, print_pdf, print_pdf_to, save_pdf
from gui.shared.pdf_view import PdfPreview
from gui.shared.retranslate import fill

translate = QCoreApplication.translate  # lupdate reads translate("LetterDialog", "…") calls
FOLDER = "letterDialog/folder"  # the settings key for the folder letters were saved in


class LetterDialog(QDialog):
    recorded = Signal()
    # bring a debt's statement up to date, over this window: its ref, its statement, its
    # creditor and today's estimate; the window's owner opens the form, then this is read again
    up_to_date_requested = Signal(str, object, object, object)

    def __init__(self, desk: Desk, debt: str | None = None, plan: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self._desk = desk
        # Read off the GUI thread (gui.letters.case_reading); the choices below hold this
        # dict and see the case once it is filled in, in _arrived.
        self.case: dict[str, Any] = empty_case()
        self._asked = debt, plan
        self.letter: Any = None
        self.pdf: bytes | None = None
        self._generation = 0
        self._buffer: QBuffer | None = None
        # No parent: the worker thread keeps it alive, so a build ending after the dialog
        # closed emits on a live object (and reaches nobody).
        self.builder = LetterBuilder()
        self.builder.built.connect(self._built)
        self.timer = QTimer(self, singleShot=True, interval=350)
        self.timer.timeout.connect(self.rebuild)

        self.debt = QComboBox(self)
        self.debt.setObjectName("letterDebt")
        self.plan = QComboBox(self)
        self.plan.setObjectName("letterPlan")
        self.plan.addItem("", None)  # no plan: a confirmation or a complaint needs none
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
        self.contact = CallChoice(self.case, self)  # any kind can quote a call of the debt
        self.to = QComboBox(self)  # a complaint goes to the creditor, later to the regulator
        self.to.setObjectName("letterTo")
        self.to.addItem("", "creditor")
        self.to.addItem("", "regulator")
        self.show_id = QCheckBox(self)
        self.id_card = QCheckBox(self)  # said among the enclosures; no image is embedded
        self.id_card.setObjectName("letterIdCard")
        self.hardship = QPlainTextEdit(self)
        self.hardship.setObjectName("letterHardship")
        self.extra = QPlainTextEdit(self)
        self.extra.setObjectName("letterExtra")
        for box in (self.hardship, self.extra):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(90)
        self.problem = error_label(self)
        self.problem.setObjectName("letterProblem")
        self.stale = StatementNote(self.case, self.debt, self)  # figures older than today
        self.stale.wanted.connect(self._bring_up_to_date)
        self.unchecked = UncheckedNote(self.case, self.debt, self)  # not yet enclosable

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = [QLabel(self) for _ in range(11)]
        for label, field in zip(self._labels, (
                self.debt, self.plan, self.kind, self.contact, self.to, self.language,
                self.paper, self.show_id, self.id_card, self.hardship, self.extra),
                strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.choices = left = QWidget(self)
        column = QVBoxLayout(left)
        column.addWidget(self.stale)
        column.addWidget(self.unchecked)
        column.addLayout(self.form, 1)
        self.kept_reason = KeptReason(self.case, self.plan, left)  # why some is kept back
        column.addWidget(self.kept_reason)
        column.addWidget(self.problem)

        self.preview = PdfPreview(self)
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
        self.pack_button = QPushButton(self)  # a complaint's letter, log and evidence
        self.pack_button.setObjectName("letterPack")
        self.close_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_letter)
        self.open_button.clicked.connect(self.open_externally)
        self.sent_button.clicked.connect(self.record_sent)
        self.pack_button.clicked.connect(self.save_pack)
        self.close_button.clicked.connect(self.reject)
        self.reply_days = ReplyDays(self.case, self.kind, self)  # sending starts this clock
        self._buttons = buttons = QHBoxLayout()
        for widget in (self.sent_button, self.reply_days, self.pack_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for button in (self.open_button, self.print_button, self.save_button,
                       self.close_button):
            buttons.addWidget(button)
        self.save_button.setDefault(True)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addLayout(buttons)
        self.retranslate()
        geometry = QSettings().value("letterDialog/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            fit_on_screen(self, 1100, 760)
        self._enable()
        self._set_ready(False)
        self.choices.setEnabled(False)  # until the case is read
        say(self.problem, self.tr("Reading the case…"))
        self.reading = CaseReading()  # no parent: see LetterBuilder
        self.reading.arrived.connect(self._arrived)
        self.reading.failed.connect(self._show_problem)
        self.reading.start(desk.store)

    def _arrived(self, case: dict[str, Any]) -> None:
        """The case is read: the choices are filled from it, and the letter is built."""
        from shiboken6 import isValid

        if not isValid(self.preview):
            return  # the dialog is gone
        if self.debt.count():  # read again (a statement was brought up to date): same choices
            self.case.clear()
            self.case.update(case)
            self.choices.setEnabled(True)
            for note in (self.stale, self.unchecked):
                note.retranslate()
            self._debt_changed()
            return
        self.case.update(case)
        for d in self.case["debts"]:
            self.debt.addItem(f"{d['creditor'] or d['ref']}", d["ref"])
        for p in self.case["plans"]:
            self.plan.addItem(p["name"], p["name"])
        self.hardship.setPlainText((self.case.get("hardship") or {}).get("statement") or "")
        days = ReplyDays(self.case, self.kind, self)  # its country is the case's
        self._buttons.replaceWidget(self.reply_days, days)
        self.reply_days.deleteLater()
        self.reply_days = days
        self._set_ready(False)
        self.choices.setEnabled(True)
        debt, plan = self._asked
        select_code(self.language, self.case.get("language") or "zh")
        if plan is not None:
            select_code(self.plan, plan)
        else:
            accepted = [p["name"] for p in self.case["plans"] if p["status"] == "accepted"]
            if accepted:
                select_code(self.plan, accepted[0])
            elif self.plan.count() > 1:
                self.plan.setCurrentIndex(1)
        if debt is not None:
            select_code(self.debt, debt)
        self.contact.show_debt(self.debt.currentData())
        select_code(self.kind, default_kind(self._plan_data(), self.debt.currentData()))
        for combo in (self.plan, self.kind, self.language, self.paper, self.contact, self.to):
            combo.currentIndexChanged.connect(self._changed)
        self.debt.currentIndexChanged.connect(self._debt_changed)
        for tick in (self.show_id, self.id_card):
            tick.toggled.connect(self._changed)
        self.hardship.textChanged.connect(self._changed)
        self.extra.textChanged.connect(self._changed)
        self.reply_days.spin.valueChanged.connect(self._changed)
        self.kept_reason.changed.connect(self._changed)
        self.rebuild()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Write a letter"))
        for label, text in zip(self._labels, (
                self.tr("&Debt:"), self.tr("&Plan:"), self.tr("&Kind:"), self.tr("&Call:"),
                self.tr("&To:"), self.tr("&Language:"), self.tr("Pa&per:"), "", "",
                self.tr("&Hardship:"), self.tr("Your own &paragraph:")), strict=True):
            label.setText(text)
        self.plan.setItemText(0, self.tr("No plan"))
        self.to.setItemText(0, self.tr("The creditor"))
        self.to.setItemText(1, self.tr("The regulator or ombudsman (if the creditor has not "
                                       "put it right)"))
        self.show_id.setText(self.tr("Show my full ID number (masked otherwise)"))
        self.id_card.setText(self.tr("Enclose a copy of my ID card"))
        self.id_card.setToolTip(self.tr(
            "The list of enclosures says a copy of your ID card is enclosed. Put the copy in "
            "the envelope yourself: nothing is printed from the evidence."))
        self.contact.retranslate()
        self.hardship.setPlaceholderText(self.tr(
            "What happened, in your own words. Changes here are for this letter only."))
        self.extra.setPlaceholderText(self.tr("Anything else you want to say (optional)."))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.print_button.setText(self.tr("P&rint…"))
        self.open_button.setText(self.tr("&Open in viewer"))
        self.sent_button.setText(self.tr("I &sent it: record in the call log"))
        self.sent_button.setToolTip(self.tr(
            "Adds an outgoing letter to the call log and keeps this PDF with the evidence."))
        self.pack_button.setText(self.tr("Save complaint &pack…"))
        self.pack_button.setToolTip(self.tr(
            "One ZIP with this letter, the debt's call log as a spreadsheet and the evidence "
            "behind the complaint, with checksums."))
        self.close_button.setText(self.tr("Close"))
        self.preview.retranslate()

    def _bring_up_to_date(self, ref: str, estimate: Any) -> None:
        """The statement form over this window; then the case is read again and the letter
        rebuilt from today's figures (the same if the form was cancelled)."""
        debt = next((d for d in self.case["debts"] if d["ref"] == ref), None)
        if debt is None or self._desk.store is None:
            return
        self.up_to_date_requested.emit(ref, debt["balance"], debt["creditor"], estimate)
        self.choices.setEnabled(False)
        self._set_ready(False)
        say(self.problem, self.tr("Reading the case…"))
        self.reading.start(self._desk.store)

    # --- building -------------------------------------------------------------------------
    def _plan_data(self) -> dict[str, Any] | None:
        name = self.plan.currentData()
        return next((p for p in self.case["plans"] if p["name"] == name), None)

    def _debt_changed(self) -> None:
        self.contact.show_debt(self.debt.currentData())
        self._changed()

    def _enable(self) -> None:
        kind = self.kind.currentData()
        self.contact.show_kind(kind)
        self.to.setEnabled(kind == "complaint")
        self.pack_button.setVisible(kind == "complaint")
        told = uses_hardship(kind, self.plan.currentData())
        self.hardship.setEnabled(told)
        self.hardship.setToolTip("" if told else self.tr(
            "A complaint tells your circumstances only with a plan: choose a plan to include "
            "them."))

    def _changed(self) -> None:
        self._enable()
        self.letter, self.pdf = None, None  # the preview stays until the new one is ready
        self._set_ready(False)
        self.timer.start()

    def request(self) -> Any:
        from core.letters.compose import LetterRequest

        return LetterRequest(
            debt=self.debt.currentData() or "", kind=self.kind.currentData(),
            language=self.language.currentData(), plan=self.plan.currentData(),
            contact=self.contact.currentData(), paper=self.paper.currentData(),
            show_id=self.show_id.isChecked(), id_card=self.id_card.isChecked(), on=date.today(),
            hardship=self.hardship.toPlainText(), extra=self.extra.toPlainText(),
            reply_days=self.reply_days.value(),  # the letter asks what the clock will wait
            kept_reason=self.kept_reason.code(), kept_reason_text=self.kept_reason.own_text(),
            to=self.to.currentData() if self.kind.currentData() == "complaint" else "creditor")

    def rebuild(self) -> None:
        self._enable()
        if self.debt.count() == 0:
            self._show_problem(self.tr("Add a debt first: a letter is about one debt."))
            return
        self._generation += 1
        say(self.problem, self.tr("Building the letter…"))
        self.builder.build(self._generation, self.case, self.request())

    def _built(self, generation: int, letter: Any, result: Any) -> None:
        from shiboken6 import isValid

        if generation != self._generation or not isValid(self.preview):
            return  # an older build finished after a newer one began, or the dialog is gone
        if letter is None:
            self._show_problem(str(result))
            return
        self.letter, self.pdf = letter, result
        from core.letters.pdf import missing_characters, page_count

        notes = []  # said before it is sent: what a careful reader would ask about
        missing = missing_characters(letter)
        if missing:  # these would come out blank
            notes.append(fill(self.tr(
                "The font has no glyph for %1: these will print blank. Use another spelling, "
                "or write them in by hand after printing."), " ".join(missing)))
        kept = self.kept_reason.warning()  # some kept back, and the letter not saying why
        if kept:
            notes.append(kept)
        show_built(self.problem, self.preview, result,
                   " ".join([self.tr("%n page(s), ready to save or print.", "",
                                     page_count(result)), *notes]),
                   NOTE if notes else QUIET)
        self._set_ready(True)

    def _show_problem(self, message: str) -> None:
        self.letter, self.pdf = None, None
        show_problem(self.problem, self.preview, message)
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.save_button, self.print_button, self.open_button,
                       self.sent_button, self.pack_button):
            button.setEnabled(ready)
        if ready:  # the days stay editable while the letter that says them is rebuilt
            self.reply_days.setEnabled(True)

    # --- what to do with it ---------------------------------------------------------------
    def _suggested_name(self) -> str:
        return file_name_for(self.letter, date.today())

    def save_as(self) -> Path | None:
        if self.pdf is None:
            return None
        path = ask_save_path(self, self.tr("Save the letter"), self._suggested_name(), FOLDER)
        return self.save_to(path) if path is not None else None

    def save_to(self, path: Path) -> Path | None:
        saved = save_pdf(self, self.pdf or b"", path, FOLDER)
        if saved is not None:
            say(self.problem, fill(self.tr("Saved to %1"), saved))
        return saved

    def _paper_and_title(self) -> tuple[str, str]:
        return self.paper.currentData(), self.letter.title if self.letter else "DebtDesk"

    def print_letter(self) -> None:
        if self.pdf is not None:
            print_pdf(self, self.pdf, *self._paper_and_title(), self.tr("Print the letter"))

    def print_to(self, printer: Any) -> int:
        """Print every page on `printer`; returns the pages printed."""
        if self.pdf is None:
            return 0
        return print_pdf_to(printer, self.pdf, *self._paper_and_title(), self)

    def open_externally(self) -> None:
        if self.pdf is None:
            return
        folder = self._desk.data_dir / "letters"
        folder.mkdir(mode=0o700, exist_ok=True)
        path = self.save_to(folder / self._suggested_name())
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_pack(self) -> None:
        from gui.letters.complaint_pack import pack_name, save_complaint_pack

        if self.letter is not None and self._desk.store is not None:
            save_complaint_pack(self, self._desk.store, self.case, self.request(),
                                pack_name(self.letter.title, date.today()), self.problem)

    def record_sent(self) -> None:
        if self.pdf is None or self.letter is None or not record_letter_sent(
                self, self._desk, self.pdf, self._suggested_name(), self.debt.currentData(),
                self.letter.title, self.kind.currentData(), self.reply_days.value()):
            return
        self.sent_button.setEnabled(False)
        say(self.problem, self.reply_days.sent())
        self.recorded.emit()

    def done(self, result: int) -> None:
        QSettings().setValue("letterDialog/geometry", self.saveGeometry())
        self.timer.stop()
        self.reading.forget()  # a read still running is dropped when it ends
        self._generation += 1  # a build still running is ignored when it ends
        try:
            self.builder.built.disconnect(self._built)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
