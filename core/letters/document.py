"""A letter as blocks of text and tables, with no layout: what composing makes and what the
PDF lays out.

core.letters.compose and core.letters.brief write a `Letter`; core.letters.pdf reads one.
This module imports neither, so composing and rendering meet only in core.letters.build.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: tuple[str, ...]  # "l" or "r" per column
    strong: tuple[int, ...] = ()  # rows shown as totals
    keep: tuple[int, ...] = ()  # columns never narrowed (as amounts, whatever their alignment)


@dataclass(frozen=True, slots=True)
class Block:
    """A heading ("h"), a paragraph ("p"), a numbered list ("ol") or a table ("table")."""

    kind: str
    text: str = ""
    items: tuple[str, ...] = ()
    table: Table | None = None


@dataclass(frozen=True, slots=True)
class Letter:
    language: str
    paper: str
    title: str  # the subject, also the PDF's title
    author: str  # the person, the PDF's author
    sender: tuple[str, ...]
    recipient: tuple[str, ...]
    date_line: str
    salutation: str
    body: tuple[Block, ...]
    closing: tuple[str, ...]
    signature: tuple[str, ...]
    page_label: str  # with {page} and {pages}
    enclosures: tuple[str, ...] = field(default=())
    compact: bool = False  # a dense reference sheet: smaller type, narrower margins
    dated: date | None = None  # the letter's date: also the PDF's creation date

    def text(self) -> str:
        """Everything the letter says, as plain text (for tests and a quick look)."""
        parts = [*self.sender, *self.recipient, self.date_line, self.title, self.salutation]
        for block in self.body:
            parts.append(block.text)
            parts.extend(block.items)
            if block.table:
                parts.append(" | ".join(block.table.header))
                parts.extend(" | ".join(row) for row in block.table.rows)
        return "\n".join(p for p in [*parts, *self.closing, *self.signature] if p)


def has_cjk(text: str) -> bool:
    """Whether the text holds Chinese (or full-width) characters: such text is joined and
    wrapped without spaces. The ideographs beyond the first plane (extensions B to G, from
    U+20000) count too: a name may be written in nothing else."""
    return any("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"
               or "\U00020000" <= ch <= "\U0003ffff" for ch in text)
