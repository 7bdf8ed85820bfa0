"""The collector-conduct findings of a whole case: the call log checked against the rules of
the country the person lives in (core.calllog.conduct), fed from the case data.

It lives with the debts because what a breach means depends on where each debt stands: a
card debt under a signed agreement that the person keeps may not be chased at all, and
whether they keep it is a question for progress.py. Pure: case data in.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.calllog.conduct import (
    AgreementIn,
    Breach,
    ContactIn,
    DebtFacts,
    ScamWarning,
    breaches_per_debt,
    check,
    country_for,
    scam_warnings,
)
from core.debts.progress import compliance

Data = dict[str, Any]


@dataclass(frozen=True)
class Findings:
    country: str | None  # whose rules were applied; None: no rules known for the case
    breaches: tuple[Breach, ...]
    warnings: tuple[ScamWarning, ...]
    per_debt: Counter[str] = field(default_factory=Counter)

    def for_debt(self, ref: str) -> list[Breach]:
        return [b for b in self.breaches if ref in b.debts]

    def contacts(self) -> set[str]:
        """Every contact some breach rests on."""
        return {ref for b in self.breaches for ref in (*b.contacts, *b.related)}


def contact_in(contact: Data) -> ContactIn:
    """A call-log entry in the case file's form, as the checker takes it."""
    return ContactIn(ref=contact["ref"], debts=tuple(contact["debts"]), at=contact["at"],
                     channel=contact["channel"], direction=contact["direction"],
                     outcome=contact["outcome"], caller=contact.get("caller") or "",
                     caller_kind=contact.get("caller_kind"),
                     conduct=tuple(contact.get("conduct") or ()))


def _agreements(case: Data, today: date) -> Iterable[AgreementIn]:
    """Each agreement, and whether the person is behind on it today. Being behind now is
    taken for being behind at every call: the log does not say what was owed on each day."""
    for agreement in case["agreements"]:
        kept = compliance(agreement, case["payments"], today)
        yield AgreementIn(agreement["debt"], agreement["agreed_on"], bool(kept.behind))


def conduct_findings(case: Data, today: date) -> Findings:
    """Every likely breach in the case's call log, and every call that asked for a fee."""
    country = country_for(case["currency"], case.get("country"))
    contacts = [contact_in(c) for c in case["contacts"]]
    debts = [DebtFacts(d["ref"], d["kind"], d["creditor"]) for d in case["debts"]]
    breaches = tuple(check(contacts, country, debts=debts,
                           agreements=list(_agreements(case, today))))
    return Findings(country, breaches, tuple(scam_warnings(contacts)),
                    breaches_per_debt(breaches))


def read_findings(store: Any, today: date) -> Findings:
    from core.case.casefile import read_case

    with store.read() as session:
        case = read_case(session)
    return conduct_findings(case, today)
