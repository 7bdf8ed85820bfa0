"""Letters to a creditor: what they say, worked out from the case and a plan.

`compose` is pure: case data (validated form, as core.case.casefile.read_case gives it) and a
request in, a `Letter` (core.letters.document) out — blocks of text and tables, no layout.
core.letters.pdf turns a Letter into PDF bytes with ReportLab; nothing here imports it, so the
wording can be tested without building a PDF, and core.letters.build is where the two meet.
core.letters.brief borrows the formatting helpers below. No internal ids or file paths ever
reach a letter.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from core import i18n
from core.case.situation import budget_totals, kept_back, savings_allowance
from core.debts.agreements import SIX_POINTS
from core.debts.progress import Estimate
from core.errors import DomainError
from core.letters.document import Block, Letter, Table, has_cjk
from core.letters.formatting import date_text, datetime_text, last4, mask_id, money_text
from core.letters.since_statement import since_statement, since_text
from core.letters.wording import CATEGORIES, CHANNELS, KINDS, LETTER_KINDS, TEXTS
from core.money import ZERO
from core.plans.engine_types import SETTLEMENT, Row, TermIn
from core.plans.plans import PlanResult, case_from_data, run
from core.schema import shorten

Data = dict[str, Any]
PAPERS = ("a4", "letter")
HARDSHIP_PROOF = ("income_proof", "medical", "unemployment", "bank_statement", "hardship_other")


@dataclass(frozen=True, slots=True)
class LetterRequest:
    debt: str  # the debt's ref
    kind: str
    language: str = "zh"
    plan: str | None = None  # the plan's name
    contact: str | None = None  # for `confirmation`: a contact's ref (default: see below)
    paper: str = "a4"
    show_id: bool = False
    on: date | None = None  # the letter's date (default today)
    hardship: str | None = None  # replaces the case's hardship statement when given
    extra: str = ""  # a paragraph of the person's own


# --- composing -------------------------------------------------------------------------------

class _Writer:
    def __init__(self, case: Data, request: LetterRequest) -> None:
        if request.kind not in LETTER_KINDS:
            raise DomainError(i18n.t("letter_kind", kind=shorten(request.kind),
                                     choices=", ".join(LETTER_KINDS)))
        if request.language not in TEXTS:
            raise DomainError(i18n.t("letter_language", language=shorten(request.language)))
        if request.paper not in PAPERS:
            raise DomainError(i18n.t("letter_paper", paper=shorten(request.paper)))
        self.case, self.request = case, request
        self.lang = request.language
        self.words = TEXTS[self.lang]
        self.currency = case.get("currency") or "CNY"
        debts = {d["ref"]: d for d in case["debts"]}
        if request.debt not in debts:
            raise DomainError(i18n.t("unknown_debt", ref=shorten(request.debt)))
        self.debt = debts[request.debt]
        # A bank is addressed as 贵行, anyone else as 贵公司.
        creditor = self.debt["creditor"] or ""
        self.you = "贵行" if "银行" in creditor or self.debt["kind"] == "credit_card" else "贵公司"

    def say(self, key: str, **params: object) -> str:
        text = self.words[key].format(**params)
        return text.replace("贵方", self.you) if self.lang == "zh" else text

    def money(self, amount: Decimal) -> str:
        return money_text(amount, self.currency, self.lang)

    def date(self, when: date) -> str:
        return date_text(when, self.lang)

    @property
    def creditor(self) -> str:
        name: str = self.debt["creditor"] or self.debt["ref"]
        return name

    def product(self) -> str:
        kinds = KINDS[self.lang]
        return self.debt["product"] or kinds.get(self.debt["kind"] or "other", kinds["other"])

    def account(self) -> str:
        tail = last4(self.debt["account"] or "")
        return self.say("subject_account", last4=tail) if tail else ""


def compose(case: Data, request: LetterRequest, result: PlanResult | None = None) -> Letter:
    """The letter `request` asks for. `result` is the plan's run, when a plan is named (the
    caller may pass it to save running the plan again)."""
    w = _Writer(case, request)
    plan = _plan(case, request)
    if plan is not None and result is None:
        result = run(case_from_data(case), plan)
    term = result.plan.term(request.debt) if result else TermIn()
    if request.kind == "settlement" and term.treatment != SETTLEMENT:
        raise DomainError(i18n.t("letter_needs_settlement", debt=shorten(request.debt)))
    if request.kind == "moratorium" and not term.pause_months:
        raise DomainError(i18n.t("letter_needs_pause", debt=shorten(request.debt)))
    if request.kind in ("installment", "settlement", "waiver", "moratorium") and result is None:
        raise DomainError(i18n.t("letter_needs_plan"))
    contact = _contact(case, request) if request.kind == "confirmation" else None
    person = case.get("person") or {}
    on = request.on or date.today()

    title = w.say(f"subject_{request.kind}", product=w.product(), account=w.account())
    since = since_statement(w.debt, case.get("payments") or [], on)
    body: list[Block] = [Block("p", _opening(w, person)
                               + since_text(since, w.say, w.money, w.date))]
    body += _hardship(w, case, request)
    body += _finances(w, case, result)
    body += _proposal(w, case, request, result, term, contact, since)
    enclosed = enclosures(case, w.debt["ref"], w.lang)
    body.append(Block("h", w.say("h_enclosures")))
    if enclosed:
        body += [Block("p", w.say("enclosures_intro")), Block("ol", items=tuple(enclosed))]
    else:
        body.append(Block("p", w.say("enclosures_none")))
    body += [Block("h", w.say("h_reply")), Block("p", w.say("reply"))]
    how = _how_to_reach(w, person)
    if how:
        body.append(Block("p", w.say("contact_me", how=how)))
    if request.extra.strip():
        body += [Block("h", w.say("h_other"))] + [Block("p", p) for p in _paragraphs(
            request.extra)]
    body.append(Block("p", w.say("thanks")))

    sender = [w.say("applicant", name=person.get("name") or "")]
    if person.get("id_number"):
        shown = person["id_number"] if request.show_id else mask_id(person["id_number"])
        sender.append(w.say("id_number", id=shown))
    for key in ("phone", "email", "address"):
        if person.get(key):
            sender.append(w.say(key, **{key: person[key]}))
    contact_info = w.debt.get("contact") or {}
    recipient = [w.say("to", creditor=w.creditor)]
    if contact_info.get("address"):
        recipient.append(w.say("creditor_address", address=contact_info["address"]))
    tail = last4(w.debt["account"] or "")
    if tail:
        recipient.append(w.say("account", last4=tail))
    closing = tuple(line for line in (w.say("closing_1"), w.say("closing_2")) if line)
    return Letter(
        language=w.lang, paper=request.paper, title=title, author=person.get("name") or "",
        sender=tuple(sender), recipient=tuple(recipient),
        date_line=w.say("date", date=w.date(on)), salutation=w.say("salutation",
                                                                   creditor=w.creditor),
        body=tuple(body), closing=closing,
        signature=(w.say("sign"), w.say("sign_date")), page_label=w.words["page"],
        enclosures=tuple(enclosed))


def _plan(case: Data, request: LetterRequest) -> Data | None:
    if request.plan is None:
        return None
    plans: list[Data] = case["plans"]
    for plan in plans:
        if plan["name"] == request.plan:
            return plan
    raise DomainError(i18n.t("unknown_plan", name=shorten(request.plan)))


def _contact(case: Data, request: LetterRequest) -> Data:
    mine = [c for c in case["contacts"] if request.debt in c["debts"]]
    if request.contact is not None:
        contacts: list[Data] = case["contacts"]
        for contact in contacts:
            if contact["ref"] == request.contact:
                return contact
        raise DomainError(i18n.t("unknown_contact", ref=shorten(request.contact)))
    if not mine:
        raise DomainError(i18n.t("letter_needs_contact", debt=shorten(request.debt)))
    agreed = [c for c in mine if c["outcome"] == "agreement"]
    return max(agreed or mine, key=lambda c: c["at"])


def _paragraphs(text: str) -> list[str]:
    return [" ".join(part.split()) if not has_cjk(part) else "".join(part.split())
            for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()] or []


def _opening(w: _Writer, person: Data) -> str:
    balance = w.debt["balance"]
    total = balance["principal"] + balance["interest"] + balance["fees"]
    since = w.debt.get("overdue_since")
    status = w.say("overdue_since", since=w.date(since)) if since else ""
    return w.say("opening", name=person.get("name") or "", product=w.product(),
                 account=w.account(), as_of=w.date(balance["as_of"]), total=w.money(total),
                 principal=w.money(balance["principal"]), interest=w.money(balance["interest"]),
                 fees=w.money(balance["fees"]), status=status)


def _hardship(w: _Writer, case: Data, request: LetterRequest) -> list[Block]:
    hardship = case.get("hardship") or {}
    statement = request.hardship if request.hardship is not None else \
        hardship.get("statement") or ""
    blocks = [Block("h", w.say("h_hardship"))]
    paragraphs = _paragraphs(statement)
    blocks += [Block("p", p) for p in paragraphs] or [Block("p", w.say("hardship_none"))]
    tail = []
    if hardship.get("since"):
        tail.append(w.say("hardship_since", since=w.date(hardship["since"])))
    if hardship.get("expected_recovery"):
        tail.append(hardship["expected_recovery"].strip().rstrip("。.") +
                    ("。" if w.lang == "zh" else "."))
    if tail:
        blocks.append(Block("p", ("" if w.lang == "zh" else " ").join(tail)))
    return blocks


def _finances(w: _Writer, case: Data, result: PlanResult | None) -> list[Block]:
    blocks = [Block("h", w.say("h_finances"))]
    household = case.get("household")
    if household:
        blocks.append(Block("p", w.say("household", adults=household["adults"],
                                       children=household["children"])))
    budget = case.get("budget")
    if budget is None:
        blocks.append(Block("p", w.say("no_budget")))
    else:
        totals = budget_totals(budget)
        rows: list[tuple[str, ...]] = []
        strong: list[int] = []
        for line in budget["income"]:
            rows.append((line["label"], w.money(line["monthly"])))
        rows.append((w.say("total_income"), w.money(totals["income"])))
        strong.append(len(rows) - 1)
        for line in budget["expenses"]:
            rows.append((line["label"], w.money(line["monthly"])))
        rows.append((w.say("total_expenses"), w.money(totals["expenses"])))
        strong.append(len(rows) - 1)
        rows.append((w.say("left"), w.money(totals["left"])))
        strong.append(len(rows) - 1)
        blocks += [Block("p", w.say("finances_intro")),
                   Block("table", table=Table((w.say("col_item"), w.say("col_monthly")),
                                              tuple(rows), ("l", "r"), tuple(strong)))]
        # Only what was entered is said: the savings allowance when there is such a line,
        # and what the plan leaves out of the money left, so the two figures tell one story.
        saved = savings_allowance(budget)
        if saved > 0:
            blocks.append(Block("p", w.say("savings_note", amount=w.money(saved))))
        kept = ZERO if result is None else kept_back(budget, result.plan.monthly_budget)
        if kept > 0 and result is not None:
            blocks.append(Block("p", w.say("kept_back", left=w.money(totals["left"]),
                                           budget=w.money(result.plan.monthly_budget),
                                           kept=w.money(kept))))
    if result is not None:
        blocks += _creditors(w, case, result)
    return blocks


def _creditors(w: _Writer, case: Data, result: PlanResult) -> list[Block]:
    rows = []
    owed_total = ZERO
    by_debt, terms = result.schedule.by_debt(), result.plan.terms_by_debt()
    for debt in case["debts"]:
        ref = debt["ref"]
        mine = by_debt.get(ref, [])
        owed = mine[0].opening if mine else ZERO
        owed_total += owed
        first = next((r for r in mine if r.payment_c > 0), None)
        name = debt["creditor"] or ref
        if ref == w.debt["ref"]:
            name = w.say("this_creditor", creditor=name)
        term = terms.get(ref) or TermIn()
        rows.append((name, w.money(owed), treatment_text(term, w.lang, w.currency),
                     w.money(first.payment) if first else w.money(ZERO)))
    table = Table((w.say("col_creditor"), w.say("col_owed"), w.say("col_treatment"),
                   w.say("col_first")), tuple(rows), ("l", "r", "l", "r"))
    intro = w.say("creditors_intro", count=len(rows), total=w.money(owed_total),
                  budget=w.money(result.plan.monthly_budget))
    return [Block("p", intro), Block("table", table=table)]


def treatment_text(term: TermIn, language: str, currency: str) -> str:
    """A plan term in a few words: 分 36 期, settlement of ¥12,000.00, paused 3 months."""
    words = TEXTS[language]
    if term.treatment == "installments":
        text = words["treat_installments"].format(months=term.months)
    elif term.treatment == SETTLEMENT:
        text = words["treat_settlement"].format(
            amount=money_text(term.amount or ZERO, currency, language))
    else:
        text = words["treat_contract" if term.treatment == "contract" else "treat_share"]
    if term.pause_months:
        text += words["treat_pause"].format(months=term.pause_months)
    return text


def _proposal(w: _Writer, case: Data, request: LetterRequest, result: PlanResult | None,
              term: TermIn, contact: Data | None, since: Estimate | None) -> list[Block]:
    blocks = [Block("h", w.say("h_proposal"))]
    rows = result.schedule.for_debt(request.debt) if result else []
    paid = [r for r in rows if r.payment_c > 0]
    forgiven = sum((r.forgiven for r in rows), ZERO)
    if request.kind == "confirmation":
        assert contact is not None
        blocks += _confirmation(w, case, request, contact)
        return blocks
    if not paid:
        blocks.append(Block("p", w.say("no_payments")))
        return blocks
    span = {"first": w.date(paid[0].date), "last": w.date(paid[-1].date),
            "paid": w.money(sum((r.payment for r in paid), ZERO))}
    if request.kind == "settlement":
        settled = paid[0]
        if settled.closing_c != 0:
            # Offering money the plan cannot find would set the person up to fail.
            raise DomainError(i18n.t("letter_settlement_unfunded", debt=shorten(request.debt),
                                     month=settled.month))
        blocks.append(Block("p", w.say("settlement", date=w.date(settled.date),
                                       amount=w.money(settled.payment),
                                       forgiven=w.money(forgiven))))
        return blocks
    elif request.kind == "waiver":
        blocks.append(Block("p", w.say("waiver", **span)))
    elif request.kind == "moratorium":
        blocks.append(Block("p", w.say("moratorium", months=term.pause_months, **span)))
    else:
        amounts = {r.payment_c for r in paid[:-1]}
        if len(amounts) <= 1 and paid[-1].payment_c == paid[0].payment_c:
            key = "installment_equal"
        elif len(amounts) == 1:
            key = "installment_last"
        else:
            key = "installment_varies"
        blocks.append(Block("p", w.say(key, count=len(paid), amount=w.money(paid[0].payment),
                                       last_amount=w.money(paid[-1].payment), **span)))
    if request.kind in ("installment", "moratorium"):
        asks = []
        if term.freeze_interest:
            asks.append(w.say("freeze"))
            if since is not None and since.accrued > 0:
                asks.append(w.say("waive_since", accrued=w.money(since.accrued)))
        fees = w.debt["balance"]["fees"]
        if term.waive_fees and fees > 0:
            asks.append(w.say("waive", fees=w.money(fees)))
        if forgiven > 0 and not (term.waive_fees and forgiven == fees):
            asks.append(w.say("forgiven_total", forgiven=w.money(forgiven)))
        if asks:
            blocks.append(Block("p", ("" if w.lang == "zh" else " ").join(asks)))
    blocks += [Block("p", w.say("plan_schedule")), Block("table", table=_schedule(w, paid))]
    if result is not None and not result.schedule.affordable:
        blocks.append(Block("p", w.say("unaffordable")))
    return blocks


def _schedule(w: _Writer, paid: Sequence[Row]) -> Table:
    rows = tuple((str(i), w.date(r.date), w.money(r.payment), w.money(r.closing))
                 for i, r in enumerate(paid, 1))
    return Table((w.say("col_no"), w.say("col_due"), w.say("col_payment"),
                  w.say("col_remaining")), rows, ("r", "l", "r", "r"))


def _confirmation(w: _Writer, case: Data, request: LetterRequest,
                  contact: Data) -> list[Block]:
    channel = CHANNELS[w.lang].get(contact["channel"] or "other", CHANNELS[w.lang]["other"])
    agent = (contact["agent"] or "").strip() or w.say("confirmation_agent_unknown")
    text = w.say("confirmation", when=datetime_text(contact["at"], w.lang), channel=channel,
                 agent=agent)
    offer = contact.get("offer")
    if offer and offer.get("monthly") is not None and offer.get("months"):
        text += (" " if w.lang == "en" else "") + w.say(
            "offer_monthly", monthly=w.money(offer["monthly"]), months=offer["months"])
    elif offer and offer.get("lump_sum") is not None:
        text += (" " if w.lang == "en" else "") + w.say("offer_lump",
                                                        lump=w.money(offer["lump_sum"]))
    if offer and offer.get("note"):
        text += w.say("offer_note", note=offer["note"])
    blocks = [Block("p", text)]
    if (contact.get("summary") or "").strip():
        blocks.append(Block("p", w.say("confirmation_summary",
                                       summary=" ".join(contact["summary"].split()))))
    agreements = [a for a in case["agreements"] if a["debt"] == request.debt
                  and a["installments"]]
    if agreements:
        latest = max(agreements, key=lambda a: a["agreed_on"])
        rows = tuple((str(i), w.date(item["due"]), w.money(item["amount"]), "")
                     for i, item in enumerate(latest["installments"], 1))
        blocks += [Block("p", w.say("agreement_schedule")),
                   Block("table", table=Table((w.say("col_no"), w.say("col_due"),
                                               w.say("col_payment")),
                                              tuple(r[:3] for r in rows), ("r", "l", "r")))]
    blocks += [Block("p", w.say("confirmation_ask")),
               Block("ol", items=SIX_POINTS[w.lang])]
    return blocks


def enclosures(case: Data, debt: str, language: str) -> list[str]:
    """Reviewed evidence linked to the debt, then reviewed hardship proof linked to none:
    what a letter encloses and what the person has ready to send when they call."""
    words, names = TEXTS[language], CATEGORIES[language]
    chosen = [e for e in case["evidence"] if e["reviewed"] and debt in e["debts"]]
    chosen += [e for e in case["evidence"] if e["reviewed"] and not e["debts"]
               and e["category"] in HARDSHIP_PROOF]
    items = []
    for e in chosen:
        title = (e["title"] or "").strip() or names.get(e["category"] or "other", names["other"])
        when = words["enclosure_date"].format(date=date_text(e["document_date"], language)) \
            if e["document_date"] else ""
        items.append(words["enclosure"].format(title=title, date=when))
    return items


def _how_to_reach(w: _Writer, person: Data) -> str:
    parts = [person[k] for k in ("phone", "email") if person.get(k)]
    return ("，" if w.lang == "zh" else " or ").join(parts)

