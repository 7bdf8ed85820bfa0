"""Beside the evidence list: the selected document itself. Images with zoom, fit and rotate
(the camera's EXIF turn applied); PDFs paged; recordings with a play button where Qt's
multimedia works; text and email as text. "Open" hands a copy with its original name to the
system viewer; "Show in folder" opens the folder holding that copy.

Every byte shown is read through core.store.blobs, so a sealed store's files are unsealed in
memory. The stored file is never touched: the system viewer gets a copy under the original
name, in the data folder's `opened/` for a plain store; for a sealed one in a private work
folder that is removed when the case is locked or closed.
"""
from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap, QTransform
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.shared.retranslate import Retranslating, fill

if TYPE_CHECKING:
    from core.store.database import Store

TEXT_LIMIT = 200_000  # characters of a text or email shown


class EvidencePreview(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePreview")
        self.row: Any = None
        self.store: Store | None = None
        self._copies: dict[str, Path] = {}  # a sealed store's plain copies, by sha256
        self._keep = contextlib.ExitStack()  # removes them
        self._pixmap: QPixmap | None = None
        self._zoom: float | None = None  # None: fit to the pane
        self._turn = 0
        self._player: Any = None
        self.title = QLabel(self)
        self.title.setObjectName("previewTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")

        self.pages = QStackedWidget(self)
        self.note = QLabel(self)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.image = QLabel(self)
        self.image.setObjectName("previewImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.image)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.viewport().installEventFilter(self)  # refit on resize
        from gui.shared.pdf_view import PdfPreview

        self.pdf = PdfPreview(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.audio = QWidget(self)
        self.play = QPushButton(self.audio)
        self.play.setObjectName("previewPlay")
        self.play.setCheckable(True)
        self.play.toggled.connect(self._play)
        self.audio_note = QLabel(self.audio)
        self.audio_note.setWordWrap(True)
        audio = QVBoxLayout(self.audio)
        audio.addStretch(1)
        audio.addWidget(self.play, 0, Qt.AlignmentFlag.AlignCenter)
        audio.addWidget(self.audio_note, 0, Qt.AlignmentFlag.AlignCenter)
        audio.addStretch(1)
        for page in (self.note, self.scroll_area, self.pdf, self.text, self.audio):
            self.pages.addWidget(page)

        self.zoom_out, self.zoom_in = QPushButton(self), QPushButton(self)
        self.fit, self.rotate = QPushButton(self), QPushButton(self)
        self.zoom_out.clicked.connect(lambda: self._set_zoom(0.8))
        self.zoom_in.clicked.connect(lambda: self._set_zoom(1.25))
        self.fit.clicked.connect(lambda: self._set_zoom(None))
        self.rotate.clicked.connect(self._rotate)
        self.image_tools = QWidget(self)
        tools = QHBoxLayout(self.image_tools)
        tools.setContentsMargins(0, 0, 0, 0)
        for button in (self.zoom_out, self.zoom_in, self.fit, self.rotate):
            tools.addWidget(button)
        tools.addStretch(1)
        self.open_button, self.folder_button = QPushButton(self), QPushButton(self)
        self.open_button.setObjectName("previewOpen")
        self.open_button.clicked.connect(self.open_externally)
        self.folder_button.clicked.connect(self.show_in_folder)
        outside = QHBoxLayout()
        outside.addWidget(self.open_button)
        outside.addWidget(self.folder_button)
        outside.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.image_tools)
        column.addWidget(self.pages, 1)
        column.addLayout(outside)
        self.retranslate()
        self.show_row(None, None)

    def retranslate(self) -> None:
        self.zoom_out.setText(self.tr("−"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.zoom_in.setText(self.tr("+"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.fit.setText(self.tr("Fit"))
        self.rotate.setText(self.tr("Rotate ↻"))
        self.open_button.setText(self.tr("Open in viewer"))
        self.folder_button.setText(self.tr("Show in folder"))
        self.play.setText(self.tr("▶ Play") if not self.play.isChecked() else self.tr("■ Stop"))
        if self.row is None:
            self.note.setText(self.tr("Select a document to see it here."))

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self._zoom is None and self._pixmap:
            self._show_image()
        return False

    # --- what is shown --------------------------------------------------------------------
    def _sha(self) -> str | None:
        if self.row is None or self.store is None:
            return None
        sha256: str = self.row.data["sha256"]
        return sha256

    def show_row(self, row: Any, store: Store | None) -> None:
        """Show one evidence entry (a `core.store.views.Row`), or nothing."""
        self._stop()
        if store is not self.store:
            self.release_copies()
        self.row, self.store = row, store
        self._pixmap, self._zoom, self._turn = None, None, 0
        self.image_tools.setVisible(False)
        shown = self._sha() is not None and row.stored
        self.open_button.setEnabled(shown)
        self.folder_button.setEnabled(shown)
        if row is None:
            self.title.clear()
            self.note.setText(self.tr("Select a document to see it here."))
            self.pages.setCurrentWidget(self.note)
            return
        self.title.setText(row.data["title"] or row.data["name"])
        if not shown:
            self.note.setText(self.tr("The file is not in your data folder."))
            self.pages.setCurrentWidget(self.note)
            return
        mime = row.data["mime"] or ""
        if mime.startswith("audio/"):
            self.audio_note.setText(fill(self.tr("%1, %2 KB"), row.data["name"],
                                         (row.data["size"] or 0) // 1024))
            self.play.setEnabled(self._player_available())
            if not self.play.isEnabled():
                self.audio_note.setText(self.tr(
                    "Playing needs Qt's multimedia support, which is not available here. "
                    "Open it in your player instead."))
            self.pages.setCurrentWidget(self.audio)
            return
        pdf = mime == "application/pdf" and self.pdf.available
        text = mime.startswith("text/") or mime == "message/rfc822"
        if not (mime.startswith("image/") or pdf or text):
            self._cannot_show()
            return
        raw = self._read()
        if raw is None:
            self._cannot_show()
        elif mime.startswith("image/"):
            self._load_image(raw)
        elif pdf:
            if self.pdf.show_pdf(raw, keep_page=False):
                self.pages.setCurrentWidget(self.pdf)
            else:
                self._cannot_show()
        else:
            self.text.setPlainText(raw[:TEXT_LIMIT * 4].decode("utf-8", errors="replace")
                                   [:TEXT_LIMIT])
            self.pages.setCurrentWidget(self.text)

    def _read(self) -> bytes | None:
        """The document's plain bytes (unsealed in memory), or None if it cannot be read."""
        from core.store.blobs import read_blob
        from core.store.sealed_file import SealBroken

        sha, store = self._sha(), self.store
        if sha is None or store is None:
            return None
        try:
            return read_blob(store, sha)
        except (OSError, SealBroken):
            return None

    def _cannot_show(self) -> None:
        self.note.setText(self.tr("No preview for this kind of file here: open it in its "
                                  "program."))
        self.pages.setCurrentWidget(self.note)

    def _load_image(self, raw: bytes) -> None:
        from gui.evidence.thumbnails import image_from_bytes

        image = image_from_bytes(raw)
        if image.isNull():  # HEIC without a decoder, say
            self._cannot_show()
            return
        self._pixmap = QPixmap.fromImage(image)
        self.image_tools.setVisible(True)
        self.pages.setCurrentWidget(self.scroll_area)
        self._show_image()

    def _show_image(self) -> None:
        if self._pixmap is None:
            return
        pixmap = self._pixmap.transformed(QTransform().rotate(self._turn)) if self._turn \
            else self._pixmap
        if self._zoom is None:
            area = self.scroll_area.viewport().size()
            self.scroll_area.setWidgetResizable(True)
            pixmap = pixmap.scaled(area, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation) \
                if pixmap.width() > area.width() or pixmap.height() > area.height() else pixmap
        else:
            self.scroll_area.setWidgetResizable(False)
            pixmap = pixmap.scaled(pixmap.size() * self._zoom,
                                   Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            self.image.resize(pixmap.size())
        self.image.setPixmap(pixmap)

    def _set_zoom(self, factor: float | None) -> None:
        if factor is None:
            self._zoom = None
        else:
            base = self._zoom
            if base is None and self._pixmap is not None:  # from the fitted size
                shown = self.image.pixmap()
                base = shown.width() / max(1, self._pixmap.width()) if shown else 1.0
            self._zoom = min(max((base or 1.0) * factor, 0.05), 8.0)
        self._show_image()

    def _rotate(self) -> None:
        self._turn = (self._turn + 90) % 360
        self._show_image()

    @property
    def zoom(self) -> float | None:
        return self._zoom

    # --- audio ----------------------------------------------------------------------------
    def _player_available(self) -> bool:
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer  # noqa: F401
        except ImportError:
            return False
        return True

    def _play(self, on: bool) -> None:
        self.play.setText(self.tr("■ Stop") if on else self.tr("▶ Play"))
        if not on:
            self._stop()
            return
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        copy = self.named_copy()
        if copy is None:
            return
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._player.setAudioOutput(self._output)

            def stopped(state: QMediaPlayer.PlaybackState) -> None:
                if state == QMediaPlayer.PlaybackState.StoppedState:
                    self.play.setChecked(False)

            self._player.playbackStateChanged.connect(stopped)
        self._player.setSource(QUrl.fromLocalFile(str(copy)))
        self._player.play()

    def _stop(self) -> None:
        if self._player is not None:
            self._player.stop()
        if self.play.isChecked():
            self.play.blockSignals(True)
            self.play.setChecked(False)
            self.play.blockSignals(False)
            self.play.setText(self.tr("▶ Play"))

    # --- outside the app ------------------------------------------------------------------
    def named_copy(self) -> Path | None:
        """A copy of the stored file under its original name, for programs that go by the
        name: in the data folder's `opened/` (private like the rest) for a plain store; for a
        sealed one in a private work folder kept only until `release_copies`."""
        from core.evidence.export import _safe_name
        from core.store.blobs import blob_path, plain_copy

        sha256, store = self._sha(), self.store
        if sha256 is None or store is None or not blob_path(store, sha256).is_file():
            return None
        name = _safe_name(self.row.data["name"] or self.row.data["ref"])
        if store.key is not None:
            if sha256 not in self._copies:
                self._copies[sha256] = self._keep.enter_context(
                    plain_copy(store, sha256, name))
            return self._copies[sha256]
        folder = store.data_dir / "opened" / sha256[:12]
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        copy = folder / name
        if not copy.exists():
            with plain_copy(store, sha256) as path:
                shutil.copyfile(path, copy)
        return copy

    def release_copies(self) -> None:
        """Remove a sealed store's plain copies (the case is locked, closed or changed)."""
        self._stop()
        self._copies.clear()
        self._keep.close()

    def open_externally(self) -> None:
        copy = self.named_copy()
        if copy is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def show_in_folder(self) -> None:
        copy = self.named_copy()
        if copy is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy.parent)))
