"""The call log driven from the keyboard: Ctrl+L, follow-ups, search, status suggestions."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from core.calllog import contacts
from tests.gui.conftest import type_into, when_dialog


def _select_debt(window, ref: str) -> None:
    tab = window.debts_tab
    row = next(i for i, v in enumerate(tab.model.rows()) if v.data["ref"] == ref)
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(row, 0)).row())


def _answer(qtbot, button):
    """Answer the next message box with `button`."""
    return when_dialog(qtbot, lambda box: box.button(button).click(), QMessageBox)


def _status(window, ref: str) -> str | None:
    return contacts.debt_statuses(window.store, [ref])[ref][1]


def test_ctrl_l_from_the_debts_tab_logs_a_call_for_the_selected_debt(zh_window,
                                                                      qtbot) -> None:
    window = zh_window
    window.tabs.setCurrentWidget(window.debts_tab)
    _select_debt(window, "D3")
    before = len(contacts.list_contacts(window.store))

    def fill(dialog) -> None:
        assert [r for r in _ticked(dialog.debts)] == ["D3"]
        moment = dialog.when.dateTime().toPython()
        assert abs((moment - datetime.now()).total_seconds()) < 120
        type_into(qtbot, dialog.agent, "陈先生 工号 61555")
        dialog.summary.setFocus()
        dialog.summary.insertPlainText("同意停息分期 36 期，每月 447.73 元，等书面协议。")
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("offer_received"))
        dialog.offer_kind.setCurrentIndex(dialog.offer_kind.findData("monthly"))
        type_into(qtbot, dialog.monthly, "447.73")
        dialog.months.setValue(36)
        dialog.has_follow_up.setChecked(True)
        qtbot.keyClick(dialog.agent, Qt.Key.Key_Return)  # Enter in a line saves

    seen = when_dialog(qtbot, fill)
    answer = _answer(qtbot, QMessageBox.StandardButton.No)  # the status suggestion: not now
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    seen.check()
    answer.check()
    entries = contacts.list_contacts(window.store)
    assert len(entries) == before + 1
    newest = entries[0].data
    assert newest["debts"] == ["D3"] and newest["agent"] == "陈先生 工号 61555"
    assert newest["offer"]["monthly"] == Decimal("447.73")
    assert newest["offer"]["months"] == 36 and newest["outcome"] == "offer_received"
    assert newest["follow_up"] is not None
    assert _status(window, "D3") == "contacted"  # suggested, declined: unchanged
    tab = window.calllog_tab
    assert tab.model.rowCount() == before + 1
    assert tab.selected().data["ref"] == newest["ref"]
    window.undo_stack.undo()
    assert len(contacts.list_contacts(window.store)) == before


def _ticked(widget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def test_an_agreement_suggests_agreed_and_applies_only_when_accepted(zh_window, qtbot) -> None:
    window = zh_window
    tab = window.calllog_tab
    window.tabs.setCurrentWidget(tab)
    tab.debt_filter.setCurrentIndex(tab.debt_filter.findData("D3"))

    def agree(dialog) -> None:
        dialog.summary.insertPlainText("银行同意个性化分期。")
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("agreement"))
        dialog.accept()

    seen = when_dialog(qtbot, agree)
    answer = _answer(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    seen.check()
    answer.check()
    assert _status(window, "D3") == "agreed"
    window.undo_stack.undo()  # the status change is its own step
    assert _status(window, "D3") == "contacted"
    assert len(contacts.list_contacts(window.store)) == 2


def test_search_finds_chinese_substrings_and_filters_combine(zh_window, qtbot) -> None:
    window = zh_window
    store = window.store
    contacts.log_contact(store, {"debts": ["D1"], "at": "2026-11-20T09:00:00+08:00",
                                 "channel": "online_chat", "summary": "花呗客服说可以申请延期。",
                                 "outcome": "information"})
    contacts.log_contact(store, {"debts": ["D2"], "at": "2026-11-21T09:00:00+08:00",
                                 "channel": "phone", "agent": "赵先生",
                                 "summary": "借呗不同意减免。", "outcome": "refused",
                                 "follow_up": "2026-12-01"})
    window.notify(contacts.Change.CONTACTS)
    tab = window.calllog_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 3
    tab.search.setText("个性化")  # part of 个性化分期, in the middle of a sentence
    assert tab.proxy.rowCount() == 1
    tab.search.setText("延期")
    assert tab.proxy.rowCount() == 1 and "花呗" in tab.proxy.index(0, 8).data()
    tab.search.setText("赵")  # the agent
    assert tab.proxy.rowCount() == 1
    tab.search.clear()
    tab.channel_filter.setCurrentIndex(tab.channel_filter.findData("phone"))
    assert tab.proxy.rowCount() == 2
    tab.open_only.setChecked(True)
    assert tab.proxy.rowCount() == 2  # both phone calls have an open follow-up
    tab.outcome_filter.setCurrentIndex(tab.outcome_filter.findData("refused"))
    assert tab.proxy.rowCount() == 1
    tab.clear_filters()
    tab.date_from.setDate(tab.date_from.date().fromString("2026-11-20", "yyyy-MM-dd"))
    assert tab.proxy.rowCount() == 2
    assert "2 of 3" in tab.count.text()


def test_a_follow_up_due_today_shows_a_notice_and_can_be_marked_done(make_window, qtbot,
                                                                      tmp_path: Path) -> None:
    from core.case.casefile import import_case, read_case_file
    from core.store.database import open_store
    from tests.conftest import ZH_CASE

    store = open_store(tmp_path / "store")
    import_case(store, read_case_file(ZH_CASE))
    contacts.log_contact(store, {"debts": ["D2"], "at": "2026-11-21T09:00:00+08:00",
                                 "summary": "借呗答应今天回电。", "follow_up":
                                 date.today().isoformat()})
    store.close()
    window = make_window(tmp_path / "store")
    qtbot.waitUntil(window.notice.isVisible, timeout=5000)  # a moment after the case opens
    assert "支付宝（借呗）" in window.notice.text.text() or "招商" in window.notice.text.text()
    assert "2" in window.notice.text.text()  # the old one and today's
    qtbot.mouseClick(window.notice.show_button, Qt.MouseButton.LeftButton)
    tab = window.calllog_tab
    assert window.tabs.currentWidget() is tab and tab.open_only.isChecked()
    assert not window.notice.isVisible()
    window.reminders.check()  # nothing new: no second notice
    assert not window.notice.isVisible()
    texts = [tab.follow_list.item(i).text() for i in range(tab.follow_list.count())]
    assert any("today" in t for t in texts) and any("days late" in t for t in texts)
    today_item = next(tab.follow_list.item(i) for i in range(tab.follow_list.count())
                      if "today" in tab.follow_list.item(i).text())
    tab.follow_list.setCurrentItem(today_item)
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    assert tab.follow_list.count() == 1
    window.undo_stack.undo()
    assert tab.follow_list.count() == 2


def test_delete_with_the_key_and_undo(zh_window, qtbot) -> None:
    window = zh_window
    tab = window.calllog_tab
    window.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    answer = _answer(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    answer.check()
    assert tab.model.rowCount() == 0 and not tab.table.isVisible()
    window.undo_stack.undo()
    assert tab.model.rowCount() == 1
    QApplication.processEvents()


def test_a_follow_up_falling_due_while_the_window_is_open_is_announced(zh_window,
                                                                       qtbot) -> None:
    window = zh_window
    assert window.reminders.timer.isActive() and window.reminders.timer.interval() == 60_000
    qtbot.waitUntil(window.notice.isVisible, timeout=5000)  # the old one, once opened
    qtbot.mouseClick(window.notice.close_button, Qt.MouseButton.LeftButton)
    assert not window.notice.isVisible()
    window.reminders.check()  # a minute later, nothing new
    assert not window.notice.isVisible()
    contacts.log_contact(window.store, {"debts": ["D1"], "at": "2026-11-20T09:00:00+08:00",
                                        "summary": "花呗答应今天回复延期申请。",
                                        "follow_up": date.today().isoformat()})
    window.reminders.check()  # what the timer does each minute
    assert window.notice.isVisible()
    assert "支付宝（花呗）" in window.notice.text.text()


def test_the_minute_check_reads_what_is_due_off_the_gui_thread(zh_window, qtbot,
                                                               monkeypatch) -> None:
    """Years of calls make thousands of open follow-ups: the timer's check reads them on a
    worker thread and the notice follows when they are back."""
    import threading

    from core.calllog import contacts as contacts_module

    window = zh_window
    qtbot.waitUntil(window.notice.isVisible, timeout=5000)  # the opening's check, also so
    window.notice.hide()
    read_on: list[threading.Thread] = []
    real = contacts_module.due_follow_ups

    def due(store, today):
        read_on.append(threading.current_thread())
        return real(store, today)

    monkeypatch.setattr(contacts_module, "due_follow_ups", due)
    contacts.log_contact(window.store, {"debts": ["D1"], "at": "2026-11-20T09:00:00+08:00",
                                        "summary": "借呗说今天给答复。",
                                        "follow_up": date.today().isoformat()})
    window.reminders.timer.timeout.emit()
    qtbot.waitUntil(window.notice.isVisible, timeout=10000)
    assert read_on and read_on[0] is not threading.main_thread()
    assert "借呗说今天给答复" in window.notice.text.text()


def test_a_letter_whose_reply_is_due_says_what_to_do_next(zh_window, qtbot) -> None:
    from datetime import datetime, timedelta

    from tests.core.calllog.test_contacts import _letter_pdf

    window = zh_window
    qtbot.waitUntil(window.notice.isVisible, timeout=5000)  # the old follow-up, once opened
    window.notice.hide()
    sent = datetime.now().astimezone() - timedelta(days=15)  # China: 15 days to decide
    contacts.record_letter_sent(window.store, _letter_pdf(window.store), "complaint.pdf", "D3",
                                "Complaint about the calls", "complaint", at=sent)
    window.reminders.check()
    assert window.notice.isVisible()
    text = window.notice.text.text()
    assert "Letter to 招商银行信用卡中心 (Complaint about the calls): 15 days" in text
    assert "12378" in text


def test_a_hidden_call_log_redraws_when_shown(zh_window) -> None:
    window = zh_window
    tab = window.calllog_tab
    window.tabs.setCurrentWidget(window.debts_tab)
    contacts.log_contact(window.store, {"debts": ["D1"], "at": "2026-11-20T09:00:00+08:00",
                                        "summary": "花呗客服说可以申请延期。"})
    window.notify(contacts.Change.CONTACTS)
    assert tab.stale
    window.tabs.setCurrentWidget(tab)
    assert not tab.stale
    assert tab.model.rowCount() == len(contacts.list_contacts(window.store)) == 2
