"""The collector-conduct view: the likely breaches of the call log, the calls by hour, the
rules checked, and the count on the debt page, on a case whose collectors broke rules."""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.changes import Change
from tests.conftest import DATA

TODAY = date(2026, 12, 1)
SHOTS = os.environ.get("DEBTDESK_SHOTS")  # a folder to keep the screenshots in


def _call(ref: str, debts: list[str], at: str, **extra: object) -> dict:
    return {"ref": ref, "debts": debts, "at": at, "channel": "phone", "direction": "incoming",
            "agent": "", "summary": "催收来电", "outcome": "information",
            "caller": "某某资产管理有限公司", "caller_kind": "agency", "conduct": [], **extra}


def _rich_case() -> dict:
    """The full Chinese case with a collector who calls late, too often and threatens."""
    case = json.loads((DATA / "zh_full_case.json").read_text(encoding="utf-8"))
    case["contacts"] += [
        _call("L1", ["D1"], "2026-11-22T22:30:00+08:00", outcome="no_answer"),  # after 22:00
        *(_call(f"R{n}", ["D2"], f"2026-11-24T{9 + n}:00:00+08:00") for n in range(1, 5)),
        _call("T1", ["D3"], "2026-11-25T19:10:00+08:00", conduct=["threat"],
              summary="威胁上门"),  # a card under its agreement, and a threat
        _call("E1", ["D1"], "2026-11-26T07:15:00+08:00", conduct=["abuse"]),  # before 08:00
        _call("OK", ["D1"], "2026-11-27T15:00:00+08:00"),  # within the rules
    ]
    return case


@pytest.fixture
def conduct_window(make_window, tmp_path: Path):
    from core.case.casefile import import_case, validate_case
    from core.store.database import open_store

    store = open_store(tmp_path / "store")
    import_case(store, validate_case(_rich_case()))
    store.close()
    window = make_window(tmp_path / "store")
    window.resize(1366, 768)
    return window


def _open(window, qtbot, debt: str | None = None):
    tab = window.calllog_tab
    window.tabs.setCurrentWidget(tab)
    tab.conduct_button.open_for(debt)
    dialog = tab.conduct_button.dialog
    dialog.today = lambda: TODAY
    dialog.refresh()
    qtbot.waitExposed(dialog)
    return dialog


def _shot(widget, name: str, tmp_path: Path) -> Path:
    folder = Path(SHOTS) if SHOTS else tmp_path
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def test_the_view_lists_each_breach_with_its_rule_source_and_standing(
        conduct_window, qtbot) -> None:
    from core.debts.conduct_findings import read_findings

    window = conduct_window
    window.activateWindow()
    window.tabs.setCurrentWidget(window.calllog_tab)
    window.calllog_tab.table.setFocus()
    qtbot.waitUntil(lambda: window.calllog_tab.table.hasFocus())
    qtbot.keyClick(window.calllog_tab.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.calllog_tab.conduct_button.dialog
    assert dialog is not None and dialog.isVisible()  # Ctrl+K on the call log opens it
    dialog = _open(window, qtbot)
    expected = read_findings(window.store, TODAY).breaches
    assert dialog.table.rowCount() == len(expected) >= 8
    rows = {(dialog.table.item(r, 0).text(), dialog.table.item(r, 2).text()):
            dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())}
    assert rows[("2026-11-22 22:30", "Collection between 22:00 and 08:00")] == "Reported"
    assert rows[("2026-11-24 13:00", "More than three connected calls a day")] == "Reported"
    assert rows[("2026-11-25 19:10", "Collection after an installment agreement")] == "Binding"
    assert rows[("2026-11-26 07:15", "Intimidation, threats or insults")] == \
        "Industry convention"
    assert not any(key[0] == "2026-11-27 15:00" for key in rows)  # a call within the rules
    assert "China" in dialog.country.text() and "Your situation" in dialog.country.text()
    assert dialog.scam.isVisible()  # C4 asked for a fee: a scam warning, whatever the rules

    late = next(r for r in range(dialog.table.rowCount())
                if dialog.table.item(r, 0).text() == "2026-11-22 22:30")
    dialog.table.selectRow(late)
    detail = dialog.detail.toPlainText()
    assert "outside the hours 08:00–22:00" in detail
    assert "互联网金融贷后催收业务指引" in detail and "article not confirmed" in detail
    assert "2024-05" in detail and "2026-11-22 22:30" in detail  # source, and the entry
    assert "Reported rule, judge for yourself" in detail
    dialog.activate(late)  # Enter or a double click: the contact is selected in the log
    assert window.calllog_tab.selected().data["ref"] == "L1"
    rules = dialog.rules.toPlainText()
    assert "商业银行信用卡业务监督管理办法" in rules and "第七十条" in rules


def test_the_country_comes_from_the_situation_and_the_view_follows_changes(
        conduct_window, qtbot) -> None:
    from core.calllog.contacts import delete_contact
    from core.case.situation import save_situation

    window = conduct_window
    dialog = _open(window, qtbot)
    before = dialog.table.rowCount()
    dialog.table.selectRow(before - 1)
    chosen = dialog.current_breach()
    row = next(r for r in window.calllog_tab.model.rows() if r.data["ref"] == "T1")
    _snapshot, changes = delete_contact(window.store, row.id)
    window.notify(changes)
    assert dialog.table.rowCount() == before - 2  # the threat and the agreement breach
    assert dialog.current_breach() == chosen  # still the one in view

    window.notify(save_situation(window.store, {"country": "GB"}))
    assert "United Kingdom" in dialog.country.text()
    assert "set in your situation" in dialog.country.text()
    assert "CONC 7.9.4 R" in dialog.rules.toPlainText()
    assert "Contact at an unreasonable time" in {
        dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}

    window.notify(save_situation(window.store, {"country": "DE"}))
    assert "knows no collector rules for DE" in dialog.country.text()
    assert dialog.split.isHidden() and not dialog.empty.isHidden()
    assert dialog.empty.text() == "No rules to check the call log against."
    dialog.hide()
    window.notify(save_situation(window.store, {"country": None}))  # seen when shown again
    assert dialog.stale
    window.calllog_tab.conduct_button.open_for(None)
    assert not dialog.stale and "taken from the case's currency" in dialog.country.text()


def test_the_calls_by_hour_mark_the_breaches_and_step_by_keyboard(
        conduct_window, qtbot, tmp_path) -> None:
    window = conduct_window
    dialog = _open(window, qtbot)
    dialog.tabs.setCurrentIndex(1)
    clock = dialog.clock
    refs = [call.ref for call in clock.calls]
    assert refs == ["C4", "L1", "R1", "R2", "R3", "R4", "T1", "E1", "OK"]  # incoming only
    assert {c.ref for c in clock.calls if c.breached} == {"C4", "L1", "R4", "T1", "E1"}
    assert clock.allowed is not None and clock.allowed[1].hour == 22
    assert "08:00–22:00" in dialog.legend.text()
    clock.setFocus()
    qtbot.keyClick(clock, Qt.Key.Key_End)
    assert "2026-11-27 15:00" in dialog.clock_text.text()
    qtbot.keyClick(clock, Qt.Key.Key_Left)
    assert "2026-11-26 07:15" in dialog.clock_text.text()
    assert "breaks:" in dialog.clock_text.text()
    qtbot.keyClick(clock, Qt.Key.Key_Return)
    assert window.calllog_tab.selected().data["ref"] == "E1"
    index = refs.index("L1")
    qtbot.mouseClick(clock, Qt.MouseButton.LeftButton, pos=clock.point(index).toPoint())
    assert clock.current == index
    dialog.range.setCurrentIndex(dialog.range.findData(90))
    assert clock.days == 90 and len(clock.calls) == len(refs)
    dialog.debt_filter.setCurrentIndex(dialog.debt_filter.findData("D2"))
    assert [call.ref for call in clock.calls] == ["R1", "R2", "R3", "R4"]


def test_the_debt_page_counts_its_breaches_and_links_to_them(conduct_window, qtbot) -> None:
    from core.debts.conduct_findings import read_findings

    window = conduct_window
    tab = window.debts_tab
    counts = read_findings(window.store, date.today()).per_debt
    refs = [row.data["ref"] for row in tab.model.rows()]
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(refs.index("D1"), 0)).row())
    label = tab.detail.conduct
    qtbot.waitUntil(label.isVisible)  # counted off the GUI thread
    assert f"{counts['D1']} likely breaches of collector rules" in label.text()
    from core.calllog.contacts import log_contact

    _id, changes = log_contact(window.store, _call("N1", ["D1"], "2026-11-29T23:10:00+08:00"))
    window.notify(changes)  # a late call logged: the count follows
    qtbot.waitUntil(lambda: f"{counts['D1'] + 1} likely breaches of collector rules"
                    in label.text())
    counts["D1"] += 1
    tab.detail.show_breaches(1)
    assert label.text().endswith(">1 likely breach of collector rules</a>")
    tab.table.clearSelection()
    assert label.isHidden()  # no debt, no count
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(refs.index("D4"), 0)).row())
    assert counts["D4"] == 0 and label.isHidden()
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(refs.index("D2"), 0)).row())
    label.linkActivated.emit("conduct")
    dialog = window.calllog_tab.conduct_button.dialog
    assert dialog.isVisible() and dialog.debt_filter.currentData() == "D2"
    assert window.tabs.currentWidget() is window.calllog_tab
    assert {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())} == \
        {"支付宝（借呗）"}


@pytest.mark.parametrize("page", [0, 1, 2])
def test_the_views_read_whole_in_chinese_at_1366x768(conduct_window, qtbot, tmp_path,
                                                      page) -> None:
    window = conduct_window
    window.set_language("zh")
    qtbot.wait(50)
    dialog = _open(window, qtbot)
    dialog.resize(1100, 680)  # what fit_on_screen leaves of 1100×700 on 1366×728
    dialog.tabs.setCurrentIndex(page)
    if page == 1:
        dialog.clock.setFocus()
        qtbot.keyClick(dialog.clock, Qt.Key.Key_End)
    qtbot.wait(50)
    late = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())
            if dialog.table.item(r, 0).text() == "2026-11-22 22:30"]
    assert late and "当地时间" in late[0]  # core's findings follow the language
    for label in (dialog.country, dialog.legend, dialog.clock_text):
        if label.isVisible():
            assert label.heightForWidth(label.width()) <= label.height() + 1
    assert _shot(dialog, f"conduct_{page}", tmp_path).stat().st_size > 0
    if page == 0:
        window.tabs.setCurrentWidget(window.debts_tab)
        window.debts_tab.table.selectRow(0)
        qtbot.wait(50)
        _shot(window, "debt_page", tmp_path)
        window.calllog_tab.conduct_button.dialog.hide()
        window.case_actions  # noqa: B018 - the situation dialog below is the real one
        from core.case.situation import situation_document
        from gui.case.situation_dialog import SituationDialog

        situation = SituationDialog(situation_document(window.store), "CNY", window)
        qtbot.addWidget(situation)
        situation.resize(760, 620)
        situation.show()
        qtbot.waitExposed(situation)
        _shot(situation, "situation", tmp_path)
        window.notify(Change.NONE)


def test_a_debt_page_counts_its_breaches_off_the_gui_thread(conduct_window, qtbot,
                                                             monkeypatch) -> None:
    """The whole call log is checked for the count: never on the thread that paints."""
    import threading

    from core.changes import Change
    from core.debts import conduct_findings

    threads: list[threading.Thread] = []
    real = conduct_findings.read_findings

    def spy(store, today):
        threads.append(threading.current_thread())
        return real(store, today)

    monkeypatch.setattr(conduct_findings, "read_findings", spy)
    tab = conduct_window.debts_tab
    tab.refresh(Change.CONTACTS)
    refs = [row.data["ref"] for row in tab.model.rows()]
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(refs.index("D1"), 0)).row())
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()
    qtbot.waitUntil(tab.detail.conduct.isVisible)
