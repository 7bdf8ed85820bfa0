"""The situation dialog: a Chinese ID number that does not check out is said, not refused."""
from __future__ import annotations

VALID = "110105198001010016"  # GB 11643's check character worked out in tests/core/case


def test_the_situation_dialog_warns_once_the_field_is_left(qtbot) -> None:
    from gui.case.situation_dialog import SituationDialog

    dialog = SituationDialog({"person": {"name": "李明", "id_number": VALID}}, "CNY")
    qtbot.addWidget(dialog)
    assert dialog.id_warning.isHidden()
    dialog.id_number.setText("1101051980")  # still typing: nothing said yet
    assert dialog.id_warning.isHidden()
    dialog.id_number.setText("110105198001010018")
    dialog.id_number.editingFinished.emit()
    assert not dialog.id_warning.isHidden()
    assert "check" in dialog.id_warning.text() or "校验" in dialog.id_warning.text()
    dialog.id_number.setText(VALID)  # corrected: the warning goes at once
    assert dialog.id_warning.isHidden()
    assert dialog.document()["person"]["id_number"] == VALID  # a warning, never a refusal


def test_the_country_is_chosen_typed_or_left_to_the_currency(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from gui.case.situation_dialog import SituationDialog

    dialog = SituationDialog({"person": {"name": "李明"}}, "CNY")
    qtbot.addWidget(dialog)
    field = dialog.country
    assert dialog.document()["country"] is None  # from the currency
    assert "CNY" in field.choice.currentText()
    field.choice.setCurrentIndex(field.choice.findData("GB"))
    assert dialog.document()["country"] == "GB"
    field.choice.setCurrentIndex(field.choice.findData("other"))
    assert field.code.isVisibleTo(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing typed yet: named, and refused
    assert dialog.error.text().startswith("About you · Country you live in: ")
    field.code.setText("xx")
    assert not ok.isEnabled() and "XX" in dialog.error.text()
    field.code.setText("de")
    assert ok.isEnabled() and dialog.document()["country"] == "DE"

    again = SituationDialog({"country": "DE"}, "GBP")
    qtbot.addWidget(again)
    assert again.country.choice.currentData() == "other"
    assert again.country.code.text() == "DE"
    assert "GBP" in again.country.choice.itemText(0)


def test_the_tab_key_leaves_a_budget_table_after_its_last_cell(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from gui.case.situation_dialog import SituationDialog

    budget = {"income": [{"label": "工资", "category": "salary", "monthly": "6800.00"}],
              "expenses": [{"label": "房租", "category": "housing", "monthly": "2200.00"}]}
    dialog = SituationDialog({"budget": budget}, "CNY")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.tabs.setCurrentWidget(dialog.budget_page)
    income = dialog.income.table
    income.setFocus()
    income.setCurrentCell(0, 2)  # the last cell of the last line
    qtbot.keyClick(income, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.income.add_button  # not back to the first cell
    qtbot.keyClick(dialog.income.add_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is income
    income.setCurrentCell(0, 0)
    qtbot.keyClick(income, Qt.Key.Key_Tab)  # within a line, Tab still goes cell by cell
    assert QApplication.focusWidget() is not dialog.income.add_button
    expenses = dialog.expenses.table
    expenses.setFocus()
    expenses.setCurrentCell(0, 0)
    qtbot.keyClick(expenses, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.income.remove_button  # back out before it


def test_each_part_of_the_situation_says_what_it_is_for(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    from gui.case.situation_dialog import SituationDialog

    dialog = SituationDialog({"budget": {"income": [], "expenses": [
        {"label": "房租欠款", "category": "priority_debt", "monthly": "300.00"}]}}, "CNY")
    qtbot.addWidget(dialog)
    for field, words in ((dialog.name, "ID card"), (dialog.country, "collectors"),
                         (dialog.since, "began"), (dialog.has_since, "began"),
                         (dialog.recovery, "rather than guess"),
                         (dialog.expenses.table, "What is left")):
        assert words in field.whatsThis() and field.toolTip() == field.whatsThis()
    label = dialog.person_form.labelForField(dialog.country)
    assert label.whatsThis() == dialog.country.whatsThis()  # the label explains it too
    label = dialog.person_form.labelForField(dialog._id_box)  # a row of two widgets
    assert "first and last characters" in label.whatsThis()
    combo = dialog.expenses.table.cellWidget(0, 1)
    assert isinstance(combo, QComboBox) and combo.currentData() == "priority_debt"
    tips = {combo.itemData(i): combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
            for i in range(combo.count())}
    assert "before your other creditors" in tips["priority_debt"]
    assert "emergencies" in tips["savings"] and not tips["food"]  # only where it helps
    dialog.expenses.retranslate()  # the combo refilled: the explanations stay
    assert combo.itemData(combo.findData("savings"), Qt.ItemDataRole.ToolTipRole)
