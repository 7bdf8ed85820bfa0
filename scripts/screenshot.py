"""Grab the window and its dialogs as PNGs, for the README and for looking at changes.

    python scripts/screenshot.py OUT_DIR [--lang zh|en] [--case FILE]

Uses a throw-away store in a temporary folder; run under a real display (Xvfb) for fonts
as a person sees them.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh")
    parser.add_argument("--case", type=Path, default=ROOT / "tests" / "data" / "zh_case.json")
    parser.add_argument("--evidence", type=Path, help="a folder of files to add as evidence")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings, Qt, QTimer

    from core.case.casefile import import_case, read_case_file
    from core.store.database import open_store
    from gui.app import make_app
    from gui.languages import LanguageSwitcher

    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    store = open_store(tmp / "store")
    import_case(store, read_case_file(args.case))
    if args.evidence:
        from core.errors import DomainError
        from core.evidence.store import add_file

        for path in sorted(args.evidence.iterdir()):
            try:
                add_file(store, path, "income_proof", ["D3"])
            except DomainError as error:
                print(error.message)
    store.close()

    app = make_app([])
    from gui.fonts import register_app_fonts

    register_app_fonts()  # as the app does: Chinese shows on a machine without a CJK font
    languages = LanguageSwitcher(app)
    languages.apply(args.lang)
    from gui.main_window import MainWindow

    window = MainWindow(tmp / "store", languages)
    window.resize(1280, 800)
    window.show()
    window.build_tabs()
    window.open_store()

    def shoot() -> None:
        if window.store is None:
            QTimer.singleShot(100, shoot)
            return
        window.debts_tab.table.selectRow(2)
        app.processEvents()
        window.grab().save(str(args.out / "main.png"))
        window.help.about()
        app.processEvents()
        window.help.about_dialog.grab().save(str(args.out / "about.png"))
        window.help.about_dialog.close()
        from core.case.situation import situation_document
        from core.debts.debts import debt_document, list_debts
        from gui.case.situation_dialog import SituationDialog
        from gui.debts.debt_dialog import DebtDialog

        debt = list_debts(window.store)[2]
        dialog = DebtDialog(window, debt_document(window.store, debt.id))
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(args.out / "debt_dialog.png"))
        dialog.principal.setText("12.345")
        app.processEvents()
        dialog.grab().save(str(args.out / "debt_dialog_error.png"))
        dialog.close()
        situation = SituationDialog(situation_document(window.store), "CNY", window)
        situation.show()
        for index, name in ((2, "situation_hardship"), (3, "situation_budget")):
            situation.tabs.setCurrentIndex(index)
            app.processEvents()
            situation.grab().save(str(args.out / f"{name}.png"))
        situation.close()
        window.tabs.setCurrentIndex(1)
        app.processEvents()
        evidence = window.evidence_tab
        if evidence.list.model.rowCount():
            evidence.grid.setCurrentIndex(evidence.list.proxy.index(0, 0))
        for _ in range(20):  # thumbnails arrive from their thread
            app.processEvents()
            time.sleep(0.05)
        window.grab().save(str(args.out / "evidence.png"))
        window.tabs.setCurrentIndex(2)
        app.processEvents()
        window.grab().save(str(args.out / "calllog.png"))
        window.tabs.setCurrentIndex(3)
        QTimer.singleShot(1500, plans_shot)

    def plans_shot() -> None:
        app.processEvents()
        window.grab().save(str(args.out / "plans.png"))
        tab = window.plan_tab
        tab.editor.strategy.setCurrentIndex(tab.editor.strategy.findData("avalanche"))
        for row in range(tab.editor.terms.rowCount()):
            tab.editor.terms.item(row, 6).setCheckState(Qt.CheckState.Unchecked)
        app.processEvents()
        window.grab().save(str(args.out / "plans_avalanche.png"))
        tab.views.setCurrentIndex(1)
        tab.schedule_view.expandAll()
        app.processEvents()
        window.grab().save(str(args.out / "plans_schedule.png"))
        window.close()
        app.quit()

    QTimer.singleShot(300, shoot)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
