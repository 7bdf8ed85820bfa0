"""Rows <-> case data: the one place that knows how the case file's objects map to tables.

Case data is what `casefile_spec` validates: plain dicts with every key present and exact
values (Decimal, date, Rate). Import, export and the editors' use cases all go through here.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, TypeVar

from core.money import Rate
from core.store import models as m
from core.store.views import debt_to_data

Data = dict[str, Any]
T = TypeVar("T", bound=m.Base)


def _rate(value: Any, basis: str | None) -> Rate | None:
    return None if value is None or basis is None else Rate(value, basis)


__all__ = ["debt_to_data"]  # re-exported: the debt's mapping lives in core.store.views


def full(model: Any) -> Any:
    """select(model) with every list it holds (links, installments, terms) loaded in one
    query per list, not one per row: reading 400 evidence entries is 2 queries, not 401."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    lists = [getattr(model, rel.key) for rel in model.__mapper__.relationships if rel.uselist]
    return select(model).options(*(selectinload(attribute) for attribute in lists))


def debt_rows(session: Any) -> list[Any]:
    """Every debt's columns as plain rows, in case order: what `debt_to_data` reads, without
    the cost of making each debt an object the session tracks (a third of a read of a
    thousand debts). For reading only."""
    from sqlalchemy import select

    table = m.Debt.__table__
    return list(session.execute(select(table).order_by(table.c.id)).all())


def debt_ids(session: Any) -> dict[str, int]:
    """Each debt's ref -> its row id (refs are what the case file and the editors speak)."""
    from sqlalchemy import select

    return {ref: i for i, ref in session.execute(select(m.Debt.id, m.Debt.ref))}


def next_ref(session: Any, model: Any, prefix: str) -> str:
    """The next free `<prefix><n>` after the highest such ref (n of 1 to 9 digits) in
    `model`'s table. Refs of one prefix ordered by length and then by text come in the order
    of their numbers, so the first such ref from the top of the table's index on
    (length(ref), ref) holds the highest: a look at a few rows, whatever the table's size.
    Only when that first one has a leading zero ("C0999" above "C998") may a shorter ref
    hold a higher number; then every matching ref is read."""
    from sqlalchemy import Integer, and_, cast, func, not_, select

    length, tail = func.length(model.ref), func.substr(model.ref, len(prefix) + 1)
    matching = and_(length.between(len(prefix) + 1, len(prefix) + 9),
                    func.substr(model.ref, 1, len(prefix)) == prefix,
                    not_(tail.op("GLOB")("*[^0-9]*")))
    top = session.scalar(select(model.ref).where(matching)
                         .order_by(length.desc(), model.ref.desc()).limit(1))
    if top is None or top[len(prefix)] != "0":
        n = 1 if top is None else int(top[len(prefix):]) + 1
    else:
        n = (session.scalar(select(func.max(cast(tail, Integer))).where(matching)) or 0) + 1
    # a ref with more than 9 digits is not counted above, so n could meet one only there
    while n >= 10**9 and session.scalar(select(model.id).where(model.ref == f"{prefix}{n}")):
        n += 1
    return f"{prefix}{n}"


def new_refs(session: Any, model: Any, prefix: str) -> Iterator[str]:
    """The refs for many new rows written in one transaction: the first as `next_ref` finds
    it (asked only when first wanted), then counting on, instead of a search per row."""
    from sqlalchemy import select

    n = int(next_ref(session, model, prefix)[len(prefix):])
    while True:
        yield f"{prefix}{n}"
        n += 1
        while n >= 10**9 and session.scalar(select(model.id).where(model.ref == f"{prefix}{n}")):
            n += 1  # as in next_ref: only a ref of ten digits or more could be met


def parse_new(session: Any, model: Any, prefix: str, schema: Any, document: Data) -> Data:
    """An editor's new record checked by `schema`; without a ref it gets the next free one
    (chosen inside the caller's writing transaction, so two writers cannot take the same)."""
    doc = dict(document)
    if not doc.get("ref"):
        doc["ref"] = next_ref(session, model, prefix)
    parsed: Data = schema.parse(doc, ())
    return parsed


def evidence_refs(session: Any) -> dict[int, str]:
    """Each evidence entry's row id -> its ref."""
    from sqlalchemy import select

    return {i: ref for i, ref in session.execute(select(m.Evidence.id, m.Evidence.ref))}


def checked_evidence(session: Any, refs: list[str]) -> dict[str, int]:
    """Each evidence ref -> its row id, refusing (by its place in `refs`) one not kept."""
    from core.schema import fail, shorten

    ids = {ref: i for i, ref in evidence_refs(session).items()}
    for index, ref in enumerate(refs):
        if ref not in ids:
            raise fail(("evidence", index), "unknown_evidence", ref=shorten(ref))
    return ids


def debt_maps(session: Any) -> tuple[dict[int, str], dict[str, str]]:
    """Each debt's row id -> its ref, and each ref -> its creditor: what a list needs to show
    the creditors a record is about."""
    from sqlalchemy import select

    debts = list(session.execute(select(m.Debt.id, m.Debt.ref, m.Debt.creditor)))
    return {i: ref for i, ref, _ in debts}, {ref: creditor for _, ref, creditor in debts}


def debt_refs(session: Any) -> dict[int, str]:
    """Each debt's row id -> its ref."""
    return {i: ref for ref, i in debt_ids(session).items()}


def _split_rate(rate: Rate | None) -> tuple[Any, str | None]:
    return (None, None) if rate is None else (rate.value, rate.basis)


# --- case-wide facts -------------------------------------------------------------------

def case_info_to_data(info: m.CaseInfo) -> Data:
    return {
        "currency": info.currency,
        "language": info.language,
        "country": info.country,
        "person": {
            "name": info.person_name, "phone": info.person_phone, "email": info.person_email,
            "address": info.person_address, "id_number": info.person_id_number,
        } if info.has_person else None,
        "household": {
            "adults": info.household_adults, "children": info.household_children,
            "note": info.household_note,
        } if info.has_household else None,
        "hardship": {
            "reason": info.hardship_reason, "since": info.hardship_since,
            "statement": info.hardship_statement,
            "expected_recovery": info.hardship_expected_recovery,
        } if info.has_hardship else None,
    }


def apply_person(info: m.CaseInfo, person: Data | None) -> None:
    info.has_person = person is not None
    p = person or {}
    info.person_name = p.get("name", "")
    info.person_phone = p.get("phone", "")
    info.person_email = p.get("email", "")
    info.person_address = p.get("address", "")
    info.person_id_number = p.get("id_number", "")


def apply_household(info: m.CaseInfo, household: Data | None) -> None:
    info.has_household = household is not None
    h = household or {}
    info.household_adults = h.get("adults")
    info.household_children = h.get("children")
    info.household_note = h.get("note", "")


def apply_hardship(info: m.CaseInfo, hardship: Data | None) -> None:
    info.has_hardship = hardship is not None
    h = hardship or {}
    info.hardship_reason = h.get("reason")
    info.hardship_since = h.get("since")
    info.hardship_statement = h.get("statement", "")
    info.hardship_expected_recovery = h.get("expected_recovery", "")


def budget_to_data(info: m.CaseInfo, lines: list[m.BudgetLine]) -> Data | None:
    if not info.has_budget:
        return None
    def side(name: str) -> list[Data]:
        return [{"label": b.label, "category": b.category, "monthly": b.monthly}
                for b in lines if b.side == name]
    return {"income": side("income"), "expenses": side("expense")}


def budget_rows(budget: Data | None) -> list[m.BudgetLine]:
    if budget is None:
        return []
    return [m.BudgetLine(side=side, label=line["label"], category=line["category"],
                         monthly=line["monthly"])
            for key, side in (("income", "income"), ("expenses", "expense"))
            for line in budget[key]]


# --- debts ---------------------------------------------------------------------------

def apply_debt(d: m.Debt, data: Data) -> m.Debt:
    d.ref, d.creditor, d.product = data["ref"], data["creditor"], data["product"]
    d.kind, d.account = data["kind"], data["account"]
    balance = data["balance"]
    d.principal, d.interest, d.fees = balance["principal"], balance["interest"], balance["fees"]
    d.as_of = balance["as_of"]
    d.rate_value, d.rate_basis = _split_rate(data["rate"])
    d.overdue_rate_value, d.overdue_rate_basis = _split_rate(data["overdue_rate"])
    late = data["late_fee"]
    d.has_late_fee = late is not None
    d.late_fee_fixed = late["fixed"] if late else None
    d.late_fee_fraction = late["fraction"] if late else None
    d.minimum_payment, d.due_day = data["minimum_payment"], data["due_day"]
    d.overdue_since, d.status, d.priority = data["overdue_since"], data["status"], data["priority"]
    contact = data["contact"]
    d.has_contact = contact is not None
    c = contact or {}
    d.contact_phone, d.contact_email = c.get("phone", ""), c.get("email", "")
    d.contact_address, d.contact_website = c.get("address", ""), c.get("website", "")
    d.contact_note = c.get("note", "")
    d.note = data["note"]
    return d


# --- payments, contacts, evidence, plans, agreements ----------------------------------

# A row as plain values: its columns, and each list it holds (by the relationship's name) as
# its link rows' columns without the parent's id. The import writes these a batch at a time
# as they are (an object per row and link was most of the time of importing a long call
# log); the editors make them objects with `as_object`.
Values = tuple[Data, dict[str, list[Data]]]


def _positions(column: str, refs: list[str], ids: dict[str, int]) -> list[Data]:
    return [{column: ids[ref], "position": i} for i, ref in enumerate(refs)]


def as_object(model: type[T], values: Values) -> T:
    """The ORM object of `values`, its links made objects too."""
    columns, lists = values
    relationships = model.__mapper__.relationships
    return model(**columns, **{name: [relationships[name].mapper.class_(**link) for link in links]
                               for name, links in lists.items()})


def payment_to_data(p: m.Payment, debt_ref: dict[int, str], ev_ref: dict[int, str]) -> Data:
    return {"debt": debt_ref[p.debt_id], "date": p.date, "amount": p.amount,
            "method": p.method, "reference": p.reference, "note": p.note,
            "evidence": [ev_ref[link.evidence_id] for link in p.evidence_links]}


def payment_values(data: Data, debt_id: dict[str, int], ev_id: dict[str, int]) -> Values:
    return ({"debt_id": debt_id[data["debt"]], "date": data["date"], "amount": data["amount"],
             "method": data["method"], "reference": data["reference"], "note": data["note"]},
            {"evidence_links": _positions("evidence_id", data["evidence"], ev_id)})


def payment_row(data: Data, debt_id: dict[str, int], ev_id: dict[str, int]) -> m.Payment:
    return as_object(m.Payment, payment_values(data, debt_id, ev_id))


def contact_to_data(c: m.Contact, debt_ref: dict[int, str], ev_ref: dict[int, str]) -> Data:
    return {
        "ref": c.ref, "debts": [debt_ref[link.debt_id] for link in c.debt_links],
        "at": datetime.fromisoformat(c.at), "channel": c.channel, "direction": c.direction,
        "agent": c.agent, "summary": c.summary, "outcome": c.outcome,
        "offer": {"monthly": c.offer_monthly, "months": c.offer_months,
                  "lump_sum": c.offer_lump_sum, "note": c.offer_note} if c.has_offer else None,
        "follow_up": c.follow_up, "follow_up_done": c.follow_up_done,
        "evidence": [ev_ref[link.evidence_id] for link in c.evidence_links],
        "caller": c.caller, "caller_kind": c.caller_kind, "conduct": c.conduct.split(),
    }


def contact_values(data: Data, debt_id: dict[str, int], ev_id: dict[str, int]) -> Values:
    at: datetime = data["at"]
    offer = data["offer"]
    o = offer or {}
    return ({"ref": data["ref"], "at": at.isoformat(),
             "at_utc": at.astimezone(UTC).replace(tzinfo=None),
             "channel": data["channel"], "direction": data["direction"], "agent": data["agent"],
             "summary": data["summary"], "outcome": data["outcome"], "has_offer": offer is not None,
             "offer_monthly": o.get("monthly"), "offer_months": o.get("months"),
             "offer_lump_sum": o.get("lump_sum"), "offer_note": o.get("note", ""),
             "follow_up": data["follow_up"], "follow_up_done": data["follow_up_done"],
             "caller": data["caller"], "caller_kind": data["caller_kind"],
             "conduct": " ".join(data["conduct"])},
            {"debt_links": _positions("debt_id", data["debts"], debt_id),
             "evidence_links": _positions("evidence_id", data["evidence"], ev_id)})


def contact_row(data: Data, debt_id: dict[str, int], ev_id: dict[str, int]) -> m.Contact:
    return as_object(m.Contact, contact_values(data, debt_id, ev_id))


def evidence_to_data(e: m.Evidence, debt_ref: dict[int, str]) -> Data:
    return {"ref": e.ref, "sha256": e.sha256, "name": e.name, "mime": e.mime, "size": e.size,
            "category": e.category, "title": e.title, "document_date": e.document_date,
            "debts": [debt_ref[link.debt_id] for link in e.debt_links],
            "reviewed": e.reviewed, "note": e.note}


def evidence_values(data: Data, debt_id: dict[str, int]) -> Values:
    return ({"ref": data["ref"], "sha256": data["sha256"], "name": data["name"],
             "mime": data["mime"], "size": data["size"], "category": data["category"],
             "title": data["title"], "document_date": data["document_date"],
             "reviewed": data["reviewed"], "note": data["note"]},
            {"debt_links": _positions("debt_id", data["debts"], debt_id)})


def evidence_row(data: Data, debt_id: dict[str, int]) -> m.Evidence:
    return as_object(m.Evidence, evidence_values(data, debt_id))


def plan_to_data(p: m.Plan, debt_ref: dict[int, str]) -> Data:
    return {
        "name": p.name, "strategy": p.strategy, "monthly_budget": p.monthly_budget,
        "one_off_funds": p.one_off_funds, "start": p.start,
        "order": [debt_ref[link.debt_id] for link in p.order_links],
        "terms": [{
            "debt": debt_ref[t.debt_id], "treatment": t.treatment, "months": t.months,
            "amount": t.amount, "rate": _rate(t.rate_value, t.rate_basis),
            "freeze_interest": t.freeze_interest, "waive_fees": t.waive_fees,
            "pause_months": t.pause_months,
        } for t in p.terms],
        "status": p.status,
    }


def plan_row(data: Data, debt_id: dict[str, int]) -> m.Plan:
    terms = []
    for i, t in enumerate(data["terms"]):
        value, basis = _split_rate(t["rate"])
        terms.append(m.PlanTerm(
            debt_id=debt_id[t["debt"]], position=i, treatment=t["treatment"],
            months=t["months"], amount=t["amount"], rate_value=value, rate_basis=basis,
            freeze_interest=t["freeze_interest"], waive_fees=t["waive_fees"],
            pause_months=t["pause_months"]))
    return m.Plan(
        name=data["name"], strategy=data["strategy"], monthly_budget=data["monthly_budget"],
        one_off_funds=data["one_off_funds"], start=data["start"], status=data["status"],
        order_links=[m.PlanOrder(debt_id=debt_id[r], position=i)
                     for i, r in enumerate(data["order"])],
        terms=terms)


def agreement_to_data(a: m.Agreement, debt_ref: dict[int, str], plan_name: dict[int, str],
                      ev_ref: dict[int, str]) -> Data:
    return {
        "debt": debt_ref[a.debt_id],
        "plan": None if a.plan_id is None else plan_name[a.plan_id],
        "agreed_on": a.agreed_on,
        "installments": [{"due": i.due, "amount": i.amount} for i in a.installments],
        "forgiven": a.forgiven, "terms_text": a.terms_text,
        "evidence": [ev_ref[link.evidence_id] for link in a.evidence_links],
    }


def agreement_row(data: Data, debt_id: dict[str, int], plan_id: dict[str, int],
                  ev_id: dict[str, int]) -> m.Agreement:
    return m.Agreement(
        debt_id=debt_id[data["debt"]],
        plan_id=None if data["plan"] is None else plan_id[data["plan"]],
        agreed_on=data["agreed_on"], forgiven=data["forgiven"], terms_text=data["terms_text"],
        installments=[m.AgreementInstallment(position=i, due=x["due"], amount=x["amount"])
                      for i, x in enumerate(data["installments"])],
        evidence_links=[m.AgreementEvidence(evidence_id=ev_id[r], position=i)
                        for i, r in enumerate(data["evidence"])])
