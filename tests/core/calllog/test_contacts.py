"""Call-log use cases: log, delete and restore a contact; record a letter sent."""
from __future__ import annotations

from datetime import date

import pytest

from core.calllog import contacts
from core.errors import DomainError
from core.evidence.store import list_evidence


def _call(**more) -> dict:
    return {"debts": ["D3"], "at": "2026-11-28T09:30:00+08:00", "channel": "phone",
            "direction": "outgoing", "agent": "刘女士 工号 70012",
            "summary": "再次说明情况，对方同意转交分期申请。", "outcome": "information", **more}


def test_log_gets_the_next_ref_and_delete_restore_round_trip(zh_store) -> None:
    contact_id, _ = contacts.log_contact(zh_store, _call(follow_up="2026-12-02"))
    entries = {c.data["ref"]: c.data for c in contacts.list_contacts(zh_store)}
    assert set(entries) == {"C1", "C2"}
    assert entries["C2"]["agent"] == "刘女士 工号 70012"
    assert entries["C2"]["follow_up"].isoformat() == "2026-12-02"
    snapshot, _ = contacts.delete_contact(zh_store, contact_id)
    assert [c.data["ref"] for c in contacts.list_contacts(zh_store)] == ["C1"]
    contacts.restore_contact(zh_store, snapshot)
    again = {c.data["ref"]: c.data for c in contacts.list_contacts(zh_store)}
    assert again == entries


@pytest.mark.parametrize(("changes", "message"), [
    ({"debts": ["D9"]}, 'debts[0]: no debt with ref "D9"'),
    ({"debts": []}, "debts: needs at least one entry"),
    ({"evidence": ["E7"]}, 'evidence[0]: no evidence with ref "E7"'),
    ({"ref": "C1"}, 'ref: duplicate ref "C1"'),
    ({"channel": "pigeon"}, "channel:"),
    ({"at": "yesterday"}, "at:"),
])
def test_a_bad_contact_is_refused_by_name_and_nothing_is_written(zh_store, changes,
                                                                 message) -> None:
    with pytest.raises(DomainError) as caught:
        contacts.log_contact(zh_store, _call(**changes))
    assert caught.value.message.startswith(message)
    assert [c.data["ref"] for c in contacts.list_contacts(zh_store)] == ["C1"]


def test_the_same_letter_recorded_twice_keeps_one_copy(zh_store) -> None:
    from core.letters.build import read_for_letter
    from core.letters.compose import LetterRequest, compose
    from core.letters.pdf import render

    case = read_for_letter(zh_store)
    pdf = render(compose(case, LetterRequest(debt="D3", kind="installment", plan="按比例分期")))
    first = contacts.record_letter_sent(zh_store, pdf, "信.pdf", "D3", "关于分期的申请",
                                        "installment")
    second = contacts.record_letter_sent(zh_store, pdf, "信.pdf", "D3", "关于分期的申请",
                                         "installment")
    assert first[1] is not None and second[1] is None  # the bytes were already kept
    letters = [c.data for c in contacts.list_contacts(zh_store)
               if c.data["channel"] == "letter"]
    assert len(letters) == 2 and all(c["outcome"] == "offer_made" for c in letters)
    assert letters[0]["evidence"] == letters[1]["evidence"]
    assert len(list_evidence(zh_store)) == 1
    assert not any((zh_store.data_dir / "letters").iterdir())  # the temporary copy is gone


def test_a_letter_sent_is_kept_whole_or_not_at_all(zh_store, monkeypatch) -> None:
    """The PDF's entry and the call-log line are one transaction: when the second cannot be
    written, the first is not left behind (the bytes alone are harmless and reused)."""
    def refuse(session, document):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(contacts, "_add_contact", refuse)
    before_contacts = len(contacts.list_contacts(zh_store))
    with pytest.raises(RuntimeError):
        contacts.record_letter_sent(zh_store, _letter_pdf(zh_store), "信.pdf", "D3", "申请",
                                    "installment")
    assert len(contacts.list_contacts(zh_store)) == before_contacts
    assert list_evidence(zh_store) == []
    monkeypatch.undo()
    contact_id, evidence_id, _ = contacts.record_letter_sent(
        zh_store, _letter_pdf(zh_store), "信.pdf", "D3", "申请", "installment")
    assert evidence_id is not None  # the entry is made now, with its call-log line
    assert [e.data["title"] for e in list_evidence(zh_store)] == ["申请"]
    assert contact_id in [c.id for c in contacts.list_contacts(zh_store)]


def _letter_pdf(store) -> bytes:
    from core.letters.build import read_for_letter
    from core.letters.compose import LetterRequest, compose
    from core.letters.pdf import render

    case = read_for_letter(store)
    return render(compose(case, LetterRequest(debt="D3", kind="installment", plan="按比例分期")))


def test_edit_mark_done_and_the_fast_listing_matches_the_mapping(zh_store) -> None:
    from sqlalchemy import select

    from core.store import models as m
    from core.store import records as r
    contact_id, _ = contacts.log_contact(zh_store, _call(follow_up="2026-12-02"))
    old = contacts.contact_document(zh_store, contact_id)
    new = {**old, "outcome": "offer_received", "agent": "刘女士 工号 70013",
           "offer": {"monthly": "800.00", "months": 24, "lump_sum": None, "note": "停息"}}
    contacts.update_contact(zh_store, contact_id, new)
    assert contacts.contact_document(zh_store, contact_id) == new
    contacts.set_follow_up_done(zh_store, contact_id, True)
    assert contacts.due_follow_ups(zh_store, date(2026, 12, 31)) == [
        (1, date(2026, 11, 11), "招商银行信用卡中心",
         "说明收入下降和孩子住院的情况，询问个性化分期。客服要求提供收入证明和住院证明，答复三个工作日内回电。",
         None)]
    contacts.update_contact(zh_store, contact_id, old)  # an undo puts it back exactly
    assert contacts.contact_document(zh_store, contact_id) == old
    with zh_store.read() as session:
        refs = r.debt_refs(session)
        mapped = [r.contact_to_data(c, refs, {}) for c in session.scalars(
            select(m.Contact).order_by(m.Contact.at_utc.desc(), m.Contact.id.desc()))]
    assert [row.data for row in contacts.list_contacts(zh_store)] == mapped


def test_due_follow_ups_oldest_first_with_every_creditor_in_order(zh_store) -> None:
    first, _ = contacts.log_contact(zh_store, _call(debts=["D2", "D1"], follow_up="2026-11-05",
                                                    summary="  两家一起   谈。 "))
    late, _ = contacts.log_contact(zh_store, _call(follow_up="2026-12-20"))
    due = contacts.due_follow_ups(zh_store, date(2026, 12, 1))
    assert [row[0] for row in due] == [first, 1]  # by date; the one due later is not yet due
    assert due[0] == (first, date(2026, 11, 5), "支付宝（借呗）、支付宝（花呗）", "两家一起 谈。",
                      None)
    assert late in [row[0] for row in contacts.due_follow_ups(zh_store, date(2026, 12, 20))]


@pytest.mark.parametrize(("outcome", "status", "suggested"), [
    ("agreement", "contacted", "agreed"),
    ("agreement", "overdue", "agreed"),
    ("agreement", None, "agreed"),
    ("agreement", "agreed", None),
    ("agreement", "repaying", None),  # never a step back
    ("offer_received", "contacted", "negotiating"),
    ("offer_received", "negotiating", None),
    ("offer_received", "agreed", None),
    ("information", "overdue", None),
    ("refused", "negotiating", None),
])
def test_status_suggestions_only_move_forward(outcome, status, suggested) -> None:
    assert contacts.suggested_status(outcome, status) == suggested


def test_set_debt_status(zh_store) -> None:
    contacts.set_debt_status(zh_store, "D3", "agreed")
    assert contacts.debt_statuses(zh_store, ["D3"]) == {"D3": ("招商银行信用卡中心", "agreed")}
    with pytest.raises(DomainError, match="not one of"):
        contacts.set_debt_status(zh_store, "D3", "happy")
    with pytest.raises(DomainError, match="D9"):
        contacts.set_debt_status(zh_store, "D9", "agreed")
