"""A call from the log quoted in a letter: which call, and how a careful person words it.

Any kind of letter may quote a call the person chooses (a confirmation quotes one by
default). The quote says only what the log holds: the date, who spoke (the name and the
staff number, each only when it was noted, and the agency's name when an agency called),
the channel, the person's own note of what was said and the terms discussed. Nothing is
guessed: no staff number is mentioned when none was logged.
"""
from __future__ import annotations

import re

from core import i18n
from core.errors import DomainError
from core.letters.document import Block, has_cjk
from core.letters.parts import Data, LetterRequest, Writer
from core.letters.wording import QUOTE_CHANNELS
from core.schema import shorten

# 工号 8812, 工号：A3321, staff no. 4471, employee ID 12, ID: 77, #8812
_NUMBER = re.compile(
    r"(?:工号|员工号|编号|(?:staff|employee|agent)\s*(?:no\.?|number|id|#)|\bid\b|#)"
    r"\s*[:：.]?\s*([A-Za-z0-9][A-Za-z0-9-]*)", re.IGNORECASE)
# 王女士（8812）, Ms Wang (8812), 王女士 8812: a bare number of three digits or more
_BARE = re.compile(r"[（(]\s*([A-Za-z]{0,3}\d{3,}[A-Za-z0-9-]*)\s*[)）]|\s(\d{3,})$")
_SEPARATORS = " \t,，、;；:：()（）-–/"


def agent_parts(agent: str) -> tuple[str, str]:
    """The name and the staff number in what the log holds about who spoke ("" for either
    that was not noted): "王女士 工号 8812" -> ("王女士", "8812")."""
    text = " ".join((agent or "").split())
    found = _NUMBER.search(text) or _BARE.search(text)
    if found is None:
        return text.strip(_SEPARATORS), ""
    number = next(group for group in found.groups() if group)
    name = (text[:found.start()] + " " + text[found.end():]).strip(_SEPARATORS)
    return " ".join(name.split()), number


def chosen_contact(case: Data, request: LetterRequest) -> Data | None:
    """The call the letter quotes: the one the request names, which must be about the
    letter's debt; else, for a confirmation, the debt's latest call with an agreement (or
    its latest call); else none."""
    if request.contact is not None:
        contacts: list[Data] = case["contacts"]
        contact = next((c for c in contacts if c["ref"] == request.contact), None)
        if contact is None:
            raise DomainError(i18n.t("unknown_contact", ref=shorten(request.contact)))
        if request.debt not in contact["debts"]:
            raise DomainError(i18n.t("letter_contact_other_debt", ref=shorten(request.contact),
                                     debt=shorten(request.debt)))
        return contact
    if request.kind != "confirmation":
        return None
    mine: list[Data] = [c for c in case["contacts"] if request.debt in c["debts"]]
    if not mine:
        raise DomainError(i18n.t("letter_needs_contact", debt=shorten(request.debt)))
    agreed = [c for c in mine if c["outcome"] == "agreement"]
    return max(agreed or mine, key=lambda c: c["at"])


def with_offer(w: Writer, text: str, offer: Data | None, prefix: str) -> str:
    """`text`, then the terms the call discussed as the log holds them, in the words keyed
    `prefix` + "_monthly" / "_lump" (a confirmation says they were agreed, a quote that they
    were discussed), with the note the person added before the terms' full stop (共 36 期
    （停息分期）。); `text` alone when no offer was logged."""
    if not offer:
        return text
    terms = ""
    if offer.get("monthly") is not None and offer.get("months"):
        terms = w.say(f"{prefix}_monthly", monthly=w.money(offer["monthly"]),
                      months=offer["months"])
    elif offer.get("lump_sum") is not None:
        terms = w.say(f"{prefix}_lump", lump=w.money(offer["lump_sum"]))
    if (offer.get("note") or "").strip():
        note = w.say("offer_note", note=one_line(offer["note"]))
        stop = terms[-1:] if terms[-1:] in ("。", ".") else ""
        terms = terms[:len(terms) - len(stop)] + note + stop
    if terms:
        text += (" " if w.lang == "en" and not terms.startswith(" ") else "") + terms
    return text


def staff_text(w: Writer, contact: Data) -> str:
    """Who spoke, as much as was noted: 贵行工作人员王女士（工号 8812）."""
    name, number = agent_parts(contact.get("agent") or "")
    caller = (contact.get("caller") or "").strip()
    if not contact.get("caller_kind"):
        org = w.say("quote_org_creditor")
    else:
        org = w.say("quote_org_named_agency", caller=caller) if caller else \
            w.say("quote_org_agency")
    key = "quote_staff" + ("_name" if name else "") + ("_number" if number else "")
    return w.say(key, org=org, name=name, number=number)


def one_line(text: str) -> str:
    """A note written over several lines as one: lines are joined by a space, or by nothing
    where Chinese meets Chinese (a line break there is no space)."""
    lines = [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]
    joined = lines[0] if lines else ""
    for line in lines[1:]:
        glue = "" if has_cjk(joined[-1]) and has_cjk(line[0]) else " "
        joined += glue + line
    return joined


def _sentence_end(text: str, lang: str) -> str:
    """The note ended as a sentence, with a full stop of its own script."""
    if text[-1:] in "。！？.!?…”\"":
        return text
    return text + ("。" if lang == "zh" or has_cjk(text[-1]) else ".")


def quote_call(w: Writer, contact: Data) -> str:
    """The quoted call as one paragraph, in the letter's language."""
    channels = QUOTE_CHANNELS[w.lang]
    channel = channels.get(contact.get("channel") or "other", channels["other"])
    staff, when = staff_text(w, contact), w.date(contact["at"].date())
    summary = one_line(contact.get("summary") or "")
    if summary:
        text = w.say("quote_said", date=when, staff=staff, channel=channel,
                     summary=_sentence_end(summary, w.lang))
    else:
        text = w.say("quote_spoke", date=when, staff=staff, channel=channel)
    return with_offer(w, text, contact.get("offer"), "quote_offer")


def quote_blocks(w: Writer, contact: Data | None, intro: str = "") -> list[Block]:
    """The quote as the letter's paragraph (after `intro`, a key), or nothing."""
    if contact is None:
        return []
    return [Block("p", (w.say(intro) if intro else "") + quote_call(w, contact))]
