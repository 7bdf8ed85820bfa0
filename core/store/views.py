"""Light views of stored records, importable without SQLAlchemy: a debt for its screen
(DebtView) and one row of the call log or evidence list (Row).

`debt_to_data` reads any object with the debt table's columns as attributes: an ORM row, or
the plain row `core.store.quick_read` makes with the standard library before SQLAlchemy loads.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from core.money import Rate

Data = dict[str, Any]


@dataclass(frozen=True, slots=True)
class DebtView:
    """One debt as the screens show it: its id and its case data (exact values)."""

    id: int
    data: dict[str, Any]


class Row(NamedTuple):
    """One record for a list (a named tuple: ten thousand are made in a blink): its id, its
    case data (so the screens format it the way the case file holds it), its debts'
    creditors and, for evidence, whether its bytes are in the store."""

    id: int
    data: dict[str, Any]
    creditors: tuple[str, ...] = ()
    stored: bool = True  # evidence: its bytes are in the store


def _rate(value: Any, basis: str | None) -> Rate | None:
    return None if value is None or basis is None else Rate(value, basis)


def debt_to_data(d: Any) -> Data:
    return {
        "ref": d.ref, "creditor": d.creditor, "product": d.product, "kind": d.kind,
        "account": d.account,
        "balance": {"principal": d.principal, "interest": d.interest, "fees": d.fees,
                    "as_of": d.as_of},
        "rate": _rate(d.rate_value, d.rate_basis),
        "overdue_rate": _rate(d.overdue_rate_value, d.overdue_rate_basis),
        "late_fee": {"fixed": d.late_fee_fixed, "fraction": d.late_fee_fraction}
        if d.has_late_fee else None,
        "minimum_payment": d.minimum_payment, "due_day": d.due_day,
        "overdue_since": d.overdue_since, "status": d.status, "priority": d.priority,
        "contact": {"phone": d.contact_phone, "email": d.contact_email,
                    "address": d.contact_address, "website": d.contact_website,
                    "note": d.contact_note} if d.has_contact else None,
        "note": d.note,
    }
