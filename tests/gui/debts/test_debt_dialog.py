"""The debt form takes a rate typed the way the bill states it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_into


@pytest.mark.parametrize(("typed", "shown", "basis"), [
    ("日利率0.05%", "0.05", "daily"), ("万分之五", "0.05", "annual"),
    ("年化 18%", "18", "annual"), ("0.05", "0.05", "annual"),
])
def test_a_rate_as_the_bill_writes_it(qtbot, typed, shown, basis) -> None:
    from gui.debts.debt_dialog import RateField

    field = RateField()
    qtbot.addWidget(field)
    field.load({"value": "0.18", "basis": "annual"})
    field.value.clear()
    type_into(qtbot, field.value, typed)
    qtbot.keyClick(field.value, Qt.Key.Key_Return)
    assert field.value.text() == shown
    assert field.basis.currentData() == basis  # kept unless the words name one


def _card(days_overdue: int, interest: str = "0.00") -> dict:
    from datetime import date, timedelta

    today = date.today()
    return {"creditor": "招商银行信用卡中心", "kind": "credit_card",
            "balance": {"principal": "15600.00", "interest": interest, "fees": "0.00",
                        "as_of": (today - timedelta(days=20)).isoformat()},
            "rate": {"value": "0.0005", "basis": "daily"},
            "overdue_since": (today - timedelta(days=days_overdue)).isoformat()}


def test_a_card_long_overdue_with_no_interest_gets_a_gentle_note(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from gui.debts.debt_dialog import DebtDialog

    dialog = DebtDialog(None, _card(70))
    qtbot.addWidget(dialog)
    assert not dialog.interest_hint.isHidden()
    assert "70 days overdue" in dialog.interest_hint.text()
    assert dialog.rate_hint.isHidden()
    assert dialog.error.text() == ""  # a note, not an error: OK still saves
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.interest.setText("421.80")  # filled in from the bill: the note goes
    assert dialog.interest_hint.isHidden()
    dialog.interest.setText("0")
    dialog.rate.value.setText("0")  # a rate of 0 too
    assert not dialog.interest_hint.isHidden() and not dialog.rate_hint.isHidden()
    dialog.show()
    qtbot.waitExposed(dialog)
    for hint in (dialog.interest_hint, dialog.rate_hint):  # every wrapped line shows
        assert hint.height() >= hint.heightForWidth(hint.width())
    dialog.is_overdue.setChecked(False)  # not overdue: nothing to say
    assert dialog.interest_hint.isHidden() and dialog.rate_hint.isHidden()


def test_no_note_before_60_days(qtbot) -> None:
    from gui.debts.debt_dialog import DebtDialog

    dialog = DebtDialog(None, _card(59))
    qtbot.addWidget(dialog)
    assert dialog.interest_hint.isHidden() and dialog.rate_hint.isHidden()


def test_each_figure_says_what_it_means(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from gui.debts.debt_dialog import DebtDialog

    dialog = DebtDialog(None, None)
    qtbot.addWidget(dialog)
    for field, words in ((dialog.principal, "without the interest"),
                         (dialog.overdue_rate, "penalty interest"),
                         (dialog.as_of, "Plans count from")):
        label = next(form.labelForField(w) for form, w, _ in dialog._rows if w is field)
        assert words in field.whatsThis() and field.toolTip() == label.toolTip() \
            == field.whatsThis()
    assert dialog.principal.placeholderText() == "e.g. 23456.78"  # grey, not a value
    assert dialog.principal.text() == ""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.principal.setFocus()
    qtbot.keyClick(dialog.principal, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    shown = [w for w in QApplication.topLevelWidgets()
             if w.metaObject().className() == "QWhatsThat" and w.isVisible()]
    assert shown  # Shift+F1 on a field: its explanation
    for popup in shown:
        popup.close()


def test_the_tab_key_follows_the_form_as_laid_out(qtbot) -> None:
    from gui.debts.debt_dialog import DebtDialog, RateField

    dialog = DebtDialog(None)
    qtbot.addWidget(dialog)
    dialog.is_overdue.setChecked(True)  # its date field takes part
    dialog.show()
    shown = [w.value if isinstance(w, RateField) else w for _, w, _ in dialog._rows]
    reached, widget = [], dialog.creditor
    while len(reached) < len(shown):
        if widget in shown:
            reached.append(widget)
        widget = widget.nextInFocusChain()
    assert [dialog._rows[shown.index(w)][2] for w in reached] == [k for _, _, k in dialog._rows]
