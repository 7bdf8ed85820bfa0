"""Chinese line breaking that never starts a line with closing punctuation.

ReportLab breaks CJK text between any two characters and keeps a few marks from starting a
line by letting one hang in the margin. Its list has the ideographic 。、 but not the
full-width ，；：？！, and it hangs one mark only, so `（深圳），` at the end of a line still
sent `，` to the next. Here a paragraph whose line would start with such a mark is broken
again with the line before it one character shorter, so that character goes down with the
mark. ReportLab is imported only when a paragraph is made.
"""
from __future__ import annotations

from functools import cache
from typing import Any

from core.letters import fonts

# Closing punctuation, full-width and ASCII: none of them may start a line.
CANNOT_START = "，。、；：？！）》」』】〕〉〗〙〛．…‥％,.;:?!)]}"
_TRIES = 12  # each try fixes one line; a paragraph needing more is left as it stands


def paragraph(markup: str, style: Any) -> Any:
    """A ReportLab Paragraph of `markup` in `style`, its CJK lines broken as above."""
    return _paragraph_class()(markup, style)


def _line_text(line: Any) -> str:
    if isinstance(line, tuple):  # one run of text: (space left, [words])
        return " ".join(line[1])
    return "".join(word.text for word in line.words)


@cache
def _paragraph_class() -> type:
    from reportlab.platypus import Paragraph

    class KeptPunctuation(Paragraph):  # type: ignore[misc]  # ReportLab has no hints
        def breakLinesCJK(self, maxWidths: list[float]) -> Any:  # noqa: N802, N803
            widths = list(maxWidths)
            lines = super().breakLinesCJK(widths)
            for _ in range(_TRIES):
                texts = [_line_text(line) for line in lines.lines]
                bad = next((n for n in range(1, len(texts))
                            if texts[n][:1] and texts[n][:1] in CANNOT_START
                            and len(texts[n - 1].rstrip(CANNOT_START)) > 1), None)
                if bad is None:
                    break
                widths += [widths[-1]] * (bad + 1 - len(widths))
                # Just too narrow for the line before less its last character and the marks
                # after it (ReportLab would hang one of those back on the line).
                kept = texts[bad - 1].rstrip(CANNOT_START)[:-1]
                widths[bad - 1] = fonts.width(kept, self.style.fontSize) + 0.01
                lines = super().breakLinesCJK(widths)
            return lines

    return KeptPunctuation
