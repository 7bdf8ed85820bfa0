"""The Debts tab reads what it shows with the same number of queries whatever the size of
the case, and reads the debts once per reload: the list, the line above it and the selected
debt's page share one read; choosing another debt reads only that debt's own records."""
from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event

from tests.benchmarks.debts_scale import debts_document

FROM_DEBTS = re.compile(r"\bFROM debt\b(?!_)", re.IGNORECASE)


def _store(folder: Path, debts: int) -> Path:
    from core.case.casefile import import_case, parse_case_bytes
    from core.store.database import open_store

    store = open_store(folder)
    try:
        import_case(store, parse_case_bytes(
            json.dumps(debts_document(debts), ensure_ascii=False).encode(), "case.json"))
    finally:
        store.close()
    return folder


@contextmanager
def _statements(store) -> Iterator[list[str]]:
    """The statements run on this thread (the breach counts' worker reads the call log
    alongside, by design)."""
    seen: list[str] = []
    here = threading.get_ident()

    def note(_conn, _cursor, statement, *_rest) -> None:
        if threading.get_ident() == here:
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def _counted(window, qtbot) -> dict[str, list[str]]:
    tab = window.debts_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    ids = [view.id for view in tab.model.rows()]
    tab.select_debt(ids[1])
    out: dict[str, list[str]] = {}
    actions: dict[str, Callable[[], None]] = {
        "reload": tab.reload, "select": lambda: tab.select_debt(ids[-1])}
    for name, action in actions.items():
        with _statements(window.store) as seen:
            action()
        out[name] = seen
    assert tab.detail.progress.debt["ref"] == tab.selected().data["ref"]
    return out


def test_the_tab_reads_a_small_and_a_large_case_with_the_same_queries(
        make_window, qtbot, tmp_path: Path) -> None:
    small = _counted(make_window(_store(tmp_path / "small", 10)), qtbot)
    large = _counted(make_window(_store(tmp_path / "large", 200)), qtbot)
    for name in ("reload", "select"):
        assert len(small[name]) == len(large[name]), name
        assert large[name], name


def test_a_reload_reads_the_debts_once_and_a_selection_not_at_all(
        make_window, qtbot, tmp_path: Path) -> None:
    counted = _counted(make_window(_store(tmp_path / "case", 10)), qtbot)
    assert len([s for s in counted["reload"] if FROM_DEBTS.search(s)]) == 1
    assert not [s for s in counted["select"] if FROM_DEBTS.search(s)]
