"""The wording of the letters, in Chinese and in English.

The letter's language is chosen per letter (a creditor may need English while the window
is in Chinese), so this is kept apart from the interface's catalog in core.i18n.
Placeholders are filled by core.letters.compose; every amount arrives already formatted.
The six points a written agreement must state are the agreement's, not the letter's: they
live in core.debts.agreements (SIX_POINTS), where the agreement dialog reads them too.
"""
from __future__ import annotations

from core.letters import complaint_wording

LETTER_KINDS = ("installment", "settlement", "waiver", "moratorium", "confirmation",
                "complaint")
# Why the plan pays less than the financial statement leaves each month, as the person chose
# it in the letter window (the case file has no place for it): each has its "kept_" sentence.
# OWN_REASON: the person's own sentence. None chosen: the letter gives the figures alone.
KEPT_REASONS = ("irregular_income", "family_costs", "priority_bills")
OWN_REASON = "other"

ZH: dict[str, str] = {
    # the blocks
    "applicant": "申请人：{name}",
    "applicant_complaint": "投诉人：{name}",
    "id_number": "身份证号：{id}",
    "phone": "联系电话：{phone}",
    "email": "电子邮箱：{email}",
    "address": "通讯地址：{address}",
    "to": "致：{creditor}",
    "creditor_address": "地址：{address}",
    "account": "账户：尾号{last4}",
    "date": "日期：{date}",
    "salutation": "尊敬的{creditor}：",
    "closing_1": "此致",
    "closing_2": "敬礼！",
    "sign": "申请人（签名）：",
    "sign_complaint": "投诉人（签名）：",
    "sign_date": "日期：",
    "page": "第 {page} 页 / 共 {pages} 页",
    # subjects
    "subject_installment": "关于{product}{account}分期还款的申请",
    "subject_settlement": "关于{product}{account}一次性结清的申请",
    "subject_waiver": "关于{product}{account}停息挂账、减免罚息的申请",
    "subject_moratorium": "关于{product}{account}延期还款的申请",
    "subject_confirmation": "关于{product}{account}还款约定的书面确认申请",
    "subject_account": "（尾号{last4}）",
    # the opening: the account, what it owes, then what the letter asks
    "opening": "本人{name}，是贵方{product}{account}的客户。截至{as_of}，该账户欠款合计{total}"
               "（本金{principal}，利息{interest}，费用{fees}）。{status}{since}{ask}",
    "opening_ask": "本人愿意还清欠款。下面说明目前的困难和收支，并提出还款方案，请贵方考虑。",
    "opening_ask_confirmation": "本人愿意还清欠款。下面说明目前的困难和收支，并请贵方书面确认"
                                "双方已商定的还款安排。",
    "overdue_since": "自{since}起逾期。",
    "since_statement": "按合同利率估算，到{on}欠款约为{total}（账单日后新增利息{accrued}）。",
    "since_statement_paid": "按合同利率估算，到{on}欠款约为{total}（账单日后新增利息{accrued}，"
                            "其间已还{paid}）。",
    # said only where the letter proposes a plan: what the plan starts from
    "since_plan": "还款方案以账单金额为准。",
    "since_plan_paid": "还款方案从账单金额中扣除已还的{paid}，按{start}计算。",
    # sections (numbered where the letter is framed: 一、二、……)
    "h_hardship": "困难情况",
    "h_finances": "收支情况",
    "h_proposal": "还款方案",
    "h_proposal_confirmation": "已商定的还款安排",
    "h_enclosures": "随附材料",
    "h_reply": "请书面答复",
    "h_other": "其他说明",
    "hardship_since": "上述困难从{since}开始。",
    "hardship_none": "（未填写困难说明。）",
    "income": "收入",
    "expenses": "支出",
    "col_item": "项目",
    "col_monthly": "每月金额",
    "total_income": "每月收入合计",
    "total_expenses": "每月必要支出合计",
    "left": "每月结余",
    "finances_intro": "家庭每月收入和必要支出如下：",
    "savings_note": "支出中包括每月{amount}的应急储蓄，以免一笔意外开支打断还款。",
    "kept_back": "按还款方案每月还款{budget}，比上表的每月结余{left}少{kept}。",
    "kept_irregular_income": "本人收入不固定，这部分留作缓冲，以免收入少的月份还不上款。",
    "kept_family_costs": "这部分留给孩子上学、看病等必要开支。",
    "kept_priority_bills": "这部分用于优先支付房租、水电等欠费。",
    "household": "家庭人口：成年人{adults}人，子女{children}人。",
    "no_budget": "（未填写收支情况。）",
    "creditors_intro": "本人共有{count}笔欠款，合计{total}。按还款方案每月共还{budget}，"
                       "各笔欠款的安排如下：",
    "col_creditor": "债权人",
    "col_owed": "欠款",
    "col_treatment": "还款方式",
    "col_first": "首期还款",
    "treat_share": "按比例分摊",
    "treat_contract": "按原合同还款",
    "treat_installments": "分{months}期",
    "treat_settlement": "一次性结清{amount}",
    "treat_pause": "，先暂停{months}个月",
    "this_creditor": "{creditor}（贵方）",
    "this_creditor_r": "{creditor}（被投诉方）",
    # proposals
    "installment_equal": "本人希望分{count}期还清上述欠款：每月还款{amount}，从{first}开始，"
                         "到{last}还清，共还{paid}。",
    "installment_last": "本人希望分{count}期还清上述欠款：每月还款{amount}（最后一期"
                        "{last_amount}），从{first}开始，到{last}还清，共还{paid}。",
    "installment_varies": "本人希望分{count}期还清上述欠款：从{first}开始，到{last}还清，"
                          "每期金额见下表，共还{paid}。",
    "freeze": "请贵方在还款期间停止计息（停息分期）。",
    "freeze_since": "请贵方在还款期间停止计息（停息分期），并免除账单日后新增的利息{accrued}。",
    "waive": "请贵方减免已产生的费用{fees}。",
    "waive_also": "另请减免已产生的费用{fees}。",
    "forgiven_total": "按此方案，需贵方减免的金额共{forgiven}。",
    "settlement": "本人可在{date}一次性支付{amount}，结清该账户的全部欠款。请贵方减免其余的"
                  "{forgiven}，收款后出具结清证明，并向征信机构报送该账户已结清。",
    "waiver": "恳请贵方从即日起停止计收利息和罚息（停息挂账），并减免已产生的罚息、违约金和"
              "其他费用。在此基础上，本人将按下表按时还款：从{first}开始，到{last}还清，"
              "共还{paid}。",
    "moratorium": "请贵方给予{months}个月的宽限期（延期还款），期间暂停还款。宽限期满后，"
                  "从{first}起恢复还款，到{last}还清，共还{paid}。",
    "confirmation": "{when}，本人通过{channel}与{agent}商谈了还款事宜。",
    "confirmation_summary": "商谈要点：{summary}",
    "offer_monthly": "双方商定：每月还款{monthly}，共{months}期。",
    "offer_lump": "双方商定：一次性还款{lump}。",
    "offer_note": "（{note}）",
    "confirmation_ask": "为免误解，请贵方以信函或电子邮件书面确认上述约定，并写明以下事项：",
    "agreement_schedule": "商定的还款安排如下：",
    # a call quoted (core.letters.quote): only what the log holds
    "quote_org_creditor": "贵方",
    "quote_org_named_agency": "{caller}",
    "quote_org_agency": "受贵方委托的催收机构",
    "quote_staff": "{org}工作人员",
    "quote_staff_name": "{org}工作人员{name}",
    "quote_staff_number": "{org}工号为{number}的工作人员",
    "quote_staff_name_number": "{org}工作人员{name}（工号{number}）",
    "quote_said": "{date}，{staff}{channel}表示：{summary}",
    "quote_spoke": "{date}，本人与{staff}{channel}商谈过还款事宜。",
    "quote_offer_monthly": "当时谈到的方案是：每月还款{monthly}，共{months}期。",
    "quote_offer_lump": "当时谈到的方案是：一次性还款{lump}。",
    "quote_intro_complaint": "另请一并核查下面这次联系：",
    "plan_schedule": "还款计划如下：",
    "rule_card_cn": "根据《商业银行信用卡业务监督管理办法》第七十条，持卡人确实无力按原约定还款、"
                    "但仍有还款意愿的，发卡银行可以与持卡人协商达成个性化分期还款协议，最长期限"
                    "不超过5年。本人据此提出申请。",
    "rule_conc_gb": "英国金融行为监管局的规则要求贷款机构对陷入还款困难的客户给予宽容和"
                    "适当考虑（CONC 7.3.4 R）。请贵方据此考虑本人的方案。",
    "col_no": "期数",
    "col_due": "还款日",
    "col_payment": "还款金额",
    "col_remaining": "剩余欠款",
    "no_payments": "（此方案在计划期内没有安排该账户的还款。）",
    "unaffordable": "说明：按目前的收支，此方案有的月份钱不够，本人会设法补足。",
    # enclosures and reply
    "enclosures_intro": "随信附上以下材料，均经本人核对，真实完整：",
    "enclosures_none": "如需收入证明、病历等材料，请告知，本人会尽快提供。",
    "enclosure": "{title}{date}",
    "enclosure_date": "（{date}）",
    "enclosure_id_card": "本人身份证复印件（正反面）",
    "reply": "请贵方在收到本信后{days}日内，以信函或电子邮件书面答复。如同意上述方案，请出具"
             "书面还款协议，写明每期还款的金额和日期、还款期间是否计收利息和费用，以及逾期怎么"
             "处理。协议达成后，本人会按约还款；如情况再有变化，会提前与贵方联系。",
    "reply_settlement": "请贵方在收到本信后{days}日内，以信函或电子邮件书面答复。如同意，请出具"
                        "书面结清协议，写明结清金额、付款日期和付款方式，并确认收款后免除其余欠款、"
                        "不再追讨。收到协议后，本人会按约付款。",
    "reply_confirmation": "请贵方在收到本信后{days}日内书面确认。收到确认后，本人会按约还款；"
                          "如情况再有变化，会提前与贵方联系。",
    "contact_me": "联系方式：{how}。",
    "thanks": "感谢贵方的理解和支持！",
}

EN: dict[str, str] = {
    "applicant": "{name}",
    "id_number": "ID number: {id}",
    "phone": "Phone: {phone}",
    "email": "Email: {email}",
    "address": "{address}",
    "to": "{creditor}",
    "creditor_address": "{address}",
    "account": "Account ending {last4}",
    "date": "{date}",
    "salutation": "Dear Sir or Madam,",
    "closing_1": "Yours faithfully,",
    "closing_2": "",
    "sign": "Signature:",
    "sign_date": "Date:",
    "page": "Page {page} of {pages}",
    "subject_installment": "Re: {product}{account} – proposal to repay by monthly instalments",
    "subject_settlement": "Re: {product}{account} – offer of a full and final settlement",
    "subject_waiver": "Re: {product}{account} – request to freeze interest and waive charges",
    "subject_moratorium": "Re: {product}{account} – request for a breathing space",
    "subject_confirmation": "Re: {product}{account} – please confirm our agreement in writing",
    "subject_account": ", account ending {last4}",
    "opening": "I am writing about my {product}{account}. On {as_of} the balance was {total} "
               "(principal {principal}, interest {interest}, charges {fees}). "
               "{status}{since}{ask}",
    "opening_ask": "I want to repay what I owe. Below I explain my circumstances and my "
                   "budget, and set out a proposal for you to consider.",
    "opening_ask_confirmation": "I want to repay what I owe. Below I explain my "
                                "circumstances and my budget, and ask you to confirm in "
                                "writing the repayment we agreed.",
    "overdue_since": "The account has been in arrears since {since}. ",
    "since_statement": "At the contract rate I estimate that about {total} is owed by {on} "
                       "({accrued} of interest since the statement). ",
    "since_statement_paid": "At the contract rate I estimate that about {total} is owed by "
                            "{on} ({accrued} of interest since the statement, {paid} paid "
                            "since). ",
    "since_plan": "My proposal starts from the statement's figures. ",
    "since_plan_paid": "My proposal starts from the statement's figures less the {paid} paid: "
                       "{start}. ",
    "h_hardship": "My circumstances",
    "h_finances": "My income and expenses",
    "h_proposal": "My proposal",
    "h_proposal_confirmation": "What we agreed",
    "h_enclosures": "Enclosed documents",
    "h_reply": "Please reply in writing",
    "h_other": "Further information",
    "hardship_since": "These difficulties began on {since}.",
    "hardship_none": "(No statement of circumstances was entered.)",
    "income": "Income",
    "expenses": "Expenses",
    "col_item": "Item",
    "col_monthly": "Monthly",
    "total_income": "Total monthly income",
    "total_expenses": "Total essential monthly expenses",
    "left": "Left each month",
    "finances_intro": "My household's monthly income and essential expenses are:",
    "savings_note": "The expenses include savings of {amount} a month for emergencies, so "
                    "that one unexpected bill does not stop the payments.",
    "kept_back": "My repayment plan pays {budget} a month, {kept} less than the {left} left "
                 "each month in the statement above.",
    "kept_irregular_income": "My income is irregular, so I keep this back as a buffer for "
                             "the months when it falls short.",
    "kept_family_costs": "I keep this back for essential family costs such as school and "
                         "medical bills.",
    "kept_priority_bills": "I keep this back for priority bills such as rent and utility "
                           "arrears.",
    "household": "Household: {adults}, {children}.",
    "adults": "{n} adult|{n} adults",  # one|more: English says the word by the number
    "children": "no children|{n} child|{n} children",
    "no_budget": "(No financial statement was entered.)",
    "creditors_intro": "I have {count} debts, {total} in all. Under my repayment plan I pay "
                       "{budget} a month between them, as follows:",
    "col_creditor": "Creditor",
    "col_owed": "Owed",
    "col_treatment": "Terms",
    "col_first": "First payment",
    "treat_share": "pro-rata share",
    "treat_contract": "contractual payments",
    "treat_installments": "{months} instalments",
    "treat_settlement": "settlement of {amount}",
    "treat_pause": ", paused {months} months",
    "this_creditor": "{creditor} (you)",
    "this_creditor_r": "{creditor} (complained about)",
    "installment_equal": "I propose to repay in {count} monthly instalments of {amount}, "
                         "from {first} to {last}, {paid} in all.",
    "installment_last": "I propose to repay in {count} monthly instalments of {amount} (the "
                        "last one {last_amount}), from {first} to {last}, {paid} in all.",
    "installment_varies": "I propose to repay in {count} monthly payments from {first} to "
                          "{last}, as in the table below, {paid} in all.",
    "freeze": "Please freeze interest while I repay.",
    "freeze_since": "Please freeze interest while I repay, and waive the {accrued} of "
                    "interest added since the statement.",
    "waive": "Please waive the {fees} of charges already on the account.",
    "waive_also": "I also ask you to waive the {fees} of charges already on the account.",
    "forgiven_total": "Under this proposal, {forgiven} would be written off in all.",
    "settlement": "I can pay {amount} on {date} in full and final settlement of this account. "
                  "Please write off the remaining {forgiven}, confirm the settlement in "
                  "writing once you receive the payment, and report the account to the credit "
                  "reference agencies as settled.",
    "waiver": "Please stop adding interest and default interest from now on, and waive the "
              "default interest, late fees and other charges already added. On that basis I "
              "will pay as in the table below, from {first} to {last}, {paid} in all.",
    "moratorium": "Please allow me a breathing space of {months} months with no payments due. "
                  "After it I will resume payments from {first} to {last}, {paid} in all.",
    "confirmation": "On {when} I was in touch with {agent}{how} about repaying this account.",

    "confirmation_summary": "What was discussed: {summary}",
    "offer_monthly": "We agreed {monthly} a month for {months} months.",
    "offer_lump": "We agreed a single payment of {lump}.",
    "offer_note": " ({note})",
    "confirmation_ask": "To avoid any misunderstanding, please confirm this agreement in "
                        "writing (by letter or email), stating:",
    "agreement_schedule": "The payments agreed are:",
    "quote_org_creditor": "your staff",
    "quote_org_named_agency": "the staff of {caller}",
    "quote_org_agency": "the agency collecting for you",
    "quote_staff": "a member of {org}",
    "quote_staff_name": "{name} of {org}",
    "quote_staff_number": "a member of {org} (staff number {number})",
    "quote_staff_name_number": "{name} of {org} (staff number {number})",
    "quote_said": "On {date}, {staff} told me{channel}, as I noted at the time: \"{summary}\"",
    "quote_spoke": "On {date} I was in touch with {staff}{channel} about repaying this "
                   "account.",
    "quote_offer_monthly": "The terms discussed were {monthly} a month for {months} months.",
    "quote_offer_lump": "The terms discussed were a single payment of {lump}.",
    "quote_intro_complaint": "Please also look into this contact: ",
    "plan_schedule": "The payments I propose are:",
    "rule_card_cn": "Under article 70 of the Measures for the Supervision and Administration "
                    "of Credit Card Business of Commercial Banks (2011), a card issuer may agree "
                    "a personalised instalment plan of up to five years with a cardholder who "
                    "cannot repay as agreed but is willing to repay. I ask for such a plan.",
    "rule_conc_gb": "The FCA's rules require lenders to treat customers in arrears "
                    "difficulties with forbearance and due consideration (CONC 7.3.4 R). I ask "
                    "you to consider my proposal in that light.",
    "col_no": "No.",
    "col_due": "Due",
    "col_payment": "Payment",
    "col_remaining": "Balance after",
    "no_payments": "(This plan makes no payment to this account within its term.)",
    "unaffordable": "Note: on my present budget some months of this plan fall short; I will "
                    "do my best to make up the difference.",
    "enclosures_intro": "I enclose copies of the following, each checked by me as complete "
                        "and true:",
    "enclosures_none": "If you need proof of my income or circumstances, please tell me and I "
                       "will send it promptly.",
    "enclosure": "{title}{date}",
    "enclosure_date": " ({date})",
    "enclosure_id_card": "A copy of my ID card (front and back)",
    "reply": "Please reply in writing (by letter or email) within {days} days of receiving "
             "this letter. If you accept my proposal, please send a written agreement setting "
             "out the amount and date of each payment, whether interest and charges will be "
             "added while I repay, and what happens if a payment is missed. Once we have "
             "agreed, I will keep to it, and if my circumstances change I will contact you "
             "before any payment is missed.",
    "reply_settlement": "Please reply in writing (by letter or email) within {days} days of "
                        "receiving this letter. If you accept my offer, please send a written "
                        "settlement agreement stating the amount, the date and how to pay, and "
                        "confirming that the rest of the debt will be written off once it is "
                        "paid. I will pay as agreed once I receive it.",
    "reply_confirmation": "Please confirm in writing within {days} days of receiving this "
                          "letter. Once I have your confirmation I will pay as agreed, and if "
                          "my circumstances change I will contact you before any payment is "
                          "missed.",
    "contact_me": "You can reach me at {how}.",
    "thanks": "Thank you for your understanding.",
}

CHANNELS = {
    "zh": {"phone": "电话", "online_chat": "在线客服", "app": "App", "email": "电子邮件",
           "letter": "信函", "sms": "短信", "in_person": "面谈", "other": "其他方式"},
    "en": {"phone": "phone", "online_chat": "online chat", "app": "the app", "email": "email",
           "letter": "letter", "sms": "text message", "in_person": "meeting in person",
           "other": "other means"},
}

# How a quoted call came (core.letters.quote): 贵行工作人员王女士在电话中表示……
QUOTE_CHANNELS = {
    "zh": {"phone": "在电话中", "online_chat": "在在线客服对话中", "app": "在 App 中",
           "email": "在电子邮件中", "letter": "在信函中", "sms": "在短信中",
           "in_person": "在面谈中", "other": ""},
    "en": {"phone": " by phone", "online_chat": " in an online chat", "app": " in the app",
           "email": " by email", "letter": " by letter", "sms": " by text message",
           "in_person": " in person", "other": ""},
}

CATEGORIES = {
    "zh": {"income_proof": "收入证明", "medical": "医疗证明", "unemployment": "失业证明",
           "bank_statement": "银行流水", "identity": "身份证明", "hardship_other": "困难证明",
           "agreement": "协议", "receipt": "还款凭证", "correspondence": "往来函件",
           "recording": "录音", "other": "其他材料"},
    "en": {"income_proof": "proof of income", "medical": "medical evidence",
           "unemployment": "proof of unemployment", "bank_statement": "bank statement",
           "identity": "proof of identity", "hardship_other": "proof of hardship",
           "agreement": "agreement", "receipt": "receipt", "correspondence": "correspondence",
           "recording": "recording", "other": "document"},
}

# "我的花呗" reads better than "我的consumer_credit": a product name is used where there is
# one, else these.
KINDS = {
    "zh": {"credit_card": "信用卡", "consumer_credit": "消费信贷账户", "personal_loan": "个人贷款",
           "online_loan": "网络贷款", "mortgage": "房贷", "car_loan": "车贷",
           "private_loan": "借款", "utility": "公用事业欠费", "tax": "税款", "other": "欠款账户"},
    "en": {"credit_card": "credit card", "consumer_credit": "credit account",
           "personal_loan": "personal loan", "online_loan": "online loan",
           "mortgage": "mortgage", "car_loan": "car loan", "private_loan": "loan",
           "utility": "utility account", "tax": "tax account", "other": "account"},
}

TEXTS = {"zh": {**ZH, **complaint_wording.ZH}, "en": {**EN, **complaint_wording.EN}}

# An English letter's date is written out (3 March 2025), never left to the locale.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

