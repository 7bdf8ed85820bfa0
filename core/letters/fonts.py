"""The fonts a letter is set in, chosen character by character.

WenQuanYi Micro Hei (resources/fonts/wqy-microhei.ttc) sets everything it has a glyph for:
Latin, digits, punctuation and the common Chinese characters. Names also use the rare
characters of the CJK extension blocks (䶮 U+4DAE in A, 𠀀 U+20000 in B, 𫖮 U+2B5AE in C),
which it lacks; those are set in a fallback, the extension-block faces cut from Hanazono
Mincho (resources/fonts/hanazono-ext.ttc, made by scripts/make-fallback-font.py). A text
is split into runs, each in the first font that has its characters; ReportLab embeds each
font as a subset of the glyphs used. The fallback (34 MB) is read only when a letter holds
a character the main font lacks, so an ordinary letter costs nothing more.

ReportLab is imported here only when a font is first needed.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from core import resources

FONT = "DebtDeskCJK"
# The faces of resources.FALLBACK_FONT in order, with the characters each can hold: the
# first plane's in face 0, the rest in face 1 (so a character reads one face only).
FALLBACKS = (("DebtDeskHanExtA", range(0x10000)), ("DebtDeskHanExtB", range(0x10000, 0x110000)))
_lock = threading.Lock()
_glyphs: dict[str, Mapping[int, int]] = {}  # character → glyph, per font registered


def _register(name: str, parts: tuple[str, ...], face: int) -> Mapping[int, int]:
    """Register one face of a shipped font under `name`, as itself whatever the bold or
    italic asked for (a letter has neither), and return its character → glyph map."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    font = _font_class()(name, str(resources.resource_path(*parts)), subfontIndex=face)
    pdfmetrics.registerFont(font)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, name)
    glyphs: Mapping[int, int] = font.face.charToGlyph
    return glyphs


def _utf16(match: re.Match[str]) -> str:
    text = chr(int(match.group(2), 16)).encode("utf-16-be").hex().upper()
    return f"<{match.group(1)}> <{text}>"


@cache
def _font_class() -> type:
    """ReportLab's TrueType font, but its text copies and searches right beyond the first
    plane. Each embedded subset carries a map from its codes back to Unicode, and ReportLab
    writes a character past U+FFFF there as five hex digits (<20000>), which readers take
    for U+2000 and a stray 0: 𠀀 would come out of the PDF as a space. The map wants
    UTF-16, a surrogate pair (<D840DC00>); this rewrites those entries once the subsets are
    made. Maps of the first plane alone are left byte for byte as they were."""
    from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

    class PlaneSafeFont(TTFont):  # type: ignore[misc]  # ReportLab has no hints
        def addObjects(self, doc: Any) -> None:  # noqa: N802 - ReportLab's name
            subsets = list(self.state[doc].subsets)  # ReportLab drops them as it writes
            super().addObjects(doc)
            for n, subset in enumerate(subsets):
                if max(subset, default=0) <= 0xFFFF:
                    continue
                name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
                stream = doc.idToObject["toUnicodeCMap:" + name.decode("pdfdoc")]
                stream.content = re.sub(r"^<([0-9A-F]{2})> <([0-9A-F]{5,6})>$", _utf16,
                                        stream.content, flags=re.MULTILINE)

    return PlaneSafeFont


def register() -> None:
    """Make the main font known to ReportLab (once; a fallback face waits until needed)."""
    _glyphs_of(FONT)


def _glyphs_of(name: str) -> Mapping[int, int]:
    known = _glyphs.get(name)  # asked for every character: no lock once it is there
    if known is not None:
        return known
    with _lock:
        if name not in _glyphs:
            if name == FONT:
                _glyphs[name] = _register(name, resources.CJK_FONT, 0)
            else:
                face = [fallback for fallback, _ in FALLBACKS].index(name)
                _glyphs[name] = _register(name, resources.FALLBACK_FONT, face)
        return _glyphs[name]


def font_for(char: str) -> str | None:
    """The font that prints `char`: the main one when it has the glyph (or the character
    is a space or a line break, which need none), else the first fallback that has it, else
    None: no shipped font can print it."""
    code = ord(char)
    if code in _glyphs_of(FONT) or char.isspace():
        return FONT
    return next((name for name, holds in FALLBACKS
                 if code in holds and code in _glyphs_of(name)), None)


def in_main_font(text: str) -> bool:
    """Whether the main font has every character of `text`: nearly every text of a letter,
    told in one pass at C speed rather than character by character through font_for (a
    table of a thousand creditors asks for tens of thousands of characters)."""
    return all(map(_glyphs_of(FONT).__contains__, map(ord, text)))


def runs(text: str) -> list[tuple[str, str]]:
    """The text as (font, characters) runs, in order. A character no font has stays in the
    main font's run (it prints blank: missing() names such characters beforehand)."""
    if in_main_font(text):
        return [(FONT, text)] if text else []
    result: list[tuple[str, str]] = []
    for char in text:
        font = font_for(char) or FONT
        if result and result[-1][0] == font:
            result[-1] = (font, result[-1][1] + char)
        else:
            result.append((font, char))
    return result


def missing(text: str) -> tuple[str, ...]:
    """The characters of `text` that no shipped font has, each once, in order of appearance."""
    return tuple(char for char in dict.fromkeys(text) if font_for(char) is None)


def markup(text: str) -> str:
    """Text as ReportLab paragraph markup: escaped, line breaks kept, and each run the main
    font lacks wrapped in <font name=...> so its characters print."""
    parts = [escape(chars) if font == FONT else f'<font name="{font}">{escape(chars)}</font>'
             for font, chars in runs(text)]
    return "".join(parts).replace("\n", "<br/>")


def width(text: str, size: float) -> float:
    """How wide `text` is set at `size` points, each run measured in its own font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # a width on the page in points, never money
    return sum(float(stringWidth(chars, font, size)) for font, chars in runs(text))  # float ok


def draw_centred(canvas: Any, x: float, y: float, text: str, size: float) -> None:
    """Draw one line centred on x, run by run, for the canvas's own lines (the footer),
    which are not paragraphs and so do not read markup."""
    left = x - width(text, size) / 2
    for font, chars in runs(text):
        canvas.setFont(font, size)
        canvas.drawString(left, y, chars)
        left += width(chars, size)
