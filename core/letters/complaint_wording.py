"""The wording of a complaint about a collector's conduct, in Chinese and in English.

Merged into the letters' texts (core.letters.wording), so a complaint shares the other
letters' blocks, salutation and closing. Placeholders are filled by core.letters.complaint;
the rules' own titles and sources come from core.calllog.conduct_rules.
"""
from __future__ import annotations

ZH: dict[str, str] = {
    "subject_complaint": "关于{product}{account}催收行为的投诉",
    "complaint_opening": "本人{name}，是贵方{product}{account}的客户。{status}本人愿意还款。"
                         "但近期{who}在催收中有以下行为，本人认为违反了催收的相关规定，现正式"
                         "投诉，请贵方核查处理。",
    "complaint_status": "该账户自{since}起逾期。",
    "who_creditor": "贵方的催收人员",
    "who_agencies": "贵方及受贵方委托的催收机构（{names}）",
    "who_agencies_unnamed": "贵方及受贵方委托的催收机构",
    "h_breaches": "投诉事项",
    "breach_item": "{when}，{source}：{what}所涉规定：{rule}，见{citation}。",
    "marks_and": "，并",
    "breach_reported": "（此条依据为公开报道的行业规定，原文条款待核实。）",
    "breach_convention": "（此条为行业自律规定。）",
    "source_creditor": "贵方来电",
    "source_agency": "{caller}来电",
    "source_unnamed_agency": "受托催收机构来电",
    "h_log": "联系记录摘录",
    "log_intro": "以下摘自本人当时所做的联系记录（时间为本地时间）：",
    "log_item": "{when}，{channel}，{direction}{who}：{summary}",
    "log_incoming": "对方来电",
    "log_outgoing": "本人联系对方",
    "log_who": "，对方：{agent}",
    "log_no_summary": "（未记录内容）",
    "h_asks": "请求事项",
    "ask_stop": "立即停止上述行为，今后催收须遵守相关规定，只在合理时间、以合理频率与本人联系。",
    "ask_third_party": "停止联系本人的家人、朋友和工作单位，不得向他们透露本人的债务情况。",
    "ask_agreement": "在本人履行还款协议期间停止催收。",
    "ask_fee": "说明向本人索要“手续费”的人员是否为贵方或贵方委托的机构；本人不会向任何个人或"
               "第三方账户付款。",
    "ask_agency": "书面告知受托催收机构的名称和联系方式，并告知已要求其纠正上述行为。",
    "ask_correct": "核实并纠正因上述行为产生的不实记录或信息。",
    "ask_result": "将调查和处理结果书面告知本人；如上述行为给本人造成损失，请依法承担相应责任。",
    "h_complaint_enclosures": "随附证据",
    "complaint_enclosures_intro": "随信附上以下证据（录音、截图等）。每份文件后附 SHA-256 "
                                  "校验值，可用来核对文件没有被改动：",
    "complaint_enclosure": "{title}{date}，文件名：{name}，SHA-256：{sha}",
    "complaint_enclosures_none": "相关录音和截图本人已保存，如需要可另行提供。",
    "complaint_id_card": "另附本人身份证复印件（正反面）。",
    "complaint_reply": "请贵方在收到本信后{within}书面答复处理结果。{escalate}",
    "within_days": "{days}日内",
    "within_GB": "八周内",
    "escalate_CN": "如到期未答复，或处理结果未能解决问题，本人将向国家金融监督管理总局"
                   "（消费者投诉热线12378）等监管部门及相关行业协会反映。",
    "escalate_GB": "",
    "escalate_US": "",
    "escalate_none": "如问题未能解决，本人将向有关监管部门反映。",
    "h_complaint_context": "困难和收支情况",
    "complaint_thanks": "感谢贵方对此事的重视。",
    # to the regulator ("_r"): the creditor is named, the regulator addressed
    "subject_complaint_r": "关于{creditor}催收行为的投诉",
    "complaint_opening_r": "本人{name}，在{creditor}有一笔{product}欠款{account}。{status}本人"
                           "愿意还款。但近期{who}在催收中有以下行为，本人认为违反了催收的相关"
                           "规定。{prior}现向贵单位投诉，恳请依法处理。",
    "complaint_prior": "本人已于{date}就此向{creditor}寄出书面投诉，问题至今未能解决。",
    "who_creditor_r": "{creditor}的催收人员",
    "who_agencies_r": "{creditor}及其委托的催收机构（{names}）",
    "who_agencies_unnamed_r": "{creditor}及其委托的催收机构",
    "source_creditor_r": "{creditor}来电",
    "ask_stop_r": "调查{creditor}及其委托机构的上述行为，督促其立即停止并依法纠正。",
    "ask_third_party_r": "督促其停止联系本人的家人、朋友和工作单位，不得向他们透露本人的债务"
                         "情况。",
    "ask_agreement_r": "督促其在本人履行还款协议期间停止催收。",
    "ask_fee_r": "核查向本人索要“手续费”的人员是否为{creditor}或其委托的机构。",
    "ask_agency_r": "要求{creditor}说明其委托的催收机构及其管理情况。",
    "ask_correct_r": "督促其纠正因上述行为产生的不实记录或信息。",
    "ask_result_r": "将处理结果告知本人。",
    "complaint_reply_r": "如需补充材料，本人会及时提供。",
    "h_reply_r": "补充材料",
}

EN: dict[str, str] = {
    "subject_complaint": "Re: {product}{account} – complaint about debt collection conduct",
    "complaint_opening": "I am writing about my {product}{account}. {status}I want to repay "
                         "this debt. However, {who} acted as set out below while collecting "
                         "it, which I believe breaks the rules on debt collection. Please "
                         "treat this letter as a formal complaint and investigate it.",
    "complaint_status": "The account has been in arrears since {since}. ",
    "who_creditor": "your collections staff",
    "who_agencies": "you and the collection agencies acting for you ({names})",
    "who_agencies_unnamed": "you and the collection agencies acting for you",
    "h_breaches": "What happened",
    "breach_item": "{when}, {source}: {what} Rule: {rule} – {citation}.",
    "marks_and": " and ",
    "breach_reported": " (This rule is an industry rule known from published reports; its "
                       "exact wording has not been checked.)",
    "breach_convention": " (This rule is an industry code of practice.)",
    "source_creditor": "a call from you",
    "source_agency": "a call from {caller}",
    "source_unnamed_agency": "a call from a collection agency",
    "h_log": "From my call log",
    "log_intro": "From the notes I made at the time (local times):",
    "log_item": "{when}, {channel}, {direction}{who}: {summary}",
    "log_incoming": "they contacted me",
    "log_outgoing": "I contacted them",
    "log_who": ", spoke with {agent}",
    "log_no_summary": "(nothing noted)",
    "h_asks": "What I ask",
    "ask_stop": "Stop the conduct described above at once, and contact me only at "
                "reasonable times and at a reasonable frequency.",
    "ask_third_party": "Stop contacting my family, friends and employer, and do not tell "
                       "them about my debt.",
    "ask_agreement": "Stop collection activity while I keep to our repayment agreement.",
    "ask_fee": "Tell me whether the person who asked me for a fee acts for you. I will not "
               "pay anything to a personal or third-party account.",
    "ask_agency": "Tell me in writing the name and contact details of any collection agency "
                  "acting for you, and that you have told it to correct its conduct.",
    "ask_correct": "Check and correct any wrong record or information that resulted.",
    "ask_result": "Tell me in writing what you found and what you have done, and put right "
                  "any loss this conduct has caused me.",
    "h_complaint_enclosures": "Evidence enclosed",
    "complaint_enclosures_intro": "I enclose the following recordings and screenshots. Each "
                                  "is followed by its SHA-256 checksum, which shows the file "
                                  "has not been changed:",
    "complaint_enclosure": "{title}{date}, file {name}, SHA-256: {sha}",
    "complaint_enclosures_none": "I have kept the recordings and screenshots and can send "
                                 "them on request.",
    "complaint_id_card": "I also enclose a copy of my ID card (front and back).",
    "complaint_reply": "Please reply in writing with the outcome within {within} of "
                       "receiving this letter. {escalate}",
    "within_days": "{days} days",
    "within_GB": "eight weeks",
    "escalate_CN": "If you do not reply in time, or your reply does not resolve this, I will "
                   "take my complaint to the National Financial Regulatory Administration "
                   "(consumer complaint line 12378) and the relevant industry association.",
    "escalate_GB": "If I do not receive your final response within eight weeks, or I am not "
                   "satisfied with it, I may refer my complaint to the Financial Ombudsman "
                   "Service.",
    "escalate_US": "If this is not resolved, I may submit a complaint to the Consumer "
                   "Financial Protection Bureau.",
    "escalate_none": "If this is not resolved, I will take my complaint to the regulator.",
    "h_complaint_context": "My circumstances and finances",
    "complaint_thanks": "Thank you for looking into this.",
    # to the regulator ("_r"): the creditor is named, the regulator addressed
    "subject_complaint_r": "Re: complaint about {creditor}'s debt collection – "
                           "{product}{account}",
    "complaint_opening_r": "I am a customer of {creditor} ({product}{account}). {status}I "
                           "want to repay this debt. However, {who} acted as set out below "
                           "while collecting it, which I believe breaks the rules on debt "
                           "collection. {prior}I ask you to look into my complaint.",
    "complaint_prior": "I complained to {creditor} in writing on {date}, and the matter has "
                       "not been resolved. ",
    "who_creditor_r": "{creditor}'s collections staff",
    "who_agencies_r": "{creditor} and the collection agencies acting for it ({names})",
    "who_agencies_unnamed_r": "{creditor} and the collection agencies acting for it",
    "source_creditor_r": "a call from {creditor}",
    "ask_stop_r": "Look into the conduct of {creditor} and those acting for it, and have it "
                  "stopped and put right.",
    "ask_third_party_r": "Have them stop contacting my family, friends and employer.",
    "ask_agreement_r": "Have them stop collection while I keep to our repayment agreement.",
    "ask_fee_r": "Establish whether the person who asked me for a fee acts for {creditor}.",
    "ask_agency_r": "Ask {creditor} which collection agencies act for it and how it oversees "
                    "them.",
    "ask_correct_r": "Have any wrong record or information that resulted corrected.",
    "ask_result_r": "Tell me the outcome.",
    "complaint_reply_r": "I can send any further documents you need.",
    "h_reply_r": "Further documents",
}
ZH["escalate_GB"] = ("如本人在八周内未收到贵方的最终答复，或对答复不满意，本人可将投诉提交英国"
                     "金融申诉专员服务机构（Financial Ombudsman Service）。")
ZH["escalate_US"] = "如问题未能解决，本人可向美国消费者金融保护局（CFPB）投诉。"

# What a breach was, told to the creditor, per kind of check (core.calllog.conduct_rules);
# the fields are the breach's values, dates already written out.
FINDINGS = {
    "zh": {
        "hours": "在允许的催收时段（{earliest}–{latest}）之外联系本人。",
        "calls": "这是{first}至{date}这{days}天内就该笔欠款的第{count}次来电，超过{max}次的"
                 "上限。",
        "calls_one_day": "这是当天第{count}次接通的来电，超过每天{max}次的上限。",
        "after_conversation": "{conversation}刚通过电话，第{day}天（通话当天算第1天）又来电。",
        "conduct": "对方{marks}。",
        "after_agreement": "{agreed_on}双方已达成还款协议，本人正在按约还款，对方仍来催收。",
    },
    "en": {
        "hours": "they contacted me outside the permitted hours ({earliest}–{latest}).",
        "calls": "this was call number {count} about this debt in the {days} days from "
                 "{first} to {date}, over the limit of {max}.",
        "calls_one_day": "this was call number {count} that day to get through, over the "
                         "limit of {max} a day.",
        "after_conversation": "they called again on day {day} after our conversation of "
                              "{conversation} (the day of the conversation being day 1).",
        "conduct": "they {marks}.",
        "after_agreement": "they pursued me although we had agreed a repayment plan on "
                           "{agreed_on} and I am keeping to it.",
    },
}
# The conduct the person marked, as the letter states it.
MARKS = {
    "zh": {"third_party": "联系了本人的家人、朋友或工作单位", "threat": "威胁本人",
           "abuse": "辱骂本人", "false_claim": "冒充公检法或律师，或夸大欠款金额",
           "fee_request": "向本人索要“处理费”",
           "after_stop_request": "在本人书面要求停止后仍联系本人",
           "other": "有其他不当行为"},
    "en": {"third_party": "contacted my family, friends or employer",
           "threat": "threatened me", "abuse": "were abusive",
           "false_claim": "falsely claimed to act for the police, a court or a lawyer, or "
                          "overstated what I owe",
           "fee_request": "asked me for a fee to \"handle\" the debt",
           "after_stop_request": "contacted me after I had asked in writing for contact to "
                                 "stop",
           "other": "behaved improperly"},
}

# Where a complaint goes once the creditor has had its time: per country, the regulator's or
# ombudsman's name and how to reach it (only what is published; no address is guessed).
REGULATORS = {
    "CN": {"zh": ("国家金融监督管理总局", "银行保险消费者投诉维权热线：12378"),
           "en": ("National Financial Regulatory Administration",
                  "Consumer complaint line: 12378")},
    "GB": {"zh": ("英国金融申诉专员服务机构（Financial Ombudsman Service）",
                  "Exchange Tower, London E14 9SR"),
           "en": ("Financial Ombudsman Service", "Exchange Tower, London E14 9SR")},
    "US": {"zh": ("美国消费者金融保护局（Consumer Financial Protection Bureau）",
                  "consumerfinance.gov/complaint，电话 (855) 411-2372"),
           "en": ("Consumer Financial Protection Bureau",
                  "consumerfinance.gov/complaint, (855) 411-2372")},
}


# The complaint pack (core.letters.complaint_pack): its members' names and the call log's
# columns and words.
PACK_NAMES = {
    "zh": {"letter": "投诉信.pdf", "log": "联系记录.csv", "evidence": "证据/"},
    "en": {"letter": "complaint.pdf", "log": "call-log.csv", "evidence": "evidence/"},
}
LOG_COLUMNS = {
    "zh": ("编号", "时间", "方式", "方向", "对方", "对方名称", "对方姓名/工号", "结果", "行为标记",
           "内容", "证据"),
    "en": ("ref", "time", "channel", "direction", "other side", "their name", "spoke with",
           "outcome", "conduct marked", "what was said", "evidence"),
}
LOG_WORDS = {
    "zh": {"creditor": "债权人本身", "agency": "催收机构", "law_firm": "律师事务所",
           "other": "其他", "incoming": "对方来电", "outgoing": "本人联系"},
    "en": {"creditor": "the creditor", "agency": "collection agency", "law_firm": "law firm",
           "other": "other", "incoming": "they contacted me", "outgoing": "I contacted them"},
}
