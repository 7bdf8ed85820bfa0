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
from core.letters.document import Block, Letter, has_cjk
from core.letters.pdf_table import CELL_SIZE, table_flowable


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
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, KeepTogether, SimpleDocTemplate

    # Compressed streams are written as they are, not also spelled out in ASCII85: that
    # took a tenth of a long letter's time, in pure Python, and made the file larger.
    rl_config.useA85 = 0

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
    return [table_flowable(block.table, styles, width), Spacer(1, 8)]


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
