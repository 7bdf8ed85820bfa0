"""Thumbnails of evidence images and PDFs, made off the GUI thread and cached on disk.

The file's bytes are read through core.store.blobs (a sealed store's unsealed in memory).
Images are decoded by Qt's QImageReader scaled to size, honouring EXIF rotation; a PDF shows
its first page, drawn by QtPdf. For a plain store the result is saved beside it
(`thumbnails/<sha256>.png`) so each is made once; a sealed store keeps them in memory only
(a picture of a document is that document). Other kinds get an icon, and so does a PDF
that cannot be drawn (damaged, password-protected, or QtPdf not installed).

Only QImages cross from the worker to the GUI thread: the worker makes, uses and deletes its
own QPdfDocument (a QObject) and nothing else ever sees it.
"""
from __future__ import annotations

import queue
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

SIZE = 160
_IMAGE_MIMES = ("image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff", "image/webp")
_PDF_MIME = "application/pdf"


class _Relay(QObject):
    """The worker's messenger. It has no parent, so it lives as long as the worker holds it:
    a thumbnail finished after its tab was closed is announced to nobody, never to a
    deleted object."""

    made = Signal(str)  # a sha256 whose QImage waits in `_images`


class Thumbnails(QObject):
    ready = Signal(str)  # a sha256 whose thumbnail is now available (on the GUI thread)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: dict[str, QPixmap] = {}
        self._icons: dict[str, QIcon] = {}  # the same, as icons: each view draws its own size
        self._images: dict[str, QImage] = {}  # made by the worker, turned into pixmaps here
        self._pending: set[str] = set()
        self._lock = threading.Lock()
        self._generation = 0  # raised by `forget`: work queued before it is dropped
        self._queue: queue.Queue[tuple[int, Any, Path | None, str, str]] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._relay = _Relay()
        self._relay.made.connect(self._arrived)  # queued: the worker is another thread

    def icon_for(self, store: Any, sha: str, mime: str, stored: bool) -> Any:
        """The thumbnail if there is one, else an icon for the kind (and start making one).

        An icon, not a pixmap, so the list's 32 px rows show it small and the grid full size
        (a pixmap would be drawn at its own size in both)."""
        if sha in self._icons:
            return self._icons[sha]
        if stored and (mime in _IMAGE_MIMES or mime == _PDF_MIME) and store is not None:
            self._request(store, sha, mime)
        return _kind_icon(mime, stored)

    def _request(self, store: Any, sha: str, mime: str) -> None:
        """Queue one thumbnail for the single worker (a folder of 400 scans must not start
        400 decoders at once)."""
        with self._lock:
            if sha in self._pending:
                return
            self._pending.add(sha)
        cached = None if store.key is not None else store.data_dir / "thumbnails" / f"{sha}.png"
        self._queue.put((self._generation, store, cached, sha, mime))
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, args=(self._relay,),
                                            name="thumbnails", daemon=True)
            self._worker.start()

    def _work(self, relay: _Relay) -> None:
        while True:
            generation, store, cached, sha, mime = self._queue.get()
            try:
                if generation == self._generation and self._make(generation, store, cached,
                                                                 sha, mime):
                    relay.made.emit(sha)
            except Exception:  # noqa: BLE001 - a thumbnail that fails is an icon, not a crash
                pass

    def _make(self, generation: int, store: Any, cached: Path | None, sha: str,
              mime: str) -> bool:
        image = QImage(str(cached)) if cached is not None and cached.is_file() else QImage()
        if image.isNull():
            from core.store.blobs import read_blob

            raw = read_blob(store, sha)
            image = _first_page(raw) if mime == _PDF_MIME else image_from_bytes(raw, SIZE)
            if not image.isNull() and cached is not None:
                cached.parent.mkdir(mode=0o700, exist_ok=True)
                # The stub asks for bytes, but PySide6 takes only a str format here.
                image.save(str(cached), "PNG")  # type: ignore[call-overload]
        if image.isNull():
            return False
        with self._lock:
            if generation != self._generation:
                return False  # forgotten while it was made
            self._images[sha] = image
        return True

    def forget(self) -> None:
        """Drop every thumbnail made and every one waiting (the case is locked: a picture of
        a sealed document is that document, and the store it was read from is closed)."""
        with self._lock:
            self._generation += 1
            self._images.clear()
            self._pending.clear()
        self._pixmaps.clear()
        self._icons.clear()

    def _arrived(self, sha: str) -> None:
        """On the GUI thread: the pixmap is made here, then `ready` says it is there."""
        with self._lock:
            image = self._images.pop(sha, None)
        if image is not None:
            self._pixmaps[sha] = QPixmap.fromImage(image)
            self._icons[sha] = QIcon(self._pixmaps[sha])
            self.ready.emit(sha)


def image_from_bytes(raw: bytes, fit: int | None = None) -> QImage:
    """An image decoded from memory, turned as its EXIF says; scaled down to fit a `fit`
    pixel square while decoding (cheap for a JPEG), if given. A null image if unreadable."""
    buffer = QBuffer()
    buffer.setData(QByteArray(raw))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # EXIF orientation, as the camera meant it
    size = reader.size()
    if fit is not None and size.isValid() and (size.width() > fit or size.height() > fit):
        reader.setScaledSize(size.scaled(QSize(fit, fit), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    if image.isNull() and raw[4:8] == b"ftyp":  # HEIC/HEIF: Qt has no reader of its own
        from core.file_types import heif_as_png

        png = heif_as_png(raw)
        if png is not None:
            return image_from_bytes(png, fit)
    return image


def _first_page(raw: bytes) -> QImage:
    """The first page on white, fitted to SIZE; a null image if it cannot be drawn.

    Runs in the worker thread only. QtPdf loads here, on first use, never at start-up."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return QImage()
    document = QPdfDocument()  # no parent: it lives and dies in this thread
    data = QByteArray(raw)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return QImage()  # damaged, or locked with a password
        page = document.pagePointSize(0)
        if page.width() <= 0 or page.height() <= 0:
            return QImage()
        size = page.toSize().scaled(QSize(SIZE, SIZE), Qt.AspectRatioMode.KeepAspectRatio)
        rendered = document.render(0, size.expandedTo(QSize(1, 1)))
    finally:
        document.close()
        del document
        buffer.close()
    if rendered.isNull():
        return QImage()
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)  # a page with no background of its own is paper-white
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.setPen(QColor(160, 160, 160))  # the sheet's edge, so a white page shows on white
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1))
    painter.end()
    return image


def _kind_icon(mime: str, stored: bool) -> QIcon:
    style = QApplication.style()
    if not stored:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    if mime.startswith("audio/"):
        return style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume)
    if mime.startswith("image/"):
        return style.standardIcon(QStyle.StandardPixmap.SP_DesktopIcon)
    return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
