"""What every benchmark reports: figures with their budgets, the machine they ran on, and
one table to print them in. Budgets are printed beside the figures and never asserted: a
shared machine's speed varies too much for a timing to fail a test."""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


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
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"  # 10.4 must not read as 10
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


def run_json(code: str, env: dict[str, str] | None = None, timeout: float = 600) -> Any:
    """Run `code` in a fresh Python process in the project folder and read the last line it
    printed as JSON. A process that fails raises RuntimeError with the end of its stderr."""
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         cwd=ROOT, timeout=timeout, check=False)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(doc: str, measure: Callable[..., list[Figure]], how: str, runs: int, quick_runs: int,
         quick: str, options: Callable[[argparse.ArgumentParser], None] | None = None) -> int:
    """A benchmark's command line: `--runs` (default `runs`, or `quick_runs` with `--quick`),
    `--quick` (`quick` says what it makes smaller) and the `options` the benchmark adds, each
    passed to `measure` under its own name; prints the figures with `how` (`{runs}` in it is
    the number of runs). Returns 0: the figures are the result, whatever their budgets."""
    parser = argparse.ArgumentParser(description=" ".join(doc.split("\n\n")[0].split()))
    parser.add_argument("--runs", type=int,
                        help=f"runs to take the median of (default {runs}, {quick_runs} quick)")
    parser.add_argument("--quick", action="store_true", help=quick)
    if options is not None:
        options(parser)
    args = vars(parser.parse_args())
    is_quick = args.pop("quick")
    chosen = args.pop("runs") or (quick_runs if is_quick else runs)
    report(measure(chosen, is_quick, **args), how.format(runs=chosen))
    return 0
