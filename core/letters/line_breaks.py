"""Chinese line breaking that never starts a line with closing punctuation, nor breaks a
number.

ReportLab breaks CJK text between any two characters and keeps a few marks from starting a
line by letting one hang in the margin. Its list has the ideographic 。、 but not the
full-width ，；：？！, and it hangs one mark only, so `（深圳），` at the end of a line still
sent `，` to the next; and it breaks an amount anywhere, `12,0` over `00.00 元`. Here a
paragraph with such a break is broken again with the line before it just too narrow for
what must move down: the character before the marks, or the whole number. ReportLab is
imported only when a paragraph is made.
"""
from __future__ import annotations

from functools import cache
from typing import Any

from core.letters import fonts

# Closing punctuation, full-width and ASCII: none of them may start a line.
CANNOT_START = "，。、；：？！）》」』】〕〉〗〙〛．…‥％,.;:?!)]}"
NUMBER = "0123456789,."
UNITS = "元%％"  # what follows an amount: kept with it
_TRIES = 12  # each try fixes one line; a paragraph needing more is left as it stands


def paragraph(markup: str, style: Any) -> Any:
    """A ReportLab Paragraph of `markup` in `style`, its CJK lines broken as above."""
    return _paragraph_class()(markup, style)


def kept_before(line: str, following: str) -> str | None:
    """What of `line` may stay on it when `following` comes next, or None where the break
    between them is a good one (or no better one can be had: nothing would be left)."""
    after = following.lstrip()[:1]
    if line[-1:].isdigit() and after and after in NUMBER + UNITS:
        kept = line.rstrip(NUMBER + " ")  # the number goes down whole
    elif after and after in CANNOT_START:
        kept = line.rstrip(CANNOT_START)[:-1]  # its last character goes down with the marks
    else:
        return None
    return kept if kept.strip() else None


def _line_text(line: Any) -> str:
    if isinstance(line, tuple):  # one run of text: (space left, [words])
        return " ".join(line[1])
    return "".join(word.text for word in line.words)


@cache
def _paragraph_class() -> type:
    from reportlab.platypus import Paragraph

    class KeptTogether(Paragraph):  # type: ignore[misc]  # ReportLab has no hints
        def breakLinesCJK(self, maxWidths: list[float]) -> Any:  # noqa: N802, N803
            widths = list(maxWidths)
            lines = super().breakLinesCJK(widths)
            for _ in range(_TRIES):
                texts = [_line_text(line) for line in lines.lines]
                bad = next(((n, kept) for n in range(1, len(texts))
                            if (kept := kept_before(texts[n - 1], texts[n])) is not None),
                           None)
                if bad is None:
                    break
                n, kept = bad
                widths += [widths[-1]] * (n + 1 - len(widths))
                # Just too narrow for more than what stays (ReportLab hangs one mark back).
                widths[n - 1] = fonts.width(kept, self.style.fontSize) + 0.01
                lines = super().breakLinesCJK(widths)
            return lines

    return KeptTogether
