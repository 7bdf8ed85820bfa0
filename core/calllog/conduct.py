"""Checks the call log against the rules collectors must follow (conduct_rules), for the
country the person lives in, and says what each breach rests on.

Pure: plain frozen inputs in, a list of breaches out; no store, no clock, no Qt. The store's
contacts, debts and agreements are turned into these inputs by the caller.

What the checks count, decided once here:
- Only what a collector did is judged: contacts whose direction is `incoming` (placed by the
  other side). A contact the person placed, or one with no direction, is never reported,
  though a conversation the person had on their own call still starts the seven days after
  a conversation. Conduct marked on the person's own calls is therefore not judged.
- A telephone call is an incoming contact with channel `phone`, answered or not (the
  Chinese daily limit counts only those that got through). A conversation is a
  phone contact, in either direction, with an outcome other than `no_answer` (no outcome:
  not known to be one). Calls are counted per debt and per collector; the collector is told
  apart by `caller_kind` and the `caller` name (spaces and case ignored), `caller_kind`
  null being the creditor itself. The Chinese daily limit counts instead per creditor,
  its agencies included, as its source does.
- Local time is the time written with the contact's own offset; days are local calendar
  days, the first day of a window counted as day 1. Calling hours apply to every channel but
  `letter`, whose time is when it was logged, not when it arrived.
- A rule that binds only outside collectors (US Regulation F) is not applied to contacts
  from the creditor itself (`caller_kind` null): they are not reported at all, rather than
  reported as weaker findings, so that a complaint letter never cites a rule against a
  party it does not bind.
- Rules limited to some debt kinds (the Chinese ones) are applied only to debts whose kind
  is given and among them. Collection after a card agreement is any incoming contact about
  the debt on a later day than the agreement, unless the person is in default on it.
- Consent to calls at other hours, which the rules allow, is not known to the log: a person
  who agreed to late calls should disregard those findings.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from core import i18n
from core.calllog.conduct_rules import (
    AFTER_AGREEMENT,
    AFTER_CONVERSATION,
    CALLS,
    CALLS_ONE_DAY,
    CONDUCT,
    CONDUCT_LABELS,
    CURRENCY_COUNTRIES,
    FEE_SCAM,
    FEE_SCAM_WARNING,
    FINDINGS,
    HOURS,
    REPORTED,
    REPORTED_PREFIX,
    RULES,
    Rule,
)
from core.casefile_spec import CALLER_KINDS, CONDUCT_MARKS

Values = tuple[tuple[str, str | int], ...]


# --- inputs ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ContactIn:
    ref: str
    debts: tuple[str, ...]
    at: datetime  # with the offset it was logged with: its local time
    channel: str | None = None
    direction: str | None = None
    outcome: str | None = None
    caller: str = ""
    caller_kind: str | None = None  # None: the creditor itself
    conduct: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.at.utcoffset() is None:
            raise ValueError(f"contact {self.ref}: the time {self.at.isoformat()} has no "
                             "offset, so its local time is unknown")
        if not self.debts:
            raise ValueError(f"contact {self.ref}: names no debt")
        unknown = [mark for mark in self.conduct if mark not in CONDUCT_MARKS]
        if unknown:
            raise ValueError(f"contact {self.ref}: unknown conduct {', '.join(unknown)}")
        if self.caller_kind is not None and self.caller_kind not in CALLER_KINDS:
            raise ValueError(f"contact {self.ref}: unknown caller kind {self.caller_kind}")

    @property
    def answered(self) -> bool:
        return self.outcome is not None and self.outcome != "no_answer"

    @property
    def collector(self) -> tuple[str, str]:
        return self.caller_kind or "", " ".join(self.caller.split()).casefold()


@dataclass(frozen=True, slots=True)
class DebtFacts:
    ref: str
    kind: str | None = None
    creditor: str = ""


@dataclass(frozen=True, slots=True)
class AgreementIn:
    debt: str
    agreed_on: date
    in_default: bool = False  # the person has fallen behind on it


# --- outputs -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Breach:
    rule: Rule
    debts: tuple[str, ...]
    contacts: tuple[str, ...]  # the collector's contacts behind it, the offending one last
    at: datetime  # when the offending contact came, in its own local time
    values: Values = ()  # what makes it a breach: counts, limits, dates
    marks: tuple[str, ...] = ()  # CONDUCT: the marks the rule forbids
    related: tuple[str, ...] = ()  # other entries it rests on (the earlier conversation)
    warnings: tuple[str, ...] = ()  # e.g. FEE_SCAM

    @property
    def contact(self) -> str:
        return self.contacts[-1]

    def value(self, name: str) -> str | int:
        return dict(self.values)[name]

    def describe(self, language: str | None = None) -> str:
        """What happened and why it breaks the rule, in the given or the current language;
        a rule of `reported` standing says so first."""
        language = language or i18n.language()
        joiner = "、" if language == "zh" else ", "
        fields: dict[str, str | int] = {
            "date": self.at.date().isoformat(), "time": _clock(self.at.time()),
            "marks": joiner.join(CONDUCT_LABELS[mark].of(language) for mark in self.marks),
            **dict(self.values)}
        wording = self.rule.check
        if wording == CALLS and self.rule.window_days == 1:
            wording = CALLS_ONE_DAY
        text = FINDINGS[wording].of(language).format(**fields)
        if self.rule.standing == REPORTED:
            return REPORTED_PREFIX.of(language) + text
        return text


@dataclass(frozen=True, slots=True)
class ScamWarning:
    code: str
    contact: str
    debts: tuple[str, ...]
    at: datetime

    def describe(self, language: str | None = None) -> str:
        return FEE_SCAM_WARNING.of(language or i18n.language())


# --- the checker -------------------------------------------------------------------------

def country_for(currency: str | None, country: str | None) -> str | None:
    """The country whose rules apply: the case's own, else the one its currency implies
    (CNY → CN, GBP → GB, USD → US), else none."""
    if country and country.strip():
        return country.strip().upper()
    return CURRENCY_COUNTRIES.get((currency or "").strip().upper())


def check(contacts: Iterable[ContactIn], country: str | None, *,
          debts: Iterable[DebtFacts] = (),
          agreements: Iterable[AgreementIn] = ()) -> list[Breach]:
    """Every breach of `country`'s rules in the call log, in the order the contacts came
    (then in the order of the rules). No rules for the country: nothing to report."""
    rules = RULES.get((country or "").upper(), ())
    log = sorted(contacts, key=_instant)
    facts = _Facts(debts, agreements)
    found: list[tuple[tuple[datetime, str], int, Breach]] = []
    for number, rule in enumerate(rules):
        for breach in _CHECKS[rule.check](rule, log, facts):
            found.append(((breach.at, breach.contact), number, breach))
    found.sort(key=lambda item: (item[0], item[1], item[2].debts))
    return [breach for _key, _number, breach in found]


def breaches_per_debt(breaches: Iterable[Breach]) -> Counter[str]:
    """How many breaches name each debt (what the debt page shows)."""
    return Counter(debt for breach in breaches for debt in breach.debts)


def scam_warnings(contacts: Iterable[ContactIn]) -> list[ScamWarning]:
    """Every contact marked as asking for a fee to "handle" the debt, in any country and
    from either side: such requests are a common scam, whatever the rules say."""
    return [ScamWarning(FEE_SCAM, c.ref, c.debts, c.at)
            for c in sorted(contacts, key=_instant) if "fee_request" in c.conduct]


class _Facts:
    """The debts' kinds and creditors, and the agreements, looked up by debt."""

    def __init__(self, debts: Iterable[DebtFacts], agreements: Iterable[AgreementIn]) -> None:
        self.kinds: dict[str, str | None] = {}
        self.creditors: dict[str, str] = {}
        for debt in debts:
            self.kinds[debt.ref] = debt.kind
            self.creditors[debt.ref] = " ".join(debt.creditor.split()).casefold()
        self.agreements: dict[str, list[AgreementIn]] = {}
        for agreement in sorted(agreements, key=lambda a: a.agreed_on):
            self.agreements.setdefault(agreement.debt, []).append(agreement)

    def creditor(self, debt: str) -> str:
        """The debt's creditor; a debt whose creditor is not known stands alone."""
        return self.creditors.get(debt) or f"debt:{debt}"

    def agreement_before(self, debt: str, day: date) -> AgreementIn | None:
        """The latest agreement for the debt made before `day`."""
        earlier = [a for a in self.agreements.get(debt, ()) if a.agreed_on < day]
        return earlier[-1] if earlier else None


def _instant(contact: ContactIn) -> tuple[datetime, str]:
    return contact.at, contact.ref


def _clock(moment: time) -> str:
    return moment.strftime("%H:%M:%S" if moment.second else "%H:%M")


def _covered(rule: Rule, contact: ContactIn, facts: _Facts) -> tuple[str, ...]:
    """The contact's debts `rule` judges it on: none unless the other side placed it and
    the rule binds that side; then those of the kinds the rule covers."""
    if contact.direction != "incoming":
        return ()
    if contact.caller_kind is None and not rule.applies_to_creditor:
        return ()
    if not rule.kinds:
        return contact.debts
    return tuple(d for d in contact.debts if facts.kinds.get(d) in rule.kinds)


def _hours(rule: Rule, log: list[ContactIn], facts: _Facts) -> Iterator[Breach]:
    for contact in log:
        debts = _covered(rule, contact, facts)
        if not debts or contact.channel == "letter":
            continue
        local = contact.at.time()
        late = local > rule.latest if rule.latest_allowed else local >= rule.latest
        if local < rule.earliest or late:
            yield Breach(rule, debts, (contact.ref,), contact.at,
                         (("earliest", _clock(rule.earliest)), ("latest", _clock(rule.latest))))


def _calls(rule: Rule, log: list[ContactIn], facts: _Facts) -> Iterator[Breach]:
    """More than `max_calls` calls within `window_days` local days, counted per debt and
    collector, or per creditor: each call past the limit is one breach."""
    def keys(contact: ContactIn) -> dict[tuple[str, ...], tuple[str, ...]]:
        found: dict[tuple[str, ...], tuple[str, ...]] = {}
        for debt in _covered(rule, contact, facts):
            key = (facts.creditor(debt),) if rule.per_creditor else (debt, *contact.collector)
            found[key] = (*found.get(key, ()), debt)
        return found

    groups: dict[tuple[str, ...], list[tuple[ContactIn, tuple[str, ...]]]] = {}
    for contact in log:
        if contact.channel != "phone" or (rule.answered_only and not contact.answered):
            continue
        for key, debts in keys(contact).items():
            groups.setdefault(key, []).append((contact, debts))
    for calls in groups.values():
        for number, (call, debts) in enumerate(calls):
            first = call.at.date() - timedelta(days=rule.window_days - 1)
            window = [c.ref for c, _d in calls[:number + 1] if c.at.date() >= first]
            if len(window) > rule.max_calls:
                yield Breach(rule, debts, tuple(window), call.at,
                             (("count", len(window)), ("max", rule.max_calls),
                              ("days", rule.window_days), ("first", first.isoformat())))


def _after_conversation(rule: Rule, log: list[ContactIn], facts: _Facts) -> Iterator[Breach]:
    """A call placed within `window_days` of a conversation about the same debt with the
    same collector, the conversation's day being day 1."""
    last: dict[tuple[str, ...], ContactIn] = {}
    for contact in log:
        if contact.channel != "phone":
            continue
        after: dict[str, tuple[str, ...]] = {}
        for debt in _covered(rule, contact, facts):
            conversation = last.get((debt, *contact.collector))
            if conversation is not None:
                after[conversation.ref] = (*after.get(conversation.ref, ()), debt)
        for ref, debts in after.items():
            conversation = last[(debts[0], *contact.collector)]
            day = (contact.at.date() - conversation.at.date()).days + 1
            if day <= rule.window_days:
                yield Breach(rule, debts, (contact.ref,), contact.at,
                             (("conversation", conversation.at.date().isoformat()),
                              ("day", day), ("days", rule.window_days)), related=(ref,))
        if contact.answered:
            for debt in contact.debts:
                last[(debt, *contact.collector)] = contact


def _conduct(rule: Rule, log: list[ContactIn], facts: _Facts) -> Iterator[Breach]:
    for contact in log:
        marks = tuple(mark for mark in contact.conduct if mark in rule.conduct)
        debts = _covered(rule, contact, facts) if marks else ()
        if debts:
            warnings = (FEE_SCAM,) if "fee_request" in marks else ()
            yield Breach(rule, debts, (contact.ref,), contact.at, marks=marks,
                         warnings=warnings)


def _after_agreement(rule: Rule, log: list[ContactIn], facts: _Facts) -> Iterator[Breach]:
    """A contact about a debt after an agreement for it was made (before the contact's local
    day), while the person is not in default on that agreement."""
    for contact in log:
        standing: dict[date, tuple[str, ...]] = {}
        for debt in _covered(rule, contact, facts):
            agreement = facts.agreement_before(debt, contact.at.date())
            if agreement is not None and not agreement.in_default:
                standing[agreement.agreed_on] = (*standing.get(agreement.agreed_on, ()), debt)
        for agreed_on, debts in sorted(standing.items()):
            yield Breach(rule, debts, (contact.ref,), contact.at,
                         (("agreed_on", agreed_on.isoformat()),))


_CHECKS = {HOURS: _hours, CALLS: _calls, AFTER_CONVERSATION: _after_conversation,
           CONDUCT: _conduct, AFTER_AGREEMENT: _after_agreement}
