"""Call-log benchmark: 10,000 contacts across 60 debts.

    python tests/benchmarks/calllog.py [--contacts 10000] [--runs 5] [--quick]

Prints medians of: opening the Call log tab until its rows are painted (budget 300 ms), and
one search keystroke until the filtered rows are painted (budget 100 ms). Offscreen Qt.
`--quick` makes 2,000 contacts.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks import figures
from tests.benchmarks.figures import Figure

if TYPE_CHECKING:
    from core.store.database import Store


def measure(runs: int, quick: bool, contacts: int | None = None,
            debts: int = 60) -> list[Figure]:
    """Medians of `runs` openings of the tab and of 7 keystrokes after each, on a case of
    `debts` debts and `contacts` contacts (10,000; 2,000 when quick)."""
    contacts = contacts or (2_000 if quick else 10_000)
    from PySide6.QtCore import QSettings

    from core.case.casefile import import_case, parse_case_bytes
    from core.store.database import open_store
    from tests.benchmarks.cases import chinese_case, with_contacts

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(tmp / "cfg"))
        document = with_contacts(chinese_case(debts), contacts)
        started = time.perf_counter()
        store = open_store(tmp / "store")
        import_case(store, parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(),
                                            "case.json"))
        print(f"made a case of {debts} debts and {contacts} contacts in "
              f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
        try:
            opening, typing = _open_and_type(store, tmp / "store", runs)
        finally:
            store.close()
    return [
        Figure(f"call-log search keystroke at {contacts:,} contacts",
               statistics.median(typing) * 1000, "ms", 100, note="until the filtered rows paint"),
        Figure(f"open the Call log tab, {contacts:,} contacts", statistics.median(opening) * 1000,
               "ms", 300, note="until its rows paint"),
        Figure("slowest keystroke", max(typing) * 1000, "ms"),
    ]


def _open_and_type(store: Store, data_dir: Path, runs: int) -> tuple[list[float], list[float]]:
    """The seconds of each opening of the tab and of each keystroke after it."""
    from PySide6.QtWidgets import QApplication

    from gui.calllog.calllog_tab import CallLogTab

    app = QApplication.instance() or QApplication([])

    class Context:
        def __init__(self) -> None:
            self.store = store
            self.data_dir = data_dir

        def push(self, *_a: object) -> None: ...

        def notify(self, *_a: object) -> None: ...

    opening, typing = [], []
    for _ in range(runs):
        tab = CallLogTab(Context())
        tab.resize(1200, 700)
        app.processEvents()
        began = time.perf_counter()
        tab.reload()
        tab.show()
        tab.repaint()
        app.processEvents()
        opening.append(time.perf_counter() - began)
        for text in ("个", "个性", "个性化", "分期", "工号 8", "停息挂账", ""):
            began = time.perf_counter()
            tab.search.setText(text)
            tab.table.viewport().repaint()
            app.processEvents()
            typing.append(time.perf_counter() - began)
        tab.close()
        tab.deleteLater()
        app.processEvents()
    return opening, typing


def main() -> int:
    def options(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--contacts", type=int, help="how many contacts (default 10,000)")
        parser.add_argument("--debts", type=int, default=60)

    return figures.main(__doc__, measure, "median of {runs} openings, 7 keystrokes after each",
                        runs=5, quick_runs=3, quick="2,000 contacts", options=options)


if __name__ == "__main__":
    sys.exit(main())
