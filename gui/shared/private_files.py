"""The window's own files (its settings, the chart library's cache) readable by their owner
only: the settings name the folders the person saves letters in, and the cache sits beside
them. Folders 0700, files 0600."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

from core.paths import make_private_dir


def make_private_file(path: Path) -> None:
    """Create `path` if need be, and make it 0600: a file written later through a
    replace-by-rename (Qt's settings) keeps the permissions of the one it replaces."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        make_private_dir(path.parent)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        path.chmod(0o600)


def make_files_private(folder: Path) -> None:
    """Every file directly in `folder` 0600 (what a library wrote with the default mode)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.is_file(follow_symlinks=False):
                os.chmod(entry.path, 0o600)


def keep_settings_private() -> None:
    """The settings file (an INI file on Linux and macOS; the registry on Windows, which
    has no file)."""
    from PySide6.QtCore import QSettings

    settings = QSettings()
    if settings.format() == QSettings.Format.NativeFormat and os.name != "posix":
        return
    make_private_file(Path(settings.fileName()))
