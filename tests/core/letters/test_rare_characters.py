"""No character of a name is silently lost in a letter, and the tables read whole: the rare
characters of the CJK extension blocks print from the fallback font, amounts never break
across lines, and no line starts with closing punctuation. Checked on the PDF itself, as
poppler's pdftotext and pdffonts read it."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from core.case.casefile import parse_case_bytes
from core.letters.build import build_pdf
from core.letters.document import Block, Letter, Table
from tests.core.letters.test_letters import letter_case, request

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="needs poppler-utils (pdftotext, pdffonts)")

NAME = "龘昇𠀀"  # 龘 昇 in the main font; 𠀀 U+20000, extension B
CREDITOR = "䶮𫖮银行"  # 䶮 U+4DAE, extension A; 𫖮 U+2B5AE, extension C
LONG_CREDITOR = ("中国某某银行股份有限公司，信用卡中心（深圳），个人贷款部，催收与协商二组，"
                 "中国某某银行股份有限公司，信用卡中心（深圳），")
CLOSING = "，。、；：）"


def _letter(name: str = NAME, creditors: tuple[str, ...] = (CREDITOR,),
            kind: str = "installment") -> tuple[Letter, bytes]:
    document = letter_case()
    document["person"]["name"] = name
    for debt, creditor in zip(document["debts"], creditors, strict=False):
        debt["creditor"] = creditor
    case = parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(), "case.json")
    return build_pdf(case, request(kind, "zh"))


def _poppler(tool: str, pdf: bytes, tmp_path: Path, *options: str) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    return subprocess.run([tool, *options, str(path), "-"] if tool == "pdftotext" else
                          [tool, str(path)], capture_output=True, text=True, check=True).stdout


def _fonts(pdf: bytes, tmp_path: Path) -> dict[str, tuple[str, str]]:
    """Each font in the PDF by name: (embedded, subset), as pdffonts says."""
    rows = _poppler("pdffonts", pdf, tmp_path).splitlines()[2:]
    return {row.split()[0]: (row.split()[-5], row.split()[-4]) for row in rows}


def test_every_character_of_a_rare_name_is_in_the_pdf(tmp_path: Path) -> None:
    _, pdf = _letter()
    text = re.sub(r"\s+", "", _poppler("pdftotext", pdf, tmp_path))
    assert f"申请人：{NAME}" in text and f"本人{NAME}，" in text
    assert CREDITOR in text


def test_both_fonts_are_embedded_as_subsets_and_the_bytes_stay_the_same(
        tmp_path: Path) -> None:
    _, pdf = _letter()
    fonts = _fonts(pdf, tmp_path)
    used = {name.split("+", 1)[1].rsplit("-", 1)[0] for name in fonts}
    assert used == {"WenQuanYiMicroHei", "DebtDeskHanExtA", "DebtDeskHanExtB"}
    assert all(re.fullmatch(r"[A-Z]{6}\+.+", name) for name in fonts)  # subset names
    assert set(fonts.values()) == {("yes", "yes")}
    assert _letter()[1] == pdf


def test_an_ordinary_letter_embeds_the_main_font_only(tmp_path: Path) -> None:
    _, pdf = _letter(name="李明", creditors=("招商银行",))
    assert {name.split("+", 1)[1] for name in _fonts(pdf, tmp_path)} == {
        "WenQuanYiMicroHei-0"}


def test_the_page_footer_prints_a_rare_character_too(tmp_path: Path) -> None:
    """The footer is drawn on the canvas, not as a paragraph: it has its own font runs."""
    from core.letters.pdf import render

    letter = Letter(language="zh", paper="a4", title="页脚", author=NAME, sender=(),
                    recipient=(), date_line="", salutation="", body=(Block("p", "正文"),),
                    closing=(), signature=(), page_label=NAME + " 第{page}页",
                    dated=date(2026, 11, 28))
    text = _poppler("pdftotext", render(letter), tmp_path)
    assert f"{NAME} 第1页" in text


def _table_lines(pdf: bytes, tmp_path: Path) -> list[str]:
    return _poppler("pdftotext", pdf, tmp_path, "-raw").splitlines()


@pytest.mark.parametrize(("line", "following", "kept"), [
    ("信用卡中心（深圳）", "，个人贷款部", "信用卡中心（深"),  # 圳）goes down with the comma
    ("一次性结清 12,0", "00.00 元", "一次性结清"),  # the amount goes down whole
    ("一次性结清 12,000.00", "元", "一次性结清"),  # and its unit stays with it
    ("截至2026年11月5日", "，该账户", "截至2026年11月5"),
    ("按比例分配", "分 36 期", None),  # a good break
    ("）", "，", None),  # nothing would be left: left as it is
])
def test_what_stays_on_a_line_before_a_bad_break(line: str, following: str,
                                                 kept: str | None) -> None:
    from core.letters.line_breaks import kept_before

    assert kept_before(line, following) == kept


def test_a_long_creditor_name_breaks_no_amount_and_no_line_starts_with_a_comma(
        tmp_path: Path) -> None:
    assert len(LONG_CREDITOR) == 60
    for kind in ("installment", "settlement"):
        letter, pdf = _letter(creditors=(LONG_CREDITOR,) * 3, kind=kind)
        lines = _table_lines(pdf, tmp_path)
        # The creditors' table: from its header row to the next heading.
        start = next(n for n, line in enumerate(lines) if line.startswith("债权人 欠款"))
        lines = lines[start:start + next(n for n, line in enumerate(lines[start:])
                                         if line.startswith("三、"))]
        assert any(LONG_CREDITOR[:12] in line for line in lines)
        starts = [line for line in lines if line and line[0] in CLOSING]
        assert not starts, (kind, starts)
        table = next(block.table for block in letter.body
                     if block.table and LONG_CREDITOR in block.table.rows[0][0])
        # Every amount of the table, in its amount columns or in a text (一次性结清12,000.00元)
        amounts = [amount for row in table.rows for cell in row
                   for amount in re.findall(r"[\d,]+\.\d\d元", cell)]
        assert len(amounts) == 2 * len(table.rows) + (kind == "settlement")
        text = "\n".join(lines)
        for amount in amounts:
            assert text.count(amount) >= amounts.count(amount), (kind, amount)


@pytest.mark.parametrize("length", range(30, 62, 2))
def test_an_amount_column_never_wraps_however_the_width_falls(tmp_path: Path,
                                                              length: int) -> None:
    """A creditor name of every length up to where the table fills the line: one of them
    leaves the table just narrower than the page, where amounts had least room."""
    from core.letters.pdf import render

    name = ("中国某某某某某某银行股份有限公司信用卡中心" * 4)[:length]
    table = Table(("债权人", "欠款", "方案", "首期还款"),
                  ((name, "4,500.00 元", "按比例分配", "1,234.56 元"),),
                  ("l", "r", "l", "r"))
    letter = Letter(language="zh", paper="a4", title="表", author="李明", sender=(),
                    recipient=(), date_line="", salutation="",
                    body=(Block("table", table=table),), closing=(), signature=(),
                    page_label="{page}", dated=date(2026, 11, 28))
    text = "\n".join(_table_lines(render(letter), tmp_path))
    assert "4,500.00 元" in text and "1,234.56 元" in text
