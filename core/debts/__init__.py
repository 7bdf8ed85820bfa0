"""Debts and what follows them: overdue costs, payments, agreements, progress, what is due."""
