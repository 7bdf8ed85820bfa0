"""Use cases for the call log: log a contact, delete and restore one, record a letter sent."""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from core import i18n
from core import models as m
from core import records as r
from core.casefile_spec import CONTACT
from core.changes import Change
from core.errors import DomainError
from core.schema import fail, shorten
from core.snapshot import Snapshot, delete_with_snapshot, restore_snapshot
from core.store import Store

Document = dict[str, Any]
_CONTACT_AND_LINKS = Change.CONTACTS


def now() -> datetime:
    """The local time now, with its offset, to the second (as the call log records it)."""
    return datetime.now().astimezone().replace(microsecond=0)


def log_contact(store: Store, document: Document) -> tuple[int, Change]:
    """Add a call-log entry in one transaction; without a ref it gets the next free `C<n>`."""
    with store.write() as session:
        data = r.parse_new(session, m.Contact, "C", CONTACT, document)
        if session.scalar(select(m.Contact.id).where(m.Contact.ref == data["ref"])):
            raise fail(("ref",), "duplicate_ref", ref=shorten(data["ref"]))
        debt_id = r.debt_ids(session)
        for index, ref in enumerate(data["debts"]):
            if ref not in debt_id:
                raise fail(("debts", index), "unknown_debt", ref=shorten(ref))
        ev_id = {ref: i for ref, i in session.execute(select(m.Evidence.ref, m.Evidence.id))}
        for index, ref in enumerate(data["evidence"]):
            if ref not in ev_id:
                raise fail(("evidence", index), "unknown_evidence", ref=shorten(ref))
        contact = r.contact_row(data, debt_id, ev_id)
        session.add(contact)
        session.flush()
        return contact.id, Change.CONTACTS


def delete_contact(store: Store, contact_id: int) -> tuple[Snapshot, Change]:
    with store.write() as session:
        if session.get(m.Contact, contact_id) is None:
            raise DomainError(i18n.t("no_such_contact"))
        snapshot = delete_with_snapshot(session, [
            (m.ContactEvidence, m.ContactEvidence.contact_id == contact_id),
            (m.ContactDebt, m.ContactDebt.contact_id == contact_id),
            (m.Contact, m.Contact.id == contact_id),
        ])
    return snapshot, _CONTACT_AND_LINKS


def restore_contact(store: Store, snapshot: Snapshot) -> Change:
    with store.write() as session:
        restore_snapshot(session, snapshot)
    return _CONTACT_AND_LINKS


def record_letter_sent(store: Store, pdf: bytes, file_name: str, debt: str, title: str,
                       kind: str, at: datetime | None = None) -> tuple[int, int | None, Change]:
    """A letter the person sent: its PDF kept as evidence (category correspondence, linked to
    the debt) and an outgoing `letter` contact that refers to it. Returns the contact's row
    id and, when the PDF made a new evidence entry, that entry's row id (for an undo)."""
    from core.evidence_store import add_file

    folder = store.data_dir / "letters"
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / Path(file_name).name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pdf)
        added = add_file(store, path, "correspondence", [debt])
    finally:
        path.unlink(missing_ok=True)
    evidence_id = None
    if added.status == "stored":
        with store.write() as session:
            entry = session.scalar(select(m.Evidence).where(m.Evidence.ref == added.ref))
            if entry is not None:
                entry.title = title[:200]
                evidence_id = entry.id
    outcome = "other" if kind == "confirmation" else "offer_made"
    contact_id, _ = log_contact(store, {
        "debts": [debt], "at": (at or now()).isoformat(), "channel": "letter",
        "direction": "outgoing", "summary": title, "outcome": outcome,
        "evidence": [added.ref]})
    return contact_id, evidence_id, Change.CONTACTS | Change.EVIDENCE
