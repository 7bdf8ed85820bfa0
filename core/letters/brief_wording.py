"""The wording of the "before you call" sheet, in Chinese and in English.

Like the letters, the sheet has its own language (chosen when it is made, not the window's),
so its words live here rather than in the interface's catalogue. Placeholders are filled by
core.letters.brief; every amount and date arrives already formatted.
"""
from __future__ import annotations

ZH: dict[str, str] = {
    "title": "致电前准备：{creditor}",
    "prepared": "整理于{date}。打电话时放在手边，边看边说。",
    "join": "　",
    # 1 the creditor and the account
    "h_account": "一、债权人与账户",
    "creditor": "债权人：{creditor}",
    "product": "产品：{product}",
    "account": "账户：尾号{last4}",
    "phone": "客服电话：{phone}",
    "contact_note": "备注：{note}",
    # 2 the balance and what waiting costs
    "h_balance": "二、欠款与逾期",
    "col_as_of": "截至",
    "col_principal": "本金",
    "col_interest": "利息",
    "col_fees": "费用",
    "col_total": "合计",
    "col_overdue": "已逾期",
    "col_wait": "再拖{days}天",
    "overdue_days": "{days}天",
    "not_overdue": "未逾期",
    "more": "+{amount}",
    "wait_note": "多付的是按合同估算的利息、罚息和滞纳金。越早谈妥，损失越小。",
    "overdue_since": "自{since}起逾期。",
    "paid_since": "此后已还{amount}（最近一次在{date}）。",
    # 3 what happened
    "h_hardship": "三、困难情况（简述）",
    "hardship_none": "（未填写困难说明。）",
    # 4 the month
    "h_finances": "四、每月收支",
    "col_income": "每月收入",
    "col_expenses": "每月必要支出",
    "col_left": "每月结余",
    "no_budget": "（未填写收支情况。）",
    # 5 the offer
    "h_offer": "五、我的方案：{plan}（{status}）",
    "h_no_plan": "五、我的方案",
    "no_plan": "（还没有还款方案。先在“方案编辑器”里做一个，通话时才有具体数字可谈。）",
    "offer_equal": "{treatment}：自{first}起每月还款{amount}，共{count}期，至{last}还清，"
                   "合计{total}。",
    "offer_last": "{treatment}：自{first}起每月还款{amount}（最后一期{last_amount}），"
                  "共{count}期，至{last}还清，合计{total}。",
    "offer_varies": "{treatment}：自{first}起还款，首期{amount}，共{count}期，至{last}还清，"
                    "合计{total}（各期金额不同，以方案为准）。",
    "offer_open": "{treatment}：自{first}起还款，首期{amount}，到{last}共还{count}期、"
                  "合计{total}，仍未还清。这个方案需要调整。",
    "offer_settlement": "{first}一次性支付{amount}，结清全部欠款；请求减免其余{forgiven}。",
    "offer_none": "（此方案在计划期内未向该账户安排还款。）",
    "ask_freeze": "请求还款期间停止计息。",
    "ask_waive": "请求减免已产生的费用{fees}。",
    "shared": "全部{count}笔欠款每月一共还{budget}。",
    "unaffordable": "注意：按目前收支，此方案有的月份钱不够，通话前再想一想。",
    "plan_draft": "草稿",
    "plan_proposed": "已提出",
    "plan_accepted": "已接受",
    "say_offer_equal": "每月还款{amount}，共{count}期",
    "say_offer_last": "每月还款{amount}，共{count}期（最后一期{last_amount}）",
    "say_offer_varies": "首期{amount}，共{count}期",
    "say_offer_open": "首期{amount}，共{count}期",
    "say_offer_settlement": "一次性支付{amount}，结清全部欠款",
    # 6 documents
    "h_evidence": "六、可以提供的材料（已核对）",
    "evidence_none": "（还没有核对过的材料。对方如要收入证明、病历等，记下要什么，尽快补上。）",
    # 7 the call log
    "h_contacts": "七、最近的联系记录",
    "col_when": "时间",
    "col_channel": "方式",
    "col_agent": "对方（工号）",
    "col_outcome": "结果",
    "col_offer": "对方提议",
    "col_follow_up": "下一步",
    "contacts_none": "（还没有联系过这家债权人。）",
    "contact_offer_monthly": "每月{monthly}，共{months}期",
    "contact_offer_lump": "一次性{lump}",
    "follow_up_done": "{date}（已完成）",
    "last_summary": "上次沟通要点：{summary}",
    # 8 what to say
    "h_say": "八、通话要点",
    "say": (
        "保持冷静，语气平和。先说明自己愿意还款，只是眼下确有困难；不回避，不隐瞒。"
        "|用一两句话讲清逾期的原因和现在的收支（见第三、四项）。"
        "|主动提出自己的方案：{offer}。这是按实际收支算出来的，答应了就能做到。"
        "|不要为了结束通话而答应付不起的金额；拿不准时说需要考虑，约好下次联系的时间。"
        "|记下对方的姓名和工号、通话时间和要点，挂断后记入联系记录。"
        "|谈妥的安排，请对方以书面形式（短信、邮件或信函）确认，并保存好。"
    ),
    "say_no_plan": "每月能还多少、还多少期、从哪天开始",
}

EN: dict[str, str] = {
    "title": "Before you call: {creditor}",
    "prepared": "Prepared on {date}. Keep it beside you during the call.",
    "join": " · ",
    "h_account": "1. Creditor and account",
    "creditor": "Creditor: {creditor}",
    "product": "Product: {product}",
    "account": "Account ending {last4}",
    "phone": "Phone: {phone}",
    "contact_note": "Note: {note}",
    "h_balance": "2. Balance and arrears",
    "col_as_of": "As of",
    "col_principal": "Principal",
    "col_interest": "Interest",
    "col_fees": "Charges",
    "col_total": "Total",
    "col_overdue": "Overdue",
    "col_wait": "{days} more days",
    "overdue_days": "{days} days",
    "not_overdue": "not overdue",
    "more": "+{amount}",
    "wait_note": "What waiting adds is interest, penalty interest and late fees, estimated from "
                 "the contract. The sooner it is agreed, the less it costs.",
    "overdue_since": "In arrears since {since}.",
    "paid_since": "Paid since then: {amount} (last on {date}).",
    "h_hardship": "3. What happened, in brief",
    "hardship_none": "(No statement of circumstances was entered.)",
    "h_finances": "4. Each month",
    "col_income": "Income",
    "col_expenses": "Essential expenses",
    "col_left": "Left each month",
    "no_budget": "(No financial statement was entered.)",
    "h_offer": "5. My offer: {plan} ({status})",
    "h_no_plan": "5. My offer",
    "no_plan": "(There is no repayment plan yet. Make one in the plan editor first, so that "
               "you have real figures to offer.)",
    "offer_equal": "{treatment}: {amount} a month from {first}, {count} payments, cleared by "
                   "{last}, {total} in all.",
    "offer_last": "{treatment}: {amount} a month from {first} (the last one {last_amount}), "
                  "{count} payments, cleared by {last}, {total} in all.",
    "offer_varies": "{treatment}: first payment {amount} on {first}, {count} payments, "
                    "cleared by {last}, {total} in all (the amounts vary; see the plan).",
    "offer_open": "{treatment}: first payment {amount} on {first}; after {count} payments, "
                  "{total} in all, the debt is still not cleared on {last}. This plan needs "
                  "changing.",
    "offer_settlement": "{amount} on {first} in full and final settlement; the remaining "
                        "{forgiven} to be written off.",
    "offer_none": "(This plan makes no payment to this account within its term.)",
    "ask_freeze": "Ask for interest to be frozen while you repay.",
    "ask_waive": "Ask for the charges of {fees} to be waived.",
    "shared": "All {count} debts together get {budget} a month.",
    "unaffordable": "Note: on the present budget some months of this plan fall short; think "
                    "it over before the call.",
    "plan_draft": "draft",
    "plan_proposed": "proposed",
    "plan_accepted": "accepted",
    "say_offer_equal": "{amount} a month for {count} months",
    "say_offer_last": "{amount} a month for {count} months, the last one {last_amount}",
    "say_offer_varies": "{count} payments starting with {amount}",
    "say_offer_open": "{count} payments starting with {amount}",
    "say_offer_settlement": "{amount} once, in full and final settlement",
    "h_evidence": "6. Documents ready to send (checked)",
    "evidence_none": "(No document has been checked yet. If they ask for proof of income or "
                     "a medical record, note what they need and send it soon.)",
    "h_contacts": "7. Recent contacts",
    "col_when": "When",
    "col_channel": "Channel",
    "col_agent": "Spoke with",
    "col_outcome": "Outcome",
    "col_offer": "Their offer",
    "col_follow_up": "Next step",
    "contacts_none": "(You have not contacted this creditor yet.)",
    "contact_offer_monthly": "{monthly} × {months}",
    "contact_offer_lump": "lump sum {lump}",
    "follow_up_done": "{date} (done)",
    "last_summary": "Last time: {summary}",
    "h_say": "8. On the call",
    "say": (
        "Stay calm and polite. Say first that you want to repay and are in real difficulty; "
        "hide nothing."
        "|Explain in a sentence or two why you fell behind and what your month looks like "
        "(sections 3 and 4)."
        "|Propose your own plan: {offer}. It is worked out from your real budget, so you can "
        "keep to it."
        "|Do not agree to more than you can pay just to end the call; if unsure, say you need "
        "to think it over and agree when to speak again."
        "|Note the name and staff number of the person you speak to, the time and what was "
        "said; add it to the call log afterwards."
        "|Ask for anything agreed to be confirmed in writing (text, email or letter), and "
        "keep it."
    ),
    "say_no_plan": "how much a month, for how many months, starting when",
}

OUTCOMES = {
    "zh": {"no_answer": "无人接听", "information": "了解情况", "offer_made": "我方提出方案",
           "offer_received": "对方提出方案", "agreement": "达成约定", "refused": "被拒绝",
           "escalated": "已升级处理", "promise_to_pay": "承诺还款",
           "asked_for_proposal": "要求书面方案", "other": "其他"},
    "en": {"no_answer": "no answer", "information": "information", "offer_made": "offer made",
           "offer_received": "offer received", "agreement": "agreement", "refused": "refused",
           "escalated": "escalated", "promise_to_pay": "promise to pay",
           "asked_for_proposal": "asked for an offer in writing", "other": "other"},
}

TEXTS = {"zh": ZH, "en": EN}
