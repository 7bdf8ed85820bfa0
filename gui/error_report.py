"""What the window does with an error nothing caught: log it, say so, keep running.

A refusal (`DomainError`) that no dialog caught is shown as what it is, a message for the
person. Anything else is a bug: its type and traceback (without the exception's message,
which may quote the person's data) go to the log, and a dialog says that nothing was lost —
every change is one transaction, so the one that failed left nothing behind — with a report
to copy and the log's place. The window keeps running; the person may quit from the dialog.
"""
from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from core.logs import describe_environment, log_unhandled, safe_traceback

log = logging.getLogger(__name__)


def report_text(error: BaseException) -> str:
    return f"{describe_environment()}\n\n{safe_traceback(error)}\n"


class ErrorDialog(QDialog):
    """The report, a Copy button, Keep working and Quit."""

    def __init__(self, report: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("DebtDesk ran into a problem"))
        self.report = report
        text = self.tr(
            "Something went wrong inside DebtDesk. Your data is safe: each change is saved whole "
            "or not at all, so the one that failed left nothing half-done. You can keep "
            "working, or quit and open DebtDesk again.")
        if log_file is not None:
            text += "\n\n" + self.tr("The details are also in the log file %1.").replace(
                "%1", str(log_file))
        label = QLabel(text, self)
        label.setObjectName("errorText")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr("If you report it, copy this (it holds no names, amounts or "
                              "document contents):"), self)
        hint.setWordWrap(True)
        self.details = QPlainTextEdit(report, self)
        self.details.setObjectName("errorReport")
        self.details.setReadOnly(True)
        self.details.setMinimumSize(520, 180)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button = buttons.addButton(self.tr("&Keep working"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setObjectName("keepWorkingButton")
        self.quit_button = buttons.addButton(self.tr("&Quit DebtDesk"),
                                             QDialogButtonBox.ButtonRole.DestructiveRole)
        self.quit_button.setObjectName("quitAppButton")
        self.quit_button.clicked.connect(self._quit)
        buttons.accepted.connect(self.accept)
        column = QVBoxLayout(self)
        column.addWidget(label)
        column.addWidget(hint)
        column.addWidget(self.details, 1)
        column.addWidget(buttons)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report)

    def _quit(self) -> None:
        self.accept()
        QApplication.closeAllWindows()  # each window saves its state and lets go of the store
        QApplication.quit()


class ErrorReporter(QObject):
    """Installed as sys.excepthook and threading.excepthook for the window's process."""

    _from_thread = Signal(object)

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.dialog: ErrorDialog | None = None
        self._from_thread.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous: tuple[Any, Any] | None = None

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(self, kind: type[BaseException], error: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            QApplication.quit()
            return
        if error.__traceback__ is None:
            error.__traceback__ = tb
        if threading.current_thread() is not threading.main_thread():
            self._from_thread.emit(error)
            return
        self._show(error)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, error: BaseException) -> None:
        parent = QApplication.activeWindow()
        if isinstance(error, DomainError):
            log.info("refused: %s", type(error).__name__)
            QMessageBox.warning(parent, QApplication.translate("ErrorReporter", "Cannot do that"),
                                error.message)
            return
        log_unhandled(error)
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the log has every error
        self.dialog = ErrorDialog(report_text(error), self.log_file, parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialog.open()
