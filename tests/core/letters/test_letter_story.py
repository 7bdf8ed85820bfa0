"""Every statement in a letter follows from what was entered, and its figures tell one story:
the savings allowance only when there is one, and what the plan leaves out of the money left
each month, in figures that add up."""
from __future__ import annotations

import copy
import json
from decimal import Decimal

import pytest

from core.case.casefile import parse_case_bytes
from core.letters.compose import compose
from tests.core.letters.test_letters import letter_case, request


def _case(change=None) -> dict:
    document = letter_case()
    if change:
        change(document)
    return parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(), "case.json")


def _text(case, language: str, tables: bool = True) -> str:
    letter = compose(case, request("installment", language))
    parts = [block.text for block in letter.body if block.text]
    if tables:
        parts += ["".join(row) for block in letter.body if block.table
                  for row in block.table.rows]
    return "\n".join(parts)


def _left_and_budget(document: dict) -> tuple[Decimal, Decimal]:
    """Worked out here from the case file itself, apart from the code under test."""
    income = sum(Decimal(line["monthly"]) for line in document["budget"]["income"])
    spent = sum(Decimal(line["monthly"]) for line in document["budget"]["expenses"])
    plan = next(p for p in document["plans"] if p["name"] == "按比例分期")
    return income - spent, Decimal(plan["monthly_budget"])


def _no_savings(document: dict) -> None:
    document["budget"]["expenses"] = [line for line in document["budget"]["expenses"]
                                      if line["category"] != "savings"]


@pytest.mark.parametrize(("language", "word"), [("zh", "储蓄"), ("en", "saving")])
def test_savings_are_mentioned_only_when_a_savings_line_was_entered(language, word) -> None:
    assert word not in _text(_case(_no_savings), language).lower()
    said = [line for line in _text(_case(), language, tables=False).splitlines()
            if word in line.lower()]
    assert len(said) == 1 and "100.00" in said[0]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_what_the_plan_leaves_out_is_said_in_figures_that_add_up(language) -> None:
    document = letter_case()
    left, budget = _left_and_budget(document)
    assert left - budget == Decimal("520.00")  # the example keeps 520.00 of 2,020.00 back
    text = _text(_case(), language)
    line = next(line for line in text.splitlines() if "520.00" in line)
    assert "2,020.00" in line and "1,500.00" in line


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_plan_that_uses_all_that_is_left_says_nothing_is_kept(language) -> None:
    def use_all(document: dict) -> None:
        left, _ = _left_and_budget(document)
        for plan in document["plans"]:
            plan["monthly_budget"] = f"{left:.2f}"

    text = _text(_case(use_all), language)
    assert "未计入" not in text and "not included" not in text
    assert "2,020.00" in text


def test_the_old_claims_are_gone() -> None:
    text = _text(_case(_no_savings), "zh") + _text(_case(_no_savings), "en")
    for claim in ("支出已包含少量应急储蓄", "各债权人看到的是同样的数字",
                  "including a small savings"):
        assert claim not in text, claim


def test_the_source_case_is_not_changed_by_the_letter() -> None:
    document = letter_case()
    before = copy.deepcopy(document)
    _text(_case(), "zh")
    assert document == before


def test_characters_the_font_lacks_are_named_before_printing() -> None:
    from core.letters.pdf import missing_characters

    def rare_name(document: dict) -> None:
        document["person"]["name"] = "龘昇𠀀䶮𰀀𫖮"

    letter = compose(_case(rare_name), request("installment", "zh"))
    # 龘 and 昇 are in the main font, 𠀀 䶮 𫖮 (extensions B, A, C) in its fallback; 𰀀 is of
    # extension G, which no shipped font has.
    assert missing_characters(letter) == ("𰀀",)
    assert missing_characters(compose(_case(), request("installment", "zh"))) == ()


def test_the_command_line_says_which_characters_will_print_blank(tmp_path, capsys) -> None:
    from core import cli

    document = letter_case()
    document["person"]["name"] = "李𰀀"
    document["evidence"] = []  # the case file's evidence needs its bytes beside it
    source = tmp_path / "case.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    data = str(tmp_path / "store")
    assert cli.main(["--data-dir", data, "import", str(source)]) == 0
    capsys.readouterr()
    assert cli.main(["--data-dir", data, "letter", "--plan", "按比例分期", "--debt", "D3",
                     "--kind", "installment", "--lang", "en",
                     "--out", str(tmp_path / "l.pdf")]) == 0
    out, err = capsys.readouterr()
    assert "letter written" in out and "𰀀" in err and "print blank" in err


@pytest.mark.parametrize("language", ["zh", "en"])
def test_interest_since_the_statement_is_said_and_asked_to_be_waived(language) -> None:
    """D3: 15,600.00 at 0.05 % a day from 5 to 28 November (23 days) is 179.40, worked out
    here by hand; owed on the letter's date 16,118.30 + 179.40 = 16,297.70."""
    assert Decimal("15600.00") * Decimal("0.0005") * 23 == Decimal("179.4000")
    text = _text(_case(), language, tables=False)
    assert "16,297.70" in text and "179.40" in text
    waive = [line for line in text.splitlines() if "179.40" in line and "16,297.70" not in line]
    assert len(waive) == 1  # the plan freezes interest: the interest since is asked away too


def test_no_waiver_is_asked_where_the_terms_keep_interest() -> None:
    def keep_interest(document: dict) -> None:
        for plan in document["plans"]:
            for term in plan["terms"]:
                term["freeze_interest"] = False

    text = _text(_case(keep_interest), "zh", tables=False)
    assert "16,297.70" in text  # still said
    assert "一并免除" not in text


def test_nothing_is_added_when_the_letter_is_dated_on_the_statement() -> None:
    from datetime import date

    from core.letters.compose import LetterRequest

    case = _case()
    letter = compose(case, LetterRequest(debt="D3", kind="installment", language="zh",
                                         plan="按比例分期", on=date(2026, 11, 5)))
    assert "约欠" not in letter.text() and "一并免除" not in letter.text()


@pytest.mark.parametrize(("language", "plan_words"), [("zh", "还款方案"), ("en", "proposal")])
def test_a_confirmation_says_what_is_owed_today_but_proposes_no_plan(language,
                                                                     plan_words) -> None:
    """A confirmation asks for terms already agreed: the estimate for today is said, and
    nothing about what a proposal starts from (it makes none)."""
    opening = compose(_case(), request("confirmation", language)).body[0].text
    assert "16,297.70" in opening and plan_words not in opening
    proposal = compose(_case(), request("installment", language)).body[0].text
    assert "16,297.70" in proposal and plan_words in proposal


def _kept_line(language: str, **reason) -> str:
    letter = compose(_case(), request("installment", language, **reason))
    return next(block.text for block in letter.body if block.text and "520.00" in block.text)


@pytest.mark.parametrize(("language", "reason", "said"), [
    ("zh", "irregular_income", "收入不固定"),
    ("zh", "family_costs", "孩子上学、看病"),
    ("zh", "priority_bills", "房租、水电"),
    ("en", "irregular_income", "income is irregular"),
    ("en", "family_costs", "school and medical bills"),
    ("en", "priority_bills", "rent and utility arrears"),
])
def test_what_is_kept_back_is_given_the_reason_chosen(language, reason, said) -> None:
    line = _kept_line(language, kept_reason=reason)
    assert said in line and "2,020.00" in line and "1,500.00" in line
    assert said not in _kept_line(language)  # the reason is the person's, never assumed


@pytest.mark.parametrize("language", ["zh", "en"])
def test_without_a_reason_only_the_figures_are_said(language) -> None:
    """From the command line no reason can be given: the letter says what the figures show
    and claims nothing about what the money is for."""
    line = _kept_line(language)
    for reason in ("irregular_income", "family_costs", "priority_bills"):
        assert _kept_line(language, kept_reason=reason).startswith(line)
    for claim in ("缓冲", "应急", "开支", "留作", "buffer", "emergenc", "keep this back"):
        assert claim not in line, claim


def test_the_person_s_own_reason_is_said_as_a_sentence() -> None:
    zh = _kept_line("zh", kept_reason="other", kept_reason_text=" 母亲每月需要\n赡养费 ")
    assert zh.endswith("少520.00元。母亲每月需要赡养费。")
    en = _kept_line("en", kept_reason="other", kept_reason_text="I send it to my mother")
    assert en.endswith("statement above. I send it to my mother.")
    assert _kept_line("zh", kept_reason="other") == _kept_line("zh")  # nothing written


def test_a_reason_that_is_not_one_is_refused() -> None:
    from core.errors import DomainError

    with pytest.raises(DomainError, match='kept_reason: "hidden" is not one of'):
        compose(_case(), request("installment", "en", kept_reason="hidden"))
