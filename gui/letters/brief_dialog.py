"""Before you call: the one-page sheet for a debt, previewed as it will print, to print or
save. Built off the GUI thread like a letter; changing the debt or the language rebuilds it,
and only the newest build is shown."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.letters.letter_builder import LetterBuilder, file_name_for, say, show_built, show_problem
from gui.shared.context import Desk
from gui.shared.fit import fit_on_screen
from gui.shared.forms import error_label, select_code
from gui.shared.pdf_output import ask_save_path, print_pdf, save_pdf
from gui.shared.pdf_view import PdfPreview
from gui.shared.retranslate import fill

FOLDER = "briefDialog/folder"  # the settings key for the folder sheets were saved in


def _build_sheet(case: dict[str, Any], request: tuple[str, str, date]) -> tuple[Any, bytes]:
    from core.letters.brief import build_pdf

    debt, language, today = request
    return build_pdf(case, debt, language, today)


class BriefDialog(QDialog):
    def __init__(self, desk: Desk, debt: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefDialog")
        from core.letters.build import read_for_letter

        self.case = read_for_letter(desk.store)
        self.sheet: Any = None
        self.pdf: bytes | None = None
        self._generation = 0
        self.builder = LetterBuilder(None, _build_sheet)  # no parent: see LetterDialog
        self.builder.built.connect(self._built)

        self.debt = QComboBox(self)
        self.debt.setObjectName("briefDebt")
        for d in self.case["debts"]:
            self.debt.addItem(d["creditor"] or d["ref"], d["ref"])
        self.language = QComboBox(self)
        self.language.setObjectName("briefLanguage")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.debt_label, self.language_label = QLabel(self), QLabel(self)
        self.debt_label.setBuddy(self.debt)
        self.language_label.setBuddy(self.language)
        self.problem = error_label(self)
        self.problem.setObjectName("briefProblem")
        choices = QHBoxLayout()
        for widget in (self.debt_label, self.debt, self.language_label, self.language):
            choices.addWidget(widget)
        choices.addWidget(self.problem, 1)

        self.preview = PdfPreview(self)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("briefPrint")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("briefSave")
        self.close_button = QPushButton(self)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        self.print_button.setDefault(True)
        outer = QVBoxLayout(self)
        outer.addLayout(choices)
        outer.addWidget(self.preview, 1)
        outer.addLayout(buttons)

        select_code(self.language, self.case.get("language") or "zh")
        if debt is not None:
            select_code(self.debt, debt)
        self.debt.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.language.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.retranslate()
        geometry = QSettings().value("briefDialog/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            fit_on_screen(self, 760, 900)
        self.rebuild()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Before you call"))
        self.debt_label.setText(self.tr("&Debt:"))
        self.language_label.setText(self.tr("&Language:"))
        self.print_button.setText(self.tr("P&rint…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        self.preview.retranslate()

    def rebuild(self) -> None:
        self.sheet, self.pdf = None, None  # the preview stays until the new one is ready
        self._set_ready(False)
        if self.debt.count() == 0:
            self._show_problem(self.tr("Add a debt first: the sheet is about one debt."))
            return
        self._generation += 1
        say(self.problem, self.tr("Preparing the sheet…"))
        self.builder.build(self._generation, self.case,
                           (self.debt.currentData(), self.language.currentData(), date.today()))

    def _built(self, generation: int, sheet: Any, result: Any) -> None:
        if generation != self._generation:
            return  # an older build finished after a newer one began
        if sheet is None:
            self._show_problem(str(result))
            return
        from core.letters.pdf import page_count

        self.sheet, self.pdf = sheet, result
        show_built(self.problem, self.preview, result,
                   self.tr("%n page(s), ready to print.", "", page_count(result)))
        self._set_ready(True)

    def _show_problem(self, message: str) -> None:
        self.sheet, self.pdf = None, None
        show_problem(self.problem, self.preview, message)
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def print_sheet(self) -> None:
        if self.pdf is not None and self.sheet is not None:
            print_pdf(self, self.pdf, self.sheet.paper, self.sheet.title,
                      self.tr("Print the sheet"))

    def save_as(self) -> Path | None:
        if self.pdf is None or self.sheet is None:
            return None
        path = ask_save_path(self, self.tr("Save the sheet"),
                             file_name_for(self.sheet, date.today()), FOLDER)
        return self.save_to(path) if path is not None else None

    def save_to(self, path: Path) -> Path | None:
        saved = save_pdf(self, self.pdf or b"", path, FOLDER)
        if saved is not None:
            say(self.problem, fill(self.tr("Saved to %1"), saved))
        return saved

    def done(self, result: int) -> None:
        QSettings().setValue("briefDialog/geometry", self.saveGeometry())
        self._generation += 1  # a build still running is ignored when it ends
        super().done(result)
