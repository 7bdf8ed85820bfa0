"""Where matplotlib keeps its settings and font list, set before it is first imported.

Kept apart from gui/chart.py so that the window can call `configure` right after its first
paint, before any worker thread exists (adding variables to the process environment while
another thread reads it is not safe in C), without importing the chart's module.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from core.paths import make_private_dir
from gui.shared.private_files import make_files_private

_IGNORE = "MPL_IGNORE_SYSTEM_FONTS"
_ignoring = False
_folder: Path | None = None  # the cache folder set here (not one the person set)


def configure() -> None:
    """matplotlib's folder for its settings and font list: DebtDesk's own, in the per-user
    cache, and its font list made of matplotlib's fonts alone (ours are added after). On a
    first run, scanning the system's fonts costs seconds where large CJK fonts are
    installed, and the chart needs none of them. Someone who sets MPLCONFIGDIR keeps
    matplotlib as they set it. Call at start-up, before any worker thread (the window does),
    or at least on the GUI thread before matplotlib is imported; a second call does nothing."""
    global _ignoring, _folder
    if "MPLCONFIGDIR" in os.environ or "matplotlib" in sys.modules:
        return
    from PySide6.QtCore import QStandardPaths

    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    if not cache:
        return
    folder = Path(cache) / "matplotlib"
    try:
        make_private_dir(Path(cache))
        make_private_dir(folder)
    except OSError:
        return  # matplotlib finds a folder of its own, as it would without this
    os.environ["MPLCONFIGDIR"] = str(folder)
    _folder = folder
    if _IGNORE not in os.environ:
        os.environ[_IGNORE] = "1"
        _ignoring = True


def release() -> None:
    """Once the font list is made: matplotlib reads the same setting when it looks a font
    up, and would then see only its own folder, not the fonts shipped here."""
    global _ignoring
    if _ignoring:
        os.environ.pop(_IGNORE, None)
        _ignoring = False
    if _folder is not None:  # matplotlib wrote its font list with the default mode
        make_files_private(_folder)
