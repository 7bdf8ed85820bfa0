"""The files DebtDesk ships with: the CJK font and its licence, the translations. Read them
through `core.resources`, which asks `importlib.resources`, never by a path of their own."""
