"""A letter's table laid out with ReportLab: column widths, cells that never wrap, and a
thousand rows drawn in a fraction of a second.

A letter's table of creditors has a row for every debt of the case, thirty pages at a
thousand debts. Nearly every cell is one line of text in the main font; such a cell is kept
as a plain string (a Paragraph per cell took seconds to lay out), measured once, and drawn
straight onto the page with the very operators ReportLab's drawString writes, without the
text object, the second measurement and the formatting it builds again for every cell.
Anything else (a cell that wraps, one in the fallback font) is left to ReportLab.
core.letters.pdf lays out the rest of the letter; ReportLab is imported only when a table
is made.
"""
from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from core.letters import fonts, line_breaks
from core.letters.document import Table

CELL_SIZE = 9.5
PADDING_Y = 2.5  # a table cell's padding above and below its text
_PADDING = 12 + 1  # a table cell's padding, 6 points a side, and a point to spare
_NARROWEST = 5 * CELL_SIZE + _PADDING  # a text column keeps five characters a line if it can


class Text(str):
    """A cell's one line of text in the main font, with its width at CELL_SIZE: ReportLab
    keeps the cell's value through every page break, so the width goes along with it."""

    width: float


def table_flowable(table: Table, styles: Any, width: float) -> Any:
    """`table` as a ReportLab flowable `width` wide, its cells in `styles` (the letter's
    styles: cell, cell_right and para)."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    # Each text measured once: a column of a thousand amounts repeats many of them, and
    # the widths serve both the columns' shares and which cells are drawn as plain text.
    measured = {text: fonts.width(text, CELL_SIZE)
                for text in {*table.header, *(text for row in table.rows for text in row)}}
    widths = _column_widths(table, width, measured)
    kept = _kept(table)

    def cell(text: str, column: int, header: bool = False) -> Any:
        room = widths[column] - _PADDING
        if _plain(text, measured[text], room):
            plain = Text(text)
            plain.width = measured[text]
            return plain
        style = styles.cell_right if table.align[column] == "r" else styles.cell
        if kept[column] and not header:
            return _one_line(text, style, room)
        return styles.para(text, style)

    data = [[cell(text, column, True) for column, text in enumerate(table.header)]]
    data += [[cell(text, column) for column, text in enumerate(row)] for row in table.rows]
    grid = colors.HexColor("#b8c2cc")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.FONT),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), styles.cell.leading),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor("#1f3a5f")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1f3a5f")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, grid),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING_Y),
    ]
    commands += [("ALIGN", (column, 0), (column, -1), "RIGHT")
                 for column, align in enumerate(table.align) if align == "r"]
    for index in table.strong:
        commands.append(("BACKGROUND", (0, index + 1), (-1, index + 1),
                         colors.HexColor("#f3f5f7")))
    # A row of plain texts is as high as ReportLab would find it to be, worked out here once:
    # left to ReportLab, every page break measured every row left again.
    padding = PADDING_Y + PADDING_Y
    heights = [styles.cell.leading * 1 + padding if all(isinstance(v, str) for v in row)
               else None for row in data]
    # A long schedule continues on the next page with its header row repeated.
    result = _table_class()(data, colWidths=widths, rowHeights=heights, repeatRows=1,
                            hAlign="LEFT")
    result.setStyle(TableStyle(commands))
    return result


@cache
def _table_class() -> type:
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.platypus import LongTable

    number = lru_cache(maxsize=4096)(fp_str)  # a column's x, a row's y: each said often

    class PlainCells(LongTable):  # type: ignore[misc]  # ReportLab has no hints
        _curcellstyle: Any  # the style of the cell drawn last (ReportLab's)

        def _drawCell(self, value: Any, style: Any, pos: tuple[float, float],  # noqa: N802
                      size: tuple[float, float]) -> None:
            now = self._curcellstyle
            if (type(value) is not Text or now is None or style.valign != "MIDDLE"
                    or style.alignment not in ("LEFT", "RIGHT")
                    or (style.fontname, style.fontsize) != (fonts.FONT, CELL_SIZE)
                    or (style.color, style.fontname, style.fontsize, style.leading)
                    != (now.color, now.fontname, now.fontsize, now.leading)
                    or style.href or style.destination or style.direction or style.shaping):
                # The first cell sets the colour and font; whatever is not one line of
                # plain text in them is ReportLab's to draw.
                super()._drawCell(value, style, pos, size)
                return
            self._curcellstyle = style
            (left, bottom), (wide, high) = pos, size
            # Where ReportLab's drawString / drawRightString would start the line, to the bit.
            x = (left + style.leftPadding if style.alignment == "LEFT"
                 else left + wide - style.rightPadding - value.width)
            y = bottom + (style.bottomPadding + high - style.topPadding + style.leading) / 2.0 \
                - style.fontsize
            canvas, doc = self.canv, self.canv._doc
            font = getFont(style.fontname)
            shown = " ".join(  # each run of one subset after its font operator
                f"{font.getSubsetInternalName(subset, doc)} {number(style.fontsize)} Tf "
                f"{number(style.leading)} TL ({canvas._escape(chars)}) Tj"
                for subset, chars in font.splitString(value, doc))
            canvas._code.append(f"BT 1 0 0 1 {number(x)} {number(y)} Tm {shown} T* ET")

    return PlainCells


def _plain(text: str, width: float, room: float) -> bool:
    """Whether a cell's text (`width` wide) can be drawn as it is, in the cell's font: one
    line, all in the main font, fitting its column. A Paragraph per cell (broken character
    by character for Chinese) made a table of a thousand creditors take seconds to lay out,
    and looks the same where there is nothing to break and no other font to switch to."""
    return "\n" not in text and fonts.in_main_font(text) and width <= room


def _kept(table: Table) -> list[bool]:
    """The columns whose cells never wrap: amounts (right-aligned) and those kept."""
    return [align == "r" or column in table.keep for column, align in enumerate(table.align)]


def _one_line(text: str, style: Any, room: float) -> Any:
    """A cell that stays on one line: an amount split as `4,500.` over `00 元` misreads.
    Where its column is too narrow even so, the cell's type is made smaller to fit."""
    from reportlab.lib.styles import ParagraphStyle

    needed = fonts.width(text, style.fontSize)
    if needed > room > 0:
        size = style.fontSize * room / needed
        style = ParagraphStyle(f"{style.name}_{size:.2f}", parent=style, fontSize=size)
    return line_breaks.paragraph(fonts.markup(text), style)


def _column_widths(table: Table, width: float, measured: dict[str, float]) -> list[float]:
    """Share the width by the longest text in each column. Columns that never wrap keep
    their width where they can; text columns give way, each keeping a few characters a
    line before a long one (a creditor's full name) takes the rest."""
    texts = [[table.header[column], *(row[column] for row in table.rows)]
             for column in range(len(table.header))]
    longest = [max(measured[t] for t in column) + _PADDING for column in texts]
    total = sum(longest)
    if total <= width:
        spare = (width - total) / len(longest)
        return [w + spare for w in longest]
    kept = _kept(table)
    fixed = sum(w for w, k in zip(longest, kept, strict=True) if k)
    flexible = [w for w, k in zip(longest, kept, strict=True) if not k]
    room = max(width - fixed, min(width * 0.3, sum(flexible)))
    if fixed > width - room:  # even the amounts do not fit: they shrink (see _one_line)
        scale = (width - room) / fixed
        longest = [w * scale if k else w for w, k in zip(longest, kept, strict=True)]
    floors = [min(w, _NARROWEST) for w in flexible]
    if room <= sum(floors):
        shares = [f * room / sum(floors) for f in floors]
    else:
        extra = (room - sum(floors)) / (sum(flexible) - sum(floors))
        shares = [f + (w - f) * extra for w, f in zip(flexible, floors, strict=True)]
    given = iter(shares)
    return [w if k else next(given) for w, k in zip(longest, kept, strict=True)]
