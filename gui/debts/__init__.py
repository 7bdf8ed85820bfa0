"""The Debts tab with its detail panel and dialogs (debt, payments, agreement, timeline)."""
