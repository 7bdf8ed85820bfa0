"""What a debt has become since its statement, as a letter says it.

A plan starts from the statement's balance; on the letter's date more interest has run
(less any payments since). The letter says both figures, so the creditor reads no silence
about the difference, and, where the terms freeze interest, asks by amount that the
interest since the statement be waived too."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from core.debts.progress import Estimate, estimated_balance


def since_statement(debt: dict[str, Any], payments: list[dict[str, Any]],
                    on: date) -> Estimate | None:
    """The estimate on the letter's date, or None when nothing changed since the statement
    (no interest has run and nothing was paid, or the letter is dated on the statement)."""
    if on <= debt["balance"]["as_of"]:
        return None
    estimate = estimated_balance(debt, payments, on)
    return estimate if estimate.accrued > 0 or estimate.paid > 0 else None


def since_text(estimate: Estimate | None, say: Callable[..., str],
               money: Callable[[Any], str], when: Callable[[date], str],
               proposes: bool = True) -> str:
    """The sentence after the statement's figures ("" when there is nothing to add), and,
    in a letter that `proposes` a plan, what the plan starts from (a confirmation or a
    complaint proposes none, so it says nothing of one)."""
    if estimate is None:
        return ""
    paid = estimate.paid > 0
    # what a plan starts from: the statement less what was paid since (no interest since)
    start = estimate.total - estimate.accrued
    values = {"on": when(estimate.on), "total": money(estimate.total),
              "accrued": money(estimate.accrued), "paid": money(estimate.paid),
              "start": money(start)}
    said = say("since_statement_paid" if paid else "since_statement", **values)
    if proposes:
        said += say("since_plan_paid" if paid else "since_plan", **values)
    return said
