"""Adding files as evidence off the GUI thread, with progress and cancel.

The worker calls core's `add_files`, which keeps the files a batch at a time (one disk sync
and one transaction a batch, not a file), and reports (done, total, name) and the outcome of
each; the window shows them. A bad file is reported, the others land; cancelling stops
before the next file (and inside a large one), leaving every file either fully kept or not
at all.

A pasted picture comes as a QImage with the name it is to have: the worker writes it as a PNG
in a temporary folder (encoding a large screenshot takes longer than a frame), adds it like
any file, and removes the folder when done.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from gui.shared.retranslate import fill


@dataclass(frozen=True, slots=True)
class Outcome:
    path: Path
    added: Any = None  # core.evidence.store.Added
    refused: str = ""  # the message, when refused


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files as given; a folder stands for every file below it, in name order."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            for root, dirs, names in os.walk(path):
                dirs.sort()
                out.extend(Path(root) / name for name in sorted(names)
                           if not name.startswith("."))
        else:
            out.append(path)
    return out


class EvidenceImport(QObject):
    progressed = Signal(int, int, str)  # files done, files in all, the current file's name
    finished = Signal(object)  # list[Outcome]

    def __init__(self, store: Any, paths: Sequence[Path], category: str,
                 debts: Sequence[str] = (), parent: QObject | None = None,
                 images: Sequence[tuple[Any, str]] = ()) -> None:
        super().__init__(parent)
        self._store, self._paths = store, list(paths)
        self._images = list(images)  # (QImage, file name): pictures to keep as PNG files
        self._category, self._debts = category, list(debts)
        self._cancel = threading.Event()
        self.outcomes: list[Outcome] = []

    def start(self) -> None:
        threading.Thread(target=self._run, name="add-evidence", daemon=True).start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="debtdesk-paste-")) if self._images else None
        try:
            self._add(self._write_images(folder) if folder is not None else [])
        finally:
            if folder is not None:  # gone before anyone hears the job is done
                shutil.rmtree(folder, ignore_errors=True)
            self.finished.emit(self.outcomes)

    def _write_images(self, folder: Path) -> list[Path]:
        written = []
        for image, name in self._images:
            path = folder / name
            if image.save(str(path), "PNG"):
                written.append(path)
            else:
                self.outcomes.append(Outcome(path, refused=fill(self.tr(
                    "%1: the picture could not be saved as a file (is the disk full?)"), name)))
        return written

    def _add(self, pictures: list[Path]) -> None:
        from core.errors import DomainError
        from core.evidence.store import add_files

        files = pictures + expand(self._paths)
        total = len(files)
        adding = add_files(self._store, files, self._category, self._debts,
                           cancelled=self._cancel.is_set,
                           taking=lambda index, path: self.progressed.emit(index, total,
                                                                           path.name))
        done = 0
        try:
            for path, result in zip(files, adding, strict=False):
                done += 1
                if isinstance(result, DomainError):
                    if not self._cancel.is_set():  # the file being copied when cancelled
                        self.outcomes.append(Outcome(path, refused=result.message))
                else:
                    self.outcomes.append(Outcome(path, added=result))
        except DomainError as error:  # the request itself (a debt gone, the disk full, …)
            self._refuse_rest(files[done:], error.message)
        except Exception as error:  # noqa: BLE001 - reported, never lost
            self._refuse_rest(files[done:], str(error))
        self.progressed.emit(total, total, "")

    def _refuse_rest(self, files: list[Path], message: str) -> None:
        """Every file not yet kept is refused with the one reason (its batch was not kept:
        files are recorded a batch at a time, each whole or not at all)."""
        for path in files:
            self.outcomes.append(Outcome(path, refused=message if path.name in message
                                         else f"{path.name}: {message}"))
