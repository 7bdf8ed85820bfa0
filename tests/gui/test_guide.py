"""The seven steps: from the Help menu, and with F1 at the step of the tab in front."""
from __future__ import annotations

from core.debts.guide import STEPS


def test_the_guide_has_seven_steps_in_both_languages() -> None:
    assert len(STEPS["zh"]) == len(STEPS["en"]) == 7
    assert all(step.title and step.what and step.where for lang in STEPS for step in STEPS[lang])


def test_f1_opens_the_guide_at_the_step_of_the_tab_in_front(window, qtbot) -> None:
    window.tabs.setCurrentWidget(window.calllog_tab)
    window.help.guide_action.trigger()
    guide = window.help.guide
    qtbot.waitExposed(guide)
    assert guide.step == 2  # the call log serves "contact early"
    assert "Step 7: Keep to it" in guide.text.toPlainText()
    window.tabs.setCurrentWidget(window.plan_tab)
    window.help.guide_action.trigger()
    assert guide.step == 5
    assert window.help.guide_action.shortcut().toString() == "F1"


def test_the_guide_follows_the_language(window, qtbot) -> None:
    window.help.open_guide()
    window.set_language("zh")
    qtbot.waitUntil(lambda: "第 1 步：" in window.help.guide.text.toPlainText())
    assert STEPS["zh"][0].title in window.help.guide.text.toPlainText()
    window.set_language("en")
