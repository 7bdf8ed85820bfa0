"""A list model given the rows it already shows: nothing moves; in a new context (another
day, another currency) the same rows are redrawn, not rebuilt."""
from __future__ import annotations


def test_same_rows_keep_the_view_and_a_new_context_redraws_them(qapp, qtbot) -> None:
    from gui.shared.table_model import Column, RecordTableModel

    shown = {"currency": "CNY"}
    model = RecordTableModel([Column(lambda: "amount", lambda r: f"{shown['currency']} {r}")])
    assert model.set_rows([1, 2], "CNY") is True
    resets, redraws = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda *_: redraws.append(1))
    assert model.set_rows([1, 2], "CNY") is False  # a reload that found nothing new
    assert not resets and not redraws
    shown["currency"] = "GBP"
    assert model.set_rows([1, 2], "GBP") is True
    assert not resets and redraws  # redrawn in place: the views keep sorting and scrolling
    assert model.index(0, 0).data() == "GBP 1"
    assert model.set_rows([2], "GBP") is True and resets == [1]
