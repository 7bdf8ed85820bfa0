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
