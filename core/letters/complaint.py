"""A complaint about a collector's conduct, to the creditor whose debt is being collected.

Pure, like compose: case data and a request in, a `Letter` out. What it complains about is
what core.debts.conduct_findings finds in the call log under the rules of the person's
country; nothing is claimed that the log does not hold. Each breach is told with its date
and local time, who called, what happened and the rule with its source; the entries behind
it are quoted from the log; the recordings and screenshots linked to those entries are
enclosed with their SHA-256 checksums; and the requests follow from what was found (a
request to leave the family alone only when family were contacted). A plan, when named,
adds the person's circumstances and finances: the creditor sees the complaint comes from
someone who is trying to pay.
"""
from __future__ import annotations

from datetime import date

from core import i18n
from core.calllog.clocks import COMPLAINT, clock_of, reply_days
from core.calllog.conduct import Breach
from core.calllog.conduct_rules import CALLS, CALLS_ONE_DAY, CONVENTION, REPORTED
from core.debts.conduct_findings import conduct_findings
from core.errors import DomainError
from core.letters.complaint_wording import FINDINGS, MARKS, REGULATORS
from core.letters.document import Block, Letter
from core.letters.formatting import datetime_text
from core.letters.parts import (
    Data,
    LetterRequest,
    Writer,
    closing_blocks,
    finance_blocks,
    frame,
    hardship_blocks,
)
from core.letters.quote import chosen_contact, quote_blocks
from core.letters.wording import CATEGORIES, CHANNELS
from core.plans.plans import case_from_data, run
from core.schema import shorten

_ENCLOSURE_KEYS = ("h_complaint_enclosures", "complaint_enclosures_intro",
                   "complaint_enclosures_none")


def compose_complaint(case: Data, request: LetterRequest) -> Letter:
    w = Writer(case, request)
    on = request.on or date.today()
    country, breaches, entries = grounds(case, request.debt, on)
    contacts = {c["ref"]: c for c in entries}
    behind = list(contacts)
    person = case.get("person") or {}

    body = [Block("p", _opening(w, person, [contacts[r] for r in behind],
                                _prior(w, case["contacts"], on)))]
    body += [Block("h", w.say("h_breaches")),
             Block("ol", items=tuple(_breach(w, b, contacts) for b in breaches))]
    body += [Block("h", w.say("h_log")), Block("p", w.say("log_intro")),
             Block("ol", items=tuple(_log_line(w, contacts[r]) for r in behind))]
    chosen = chosen_contact(case, request)
    if chosen is not None and chosen["ref"] not in contacts:  # quoted above when it is there
        body += quote_blocks(w, chosen, "quote_intro_complaint")
    body += [Block("h", w.say("h_asks")),
             Block("ol", items=tuple(_asks(w, breaches, [contacts[r] for r in behind])))]
    enclosed = _evidence(w, case, [contacts[r] for r in behind])
    escalate = w.say(f"escalate_{country}") if f"escalate_{country}" in w.words else \
        w.say("escalate_none")
    reply = w.say("complaint_reply", within=_within(w, country),
                  escalate=escalate).strip()
    body += closing_blocks(w, person, enclosed, reply, _ENCLOSURE_KEYS,
                           _context(w, case, request),
                           w.say("complaint_id_card") if request.id_card else "",
                           "complaint_thanks")
    title = w.say("subject_complaint", product=w.product(), account=w.account(),
                  creditor=w.creditor)
    return frame(w, person, title, on, body, enclosed, _addressee(w, country))


def _addressee(w: Writer, country: str) -> tuple[str, str] | None:
    """The regulator a complaint goes to next, when the request says so."""
    if w.request.to != "regulator":
        return None
    if country not in REGULATORS:
        raise DomainError(i18n.t("letter_no_regulator", country=country or "—"))
    return REGULATORS[country][w.lang]


def _prior(w: Writer, contacts: list[Data], on: date) -> str:
    """To the regulator: the complaint already sent to the creditor, when the log records
    one (a complaint recorded as sent, about this debt, before this one: the outcome its
    contact is recorded with says so, as the reply clock reads it)."""
    if w.request.to != "regulator":
        return ""
    sent = [c for c in contacts if w.debt["ref"] in c["debts"] and c["at"].date() <= on
            and clock_of(c) == COMPLAINT]
    if not sent:
        return ""
    first = min(sent, key=lambda c: c["at"])
    return w.say("complaint_prior", date=w.date(first["at"].date()), creditor=w.creditor)


def grounds(case: Data, debt: str, on: date) -> tuple[str, list[Breach], list[Data]]:
    """What a complaint about `debt` rests on, as of `on`: the country whose rules were
    applied ("" if none), the likely breaches, and the log entries behind them, oldest
    first. No breach: a DomainError that says so."""
    findings = conduct_findings(case, on)
    breaches = [b for b in findings.for_debt(debt) if b.at.date() <= on]
    if not breaches:
        raise DomainError(i18n.t("letter_no_breaches", debt=shorten(debt)))
    contacts = {c["ref"]: c for c in case["contacts"]}
    behind = sorted({ref for b in breaches for ref in (*b.contacts, *b.related)
                     if ref in contacts}, key=lambda ref: contacts[ref]["at"])
    return findings.country or "", breaches, [contacts[ref] for ref in behind]


def evidence_refs(entries: list[Data]) -> list[str]:
    """The evidence linked to the entries behind a complaint, each once: what it encloses."""
    return list(dict.fromkeys(ref for c in entries for ref in c.get("evidence") or ()))


def _within(w: Writer, country: str) -> str:
    """The reply time asked for: the days the complaint's clock runs (Writer.reply_days), in
    the country's own words where it has them and the days are the regulator's (the UK's
    "eight weeks")."""
    days = w.reply_days()
    own = f"within_{country}"
    if own in w.words and days == reply_days(COMPLAINT, country):
        return w.say(own)
    return w.say("within_days", days=days)


def _opening(w: Writer, person: Data, behind: list[Data], prior: str) -> str:
    since = w.debt.get("overdue_since")
    status = w.say("complaint_status", since=w.date(since)) if since else ""
    names = list(dict.fromkeys((c.get("caller") or "").strip() for c in behind
                               if c.get("caller_kind") and (c.get("caller") or "").strip()))
    agencies = any(c.get("caller_kind") for c in behind)
    joiner = "、" if w.lang == "zh" else ", "
    creditor = w.creditor
    if agencies and names:
        who = w.say("who_agencies", names=joiner.join(names), creditor=creditor)
    elif agencies:
        who = w.say("who_agencies_unnamed", creditor=creditor)
    else:
        who = w.say("who_creditor", creditor=creditor)
    return w.say("complaint_opening", name=person.get("name") or "", product=w.product(),
                 account=w.account(), status=status, who=who, creditor=creditor,
                 prior=prior)


def _source(w: Writer, contact: Data | None) -> str:
    if contact is None or not contact.get("caller_kind"):
        return w.say("source_creditor", creditor=w.creditor)
    caller = (contact.get("caller") or "").strip()
    return w.say("source_agency", caller=caller) if caller else w.say(
        "source_unnamed_agency")


def _breach(w: Writer, breach: Breach, contacts: dict[str, Data]) -> str:
    what = _what(w, breach)
    text = w.say("breach_item", when=datetime_text(breach.at, w.lang),
                 source=_source(w, contacts.get(breach.contact)), what=what,
                 rule=breach.rule.title.of(w.lang), citation=breach.rule.source.citation)
    if breach.rule.standing == REPORTED:
        text += w.say("breach_reported")
    elif breach.rule.standing == CONVENTION:
        text += w.say("breach_convention")
    return text


def _what(w: Writer, breach: Breach) -> str:
    """What the collector did, from the breach's own figures, as the creditor reads it."""
    values: dict[str, object] = {}
    for name, value in breach.values:
        try:
            values[name] = w.date(date.fromisoformat(str(value)))
        except ValueError:
            values[name] = value
    values["date"] = w.date(breach.at.date())
    marks = [MARKS[w.lang][mark] for mark in breach.marks]
    values["marks"] = w.say("marks_and").join(
        [("、" if w.lang == "zh" else ", ").join(marks[:-1]), marks[-1]] if len(marks) > 1
        else marks)
    check = breach.rule.check
    if check == CALLS and breach.rule.window_days == 1:
        check = CALLS_ONE_DAY
    text = FINDINGS[w.lang][check].format(**values)
    return text


def _log_line(w: Writer, contact: Data) -> str:
    channels = CHANNELS[w.lang]
    agent = (contact.get("agent") or "").strip()
    summary = " ".join((contact.get("summary") or "").split())
    # Quotation marks inside the quoted note become single ones, as a quote within a quote.
    quoted = (f"“{summary.replace('“', '‘').replace('”', '’')}”" if w.lang == "zh"
              else f'"{summary}"') if summary else w.say("log_no_summary")
    direction = "log_incoming" if contact.get("direction") == "incoming" else "log_outgoing"
    return w.say("log_item", when=datetime_text(contact["at"], w.lang),
                 channel=channels.get(contact.get("channel") or "other", channels["other"]),
                 direction=w.say(direction),
                 who=w.say("log_who", agent=agent) if agent else "", summary=quoted)


def _asks(w: Writer, breaches: list[Breach], behind: list[Data]) -> list[str]:
    marks = {mark for c in behind for mark in c.get("conduct") or ()}
    checks = {b.rule.check for b in breaches}
    c = w.creditor
    asks = [w.say("ask_stop", creditor=c)]
    if "third_party" in marks:
        asks.append(w.say("ask_third_party", creditor=c))
    if "after_agreement" in checks:
        asks.append(w.say("ask_agreement", creditor=c))
    if "fee_request" in marks:
        asks.append(w.say("ask_fee", creditor=c))
    if any(entry.get("caller_kind") for entry in behind):
        asks.append(w.say("ask_agency", creditor=c))
    asks += [w.say("ask_correct", creditor=c), w.say("ask_result", creditor=c)]
    return asks


def _evidence(w: Writer, case: Data, behind: list[Data]) -> list[str]:
    """The evidence linked to the entries behind the breaches, each once, with its checksum
    in groups of sixteen (so it wraps and can be read aloud)."""
    wanted = evidence_refs(behind)
    by_ref = {e["ref"]: e for e in case["evidence"]}
    names = CATEGORIES[w.lang]
    items = []
    for ref in wanted:
        entry = by_ref.get(ref)
        if entry is None:
            continue
        title = (entry["title"] or "").strip() or names.get(entry["category"] or "other",
                                                           names["other"])
        when = w.say("enclosure_date", date=w.date(entry["document_date"])) \
            if entry["document_date"] else ""
        sha = " ".join(entry["sha256"][i:i + 16] for i in range(0, 64, 16))
        items.append(w.say("complaint_enclosure", title=title, date=when,
                           name=entry["name"] or ref, sha=sha))
    return items


def _context(w: Writer, case: Data, request: LetterRequest) -> list[Block]:
    """With a plan named: the circumstances and the finances, under one heading."""
    if request.plan is None:  # uses_hardship says the same to the letter window
        return []
    plan = next((p for p in case["plans"] if p["name"] == request.plan), None)
    if plan is None:
        raise DomainError(i18n.t("unknown_plan", name=shorten(request.plan)))
    result = run(case_from_data(case), plan)
    blocks = [Block("h", w.say("h_complaint_context"))]
    blocks += hardship_blocks(w, case, request)[1:]
    blocks += finance_blocks(w, case, result)[1:]
    return blocks
