"""A schedule in the command line's CSV and JSON forms, and as an iCalendar of payment dates."""
from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from typing import Any

from core.money import amount_text
from core.plans.engine_types import Schedule

COLUMNS = ("month", "date", "debt", "opening", "interest", "fees", "payment", "forgiven",
           "closing")
_AMOUNTS = COLUMNS[3:]


def _row(row: Any) -> dict[str, Any]:
    return {"month": row.month, "date": row.date.isoformat(), "debt": row.debt,
            **{name: amount_text(getattr(row, name)) for name in _AMOUNTS}}


def to_csv(schedule: Schedule) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in schedule.rows:
        writer.writerow(_row(row))
    return out.getvalue()


def to_json(plan_name: str, currency: str, schedule: Schedule) -> dict[str, Any]:
    return {
        "plan": plan_name, "currency": currency, "affordable": schedule.affordable,
        "shortfall": amount_text(schedule.shortfall),
        "shortfall_from": schedule.shortfall_from,
        "debt_free_on": None if schedule.debt_free_on is None
        else schedule.debt_free_on.isoformat(),
        "total_interest": amount_text(schedule.total_interest),
        "total_fees": amount_text(schedule.total_fees),
        "total_forgiven": amount_text(schedule.total_forgiven),
        "total_paid": amount_text(schedule.total_paid),
        "warnings": [{"code": w.code, "debt": w.debt} for w in schedule.warnings],
        "rows": [_row(row) for row in schedule.rows],
    }


def _ics_text(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_calendar(name: str, events: list[tuple[date, str, str]],
                 now: datetime | None = None) -> str:
    """An iCalendar of all-day events (day, unique id, summary), for any calendar program."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DebtDesk//Repayment plan//ZH",
             "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{_ics_text(name)}"]
    for day, uid, summary in events:
        lines += ["BEGIN:VEVENT", f"UID:{_ics_text(uid)}@debtdesk", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
                  f"SUMMARY:{_ics_text(summary)}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def to_ics(plan_name: str, schedule: Schedule, creditors: dict[str, str], currency: str,
           now: datetime | None = None) -> str:
    """One all-day event per debt per month with a payment."""
    events = [(row.date, f"{row.date.strftime('%Y%m%d')}-{row.debt}-{row.month}",
               f"{creditors.get(row.debt, row.debt)} {currency} {amount_text(row.payment)}")
              for row in schedule.rows if row.debt != "TOTAL" and row.payment > 0]
    return ics_calendar(plan_name, events, now)


def agreement_ics(agreement: dict[str, Any], creditor: str, currency: str,
                  now: datetime | None = None) -> str:
    """The agreed installments of one agreement, one event each."""
    events = [(item["due"], f"{item['due'].strftime('%Y%m%d')}-{agreement['debt']}-"
               f"agreed-{number}", f"{creditor} {currency} {amount_text(item['amount'])}")
              for number, item in enumerate(agreement["installments"], 1)]
    return ics_calendar(creditor, events, now)


def render(form: str, plan_name: str, currency: str, schedule: Schedule,
           creditors: dict[str, str] | None = None) -> str:
    """The schedule as text in one of the forms: "csv", "json" or "ics"."""
    import json

    if form == "json":
        document = to_json(plan_name, currency, schedule)
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if form == "ics":
        return to_ics(plan_name, schedule, creditors or {}, currency)
    return to_csv(schedule)
