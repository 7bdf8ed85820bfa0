"""The clock a letter starts: how long the creditor has to answer, and what to do when it has
not, per country, as data.

A letter recorded as sent becomes an outgoing `letter` contact whose follow-up is the day a
reply is due. A letter that asks for something (a proposal, a confirmation) waits
DEFAULT_REPLY_DAYS; a complaint waits what the regulator of the person's country gives the
firm where its rules give a limit (else COMPLAINT_REPLY_DAYS), and then points to that
regulator. `reply_days` is the one source of these numbers: every letter asks for a reply
within the days it gives (core.letters.parts.Writer.reply_days), unless the person chose
another number in the letter window, which then both the letter and the clock use. The
contact keeps the letter's kind in its outcome (LETTER_OUTCOMES), so the clock survives the
case file.

`standing` is as in conduct_rules: `binding` where the regulator's own text was read,
`reported` where only the regulator's description or the press could be checked; the texts
a person reads say "reported" then, and no article number is given that could not be checked.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from core.calllog.conduct_rules import BINDING, REPORTED, Text

DEFAULT_REPLY_DAYS = 30
# A complaint where no rule gives the firm a time: 15 days.
COMPLAINT_REPLY_DAYS = 15
MAX_REPLY_DAYS = 365
COMPLAINT = "complaint"  # the letter kind, and the clock of a complaint
LETTER = "letter"  # the clock of any other letter that awaits a reply

# The outcome a letter's contact is recorded with; any other kind is an offer made.
LETTER_OUTCOMES = {COMPLAINT: "escalated", "confirmation": "other"}
OFFER_MADE = "offer_made"

LETTER_STEP = Text("还没有回复：打电话给对方，要求对方书面答复。",
                   "No reply yet: call them and ask for a written answer.")


@dataclass(frozen=True, slots=True)
class ComplaintClock:
    reply_days: int  # how long the firm has before the next step opens
    regulator: Text
    limit: Text  # the regulator's own limit, in words
    next_step: Text  # what to do when the days have run out without an answer
    standing: str
    source: str  # where the limit comes from; provisions only where they were checked


COMPLAINT_CLOCKS: dict[str, ComplaintClock] = {
    # FCA Handbook DISP 1.6.2R: a final response within eight weeks; DISP 2.8.1R: the
    # Ombudsman can consider the complaint once the firm has sent its final response or
    # eight weeks have passed; DISP 2.8.2R: within six months of the final response.
    # https://www.handbook.fca.org.uk/handbook/DISP/2/8.html, .../DISP/1/6.html
    "GB": ComplaintClock(
        56,
        Text("金融申诉专员服务（Financial Ombudsman Service）",
             "the Financial Ombudsman Service"),
        Text("公司须在收到投诉后八周内给出最终答复；已给出最终答复或八周已过，金融申诉专员"
             "即可受理（须在最终答复之日起六个月内提出）。",
             "the firm must send its final response within eight weeks of receiving the "
             "complaint; once it has, or the eight weeks have passed, the Financial Ombudsman "
             "Service can take the complaint (within six months of the final response)."),
        Text("八周已过，仍未收到最终答复：可以把投诉交给金融申诉专员服务（Financial "
             "Ombudsman Service，免费），附上这封信和通话记录。",
             "Eight weeks have passed without a final response: you can take the complaint "
             "to the Financial Ombudsman Service (free of charge), with this letter and your "
             "call log."),
        BINDING,
        "FCA Handbook, DISP 1.6.2R, DISP 2.8.1R, DISP 2.8.2R"),
    # 《银行业保险业消费投诉处理管理办法》 (CBIRC, published 2020-01-17, in force 2020-03-01):
    # 15 days to decide and tell the complainant, up to 30 when complex, 30 more with
    # approval. Read in Xinhua's and Caixin's reports of 2020-01-17, not in the text itself,
    # so no article is named. Complaints to the regulator: hotline 12378, kept by the NFRA.
    "CN": ComplaintClock(
        15,
        Text("国家金融监督管理总局（原银保监会）",
             "the National Financial Regulatory Administration (formerly the CBIRC)"),
        Text("据报道，《银行业保险业消费投诉处理管理办法》（2020年）规定：银行保险机构应在"
             "收到投诉之日起15日内作出处理决定并告知投诉人，情况复杂的可延长至30日，"
             "情况特别复杂的经审批可再延长30日。",
             "reported: under the 2020 measures on consumer complaints in banking and "
             "insurance, a bank or insurer decides within 15 days of receiving a complaint "
             "and tells the complainant; up to 30 days when the case is complex, and 30 more "
             "with approval in special cases."),
        Text("投诉已满15天仍未收到处理决定：打电话询问，要求对方书面告知处理结果或延期理由；"
             "仍不答复或对结果不满意的，可以向国家金融监督管理总局投诉（12378 热线）。",
             "15 days and no decision on your complaint: call them and ask for their decision, "
             "or the reason for the delay, in writing; if they still do not answer or you "
             "disagree, complain to the National Financial Regulatory Administration "
             "(hotline 12378)."),
        REPORTED,
        "《银行业保险业消费投诉处理管理办法》（2020年），据新华社、财新 2020-01-17 报道"),
    # The CFPB's own description of its process: once it forwards a complaint, "companies
    # generally respond within 15 days" (all but the most complicated closed within 60). That
    # is for complaints made through the CFPB, not a letter sent to the company, which waits
    # the 15 days it asks for; the CFPB is the next step.
    # https://www.consumerfinance.gov/complaint/
    "US": ComplaintClock(
        COMPLAINT_REPLY_DAYS,
        Text("美国消费者金融保护局（CFPB）", "the Consumer Financial Protection Bureau (CFPB)"),
        Text("据 CFPB 介绍，通过 CFPB 提交的投诉，公司一般在15天内回复。",
             "reported by the CFPB: on complaints submitted through it, companies generally "
             "respond within 15 days."),
        Text("15天仍无回复：可以在 consumerfinance.gov/complaint 向 CFPB 提交投诉，"
             "公司一般会在15天内回复。",
             "No answer in 15 days: submit your complaint to the CFPB at "
             "consumerfinance.gov/complaint; companies generally respond within 15 days."),
        REPORTED,
        "CFPB, Submit a complaint (consumerfinance.gov/complaint)"),
}


def letter_outcome(kind: str) -> str:
    """The outcome a sent letter of `kind` is recorded with."""
    return LETTER_OUTCOMES.get(kind, OFFER_MADE)


def reply_days(kind: str, country: str | None) -> int:
    """How many days a letter of `kind` waits for a reply by default in `country`: what the
    letter asks for and what the clock started by sending it counts."""
    if kind != COMPLAINT:
        return DEFAULT_REPLY_DAYS
    clock = COMPLAINT_CLOCKS.get((country or "").upper())
    return clock.reply_days if clock is not None else COMPLAINT_REPLY_DAYS


def clock_of(contact: Mapping[str, Any]) -> str | None:
    """COMPLAINT or LETTER for an outgoing letter (whose follow-up is when a reply is due);
    None for any other contact."""
    if contact.get("channel") != "letter" or contact.get("direction") != "outgoing":
        return None
    return COMPLAINT if contact.get("outcome") == LETTER_OUTCOMES[COMPLAINT] else LETTER


def next_step(clock: str, country: str | None, language: str) -> str:
    """What to do once a letter's reply is overdue, in `language` ("zh" or "en")."""
    found = COMPLAINT_CLOCKS.get((country or "").upper()) if clock == COMPLAINT else None
    return (found.next_step if found is not None else LETTER_STEP).of(language)
