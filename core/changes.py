"""What a write changed, so that each screen can decide whether it must reload."""
from __future__ import annotations

import enum


class Change(enum.Flag):
    NONE = 0
    CASE = enum.auto()  # person, household, hardship, currency, language
    BUDGET = enum.auto()
    DEBTS = enum.auto()
    PAYMENTS = enum.auto()
    CONTACTS = enum.auto()
    EVIDENCE = enum.auto()
    PLANS = enum.auto()
    AGREEMENTS = enum.auto()
    ALL = CASE | BUDGET | DEBTS | PAYMENTS | CONTACTS | EVIDENCE | PLANS | AGREEMENTS
