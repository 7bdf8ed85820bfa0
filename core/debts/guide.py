"""The seven steps of negotiating a debt, in the person's language: what to do at each, and
where DebtDesk helps. They are the steps progress.py ticks for each debt; the guide in the
window shows them, and each tab opens it at its step."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Step:
    title: str
    what: str  # what the person does
    where: str  # where DebtDesk helps


STEPS: dict[str, tuple[Step, ...]] = {
    "zh": (
        Step("弄清欠款和后果",
             "逾期每多一天，罚息和违约金就多一点，征信上的不良记录也会保留五年。先把每笔欠款的"
             "本金、利息、费用和逾期天数弄清楚。",
             "在“债务”页逐笔填写，照账单抄写金额和利率；每笔债务会显示再拖 30、90、180 天要多付"
             "多少。"),
        Step("尽早联系债权人",
             "越早联系，越有可能谈成。打客服电话或在线客服，语气平和，主动说出自己的还款打算。"
             "记下日期、时间、对方姓名和工号、说了什么。",
             "在“联系记录”页记下每一次通话，包括对方的报价和约好的下一步、日期；到期会提醒您。"),
        Step("说明困难，表明愿意还",
             "讲清楚为什么还不上（失业、收入减少、生病……），现在的收支如何，什么时候能还。"
             "如实说明，不隐瞒。",
             "在“个人情况”里写下困难经过和每月收支，算出每月能拿出多少钱还款；这些会写进信里。"),
        Step("准备并核对证明材料",
             "收入证明、病历、失业证明、银行流水等，能证明困难的材料都准备好，寄出前逐一核对，"
             "确认真实完整。",
             "在“证据材料”页添加扫描件或照片，关联到相应债务并标记“已核对”；信中会列出随附的"
             "材料。"),
        Step("提出还得起的方案",
             "提出具体的方案：每月还多少、分多少期、从哪天开始。要还得起，不要为了谈成答应做不到"
             "的金额。",
             "在“还款方案”页按预算制定方案，看还款曲线和每月明细；有还不上的月份会提示您。"),
        Step("拿到书面协议",
             "电话里谈好的条件，一定要请对方书面确认：每期金额和日期、是否停息、违约怎么处理。"
             "签字前仔细读，保留原件。",
             "用“写信”生成协商函或确认函，打印寄出；协议谈成后在债务页“记录协议”，并附上签字件。"),
        Step("按约定还款",
             "按时足额还款。如果情况又有变化，提前主动联系债权人，不要等到逾期。",
             "在债务页记录每一次还款；协议中的每一期到期前会提醒您，漏还的会标出来。"),
    ),
    "en": (
        Step("Understand what you owe and what waiting costs",
             "Every day overdue adds penalty interest and fees, and a negative credit record "
             "stays for five years. Start by knowing each debt's principal, interest, fees and "
             "days overdue.",
             "Enter each debt on the Debts tab, copying amounts and rates from the statement; "
             "each shows what waiting 30, 90 or 180 more days would cost."),
        Step("Contact each creditor early",
             "The sooner you call, the better your chances. Call or chat calmly and say what "
             "you plan to do. Note the date, time, name and staff number, and what was said.",
             "Log every call on the Call log tab, with any offer and the next step and its "
             "date; DebtDesk reminds you when it is due."),
        Step("Explain your situation and that you will repay",
             "Say why you cannot pay (job loss, lower income, illness…), what comes in and "
             "goes out each month, and when you can pay. Be honest; hide nothing.",
             "Write what happened and your monthly budget under Your situation; it shows what "
             "you can afford each month, and your letters use it."),
        Step("Back it with documents",
             "Gather proof of income, medical records, proof of unemployment, bank statements. "
             "Check each one before sending: true and complete.",
             "Add scans or photos on the Evidence files tab, link them to debts and mark them "
             "reviewed; letters list what is enclosed."),
        Step("Propose a plan you can keep",
             "Offer something concrete: how much a month, for how long, from when. Make it "
             "affordable; do not agree to more than you can pay just to get a deal.",
             "Build a plan from your budget on the Plan editor tab and see the curve and the "
             "monthly schedule; months you cannot cover are flagged."),
        Step("Get it in writing",
             "Ask for what was agreed on the phone in writing: each payment and date, whether "
             "interest stops, what happens if you miss one. Read before you sign; keep the "
             "original.",
             "Write a letter to propose or confirm terms and print it; once agreed, record the "
             "agreement on the debt with the signed copy attached."),
        Step("Keep to it",
             "Pay on time and in full. If things change again, contact the creditor before a "
             "payment is missed.",
             "Record each payment on the debt; DebtDesk reminds you before each agreed "
             "installment and marks any that are missed."),
    ),
}


def beware(language: str) -> str:
    """The warning against paid negotiation agents the guide ends with."""
    from core.calllog.paid_agents import WARNING

    return WARNING.get(language, WARNING["en"])

