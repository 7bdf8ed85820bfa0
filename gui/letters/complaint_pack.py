"""Save a complaint pack from the letter window: the complaint, the debt's call log as a
spreadsheet and the evidence behind it, in one ZIP (core.letters.complaint_pack)."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core.errors import DomainError
from gui.letters.letter_builder import say
from gui.shared.pdf_output import ask_save_path
from gui.shared.retranslate import fill

FOLDER = "letterDialog/folder"  # packs go where letters were saved last


translate = QCoreApplication.translate  # lupdate reads translate("ComplaintPack", "…")


def save_complaint_pack(parent: QWidget, store: Any, case: dict[str, Any], request: Any,
                        suggested: str, status: Any) -> None:
    """Ask where, then write the pack whole; `status` is the label that says how it went."""
    from core.letters.complaint_pack import write_pack

    path = ask_save_path(parent, translate("ComplaintPack", "Save the complaint pack"),
                         suggested, FOLDER, ".zip",
                         translate("ComplaintPack", "ZIP archive (*.zip)"))
    if path is None:
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        made = write_pack(store, case, request, path)
    except DomainError as error:
        QMessageBox.warning(parent, translate("ComplaintPack", "Cannot save the pack"),
                            error.message)
        return
    finally:
        QApplication.restoreOverrideCursor()
    QSettings().setValue(FOLDER, str(path.parent))
    text = fill(translate("ComplaintPack",
                          "Saved to %1: the letter, the call log and %2 evidence file(s)."),
                path, len(made.written))
    if made.missing:
        text += " " + fill(translate("ComplaintPack",
                                     "Not in the store, so not in the pack: %1."),
                           ", ".join(made.missing))
    say(status, text)


def pack_name(title: str, when: date) -> str:
    """The pack's suggested file name: the letter's subject and date."""
    safe = "".join("_" if ch in '<>:"/\\|?*' else ch for ch in title)[:80]
    return f"{safe} {when.isoformat()}.zip"
