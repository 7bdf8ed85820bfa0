"""The "before you call" sheet: one debt, everything to have at hand on the phone.

`brief` is pure, like core.letters.compose.compose: case data (validated form) in, a `Letter` out,
with no sender, recipient, salutation or signature, so core.letters.pdf lays it out as a
sheet rather than a letter. It draws on the same sources a letter does (the overdue figures,
the financial statement, the plan engine, the enclosure rule), so what the person says on the
phone matches what they later put in writing. The full account number never appears.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from core import i18n
from core.case.situation import budget_totals
from core.debts.overdue import days_overdue, is_overdue, waiting_cost
from core.errors import DomainError
from core.letters.brief_wording import OUTCOMES, TEXTS
from core.letters.document import Block, Letter, Table, has_cjk
from core.letters.formatting import date_text, last4, money_text
from core.letters.parts import PAPERS, enclosures, treatment_text
from core.letters.wording import CHANNELS, KINDS
from core.letters.wording import TEXTS as LETTER_TEXTS
from core.money import ZERO
from core.plans.engine_types import SETTLEMENT
from core.plans.plans import case_from_data, run
from core.schema import shorten

Data = dict[str, Any]
WAITS = (30, 90, 180)  # days: the horizons the Debts tab shows too
RECENT = 5  # contacts listed
HARDSHIP_CHARS = 150
SUMMARY_CHARS = 120


def brief(case: Data, debt_ref: str, language: str, today: date,
          paper: str = "a4") -> Letter:
    """The sheet for the debt `debt_ref`, in `language`, as things stand on `today`."""
    if language not in TEXTS:
        raise DomainError(i18n.t("letter_language", language=shorten(language)))
    if paper not in PAPERS:
        raise DomainError(i18n.t("letter_paper", paper=shorten(paper)))
    debts = {d["ref"]: d for d in case["debts"]}
    if debt_ref not in debts:
        raise DomainError(i18n.t("unknown_debt", ref=shorten(debt_ref)))
    s = _Sheet(case, debts[debt_ref], language, today)
    body = [*s.account(), *s.balance(), *s.hardship(), *s.finances()]
    offer, say_offer = s.offer()
    body += offer
    items = enclosures(case, debt_ref, language)
    body.append(Block("h", s.say("h_evidence")))
    body.append(Block("ol", items=tuple(items)) if items else
                Block("p", s.say("evidence_none")))
    body += s.contacts()
    body += [Block("h", s.say("h_say")),
             Block("ol", items=tuple(s.say("say", offer=say_offer).split("|")))]
    creditor = s.debt["creditor"] or debt_ref
    return Letter(
        language=language, paper=paper, title=s.say("title", creditor=creditor),
        author=(case.get("person") or {}).get("name") or "", sender=(), recipient=(),
        date_line=s.say("prepared", date=s.date(today)), salutation="", body=tuple(body),
        closing=(), signature=(), page_label=LETTER_TEXTS[language]["page"],
        enclosures=tuple(items), compact=True)


def chosen_plan(case: Data) -> Data | None:
    """The plan the person negotiates with: the accepted one if any, else the first."""
    plans = case["plans"]
    return next((p for p in plans if p["status"] == "accepted"), plans[0] if plans else None)


def build_pdf(case: Data, debt_ref: str, language: str, today: date) -> tuple[Letter, bytes]:
    """Compose and lay out the sheet (ReportLab is imported here, on first use)."""
    from core.letters.pdf import render

    sheet = brief(case, debt_ref, language, today)
    return sheet, render(sheet)


class _Sheet:
    def __init__(self, case: Data, debt: Data, language: str, today: date) -> None:
        self.case, self.debt, self.lang, self.today = case, debt, language, today
        self.words = TEXTS[language]
        self.currency = case.get("currency") or "CNY"

    def say(self, key: str, **params: object) -> str:
        return self.words[key].format(**params)

    def money(self, amount: Decimal) -> str:
        return money_text(amount, self.currency, self.lang)

    def date(self, when: date) -> str:
        return date_text(when, self.lang)

    def account(self) -> list[Block]:
        d = self.debt
        kinds = KINDS[self.lang]
        parts = [self.say("creditor", creditor=d["creditor"] or d["ref"]),
                 self.say("product", product=d["product"] or
                          kinds.get(d["kind"] or "other", kinds["other"]))]
        tail = last4(d["account"] or "")
        if tail:
            parts.append(self.say("account", last4=tail))
        contact = d.get("contact") or {}
        if (contact.get("phone") or "").strip():
            parts.append(self.say("phone", phone=contact["phone"].strip()))
        if (contact.get("note") or "").strip():
            parts.append(self.say("contact_note", note=_one_line(contact["note"])))
        return [Block("h", self.say("h_account")), Block("p", self.say("join").join(parts))]

    def balance(self) -> list[Block]:
        b = self.debt["balance"]
        total = b["principal"] + b["interest"] + b["fees"]
        owed = Table(
            tuple(self.say(k) for k in ("col_as_of", "col_principal", "col_interest",
                                        "col_fees", "col_total")),
            ((self.date(b["as_of"]), self.money(b["principal"]), self.money(b["interest"]),
              self.money(b["fees"]), self.money(total)),), ("l", "r", "r", "r", "r"))
        days = days_overdue(self.debt, self.today)
        late = self.say("overdue_days", days=days) if is_overdue(self.debt) else \
            self.say("not_overdue")
        waiting = Table(
            (self.say("col_overdue"), *(self.say("col_wait", days=n) for n in WAITS)),
            ((late, *(self.say("more", amount=self.money(waiting_cost(self.debt, n, self.today)))
                      for n in WAITS)),), ("l", "r", "r", "r"))
        sentences = []
        paid = [p for p in self.case["payments"]
                if p["debt"] == self.debt["ref"] and p["date"] > b["as_of"]]
        if paid:  # the plan counts them; the person should know the creditor may not yet
            sentences.append(self.say("paid_since", amount=self.money(
                sum((p["amount"] for p in paid), ZERO)), date=self.date(max(
                    p["date"] for p in paid))))
        if is_overdue(self.debt):
            sentences.append(self.say("overdue_since",
                                      since=self.date(self.debt["overdue_since"])))
        sentences.append(self.say("wait_note"))
        note = ("" if self.lang == "zh" else " ").join(sentences)
        return [Block("h", self.say("h_balance")), Block("table", table=owed),
                Block("table", table=waiting), Block("p", note)]

    def hardship(self) -> list[Block]:
        hardship = self.case.get("hardship") or {}
        text = _abridge(hardship.get("statement") or "", HARDSHIP_CHARS, self.lang)
        if not text:
            text = self.say("hardship_none")
        recovery = _one_line(hardship.get("expected_recovery") or "").rstrip("。.")
        if recovery:  # a sentence in the person's own words: its script decides the stop
            text += f"{recovery}。" if has_cjk(recovery) else f" {recovery}."
        return [Block("h", self.say("h_hardship")), Block("p", text)]

    def finances(self) -> list[Block]:
        blocks = [Block("h", self.say("h_finances"))]
        budget = self.case.get("budget")
        if budget is None:
            return [*blocks, Block("p", self.say("no_budget"))]
        totals = budget_totals(budget)
        table = Table((self.say("col_income"), self.say("col_expenses"), self.say("col_left")),
                      ((self.money(totals["income"]), self.money(totals["expenses"]),
                        self.money(totals["left"])),), ("r", "r", "r"))
        return [*blocks, Block("table", table=table)]

    def offer(self) -> tuple[list[Block], str]:
        """The plan's offer to this creditor, and the same in a few words for the call."""
        plan = chosen_plan(self.case)
        if plan is None:
            return [Block("h", self.say("h_no_plan")), Block("p", self.say("no_plan"))], \
                self.say("say_no_plan")
        status = self.say("plan_" + (plan["status"] or "draft"))
        blocks = [Block("h", self.say("h_offer", plan=plan["name"], status=status))]
        result = run(case_from_data(self.case), plan)
        ref = self.debt["ref"]
        term = result.plan.term(ref)
        rows = result.schedule.for_debt(ref)
        paid = [r for r in rows if r.payment_c > 0]
        if not paid:
            return [*blocks, Block("p", self.say("offer_none"))], self.say("say_no_plan")
        treatment = treatment_text(term, self.lang, self.currency)
        if self.lang == "en":
            treatment = treatment[:1].upper() + treatment[1:]
        first, count = paid[0], len(paid)
        total = sum((r.payment for r in paid), ZERO)
        forgiven = sum((r.forgiven for r in rows), ZERO)
        figures = {"treatment": treatment, "first": self.date(first.date),
                   "last": self.date(paid[-1].date), "amount": self.money(first.payment),
                   "last_amount": self.money(paid[-1].payment),
                   "count": count, "total": self.money(total), "forgiven": self.money(forgiven)}
        if rows[-1].closing_c > 0:
            key = "open"  # the plan never clears this debt: say so, never "cleared by"
        elif term.treatment == SETTLEMENT and first.closing_c == 0:
            key = "settlement"
        elif {r.payment_c for r in paid[:-1]} <= {first.payment_c}:
            key = "equal" if paid[-1].payment_c == first.payment_c else "last"
        else:
            key = "varies"
        sentences = [self.say("offer_" + key, **figures)]
        fees = self.debt["balance"]["fees"]
        if term.freeze_interest:
            sentences.append(self.say("ask_freeze"))
        if term.waive_fees and fees > 0:
            sentences.append(self.say("ask_waive", fees=self.money(fees)))
        if len(self.case["debts"]) > 1 and term.treatment not in (SETTLEMENT, "contract"):
            sentences.append(self.say("shared", count=len(self.case["debts"]),
                                      budget=self.money(result.plan.monthly_budget)))
        blocks.append(Block("p", ("" if self.lang == "zh" else " ").join(sentences)))
        if not result.schedule.affordable:
            blocks.append(Block("p", self.say("unaffordable")))
        return blocks, self.say("say_offer_" + key, **figures)

    def contacts(self) -> list[Block]:
        blocks = [Block("h", self.say("h_contacts"))]
        mine = _with_creditor(self.case, self.debt)[:RECENT]
        if not mine:
            return [*blocks, Block("p", self.say("contacts_none"))]
        channels, outcomes = CHANNELS[self.lang], OUTCOMES[self.lang]
        rows = []
        for c in mine:
            follow = ""
            if c["follow_up"] is not None:
                follow = c["follow_up"].isoformat()
                if c["follow_up_done"]:
                    follow = self.say("follow_up_done", date=follow)
            rows.append((c["at"].strftime("%Y-%m-%d %H:%M"),
                         channels.get(c["channel"] or "other", channels["other"]),
                         _one_line(c["agent"] or ""),
                         outcomes.get(c["outcome"] or "other", outcomes["other"]),
                         self._contact_offer(c.get("offer")), follow))
        header = tuple(self.say(k) for k in ("col_when", "col_channel", "col_agent",
                                             "col_outcome", "col_offer", "col_follow_up"))
        # Dates, channel and outcome stay on one line; the agent and the offer wrap.
        blocks.append(Block("table", table=Table(header, tuple(rows), ("l",) * 6,
                                                 keep=(0, 1, 3, 5))))
        summary = _abridge(mine[0]["summary"] or "", SUMMARY_CHARS, self.lang)
        if summary:
            blocks.append(Block("p", self.say("last_summary", summary=summary)))
        return blocks

    def _contact_offer(self, offer: Data | None) -> str:
        if not offer:
            return ""
        parts = []
        if offer.get("monthly") is not None and offer.get("months"):
            parts.append(self.say("contact_offer_monthly", monthly=self.money(offer["monthly"]),
                                  months=offer["months"]))
        elif offer.get("lump_sum") is not None:
            parts.append(self.say("contact_offer_lump", lump=self.money(offer["lump_sum"])))
        if (offer.get("note") or "").strip():
            parts.append(_one_line(offer["note"]))
        return ("，" if self.lang == "zh" else ", ").join(parts)


def _with_creditor(case: Data, debt: Data) -> list[Data]:
    """Contacts about this debt or another debt owed to the same creditor, newest first: a
    call to 支付宝 about 借呗 is still the last time they spoke to 支付宝."""
    same = {d["ref"] for d in case["debts"]
            if d["ref"] == debt["ref"] or (debt["creditor"] and d["creditor"] == debt["creditor"])}
    mine = [c for c in case["contacts"] if same & set(c["debts"])]
    return sorted(mine, key=lambda c: c["at"], reverse=True)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _abridge(text: str, limit: int, language: str) -> str:
    """The first `limit` characters or so, on one line, with an ellipsis if cut. English is
    cut at a word boundary when one is near."""
    cjk = has_cjk(text)
    flat = "".join(text.split()) if cjk else _one_line(text)
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    if not cjk and " " in cut[limit * 2 // 3:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,.;:，。；：、") + "…"
