"""Before you call: the Debts tab opens the sheet for the selected debt, built off the GUI
thread, previewed, saved and printed."""
from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt


def _select(window, debt: str):
    window.tabs.setCurrentWidget(window.debts_tab)
    tab = window.debts_tab
    row = next(i for i, v in enumerate(tab.model.rows()) if v.data["ref"] == debt)
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(row, 0)).row())
    return tab


def test_the_button_needs_a_selected_debt(zh_window) -> None:
    tab = zh_window.debts_tab
    tab.table.clearSelection()
    assert not tab.brief_button.isEnabled()
    _select(zh_window, "D1")
    assert tab.brief_button.isEnabled()


def test_before_you_call_opens_the_sheet_for_the_debt_and_a_pdf_arrives(
        zh_window, qtbot, tmp_path: Path) -> None:
    from pypdf import PdfReader

    tab = _select(zh_window, "D3")
    qtbot.mouseClick(tab.brief_button, Qt.MouseButton.LeftButton)
    dialog = tab.brief_dialog
    assert dialog.isVisible() and dialog.debt.currentData() == "D3"
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=30000)
    assert dialog.sheet.title == "致电前准备：招商银行信用卡中心"
    assert dialog.preview.pages() == len(PdfReader(io.BytesIO(dialog.pdf)).pages) == 1
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    out = tmp_path / "致电" / "sheet.pdf"
    out.parent.mkdir()
    assert dialog.save_to(out) == out and out.read_bytes() == dialog.pdf
    chinese = dialog.pdf
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.save_button.isEnabled()  # nothing stale can be saved while it rebuilds
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=30000)
    assert dialog.pdf != chinese and dialog.sheet.title.startswith("Before you call")
    dialog.reject()


def test_the_sheet_prints_with_the_letters_printing(zh_window, qtbot, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from gui.shared.pdf_output import print_pdf_to

    tab = _select(zh_window, "D1")
    qtbot.mouseClick(tab.brief_button, Qt.MouseButton.LeftButton)
    dialog = tab.brief_dialog
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=30000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf_to(printer, dialog.pdf, "a4", dialog.sheet.title, dialog) == 1
    assert (tmp_path / "printed.pdf").stat().st_size > 20000
    dialog.reject()
