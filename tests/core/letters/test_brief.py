"""The "before you call" sheet: the figures for the call, from the same sources as a letter."""
from __future__ import annotations

import copy
import io
import json
import re
from datetime import date

import pytest

from core.case.casefile import parse_case_bytes
from core.errors import DomainError
from core.letters.brief import brief, build_pdf
from core.letters.compose import enclosures
from tests.conftest import ZH_CASE
from tests.core.letters.test_letters import CARD, letter_case

TODAY = date(2026, 11, 28)


def parse(document: dict) -> dict:
    return parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(), "case.json")


@pytest.fixture(scope="module")
def zh_case() -> dict:
    return parse(json.loads(ZH_CASE.read_text(encoding="utf-8")))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_pages(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def after(sheet, heading: str) -> str:
    """The paragraph after a heading."""
    index = next(i for i, b in enumerate(sheet.body) if b.kind == "h" and b.text == heading)
    return sheet.body[index + 1].text


def contact(ref: str, debt: str, at: str, agent: str, **more) -> dict:
    return {"ref": ref, "debts": [debt], "at": at, "channel": "phone", "direction": "outgoing",
            "agent": agent, "summary": more.pop("summary", ""), "outcome": "information",
            "offer": None, "follow_up": None, "follow_up_done": False, "evidence": [], **more}


def test_the_chinese_example_gives_the_figures_for_the_call(zh_case) -> None:
    sheet = brief(zh_case, "D3", "zh", TODAY)
    text = sheet.text()
    assert sheet.title == "致电前准备：招商银行信用卡中心"
    assert "2026年11月28日" in sheet.date_line
    assert not (sheet.sender or sheet.recipient or sheet.salutation or sheet.signature)
    # the account by its last four characters only
    assert "尾号7890" in text and "95555" in text
    assert squeeze(CARD) not in squeeze(text) and "3456" not in text
    # the balance broken down, as of its date, and what waiting costs
    row = "2026年11月5日 | 15,600.00元 | 421.80元 | 96.50元 | 16,118.30元"
    assert row in text
    # 66 days since 23 September; 0.05% a day on 15,600.00 plus 5% of the 1,560.00 minimum
    # for every due date (the 23rd) passed: 30 days 234.00 + 78.00, 90 days 702.00 + 3 x 78.00
    assert "66天 | +312.00元 | +936.00元 | +1,872.00元" in text
    assert "自2026年9月23日起逾期" in text
    # the hardship in brief and the month's figures
    assert "本人所在餐饮公司今年七月起经营困难" in text and "预计明年三月后收入恢复。" in text
    assert "6,500.00元 | 4,480.00元 | 2,020.00元" in text
    # the offer in the first plan (none is accepted), from the plan engine
    assert "五、我的方案：按比例分期（草稿）" in text
    assert ("按比例分摊：自2026年12月15日起每月还款531.30元（最后一期82.80元），共31期，"
            "至2029年6月15日还清，合计16,021.80元。") in text
    assert "请求减免已产生的费用96.50元" in text
    assert "主动提出自己的方案：每月还款531.30元，共31期（最后一期82.80元）" in text
    # the last contact with this creditor, and the reminders
    assert "2026-11-06 14:20 | 电话 | 王女士 工号 80231 | 了解情况 |  | 2026-11-11" in text
    assert "上次沟通要点：说明收入下降和孩子住院的情况" in text
    assert "还没有核对过的材料" in text
    assert "工号" in sheet.body[-1].items[4] and "书面" in sheet.body[-1].items[5]


def test_the_pdf_is_one_page_in_the_shipped_font_and_never_the_full_account(zh_case) -> None:
    from pypdf import PdfReader

    sheet, pdf = build_pdf(zh_case, "D3", "zh", TODAY)
    pages = pdf_pages(pdf)
    whole = squeeze("".join(pages))
    assert len(pages) == 1
    for must in ("致电前准备", "尾号7890", "16,118.30元", "66天", "531.30元", "王女士工号80231",
                 "第1页/共1页"):
        assert must in whole, must
    assert squeeze(CARD) not in whole and "签名" not in whole and "尊敬的" not in whole
    assert "Helvetica" not in pdf.decode("latin-1")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title == sheet.title and reader.metadata.author == "李明"
    assert build_pdf(zh_case, "D3", "zh", TODAY)[1] == pdf  # the same sheet, the same bytes


def test_english_wording(zh_case) -> None:
    text = brief(zh_case, "D3", "en", TODAY).text()
    for must in ("Before you call: 招商银行信用卡中心", "Account ending 7890",
                 "5 November 2026 | ¥15,600.00 | ¥421.80 | ¥96.50 | ¥16,118.30",
                 "66 days | +¥312.00 | +¥936.00 | +¥1,872.00",
                 "5. My offer: 按比例分期 (draft)",
                 "Pro-rata share: ¥531.30 a month from 15 December 2026 (the last one ¥82.80)",
                 "2026-11-06 14:20 | phone | 王女士 工号 80231 | information |  | 2026-11-11",
                 "staff number"):
        assert must in text, must
    assert CARD not in text


def test_the_last_five_contacts_with_the_creditor_newest_first() -> None:
    document = json.loads(ZH_CASE.read_text(encoding="utf-8"))
    document["contacts"] = [
        contact(f"K{i}", "D1" if i % 2 else "D2", f"2026-10-{10 + i:02d}T09:00:00+08:00",
                f"客服 {i}", follow_up="2026-12-01", follow_up_done=i == 6,
                offer={"monthly": "500.00", "months": 12, "lump_sum": None, "note": ""})
        for i in range(1, 8)]
    # another creditor's call is not this creditor's history
    document["contacts"].append(contact("X", "D3", "2026-11-20T09:00:00+08:00", "银行客服"))
    for debt in document["debts"][:2]:
        debt["creditor"] = "支付宝"
    text = brief(parse(document), "D1", "zh", TODAY).text()
    shown = re.findall(r"客服 (\d)", text)
    assert shown == ["7", "6", "5", "4", "3"]  # 借呗 calls too: the same creditor
    assert "银行客服" not in text
    assert "2026-10-16 09:00 | 电话 | 客服 6 | 了解情况 | 每月500.00元，共12期 | " \
           "2026-12-01（已完成）" in text


def test_a_long_hardship_statement_is_cut_with_an_ellipsis() -> None:
    document = json.loads(ZH_CASE.read_text(encoding="utf-8"))
    document["hardship"]["statement"] = "我" * 100 + "\n\n" + "你" * 100
    document["hardship"]["expected_recovery"] = ""
    paragraph = after(brief(parse(document), "D1", "zh", TODAY), "三、困难情况（简述）")
    assert paragraph == "我" * 100 + "你" * 50 + "…"
    document["hardship"]["statement"] = "I lost my job in the summer. " * 10
    paragraph = after(brief(parse(document), "D1", "en", TODAY), "3. What happened, in brief")
    assert paragraph.endswith("the summer. I…") and len(paragraph) <= 151  # no half word


def test_the_accepted_plan_is_used_and_without_a_plan_the_sheet_says_so() -> None:
    document = letter_case()
    document["plans"][1]["status"] = "accepted"  # 结清借呗: settle 借呗 for 12,000.00
    text = brief(parse(document), "D2", "zh", TODAY).text()
    assert "五、我的方案：结清借呗（已接受）" in text
    assert "2026年12月15日一次性支付12,000.00元，结清全部欠款；请求减免其余8,840.40元。" in text
    assert "主动提出自己的方案：一次性支付12,000.00元，结清全部欠款。" in text
    document["plans"] = []
    text = brief(parse(document), "D2", "en", TODAY).text()
    assert "There is no repayment plan yet" in text
    assert "how much a month, for how many months, starting when" in text


def test_a_plan_that_never_clears_the_debt_does_not_say_cleared() -> None:
    document = json.loads(ZH_CASE.read_text(encoding="utf-8"))
    document["plans"][0]["monthly_budget"] = "30.00"
    for term in document["plans"][0]["terms"]:
        term["freeze_interest"] = False
    text = brief(parse(document), "D3", "zh", TODAY).text()
    assert "仍未还清。这个方案需要调整。" in text and "还清，合计" not in text


def test_the_documents_are_those_a_letter_would_enclose() -> None:
    case = parse(letter_case())
    sheet = brief(case, "D3", "zh", TODAY)
    assert list(sheet.enclosures) == enclosures(case, "D3", "zh") == \
        ["住院病历", "单位收入证明（2026年11月3日）"]
    assert "未核对的材料" not in sheet.text() and "借呗的来信" not in sheet.text()


def test_a_large_case_takes_two_pages_at_most() -> None:
    from core.letters.pdf import page_count

    document = letter_case()
    long = "对方说需要先提交材料，再由后台审核，审核结果会以短信通知，期间仍会计收罚息。" * 4
    document["contacts"] = [
        contact(f"K{i}", "D3", f"2026-11-{10 + i:02d}T09:00:00+08:00",
                f"信用卡中心客户服务部 工号 8{i}0231 转 协商还款专席", summary=long,
                follow_up="2026-12-01",
                offer={"monthly": "447.73", "months": 36, "lump_sum": None,
                       "note": "停息分期，需提交收入证明和住院病历"})
        for i in range(8)]
    document["evidence"] += [
        {"ref": f"M{i}", "sha256": f"{i:x}" * 64, "name": f"{i}.pdf", "mime": "application/pdf",
         "size": 1, "category": "medical", "title": f"第 {i} 次住院的病历、费用清单和出院小结",
         "document_date": "2026-08-01", "debts": ["D3"], "reviewed": True, "note": ""}
        for i in range(5, 15)]
    document["hardship"]["statement"] *= 5
    for language in ("zh", "en"):
        _sheet, pdf = build_pdf(parse(document), "D3", language, TODAY)
        assert page_count(pdf) <= 2
        # the agent and offer columns wrap; the dates and the follow-up never do
        text = "".join(pdf_pages(pdf))
        assert "2026-11-17 09:00" in text and text.count("2026-12-01") == 5


@pytest.mark.parametrize(("debt", "language", "message"), [
    ("D9", "zh", 'no debt with ref "D9"'),
    ("D1", "fr", "no letter language"),
])
def test_what_a_sheet_cannot_be_made_for_is_named(zh_case, debt, language, message) -> None:
    with pytest.raises(DomainError, match=re.escape(message)):
        brief(zh_case, debt, language, TODAY)


def test_payments_since_the_statement_are_mentioned(zh_case) -> None:
    text = brief(zh_case, "D1", "zh", TODAY).text()
    assert "此后已还300.00元（最近一次在2026年11月8日）。自2026年9月10日起逾期。" in text
    assert "Paid since then: ¥300.00 (last on 8 November 2026)." in \
        brief(zh_case, "D1", "en", TODAY).text()
    assert "此后已还" not in brief(zh_case, "D3", "zh", TODAY).text()


def test_a_debt_not_yet_overdue_shows_no_arrears(zh_case) -> None:
    case = copy.deepcopy(zh_case)
    case["debts"][0]["overdue_since"] = None
    case["debts"][0]["status"] = "current"
    text = brief(case, "D1", "zh", TODAY).text()
    assert "未逾期 |" in text and "起逾期" not in text


def test_every_outcome_of_the_case_file_has_words_in_both_languages() -> None:
    from core.casefile_spec import OUTCOMES as CODES
    from core.letters.brief_wording import OUTCOMES

    for language in ("zh", "en"):
        assert set(OUTCOMES[language]) == set(CODES), language
