"""Repayment plans: the pure engine, saved plans, the schedule's export."""
