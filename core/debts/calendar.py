"""Calendars a person imports into their own: a plan's payments (and, once the plan is
accepted, the replies and follow-ups the call log awaits for its debts), or one agreement's
installments. core.plans.export.to_ics writes them all; schedule_text picks between a
calendar and the CSV or JSON schedule, as the command line asks."""
from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from core import i18n
from core.calllog.clocks import clock_of, next_step
from core.calllog.conduct import country_for
from core.plans.engine_types import Schedule
from core.plans.export import (
    CalendarEvent,
    agreement_events,
    calendar_id,
    payment_events,
    render,
    say,
    to_ics,
)
from core.store.database import Store

Data = dict[str, Any]


def schedule_text(store: Store, name: str, form: str) -> str:
    """The schedule of the plan `name` as "csv", "json" or "ics" (a calendar)."""
    from core.plans import plans

    case, plan, result = plans.compute(store, name)
    if form == "ics":
        return plan_calendar(store, plan.data, result.schedule)
    return render(form, plan.data["name"], case.currency, result.schedule)


def plan_calendar(store: Store, plan: Data, schedule: Schedule,
                  now: datetime | None = None) -> str:
    """The plan's payments, one event per debt per month; for an accepted plan also the
    open follow-ups of its debts (a letter's is the day its reply is due)."""
    from core.case.casefile import read_case

    with store.read() as session:
        case = read_case(session)
    creditors = {d["ref"]: d["creditor"] or d["ref"] for d in case["debts"]}
    events = payment_events(plan["name"], schedule, creditors, case["currency"])
    if plan.get("status") == "accepted":
        debts = {row.debt for row in schedule.rows if row.debt != "TOTAL"}
        events += follow_up_events(case, plan["name"], debts, creditors)
    return to_ics(plan["name"], calendar_id(store), events, now)


def follow_up_events(case: Data, plan_name: str, debts: Collection[str],
                     creditors: dict[str, str]) -> list[CalendarEvent]:
    """Open follow-ups of contacts about any of `debts`: a letter's says whose reply is due
    and what to do if none came; any other's, whom to call back and about what."""
    country = country_for(case.get("currency"), case.get("country"))
    events = []
    for contact in case["contacts"]:
        if (contact["follow_up"] is None or contact["follow_up_done"]
                or not set(contact["debts"]) & set(debts)):
            continue
        names = "、".join(creditors.get(ref, ref) for ref in contact["debts"])
        clock = clock_of(contact)
        key = ("plan", plan_name, "follow_up", contact["ref"])
        if clock is None:
            summary = say("follow_up", creditor=names)
            description = contact["summary"] or ""
        else:
            summary = say("reply", creditor=names)
            description = "\n".join(part for part in (
                contact["summary"], next_step(clock, country, i18n.language())) if part)
        events.append(CalendarEvent(contact["follow_up"], key, summary, description))
    return events


def agreement_calendar(store: Store, agreement: Data, creditor: str, currency: str,
                       now: datetime | None = None) -> str:
    """The agreed installments of one agreement, one event each."""
    return to_ics(creditor, calendar_id(store), agreement_events(agreement, creditor, currency),
                  now)
