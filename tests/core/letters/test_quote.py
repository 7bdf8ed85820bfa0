"""A chosen call quoted in any kind of letter, saying only what the log holds, and a copy of
the ID card listed among the enclosures only when the person encloses one."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from core import cli
from core.case.casefile import parse_case_bytes
from core.errors import DomainError
from core.letters.compose import LetterRequest, compose
from core.letters.quote import agent_parts
from tests.core.letters.test_complaint import CN, _call, _case
from tests.core.letters.test_complaint import ON as COMPLAINT_ON
from tests.core.letters.test_letters import (
    ID_NUMBER,
    imported,
    letter_case,
    pdf_text,
    request,
    squeeze,
)

# C2 (D3): 陈先生 工号 61555, by phone, a summary and an offer of 447.73 x 36 (停息分期).
# Q1 (D2): 刘女士, no staff number, online chat, a summary, no offer.
QUOTED = {
    "zh": {"C2": "2026年11月20日，贵行工作人员陈先生（工号61555）在电话中表示："
                 "银行同意停息分期 36 期，要求书面申请。当时谈到的方案是：每月还款447.73元，"
                 "共36期（停息分期）。",
           "Q1": "2026年11月25日，贵公司工作人员刘女士在在线客服对话中表示："
                 "可以一次性结清，金额需上级审批。"},
    "en": {"C2": '20 November 2026, 陈先生 of your staff (staff number 61555) told me by '
                 'phone, as I noted at the time: "银行同意停息分期 36 期，要求书面申请。" '
                 "The terms discussed were ¥447.73 a month for 36 months (停息分期).",
           "Q1": "25 November 2026, 刘女士 of your staff told me in an online chat, as I "
                 'noted at the time: "可以一次性结清，金额需上级审批。"'},
}


def _quote_case() -> dict:
    document = letter_case()
    document["contacts"].append({
        "ref": "Q1", "debts": ["D2"], "at": "2026-11-25T16:40:00+08:00",
        "channel": "online_chat", "direction": "outgoing", "agent": "刘女士",
        "summary": "可以一次性结清，\n金额需上级审批", "outcome": "information", "offer": None,
        "follow_up": None, "follow_up_done": False, "evidence": []})
    document["evidence"].append({
        "ref": "E5", "sha256": "e" * 64, "name": "身份证.jpg", "mime": "image/jpeg", "size": 10,
        "category": "identity", "title": "", "document_date": None, "debts": [],
        "reviewed": True, "note": ""})
    return document


def _parse(document: dict) -> dict:
    return parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(), "case.json")


@pytest.fixture(scope="module")
def case() -> dict:
    return _parse(_quote_case())


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("kind", ["installment", "settlement", "waiver", "moratorium"])
def test_every_proposal_quotes_the_chosen_call(case, kind, language) -> None:
    ref = "Q1" if kind == "settlement" else "C2"
    quoted = compose(case, request(kind, language, contact=ref))
    text = quoted.text()
    assert QUOTED[language][ref] in text
    # under the proposal's heading, before what is proposed
    heading = "三、还款方案" if language == "zh" else "3. My proposal"
    assert text.index(heading) < text.index(QUOTED[language][ref])
    assert text.index(QUOTED[language][ref]) < text.index("四、随附材料" if language == "zh"
                                                          else "4. Enclosed documents")
    plain = compose(case, request(kind, language)).text()  # no call chosen: none quoted
    assert "61555" not in plain and "刘女士" not in plain
    assert ("表示：" not in plain) if language == "zh" else ("told me" not in plain)


def test_a_complaint_quotes_a_chosen_call_beyond_the_breaches() -> None:
    complaint = _case()
    complaint["contacts"].append(_call(
        "Q2", datetime(2026, 11, 26, 15, 0, tzinfo=CN), agent="周先生 工号 52108",
        caller="", caller_kind=None, direction="outgoing",
        summary="表示已将投诉转交催收主管"))
    base = {"debt": "D1", "kind": "complaint", "on": COMPLAINT_ON}
    zh = compose(complaint, LetterRequest(**base, language="zh", contact="Q2")).text()
    assert ("另请一并核查下面这次联系：2026年11月26日，贵公司工作人员周先生（工号52108）"
            "在电话中表示：表示已将投诉转交催收主管。") in zh
    en = compose(complaint, LetterRequest(**base, language="en", contact="Q2")).text()
    assert ("Please also look into this contact: On 26 November 2026, 周先生 of your staff "
            "(staff number 52108) told me by phone") in en
    assert "52108" not in compose(complaint, LetterRequest(**base, language="zh")).text()
    # a call already quoted in the log as behind a breach is not told twice
    behind = next(c["ref"] for c in complaint["contacts"] if c["conduct"])
    again = compose(complaint, LetterRequest(**base, language="zh", contact=behind)).text()
    assert "另请一并核查" not in again


@pytest.mark.parametrize(("agent", "summary", "offer", "zh", "en"), [
    ("", "", None, "2026年11月25日，本人与贵公司工作人员在在线客服对话中商谈过还款事宜。",
     "On 25 November 2026 I was in touch with a member of your staff in an online chat "
     "about repaying this account."),
    ("工号 A3321", "", None, "本人与贵公司工号为A3321的工作人员在在线客服对话中商谈过还款事宜。",
     "with a member of your staff (staff number A3321) in an online chat"),
    ("刘女士", "", {"monthly": None, "months": None, "lump_sum": "9000.00", "note": ""},
     "本人与贵公司工作人员刘女士在在线客服对话中商谈过还款事宜。"
     "当时谈到的方案是：一次性还款9,000.00元。",
     "with 刘女士 of your staff in an online chat about repaying this account. The terms "
     "discussed were a single payment of ¥9,000.00."),
])
def test_nothing_is_said_that_was_not_logged(agent, summary, offer, zh, en) -> None:
    document = _quote_case()
    call = next(c for c in document["contacts"] if c["ref"] == "Q1")
    call.update(agent=agent, summary=summary, offer=offer)
    data = _parse(document)
    zh_text = compose(data, request("settlement", "zh", contact="Q1")).text()
    en_text = compose(data, request("settlement", "en", contact="Q1")).text()
    assert zh in zh_text and en in en_text
    if "工号" not in agent:
        assert "工号" not in zh_text and "staff number" not in en_text
    if not summary:
        assert "表示：" not in zh_text and "as I noted" not in en_text
    if not offer:
        assert "当时谈到的方案" not in zh_text and "terms discussed" not in en_text


def test_an_agency_is_named_as_who_spoke() -> None:
    document = _quote_case()
    call = next(c for c in document["contacts"] if c["ref"] == "Q1")
    call.update(caller="某某资产管理有限公司", caller_kind="agency", agent="")
    data = _parse(document)
    assert "2026年11月25日，某某资产管理有限公司工作人员在在线客服对话中表示：" in compose(
        data, request("settlement", "zh", contact="Q1")).text()
    call.update(caller="")
    data = _parse(document)
    assert "the agency collecting for you" in compose(
        data, request("settlement", "en", contact="Q1")).text()


@pytest.mark.parametrize(("agent", "parts"), [
    ("王女士 工号 8812", ("王女士", "8812")),
    ("王女士，工号：8812", ("王女士", "8812")),
    ("支付宝智能客服转人工 工号 A3321", ("支付宝智能客服转人工", "A3321")),
    ("王女士（8812）", ("王女士", "8812")),
    ("王女士 8812", ("王女士", "8812")),
    ("Ms Wang, staff no. 4471", ("Ms Wang", "4471")),
    ("Mr Smith (employee ID CS-77)", ("Mr Smith", "CS-77")),
    ("赵先生", ("赵先生", "")),
    ("  ", ("", "")),
    ("工号 A3321", ("", "A3321")),
])
def test_the_name_and_the_staff_number_are_told_apart(agent, parts) -> None:
    assert agent_parts(agent) == parts


def test_a_call_about_another_debt_is_refused_naming_it(case) -> None:
    for kind in ("installment", "confirmation"):
        with pytest.raises(DomainError, match='contact "Q1" is not about debt "D3"'):
            compose(case, request(kind, "en", contact="Q1"))


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_id_card_is_enclosed_only_when_ticked(case, language) -> None:
    line = {"zh": "本人身份证复印件（正反面）", "en": "A copy of my ID card (front and back)"}
    plain = compose(case, request("installment", language))
    assert line[language] not in plain.text()
    ticked = compose(case, request("installment", language, id_card=True))
    assert ticked.enclosures[0] == line[language]
    assert ticked.enclosures[1:] == plain.enclosures  # the rest as before, once each
    assert ID_NUMBER not in ticked.text()  # enclosing a copy shows no number in the letter
    complaint = _case()
    base = {"debt": "D1", "kind": "complaint", "on": COMPLAINT_ON, "language": language}
    also = {"zh": "另附本人身份证复印件（正反面）。",
            "en": "I also enclose a copy of my ID card (front and back)."}[language]
    assert also not in compose(complaint, LetterRequest(**base)).text()
    assert also in compose(complaint, LetterRequest(**base, id_card=True)).text()


# --- the command line ----------------------------------------------------------------------

@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    return imported(tmp_path, _quote_case())


def test_cli_contact_quotes_a_call_in_any_kind(case_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "waiver.pdf"
    assert cli.main(["--data-dir", str(case_dir), "letter", "--plan", "按比例分期", "--debt",
                     "D3", "--kind", "waiver", "--lang", "zh", "--contact", "C2", "--out",
                     str(out)]) == 0
    text = squeeze("".join(pdf_text(out.read_bytes())))
    assert squeeze("贵行工作人员陈先生（工号61555）在电话中表示") in text
    assert "身份证复印件" not in text  # the command line never encloses it


def test_cli_contact_of_another_debt_is_refused(case_dir: Path, tmp_path: Path,
                                                capsys) -> None:
    out = tmp_path / "letter.pdf"
    assert cli.main(["--data-dir", str(case_dir), "letter", "--plan", "按比例分期", "--debt",
                     "D3", "--kind", "installment", "--lang", "en", "--contact", "Q1",
                     "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert 'contact "Q1" is not about debt "D3"' in err and err.count("\n") == 1
    assert not out.exists()
