"""Moving the case whole off the GUI thread: import, export and Back up now run in a thread
of their own, with a progress dialog ("45,000 / 100,000") and a Cancel button.

The dialog is window-modal and shown at once: while the case is being replaced or copied the
window takes no other edit (nor Quit). Core reports (done, total) and asks whether to stop;
a cancelled import has rolled back, a cancelled export or backup has left no file. The
outcome comes back on the GUI thread: `done` with the work's result, `failed` with the
message for the person, or `stopped` when cancelled.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from gui.shared.retranslate import fill

log = logging.getLogger(__name__)


class CaseJob(QObject):
    """One piece of work in a thread of its own. Made without a parent: the thread holds it
    while it runs, the caller while it wants to hear of it."""

    progressed = Signal(int, int)  # done, total: emitted from the worker thread
    done = Signal(object)  # what the work returned
    failed = Signal(str)  # the message for the person
    stopped = Signal()  # cancelled: nothing was changed

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self.dialog: QProgressDialog | None = None
        self._label = ""
        self.progressed.connect(self._show)
        for signal in (self.done, self.failed, self.stopped):  # before the caller hears
            signal.connect(self._close)

    # what the work is given: core's progress and cancelled callables
    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()
        if self.dialog is not None:  # Qt hid it on Cancel: it stays until the work has stopped
            self.dialog.setLabelText(self.tr("Stopping… nothing will be changed."))
            self.dialog.show()

    def start(self, work: Callable[[CaseJob], Any]) -> None:
        threading.Thread(target=self._run, args=(work,), name="case-job", daemon=True).start()

    def _run(self, work: Callable[[CaseJob], Any]) -> None:
        from core.case.progress import Cancelled
        from core.errors import DomainError

        try:
            result = work(self)
        except Cancelled:
            self.stopped.emit()
        except DomainError as error:
            self.failed.emit(error.message)
        except Exception as error:  # noqa: BLE001 - reported to the person and the log
            log.exception("moving the case failed")
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.done.emit(result)

    # --- the progress dialog ----------------------------------------------------------------
    def show_progress(self, parent: QWidget, title: str, label: str) -> None:
        """A window-modal dialog with Cancel, open at once: the window waits for the work."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        dialog.setObjectName("caseJobProgress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        self.dialog, self._label = dialog, label
        dialog.show()

    def _show(self, done: int, total: int) -> None:
        dialog = self.dialog
        if dialog is None or self._cancel.is_set():
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))
        dialog.setLabelText(fill(self.tr("%1\n%2 / %3"), self._label, f"{done:,}",
                                 f"{total:,}"))

    def _close(self, *_: Any) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
