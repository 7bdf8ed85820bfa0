"""The call log's lazy model: the rows SQLite orders and filters, read a page at a time; an
added entry is one inserted row and an edit one redrawn row, not a new model."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.calllog import contacts
from core.calllog.log_query import LogQuery, contact_ids
from gui.calllog.calllog_tab import SORT_BY
from gui.calllog.log_model import PAGE


@pytest.fixture
def long_log(make_window, tmp_path: Path):
    """A window on a case of 4 debts and 3 pages and a half of calls."""
    from core.case.casefile import import_case, parse_case_bytes
    from core.store.database import open_store
    from tests.benchmarks.cases import chinese_case, with_contacts

    store = open_store(tmp_path / "store")
    case = with_contacts(chinese_case(4), PAGE * 3 + PAGE // 2)
    import_case(store, parse_case_bytes(json.dumps(case, ensure_ascii=False).encode(),
                                        "case.json"))
    store.close()
    window = make_window(tmp_path / "store")
    window.tabs.setCurrentWidget(window.calllog_tab)
    return window


def _shown_refs(tab) -> list[str]:
    return [tab.model.row(i).data["ref"] for i in range(tab.model.rowCount())]


def _refs(store, ids: list[int]) -> list[str]:
    refs = {row.id: row.data["ref"] for row in contacts.list_contacts(store)}
    return [refs[i] for i in ids]


def test_only_the_rows_in_sight_are_read(long_log) -> None:
    tab = long_log.calllog_tab
    total = PAGE * 3 + PAGE // 2
    assert tab.model.rowCount() == total and f"{total} of {total}" in tab.count.text()
    assert 0 < len(tab.model._rows) <= PAGE  # the first page, for the rows painted
    last = tab.model.index(total - 1, 8)
    assert last.data()  # the last row's summary, read on demand
    assert len(tab.model._rows) <= 2 * PAGE


@pytest.mark.parametrize("column", range(len(SORT_BY)))
def test_a_click_on_a_header_sorts_in_sqlite(long_log, column: int) -> None:
    tab, store = long_log.calllog_tab, long_log.store
    tab.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    expected = contact_ids(store, LogQuery(sort=SORT_BY[column], descending=True))
    assert _shown_refs(tab) == _refs(store, expected)
    tab.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert _shown_refs(tab) == _refs(store, expected[::-1])


def test_filter_and_sort_together_and_the_selection_stays(long_log) -> None:
    tab, store = long_log.calllog_tab, long_log.store
    tab.search.setText("分期")
    tab.channel_filter.setCurrentIndex(tab.channel_filter.findData("phone"))
    expected = contact_ids(store, LogQuery(text="分期", channel="phone"))
    assert 0 < len(expected) < tab.model.rowCount() + 1
    assert _shown_refs(tab) == _refs(store, expected)
    tab.table.selectRow(3)
    chosen = tab.selected().id
    tab.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # the agent
    assert _shown_refs(tab) == _refs(store, contact_ids(
        store, LogQuery(text="分期", channel="phone", sort="agent")))
    assert tab.selected().id == chosen
    tab.search.setText("分期 nowhere")
    assert tab.model.rowCount() == 0 and tab.selected() is None


def test_an_added_entry_is_one_inserted_row_and_an_edit_one_redrawn_row(long_log,
                                                                      qtbot) -> None:
    window = long_log
    tab, store = window.calllog_tab, window.store
    before = tab.model.rowCount()
    tab.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # the agent
    signals: list[str] = []
    tab.model.modelReset.connect(lambda: signals.append("reset"))
    tab.model.rowsInserted.connect(lambda _p, first, last: signals.append(f"insert {first}"))
    tab.model.rowsRemoved.connect(lambda _p, first, last: signals.append(f"remove {first}"))
    added, changes = contacts.log_contact(store, {
        "debts": ["D1"], "at": "2026-11-20T09:00:00+08:00", "agent": "AAA 第一个",
        "summary": "新记录：同意减免违约金。"})
    window.notify(changes)
    at = tab.model.position(added)
    assert at == contact_ids(store, LogQuery(sort="agent")).index(added) > 0
    assert signals == [f"insert {at}"]
    assert tab.model.rowCount() == before + 1
    assert tab.model.index(at, 8).data() == "新记录：同意减免违约金。"
    document = contacts.contact_document(store, added)
    window.notify(contacts.update_contact(store, added, {**document,
                                                         "summary": "改过：只同意分期。"}))
    assert signals == [f"insert {at}"]  # no reset, no new row
    assert tab.model.index(at, 8).data() == "改过：只同意分期。"
    tab.search.setText("只同意分")
    assert _shown_refs(tab) == [document["ref"]]
    tab.search.clear()
    signals.clear()
    _snapshot, changes = contacts.delete_contact(store, added)
    window.notify(changes)
    assert signals == [f"remove {at}"] and tab.model.rowCount() == before


def test_a_long_log_is_read_a_chunk_at_a_time(long_log, monkeypatch) -> None:
    from PySide6.QtCore import QModelIndex

    from gui.calllog import log_model

    monkeypatch.setattr(log_model, "CHUNK", PAGE)
    tab, store = long_log.calllog_tab, long_log.store
    total = PAGE * 3 + PAGE // 2
    tab.table.sortByColumn(8, Qt.SortOrder.AscendingOrder)  # the summary: the first chunk
    assert tab.model.rowCount() == PAGE and tab.model.canFetchMore(QModelIndex())
    assert f"{total} of {total}" in tab.count.text()  # counted by SQLite, not read
    tab.model.fetchMore(QModelIndex())  # what the view asks at the end of its rows
    assert tab.model.rowCount() == 2 * PAGE
    expected = contact_ids(store, LogQuery(sort="summary"))
    assert tab.select_contact(expected[-1])  # the last one: read up to it
    assert tab.selected().id == expected[-1] and tab.model.rowCount() == total
    assert not tab.model.canFetchMore(QModelIndex())
    assert _shown_refs(tab) == _refs(store, expected)


def test_a_column_of_labels_sorts_by_the_labels_shown(long_log, languages) -> None:
    from PySide6.QtCore import QCollator
    from PySide6.QtWidgets import QApplication

    tab = long_log.calllog_tab
    for column in (2, 3, 5):  # channel, direction, outcome
        tab.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        for language in ("zh", "en"):  # a change of language sorts them again
            languages.apply(language)
            QApplication.processEvents()  # Qt tells the widgets of the new language
            collator = QCollator()
            shown = [tab.model.index(i, column).data() for i in range(tab.model.rowCount())]
            assert shown == sorted(shown, key=collator.sortKey) and len(set(shown)) > 1
            codes = [tab.model.row(i).data[SORT_BY[column]] for i in range(len(shown))]
            if language == "zh" and column != 3:  # in code order, the words are not sorted
                assert codes != sorted(codes)
        tab.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        shown_down = [tab.model.index(i, column).data() for i in range(tab.model.rowCount())]
        assert shown_down == sorted(shown, key=collator.sortKey, reverse=True)


def test_an_edit_that_moves_an_entry_moves_its_row(long_log) -> None:
    window = long_log
    tab, store = window.calllog_tab, window.store
    tab.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # the agent
    chosen = contact_ids(store, LogQuery(sort="agent"))[5]
    assert tab.select_contact(chosen)
    signals: list[str] = []
    tab.model.modelReset.connect(lambda: signals.append("reset"))
    tab.model.rowsMoved.connect(lambda _p, first, _l, _d, to: signals.append(f"{first}>{to}"))
    document = contacts.contact_document(store, chosen)
    window.notify(contacts.update_contact(store, chosen, {**document, "agent": "Zz 最后"}))
    at = tab.model.position(chosen)
    assert at == contact_ids(store, LogQuery(sort="agent")).index(chosen) > 5
    assert signals == [f"5>{at + 1}"]  # one row moved down, nothing reset
    assert _shown_refs(tab) == _refs(store, contact_ids(store, LogQuery(sort="agent")))
    assert tab.selected().id == chosen  # it stays selected where it went


def test_the_count_is_made_off_the_gui_thread_and_shown_when_made(long_log, qtbot,
                                                                  monkeypatch) -> None:
    import threading

    from core.calllog import log_query
    from gui.calllog import log_model

    monkeypatch.setattr(log_model, "CHUNK", PAGE)  # more than a chunk: it must be counted
    counted_in: list[str] = []
    count = log_query.count_matching

    def counting(store, query):
        counted_in.append(threading.current_thread().name)
        return count(store, query)

    monkeypatch.setattr(log_query, "count_matching", counting)
    window = long_log
    tab, store = window.calllog_tab, window.store
    total = PAGE * 3 + PAGE // 2
    tab.search.setText("分期")
    expected = len(contact_ids(store, LogQuery(text="分期")))
    assert PAGE < expected < total and tab.model.rowCount() == PAGE  # the rows, at once
    qtbot.waitUntil(lambda: not tab.model.counting)
    assert f"{expected} of {total}" in tab.count.text()
    added, changes = contacts.log_contact(store, {
        "debts": ["D1"], "at": "2026-11-20T09:00:00+08:00", "summary": "新记录：同意分期。"})
    window.notify(changes)
    qtbot.waitUntil(lambda: not tab.model.counting)
    assert f"{expected + 1} of {total + 1}" in tab.count.text()
    assert counted_in and threading.main_thread().name not in counted_in


def test_a_selected_entry_filtered_out_is_not_looked_for_in_every_id(long_log,
                                                                      monkeypatch) -> None:
    from gui.calllog import log_model

    monkeypatch.setattr(log_model, "CHUNK", PAGE)
    tab, store = long_log.calllog_tab, long_log.store
    tab.table.sortByColumn(8, Qt.SortOrder.AscendingOrder)  # the summary: the first chunk
    hidden = next(i for i in contact_ids(store, LogQuery(sort="summary"))
                  if i not in set(contact_ids(store, LogQuery(text="分期"))))
    assert tab.select_contact(hidden)
    every_id: list[LogQuery] = []
    read = log_model.contact_ids

    def reading(store, query, limit=None, offset=0):
        if limit is None:
            every_id.append(query)
        return read(store, query, limit, offset)

    monkeypatch.setattr(log_model, "contact_ids", reading)
    tab.search.setText("分期")
    assert tab.model.rowCount() == PAGE and tab.selected() is None
    assert every_id == []  # it is not kept: asked, not searched for
    beyond = contact_ids(store, LogQuery(text="分期", sort="summary"))[PAGE + 1]
    assert tab.model.position(beyond) == PAGE + 1  # kept beyond the first chunk: read
    assert len(every_id) == 1
