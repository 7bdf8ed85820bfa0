"""A list model given the rows it already shows: nothing moves; in a new context (another
day, another currency) the same rows are redrawn, not rebuilt; a row is found by its key
through an index, not by walking the list."""
from __future__ import annotations

from collections import Counter


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


def test_a_row_is_redrawn_by_its_key_without_walking_every_row(qtbot) -> None:
    from gui.shared.table_model import Column, RecordTableModel

    looked: Counter[str] = Counter()

    def key(record: dict[str, str]) -> str:
        looked[record["sha"]] += 1
        return record["sha"]

    model = RecordTableModel([Column(lambda: "title", lambda r: r["title"])], key=key)
    rows = [{"sha": f"{n:04d}", "title": f"扫描件 {n}"} for n in range(2000)]
    rows.append({"sha": "0007", "title": "同一文件的第二条记录"})
    model.set_rows(rows)
    redrawn: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): redrawn.append(top.row()))
    for sha in ("0007", "1999", "0007", "missing"):
        model.refresh_key(sha)
    assert redrawn == [7, 2000, 1999, 7, 2000]  # every row with the key, none other
    assert sum(looked.values()) == len(rows)  # each row's key read once, for all four
    model.set_rows(rows[:10])  # new rows: a new index
    redrawn.clear()
    model.refresh_key("1999")
    model.refresh_key("0003")
    assert redrawn == [3]
