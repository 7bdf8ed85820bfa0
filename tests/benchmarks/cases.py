"""Realistic Chinese cases of any size, for benchmarks and scale tests."""
from __future__ import annotations

import random
from typing import Any

CREDITORS = [
    ("支付宝（花呗）", "花呗", "consumer_credit", "0", "0.0005"),
    ("支付宝（借呗）", "借呗", "consumer_credit", "0.0004", "0.0006"),
    ("招商银行信用卡中心", "招商银行信用卡", "credit_card", "0.0005", "0.0005"),
    ("中国工商银行牡丹卡中心", "牡丹信用卡", "credit_card", "0.0005", "0.0005"),
    ("京东金融（白条）", "京东白条", "consumer_credit", "0.0003", "0.0005"),
    ("微众银行（微粒贷）", "微粒贷", "online_loan", "0.0004", "0.0006"),
    ("美团月付", "月付", "consumer_credit", "0.0003", "0.0005"),
    ("平安普惠", "信用贷", "personal_loan", "0.0006", "0.0008"),
]


def chinese_case(debts: int = 20, seed: int = 7) -> dict[str, Any]:
    """A case file (written form) with `debts` debts of the usual Chinese kinds."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for i in range(debts):
        creditor, product, kind, rate, penalty = CREDITORS[i % len(CREDITORS)]
        principal = rng.randrange(100_000, 5_000_000)  # cents
        overdue = rng.random() < 0.7
        out.append({
            "ref": f"D{i + 1}", "creditor": creditor if i < len(CREDITORS)
            else f"{creditor} {i // len(CREDITORS) + 1}号", "product": product, "kind": kind,
            "account": f"6225 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
            "balance": {"principal": f"{principal / 100:.2f}",  # float ok: test data text
                        "interest": f"{rng.randrange(0, 50_000) / 100:.2f}",
                        "fees": f"{rng.randrange(0, 20_000) / 100:.2f}", "as_of": "2026-11-01"},
            "rate": {"value": rate, "basis": "daily"},
            "overdue_rate": {"value": penalty, "basis": "daily"},
            "late_fee": {"fixed": "0.00", "fraction": "0.05" if kind == "credit_card" else "0"},
            "minimum_payment": f"{principal / 1000:.2f}", "due_day": rng.randrange(1, 29),
            "overdue_since": f"2026-{rng.randrange(6, 11):02d}-{rng.randrange(1, 28):02d}"
            if overdue else None,
            "status": "overdue" if overdue else "current", "priority": False,
        })
    return {
        "format": "debtdesk-case", "version": 1, "currency": "CNY", "language": "zh",
        "person": {"name": "王芳", "phone": "138 0000 0000"},
        "hardship": {"reason": "illness", "since": "2026-05-01",
                     "statement": "本人今年五月起生病住院，收入中断。"},
        "budget": {"income": [{"label": "工资", "category": "salary", "monthly": "6000.00"}],
                   "expenses": [{"label": "房租", "category": "housing", "monthly": "2000.00"}]},
        "debts": out,
    }


AGENTS = ["王女士 工号 80231", "陈先生 工号 61555", "刘女士 工号 70012", "周先生 工号 52108",
          "智能客服转人工 工号 A3321", "赵先生", ""]
SAYINGS = [
    "说明收入下降和孩子住院的情况，询问个性化分期。",
    "对方要求提供收入证明和住院证明，答复三个工作日内回电。",
    "催收来电，态度强硬，说再不还款将移交法务。我表示愿意还款，正在准备书面申请。",
    "提出停息分期 {n} 期，对方同意上报。",
    "对方同意减免违约金，利息照算。",
    "排队很久后挂断，没有接通。",
    "把申请书和证明材料发到指定邮箱。",
    "对方回电：同意停息挂账，等书面协议。",
]
CHANNELS = ["phone", "phone", "phone", "online_chat", "app", "sms", "email", "letter"]
OUTCOMES = ["information", "no_answer", "offer_received", "offer_made", "promise_to_pay",
            "refused", "agreement", "escalated"]


def with_contacts(case: dict[str, Any], count: int, seed: int = 11) -> dict[str, Any]:
    """The case with `count` call-log entries spread over three years across its debts."""
    import datetime as dt

    rng = random.Random(seed)
    refs = [d["ref"] for d in case["debts"]]
    start = dt.datetime(2023, 12, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    contacts = []
    for i in range(count):
        at = start + dt.timedelta(minutes=rng.randrange(0, 3 * 365 * 24 * 60))
        summary = "".join(rng.sample(SAYINGS, 2)).format(n=rng.choice((12, 24, 36)))
        follow = (at + dt.timedelta(days=rng.randrange(1, 10))).date()
        offer = None
        if rng.random() < 0.2:
            offer = {"monthly": f"{rng.randrange(200, 2000)}.00", "months": rng.choice(
                (12, 24, 36)), "lump_sum": None, "note": "停息分期"}
        contacts.append({
            "ref": f"C{i + 1}", "debts": [rng.choice(refs)], "at": at.isoformat(),
            "channel": rng.choice(CHANNELS), "direction": rng.choice(("outgoing", "incoming")),
            "agent": rng.choice(AGENTS), "summary": summary, "outcome": rng.choice(OUTCOMES),
            "offer": offer, "follow_up": follow.isoformat() if rng.random() < 0.3 else None,
            "follow_up_done": rng.random() < 0.8, "evidence": []})
    return {**case, "contacts": contacts}
