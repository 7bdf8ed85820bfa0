"""Thumbnails of evidence images, made off the GUI thread and cached on disk.

Images are decoded by Qt's QImageReader scaled to size, honouring EXIF rotation; the result
is saved beside the store (`thumbnails/<sha256>.png`) so each is made once. Other kinds get
an icon. PDF first pages need QtPdf and come with the previews.
"""
from __future__ import annotations

import queue
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

SIZE = 160
_IMAGE_MIMES = ("image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff", "image/webp")


class Thumbnails(QObject):
    ready = Signal(str)  # a sha256 whose thumbnail is now available

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: dict[str, QPixmap] = {}
        self._images: dict[str, QImage] = {}  # made by the worker, turned into pixmaps here
        self._pending: set[str] = set()
        self._lock = threading.Lock()
        self._queue: queue.Queue[tuple[Path, Path, str]] = queue.Queue()
        self._worker: threading.Thread | None = None
        self.ready.connect(self._arrived)

    def icon_for(self, store: Any, sha: str, mime: str, stored: bool) -> Any:
        """A pixmap if there is one, else an icon for the kind (and start making one)."""
        if sha in self._pixmaps:
            return self._pixmaps[sha]
        if stored and mime in _IMAGE_MIMES and store is not None:
            self._request(store, sha)
        return _kind_icon(mime, stored)

    def _request(self, store: Any, sha: str) -> None:
        """Queue one thumbnail for the single worker (a folder of 400 scans must not start
        400 decoders at once)."""
        with self._lock:
            if sha in self._pending:
                return
            self._pending.add(sha)
        self._queue.put((store.evidence_dir / sha, store.data_dir / "thumbnails" / f"{sha}.png",
                         sha))
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="thumbnails", daemon=True)
            self._worker.start()

    def _work(self) -> None:
        while True:
            source, cached, sha = self._queue.get()
            try:
                self._make(source, cached, sha)
            except Exception:  # noqa: BLE001 - a thumbnail that fails is an icon, not a crash
                pass

    def _make(self, source: Path, cached: Path, sha: str) -> None:
        image = QImage(str(cached)) if cached.is_file() else QImage()
        if image.isNull():
            reader = QImageReader(str(source))
            reader.setAutoTransform(True)  # EXIF orientation, as the camera meant it
            size = reader.size()
            if size.isValid() and (size.width() > SIZE or size.height() > SIZE):
                reader.setScaledSize(size.scaled(QSize(SIZE, SIZE),
                                                 Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            if not image.isNull():
                cached.parent.mkdir(mode=0o700, exist_ok=True)
                image.save(str(cached), "PNG")
        if not image.isNull():
            with self._lock:
                self._images[sha] = image
            self.ready.emit(sha)

    def _arrived(self, sha: str) -> None:
        with self._lock:
            image = self._images.pop(sha, None)
        if image is not None:
            self._pixmaps[sha] = QPixmap.fromImage(image)


def _kind_icon(mime: str, stored: bool) -> QIcon:
    style = QApplication.style()
    if not stored:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    if mime.startswith("audio/"):
        return style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume)
    if mime.startswith("image/"):
        return style.standardIcon(QStyle.StandardPixmap.SP_DesktopIcon)
    return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
