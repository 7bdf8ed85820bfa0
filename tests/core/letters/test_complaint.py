"""A complaint about a collector's conduct: every breach with its date, time, caller and rule,
the log quoted, the evidence enclosed with checksums, the requests that follow from what
happened, and the next step the person's country gives."""
from __future__ import annotations

import copy
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from core import cli
from core.calllog.clocks import letter_outcome
from core.case.casefile import read_case_file
from core.errors import DomainError
from core.letters.compose import LetterRequest, compose
from tests.conftest import DATA
from tests.core.letters.test_letters import pdf_text, squeeze

ON = date(2026, 12, 3)
CN = timezone(timedelta(hours=8))
FULL = read_case_file(DATA / "zh_full_case.json")


def _call(ref: str, at: datetime, **more) -> dict:
    return {"ref": ref, "debts": ["D1"], "at": at, "channel": "phone",
            "direction": "incoming", "agent": "", "summary": "", "outcome": "information",
            "offer": None, "follow_up": None, "follow_up_done": False, "evidence": [],
            "caller": "某某资产管理有限公司", "caller_kind": "agency", "conduct": [], **more}


def _case() -> dict:
    """The full case, with a call at 22:30 and a fourth call got through in one day hidden
    among ordinary ones, and a recording attached to the marked call."""
    case = copy.deepcopy(FULL)
    case["contacts"][3]["evidence"] = ["E1"]
    case["contacts"] += [
        _call("X1", datetime(2026, 11, 21, 21, 59, tzinfo=CN), summary="催还款"),
        _call("X2", datetime(2026, 11, 21, 22, 30, tzinfo=CN), summary="深夜来电催还款"),
        *[_call(f"Y{i}", datetime(2026, 11, 24, 9 + i, 0, tzinfo=CN)) for i in range(4)],
    ]
    return case


def _letter(case: dict, language: str, **more) -> str:
    return compose(case, LetterRequest(debt="D1", kind="complaint", language=language, on=ON,
                                       **more)).text()


def test_the_chinese_complaint_names_each_breach_its_time_and_its_rule() -> None:
    text = _letter(_case(), "zh")
    assert "关于花呗（尾号5678）催收行为的投诉" in text
    assert "2026年11月21日 22:30，某某资产管理有限公司来电：在允许的催收时段（08:00–22:00）之外" \
        in text
    assert "2026年11月21日 21:59" not in text  # a minute before ten is allowed
    assert "2026年11月24日 12:00" in text and "第4次接通的来电" in text
    assert "对方联系了本人的家人、朋友或工作单位" in text and "第十三条" in text
    assert "对方向本人索要“处理费”" in text and "第十九条" in text
    assert "原文条款待核实" in text  # the reported rules say so
    assert "“自称律师事务所，说不还钱就通知单位和家人" in text  # the log, quoted
    assert "停止联系本人的家人、朋友和工作单位" in text  # family were contacted
    assert "书面告知受托催收机构的名称" in text  # an agency called
    assert "12378" in text  # China's next step
    sha = "aaaaaaaaaaaaaaaa " * 3 + "aaaaaaaaaaaaaaaa"
    assert f"SHA-256：{sha}" in text  # the recording, with its checksum


def test_the_english_complaint_and_the_uk_next_step() -> None:
    case = _case()
    case["currency"], case["country"] = "GBP", "GB"
    text = _letter(case, "en")
    assert "complaint about debt collection conduct" in text
    assert "21 November 2026 at 22:30, a call from 某某资产管理有限公司" in text
    assert "FCA Handbook" in text
    assert "within eight weeks of receiving this letter" in text
    assert "Financial Ombudsman Service" in text


def test_no_breach_means_no_complaint() -> None:
    case = copy.deepcopy(FULL)
    case["contacts"] = case["contacts"][:3]  # the marked agency call removed
    with pytest.raises(DomainError, match="no likely breach"):
        compose(case, LetterRequest(debt="D1", kind="complaint", language="en", on=ON))
    with pytest.raises(DomainError):  # a debt whose calls were all fine
        compose(_case(), LetterRequest(debt="D2", kind="complaint", language="zh", on=ON))


def test_a_plan_adds_the_circumstances_and_finances() -> None:
    plain, planned = _letter(_case(), "zh"), _letter(_case(), "zh", plan="按比例分期")
    assert "困难和收支情况" not in plain
    assert "六、困难和收支情况" in planned and "每月收入合计" in planned


def test_the_command_line_prints_the_complaint_and_refuses_without_breaches(
        tmp_path: Path, capsys) -> None:
    store, out = tmp_path / "s", tmp_path / "投诉.pdf"
    assert cli.main(["--data-dir", str(store), "import", str(DATA / "zh_full_case.json")]) == 0
    code = cli.main(["--data-dir", str(store), "letter", "--debt", "D1", "--kind",
                     "complaint", "--lang", "zh", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    text = squeeze("".join(pdf_text(out.read_bytes())))
    assert "催收行为的投诉" in text and "第十三条" in text and "2026年11月20日21:40" in text
    capsys.readouterr()
    none = tmp_path / "none.pdf"
    code = cli.main(["--data-dir", str(store), "letter", "--debt", "D2", "--kind",
                     "complaint", "--lang", "en", "--out", str(none)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "no likely breach" in err
    assert not none.exists()


def _sent_complaint(case: dict) -> dict:
    case["contacts"].append({
        **_call("L1", datetime(2026, 11, 22, 10, 0, tzinfo=CN)), "channel": "letter",
        "direction": "outgoing", "summary": "关于花呗（尾号5678）催收行为的投诉",
        "caller": "", "caller_kind": None,
        "outcome": letter_outcome("complaint")})  # as recording it as sent writes it
    return case


def test_to_the_regulator_the_creditor_is_named_and_the_earlier_complaint_cited() -> None:
    text = _letter(_sent_complaint(_case()), "zh", to="regulator")
    assert "致：国家金融监督管理总局" in text and "12378" in text
    assert "尊敬的国家金融监督管理总局：" in text
    assert "本人已于2026年11月22日就此向支付宝（花呗）寄出书面投诉" in text
    assert "调查支付宝（花呗）及其委托机构的上述行为" in text
    assert "贵公司" not in text and "尾号 5678\n" not in text  # the creditor is not addressed
    without = _letter(_case(), "zh", to="regulator")
    assert "寄出书面投诉" not in without  # nothing claimed that the log does not hold
    english = _letter(_sent_complaint(_case()), "en", to="regulator")
    assert "National Financial Regulatory Administration" in english
    assert "I complained to 支付宝（花呗） in writing on 22 November 2026" in english


def test_the_uk_ombudsman_and_no_regulator_elsewhere() -> None:
    case = _case()
    case["currency"], case["country"] = "GBP", "GB"
    assert "Financial Ombudsman Service" in _letter(case, "en", to="regulator").split("\n")[5]
    case["country"] = "FR"
    with pytest.raises(DomainError):  # no rules for France, so no breach either
        _letter(case, "en", to="regulator")
    with pytest.raises(DomainError, match="only a complaint"):
        compose(case, LetterRequest(debt="D1", kind="waiver", language="en", on=ON,
                                    to="regulator"))
