"""Read-only listings of the records that later screens will edit: call log and evidence.

Each row is the record's case data, so the screens format it the same way the case file
holds it.
"""
from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import select

from core.store import models as m
from core.store import records as r
from core.store.database import Store


class Row(NamedTuple):
    """One record for a list (a named tuple: ten thousand are made in a blink)."""

    id: int
    data: dict[str, Any]
    creditors: tuple[str, ...] = ()
    stored: bool = True  # evidence: its bytes are in the store


def _debt_maps(session: Any) -> tuple[dict[int, str], dict[str, str]]:
    debts = list(session.execute(select(m.Debt.id, m.Debt.ref, m.Debt.creditor)))
    return {i: ref for i, ref, _ in debts}, {ref: creditor for _, ref, creditor in debts}


def creditors(store: Store) -> list[tuple[str, str]]:
    """(ref, creditor) of every debt in case order, for the lists' creditor filters."""
    with store.read() as session:
        return [(ref, creditor or ref) for ref, creditor in session.execute(
            select(m.Debt.ref, m.Debt.creditor).order_by(m.Debt.id))]


_CONTACTS_SQL = (
    "SELECT id, ref, at, channel, direction, agent, summary, outcome, has_offer, "
    "offer_monthly, offer_months, offer_lump_sum, offer_note, follow_up, follow_up_done "
    "FROM contact ORDER BY at_utc DESC, id DESC")


def list_contacts(store: Store) -> list[Row]:
    """The call log, newest first.

    Read with plain SQL through the driver, not one ORM object per contact: a log of ten
    thousand entries loads in a tenth of the time. The rows are exactly what
    records.contact_to_data makes (a test holds them equal)."""
    from datetime import date, datetime

    from core.money import from_cents

    with store.read() as session:
        debt_ref, creditor = _debt_maps(session)
        ev_ref = r.evidence_refs(session)
        cursor = session.connection().connection.driver_connection.cursor()
        debts: dict[int, list[str]] = {}
        for contact_id, debt_id in cursor.execute(
                "SELECT contact_id, debt_id FROM contact_debt ORDER BY contact_id, position"):
            debts.setdefault(contact_id, []).append(debt_ref[debt_id])
        evidence: dict[int, list[str]] = {}
        for contact_id, evidence_id in cursor.execute(
                "SELECT contact_id, evidence_id FROM contact_evidence "
                "ORDER BY contact_id, position"):
            evidence.setdefault(contact_id, []).append(ev_ref[evidence_id])
        records = cursor.execute(_CONTACTS_SQL).fetchall()
        cursor.close()
    parse_time, parse_day = datetime.fromisoformat, date.fromisoformat
    rows = []
    for (i, ref, at, channel, direction, agent, summary, outcome, has_offer, monthly,
         months, lump, note, follow_up, done) in records:
        refs = debts.get(i, [])
        offer = None
        if has_offer:
            offer = {"monthly": None if monthly is None else from_cents(monthly),
                     "months": months,
                     "lump_sum": None if lump is None else from_cents(lump),
                     "note": note or ""}
        data = {"ref": ref, "debts": refs, "at": parse_time(at), "channel": channel,
                "direction": direction, "agent": agent or "", "summary": summary or "",
                "outcome": outcome, "offer": offer,
                "follow_up": None if follow_up is None else parse_day(follow_up),
                "follow_up_done": bool(done), "evidence": evidence.get(i, [])}
        rows.append(Row(i, data, tuple([creditor[x] for x in refs])))
    return rows


def list_evidence(store: Store) -> list[Row]:
    with store.read() as session:
        debt_ref, creditor = _debt_maps(session)
        rows = []
        for e in session.scalars(r.full(m.Evidence).order_by(m.Evidence.id)):
            data = r.evidence_to_data(e, debt_ref)
            rows.append(Row(e.id, data, tuple(creditor[x] for x in data["debts"]),
                            (store.evidence_dir / e.sha256).is_file()))
        return rows
