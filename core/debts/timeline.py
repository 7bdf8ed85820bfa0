"""One debt's history in one list: calls and letters, payments, agreements and documents.

`events` is pure (case data in, events out); `timeline` reads the case from the store first.

Order, newest first:
- by the day it happened: a contact's date and time (in the offset it was logged with), a
  payment's date, an agreement's `agreed_on`, a document's `document_date`;
- on the same day, things known only by their date (payments, agreements, documents) come
  before that day's calls, as if at the end of the day: a payment is usually the result of a
  call, not its cause;
- documents without a date cannot be placed in time, so they come last, by title: still
  listed, so nothing linked to the debt is missing, but never mixed into the dated history.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from core import i18n
from core.errors import DomainError
from core.schema import shorten

Data = dict[str, Any]
KINDS = ("contact", "payment", "agreement", "evidence")


@dataclass(frozen=True, slots=True)
class Event:
    kind: str  # one of KINDS
    on: date | None  # the day; None only for a document with no date
    at: datetime | None  # a contact's moment, with its offset; None for the rest
    data: Data  # the record as the case file holds it

    @property
    def summary(self) -> str:
        """A contact's summary, first line only."""
        return first_line(self.data.get("summary") or "")


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def events(case: Data, debt_ref: str) -> list[Event]:
    """Everything about the debt `debt_ref`, newest first (see the module's docstring)."""
    if all(d["ref"] != debt_ref for d in case["debts"]):
        raise DomainError(i18n.t("unknown_debt", ref=shorten(debt_ref)))
    found: list[Event] = []
    found += [Event("agreement", a["agreed_on"], None, a) for a in case["agreements"]
              if a["debt"] == debt_ref]
    found += [Event("payment", p["date"], None, p) for p in case["payments"]
              if p["debt"] == debt_ref]
    contacts = [c for c in case["contacts"] if debt_ref in c["debts"]]
    found += [Event("contact", c["at"].date(), c["at"], c) for c in contacts]
    # Documents linked to the debt, or attached to one of its calls, payments or agreements.
    attached = {ref for e in found for ref in e.data.get("evidence") or ()}
    documents = [e for e in case["evidence"] if debt_ref in e["debts"] or e["ref"] in attached]
    found += [Event("evidence", e["document_date"], None, e) for e in documents]

    def moment(event: Event) -> tuple[date, time]:
        assert event.on is not None
        return event.on, event.at.time() if event.at is not None else time.max

    dated = sorted((e for e in found if e.on is not None), key=moment, reverse=True)
    undated = sorted((e for e in found if e.on is None),
                     key=lambda e: ((e.data["title"] or e.data["name"]).casefold(),
                                    e.data["ref"]))
    return dated + undated


def timeline(store: Any, debt_ref: str) -> list[Event]:
    """The debt's events, read in one transaction."""
    from core.case.casefile import read_case

    with store.read() as session:
        case = read_case(session)
    return events(case, debt_ref)
