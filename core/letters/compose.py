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
from datetime import date

from core import i18n
from core.debts.agreements import SIX_POINTS
from core.debts.progress import Estimate
from core.errors import DomainError
from core.letters.document import Block, Letter, Table
from core.letters.formatting import datetime_text
from core.letters.parts import (
    PAPERS,
    Data,
    LetterRequest,
    Writer,
    closing_blocks,
    enclosures,
    finance_blocks,
    frame,
    hardship_blocks,
    opening,
    treatment_text,
)
from core.letters.quote import chosen_contact, quote_blocks, staff_text, with_offer
from core.letters.since_statement import since_statement, since_text
from core.letters.wording import CHANNELS, QUOTE_CHANNELS
from core.money import ZERO
from core.plans.engine_types import SETTLEMENT, Row, TermIn
from core.plans.plans import PlanResult, case_from_data, run
from core.schema import shorten

__all__ = ["PAPERS", "Data", "LetterRequest", "compose", "enclosures", "treatment_text"]


# --- composing -------------------------------------------------------------------------------

def compose(case: Data, request: LetterRequest, result: PlanResult | None = None) -> Letter:
    """The letter `request` asks for. `result` is the plan's run, when a plan is named (the
    caller may pass it to save running the plan again). A complaint about a collector's
    conduct is written by core.letters.complaint."""
    if request.kind == "complaint":
        from core.letters.complaint import compose_complaint

        return compose_complaint(case, request)
    w = Writer(case, request)
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
    contact = chosen_contact(case, request)
    person = case.get("person") or {}
    on = request.on or date.today()

    title = w.say(f"subject_{request.kind}", product=w.product(), account=w.account())
    since = since_statement(w.debt, case.get("payments") or [], on)
    proposes = result is not None and request.kind != "confirmation"
    body: list[Block] = [Block("p", opening(w, person, since_text(
        since, w.say, w.money, w.date, proposes)))]
    body += hardship_blocks(w, case, request)
    body += finance_blocks(w, case, result)
    body += _proposal(w, case, request, result, term, contact, since)
    enclosed = enclosures(case, w.debt["ref"], w.lang, id_card=request.id_card)
    body += closing_blocks(w, person, enclosed)
    return frame(w, person, title, on, body, enclosed)


def _plan(case: Data, request: LetterRequest) -> Data | None:
    if request.plan is None:
        return None
    plans: list[Data] = case["plans"]
    for plan in plans:
        if plan["name"] == request.plan:
            return plan
    raise DomainError(i18n.t("unknown_plan", name=shorten(request.plan)))


def _proposal(w: Writer, case: Data, request: LetterRequest, result: PlanResult | None,
              term: TermIn, contact: Data | None, since: Estimate | None) -> list[Block]:
    blocks = [Block("h", w.say("h_proposal_confirmation" if request.kind == "confirmation"
                               else "h_proposal"))]
    rows = result.schedule.for_debt(request.debt) if result else []
    paid = [r for r in rows if r.payment_c > 0]
    forgiven = sum((r.forgiven for r in rows), ZERO)
    if request.kind == "confirmation":
        assert contact is not None
        blocks += _confirmation(w, case, request, contact)
        return blocks
    blocks += quote_blocks(w, contact)  # the call the proposal answers, when one is chosen
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
            asks.append(w.say("freeze_since", accrued=w.money(since.accrued))
                        if since is not None and since.accrued > 0 else w.say("freeze"))
        fees = w.debt["balance"]["fees"]
        if term.waive_fees and fees > 0:
            asks.append(w.say("waive_also" if asks else "waive", fees=w.money(fees)))
        if forgiven > 0 and not (term.waive_fees and forgiven == fees):
            asks.append(w.say("forgiven_total", forgiven=w.money(forgiven)))
        if asks:
            blocks.append(Block("p", ("" if w.lang == "zh" else " ").join(asks)))
    rule = _rule(w, request, term)
    if rule:
        blocks.append(Block("p", rule))
    blocks += [Block("p", w.say("plan_schedule")), Block("table", table=_schedule(w, paid))]
    if result is not None and not result.schedule.affordable:
        blocks.append(Block("p", w.say("unaffordable")))
    return blocks


# The debts each cited rule covers: art. 70 binds card issuers alone; CONC covers regulated
# consumer credit (mortgages come under MCOB instead).
_CONC_KINDS = ("credit_card", "consumer_credit", "personal_loan", "online_loan", "car_loan")


def _rule(w: Writer, request: LetterRequest, term: TermIn) -> str:
    """The rule the proposal may rest on, only for the debts it covers: a Chinese card's
    instalment plan of up to five years, a UK lender's duty of forbearance."""
    country = w.country
    kind = w.debt["kind"]
    if (country == "CN" and kind == "credit_card" and request.kind == "installment"
            and term.treatment == "installments" and (term.months or 0) <= 60):
        return w.say("rule_card_cn")
    if country == "GB" and kind in _CONC_KINDS:
        return w.say("rule_conc_gb")
    return ""


def _schedule(w: Writer, paid: Sequence[Row]) -> Table:
    rows = tuple((str(i), w.date(r.date), w.money(r.payment), w.money(r.closing))
                 for i, r in enumerate(paid, 1))
    return Table((w.say("col_no"), w.say("col_due"), w.say("col_payment"),
                  w.say("col_remaining")), rows, ("r", "l", "r", "r"))


def _confirmation(w: Writer, case: Data, request: LetterRequest,
                  contact: Data) -> list[Block]:
    channel = CHANNELS[w.lang].get(contact["channel"] or "other", CHANNELS[w.lang]["other"])
    agent = staff_text(w, contact)  # 贵行工作人员陈先生（工号61555）, as much as was noted
    how = QUOTE_CHANNELS[w.lang].get(contact["channel"] or "other", "")  # " by phone"
    text = w.say("confirmation", when=datetime_text(contact["at"], w.lang), channel=channel,
                 how=how, agent=agent)
    blocks = [Block("p", with_offer(w, text, contact.get("offer"), "offer"))]
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


