"""What the plan keeps back of what is left each month gets its reason in the letter window:
the reason chosen is what the letter says, and without one the window warns before the
letter is saved or printed."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.letters.test_letter_dialog import _open, squeeze


def _kept_paragraph(dialog) -> str:
    return next(squeeze(b.text) for b in dialog.letter.body if b.text and "520.00" in b.text)


def test_choosing_a_reason_changes_what_the_letter_says(zh_window, qtbot) -> None:
    """The example's plan pays 1,500.00 of the 2,020.00 its statement leaves."""
    dialog = _open(zh_window, qtbot)
    kept = dialog.kept_reason
    assert kept.isVisible() and kept.code() == ""
    plain = _kept_paragraph(dialog)
    assert "1,500.00" in plain and "2,020.00" in plain and "缓冲" not in plain
    warning = dialog.problem.text()  # said before saving or printing
    assert "520.00" in warning and "does not say why" in warning
    kept.reason.setCurrentIndex(kept.reason.findData("irregular_income"))
    assert dialog.request().kept_reason == "irregular_income"
    qtbot.waitUntil(lambda: dialog.letter is not None and "收入不固定" in _kept_paragraph(
        dialog), timeout=30000)
    assert _kept_paragraph(dialog).startswith(plain)
    assert "does not say why" not in dialog.problem.text()
    kept.reason.setCurrentIndex(kept.reason.findData("other"))
    assert kept.own.isVisible()
    kept.own.setText("每月给母亲的赡养费")
    qtbot.waitUntil(lambda: dialog.letter is not None
                    and _kept_paragraph(dialog).endswith("每月给母亲的赡养费。"), timeout=30000)
    assert "收入不固定" not in _kept_paragraph(dialog)
    assert not kept.how.isVisible()
    qtbot.mouseClick(kept.use_all, Qt.MouseButton.LeftButton)  # how to offer all of it
    how = kept.how.text()
    assert kept.how.isVisible() and "2,020.00" in how and "Plan editor" in how
    dialog.reject()


def test_a_plan_that_keeps_nothing_back_asks_no_reason(zh_window, qtbot) -> None:
    dialog = _open(zh_window, qtbot)
    dialog.plan.setCurrentIndex(dialog.plan.findData(None))  # no plan: nothing kept back
    assert dialog.kept_reason.isHidden() and dialog.kept_reason.warning() == ""
    dialog.reject()
