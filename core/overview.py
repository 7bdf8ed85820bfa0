"""Read-only listings of the records that later screens will edit: call log and evidence.

Each row is the record's case data, so the screens format it the same way the case file
holds it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from core import models as m
from core import records as r
from core.store import Store


@dataclass(frozen=True, slots=True)
class Row:
    id: int
    data: dict[str, Any]
    creditors: tuple[str, ...] = ()
    stored: bool = True  # evidence: its bytes are in the store


def _debt_maps(session: Any) -> tuple[dict[int, str], dict[str, str]]:
    debts = list(session.execute(select(m.Debt.id, m.Debt.ref, m.Debt.creditor)))
    return {i: ref for i, ref, _ in debts}, {ref: creditor for _, ref, creditor in debts}


def list_contacts(store: Store) -> list[Row]:
    """The call log, newest first: read with three plain queries (not one ORM object per
    contact), so ten thousand entries load in a blink."""
    from datetime import datetime

    c = m.Contact.__table__.c
    with store.read() as session:
        debt_ref, creditor = _debt_maps(session)
        ev_ref = {i: ref for i, ref in session.execute(select(m.Evidence.id, m.Evidence.ref))}
        debts: dict[int, list[str]] = {}
        for contact_id, debt_id in session.execute(
                select(m.ContactDebt.contact_id, m.ContactDebt.debt_id)
                .order_by(m.ContactDebt.contact_id, m.ContactDebt.position)):
            debts.setdefault(contact_id, []).append(debt_ref[debt_id])
        evidence: dict[int, list[str]] = {}
        for contact_id, evidence_id in session.execute(
                select(m.ContactEvidence.contact_id, m.ContactEvidence.evidence_id)
                .order_by(m.ContactEvidence.contact_id, m.ContactEvidence.position)):
            evidence.setdefault(contact_id, []).append(ev_ref[evidence_id])
        query = select(c.id, c.ref, c.at, c.channel, c.direction, c.agent, c.summary, c.outcome,
                       c.has_offer, c.offer_monthly, c.offer_months, c.offer_lump_sum,
                       c.offer_note, c.follow_up, c.follow_up_done
                       ).order_by(c.at_utc.desc(), c.id.desc())
        rows = []
        for (i, ref, at, channel, direction, agent, summary, outcome, has_offer, monthly,
             months, lump, note, follow_up, done) in session.connection().execute(query):
            refs = debts.get(i, [])
            data = {"ref": ref, "debts": refs, "at": datetime.fromisoformat(at),
                    "channel": channel, "direction": direction, "agent": agent or "",
                    "summary": summary or "", "outcome": outcome,
                    "offer": {"monthly": monthly, "months": months, "lump_sum": lump,
                              "note": note or ""}
                    if has_offer else None,
                    "follow_up": follow_up, "follow_up_done": bool(done),
                    "evidence": evidence.get(i, [])}
            rows.append(Row(i, data, tuple(creditor[x] for x in refs)))
        return rows


def list_evidence(store: Store) -> list[Row]:
    with store.read() as session:
        debt_ref, creditor = _debt_maps(session)
        rows = []
        for e in session.scalars(select(m.Evidence).order_by(m.Evidence.id)):
            data = r.evidence_to_data(e, debt_ref)
            rows.append(Row(e.id, data, tuple(creditor[x] for x in data["debts"]),
                            (store.evidence_dir / e.sha256).is_file()))
        return rows
