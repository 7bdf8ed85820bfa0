"""A caller asking money or a login to "handle" the debt is noticed; ordinary calls are not."""
from __future__ import annotations

import pytest

from core.calllog.paid_agents import WARNING, sounds_like_paid_agent
from core.debts.guide import beware


@pytest.mark.parametrize("summary", [
    "对方说可以帮你停息挂账，但要先交 2000 元服务费",
    "自称法务，要求先付 500 元手续费才能办理减免",
    "让我把支付宝验证码告诉他，说帮我操作分期",
    "They offered to get the interest frozen for a processing fee of £300.",
    "Asked for my login so they could negotiate on my behalf; said to pay a fee to start.",
])
def test_a_fee_or_a_login_to_handle_the_debt_is_noticed(summary: str) -> None:
    assert sounds_like_paid_agent(summary)


@pytest.mark.parametrize("summary", [
    "说明收入下降和孩子住院的情况，询问个性化分期。客服要求提供收入证明。",
    "在线客服表示可以申请延期还款，需要上传证明材料。",
    "同意停息分期 24 期，每月 650 元，违约金减免。",
    "Agreed to freeze interest; they will send the terms in writing.",
])
def test_an_ordinary_call_is_not(summary: str) -> None:
    assert not sounds_like_paid_agent(summary)


def test_the_guide_ends_with_the_warning_in_each_language() -> None:
    assert beware("zh") == WARNING["zh"] and "验证码" in beware("zh")
    assert beware("en") == WARNING["en"] and beware("fr") == WARNING["en"]
