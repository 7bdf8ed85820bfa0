"""Letters built off the GUI thread, for every dialog that previews one (the letter, the call
sheet): ReportLab and the font load on first use, and a build may take a second, so it runs
on a worker thread and says which request it answers; the dialog shows only the newest."""
from __future__ import annotations

import re
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from core.errors import DomainError

# The line under a preview says how things stand, in one of three tones.
QUIET, NOTE, PROBLEM = "color: palette(mid);", "color: #8a3b00;", "color: #c62828;"


def say(label: Any, text: str, tone: str = QUIET) -> None:
    label.setStyleSheet(tone)
    label.setText(text)


def show_built(label: Any, preview: Any, pdf: bytes, text: str, tone: str = QUIET) -> None:
    """A PDF built: shown in the preview, with what there is to know about it."""
    say(label, text, tone)
    preview.show_pdf(pdf)


def show_problem(label: Any, preview: Any, message: str) -> None:
    """Nothing could be built: why, and an empty preview (nothing stale to print)."""
    say(label, message, PROBLEM)
    preview.clear()


class LetterBuilder(QObject):
    """Builds letters on a worker thread; `built` carries (generation, letter, pdf) or
    (generation, None, message). `make(case, request) -> (letter, pdf)` builds something
    else laid out like a letter (the call sheet); by default, the letter `request` asks for."""

    built = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None,
                 make: Callable[[dict[str, Any], Any], tuple[Any, bytes]] | None = None) -> None:
        super().__init__(parent)
        self._make = make

    def build(self, generation: int, case: dict[str, Any], request: Any) -> None:
        threading.Thread(target=self._run, args=(generation, case, request),
                         name="letter", daemon=True).start()

    def _run(self, generation: int, case: dict[str, Any], request: Any) -> None:
        from core.letters.build import build_pdf

        try:
            letter, pdf = (self._make or build_pdf)(case, request)
        except DomainError as error:
            self.built.emit(generation, None, error.message)
            return
        except Exception as error:  # noqa: BLE001 - shown in the dialog, never a crash
            self.built.emit(generation, None, f"{type(error).__name__}: {error}")
            return
        self.built.emit(generation, letter, pdf)


def file_name_for(letter: Any, on: date) -> str:
    """A file name from the subject and date, with nothing a file system objects to."""
    subject = re.sub(r"^(Re:\s*)", "", letter.title)
    subject = re.sub(r'[\\/:*?"<>|\s]+', "-", subject).strip("-.")[:80]
    return f"{subject}-{on.isoformat()}.pdf"
