"""The log: `<data folder>/logs/debtdesk.log`, rotated at 1 MB, three old files kept.

It is for finding bugs, and the folder beside it holds a person's debts and documents, so it
says what happened and never to whom: events and error types only. Exception messages (which
quote values: a name, an amount, a line of a file) are left out; tracebacks keep their files,
lines and functions, with paths made relative so that no home folder's name appears.
"""
from __future__ import annotations

import copy
import io
import logging
import logging.handlers
import os
import platform
import traceback
from pathlib import Path
from types import TracebackType
from typing import cast

from core.paths import make_private_dir

# What logging hands a formatter: sys.exc_info() of the logged error.
_ExcInfo = (tuple[type[BaseException], BaseException, TracebackType | None]
            | tuple[None, None, None])

LOG_FOLDER = "logs"
LOG_NAME = "debtdesk.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
_ROOT = Path(__file__).resolve().parent.parent

_installed: logging.Handler | None = None

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_FOLDER / LOG_NAME


def _short_path(filename: str) -> str:
    """A frame's file as `core/store.py` or `site-packages/…/x.py`: never a home folder."""
    path = Path(filename)
    try:
        return path.resolve().relative_to(_ROOT).as_posix()
    except (ValueError, OSError):
        parts = path.parts
        for anchor in ("site-packages", "dist-packages", "lib"):
            if anchor in parts:
                return "/".join(parts[parts.index(anchor):])
        return path.name


def safe_traceback(error: BaseException) -> str:
    """The traceback of `error` and the errors that led to it, without their messages (and
    without the source lines, which the file and line number find again)."""
    blocks: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines = ["Traceback (most recent call last):"]
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f'  File "{_short_path(frame.filename)}", line {frame.lineno}, '
                         f"in {frame.name}")
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__}"
                     if kind.__module__ != "builtins" else kind.__qualname__)
        blocks.append("\n".join(lines))
        current = current.__cause__ or (None if current.__suppress_context__
                                        else current.__context__)
    return "\n\nwhile handling, or caused by:\n\n".join(blocks)


def describe_environment() -> str:
    from core.about import version

    return (f"DebtDesk {version()}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()} {platform.machine()}")


class SafeFormatter(logging.Formatter):
    """Time, level, where, event; an exception as its safe traceback."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full traceback, messages and all, on the record.
        record = copy.copy(record)
        record.exc_text = None
        record.stack_info = None
        return super().format(record)

    def formatException(self, ei: _ExcInfo) -> str:
        error = ei[1]
        if error is None:
            return ""
        return safe_traceback(error)


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Each log file readable by its owner only, like the rest of the folder."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        # A text mode, so fdopen gives the TextIOWrapper that FileHandler._open promises.
        return cast(io.TextIOWrapper, os.fdopen(fd, self.mode.replace("w", "a"),
                                                encoding=self.encoding, errors=self.errors))

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        """A log that cannot be written (a read-only or full disk) is given up quietly: the
        log serves the person's report of a problem, and must never be one on their screen
        (logging would print a traceback to standard error for every line)."""
        self.close()


def setup_logging(data_dir: Path, level: int = logging.INFO,
                  max_bytes: int = MAX_BYTES) -> Path:
    """Send this process's log to the store's log file (once: a second call moves it)."""
    global _installed
    path = log_path(data_dir)
    make_private_dir(path.parent)
    handler = _PrivateRotatingHandler(path, maxBytes=max_bytes, backupCount=BACKUPS,
                                      encoding="utf-8", delay=True)
    handler.setFormatter(SafeFormatter())
    root = logging.getLogger()
    if _installed is not None:
        root.removeHandler(_installed)
        _installed.close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _installed = handler
    return path


def stop_logging() -> None:
    """This process's log goes nowhere until the next `setup_logging`."""
    global _installed
    if _installed is not None:
        logging.getLogger().removeHandler(_installed)
        _installed.close()
        _installed = None


def log_unhandled(error: BaseException, where: str = "") -> None:
    """An error nothing caught: its type and safe traceback go to the log."""
    logging.getLogger("debtdesk").error(
        "unhandled %s%s", type(error).__name__, f" in {where}" if where else "",
        exc_info=(type(error), error, error.__traceback__))


def flush() -> None:
    if _installed is not None:
        _installed.flush()

