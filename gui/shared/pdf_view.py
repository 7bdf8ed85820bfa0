"""A PDF viewer for the letter preview and the evidence preview (QtPdf's QPdfView)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.shared.retranslate import Retranslating, fill

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument


class PdfPreview(Retranslating, QWidget):
    """A PDF shown as it will print: page through, zoom, fit the width. Falls back to a
    note when Qt's PDF module is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterPreview")
        self.view: Any = None
        self.document: QPdfDocument | None = None
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
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(tools)
        self.missing: QLabel | None = None
        self.available = _qtpdf_available()
        if not self.available:  # QtPdf missing: the letter still saves, prints and opens
            self.missing = QLabel(self)
            self.missing.setWordWrap(True)
            self.missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(self.missing, 1)
            for button in (self.previous, self.next, self.zoom_in, self.zoom_out, self.fit):
                button.setEnabled(False)
        self.previous.clicked.connect(lambda: self._go(-1))
        self.next.clicked.connect(lambda: self._go(1))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit.clicked.connect(
            lambda: self.view and self.view.setZoomMode(self.view.ZoomMode.FitToWidth))

    def _ensure(self) -> bool:
        """Make the QtPdf document and view on first use (QtPdf loads only then)."""
        if self.view is not None:
            return True
        if not self.available:
            return False
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("letterPdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._layout.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_page())
        return True

    def showEvent(self, event: Any) -> None:  # noqa: N802
        self.retranslate()  # texts set however the widget was made
        super().showEvent(event)

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

    def show_pdf(self, pdf: bytes, keep_page: bool = True) -> bool:
        """Show a PDF from memory (at the page shown before, if `keep_page`); False if it
        cannot be read as one."""
        if not self._ensure():
            return False
        assert self.document is not None  # _ensure made it
        navigator = self.view.pageNavigator()
        keep = navigator.currentPage() if keep_page else 0
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if 0 < keep < self.document.pageCount():
            navigator.jump(keep, navigator.currentLocation(), navigator.currentZoom())
        elif not keep_page:
            navigator.jump(0, navigator.currentLocation(), 0)
        self._update_page()
        return self.document.pageCount() > 0

    def clear(self) -> None:
        if self.document is not None:
            self.document.close()
        self._update_page()

    def pages(self) -> int:
        from shiboken6 import isValid

        if self.document is None or not isValid(self.document):
            return 0  # being torn down: the view may still report a page change
        return self.document.pageCount()

    def _go(self, step: int) -> None:
        if self.view is None:
            return
        navigator = self.view.pageNavigator()
        page = min(max(navigator.currentPage() + step, 0), max(self.pages() - 1, 0))
        from PySide6.QtCore import QPointF

        navigator.jump(page, QPointF(), navigator.currentZoom())

    def _zoom(self, factor: float) -> None:
        if self.view is None:
            return
        self.view.setZoomMode(self.view.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(self.view.zoomFactor() * factor, 0.25), 4.0))

    def _update_page(self) -> None:
        from shiboken6 import isValid

        if not isValid(self.page):
            return
        total = self.pages()
        current = self.view.pageNavigator().currentPage() + 1 if self.view and total else 0
        self.page.setText(fill(self.tr("Page %1 of %2"), current, total))
        self.previous.setEnabled(total > 0 and current > 1)
        self.next.setEnabled(total > 0 and current < total)


def _qtpdf_available() -> bool:
    """Whether QtPdf can be imported, without importing it (it loads on first use)."""
    from importlib.util import find_spec

    try:
        return find_spec("PySide6.QtPdf") is not None and \
            find_spec("PySide6.QtPdfWidgets") is not None
    except (ImportError, ValueError):
        return False
