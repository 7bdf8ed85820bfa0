"""The timeline: the Debts tab shows one debt's history, newest first."""
from __future__ import annotations

from PySide6.QtCore import Qt


def _select(window, debt: str):
    window.tabs.setCurrentWidget(window.debts_tab)
    tab = window.debts_tab
    row = next(i for i, v in enumerate(tab.model.rows()) if v.data["ref"] == debt)
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(row, 0)).row())
    return tab


def _cells(view) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_timeline_shows_the_debts_rows(zh_window, qtbot) -> None:
    tab = _select(zh_window, "D3")
    qtbot.mouseClick(tab.timeline_button, Qt.MouseButton.LeftButton)
    dialog = tab.timeline_dialog
    assert dialog.isVisible() and "招商银行信用卡中心" in dialog.windowTitle()
    (row,) = _cells(dialog.table)
    assert row[0] == "2026-11-06 14:20"
    assert row[1] == "Phone · Outgoing · Information"
    assert row[2].startswith("王女士 工号 80231 · 说明收入下降和孩子住院的情况")
    dialog.reject()
    tab = _select(zh_window, "D1")
    qtbot.mouseClick(tab.timeline_button, Qt.MouseButton.LeftButton)
    dialog = tab.timeline_dialog
    assert _cells(dialog.table) == [["2026-11-08", "Payment ¥300.00", "支付宝 · 部分还款"]]
    dialog.reject()


def test_a_debt_with_no_history_says_so_and_the_button_needs_a_selection(zh_window,
                                                                         qtbot) -> None:
    tab = zh_window.debts_tab
    tab.table.clearSelection()
    assert not tab.timeline_button.isEnabled()
    tab = _select(zh_window, "D2")
    qtbot.mouseClick(tab.timeline_button, Qt.MouseButton.LeftButton)
    dialog = tab.timeline_dialog
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    dialog.reject()
