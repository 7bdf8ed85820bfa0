"""The Debts tab's detail: an agreement drafted from the plan, payments against it, a missed
installment flagged, and the next step."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core.calllog.contacts import debt_statuses
from core.debts import agreements, payments
from tests.conftest import DATA
from tests.gui.conftest import when_dialog


def _select(window, ref: str) -> None:
    tab = window.debts_tab
    row = next(i for i, v in enumerate(tab.model.rows()) if v.data["ref"] == ref)
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(row, 0)).row())


def test_an_agreement_from_the_plan_and_two_payments_show_two_of_n(zh_window, qtbot) -> None:
    window = zh_window
    tab = window.debts_tab
    _select(window, "D3")
    detail = tab.detail
    assert detail.progress.road.next_action == "evidence"
    assert "Owed now, estimated" in detail.estimate.text()

    def agree(dialog) -> None:
        assert dialog.table.rowCount() == 31  # the pro-rata plan's payments to this card
        assert dialog.table.item(0, 0).text() == "2026-12-15"
        assert dialog.table.item(0, 1).text() == "531.30"
        dialog.points[2].setText("停息，免除违约金 96.50 元")
        dialog.terms.setPlainText("首期 2026 年 12 月 15 日。")
        dialog.accept()

    seen = when_dialog(qtbot, agree)
    qtbot.mouseClick(detail.agreement_button, Qt.MouseButton.LeftButton)
    seen.check()
    assert debt_statuses(window.store, ["D3"])["D3"][1] == "agreed"
    assert "0 of 31" in detail.agreement_text.text()
    assert detail.progress.agreement["terms_text"] == (
        "3. whether annual fees, interest or other charges run while I repay: "
        "停息，免除违约金 96.50 元\n首期 2026 年 12 月 15 日。")

    for day in ("2026-12-14", "2027-01-15"):
        def pay(dialog, day=day) -> None:
            assert dialog.debt.currentData() == "D3"
            dialog.date.setDate(dialog.date.date().fromString(day, "yyyy-MM-dd"))
            dialog.amount.setText("531.30")
            dialog.method.setText("招商银行 App")
            dialog.accept()

        seen = when_dialog(qtbot, pay)
        qtbot.mouseClick(detail.pay_button, Qt.MouseButton.LeftButton)
        seen.check()
    text = detail.agreement_text.text()
    assert "2 of 31 installments paid" in text
    assert "Next: ¥531.30 on 2027-02-15" in text
    assert detail.bar.value() == 2 and detail.bar.maximum() == 31
    assert debt_statuses(window.store, ["D3"])["D3"][1] == "repaying"
    assert detail.payments.rowCount() == 2
    window.undo_stack.undo()  # the second payment
    assert "1 of 31" in detail.agreement_text.text()


def test_a_missed_installment_is_flagged_at_once(zh_window, qtbot) -> None:
    window = zh_window
    past = date.today() - timedelta(days=10)
    agreements.record_agreement(window.store, {
        "debt": "D2", "agreed_on": (past - timedelta(days=30)).isoformat(),
        "installments": [{"due": past.isoformat(), "amount": "800.00"},
                         {"due": (past + timedelta(days=30)).isoformat(),
                          "amount": "800.00"}]})
    window.notify(payments.Change.ALL)
    _select(window, "D2")
    detail = window.debts_tab.detail
    assert detail.warning.isVisible()
    assert "Installment 1" in detail.warning.text() and "missed" in detail.warning.text()
    assert "Contact the creditor before the next date" in detail.warning.text()
    assert detail.progress.road.next_action == "payment"
    assert "Record a payment" in detail.next_button.text()


def test_delete_a_payment_asks_and_undoes(zh_window, qtbot, monkeypatch) -> None:
    window = zh_window
    _select(window, "D1")
    detail = window.debts_tab.detail
    assert detail.payments.rowCount() == 1  # the 300.00 of the example
    detail.payments.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(detail.delete_button, Qt.MouseButton.LeftButton)
    assert detail.payments.rowCount() == 0
    window.undo_stack.undo()
    assert detail.payments.rowCount() == 1


def test_overview_reminder_and_calendar(zh_window, qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = zh_window
    soon = date.today() + timedelta(days=2)
    late = date.today() - timedelta(days=5)
    agreements.record_agreement(window.store, {
        "debt": "D1", "agreed_on": (late - timedelta(days=20)).isoformat(),
        "installments": [{"due": late.isoformat(), "amount": "766.67"},
                         {"due": soon.isoformat(), "amount": "766.67"}]})
    window.notify(payments.Change.ALL)
    overview = window.debts_tab.overview.text()
    assert "owed today about" in overview and "paid so far ¥300.00" in overview
    assert "agreement at risk: 支付宝（花呗）" in overview
    window.notice.hide()
    window.reminders.check()  # what start-up and the minute timer do
    assert window.notice.isVisible()
    assert "agreed payment" in window.notice.text.text()
    assert "支付宝（花呗）" in window.notice.text.text()
    window.notice.hide()
    window.reminders.check()
    assert not window.notice.isVisible()  # said once

    _select(window, "D1")
    target = tmp_path / "花呗.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(window.debts_tab.detail.calendar_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 2
    assert f"DTSTART;VALUE=DATE:{soon.strftime('%Y%m%d')}" in text
    from icalendar import Calendar

    summaries = [str(e["summary"]) for e in Calendar.from_ical(text).walk("VEVENT")]
    assert "Agreed payment to 支付宝（花呗）: ¥766.67" in summaries


def test_update_from_a_statement_keeps_the_history_and_undoes(zh_window, qtbot) -> None:
    window = zh_window
    _select(window, "D3")
    detail = window.debts_tab.detail

    def enter(dialog) -> None:
        assert dialog.principal.text() == "15600.00"
        dialog.interest.setText("812.30")
        dialog.fees.setText("176.50")
        dialog.accept()

    seen = when_dialog(qtbot, enter)
    qtbot.mouseClick(detail.statement_button, Qt.MouseButton.LeftButton)
    seen.check()
    assert detail.progress.debt["balance"]["interest"] == Decimal("812.30")
    assert len(payments.statement_history(window.store, "D3")) == 1
    window.undo_stack.undo()
    assert detail.progress.debt["balance"]["interest"] == Decimal("421.80")
    assert payments.statement_history(window.store, "D3") == []
    window.undo_stack.redo()
    assert detail.progress.debt["balance"]["interest"] == Decimal("812.30")


def test_a_stale_statement_is_offered_up_to_date_from_the_estimate(zh_window, qtbot) -> None:
    window = zh_window
    _select(window, "D3")  # statement of 2026-11-05, interest running at 0.05 % a day
    detail = window.debts_tab.detail
    before = detail.progress.debt["balance"]
    assert not detail.offer_button.isHidden() and "2026-11-05" in detail.offer_text.text()
    offer = detail.offer
    days = (date.today() - before["as_of"]).days
    assert offer.interest == before["interest"] + Decimal("7.80") * days  # 15600 x 0.0005
    assert offer.on == date.today()

    def confirm(dialog) -> None:
        assert dialog.principal.text() == str(offer.principal)
        assert dialog.interest.text() == str(offer.interest)  # prefilled with the estimate
        assert dialog.as_of.date().toPython() == date.today()
        assert not dialog.estimated.isHidden()
        dialog.fees.setText("120.00")  # corrected from the bill
        dialog.accept()

    seen = when_dialog(qtbot, confirm)
    qtbot.mouseClick(detail.offer_button, Qt.MouseButton.LeftButton)
    seen.check()
    now = detail.progress.debt["balance"]
    assert (now["as_of"], now["interest"], now["fees"]) == (
        date.today(), offer.interest, Decimal("120.00"))
    [kept] = payments.statement_history(window.store, "D3")
    assert kept["as_of"] == before["as_of"] and kept["interest"] == before["interest"]
    assert detail.offer is None and detail.offer_button.isHidden()  # up to date now
    window.undo_stack.undo()
    assert detail.progress.debt["balance"] == before
    assert payments.statement_history(window.store, "D3") == []
    assert detail.offer == offer


def test_a_receipt_attached_in_the_payment_dialog_is_kept_and_linked(zh_window, qtbot,
                                                                      tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    from core.evidence.store import list_evidence
    window = zh_window
    _select(window, "D3")
    receipt = tmp_path / "还款凭证 12月.png"
    image = QImage(60, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(receipt))

    def pay(dialog) -> None:
        dialog.amount.setText("531.30")
        dialog.evidence.attach_files([receipt])
        qtbot.waitUntil(lambda: not dialog.evidence.busy, timeout=20000)
        assert dialog.evidence.refs() == ["E1"]
        dialog.accept()

    seen = when_dialog(qtbot, pay)
    qtbot.mouseClick(window.debts_tab.detail.pay_button, Qt.MouseButton.LeftButton)
    seen.check()
    (_id, payment), *_rest = payments.payments_of(window.store, "D3")
    assert payment["evidence"] == ["E1"] and payment["amount"] == Decimal("531.30")
    kept = list_evidence(window.store)[0]
    assert kept.data["category"] == "receipt" and kept.data["debts"] == ["D3"] and kept.stored


def test_an_agreement_reached_on_a_call_drafts_from_its_offer(make_window, tmp_path) -> None:
    from core.case.casefile import import_case, read_case_file
    from core.store.database import open_store

    store = open_store(tmp_path / "store")
    import_case(store, read_case_file(DATA / "zh_week.json"))
    store.close()
    window = make_window(tmp_path / "store")
    draft = window.debts_tab.agreement_draft("D3")
    assert len(draft["installments"]) == 36  # the call of 11-28: 447.73 x 36
    assert {i["amount"] for i in draft["installments"]} == {"447.73"}
    assert draft["plan"] is None and draft["terms_text"] == "停息，免违约金"


def test_edit_a_payment_offers_every_debt_and_undoes(zh_window, qtbot) -> None:
    window = zh_window
    _select(window, "D1")
    detail = window.debts_tab.detail
    detail.payments.selectRow(0)

    def change(dialog) -> None:
        assert dialog.windowTitle() == "Edit the payment"
        assert [dialog.debt.itemData(i) for i in range(dialog.debt.count())] == [
            "D1", "D2", "D3"]
        assert dialog.amount.text() == "300.00"
        dialog.amount.setText("350.00")
        dialog.accept()

    seen = when_dialog(qtbot, change)
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    seen.check()
    [(_id, payment)] = payments.payments_of(window.store, "D1")
    assert payment["amount"] == Decimal("350.00")
    assert detail.payments.item(0, 1).text() == "¥350.00"
    assert "Edit a payment" in window.undo_action.text()
    window.undo_stack.undo()
    assert payments.payments_of(window.store, "D1")[0][1]["amount"] == Decimal("300.00")
    assert detail.payments.item(0, 1).text() == "¥300.00"


def test_recording_an_agreement_is_undone_whole(zh_window, qtbot) -> None:
    """Undo removes the agreement and puts the debt's status back as it was."""
    window = zh_window
    _select(window, "D3")
    before = debt_statuses(window.store, ["D3"])["D3"][1]
    seen = when_dialog(qtbot, lambda dialog: dialog.accept())
    qtbot.mouseClick(window.debts_tab.detail.agreement_button, Qt.MouseButton.LeftButton)
    seen.check()
    assert debt_statuses(window.store, ["D3"])["D3"][1] == "agreed"
    assert window.undo_stack.undoText() == "Record an agreement"
    window.undo_stack.undo()
    assert debt_statuses(window.store, ["D3"])["D3"][1] == before
    assert agreements.agreements_of(window.store, "D3") == []
    window.undo_stack.redo()
    assert debt_statuses(window.store, ["D3"])["D3"][1] == "agreed"
