"""Paid "negotiation agents": the warning, and noticing a caller who asks for money.

People chased for a debt are offered help by companies that promise to get interest stopped
(停息挂账) or the debt cut for a fee, or ask for the person's app login or verification codes
to do it. The seed article's advice is the opposite: contact the creditor yourself, through
its official line, explain, propose, and get it in writing; have a lawyer check an agreement
if need be. Everything such an agent offers can be done with the creditor's official line
and this app, for nothing, and handing over money or a login is how people lose both.
"""
from __future__ import annotations

import re

WARNING = {
    "zh": ("当心收费“代理协商”：凡是要求您先交手续费、服务费、保证金，或索要您的账号密码、"
           "验证码，声称能替您办理停息挂账、减免债务的，很可能是骗局。停息挂账、分期、减免"
           "都可以由您本人通过债权人的官方客服电话或在线客服申请，不收任何费用；本软件能帮您"
           "准备收支说明、证明材料和协商函。不要向个人或第三方账户转账，不要透露验证码。"),
    "en": ("Beware of paid \"debt negotiation\" agents: anyone who asks for a fee, a deposit, "
           "or your login or verification codes to get your interest stopped or your debt "
           "reduced on your behalf is most likely a scam. You can ask for all of this "
           "yourself, free, through the creditor's official phone line or online chat; this "
           "app prepares your budget, documents and letters. Never pay into a personal or "
           "third-party account and never share a verification code."),
}

# The same in two lines, where the call is logged (the whole of it on hover and in the guide).
SHORT_WARNING = {
    "zh": "当心收费“代理协商”：要您先交费，或索要账号密码、验证码的，很可能是骗局。停息挂账、"
          "分期都可以由您本人向债权人官方客服免费申请。",
    "en": "Beware of paid \"negotiation agents\": anyone asking for a fee, your login or a "
          "verification code is most likely a scam. You can ask the creditor's official line "
          "yourself, free.",
}

# What such a caller says: a fee to "handle" the debt, or the person's login. Matched on
# the call's summary as the person wrote it; a hint, never a verdict.
_FEE = re.compile(
    r"(手续费|服务费|中介费|代理费|咨询费|保证金|办理费|处理费|操作费|包过|先交|先付|先转|"
    r"代办|代理协商|代为协商|帮[你您]?(协商|停息|减免)|验证码|账号密码|登录密码|支付密码|"
    r"processing fee|handling fee|admin(istration)? fee|upfront fee|advance fee|a fee to|"
    r"pay (us|a fee)|deposit first|verification code|your password|your login)",
    re.IGNORECASE)


def sounds_like_paid_agent(text: str) -> bool:
    """Whether a call's summary reads like someone asking money or a login to "handle" the
    debt: the contact form then shows WARNING."""
    return bool(_FEE.search(text))
