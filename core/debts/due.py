"""What falls due: call-log follow-ups, installments of agreements, payments of accepted plans.

Overdue items come first (oldest first), then the rest by date. An agreement's installment is
overdue when the payments recorded for its debt since the agreement do not cover every
installment due before today (earliest installments are covered first).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from core.money import ZERO, amount_text

Data = dict[str, Any]


@dataclass(frozen=True, slots=True)
class DueItem:
    when: date
    kind: str  # "follow_up", "installment" (of an agreement), "plan_payment"
    debt: str  # the debt's ref
    creditor: str
    amount: Decimal | None
    text: str  # the follow-up's summary, or the plan's name
    overdue: bool
    contact: str | None = None  # a follow-up's contact ref
    clock: str | None = None  # a letter awaiting a reply: "complaint" or "letter"
    next_step: str | None = None  # what to do when that reply is due (current language)

    def as_json(self) -> dict[str, Any]:
        return {"date": self.when.isoformat(), "kind": self.kind, "debt": self.debt,
                "creditor": self.creditor,
                "amount": None if self.amount is None else amount_text(self.amount),
                "overdue": self.overdue, "text": self.text, "contact": self.contact,
                "clock": self.clock, "next_step": self.next_step}


def due_items(case: Data, today: date, within: int = 14,
              plan_results: dict[str, Any] | None = None) -> list[DueItem]:
    """Everything due up to `within` days from `today`, and everything already overdue.
    `plan_results` (plan name -> PlanResult) are the plans already run for this case, if
    the caller has them."""
    until = today + timedelta(days=within)
    creditor = {d["ref"]: d["creditor"] or d["ref"] for d in case["debts"]}
    items = _follow_ups(case, creditor, today, until)
    items += _installments(case, creditor, today, until)
    items += _plan_payments(case, creditor, today, until, plan_results)
    return sorted(items, key=lambda i: (not i.overdue, i.when, i.kind, i.debt))


def _follow_ups(case: Data, creditor: dict[str, str], today: date,
                until: date) -> list[DueItem]:
    """Open follow-ups; a letter's is the day its reply is due, with the step that follows
    (said only once the day has come: before, the person is still waiting)."""
    from core import i18n
    from core.calllog.clocks import clock_of, next_step
    from core.calllog.conduct import country_for

    country = country_for(case.get("currency"), case.get("country"))
    items = []
    for contact in case["contacts"]:
        when = contact["follow_up"]
        if when is None or contact["follow_up_done"] or when > until:
            continue
        summary = " ".join((contact["summary"] or "").split())
        clock = clock_of(contact)
        step = None if clock is None or when > today else next_step(clock, country,
                                                                     i18n.language())
        for ref in contact["debts"][:1]:  # one line per follow-up, under its first debt
            items.append(DueItem(when, "follow_up", ref, "、".join(
                creditor[x] for x in contact["debts"]), None, summary[:120], when < today,
                contact["ref"], clock, step))
    return items


def _installments(case: Data, creditor: dict[str, str], today: date,
                  until: date) -> list[DueItem]:
    from core.debts.overdue import by_debt

    items = []
    payments = by_debt(case["payments"])
    for agreement in case["agreements"]:
        debt = agreement["debt"]
        paid = sum((p["amount"] for p in payments.get(debt, ())
                    if p["date"] >= agreement["agreed_on"]), ZERO)
        for installment in sorted(agreement["installments"], key=lambda i: i["due"]):
            covered = min(paid, installment["amount"])
            paid -= covered
            left = installment["amount"] - covered
            if left <= 0 or installment["due"] > until:
                continue
            items.append(DueItem(installment["due"], "installment", debt, creditor[debt], left,
                                 agreement["terms_text"][:120], installment["due"] < today))
    return items


def _plan_payments(case: Data, creditor: dict[str, str], today: date, until: date,
                   plan_results: dict[str, Any] | None) -> list[DueItem]:
    """Payments of accepted plans from today on (a debt with an agreement follows that)."""
    from core.plans.plans import case_from_data, run

    agreed = {a["debt"] for a in case["agreements"] if a["installments"]}
    accepted = [p for p in case["plans"] if p["status"] == "accepted"]
    if plan_results is None:
        for_plans = case_from_data(case)  # once for every plan
        plan_results = {p["name"]: run(for_plans, p) for p in accepted}
    items = []
    for plan in accepted:
        schedule = plan_results[plan["name"]].schedule
        for row in schedule.rows_between(today, until):
            if row.debt == "TOTAL" or row.debt in agreed or row.payment_c <= 0:
                continue
            items.append(DueItem(row.date, "plan_payment", row.debt, creditor[row.debt],
                                 row.payment, plan["name"], False))
    return items


def read_due(store: Any, today: date, within: int = 14) -> list[DueItem]:
    from core.case.casefile import read_case

    with store.read() as session:
        case = read_case(session)
    return due_items(case, today, within)


def due_line(item: DueItem, today: date, currency: str) -> str:
    """One line a person reads: date, what, creditor, amount or summary, how late."""
    from core import i18n
    from core.money import format_amount

    what = i18n.t("due_reply" if item.clock else f"due_{item.kind}")
    detail = format_amount(item.amount, currency) if item.amount is not None else ""
    parts = [item.when.isoformat(), what, item.creditor, detail, item.text]
    if item.overdue:
        parts.append(i18n.t("due_late", days=(today - item.when).days))
    if item.next_step:
        parts.append(item.next_step)
    # A note may hold line breaks or tabs: folded to spaces, or one item would span lines
    # (and a script reading a line per item would split it in two).
    return "  ".join(" ".join(p.split()) for p in parts if p and not p.isspace())
