"""What every letter has, whatever it asks: the writer that words it in the letter's language,
the opening about the account, the hardship and financial statements, the enclosures, the
closing requests, and the sender and creditor blocks around the body.

core.letters.compose (the proposal letters) and core.letters.complaint (a complaint about a
collector's conduct) build their bodies from these, so every kind of letter states the same
facts the same way.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from core import i18n
from core.calllog.clocks import MAX_REPLY_DAYS, reply_days
from core.calllog.conduct import country_for
from core.case.situation import budget_totals, kept_back, savings_allowance
from core.errors import DomainError
from core.letters.document import Block, Letter, Table, has_cjk
from core.letters.formatting import date_text, last4, mask_id, money_text
from core.letters.wording import (
    CATEGORIES,
    KEPT_REASONS,
    KINDS,
    LETTER_KINDS,
    OWN_REASON,
    TEXTS,
)
from core.money import ZERO
from core.plans.engine_types import SETTLEMENT, TermIn
from core.plans.plans import PlanResult
from core.schema import fail, shorten

Data = dict[str, Any]

PAPERS = ("a4", "letter")
HARDSHIP_PROOF = ("income_proof", "medical", "unemployment", "bank_statement", "hardship_other")

@dataclass(frozen=True, slots=True)
class LetterRequest:
    debt: str  # the debt's ref
    kind: str
    language: str = "zh"
    plan: str | None = None  # the plan's name
    contact: str | None = None  # a call to quote, by ref (a confirmation has a default:
    # core.letters.quote.chosen_contact)
    paper: str = "a4"
    show_id: bool = False
    on: date | None = None  # the letter's date (default today)
    hardship: str | None = None  # replaces the case's hardship statement when given
    extra: str = ""  # a paragraph of the person's own
    to: str = "creditor"  # or, for a complaint, "regulator": the person's country's regulator
    id_card: bool = False  # a copy of the ID card is enclosed (one line; no image is embedded)
    # The days the creditor is asked to reply within; None: what the clock that recording
    # the letter as sent starts gives the kind in the case's country (clocks.reply_days).
    reply_days: int | None = None
    # Why the plan keeps back some of what is left each month: one of KEPT_REASONS, or
    # OWN_REASON with the person's sentence in kept_reason_text; "" for none given.
    kept_reason: str = ""
    kept_reason_text: str = ""


class Writer:
    def __init__(self, case: Data, request: LetterRequest) -> None:
        if request.kind not in LETTER_KINDS:
            raise DomainError(i18n.t("letter_kind", kind=shorten(request.kind),
                                     choices=", ".join(LETTER_KINDS)))
        if request.language not in TEXTS:
            raise DomainError(i18n.t("letter_language", language=shorten(request.language)))
        if request.paper not in PAPERS:
            raise DomainError(i18n.t("letter_paper", paper=shorten(request.paper)))
        if request.to not in ("creditor", "regulator") or (
                request.to == "regulator" and request.kind != "complaint"):
            raise DomainError(i18n.t("letter_addressee", to=shorten(request.to)))
        if request.reply_days is not None and not 1 <= request.reply_days <= MAX_REPLY_DAYS:
            raise fail(("reply_days",), "int_range", lo=1, hi=MAX_REPLY_DAYS)
        reasons = (*KEPT_REASONS, OWN_REASON)
        if request.kept_reason and request.kept_reason not in reasons:
            raise fail(("kept_reason",), "not_choice", value=shorten(request.kept_reason),
                       choices=", ".join(reasons))
        self.case, self.request = case, request
        self.lang = request.language
        self.words = TEXTS[self.lang]
        self.currency = case.get("currency") or "CNY"
        self.country = country_for(self.currency, case.get("country"))
        debts = {d["ref"]: d for d in case["debts"]}
        if request.debt not in debts:
            raise DomainError(i18n.t("unknown_debt", ref=shorten(request.debt)))
        self.debt = debts[request.debt]
        # A bank is addressed as 贵行, anyone else as 贵公司.
        creditor = self.debt["creditor"] or ""
        self.you = "贵行" if "银行" in creditor or self.debt["kind"] == "credit_card" else "贵公司"
        if request.to == "regulator":
            self.you = "贵单位"

    def say(self, key: str, **params: object) -> str:
        """The letter's words for `key`; to a regulator, its own wording where there is one
        (`key` + "_r": the creditor named, not addressed)."""
        if self.request.to == "regulator" and key + "_r" in self.words:
            key += "_r"
        text = self.words[key].format(**params)
        return text.replace("贵方", self.you) if self.lang == "zh" else text

    def reply_days(self) -> int:
        """The days the letter gives the creditor to reply: the person's choice, else the
        clock's default for the kind, so the letter asks for what the call log will wait."""
        if self.request.reply_days is not None:
            return self.request.reply_days
        return reply_days(self.request.kind, self.country)

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


def paragraphs(text: str) -> list[str]:
    return [" ".join(part.split()) if not has_cjk(part) else "".join(part.split())
            for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()] or []


def opening(w: Writer, person: Data, since: str = "") -> str:
    """The account, what it owed on the statement, `since` (what it owes by the letter's
    date, core.letters.since_statement), how long it has been overdue, then what the letter
    asks: a proposal considered, or an agreement confirmed."""
    balance = w.debt["balance"]
    total = balance["principal"] + balance["interest"] + balance["fees"]
    overdue = w.debt.get("overdue_since")
    status = w.say("overdue_since", since=w.date(overdue)) if overdue else ""
    ask = w.say("opening_ask_confirmation" if w.request.kind == "confirmation"
                else "opening_ask")
    return w.say("opening", name=person.get("name") or "", product=own_product(w),
                 account=w.account(), as_of=w.date(balance["as_of"]), total=w.money(total),
                 principal=w.money(balance["principal"]), interest=w.money(balance["interest"]),
                 fees=w.money(balance["fees"]), since=since, status=status, ask=ask)


def own_product(w: Writer) -> str:
    """The product as "贵方…" says it: "贵行信用卡", not "贵行招商银行信用卡" (the bank's
    name said twice, once as 贵行)."""
    product = w.product()
    creditor = w.debt.get("creditor") or ""
    if w.lang == "zh" and "银行" in creditor:
        bank = creditor[:creditor.index("银行") + 2]
        if product.startswith(bank) and len(product) > len(bank):
            return product[len(bank):]
    return product


def uses_hardship(kind: str, plan: str | None) -> bool:
    """Whether a letter of `kind` tells the person's circumstances: every proposal and
    confirmation does; a complaint only with a plan named (its context)."""
    return kind != "complaint" or plan is not None


def hardship_blocks(w: Writer, case: Data, request: LetterRequest) -> list[Block]:
    hardship = case.get("hardship") or {}
    statement = request.hardship if request.hardship is not None else \
        hardship.get("statement") or ""
    blocks = [Block("h", w.say("h_hardship"))]
    written = paragraphs(statement)
    blocks += [Block("p", p) for p in written] or [Block("p", w.say("hardship_none"))]
    tail = []
    if hardship.get("since"):
        tail.append(w.say("hardship_since", since=w.date(hardship["since"])))
    if hardship.get("expected_recovery"):
        tail.append(hardship["expected_recovery"].strip().rstrip("。.") +
                    ("。" if w.lang == "zh" else "."))
    if tail:
        blocks.append(Block("p", ("" if w.lang == "zh" else " ").join(tail)))
    return blocks


def finance_blocks(w: Writer, case: Data, result: PlanResult | None) -> list[Block]:
    blocks = [Block("h", w.say("h_finances"))]
    household = case.get("household")
    if household:
        adults, children = household["adults"], household["children"]
        if w.lang == "en":  # "2 adults, 1 child": the word follows the number
            adults = w.say("adults", n=adults).split("|")[min(adults, 2) - 1 if adults else 1]
            children = w.say("children", n=children).split("|")[min(children, 2)]
        blocks.append(Block("p", w.say("household", adults=adults, children=children)))
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
            said = w.say("kept_back", left=w.money(totals["left"]),
                         budget=w.money(result.plan.monthly_budget), kept=w.money(kept))
            blocks.append(Block("p", _with_reason(w, said)))
    if result is not None:
        blocks += _creditors(w, case, result)
    return blocks


def _with_reason(w: Writer, said: str) -> str:
    """The figures of what the plan keeps back, then why, as the person chose it (the letter
    says no reason it was not given: the figures alone then)."""
    reason, own = w.request.kept_reason, " ".join(paragraphs(w.request.kept_reason_text))
    if reason == OWN_REASON and own:
        stop = "。" if w.lang == "zh" else "."
        why = own if own[-1] in "。！？.!?" else own + stop
    elif reason in KEPT_REASONS:
        why = w.say(f"kept_{reason}")
    else:
        return said
    return said + ("" if w.lang == "zh" else " ") + why


def _creditors(w: Writer, case: Data, result: PlanResult) -> list[Block]:
    rows = []
    owed_total = ZERO
    schedule, terms = result.schedule, result.plan.terms_by_debt()
    opening = {r.debt: r.opening for r in schedule.rows[:len(schedule.rows) // schedule.months]
               } if schedule.months else {}  # month 1: what each owes as the plan starts
    firsts = schedule.first_payments()
    for debt in case["debts"]:
        ref = debt["ref"]
        owed = opening.get(ref, ZERO)
        owed_total += owed
        first = firsts.get(ref)
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


def enclosable(case: Data, debt: str | None) -> list[Data]:
    """The documents a letter about `debt` encloses once they are checked: the debt's own,
    then hardship proof linked to no debt."""
    evidence = case["evidence"]
    return [e for e in evidence if debt in e["debts"]] + [
        e for e in evidence if not e["debts"] and e["category"] in HARDSHIP_PROOF]


def enclosures(case: Data, debt: str, language: str, id_card: bool = False) -> list[str]:
    """Reviewed evidence linked to the debt, then reviewed hardship proof linked to none:
    what a letter encloses and what the person has ready to send when they call. With
    `id_card`, a copy of the ID card first (said in one line, whatever the store holds)."""
    words, names = TEXTS[language], CATEGORIES[language]
    chosen = [e for e in enclosable(case, debt) if e["reviewed"]]
    items = [words["enclosure_id_card"]] if id_card else []
    for e in chosen:
        title = (e["title"] or "").strip() or names.get(e["category"] or "other", names["other"])
        when = words["enclosure_date"].format(date=date_text(e["document_date"], language)) \
            if e["document_date"] else ""
        items.append(words["enclosure"].format(title=title, date=when))
    return items


def how_to_reach(w: Writer, person: Data) -> str:
    parts = [person[k] for k in ("phone", "email") if person.get(k)]
    return ("，" if w.lang == "zh" else " or ").join(parts)


ENCLOSURE_KEYS = ("h_enclosures", "enclosures_intro", "enclosures_none")


def closing_blocks(w: Writer, person: Data, enclosed: list[str], reply: str | None = None,
                   keys: tuple[str, str, str] = ENCLOSURE_KEYS,
                   context: Sequence[Block] = (), also: str = "",
                   thanks: str = "thanks") -> list[Block]:
    """The enclosures (heading, introduction, or what is said when there are none: `keys`;
    then `also`, a paper enclosed beside the listed ones), the request for a written reply,
    how to reach the person, their own paragraph, any `context`, and the thanks: the end of
    every letter's body."""
    request = w.request
    heading, intro, none = keys
    body = [Block("h", w.say(heading))]
    if enclosed:
        body += [Block("p", w.say(intro)), Block("ol", items=tuple(enclosed))]
    else:
        body.append(Block("p", w.say(none)))
    if also:
        body.append(Block("p", also))
    if reply is None:  # a settlement and a confirmation ask for their own kind of answer
        own = f"reply_{request.kind}"
        reply = w.say(own if own in w.words else "reply", days=w.reply_days())
    body += [Block("h", w.say("h_reply")), Block("p", reply)]
    how = how_to_reach(w, person)
    if how:
        body.append(Block("p", w.say("contact_me", how=how)))
    if request.extra.strip():
        body += [Block("h", w.say("h_other"))] + [Block("p", p) for p in paragraphs(
            request.extra)]
    body += context
    body.append(Block("p", w.say(thanks)))
    return body


def frame(w: Writer, person: Data, title: str, on: date, body: list[Block],
          enclosed: list[str], to: tuple[str, str] | None = None) -> Letter:
    """The letter around its body: the sender's and the creditor's blocks, date, salutation,
    closing and signature lines. `to`: another addressee (a name and an address line)
    instead of the creditor."""
    request = w.request
    own = "_complaint" if request.kind == "complaint" and w.lang == "zh" else ""
    sender = [w.say("applicant" + own, name=person.get("name") or "")]
    if person.get("id_number"):
        shown = person["id_number"] if request.show_id else mask_id(person["id_number"])
        sender.append(w.say("id_number", id=shown))
    for key in ("phone", "email", "address"):
        if person.get(key):
            sender.append(w.say(key, **{key: person[key]}))
    contact_info = w.debt.get("contact") or {}
    addressee = to[0] if to else w.creditor
    recipient = [w.say("to", creditor=addressee)]
    if to is not None:
        recipient += [to[1]] if to[1] else []
    else:
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
                                                                   creditor=addressee),
        body=tuple(numbered(body, w.lang)), closing=closing,
        signature=(w.say("sign" + own), w.say("sign_date")), page_label=w.words["page"],
        enclosures=tuple(enclosed), dated=on)


_ZH_NUMBERS = "一二三四五六七八九十"


def numbered(body: Sequence[Block], language: str) -> list[Block]:
    """The body with its headings numbered in order (一、二、… or 1. 2. …), so a section
    left out (no paragraph of the person's own) leaves no gap in the numbers."""
    out, n = [], 0
    for block in body:
        if block.kind == "h":
            n += 1
            mark = (_ZH_NUMBERS[n - 1] if n <= 10 else f"十{_ZH_NUMBERS[n - 11]}") + "、" \
                if language == "zh" else f"{n}. "
            block = Block("h", mark + block.text)
        out.append(block)
    return out
