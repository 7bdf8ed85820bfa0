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
    """The call log, newest first."""
    with store.read() as session:
        debt_ref, creditor = _debt_maps(session)
        ev_ref = {i: ref for i, ref in session.execute(select(m.Evidence.id, m.Evidence.ref))}
        rows = []
        for c in session.scalars(select(m.Contact).order_by(m.Contact.at_utc.desc(),
                                                            m.Contact.id.desc())):
            data = r.contact_to_data(c, debt_ref, ev_ref)
            rows.append(Row(c.id, data, tuple(creditor[x] for x in data["debts"])))
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
