"""The one place that finds the files DebtDesk ships with (`resources/`).

It asks `importlib.resources`, so the font and the translations are found the same way from
a source checkout, an installed wheel or a bundle, and no module works out a path from its
own file's place in the tree."""
from __future__ import annotations

import atexit
from contextlib import ExitStack
from functools import cache
from pathlib import Path

PACKAGE = "resources"
CJK_FONT = ("fonts", "wqy-microhei.ttc")  # WenQuanYi Micro Hei: Apache-2.0 (see its LICENSE)
# The CJK extension blocks the main font lacks, cut from Hanazono Mincho by
# scripts/make-fallback-font.py: the Hanazono Font License (see its LICENSE).
FALLBACK_FONT = ("fonts", "hanazono-ext.ttc")
FONTS = ("fonts",)
TRANSLATIONS = ("translations",)
ICONS = ("icons",)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # debtdesk-N.png, made from debtdesk.svg

_files = ExitStack()
atexit.register(_files.close)


@cache
def resource_path(*parts: str) -> Path:
    """A shipped file or folder as a real path (ReportLab, Qt and matplotlib want one).

    Installed as plain files, that is where it lies; from a zipped install it is extracted
    once and removed when the process ends."""
    from importlib.resources import as_file, files

    return _files.enter_context(as_file(files(PACKAGE).joinpath(*parts)))
