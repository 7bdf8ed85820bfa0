"""The letter dialog: built in the background, previewed, saved, printed, recorded as sent."""
from __future__ import annotations

import io
import re
import threading
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from core.calllog.contacts import list_contacts
from core.evidence.store import list_evidence


def _open(window, qtbot, debt: str = "D3"):
    window.tabs.setCurrentWidget(window.debts_tab)
    tab = window.debts_tab
    row = next(i for i, v in enumerate(tab.model.rows()) if v.data["ref"] == debt)
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(row, 0)).row())
    assert tab.letter_button.isEnabled()
    qtbot.mouseClick(tab.letter_button, Qt.MouseButton.LeftButton)
    dialog = window.letter_dialog
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=30000)
    return dialog


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_the_letter_for_the_selected_debt_previews_and_saves(zh_window, qtbot,
                                                             tmp_path: Path) -> None:
    dialog = _open(zh_window, qtbot)
    assert dialog.debt.currentData() == "D3" and dialog.plan.currentData() == "按比例分期"
    assert dialog.kind.currentData() == "installment"
    assert dialog.letter.title.startswith("关于招商银行信用卡")
    assert dialog.preview.pages() == _pages(dialog.pdf) >= 2
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.preview.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.view.pageNavigator().currentPage() == 1)
    out = tmp_path / "信函" / "letter.pdf"
    out.parent.mkdir()
    assert dialog.save_to(out) == out
    assert out.read_bytes() == dialog.pdf
    dialog.reject()


def test_edits_rebuild_and_a_letter_that_cannot_be_built_says_why(zh_window, qtbot) -> None:
    dialog = _open(zh_window, qtbot)
    first = dialog.pdf
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.save_button.isEnabled()  # nothing stale can be saved while it rebuilds
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=30000)
    assert dialog.pdf != first and dialog.letter.title.startswith("Re:")
    dialog.extra.setPlainText("Please write to my new address.")
    qtbot.waitUntil(lambda: dialog.pdf is not None and
                    "Please write to my new address." in dialog.letter.text(), timeout=30000)
    dialog.kind.setCurrentIndex(dialog.kind.findData("settlement"))
    qtbot.waitUntil(lambda: "settlement term" in dialog.problem.text(), timeout=30000)
    assert dialog.pdf is None and not dialog.save_button.isEnabled()
    assert dialog.preview.pages() == 0
    dialog.reject()


def test_printing_renders_every_page(zh_window, qtbot, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    dialog = _open(zh_window, qtbot)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    printed = dialog.print_to(printer)
    assert printed == _pages(dialog.pdf) == _pages(target.read_bytes())
    assert target.stat().st_size > 20000  # pages of pixels, not blank ones
    dialog.reject()


def test_recording_it_as_sent_logs_a_letter_with_the_pdf_and_undo_takes_both(
        zh_window, qtbot) -> None:
    dialog = _open(zh_window, qtbot)
    store = zh_window.store
    before_contacts = len(list_contacts(store))
    assert dialog.reply_days.value() == 30  # a proposal's usual wait
    assert "30日内" in squeeze(dialog.letter.text())  # and the letter asks for as many
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    assert dialog.reply_days.value() == 15  # China: a bank has 15 days to decide
    dialog.kind.setCurrentIndex(dialog.kind.findData("installment"))
    qtbot.waitUntil(dialog.sent_button.isEnabled, timeout=30000)
    dialog.reply_days.spin.setValue(45)  # the person's own choice: the letter follows it
    assert dialog.reply_days.isEnabled() and not dialog.sent_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.letter is not None
                    and "45日内" in squeeze(dialog.letter.text()), timeout=30000)
    assert "30日内" not in squeeze(dialog.letter.text())
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    contacts = list_contacts(store)
    assert len(contacts) == before_contacts + 1
    entry = next(c for c in contacts if c.data["channel"] == "letter")
    assert entry.data["direction"] == "outgoing" and entry.data["debts"] == ["D3"]
    reply_by = date.today() + timedelta(days=45)
    assert entry.data["follow_up"] == reply_by and reply_by.isoformat() in dialog.problem.text()
    evidence = list_evidence(store)
    assert [e.data["category"] for e in evidence] == ["correspondence"]
    assert evidence[0].data["debts"] == ["D3"] and evidence[0].stored
    assert re.match(r"关于招商银行信用卡", evidence[0].data["title"])
    assert not dialog.sent_button.isEnabled()  # once per letter
    dialog.reject()
    zh_window.undo_stack.undo()
    assert len(list_contacts(store)) == before_contacts
    assert list_evidence(store) == []
    zh_window.undo_stack.redo()
    assert len(list_contacts(store)) == before_contacts + 1
    assert len(list_evidence(store)) == 1


def test_the_plan_tab_opens_the_letter_for_its_plan(zh_window, qtbot) -> None:
    zh_window.tabs.setCurrentWidget(zh_window.plan_tab)
    tab = zh_window.plan_tab
    qtbot.waitUntil(lambda: tab.current_plan_name() is not None, timeout=20000)
    qtbot.mouseClick(tab.letter_button, Qt.MouseButton.LeftButton)
    dialog = zh_window.letter_dialog
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=30000)
    assert dialog.plan.currentData() == "按比例分期"
    dialog.reject()


def _slow_read(monkeypatch):
    """The letter window's read of the case, held until `go` is set: (go, done, where the
    read ran)."""
    from core.letters import build

    go, done, threads = threading.Event(), threading.Event(), []
    real = build.read_for_letter

    def read(store, request=None):
        threads.append(threading.current_thread())
        go.wait(5)
        try:
            return real(store, request)
        finally:
            done.set()

    monkeypatch.setattr(build, "read_for_letter", read)
    return go, done, threads


def test_the_window_opens_while_the_case_is_read_and_fills_in_once_it_is(
        zh_window, qtbot, monkeypatch) -> None:
    """Reading the whole case took seconds at a hundred thousand calls, on the GUI thread,
    before the window appeared."""
    from gui.letters.letter_dialog import LetterDialog

    go, done, threads = _slow_read(monkeypatch)
    dialog = LetterDialog(zh_window, "D3", "按比例分期", zh_window)
    qtbot.addWidget(dialog)
    assert not done.is_set()  # the window did not wait for the read
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()
    assert dialog.debt.count() == 0 and not dialog.choices.isEnabled()
    assert "Reading" in dialog.problem.text() and not dialog.save_button.isEnabled()
    go.set()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=30000)
    assert dialog.choices.isEnabled() and dialog.debt.currentData() == "D3"
    assert dialog.plan.currentData() == "按比例分期" and dialog.kind.currentData() == "installment"
    assert dialog.hardship.toPlainText() and dialog.reply_days.isEnabled()
    dialog.reject()


def test_a_case_read_after_the_window_closed_is_dropped(zh_window, qtbot,
                                                        monkeypatch) -> None:
    from gui.letters.letter_dialog import LetterDialog

    go, done, _threads = _slow_read(monkeypatch)
    dialog = LetterDialog(zh_window, "D3", None, zh_window)
    qtbot.addWidget(dialog)
    arrived = []
    dialog.reading.arrived.connect(arrived.append)
    dialog.reject()
    go.set()
    qtbot.waitUntil(done.is_set)
    qtbot.wait(200)  # the queued signal of the ended read has been delivered
    assert arrived == [] and dialog.debt.count() == 0 and dialog.pdf is None


def test_a_name_the_font_cannot_print_is_said_before_printing(zh_window, qtbot) -> None:
    from core.case.situation import save_situation, situation_document

    document = situation_document(zh_window.store)
    document["person"]["name"] = "李𠀀𰀀"  # 𠀀 prints from the fallback font; 𰀀 from none
    save_situation(zh_window.store, document)
    dialog = _open(zh_window, qtbot)
    assert "𰀀" in dialog.problem.text() and "print blank" in dialog.problem.text()
    assert "𠀀" not in dialog.problem.text()
    assert dialog.print_button.isEnabled()  # said, not refused: the person decides


def test_a_plan_paying_less_than_is_left_is_pointed_out(zh_window, qtbot) -> None:
    """The example's plan pays 1,500.00 of the 2,020.00 its statement leaves."""
    dialog = _open(zh_window, qtbot)
    text = dialog.problem.text()
    assert "1,500.00" in text and "520.00" in text and "2,020.00" in text
    assert dialog.save_button.isEnabled()


def test_a_complaint_is_written_from_the_log_and_can_go_to_the_regulator(make_window, qtbot,
                                                                           tmp_path) -> None:
    from core.case.casefile import import_case, read_case_file
    from core.store.database import open_store
    from tests.conftest import DATA

    store = open_store(tmp_path / "full")
    import_case(store, read_case_file(DATA / "zh_full_case.json"))  # C4: an agency's call
    store.close()
    window = make_window(tmp_path / "full")
    dialog = _open(window, qtbot, "D1")
    assert not dialog.to.isEnabled()  # only a complaint has another addressee
    dialog.plan.setCurrentIndex(dialog.plan.findData(None))
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    assert dialog.to.isEnabled()
    qtbot.waitUntil(lambda: dialog.letter is not None and "投诉" in dialog.letter.title,
                    timeout=30000)
    text = dialog.letter.text()
    assert "某某资产管理有限公司来电" in text and "第十三条" in text
    assert "困难和收支情况" not in text  # no plan, no finances
    assert dialog.pack_button.isVisible()
    from unittest import mock

    out = tmp_path / "pack.zip"
    with mock.patch("gui.letters.complaint_pack.ask_save_path", return_value=out):
        qtbot.mouseClick(dialog.pack_button, Qt.MouseButton.LeftButton)
    import zipfile

    assert zipfile.ZipFile(out).namelist()[:2] == ["投诉信.pdf", "联系记录.csv"]
    assert str(out) in dialog.problem.text()
    dialog.to.setCurrentIndex(dialog.to.findData("regulator"))
    qtbot.waitUntil(lambda: dialog.letter is not None
                    and "国家金融监督管理总局" in dialog.letter.text(), timeout=30000)
    dialog.kind.setCurrentIndex(dialog.kind.findData("installment"))
    assert not dialog.pack_button.isVisible()
    qtbot.waitUntil(lambda: "needs a plan" in dialog.problem.text()
                    or "需要选定一个还款方案" in dialog.problem.text(), timeout=30000)


def test_a_stale_statement_is_said_before_the_letter_and_not_once_it_is_current(
        zh_window, qtbot) -> None:
    from core.debts import payments

    dialog = _open(zh_window, qtbot)  # D3: statement of 2026-11-05, interest running
    note = dialog.stale
    assert not note.isHidden() and "2026-11-05" in note.text()
    assert "Bring it up to date now" in note.text()
    dialog.close()
    payments.update_from_statement(zh_window.store, "D3", {
        "principal": "15600.00", "interest": "600.00", "fees": "96.50",
        "as_of": date.today().isoformat()})
    zh_window.debts_tab.reload()
    assert _open(zh_window, qtbot).stale.isHidden()


def test_the_statement_is_brought_up_to_date_from_the_letter_window(zh_window, qtbot) -> None:
    """One click in the letter: the statement form opens over it with today's estimate,
    the person corrects a figure from the bill, and the letter starts from today's figures;
    undo puts the old statement back."""
    from core.case.casefile import export_document
    from gui.debts.payment_dialogs import StatementDialog
    from tests.gui.conftest import when_dialog

    dialog = _open(zh_window, qtbot)
    assert "2026年11月5日" in dialog.letter.text()

    def correct(form: StatementDialog) -> None:
        assert form.parentWidget() is dialog  # over the letter, not behind it
        assert form.estimated.isVisible()  # filled in with the estimate, to be checked
        form.interest.setText("612.34")  # as the bill says
        form.accept()

    seen = when_dialog(qtbot, correct, StatementDialog)
    dialog.stale.linkActivated.emit("#up-to-date")
    seen.check()
    debt = next(d for d in export_document(zh_window.store)["debts"] if d["ref"] == "D3")
    assert debt["balance"]["interest"] == "612.34"
    assert debt["balance"]["as_of"] == date.today().isoformat()
    qtbot.waitUntil(lambda: dialog.stale.isHidden() and dialog.pdf is not None, timeout=30000)
    assert "612.34" in dialog.letter.text()
    zh_window.undo_action.trigger()
    debt = next(d for d in export_document(zh_window.store)["debts"] if d["ref"] == "D3")
    assert debt["balance"]["as_of"] == "2026-11-05"


def test_a_document_not_yet_checked_is_said_not_to_be_enclosed(zh_window, qtbot,
                                                               tmp_path: Path) -> None:
    from core.evidence.store import add_file, evidence_document, update_evidence
    from core.letters.parts import enclosures
    from tests.core.evidence.test_evidence import png

    scan = tmp_path / "账单.png"
    scan.write_bytes(png((40, 30), "blue"))
    added = add_file(zh_window.store, scan, "correspondence", ["D3"])
    dialog = _open(zh_window, qtbot)
    note = dialog.unchecked
    assert not note.isHidden() and "checked: 账单." in note.text()
    assert not any("账单" in item for item in enclosures(dialog.case, "D3", "zh"))
    dialog.reject()
    entry = next(e for e in list_evidence(zh_window.store) if e.data["ref"] == added.ref)
    document = evidence_document(zh_window.store, entry.id)
    update_evidence(zh_window.store, entry.id, {**document, "reviewed": True})
    dialog = _open(zh_window, qtbot)
    assert dialog.unchecked.isHidden()
    dialog.reject()
