"""Compose a letter from the store's case and lay it out as a PDF.

The one place where composing (core.letters.compose) and rendering (core.letters.pdf) meet;
neither of them imports the other. ReportLab is loaded on first use, inside build_pdf.
"""
from __future__ import annotations

from typing import Any

from core.letters.compose import Data, LetterRequest, compose
from core.letters.document import Letter


def read_for_letter(store: Any, request: LetterRequest | None = None) -> Data:
    """The case as compose() takes it, read in one transaction: the whole case, or, given a
    request for a proposal or a confirmation, only what that letter reads (see
    core.letters.letter_case). A complaint weighs the whole call log, so it reads it all."""
    from core.case.casefile import read_case

    with store.read() as session:
        if request is None or request.kind == "complaint":
            return read_case(session)
        from core.letters.letter_case import read_letter_case

        return read_letter_case(session, request.debt, request.contact, request.plan)


def build_pdf(case: Data, request: LetterRequest) -> tuple[Letter, bytes]:
    """Compose and lay out a letter (ReportLab is imported here, on first use)."""
    from core.letters.pdf import render

    letter = compose(case, request)
    return letter, render(letter)
