"""A Letter laid out as a printable PDF with ReportLab.

ReportLab is imported here only, and this module only when a letter is built. The fonts are
the ones shipped in resources/fonts, chosen per character by core.letters.fonts (a CJK font
with Latin glyphs too, and a fallback for the rare characters of names), embedded as
subsets, so the letter prints the same on every machine; ReportLab's default Helvetica is
never left on a page (the canvas starts in our font). The output is invariant: the same
letter gives the same bytes.

It knows a letter only as core.letters.document describes it, never how one is composed:
core.letters.build (a letter) and core.letters.brief (the call sheet) import it when they
render.
"""
from __future__ import annotations

import io
from datetime import date
from typing import Any

from core.letters import fonts, line_breaks
from core.letters.document import Block, Letter, Table, has_cjk

CELL_SIZE = 9.5
PADDING_Y = 2.5  # a table cell's padding above and below its text


def missing_characters(letter: Letter) -> tuple[str, ...]:
    """The characters of the letter that neither the main font nor its fallback has a glyph
    for, each once, in the order they appear. They would print as blanks; saying which lets
    the person choose another spelling or write them in by hand."""
    return fonts.missing(letter.text())


class _Styles:
    def __init__(self, language: str, compact: bool = False) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        zh = language == "zh"
        size = 9.5 if compact else 10.5
        self.body = ParagraphStyle(
            "body", fontName=fonts.FONT, fontSize=size,
            leading=size * ((1.5 if compact else 1.65) if zh else (1.3 if compact else 1.4)),
            firstLineIndent=2 * size if zh and not compact else 0,
            spaceAfter=size * (0.3 if compact else 0.5),
            alignment=TA_JUSTIFY if zh else TA_LEFT, allowWidows=0, allowOrphans=0)
        self.plain = ParagraphStyle("plain", parent=self.body, firstLineIndent=0,
                                    spaceAfter=0, alignment=TA_LEFT)
        self.right = ParagraphStyle("right", parent=self.plain, alignment=TA_RIGHT)
        self.cell = ParagraphStyle("cell", parent=self.plain, fontSize=CELL_SIZE,
                                   leading=CELL_SIZE * 1.35)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.title = ParagraphStyle(
            "title", parent=self.plain, fontSize=15, leading=22,
            alignment=TA_CENTER if zh else TA_LEFT, spaceBefore=0 if compact else 4,
            spaceAfter=4 if compact else 10)
        self.heading = ParagraphStyle(
            "heading", parent=self.plain, fontSize=10.5 if compact else 11.5,
            leading=15 if compact else 18, spaceBefore=5 if compact else 8,
            spaceAfter=2 if compact else 3, textColor=colors.HexColor("#1f3a5f"),
            keepWithNext=1)
        self.item = ParagraphStyle("item", parent=self.plain, spaceAfter=1 if compact else 2,
                                   leading=size * ((1.4 if compact else 1.55) if zh else
                                                   (1.3 if compact else 1.35)))
        self.footer_size = 8.5

    def para(self, text: str, style: Any) -> Any:
        # CJK wrapping breaks between any two Chinese characters (never before closing
        # punctuation: core.letters.line_breaks); text without Chinese wraps at spaces only.
        if has_cjk(text):
            from reportlab.lib.styles import ParagraphStyle

            style = ParagraphStyle(style.name + "_cjk", parent=style, wordWrap="CJK")
        return line_breaks.paragraph(fonts.markup(text), style)


def render(letter: Letter) -> bytes:
    """The letter as PDF bytes."""
    fonts.register()
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, KeepTogether, SimpleDocTemplate

    page = A4 if letter.paper == "a4" else LETTER
    styles = _Styles(letter.language, letter.compact)
    side, top = (16, 14) if letter.compact else (22, 20)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=page, leftMargin=side * mm, rightMargin=side * mm, topMargin=top * mm,
        bottomMargin=20 * mm, title=letter.title, author=letter.author,
        subject=letter.title, creator="DebtDesk", producer="DebtDesk", invariant=1,
        initialFontName=fonts.FONT,
        lang="zh-CN" if letter.language == "zh" else "en")
    width = doc.width
    story: list[Any] = _head(letter, styles, width)
    # The closing paragraphs travel with the signature: a page of nothing but 此致 敬礼 and
    # two blank lines would look like a page that lost its letter.
    tail = 0
    while tail < 2 and tail < len(letter.body) and letter.body[-1 - tail].kind == "p":
        tail += 1
    blocks, closing = letter.body[:len(letter.body) - tail], letter.body[len(letter.body) - tail:]
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and following.kind == "table" and block.kind == "p":
            # A table's introduction never ends a page alone, and a table starts with its
            # header and at least four rows: move both on when less room is left.
            story.append(CondPageBreak(_rows_height(following, styles) + 3 * styles.body.leading))
        story += _block(block, styles, width)
    ending = [flowable for block in closing for flowable in _block(block, styles, width)]
    if letter.closing or letter.signature:
        ending += _signature(letter, styles, width)
    story.append(KeepTogether(ending))

    label = letter.page_label
    doc.build(story, canvasmaker=_numbered_canvas(label, styles.footer_size, letter.dated))
    return out.getvalue()


def _head(letter: Letter, styles: _Styles, width: float) -> list[Any]:
    """Title, addresses, date and salutation, each left out when empty: a sheet that is not a
    letter starts with its title and date line and nothing else."""
    from reportlab.platypus import Spacer

    story: list[Any] = []
    if letter.language == "zh" or not (letter.sender or letter.recipient or letter.salutation):
        story.append(styles.para(letter.title, styles.title))
        if letter.sender or letter.recipient:
            story += [_address_table(letter, styles, width), Spacer(1, 8)]
        elif letter.date_line:
            story += [styles.para(letter.date_line, styles.plain), Spacer(1, 6)]
        if letter.salutation:
            story += [styles.para(letter.salutation, styles.plain), Spacer(1, 4)]
    else:
        story += [styles.para(line, styles.right) for line in letter.sender]
        story.append(Spacer(1, 10))
        story += [styles.para(line, styles.plain) for line in letter.recipient]
        story.append(Spacer(1, 8))
        story.append(styles.para(letter.date_line, styles.plain))
        story.append(Spacer(1, 10))
        if letter.salutation:
            story.append(styles.para(letter.salutation, styles.plain))
        story.append(styles.para(letter.title, styles.heading))
    return story


def page_count(pdf: bytes) -> int:
    """Pages in a PDF this module wrote (it states /Count once, in the page tree)."""
    import re

    counts = [int(n) for n in re.findall(rb"/Count (\d+)", pdf)]
    return max(counts) if counts else 0


def _rows_height(block: Block, styles: _Styles, rows: int = 5) -> float:
    assert block.table is not None
    shown = min(rows, len(block.table.rows) + 1)
    leading: float = styles.cell.leading
    return shown * (leading + 5)


def _address_table(letter: Letter, styles: _Styles, width: float) -> Any:
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    left = [styles.para(line, styles.plain) for line in letter.sender]
    right = [styles.para(line, styles.plain) for line in
             (*letter.recipient, letter.date_line)]
    table = RLTable([[left, right]], colWidths=[width * 0.54, width * 0.46])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.FONT),  # else ReportLab sets Helvetica per cell
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
    ]))
    return table


def _block(block: Block, styles: _Styles, width: float) -> list[Any]:
    from reportlab.platypus import ListFlowable, ListItem, Spacer

    if block.kind == "h":
        return [styles.para(block.text, styles.heading)]
    if block.kind == "p":
        return [styles.para(block.text, styles.body)]
    if block.kind == "ol":
        items = [ListItem(styles.para(text, styles.item), value=i)
                 for i, text in enumerate(block.items, 1)]
        size = styles.item.fontSize
        return [ListFlowable(items, bulletType="1", bulletFontName=fonts.FONT,
                             bulletFontSize=size, leftIndent=2 * size, bulletFormat="%s."),
                Spacer(1, 4)]
    assert block.table is not None
    return [_table(block.table, styles, width), Spacer(1, 8)]


def _table(table: Table, styles: _Styles, width: float) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import LongTable, TableStyle

    widths = _column_widths(table, width)
    kept = _kept(table)

    def cell(text: str, column: int, header: bool = False) -> Any:
        room = widths[column] - _PADDING
        if _plain(text, room):
            return text
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
    result = LongTable(data, colWidths=widths, rowHeights=heights, repeatRows=1,
                       hAlign="LEFT")
    result.setStyle(TableStyle(commands))
    return result


_PADDING = 12 + 1  # a table cell's padding, 6 points a side, and a point to spare
_NARROWEST = 5 * CELL_SIZE + _PADDING  # a text column keeps five characters a line if it can


def _plain(text: str, room: float) -> bool:
    """Whether a cell's text can be drawn as it is, in the cell's font: one line, all in
    the main font, fitting its column. A Paragraph per cell (broken character by character
    for Chinese) made a table of a thousand creditors take seconds to lay out, and looks the
    same where there is nothing to break and no other font to switch to."""
    if "\n" in text:
        return False
    runs = fonts.runs(text)
    return (not runs or (len(runs) == 1 and runs[0][0] == fonts.FONT)) and \
        fonts.width(text, CELL_SIZE) <= room


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


def _column_widths(table: Table, width: float) -> list[float]:
    """Share the width by the longest text in each column. Columns that never wrap keep
    their width where they can; text columns give way, each keeping a few characters a
    line before a long one (a creditor's full name) takes the rest."""
    texts = [[table.header[column], *(row[column] for row in table.rows)]
             for column in range(len(table.header))]
    longest = [max(fonts.width(t, CELL_SIZE) for t in column) + _PADDING for column in texts]
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


def _signature(letter: Letter, styles: _Styles, width: float) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, TableStyle
    from reportlab.platypus import Table as RLTable

    parts: list[Any] = [Spacer(1, 10)]
    if letter.language == "zh":
        # 此致 indented two characters, 敬礼 on the next line flush left: the letter form.
        parts.append(styles.para(letter.closing[0], styles.body))
        parts += [styles.para(line, styles.plain) for line in letter.closing[1:]]
    else:
        parts += [styles.para(line, styles.plain) for line in letter.closing]
    parts.append(Spacer(1, 18))
    rows = [[styles.para(text, styles.right), ""] for text in letter.signature]
    if letter.language == "en":
        rows.append([styles.para("", styles.plain), styles.para(letter.author, styles.plain)])
    table = RLTable(rows, colWidths=[width * 0.62, width * 0.38], rowHeights=None,
                    hAlign="RIGHT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.FONT),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, len(letter.signature) - 1), 0.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 12),
    ]))
    parts.append(table)
    return parts


def _numbered_canvas(label: str, size: float, dated: date | None = None) -> Any:
    """A canvas class that holds every page until the end, then stamps "page N of M". The
    file's creation date is the letter's own date (`dated`): a reader's "document
    properties" then agree with the letter, and the bytes still depend on nothing else."""
    from reportlab.pdfgen.canvas import Canvas

    # ReportLab has no type hints, so Canvas is Any to mypy.
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = fonts.FONT  # the doc template passes None: Helvetica
            kwargs["initialFontSize"] = 10.5
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFillColorRGB(0.35, 0.35, 0.35)
                text = label.format(page=number, pages=total)
                fonts.draw_centred(self, self._pagesize[0] / 2, 12 * 2.8346, text, size)
                super().showPage()
            if dated is not None:  # invariant mode writes 2000-01-01 otherwise
                self._doc._timeStamp.YMDhms = (dated.year, dated.month, dated.day, 0, 0, 0)
                self._doc._timeStamp.dhh = self._doc._timeStamp.dmm = 0
            super().save()

    return NumberedCanvas
