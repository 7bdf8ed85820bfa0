"""The CJK font shipped in resources/fonts, made available to Qt so Chinese never shows as
boxes on a machine without one (matplotlib and the letters register it themselves)."""
from __future__ import annotations

from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
CJK_FONT = FONTS / "wqy-microhei.ttc"  # WenQuanYi Micro Hei: Apache-2.0 (see its LICENSE)
_registered = False


def register_app_fonts() -> None:
    """Add the shipped font to Qt's font database once (about 8 ms)."""
    global _registered
    if _registered:
        return
    from PySide6.QtGui import QFontDatabase

    if CJK_FONT.is_file():
        QFontDatabase.addApplicationFont(str(CJK_FONT))
    _registered = True
