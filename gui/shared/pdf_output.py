"""Saving and printing a finished PDF, for every dialog that makes one (letters, the call
sheet): one way to choose a file, one way to print, the same messages when either fails."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSettings
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from core.errors import DomainError


def ask_save_path(parent: QWidget, caption: str, suggested: str, folder_key: str,
                  suffix: str = ".pdf", kinds: str | None = None) -> Path | None:
    """A file name from the save dialog, starting in the folder used last; `suffix` added
    when the name lacks it. `kinds`: the dialog's file filter (PDF by default)."""
    folder = QSettings().value(folder_key, str(Path.home()), type=str)
    folder = folder if isinstance(folder, str) else str(Path.home())
    kinds = kinds or QCoreApplication.translate("PdfOutput", "PDF (*.pdf)")
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(Path(folder) / suggested), kinds)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_suffix(path.suffix + suffix)


def save_pdf(parent: QWidget, pdf: bytes, path: Path, folder_key: str) -> Path | None:
    """Write the PDF in one go (never half a file); remembers the folder for next time."""
    from core.case.casefile import write_atomically

    try:
        write_atomically(path, pdf)
    except DomainError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("PdfOutput", "Cannot save"),
                            error.message)
        return None
    QSettings().setValue(folder_key, str(path.parent))
    return path


def prepare_printer(printer: Any, paper: str, title: str) -> None:
    size = QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter
    printer.setPageSize(QPageSize(size))
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setDocName(title or "DebtDesk")


def print_pdf(parent: QWidget, pdf: bytes, paper: str, title: str, caption: str) -> int:
    """Ask for a printer, then print; returns the pages printed (0 if cancelled)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, paper, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(caption)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return print_pdf_to(printer, pdf, paper, title, parent)


def print_pdf_to(printer: Any, pdf: bytes, paper: str, title: str, parent: QWidget) -> int:
    """Render each page at the printer's resolution (at most 300 dpi) and print it; returns
    the pages printed."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument

    prepare_printer(printer, paper, title)
    document = QPdfDocument(parent)
    data = QByteArray(pdf)
    buffer = QBuffer(data, parent)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        QMessageBox.warning(
            parent, QCoreApplication.translate("PdfOutput", "Cannot print"),
            QCoreApplication.translate("PdfOutput", "The printer could not be started."))
        document.close()
        buffer.close()
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
            target = QRect(0, 0, round(image.width() * scale), round(image.height() * scale))
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()
        buffer.close()
    return pages
