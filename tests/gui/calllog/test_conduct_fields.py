"""The contact form records who called and how they behaved, and warns about paid agents."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core.calllog import contacts
from gui.calllog.contact_dialog import ContactDialog, new_contact
from tests.gui.conftest import type_into, when_dialog


def test_a_received_collector_call_is_logged_with_its_caller_and_conduct(zh_window,
                                                                         qtbot) -> None:
    window = zh_window
    tab = window.debts_tab
    window.tabs.setCurrentWidget(tab)
    row = next(i for i, v in enumerate(tab.model.rows()) if v.data["ref"] == "D1")
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(row, 0)).row())
    before = len(contacts.list_contacts(window.store))

    def fill(dialog) -> None:
        assert not dialog.conduct.body.isVisibleTo(dialog)  # a call I made: folded away
        dialog.direction.setCurrentIndex(dialog.direction.findData("incoming"))
        assert dialog.conduct.body.isVisibleTo(dialog)  # a call received: open
        assert not dialog.conduct.caller.isEnabled()  # the creditor itself needs no name
        dialog.conduct.kind.setCurrentIndex(dialog.conduct.kind.findData("agency"))
        type_into(qtbot, dialog.conduct.caller, "某某资产管理有限公司")
        dialog.conduct.marks["third_party"].setChecked(True)
        dialog.conduct.marks["threat"].setChecked(True)
        dialog.summary.setFocus()
        dialog.summary.insertPlainText("说要打电话给我单位领导和家人，还说要上门。")
        assert not dialog.conduct.warning.isVisibleTo(dialog)
        qtbot.keyClick(dialog.agent, Qt.Key.Key_Return)

    seen = when_dialog(qtbot, fill)
    answer = when_dialog(qtbot, lambda box: box.button(QMessageBox.StandardButton.No).click(),
                         QMessageBox)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    seen.check()
    del answer  # a status suggestion may or may not be asked; either way nothing waits
    entries = contacts.list_contacts(window.store)
    assert len(entries) == before + 1
    newest = entries[0].data
    assert newest["direction"] == "incoming"
    assert (newest["caller_kind"], newest["caller"]) == ("agency", "某某资产管理有限公司")
    assert newest["conduct"] == ["third_party", "threat"]


def test_asking_a_fee_to_handle_the_debt_shows_the_warning(qtbot) -> None:
    dialog = ContactDialog(new_contact("D1"), [("D1", "花呗")], [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    warning = dialog.conduct.warning
    assert not warning.isVisible()
    dialog.summary.insertPlainText("对方说交 1980 元服务费就能帮我办停息挂账")
    assert warning.isVisible() and "骗局" in warning.text() or "scam" in warning.text()
    dialog.summary.clear()
    assert not warning.isVisible()
    dialog.conduct.marks["fee_request"].setChecked(True)
    assert warning.isVisible()
    document = dialog.document()
    assert document["conduct"] == ["fee_request"] and document["caller_kind"] is None


def test_an_entry_already_marked_opens_with_its_marks(qtbot) -> None:
    entry = {**new_contact("D1"), "caller_kind": "law_firm", "caller": "某律师事务所",
             "conduct": ["false_claim"], "at": "2026-11-20T21:40:00+08:00"}
    dialog = ContactDialog(entry, [("D1", "花呗")], [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.conduct.body.isVisible()
    assert dialog.conduct.marks["false_claim"].isChecked()
    values = dialog.conduct.values()
    assert values == {"caller_kind": "law_firm", "caller": "某律师事务所",
                      "conduct": ["false_claim"]}
    dialog.conduct.kind.setCurrentIndex(0)  # back to the creditor itself: no name kept
    assert dialog.conduct.values()["caller"] == ""
