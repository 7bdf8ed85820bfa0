"""`due` prints each item on one line, whatever line breaks its text holds."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.debts.due import DueItem, due_line


def test_a_note_with_line_breaks_stays_on_one_line() -> None:
    item = DueItem(date(2026, 12, 1), "follow_up", "D1", "招商\n银行", Decimal("12.50"),
                   "回电确认\r\n减免方案\t第二行\u2028第三行", True, "C1")
    line = due_line(item, date(2026, 12, 3), "CNY")
    assert line.splitlines() == [line]
    assert "回电确认 减免方案 第二行 第三行" in line and "招商 银行" in line
