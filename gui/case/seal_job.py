"""Slow sealing work off the GUI thread: Argon2id takes half a second on purpose, and
protecting a case re-writes every evidence file. The result, or a message for the person,
comes back on the GUI thread."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class SealJob(QObject):
    """One piece of work in a thread of its own. Made without a parent: the thread holds it,
    so a dialog closed meanwhile is simply no longer told."""

    done = Signal(object)  # what the work returned
    failed = Signal(str, bool)  # the message; True when the passphrase was the wrong one
    progress = Signal(int, int)  # files done, files in all: emitted from the worker thread

    def report(self, done: int, total: int) -> None:
        """For the work to call as it goes (queued to the GUI thread by the signal)."""
        self.progress.emit(done, total)

    def start(self, work: Callable[[], Any]) -> None:
        threading.Thread(target=self._run, args=(work,), name="seal", daemon=True).start()

    def _run(self, work: Callable[[], Any]) -> None:
        from core.errors import DomainError
        from core.store.seal import WrongPassphrase

        try:
            result = work()
        except WrongPassphrase as error:
            self.failed.emit(error.message, True)
        except DomainError as error:
            self.failed.emit(error.message, False)
        except Exception as error:  # noqa: BLE001 - reported to the person and the log
            log.exception("sealing work failed")
            self.failed.emit(f"{type(error).__name__}: {error}", False)
        else:
            self.done.emit(result)
