"""The rules collectors must follow, per country, as data: what each checks, its parameters,
the text it comes from, how firmly it binds, and what it says in Chinese and in English.

core.calllog.conduct runs these against the call log. A rule's `standing` says how much
weight a finding can bear: `binding` (law or a regulator's rules), `convention` (industry
self-regulation its members signed up to) or `reported` (secondary sources agree on what the
text says, but its exact article or wording could not be checked: the finding is worded as
"reported rule, judge for yourself"). `source.article` is left empty rather than guessed.

The texts are kept beside the rules, as guide.py keeps the seven steps, so that a rule and
its wording change together; `Text.of(language)` picks one.

What is deliberately not here, because no source found states it: a number of calls for
Britain (CONC speaks only of unreasonable times and frequency), calling hours for Chinese
credit cards, and, for China, rules on false claims or on contact after a request to stop.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import time
from typing import NamedTuple

BINDING, CONVENTION, REPORTED = "binding", "convention", "reported"
STANDINGS = (BINDING, CONVENTION, REPORTED)

# what a rule checks (core.calllog.conduct has one function per kind)
HOURS = "hours"  # a contact outside the allowed local hours
CALLS = "calls"  # more than `max_calls` phone calls within `window_days` days
AFTER_CONVERSATION = "after_conversation"  # a call within `window_days` of a conversation
CONDUCT = "conduct"  # a contact the person marked with one of `conduct`
CALLS_ONE_DAY = "calls_one_day"  # not a check: how CALLS words a limit on one day
AFTER_AGREEMENT = "after_agreement"  # a contact after an agreement for the debt was made


FEE_SCAM = "fee_request_scam"  # the warning code a request for a fee raises in any country

# Debt kinds the Chinese rules cover. The 2011 measures bind card issuers; the Internet
# Finance Association's texts cover online consumer lending such as Huabei and Jiebei.
CARD_KINDS = ("credit_card",)
ONLINE_KINDS = ("consumer_credit", "online_loan")


class Text(NamedTuple):
    zh: str
    en: str

    def of(self, language: str) -> str:
        return self.zh if language == "zh" else self.en


@dataclass(frozen=True, slots=True)
class Source:
    title: str  # in the document's own language
    article: str  # "" where the exact article could not be confirmed
    in_force: str  # ISO date, or year-month where only that is known
    citation: str  # how a letter cites it; no URL


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    country: str
    check: str
    source: Source
    standing: str
    title: Text
    explanation: Text  # what the rule says and whom it binds
    applies_to_creditor: bool = True  # False: binds outside collectors only, not the creditor
    kinds: tuple[str, ...] = ()  # the debt kinds it covers; () means every kind
    conduct: tuple[str, ...] = ()  # CONDUCT: the marks it forbids
    earliest: time = time(0)  # HOURS: the first allowed local time
    latest: time = time(0)  # HOURS: the end of the allowed hours
    latest_allowed: bool = True  # HOURS: whether a contact exactly at `latest` is allowed
    max_calls: int = 0  # CALLS
    window_days: int = 0  # CALLS, AFTER_CONVERSATION: the days counted, the first included
    answered_only: bool = False  # CALLS: count only calls that got through
    per_creditor: bool = False  # CALLS: count per creditor (its agencies included), not per
    #                             debt and collector


_REG_F = "Regulation F (12 CFR part 1006)"
_REG_F_IN_FORCE = "2021-11-30"
_CONC = "FCA Handbook, Consumer Credit sourcebook (CONC)"
_CONC_IN_FORCE = "2014-04-01"
_CARD = "商业银行信用卡业务监督管理办法（中国银行业监督管理委员会令2011年第2号）"
_NIFA_2018 = "互联网金融逾期债务催收自律公约（试行）"
_NIFA_2024 = "互联网金融贷后催收业务指引"


def _reg_f(section: str) -> Source:
    return Source(_REG_F, section, _REG_F_IN_FORCE, f"12 CFR {section} (Regulation F)")


def _conc(article: str) -> Source:
    return Source(_CONC, article, _CONC_IN_FORCE, f"FCA Handbook, {article}")


def _card(article: str) -> Source:
    return Source(_CARD, article, "2011-01-13", f"《商业银行信用卡业务监督管理办法》{article}")


def _nifa_2018(article: str) -> Source:
    return Source(_NIFA_2018, article, "2018-03",
                  f"中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》{article}")


_NIFA_2024_SOURCE = Source(_NIFA_2024, "", "2024-05",
                           "中国互联网金融协会《互联网金融贷后催收业务指引》（2024 年 5 月）")

_COLLECTORS_ONLY = Text("该规则约束第三方催收机构，不约束自行催收的债权人。",
                        " It binds debt collectors, not a creditor collecting its own debt.")
_CONC_BINDS = Text("约束贷款方和催收机构。", " It binds lenders and debt collectors alike.")
_CARD_BINDS = Text("约束发卡银行及其委托的催收机构。",
                   " It binds card-issuing banks and the collectors they hire.")
_NIFA_BINDS = Text("约束协会会员（网络借贷平台、消费金融公司等）及其委托的催收机构。",
                   " It binds the association's members (online lenders, consumer finance "
                   "companies and others) and the collectors they hire.")


def _binding(rule: Rule, binds: Text) -> Rule:
    """The rule, its explanation saying whom it binds; a rule that binds debt collectors
    only is not applied to the creditor itself."""
    return replace(rule, explanation=Text(rule.explanation.zh + binds.zh,
                                          rule.explanation.en + binds.en),
                   applies_to_creditor=binds is not _COLLECTORS_ONLY)


US: tuple[Rule, ...] = tuple(_binding(rule, _COLLECTORS_ONLY) for rule in (
    Rule("us.reg_f.calling_hours", "US", HOURS, _reg_f("§ 1006.6(b)(1)(i)"), BINDING,
         Text("在不便的时间联系", "Contact at an inconvenient time"),
         Text("除非您同意，催收机构不得在您当地时间早上 8 点以前或晚上 9 点以后联系您。",
              "Unless you agreed to it, a debt collector must not contact you before 8 a.m. "
              "or after 9 p.m. your local time."),
         earliest=time(8), latest=time(21)),
    Rule("us.reg_f.call_frequency", "US", CALLS, _reg_f("§ 1006.14(b)(2)"), BINDING,
         Text("7 天内来电超过 7 次", "More than seven calls in seven days"),
         Text("就同一笔债务在连续 7 天内打来超过 7 次电话（无论是否接通），推定为骚扰。",
              "Placing more than seven telephone calls within seven consecutive days about "
              "one debt, answered or not, is presumed to be harassment."),
         max_calls=7, window_days=7),
    Rule("us.reg_f.call_after_conversation", "US", AFTER_CONVERSATION,
         _reg_f("§ 1006.14(b)(2)"), BINDING,
         Text("通话后 7 天内再次来电", "A call within seven days of a conversation"),
         Text("就同一笔债务与您通过电话后，7 天内（通话当天算第 1 天）再打来电话，推定为骚扰。",
              "Calling again within seven days after a telephone conversation about the same "
              "debt (the day of the conversation is day 1) is presumed to be harassment."),
         window_days=7),
    Rule("us.reg_f.third_party", "US", CONDUCT, _reg_f("§ 1006.6(d)(1)"), BINDING,
         Text("与他人谈论您的债务", "Talking to other people about your debt"),
         Text("催收机构不得与您、您的律师、债权人等规则列明者以外的人谈论您的债务（向他人询问您的"
              "联系方式除外）。",
              "A debt collector must not communicate about your debt with anyone but you, your "
              "attorney, the creditor and the few others the rule lists (it may ask others only "
              "where to find you)."),
         conduct=("third_party",)),
    Rule("us.reg_f.harassment", "US", CONDUCT, _reg_f("§ 1006.14(a), (c)"), BINDING,
         Text("骚扰或威胁", "Harassment or threats"),
         Text("催收机构不得做出会骚扰、压迫或伤害他人的行为，不得使用或威胁使用暴力或其他违法手段"
              "伤害您的人身、名誉或财产。",
              "A debt collector must not act in a way whose natural consequence is to harass, "
              "oppress or abuse, nor use or threaten violence or other criminal means against "
              "you, your reputation or your property."),
         conduct=("threat",)),
    Rule("us.reg_f.abusive_language", "US", CONDUCT, _reg_f("§ 1006.14(d)"), BINDING,
         Text("下流、亵渎或辱骂性语言", "Obscene, profane or abusive language"),
         Text("催收机构不得使用下流、亵渎的语言，或自然会伤害听者的辱骂性语言。",
              "A debt collector must not use obscene or profane language, or language whose "
              "natural consequence is to abuse the hearer."),
         conduct=("abuse",)),
    Rule("us.reg_f.false_representation", "US", CONDUCT, _reg_f("§ 1006.18"), BINDING,
         Text("虚假或误导性陈述", "False or misleading representations"),
         Text("催收机构不得作任何虚假、欺骗或误导性的陈述，例如冒充律师或政府人员，或夸大欠款金额"
              "与法律后果。",
              "A debt collector must not use any false, deceptive or misleading representation, "
              "such as posing as a lawyer or an official, or misstating what you owe or what "
              "can happen to you."),
         conduct=("false_claim",)),
    Rule("us.reg_f.unauthorized_amounts", "US", CONDUCT, _reg_f("§ 1006.22(b)"), BINDING,
         Text("收取未经允许的费用", "Collecting amounts not allowed"),
         Text("除非产生债务的合同或法律明确允许，催收机构不得收取任何款项（包括利息、手续费、"
              "其他费用）。",
              "A debt collector must not collect any amount, including any interest, fee or "
              "charge, unless the agreement creating the debt or the law expressly allows it."),
         conduct=("fee_request",)),
    Rule("us.reg_f.after_cease_request", "US", CONDUCT, _reg_f("§ 1006.6(c)(1)"), BINDING,
         Text("书面要求停止后仍联系", "Contact after a written request to stop"),
         Text("您书面告知催收机构拒绝付款或要求停止联系后，对方只能书面告知将停止催收，或将采取的"
              "具体措施。",
              "Once you tell a debt collector in writing that you refuse to pay or want it to "
              "stop, it may only tell you that it is stopping or which specific remedy it may "
              "invoke."),
         conduct=("after_stop_request",)),
))

GB: tuple[Rule, ...] = tuple(_binding(rule, _CONC_BINDS) for rule in (
    Rule("gb.conc.calling_hours", "GB", HOURS,
         Source(_CONC, "CONC 7.9.4 R", _CONC_IN_FORCE,
                "FCA Handbook, CONC 7.9.4 R; hours as in MCOB 13.5.4 G"), REPORTED,
         Text("在不合理的时间联系", "Contact at an unreasonable time"),
         Text("CONC 7.9.4 R 禁止在不合理的时间联系客户，但没有写明钟点。FCA 在房贷欠款规则"
              "（MCOB 13.5.4 G）中说合理的时间通常在早上 8 点到晚上 9 点之间，这里按此检查。",
              "CONC 7.9.4 R forbids contact at unreasonable times but names no hours; the FCA's "
              "mortgage arrears guidance (MCOB 13.5.4 G) says a reasonable hour usually falls "
              "between 8 am and 9 pm, and this check uses those hours."),
         earliest=time(8), latest=time(21)),
    Rule("gb.conc.contact_requests", "GB", CONDUCT, _conc("CONC 7.9.4 R"), BINDING,
         Text("无视您对联系方式的合理要求", "Ignoring how you asked to be contacted"),
         Text("必须充分考虑您对何时、何地、以何种方式联系您的合理要求，例如只以书面方式联系。",
              "A firm must pay due regard to your reasonable requests about when, where and how "
              "you are contacted, such as a request for contact in writing only."),
         conduct=("after_stop_request",)),
    Rule("gb.conc.third_parties", "GB", CONDUCT, _conc("CONC 7.9.7 R"), BINDING,
         Text("让他人知道您的债务", "Letting others learn of your debt"),
         Text("联系您时，不得做出可能让您当众难堪的行为，并须采取合理措施，避免第三方知道您正被追讨"
              "债务。",
              "When contacting you, a firm must not act in a way likely to embarrass you "
              "publicly, and must take reasonable steps so that third parties do not learn you "
              "are being pursued for a debt."),
         conduct=("third_party",)),
    Rule("gb.conc.oppressive", "GB", CONDUCT, _conc("CONC 2.2.2 G (2)"), BINDING,
         Text("咄咄逼人或压迫性的行为", "Aggressive or oppressive behaviour"),
         Text("FCA 指出，咄咄逼人或压迫性的行为、不公平的胁迫，可能违反公平对待客户的原则"
              "（Principle 6）。",
              "The FCA names aggressive or oppressive behaviour and unfair coercion as conduct "
              "likely to breach Principle 6, treating customers fairly."),
         conduct=("threat", "abuse")),
    Rule("gb.conc.misrepresentation", "GB", CONDUCT, _conc("CONC 7.11.1 R"), BINDING,
         Text("虚报权限或法律地位", "Misrepresenting authority or the legal position"),
         Text("联系您时，不得虚报自己的权限，或在债务及追讨程序上的法律地位，例如谎称受法院指派。",
              "When contacting you, a firm must not misrepresent its authority or its legal "
              "position about the debt or the recovery process, for example by claiming to act "
              "for a court when it does not."),
         conduct=("false_claim",)),
))

CN: tuple[Rule, ...] = (
    Rule("cn.nifa_2024.calling_hours", "CN", HOURS, _NIFA_2024_SOURCE, REPORTED,
         Text("在 22:00 至次日 8:00 催收", "Collection between 22:00 and 08:00"),
         Text("据报道，中国互联网金融协会 2024 年的《互联网金融贷后催收业务指引》规定："
              "双方未约定的，不应在每日 22:00 至次日 8:00 催收。适用于个人网络消费信贷（如花呗、"
              "借呗）及其委托的催收机构；具体条文未能核实。",
              "Reported: the China Internet Finance Association's 2024 guideline on post-loan "
              "collection says that, unless agreed, collection should not take place between "
              "22:00 and 08:00. It covers personal online consumer credit (such as Huabei and "
              "Jiebei) and the agencies collecting it; its exact article could not be checked."),
         kinds=ONLINE_KINDS, earliest=time(8), latest=time(22), latest_allowed=False),
    Rule("cn.nifa_2024.daily_calls", "CN", CALLS, _NIFA_2024_SOURCE, REPORTED,
         Text("每天接通电话超过 3 次", "More than three connected calls a day"),
         Text("据报道，同一指引规定：同一金融机构及其合作的催收机构，每天对同一债务人拨通电话合计"
              "不应超过 3 次。具体条文未能核实。",
              "Reported: the same guideline says a lender and the agencies working for it "
              "together should not get through to one debtor by phone more than three times a "
              "day. Its exact article could not be checked."),
         kinds=ONLINE_KINDS, max_calls=3, window_days=1, answered_only=True,
         per_creditor=True),
    *(_binding(rule, _CARD_BINDS) for rule in (
    Rule("cn.card.third_party", "CN", CONDUCT, _card("第六十八条"), BINDING,
         Text("向与债务无关的第三人催收", "Collecting from unrelated third parties"),
         Text("《商业银行信用卡业务监督管理办法》第六十八条：发卡银行不得对与债务无关的第三人进行"
              "催收。",
              "Article 68 of the 2011 credit card measures: a card issuer must not collect "
              "from third parties unrelated to the debt."),
         kinds=CARD_KINDS, conduct=("third_party",)),
    Rule("cn.card.improper_means", "CN", CONDUCT, _card("第六十八条"), BINDING,
         Text("暴力、胁迫、恐吓或辱骂催收", "Violent, coercive, threatening or abusive collection"),
         Text("《商业银行信用卡业务监督管理办法》第六十八条：不得采用暴力、胁迫、恐吓或辱骂等不当"
              "催收行为。",
              "Article 68 of the 2011 credit card measures: collection must not use violence, "
              "coercion, intimidation, abuse or similar improper means."),
         kinds=CARD_KINDS, conduct=("threat", "abuse")),
    Rule("cn.card.after_agreement", "CN", AFTER_AGREEMENT, _card("第七十条"), BINDING,
         Text("达成分期协议后仍催收", "Collection after an installment agreement"),
         Text("《商业银行信用卡业务监督管理办法》第七十条：个性化分期还款协议签署后，持卡人未违约的，"
              "发卡银行应停止催收。",
              "Article 70 of the 2011 credit card measures: once a personalised installment "
              "agreement is signed, the bank stops collecting unless the cardholder defaults "
              "on it."),
         kinds=CARD_KINDS),
    )),
    *(_binding(rule, _NIFA_BINDS) for rule in (
    Rule("cn.nifa_2018.unrelated_persons", "CN", CONDUCT, _nifa_2018("第十三条"), CONVENTION,
         Text("骚扰无关人员", "Harassing unrelated people"),
         Text("《互联网金融逾期债务催收自律公约（试行）》第十三条：催收对象应符合法律法规要求，不得"
              "骚扰无关人员。",
              "Article 13 of the Internet Finance Association's 2018 convention on collecting "
              "overdue debts: collection must not harass people unrelated to the debt."),
         kinds=ONLINE_KINDS, conduct=("third_party",)),
    Rule("cn.nifa_2018.intimidation", "CN", CONDUCT, _nifa_2018("第十六条"), CONVENTION,
         Text("恐吓、威胁、辱骂", "Intimidation, threats or insults"),
         Text("《互联网金融逾期债务催收自律公约（试行）》第十六条：催收人员应文明礼貌，不得以恐吓、"
              "威胁、辱骂等言语或行为逼迫债务人。",
              "Article 16 of the 2018 convention: collectors must speak civilly and must not "
              "intimidate, threaten or insult debtors."),
         kinds=ONLINE_KINDS, conduct=("threat", "abuse")),
    Rule("cn.nifa_2018.extra_fees", "CN", CONDUCT, _nifa_2018("第十九条"), CONVENTION,
         Text("以催收名义收取费用", "Fees charged in the name of collection"),
         Text("《互联网金融逾期债务催收自律公约（试行）》第十九条：催收人员不得通过指定渠道以外的"
              "方式收取还款，不得以催收名义违规收取额外费用。",
              "Article 19 of the 2018 convention: collectors must take repayments only through "
              "the channels the lender designates and must not charge extra fees in the name of "
              "collection."),
         kinds=ONLINE_KINDS, conduct=("fee_request",)),
    )),
)

RULES: dict[str, tuple[Rule, ...]] = {"CN": CN, "GB": GB, "US": US}
CURRENCY_COUNTRIES = {"CNY": "CN", "GBP": "GB", "USD": "US"}

CONDUCT_LABELS: dict[str, Text] = {
    "third_party": Text("联系了家人、朋友或单位", "family, friends or employer contacted"),
    "threat": Text("威胁", "threats"),
    "abuse": Text("辱骂", "abuse"),
    "false_claim": Text("冒充公检法、律师或夸大欠款", "false claims of authority or amount"),
    "fee_request": Text("索要“处理费”", "a fee asked to handle the debt"),
    "after_stop_request": Text("书面要求停止后仍联系", "contact after a written request to stop"),
    "other": Text("其他", "other"),
}

# What a finding says, per kind of check; the fields are filled by core.calllog.conduct.
FINDINGS: dict[str, Text] = {
    HOURS: Text("{date} {time}（当地时间）联系，在允许的时段 {earliest}–{latest} 之外。",
                "Contacted on {date} at {time} local time, outside the hours {earliest}–"
                "{latest}."),
    CALLS: Text("{first} 至 {date} 的 {days} 天内第 {count} 次来电（上限 {max} 次）。",
                "Call number {count} within the {days} days from {first} to {date} (the "
                "limit is {max})."),
    CALLS_ONE_DAY: Text("{date} 当天第 {count} 次来电（上限 {max} 次）。",
                        "Call number {count} on {date} (the limit is {max} a day)."),
    AFTER_CONVERSATION: Text(
        "{conversation} 通话后，{date} {time} 再次来电（通话当天算第 1 天，这是第 {day} 天）。",
        "Called on {date} at {time}, day {day} after the conversation of {conversation} "
        "(the day of the conversation is day 1)."),
    CONDUCT: Text("{date} {time} 的联系被标记为：{marks}。",
                  "The contact on {date} at {time} was marked: {marks}."),
    AFTER_AGREEMENT: Text("{agreed_on} 已达成还款协议，{date} {time} 仍来催收。",
                          "Contacted on {date} at {time}, after the agreement of {agreed_on}."),
}
REPORTED_PREFIX = Text("据报道的规则，请自行判断：", "Reported rule, judge for yourself: ")
FEE_SCAM_WARNING = Text(
    "有人索要费用来“处理”您的债务，这很可能是诈骗：只通过债权人官方渠道还款，不要向个人账户转账。",
    "Someone asked for a fee to \"handle\" your debt: this is very likely a scam. Pay only "
    "through the creditor's official channels, never into a personal account.")
