"""The CJK font shipped in resources/fonts, made available to Qt so Chinese never shows as
boxes on a machine without one (matplotlib and the letters register it themselves)."""
from __future__ import annotations

from pathlib import Path

from core import resources

_registered = False


def cjk_font() -> Path:
    return resources.resource_path(*resources.CJK_FONT)


def register_app_fonts() -> None:
    """Add the shipped font to Qt's font database once (about 8 ms)."""
    global _registered
    if _registered:
        return
    from PySide6.QtGui import QFontDatabase

    font = cjk_font()
    if font.is_file():
        QFontDatabase.addApplicationFont(str(font))
    _registered = True
