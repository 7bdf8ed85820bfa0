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
