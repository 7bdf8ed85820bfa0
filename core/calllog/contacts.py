"""Use cases for the call log: list, log, edit, delete and restore contacts, follow-ups, the
status a contact's outcome suggests, and a letter recorded as sent."""
from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select

from core import i18n
from core.casefile_spec import CONTACT
from core.changes import Change
from core.errors import DomainError
from core.schema import fail, shorten
from core.store import models as m
from core.store import records as r
from core.store.database import Store
from core.store.snapshot import Snapshot, delete_with_snapshot, restore_snapshot
from core.store.views import Row

Document = dict[str, Any]
_CONTACT_AND_LINKS = Change.CONTACTS


def now() -> datetime:
    """The local time now, with its offset, to the second (as the call log records it)."""
    return datetime.now().astimezone().replace(microsecond=0)


def list_contacts(store: Store) -> list[Row]:
    """The call log, newest first.

    Read with plain SQL through the driver, not one ORM object per contact: a log of ten
    thousand entries loads in a tenth of the time. The rows are exactly what
    records.contact_to_data makes (a test holds them equal)."""
    from core.calllog.log_query import contact_rows

    return contact_rows(store, None)


def log_contact(store: Store, document: Document) -> tuple[int, Change]:
    """Add a call-log entry in one transaction; without a ref it gets the next free `C<n>`."""
    with store.write() as session:
        return _add_contact(session, document), Change.CONTACTS


def _add_contact(session: Any, document: Document) -> int:
    data = r.parse_new(session, m.Contact, "C", CONTACT, document)
    if session.scalar(select(m.Contact.id).where(m.Contact.ref == data["ref"])):
        raise fail(("ref",), "duplicate_ref", ref=shorten(data["ref"]))
    debt_id, ev_id = _check_links(session, data)
    contact = r.contact_row(data, debt_id, ev_id)
    session.add(contact)
    session.flush()
    return contact.id


def _check_links(session: Any, data: Document) -> tuple[dict[str, int], dict[str, int]]:
    debt_id = r.debt_ids(session)
    for index, ref in enumerate(data["debts"]):
        if ref not in debt_id:
            raise fail(("debts", index), "unknown_debt", ref=shorten(ref))
    ev_id = r.checked_evidence(session, data["evidence"])
    return debt_id, ev_id


def contact_document(store: Store, contact_id: int) -> Document:
    """A contact in the case file's written form, as the editor and undo use it."""
    with store.read() as session:
        contact = session.get(m.Contact, contact_id)
        if contact is None:
            raise DomainError(i18n.t("no_such_contact"))
        ev_ref = r.evidence_refs(session)
        return CONTACT.dump(r.contact_to_data(contact, r.debt_refs(session), ev_ref)) or {}


def validate_contact(document: Document) -> Document:
    """Check an editor's contact without the store (the ref may be left out)."""
    if not isinstance(document, dict):
        raise fail((), "not_object")
    return CONTACT.parse({**document, "ref": document.get("ref") or "C0"}, ())


def update_contact(store: Store, contact_id: int, document: Document) -> Change:
    """Replace a contact's fields and links in one transaction; its ref stays."""
    with store.write() as session:
        contact = session.get(m.Contact, contact_id)
        if contact is None:
            raise DomainError(i18n.t("no_such_contact"))
        data = CONTACT.parse({**document, "ref": contact.ref}, ())
        debt_id, ev_id = _check_links(session, data)
        fresh = r.contact_row(data, debt_id, ev_id)
        for name in ("at", "at_utc", "channel", "direction", "agent", "summary", "outcome",
                     "has_offer", "offer_monthly", "offer_months", "offer_lump_sum",
                     "offer_note", "follow_up", "follow_up_done", "caller", "caller_kind",
                     "conduct"):
            setattr(contact, name, getattr(fresh, name))
        contact.debt_links.clear()
        contact.evidence_links.clear()
        session.flush()
        contact.debt_links.extend(fresh.debt_links)
        contact.evidence_links.extend(fresh.evidence_links)
        fresh.debt_links, fresh.evidence_links = [], []
    return Change.CONTACTS


def set_follow_up_done(store: Store, contact_id: int, done: bool) -> Change:
    with store.write() as session:
        contact = session.get(m.Contact, contact_id)
        if contact is None:
            raise DomainError(i18n.t("no_such_contact"))
        contact.follow_up_done = done
    return Change.CONTACTS


# The road a debt travels; an outcome only ever suggests a step forward along it.
STATUS_ORDER = ("current", "overdue", "contacted", "negotiating", "agreed", "repaying",
                "settled", "closed")
_SUGGESTED = {"agreement": "agreed", "offer_received": "negotiating"}


def suggested_status(outcome: str | None, status: str | None) -> str | None:
    """The status a contact's outcome suggests for its debt, if it moves the debt forward."""
    target = _SUGGESTED.get(outcome or "")
    if target is None:
        return None
    here = STATUS_ORDER.index(status) if status in STATUS_ORDER else -1
    return target if here < STATUS_ORDER.index(target) else None


def debt_statuses(store: Store, refs: list[str]) -> dict[str, tuple[str, str | None]]:
    """ref -> (creditor, status) for the debts named."""
    with store.read() as session:
        rows = session.execute(select(m.Debt.ref, m.Debt.creditor, m.Debt.status)
                               .where(m.Debt.ref.in_(refs)))
        return {ref: (creditor, status) for ref, creditor, status in rows}


def set_debt_status(store: Store, ref: str, status: str | None) -> Change:
    if status is not None and status not in STATUS_ORDER:
        raise fail(("status",), "not_choice", value=shorten(status),
                   choices=", ".join(STATUS_ORDER))
    with store.write() as session:
        debt = session.scalar(select(m.Debt).where(m.Debt.ref == ref))
        if debt is None:
            raise DomainError(i18n.t("unknown_debt", ref=shorten(ref)))
        debt.status = status
    return Change.DEBTS


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
                       kind: str, at: datetime | None = None,
                       reply_days: int | None = None) -> tuple[int, int | None, Change]:
    """A letter the person sent: its PDF kept as evidence (category correspondence, linked to
    the debt) and an outgoing `letter` contact that refers to it, in one transaction. Returns
    the contact's row id and, when the PDF made a new evidence entry, that entry's row id
    (for an undo).

    Sending starts a clock: the contact's follow-up is the day a reply is due, `reply_days`
    after sending (by default what core.calllog.clocks gives the letter's kind in the case's
    country), and its outcome says which clock it is."""
    from core.calllog.clocks import MAX_REPLY_DAYS, letter_outcome
    from core.evidence.store import add_file

    if reply_days is not None and not 1 <= reply_days <= MAX_REPLY_DAYS:
        raise fail(("reply_days",), "int_range", lo=1, hi=MAX_REPLY_DAYS)
    store.check_writable()
    folder = store.data_dir / "letters"
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / Path(file_name).name
    sent = at or now()
    made: dict[str, int | None] = {}

    def record(session: Any, added: Any, evidence_id: int | None) -> None:
        if evidence_id is not None:
            session.get(m.Evidence, evidence_id).title = title[:200]
        days = reply_days if reply_days is not None else default_reply_days(session, kind)
        made["evidence"] = evidence_id
        made["contact"] = _add_contact(session, {
            "debts": [debt], "at": sent.isoformat(), "channel": "letter",
            "direction": "outgoing", "summary": title, "outcome": letter_outcome(kind),
            "follow_up": (sent.date() + timedelta(days=days)).isoformat(),
            "evidence": [added.ref]})

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pdf)
        add_file(store, path, "correspondence", [debt], then=record)
    finally:
        path.unlink(missing_ok=True)
    contact = made["contact"]
    assert contact is not None  # add_file returned, so record() ran in its transaction
    return contact, made["evidence"], Change.CONTACTS | Change.EVIDENCE


def default_reply_days(source: Store | Any, kind: str) -> int:
    """The days a letter of `kind` waits for a reply in the case's country (a store, or a
    session inside a transaction)."""
    from core.calllog.clocks import reply_days

    if isinstance(source, Store):
        with source.read() as session:
            return default_reply_days(session, kind)
    return reply_days(kind, _country(source))


def _country(session: Any) -> str | None:
    """The country whose rules apply to the case (its own, else its currency's)."""
    from core.calllog.conduct import country_for

    info = session.get(m.CaseInfo, 1)
    return country_for(info.currency, info.country) if info is not None else None


class FollowUp(NamedTuple):
    contact: int  # the contact's row id
    due: date
    creditors: str
    summary: str
    next_step: str | None  # for a letter whose reply is due: what to do now


def due_follow_ups(store: Store, today: Any) -> list[FollowUp]:
    """Open follow-ups due on `today` or before, oldest first, each with every creditor of
    its debts and, for a letter awaiting a reply, the step its clock says comes next."""
    from core.calllog.clocks import clock_of, next_step

    with store.read() as session:
        rows = session.execute(
            select(m.Contact.id, m.Contact.follow_up, m.Contact.summary, m.Contact.channel,
                   m.Contact.direction, m.Contact.outcome, m.Debt.creditor)
            .join(m.ContactDebt, m.ContactDebt.contact_id == m.Contact.id, isouter=True)
            .join(m.Debt, m.Debt.id == m.ContactDebt.debt_id, isouter=True)
            .where(m.Contact.follow_up.is_not(None), m.Contact.follow_up <= today,
                   m.Contact.follow_up_done.is_(False))
            .order_by(m.Contact.follow_up, m.Contact.id, m.ContactDebt.position)).all()
        country = _country(session)
    out: dict[int, tuple[Any, list[str], str, str | None]] = {}
    for contact_id, due, summary, channel, direction, outcome, creditor in rows:
        clock = clock_of({"channel": channel, "direction": direction, "outcome": outcome})
        entry = out.setdefault(contact_id, (
            due, [], " ".join((summary or "").split()),
            None if clock is None else next_step(clock, country, i18n.language())))
        if creditor is not None:
            entry[1].append(creditor)
    return [FollowUp(i, due, "、".join(names), text, step)
            for i, (due, names, text, step) in out.items()]
