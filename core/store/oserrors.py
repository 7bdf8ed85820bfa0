"""What a failed write means for the person, in one sentence that says what to do: a
read-only or forbidden folder, a full disk, a folder that does not exist. The command line
and the store use this instead of showing the operating system's or SQLite's own text."""
from __future__ import annotations

import errno
from pathlib import Path

from core import i18n
from core.errors import DomainError
from core.store.connect import database_errors

_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


class StorageProblem(DomainError):
    """Nothing more can be written there: every later file would fail the same way."""


def storage_problem(error: OSError, target: Path | None = None) -> DomainError:
    """The sentence for an OSError met while writing `target` (else the error's own file)."""
    named = target if target is not None else Path(error.filename or ".")
    folder = named if named.is_dir() else named.parent
    if error.errno in _FULL:
        return StorageProblem(i18n.t("disk_full", folder=folder))
    if error.errno in _READ_ONLY:
        return StorageProblem(i18n.t("folder_read_only", folder=folder))
    if error.errno == errno.ENOENT and not folder.exists():
        return StorageProblem(i18n.t("no_such_folder", folder=folder))
    return DomainError(i18n.t("cannot_write", file=named,
                              detail=error.strerror or type(error).__name__))


def sqlite_problem(error: Exception, data_dir: Path) -> DomainError | None:
    """The sentence for SQLite refusing to write (through SQLAlchemy or not), or None when
    the error is something else."""
    text = str(getattr(error, "orig", None) or error).lower()
    if not isinstance(getattr(error, "orig", error), database_errors()):
        return None
    if "disk is full" in text:
        return StorageProblem(i18n.t("disk_full", folder=data_dir))
    if "readonly" in text or "read-only" in text or "unable to open database" in text:
        return StorageProblem(i18n.t("folder_read_only", folder=data_dir))
    return None
