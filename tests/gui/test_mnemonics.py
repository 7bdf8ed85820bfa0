"""No two controls that Alt reaches at the same time share a letter: the menus, the tabs,
and the buttons and labels of the tab in front, in English and in Chinese."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

_MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("language", ["en", "zh"])
def test_no_two_reachable_controls_share_a_mnemonic(zh_window, qtbot, language) -> None:
    window = zh_window
    window.set_language(language)
    qtbot.wait(50)  # Qt delivers the language change as an event
    window.debts_tab.table.selectRow(0)  # the detail pane and its buttons show
    window_level = [a.text() for a in window.menuBar().actions()]
    window_level += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    problems: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        page = window.tabs.widget(index)
        texts = list(window_level)
        texts += [w.text() for w in page.findChildren(QAbstractButton) if w.isVisible()]
        texts += [w.text() for w in page.findChildren(QLabel)
                  if w.isVisible() and w.buddy() is not None]
        letters = [(_letter(t), t) for t in texts if _letter(t)]
        seen: dict[str, str] = {}
        clashes = []
        for letter, text in letters:
            if letter in seen and seen[letter] != text:
                clashes.append(f"{seen[letter]!r} and {text!r}")
            seen.setdefault(letter, text)
        problems.extend(f"tab {window.tabs.tabText(index)!r}: {c}" for c in clashes)
    assert problems == [], "\n".join(problems)
