"""The Debts tab driven as a person would: the dialog, refusals, undo and redo, delete."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from core.debts.debts import list_debts
from gui.debts.debt_dialog import DebtDialog
from tests.gui.conftest import type_into, when_dialog


def _ok(dialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_first_launch_shows_what_to_do_first(window) -> None:
    tab = window.debts_tab
    assert tab.stack.currentWidget() is tab.welcome
    assert tab.welcome_add.isVisible() and tab.welcome_import.isVisible()


def test_add_a_debt_through_the_dialog(window, qtbot) -> None:
    def fill(dialog: DebtDialog) -> None:
        type_into(qtbot, dialog.creditor, "招商银行信用卡中心")
        qtbot.keyClicks(dialog.principal, "15,600.00")
        qtbot.keyClicks(dialog.overdue_rate.value, "0.05")
        dialog.is_overdue.setChecked(True)
        assert _ok(dialog).isEnabled(), dialog.error.text()
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    seen = when_dialog(qtbot, fill, DebtDialog)
    qtbot.mouseClick(window.debts_tab.welcome_add, Qt.MouseButton.LeftButton)
    seen.check()
    [debt] = list_debts(window.store)
    assert debt.data["creditor"] == "招商银行信用卡中心"
    assert debt.data["balance"]["principal"] == Decimal("15600.00")
    assert debt.data["overdue_rate"].value == Decimal("0.0005")
    tab = window.debts_tab
    assert tab.stack.currentWidget() is not tab.welcome
    assert tab.model.rowCount() == 1
    assert "¥15,600.00" in tab.summary.text()


def test_invalid_input_is_refused_with_a_message(window, qtbot) -> None:
    messages: list[str] = []

    def fill(dialog: DebtDialog) -> None:
        assert dialog.error.text() == "" and _ok(dialog).isEnabled()  # nothing said yet
        type_into(qtbot, dialog.creditor, "花呗")
        qtbot.keyClicks(dialog.principal, "12.345")
        assert dialog.error.text() == ""  # still typing: not judged before it is left
        dialog.principal.editingFinished.emit()  # left (Tab or a click elsewhere)
        messages.append(dialog.error.text())
        assert not _ok(dialog).isEnabled()
        assert dialog.principal.property("invalid") is True
        dialog.principal.clear()
        messages.append(dialog.error.text())
        qtbot.keyClicks(dialog.principal, "abc")
        messages.append(dialog.error.text())
        dialog.reject()

    seen = when_dialog(qtbot, fill, DebtDialog)
    window.debts_tab.add_debt()
    seen.check()
    assert messages[0] == "Principal: an amount has at most 2 decimal places"
    assert messages[1] == "Principal: is required"
    assert messages[2] == "Principal: not an amount: write it like 1234.56"
    assert list_debts(window.store) == []


def test_ok_on_an_empty_form_says_what_is_missing(window, qtbot) -> None:
    def press_ok(dialog: DebtDialog) -> None:
        assert dialog.principal.property("invalid") is not True  # not red before typing
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.error.text() == "Principal: is required"
        assert dialog.principal.property("invalid") is True and not _ok(dialog).isEnabled()
        dialog.reject()

    seen = when_dialog(qtbot, press_ok, DebtDialog)
    window.debts_tab.add_debt()
    seen.check()
    assert list_debts(window.store) == []


def test_edit_undo_redo_delete(zh_window, qtbot, monkeypatch) -> None:
    window, tab = zh_window, zh_window.debts_tab
    assert tab.model.rowCount() == 3
    tab.select_debt(list_debts(window.store)[2].id)

    def change(dialog: DebtDialog) -> None:
        assert dialog.creditor.text() == "招商银行信用卡中心"
        dialog.minimum.selectAll()
        qtbot.keyClicks(dialog.minimum, "800")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    seen = when_dialog(qtbot, change, DebtDialog)
    tab.edit_selected()
    seen.check()
    card = lambda: next(d for d in list_debts(window.store) if d.data["ref"] == "D3")  # noqa: E731
    assert card().data["minimum_payment"] == Decimal("800.00")
    assert "Edit debt" in window.undo_action.text()
    window.undo_action.trigger()
    assert card().data["minimum_payment"] == Decimal("1560.00")
    window.redo_action.trigger()
    assert card().data["minimum_payment"] == Decimal("800.00")

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    tab.select_debt(card().id)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)  # the keyboard way
    assert "1 call-log entry" in asked[0] or "call-log" in asked[0]
    assert [d.data["ref"] for d in list_debts(window.store)] == ["D1", "D2"]
    assert tab.model.rowCount() == 2
    window.undo_action.trigger()
    assert [d.data["ref"] for d in list_debts(window.store)] == ["D1", "D2", "D3"]
    assert card().data["minimum_payment"] == Decimal("800.00")
    window.calllog_tab.refresh_now()  # a tab behind others redraws when shown
    assert window.calllog_tab.model.rowCount() == 1
    window.redo_action.trigger()
    assert tab.model.rowCount() == 2
    window.calllog_tab.refresh_now()
    assert window.calllog_tab.model.rowCount() == 0


def test_add_then_undo_then_redo_keeps_the_same_debt(window, qtbot) -> None:
    def fill(dialog: DebtDialog) -> None:
        type_into(qtbot, dialog.creditor, "借呗")
        qtbot.keyClicks(dialog.principal, "20000")
        dialog.accept()

    seen = when_dialog(qtbot, fill, DebtDialog)
    window.debts_tab.add_debt()
    seen.check()
    [first] = list_debts(window.store)
    window.undo_stack.undo()
    assert list_debts(window.store) == []
    assert window.debts_tab.stack.currentWidget() is window.debts_tab.welcome
    window.undo_stack.redo()
    assert list_debts(window.store) == [first]


def test_filter_and_sort(zh_window, qtbot) -> None:
    tab = zh_window.debts_tab
    type_into(qtbot, tab.search, "借呗")
    assert tab.proxy.rowCount() == 1
    tab.search.clear()
    assert tab.proxy.rowCount() == 3
    tab.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # balance, by value
    first = tab.proxy.index(0, 0).data()
    assert first == "支付宝（借呗）"
    tab.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert tab.proxy.index(0, 0).data() == "支付宝（花呗）"


def test_a_hidden_tab_redraws_when_shown_or_asked_for_its_selection(zh_window) -> None:
    from core.debts import debts

    window, tab = zh_window, zh_window.debts_tab
    d3 = next(d for d in list_debts(window.store) if d.data["ref"] == "D3")
    tab.select_debt(d3.id)
    window.tabs.setCurrentWidget(window.plan_tab)
    _snapshot, changes = debts.delete_debt(window.store, d3.id)
    window.notify(changes)
    assert tab.stale and tab.model.rowCount() == 3  # nothing read while it cannot be seen
    assert tab.selected() is None  # the window asks (a call, a letter): brought up to date
    assert not tab.stale and tab.model.rowCount() == 2

    d2 = next(d for d in list_debts(window.store) if d.data["ref"] == "D2")
    _snapshot, changes = debts.delete_debt(window.store, d2.id)
    window.notify(changes)
    assert tab.stale and tab.model.rowCount() == 2
    window.tabs.setCurrentWidget(tab)
    assert not tab.stale and tab.model.rowCount() == 1
