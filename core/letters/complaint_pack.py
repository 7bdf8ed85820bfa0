"""A complaint pack: the complaint letter, the call log of the debt as a spreadsheet, and the
recordings and screenshots behind the complaint, in one ZIP with a checksum list.

What a regulator or ombudsman asks for: the complaint, the record it rests on, the evidence
as it was kept. The letter's enclosures are the files in `evidence/`; `SHA256SUMS` lets
anyone check that no file was changed (`sha256sum -c SHA256SUMS`).
"""
from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

from core.evidence.export import Exported, evidence_ids, export_to_zip
from core.letters.brief_wording import OUTCOMES
from core.letters.complaint import evidence_refs, grounds
from core.letters.complaint_wording import LOG_COLUMNS, LOG_WORDS, MARKS, PACK_NAMES
from core.letters.parts import Data, LetterRequest
from core.letters.wording import CHANNELS


def log_csv(case: Data, debt: str, language: str) -> bytes:
    """Every call-log entry about `debt`, oldest first, as CSV a spreadsheet opens (UTF-8
    with a byte-order mark, so Excel shows the Chinese)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(LOG_COLUMNS[language])
    channels, outcomes = CHANNELS[language], OUTCOMES[language]
    kinds, marks = LOG_WORDS[language], MARKS[language]
    joiner = "；" if language == "zh" else "; "
    for c in sorted((c for c in case["contacts"] if debt in c["debts"]),
                    key=lambda c: c["at"]):
        writer.writerow([
            c["ref"], c["at"].isoformat(),
            channels.get(c["channel"] or "", "") if c["channel"] else "",
            {"incoming": kinds["incoming"], "outgoing": kinds["outgoing"]}.get(
                c["direction"] or "", ""),
            kinds.get(c.get("caller_kind") or "creditor", ""), c.get("caller") or "",
            c["agent"] or "", outcomes.get(c["outcome"] or "", ""),
            joiner.join(marks[m] for m in c.get("conduct") or ()),
            " ".join((c["summary"] or "").split()), " ".join(c["evidence"]),
        ])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_pack(store: Any, case: Data, request: LetterRequest, out: Path) -> Exported:
    """The pack for the complaint `request` asks for, written whole to `out` or not at all."""
    from core.letters.build import build_pdf

    _country, _breaches, entries = grounds(case, request.debt, request.on or date.today())
    _letter, pdf = build_pdf(case, request)
    names = PACK_NAMES[request.language]
    extra = [(names["letter"], pdf), (names["log"], log_csv(case, request.debt,
                                                             request.language))]
    return export_to_zip(store, evidence_ids(store, evidence_refs(entries)), out,
                         extra=extra, folder=names["evidence"], manifest="SHA256SUMS")
