"""The letters: what each kind says, in both languages, and how the PDF is made."""
from __future__ import annotations

import copy
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest

from core import cli
from core.case.casefile import parse_case_bytes
from core.errors import DomainError
from core.letters.compose import LetterRequest, compose
from core.letters.formatting import last4, mask_id
from tests.conftest import ZH_CASE

ON = date(2026, 11, 28)
ID_NUMBER = "510107199001011234"
CARD = "6225 8812 3456 7890"


def letter_case() -> dict:
    """The Chinese example with what every kind of letter needs: a funded settlement, a
    pause, a call that reached an agreement, an agreement, and reviewed evidence."""
    document = json.loads(ZH_CASE.read_text(encoding="utf-8"))
    document["plans"].append({
        "name": "结清借呗", "strategy": "pro_rata", "monthly_budget": "1500.00",
        "one_off_funds": "12000.00", "start": "2026-12-15",
        "terms": [
            {"debt": "D1", "treatment": "share", "freeze_interest": True, "waive_fees": True},
            {"debt": "D2", "treatment": "settlement", "amount": "12000.00"},
            {"debt": "D3", "treatment": "installments", "months": 36, "freeze_interest": True,
             "waive_fees": True, "pause_months": 3},
        ],
        "status": "proposed"})
    document["contacts"].append({
        "ref": "C2", "debts": ["D3"], "at": "2026-11-20T10:05:00+08:00", "channel": "phone",
        "direction": "incoming", "agent": "陈先生 工号 61555",
        "summary": "银行同意停息分期 36 期，要求书面申请。", "outcome": "agreement",
        "offer": {"monthly": "447.73", "months": 36, "lump_sum": None, "note": "停息分期"},
        "follow_up": None, "follow_up_done": False, "evidence": []})
    document["evidence"] = [
        {"ref": "E1", "sha256": "a" * 64, "name": "收入证明.jpg", "mime": "image/jpeg",
         "size": 10, "category": "income_proof", "title": "单位收入证明",
         "document_date": "2026-11-03", "debts": [], "reviewed": True, "note": ""},
        {"ref": "E2", "sha256": "b" * 64, "name": "住院.pdf", "mime": "application/pdf",
         "size": 10, "category": "medical", "title": "住院病历", "document_date": None,
         "debts": ["D3"], "reviewed": True, "note": ""},
        {"ref": "E3", "sha256": "c" * 64, "name": "未核对.pdf", "mime": "application/pdf",
         "size": 10, "category": "medical", "title": "未核对的材料", "document_date": None,
         "debts": ["D3"], "reviewed": False, "note": ""},
        {"ref": "E4", "sha256": "d" * 64, "name": "借呗.pdf", "mime": "application/pdf",
         "size": 10, "category": "correspondence", "title": "借呗的来信",
         "document_date": None, "debts": ["D2"], "reviewed": True, "note": ""},
    ]
    document["agreements"] = [{
        "debt": "D3", "plan": None, "agreed_on": "2026-11-20",
        "installments": [{"due": "2027-01-23", "amount": "447.73"},
                         {"due": "2027-02-23", "amount": "447.73"}],
        "forgiven": "96.50", "terms_text": "停息分期 36 期", "evidence": []}]
    return document


@pytest.fixture(scope="module")
def case() -> dict:
    return parse_case_bytes(json.dumps(letter_case(), ensure_ascii=False).encode(), "case.json")


def request(kind: str, language: str, **more) -> LetterRequest:
    plan = {"installment": "按比例分期", "waiver": "按比例分期", "confirmation": "按比例分期",
            "settlement": "结清借呗", "moratorium": "结清借呗"}[kind]
    debt = {"settlement": "D2"}.get(kind, "D3")
    return LetterRequest(debt=debt, kind=kind, language=language, plan=plan, on=ON, **more)


def pdf_text(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


KINDS = ("installment", "settlement", "waiver", "moratorium", "confirmation")


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_in_both_languages_says_what_it_must(case, kind, language) -> None:
    from pypdf import PdfReader

    from core.letters.pdf import render

    letter = compose(case, request(kind, language))
    pdf = render(letter)
    pages = pdf_text(pdf)
    whole = squeeze("".join(pages))
    debt = {"settlement": "支付宝（借呗）"}.get(kind, "招商银行信用卡中心")
    tail = "5678" if kind == "settlement" else "7890"
    for must in ("李明", debt, letter.title, tail):
        assert squeeze(must) in whole, must
    assert ("2026年11月28日" if language == "zh" else "28November2026") in whole
    # the full account and ID number never; no internal ids or paths either
    assert squeeze(CARD) not in whole and ID_NUMBER not in whole
    assert "a" * 64 not in whole and "/" not in re.sub(r"第\d+页/共\d+页", "", whole)
    # amounts and dates of the proposal
    money = (lambda a: a + "元") if language == "zh" else (lambda a: "¥" + a)
    expected = {
        "installment": [money("531.30"), money("82.80")],
        "waiver": [money("531.30")],
        # paid, and forgiven: 20,312.40 + 44 days at 0.06% on 20,000.00 - 12,000.00
        "settlement": [money("12,000.00"), money("8,840.40")],
        # 15,600.00 + 421.80 (fees waived, interest frozen) in 36 from March 2027
        "moratorium": [money("445.05"), "3"],
        "confirmation": ["61555", money("447.73")],
    }[kind]
    for must in expected:
        assert must in whole, must
    date_of = {"zh": "2026年12月15日", "en": "15December2026"}[language]
    if kind in ("installment", "waiver", "settlement"):
        assert date_of in whole
    # enclosures: reviewed and linked to this debt, or reviewed hardship proof for none
    assert "单位收入证明" in whole
    assert ("住院病历" in whole) == (kind != "settlement")
    assert ("借呗的来信" in whole) == (kind == "settlement")
    assert "未核对的材料" not in whole
    # every font embedded; a sane page count; title and author set
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
    assert 1 <= len(reader.pages) <= 6
    assert reader.metadata.title == letter.title and reader.metadata.author == "李明"
    assert "Helvetica" not in pdf.decode("latin-1")


def test_page_numbers_and_a_long_schedule_repeats_its_header(case) -> None:
    from core.letters.pdf import page_count, render

    document = copy.deepcopy(letter_case())
    document["plans"][0]["monthly_budget"] = "300.00"  # a long schedule
    data = parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(), "case.json")
    pdf = render(compose(data, request("installment", "zh")))
    pages = pdf_text(pdf)
    assert page_count(pdf) == len(pages) >= 3
    for number, text in enumerate(pages, 1):
        assert f"第{number}页/共{len(pages)}页" in squeeze(text)
    with_schedule = [t for t in pages if re.search(r"\d+年\d+月15日", t)]
    assert len(with_schedule) >= 2
    for text in with_schedule:
        assert "还款日" in text  # the header row again on every page of the table


def test_the_same_letter_gives_the_same_bytes_and_paper_can_be_letter(case) -> None:
    from pypdf import PdfReader

    from core.letters.pdf import render

    first = render(compose(case, request("installment", "en")))
    assert render(compose(case, request("installment", "en"))) == first
    box = PdfReader(io.BytesIO(first)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    us = render(compose(case, request("installment", "en", paper="letter")))
    box = PdfReader(io.BytesIO(us)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_the_id_number_is_shown_only_when_asked(case) -> None:
    masked = compose(case, request("waiver", "zh")).text()
    shown = compose(case, request("waiver", "zh", show_id=True)).text()
    assert ID_NUMBER not in masked and "**************1234" in masked
    assert ID_NUMBER in shown


def test_the_edited_hardship_and_an_own_paragraph_are_used(case) -> None:
    text = compose(case, request("installment", "zh", hardship="我失业了。\n\n正在找工作。",
                                 extra="另：请寄到新地址。")).text()
    assert "我失业了。" in text and "正在找工作。" in text and "另：请寄到新地址。" in text
    assert "餐饮公司" not in text


def test_confirmation_quotes_the_chosen_call_and_the_six_points(case) -> None:
    default = compose(case, request("confirmation", "zh")).text()
    assert "贵行工作人员陈先生（工号61555）" in default  # the latest call with an agreement
    assert "2026年11月20日 10:05" in default
    assert "本人在还清前不再申请新卡的承诺" in default
    chosen = compose(case, request("confirmation", "en", contact="C1")).text()
    assert "王女士 of your staff (staff number 80231)" in chosen
    assert "6 November 2026 at 14:20" in chosen
    assert "my undertaking not to apply for new cards" in chosen


@pytest.mark.parametrize(("changes", "kind", "message"), [
    ({}, "bogus", "no letter kind"),
    ({"plan": "无此方案"}, "installment", "no plan named"),
    ({"debt": "D9"}, "installment", 'no debt with ref "D9"'),
    ({"debt": "D1"}, "settlement", 'no settlement term for debt "D1"'),
    ({"debt": "D1"}, "moratorium", 'no term with pause_months for debt "D1"'),
    ({"debt": "D1"}, "confirmation", 'debt "D1" has no contact'),
    ({"contact": "C9"}, "confirmation", 'no contact with ref "C9"'),
    ({"language": "fr"}, "installment", "no letter language"),
    ({"paper": "a3"}, "installment", "no paper size"),
])
def test_what_a_letter_cannot_be_built_from_is_named(case, changes, kind, message) -> None:
    base = {"debt": "D3", "kind": kind, "language": "en", "plan": "结清借呗", "on": ON}
    with pytest.raises(DomainError, match=re.escape(message)):
        compose(case, LetterRequest(**{**base, **changes}))


def test_a_settlement_the_plan_cannot_fund_is_refused(case) -> None:
    document = copy.deepcopy(letter_case())
    document["plans"][1]["one_off_funds"] = "1000.00"
    data = parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(), "case.json")
    with pytest.raises(DomainError, match="cannot pay the settlement"):
        compose(data, request("settlement", "en"))


def test_masks() -> None:
    assert last4(CARD) == "7890" and last4("139****5678") == "5678" and last4("") == ""
    assert mask_id(ID_NUMBER) == "*" * 14 + "1234" and mask_id("12") == "**"


# --- the command line ----------------------------------------------------------------------

def imported(tmp_path: Path, document: dict) -> Path:
    """A store in `tmp_path` holding `document`, imported through the command line."""
    source = tmp_path / "case.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    data_dir = tmp_path / "store"
    assert cli.main(["--data-dir", str(data_dir), "import", str(source)]) == 0
    return data_dir


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    return imported(tmp_path, letter_case())


def test_cli_letter_writes_the_pdf(case_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "信函" / "分期申请.pdf"
    out.parent.mkdir()
    code = cli.main(["--data-dir", str(case_dir), "letter", "--plan", "按比例分期", "--debt",
                     "D3", "--kind", "installment", "--lang", "zh", "--out", str(out)])
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert "分期申请.pdf" in capsys.readouterr().out
    assert "分期还款的申请" in squeeze("".join(pdf_text(out.read_bytes())))


@pytest.mark.parametrize(("args", "message"), [
    (["--debt", "D3", "--kind", "settlement"], 'no settlement term for debt "D3"'),
    (["--debt", "D1", "--kind", "moratorium"], "pause_months"),
    (["--debt", "D3", "--kind", "nonsense"], "invalid choice"),
    (["--debt", "D3", "--kind", "installment", "--plan", "无"], "no plan named"),
])
def test_cli_letter_refusals_write_nothing(case_dir: Path, tmp_path: Path, capsys, args,
                                           message) -> None:
    out = tmp_path / "letter.pdf"
    argv = ["--data-dir", str(case_dir), "letter", "--plan", "按比例分期", "--lang", "en",
            "--out", str(out), *args]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_the_pdf_is_dated_the_day_the_letter_is(case) -> None:
    from pypdf import PdfReader

    from core.letters.build import build_pdf

    _letter, pdf = build_pdf(case, request("waiver", "zh"))
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None and info.creation_date is not None
    assert info.creation_date.date() == ON  # not ReportLab's fixed 2000-01-01
    assert build_pdf(case, request("waiver", "zh"))[1] == pdf  # still the same bytes


def _installment_text(case: dict, debt: str, language: str = "zh") -> str:
    return compose(case, LetterRequest(debt=debt, kind="installment", language=language,
                                       plan="结清借呗", on=ON)).text()


def test_the_card_rule_is_cited_only_for_a_chinese_card_within_five_years(case) -> None:
    assert "第七十条" in _installment_text(case, "D3")  # a card, 36 instalments
    assert "article 70" in _installment_text(case, "D3", "en")
    assert "第七十条" not in _installment_text(case, "D1")  # Huabei is no card
    longer = copy.deepcopy(case)
    term = next(t for t in longer["plans"][-1]["terms"] if t["debt"] == "D3")
    term["months"] = 72  # beyond what the article allows: not cited in support
    assert "第七十条" not in _installment_text(longer, "D3")
    british = copy.deepcopy(case)
    british["currency"], british["country"] = "GBP", "GB"
    text = _installment_text(british, "D1", "en")
    assert "CONC 7.3.4 R" in text and "article 70" not in text


def test_table_cells_that_fit_are_drawn_as_text_and_long_ones_still_wrap() -> None:
    """A Paragraph per cell made a table of a thousand creditors take seconds to lay out;
    a cell with nothing to wrap is drawn as plain text, a long one still wraps."""
    from reportlab.platypus import Paragraph

    from core.letters import fonts
    from core.letters.document import Table
    from core.letters.pdf import _Styles
    from core.letters.pdf_table import table_flowable as _table

    fonts.register()
    long = "中国工商银行牡丹卡中心" * 12
    table = Table(("债权人", "欠款"), (("招商银行", "1,000.00 元"), (long, "2.00 元")),
                  ("l", "r"))
    laid = _table(table, _Styles("zh"), 400)
    cells = laid._cellvalues
    assert cells[0] == ["债权人", "欠款"] and cells[1] == ["招商银行", "1,000.00 元"]
    assert isinstance(cells[2][0], Paragraph) and cells[2][1] == "2.00 元"
    rare = _table(Table(("债权人",), (("𠀀银行",),), ("l",)), _Styles("zh"), 400)
    assert isinstance(rare._cellvalues[1][0], Paragraph)  # set partly in the fallback font


def test_plain_cells_are_drawn_as_reportlab_itself_draws_them(monkeypatch) -> None:
    """A thousand-row table's cells are written straight onto the page: the page holds the
    very operators ReportLab's own drawing writes, for amounts set right, text set left,
    an empty cell, one in the fallback font and one that wraps."""
    import io

    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import LongTable

    from core.letters import fonts
    from core.letters.document import Table
    from core.letters.pdf import _Styles
    from core.letters.pdf_table import table_flowable

    fonts.register()
    table = Table(("债权人", "欠款", "备注"), (
        ("招商银行", "1,000.00 元", ""), ("𠀀银行", "2.00 元", "按比例分配"),
        ("中国工商银行牡丹卡中心" * 6, "12,345.67 元", "Pay (in) full \\ now")),
        ("l", "r", "l"))

    def page() -> str:
        canvas = Canvas(io.BytesIO(), invariant=1, initialFontName=fonts.FONT)
        laid = table_flowable(table, _Styles("zh"), 400)
        laid.wrapOn(canvas, 400, 700)
        laid.drawOn(canvas, 0, 0)
        return "\n".join(canvas._code)

    reportlab_s, left_to_it = LongTable._drawCell, []
    monkeypatch.setattr(LongTable, "_drawCell", lambda table, value, *rest: (
        left_to_it.append(value), reportlab_s(table, value, *rest)))
    ours = page()
    # The first cell sets the font; the rare name and the long one are paragraphs.
    assert [value for value in left_to_it if isinstance(value, str)] == ["债权人"]
    monkeypatch.setattr(table_flowable(table, _Styles("zh"), 400).__class__, "_drawCell",
                        reportlab_s)
    assert ours == page()


def test_a_letter_read_for_its_debt_alone_says_what_one_read_from_the_whole_case_says(
        zh_store) -> None:
    """Reading only what a letter about one debt needs (not every call and payment link of
    the case) changes nothing the letter says, for every debt, kind and plan, and for every
    call named to be quoted (one about another debt is refused for the same reason)."""
    from core.letters.build import read_for_letter

    whole = read_for_letter(zh_store)
    said = 0
    calls = [None, *(c["ref"] for c in whole["contacts"])]
    for debt in whole["debts"]:
        for kind in ("installment", "settlement", "waiver", "moratorium", "confirmation"):
            for plan, contact in [*((p["name"], None) for p in whole["plans"]),
                                  ("没有这个方案", None),
                                  *((None, c) for c in calls),
                                  *((whole["plans"][0]["name"], c) for c in calls[1:])]:
                request = LetterRequest(debt=debt["ref"], kind=kind, plan=plan,
                                        contact=contact, on=date(2026, 12, 1))
                try:
                    expected = compose(whole, request)
                except DomainError as error:
                    with pytest.raises(DomainError, match=re.escape(error.message)):
                        compose(read_for_letter(zh_store, request), request)
                    continue
                assert compose(read_for_letter(zh_store, request), request) == expected
                said += 1
    assert said > 5


@pytest.mark.parametrize("language", ["zh", "en"])
def test_paid_since_the_statement_the_plan_s_start_is_said_as_the_table_shows_it(
        case, language) -> None:
    """The letter must not say the plan starts from the statement when it starts from the
    statement less what was paid since: the creditor would read two balances."""
    from core.letters.formatting import money_text
    from core.money import parse_amount

    paid = copy.deepcopy(case)
    d3 = next(d for d in paid["debts"] if d["ref"] == "D3")
    since = d3["balance"]["as_of"]
    paid["payments"] = [p for p in paid["payments"] if p["debt"] != "D3"] + [
        {"debt": "D3", "date": since.replace(day=min(since.day + 3, 28)),
         "amount": parse_amount("300.00"), "method": "", "reference": "", "note": "",
         "evidence": []}]
    text = compose(paid, request("installment", language)).text()
    statement = sum(d3["balance"][k] for k in ("principal", "interest", "fees"))
    start = money_text(statement - parse_amount("300.00"), "CNY", language)
    said = "按{}计算" if language == "zh" else "less the {} paid: {}"
    assert (said.format(start) if language == "zh"
            else said.format(money_text(parse_amount("300.00"), "CNY", language), start)) in text
    row = next(line for line in text.splitlines() if "(you)" in line or "（贵行）" in line)
    assert start in row  # the creditors' table starts from the same figure


def test_the_bank_is_not_named_twice_where_the_letter_says_贵行(case) -> None:
    text = compose(case, request("waiver", "zh")).text()
    assert "贵行信用卡" in text and "贵行招商银行" not in text
    assert "招商银行信用卡" in text  # the subject still names the card in full
    assert text.count("恳请") <= 1  # asked once, where it matters


def test_english_says_adults_and_children_by_their_number(case) -> None:
    for adults, children, said in ((1, 0, "1 adult, no children"), (2, 1, "2 adults, 1 child"),
                                   (1, 3, "1 adult, 3 children")):
        family = copy.deepcopy(case)
        family["household"] = {"adults": adults, "children": children, "note": ""}
        text = compose(family, request("installment", "en")).text()
        assert f"Household: {said}." in text and "(s)" not in text
    assert "same figures" not in text
