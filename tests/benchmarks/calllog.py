"""Call-log benchmark: 10,000 contacts across 60 debts.

    python tests/benchmarks/calllog.py [--contacts 10000] [--runs 5]

Prints medians of: opening the Call log tab until its rows are painted (budget 300 ms), and
one search keystroke until the filtered rows are painted (budget 100 ms). Offscreen Qt.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--debts", type=int, default=60)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from core.casefile import import_case, parse_case_bytes
    from core.store import open_store
    from tests.benchmarks.cases import chinese_case, with_contacts

    import json

    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    document = with_contacts(chinese_case(args.debts), args.contacts)
    started = time.perf_counter()
    store = open_store(tmp / "store")
    import_case(store, parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(),
                                        "case.json"))
    print(f"made a case of {args.debts} debts and {args.contacts} contacts in "
          f"{time.perf_counter() - started:.1f} s")

    app = QApplication.instance() or QApplication([])
    from gui.calllog_tab import CallLogTab

    class Context:
        def __init__(self) -> None:
            self.store = store
            self.data_dir = tmp / "store"

        def push(self, *_a: object) -> None: ...

        def notify(self, *_a: object) -> None: ...

    opening, typing = [], []
    for _ in range(args.runs):
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
        shown = tab.proxy.rowCount()
        tab.close()
        tab.deleteLater()
        app.processEvents()
    store.close()
    print(f"machine: {platform.machine()} Python {platform.python_version()}, "
          f"{os.cpu_count()} cores; medians of {args.runs} openings and "
          f"{len(typing)} keystrokes ({shown} rows after the last)")
    print("| figure | ms | budget |")
    print("|---|---|---|")
    print(f"| open the Call log tab, {args.contacts} contacts | "
          f"{statistics.median(opening) * 1000:.0f} | <= 300 |")
    print(f"| search keystroke to filtered rows | {statistics.median(typing) * 1000:.0f} | "
          f"<= 100 |")
    print(f"| slowest keystroke | {max(typing) * 1000:.0f} | |")


if __name__ == "__main__":
    main()
