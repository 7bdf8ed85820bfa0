"""What every benchmark reports: figures with their budgets, the machine they ran on, and
one table to print them in. Budgets are printed beside the figures and never asserted: a
shared machine's speed varies too much for a timing to fail a test."""
from __future__ import annotations

import os
import platform
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str  # "s", "ms", "MB" or "x" (a ratio)
    budget: float | None = None  # the most it may be; None: shown for reference only
    note: str = ""

    @property
    def within(self) -> bool | None:
        return None if self.budget is None else self.value <= self.budget

    def text(self) -> str:
        return _number(self.value, self.unit)

    def budget_text(self) -> str:
        return "" if self.budget is None else "≤ " + _number(self.budget, self.unit)


def _number(value: float, unit: str) -> str:
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 10 else f"{value:.0f} ms"
    if unit == "x":
        return f"{value:.2f}"
    return f"{value:.3f} s" if value < 1 else f"{value:.2f} s"


def machine() -> str:
    """One line: what the figures were measured on."""
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        cpu = platform.processor()
    try:
        import PySide6

        qt = f", PySide6 {PySide6.__version__}"
    except ImportError:  # pragma: no cover - the project depends on it
        qt = ""
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores"
            f"{' (' + cpu + ')' if cpu else ''}, Python {platform.python_version()}{qt}")


def table(figures: list[Figure]) -> str:
    """A Markdown table: figure, value, budget, and whether it is within."""
    lines = ["| figure | value | budget | |", "|---|---|---|---|"]
    for f in figures:
        mark = {True: "within", False: "**over**", None: ""}[f.within]
        name = f"{f.name} ({f.note})" if f.note else f.name
        lines.append(f"| {name} | {f.text()} | {f.budget_text()} | {mark} |")
    return "\n".join(lines)


def report(figures: list[Figure], how: str) -> None:
    print(f"machine: {machine()}")
    print(how)
    print(table(figures))
