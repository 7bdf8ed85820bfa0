"""The window: language switching, situation editing, import, remembered size, start-up."""
from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from core.case.casefile import export_document
from core.case.situation import situation_data
from core.debts.debts import list_debts
from gui.case.situation_dialog import SituationDialog
from tests.conftest import ROOT, ZH_CASE
from tests.gui.conftest import when_dialog


def test_switching_language_at_run_time(zh_window, qtbot) -> None:
    window = zh_window
    header = window.debts_tab.table.model().headerData
    from PySide6.QtCore import Qt

    assert window.tabs.tabText(0) == "&Debts"
    assert header(0, Qt.Orientation.Horizontal) == "Creditor"
    window.set_language("zh")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "债务(&D)", timeout=2000)
    assert [window.tabs.widget(i).objectName() for i in range(4)] == [
        "debtsTab", "evidenceTab", "callLogTab", "planTab"]
    assert header(0, Qt.Orientation.Horizontal) == "债权人"
    assert window.debts_tab.proxy.index(0, 2).data() == "消费信贷"
    assert "账单欠款合计" in window.debts_tab.summary.text()
    assert window.file_menu.title() == "文件(&F)"
    assert window.language_actions["zh"].isChecked()
    from core import i18n
    assert i18n.language() == "zh"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "&Debts", timeout=2000)
    assert header(0, Qt.Orientation.Horizontal) == "Creditor"


def test_language_is_remembered(make_window, tmp_path, languages) -> None:
    from gui.languages import saved_language

    window = make_window()
    window.set_language("zh")
    assert saved_language() == "zh"
    window.set_language("en")
    assert saved_language() == "en"


def test_every_gui_string_has_a_chinese_translation() -> None:
    import xml.etree.ElementTree as ET

    ts = ROOT / "resources" / "translations" / "debtdesk_zh_CN.ts"
    messages = list(ET.parse(ts).iter("message"))
    assert len(messages) > 200
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime_ns >= 0


def test_situation_dialog_edits_the_financial_statement(zh_window, qtbot) -> None:
    window = zh_window

    def edit(dialog: SituationDialog) -> None:
        assert "¥6,500.00" in dialog.totals.text() and "¥2,020.00" in dialog.totals.text()
        dialog.tabs.setCurrentIndex(3)
        dialog.income.add_line({"label": "父母资助", "category": "family_support",
                                "monthly": "abc"})
        assert "Financial statement · income line 3 · Per month" in dialog.error.text()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        dialog.income.table.item(2, 2).setText("500")
        assert ok.isEnabled(), dialog.error.text()
        assert "¥2,520.00" in dialog.totals.text()
        dialog.accept()

    seen = when_dialog(qtbot, edit, SituationDialog)
    window.case_actions.edit_situation()
    seen.check()
    budget = situation_data(window.store)["budget"]
    assert budget["income"][-1]["monthly"] == Decimal("500.00")
    window.undo_stack.undo()
    assert len(situation_data(window.store)["budget"]["income"]) == 2
    window.undo_stack.redo()
    assert len(situation_data(window.store)["budget"]["income"]) == 3


def test_import_from_the_welcome_page_and_replace_keeps_a_copy(window, monkeypatch, qtbot,
                                                                tmp_path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ZH_CASE), ""))
    with qtbot.waitSignal(window.case_actions.job_ended, timeout=30000):  # off the GUI thread
        window.case_actions.import_case()
    assert len(list_debts(window.store)) == 3
    window.calllog_tab.refresh_now()  # a tab behind others redraws when shown
    assert window.calllog_tab.model.rowCount() == 1
    window.tabs.setCurrentWidget(window.plan_tab)
    assert window.plan_tab.plans.rowCount() == 1
    assert window.plan_tab.editor.terms.rowCount() == 3
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.case_actions.job_ended, timeout=30000):
        window.case_actions.import_case()
    from core.case.backup import list_backups

    [kept] = [b for b in list_backups(window.store) if b.path.name.startswith("before-import-")]
    assert kept.counts["debts"] == 3  # a snapshot that Restore from backup can put back


def test_a_bad_case_file_is_refused_and_changes_nothing(zh_window, monkeypatch, qtbot,
                                                        tmp_path) -> None:
    bad = tmp_path / "坏的.json"
    bad.write_text("{\"format\": \"debtdesk-case\"", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _t, text, *a, **k: warnings.append(text))
    before = export_document(zh_window.store)
    with qtbot.waitSignal(zh_window.case_actions.job_ended, timeout=30000):
        zh_window.case_actions.import_case()
    assert warnings and warnings[0].startswith("坏的.json: ")
    after = export_document(zh_window.store)
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before


def test_window_remembers_its_size(make_window, tmp_path) -> None:
    first = make_window(tmp_path / "a")
    assert first.minimumSizeHint().width() < 760, "keep the window usable on small screens"
    first.resize(780, 560)  # within the offscreen screen (800 x 600)
    first.tabs.setCurrentIndex(2)
    first.close()
    second = make_window(tmp_path / "a")
    assert (second.width(), second.height()) == (780, 560)
    assert second.tabs.currentIndex() == 2


def _launch(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DEBTDESK_STARTUP_PROBE": "1",
           "DEBTDESK_HOME": str(tmp_path / "s")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py")], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    lines = dict(line.split(" ", 1) if " " in line else (line, "")
                 for line in result.stdout.splitlines())
    assert "paint" in lines and "data" in lines, result.stdout + result.stderr
    assert "Error" not in result.stderr, result.stderr  # nothing went wrong on the way
    return lines


def test_start_up_paints_before_data_and_loads_no_heavy_library(tmp_path) -> None:
    first = _launch(tmp_path)  # a new store: shown once migrated (SQLAlchemy, Alembic)
    assert float(first["paint"]) <= float(first["data"])
    assert set(first["heavy"].split()) <= {"alembic", "sqlalchemy"}
    assert Path(tmp_path / "s" / "debtdesk.sqlite3").exists()
    again = _launch(tmp_path)  # an up-to-date store: the debts show before SQLAlchemy loads
    assert again["heavy"].strip() == ""
    assert float(again["paint"]) <= float(again["data"])


def test_garbage_is_collected_on_the_gui_thread_only(qapp) -> None:
    import gc

    from gui.collector import GuiThreadCollector

    assert not gc.isenabled()  # the session's collector switched the automatic one off
    collector = GuiThreadCollector(qapp, interval_ms=10_000)
    garbage = []
    for _ in range(5000):
        cycle: list = []
        cycle.append(cycle)
        garbage.append(cycle)
    del garbage
    before = gc.get_count()[0]
    collector.collect()
    assert gc.get_count()[0] < before


def test_the_help_menu_follows_a_language_switch(window, qtbot) -> None:
    assert window.help._menu.title() == "&Help"
    window.set_language("zh")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "债务(&D)", timeout=2000)
    assert window.help._menu.title() == "帮助(&H)"
    assert window.help.guide_action.text() == "协商还款七步(&S)…"
    assert window.security.menu.title().startswith("安全")  # the other menu that is no widget
    assert window.security.recovery_action.text() == "制作恢复密钥(&K)…"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.help._menu.title() == "&Help", timeout=2000)
