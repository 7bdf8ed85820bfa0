"""Where the repayment chart's ticks fall: on the first of a month, every 1, 2, 3 or 6
months (in step with the calendar: January, April, July, October), or every 1, 2, 5 or 10
years on 1 January, whichever keeps a plan of any length to about a dozen labels.

matplotlib is imported inside the functions: the chart's own module loads it late."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate

STEPS = (1, 2, 3, 6, 12, 24, 60, 120)  # months between ticks
MOST_TICKS = 12


def month_step(months: int) -> int:
    """Months between two ticks for a plan running `months` months."""
    return next((step for step in STEPS if months / step <= MOST_TICKS), STEPS[-1])


def month_locator(months: int) -> Any:
    from matplotlib.dates import MonthLocator, YearLocator

    step = month_step(months)
    if step < 12:
        return MonthLocator(bymonth=range(1, 13, step), bymonthday=1)
    return YearLocator(step // 12, month=1, day=1)


def month_formatter(pattern: str) -> Any:
    """Labels in `pattern`, a Qt date format: 2027-01 in English, 27年1月 in Chinese."""
    from matplotlib.dates import num2date
    from matplotlib.ticker import FuncFormatter

    def label(value: float, _position: Any) -> str:
        day = num2date(value).date()
        return QDate(day.year, day.month, day.day).toString(pattern)

    return FuncFormatter(label)
