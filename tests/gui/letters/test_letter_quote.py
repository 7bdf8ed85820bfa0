"""The letter window: a call to quote for every kind, the ID card enclosed when ticked, the
hardship box only where the letter tells it, and the reply wait in days said properly."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from core.letters.wording import LETTER_KINDS
from tests.gui.letters.test_letter_dialog import _open


def test_every_kind_can_quote_a_chosen_call_and_enclose_the_id_card(zh_window, qtbot) -> None:
    dialog = _open(zh_window, qtbot)  # D3, the example's one call about it: C1
    calls = [dialog.contact.itemData(i) for i in range(dialog.contact.count())]
    mine = sorted((c for c in dialog.case["contacts"] if "D3" in c["debts"]),
                  key=lambda c: c["at"], reverse=True)
    assert calls == [None, *(c["ref"] for c in mine)] and len(calls) > 1
    for kind in LETTER_KINDS:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        assert dialog.contact.isEnabled(), kind
        first = dialog.contact.itemText(0)
        assert (first == "Latest call with an agreement") == (kind == "confirmation")
        assert (first == "Don't quote a call") == (kind != "confirmation")
    dialog.kind.setCurrentIndex(dialog.kind.findData("installment"))
    qtbot.waitUntil(lambda: dialog.letter is not None, timeout=30000)
    assert "工号 80231" not in dialog.letter.text()  # none chosen, none quoted
    dialog.contact.setCurrentIndex(dialog.contact.findData("C1"))
    qtbot.waitUntil(lambda: dialog.letter is not None
                    and "贵行工作人员王女士（工号80231）在电话中表示" in dialog.letter.text(),
                    timeout=30000)
    assert dialog.request().contact == "C1" and dialog.request().kind == "installment"
    assert "本人身份证复印件（正反面）" not in dialog.letter.enclosures
    dialog.id_card.setChecked(True)
    assert dialog.request().id_card
    qtbot.waitUntil(lambda: dialog.letter is not None
                    and dialog.letter.enclosures[:1] == ("本人身份证复印件（正反面）",),
                    timeout=30000)
    assert "510107199001011234" not in dialog.letter.text()  # still masked
    dialog.reject()


def test_the_hardship_box_is_off_where_the_letter_does_not_tell_it(zh_window, qtbot) -> None:
    dialog = _open(zh_window, qtbot)
    assert dialog.hardship.isEnabled() and not dialog.hardship.toolTip()
    dialog.plan.setCurrentIndex(dialog.plan.findData(None))
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    assert not dialog.hardship.isEnabled() and "plan" in dialog.hardship.toolTip()
    dialog.plan.setCurrentIndex(1)  # a complaint with a plan tells the circumstances
    assert dialog.hardship.isEnabled() and not dialog.hardship.toolTip()
    dialog.plan.setCurrentIndex(dialog.plan.findData(None))
    dialog.kind.setCurrentIndex(dialog.kind.findData("confirmation"))
    assert dialog.hardship.isEnabled()
    dialog.reject()


_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="zh_CN"><context><name>DaysSpin</name>
<message><source>1 day</source><translation>1 天</translation></message>
<message><source>%1 days</source><translation>%1 天</translation></message>
</context></TS>
"""


def _catalogue(tmp_path: Path) -> QTranslator:
    """The two strings in Chinese, compiled as the app's catalogue is."""
    ts, qm = tmp_path / "days.ts", tmp_path / "days.qm"
    ts.write_text(_TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def test_the_reply_wait_says_day_or_days(zh_window, qtbot, tmp_path: Path) -> None:
    dialog = _open(zh_window, qtbot)
    spin = dialog.reply_days.spin
    for translator, one, many in ((None, "1 day", "30 days"),  # English: no catalogue
                                  (_catalogue(tmp_path), "1 天", "30 天")):
        if translator is not None:
            QCoreApplication.installTranslator(translator)
        try:
            dialog.reply_days.retranslate()
            spin.setValue(1)
            assert spin.text() == one
            spin.setValue(30)
            assert spin.text() == many
            spin.lineEdit().setText(many.replace("30", "45"))  # typed over, word and all
            spin.interpretText()
            assert spin.value() == 45
        finally:
            if translator is not None:
                QCoreApplication.removeTranslator(translator)
    dialog.reject()
