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
