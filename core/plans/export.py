"""A schedule in the command line's CSV and JSON forms, and the iCalendar writer every
calendar export goes through (payment dates, agreed installments, replies and follow-ups)."""
from __future__ import annotations

import csv
import hashlib
import io
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import i18n
from core.errors import DomainError
from core.money import amount_text, format_amount
from core.plans.engine_types import Schedule

if TYPE_CHECKING:
    from core.store.database import Store

# What calendars and the schedule command say, kept beside them as the letters keep their
# wording; the language is core's (i18n.language()).
WORDS: dict[str, tuple[str, str]] = {
    "format_contradicts_suffix": ("--format {form} 与输出文件 {file} 的后缀 {suffix} 不一致",
                                  "--format {form} contradicts the suffix {suffix} of {file}"),
    "payment": ("还款：{creditor} {amount}", "Pay {creditor} {amount}"),
    "payment_detail": ("还款方案“{plan}”第 {month} 个月（债务 {debt}）",
                       'Month {month} of the plan "{plan}" (debt {debt})'),
    "installment": ("协议还款：{creditor} {amount}", "Agreed payment to {creditor}: {amount}"),
    "installment_detail": ("{agreed_on} 达成的协议，第 {number}/{count} 期",
                           "Installment {number} of {count}, agreed on {agreed_on}"),
    "reply": ("{creditor}的回复期满", "Reply due from {creditor}"),
    "follow_up": ("跟进：{creditor}", "Follow up with {creditor}"),
}


def say(key: str, **params: object) -> str:
    zh, en = WORDS[key]
    return (zh if i18n.language() == "zh" else en).format(**params)


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


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One all-day event. `key` names what it is within the case (plan, kind, debt, month…):
    with the case's calendar id it makes the UID, so the same thing exported again gets the
    same UID and a calendar updates it instead of adding a twin."""

    day: date
    key: tuple[str, ...]
    summary: str
    description: str = ""


# What RFC 5545 forbids in a TEXT value: every control character but HTAB (a line break is
# written as the escape \n, so it is kept as one).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
ALARM_BEFORE = timedelta(hours=15)  # 09:00 the day before an all-day event


def clean_text(text: str) -> str:
    """A text a calendar can hold: every line end a line feed, control characters removed,
    unpaired surrogates (which UTF-8 cannot carry) replaced."""
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.encode("utf-8", "replace").decode("utf-8")


def event_uid(calendar_id: str, key: tuple[str, ...]) -> str:
    digest = hashlib.sha256("\x1f".join((calendar_id, *key)).encode("utf-8", "replace"))
    return f"{digest.hexdigest()[:40]}@debtdesk"


def to_ics(name: str, calendar_id: str, events: Iterable[CalendarEvent],
           now: datetime | None = None) -> str:
    """An iCalendar (RFC 5545) of all-day events, each with a reminder the day before."""
    from icalendar import Alarm, Calendar, Event, vText  # late: only when a calendar is made

    class Text(vText):
        """RFC 5545 escaping as written: the library's also reads a literal backslash-N as
        a line break, which would change a name."""

        def to_ical(self) -> bytes:
            return (str(self).replace("\\", "\\\\").replace(";", "\\;")
                    .replace(",", "\\,").replace("\n", "\\n").encode("utf-8"))

    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", "-//DebtDesk//Repayment calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", Text(clean_text(name)))
    for item in events:
        summary = Text(clean_text(item.summary))
        event = Event()
        event.add("uid", event_uid(calendar_id, item.key))
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", summary)
        if item.description:
            event.add("description", Text(clean_text(item.description)))
        event.add("transp", "TRANSPARENT")  # a reminder, not time taken
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", -ALARM_BEFORE)
        event.add_component(alarm)
        calendar.add_component(event)
    text: bytes = calendar.to_ical()  # lines end in CRLF, folded at 75 octets
    return text.decode("utf-8")


def payment_events(plan_name: str, schedule: Schedule, creditors: dict[str, str],
                   currency: str) -> list[CalendarEvent]:
    """One event per debt per month with a payment under the plan."""
    return [CalendarEvent(
        row.date, ("plan", plan_name, "payment", row.debt, str(row.month)),
        say("payment", creditor=creditors.get(row.debt, row.debt),
               amount=format_amount(row.payment, currency)),
        say("payment_detail", plan=plan_name, month=row.month, debt=row.debt))
        for row in schedule.rows if row.debt != "TOTAL" and row.payment > 0]


def agreement_events(agreement: dict[str, Any], creditor: str,
                     currency: str) -> list[CalendarEvent]:
    """The agreed installments of one agreement, one event each."""
    return [CalendarEvent(
        item["due"], ("agreement", agreement["debt"], agreement["agreed_on"].isoformat(),
                      str(number)),
        say("installment", creditor=creditor,
               amount=format_amount(item["amount"], currency)),
        say("installment_detail", number=number, count=len(agreement["installments"]),
               agreed_on=agreement["agreed_on"].isoformat()))
        for number, item in enumerate(agreement["installments"], 1)]


def calendar_id(store: Store) -> str:
    """The case's calendar id, made (random) the first time a calendar needs it. A store
    open read-only cannot keep one: it gets one from where its database lies, the same each
    time until a writable window makes the real one."""
    from sqlalchemy import select

    from core.store import models as m

    with store.read() as session:
        found = session.scalar(select(m.CaseInfo.calendar_id).where(m.CaseInfo.id == 1))
    if found:
        return found
    if store.read_only:
        return hashlib.sha256(str(store.database_path).encode("utf-8",
                                                            "replace")).hexdigest()[:32]
    with store.write() as session:
        info = session.get(m.CaseInfo, 1)
        if info is None:
            info = m.CaseInfo(id=1, currency="CNY")
            session.add(info)
        if not info.calendar_id:
            info.calendar_id = secrets.token_hex(16)
        made: str = info.calendar_id
    return made


FORMATS = ("csv", "json", "ics")


def schedule_format(given: str | None, out: Path | None) -> str:
    """The form a schedule is written in: `given` (--format), else the suffix of `out`
    (.csv, .json, .ics), else CSV. A suffix that says otherwise than `given` is refused."""
    suffix = out.suffix.lower().lstrip(".") if out is not None else ""
    implied = suffix if suffix in FORMATS else None
    if given is not None and implied is not None and given != implied:
        raise DomainError(say("format_contradicts_suffix", form=given,
                                 file=out.name if out else "", suffix=f".{suffix}"))
    return given or implied or "csv"


def render(form: str, plan_name: str, currency: str, schedule: Schedule) -> str:
    """The schedule as text in one of the forms "csv" or "json" (a calendar needs the case:
    core.debts.calendar makes it)."""
    import json

    if form == "json":
        document = to_json(plan_name, currency, schedule)
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return to_csv(schedule)
