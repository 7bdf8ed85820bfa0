"""A column the person resizes keeps its width across runs; text cut off shows in a tooltip."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QToolTip

from gui.shared.table_model import Column, RecordTableModel, fit_columns
from gui.shared.table_widths import ColumnWidths

LONG = "中国工商银行股份有限公司牡丹信用卡中心（客服 95588）"
COLUMNS = [Column(lambda: "Creditor", lambda r: r[0]), Column(lambda: "Amount", lambda r: r[1]),
           Column(lambda: "Note", lambda r: r[2])]


def _table(qtbot, name: str = "sample") -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    model = RecordTableModel(COLUMNS, view)
    model.set_rows([(LONG, "15,600.00", "")])
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    ColumnWidths(view, name)
    fit_columns(view, model, cap=120)
    view.resize(600, 200)
    view.show()
    qtbot.waitExposed(view)
    return view


def drag_column_edge(qtbot, view, column: int, by: int) -> None:
    """As a person widens a column: press on its right edge in the header, drag, let go."""
    header = view.horizontalHeader()
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + by // 2, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + by, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + by, y))


def test_a_dragged_width_is_kept_and_restored(qtbot) -> None:
    view = _table(qtbot)
    fitted = view.columnWidth(1)
    drag_column_edge(qtbot, view, 1, 70)
    assert view.columnWidth(1) == fitted + 70
    assert "1" in str(QSettings().value("tables/sample/widths"))
    again = _table(qtbot)  # the next run
    assert again.columnWidth(1) == fitted + 70  # not fitted to the text again
    assert again.columnWidth(0) == view.columnWidth(0)  # the untouched one is fitted
    again.model().set_rows([("花呗", "1.00", ""), ("借呗", "2.00", "")])  # a reload
    fit_columns(again, again.model(), cap=120)
    assert again.columnWidth(1) == fitted + 70
    assert again.columnWidth(0) < view.columnWidth(0)  # fitted to the shorter names
    other = _table(qtbot, "another")
    assert other.columnWidth(1) == fitted  # each table its own


def test_fitting_to_the_texts_is_not_remembered(qtbot) -> None:
    view = _table(qtbot)
    view.setColumnWidth(0, 300)  # the program, not the person
    assert QSettings().value("tables/sample/widths") is None


def _tooltip_at(qtbot, view, column: int) -> str:
    QToolTip.hideText()  # it goes after a moment: wait, so what follows is this cell's
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    rect = view.visualRect(view.model().index(0, column))
    QApplication.sendEvent(view.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center())))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_text_cut_off_shows_whole_in_a_tooltip(qtbot) -> None:
    view = _table(qtbot)
    assert view.columnWidth(0) == 120  # capped: the name is cut off
    assert _tooltip_at(qtbot, view, 0) == LONG
    assert _tooltip_at(qtbot, view, 1) == ""  # the amount fits: nothing to add
    view.setColumnWidth(0, 590)
    assert _tooltip_at(qtbot, view, 0) == ""


def test_a_header_cut_off_shows_whole_in_a_tooltip(qtbot) -> None:
    view = _table(qtbot)
    header = view.horizontalHeader()

    def tip(column: int) -> str:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
        at = QPoint(header.sectionViewportPosition(column) + 2, header.height() // 2)
        QApplication.sendEvent(header.viewport(), QHelpEvent(
            QEvent.Type.ToolTip, at, header.viewport().mapToGlobal(at)))
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert tip(1) == ""
    view.setColumnWidth(1, 16)
    assert tip(1) == "Amount"


def test_every_main_table_keeps_its_widths_across_runs(make_window, qtbot) -> None:
    window = make_window()

    def tables(w) -> dict[str, object]:
        return {"debts": w.debts_tab.table, "evidence": w.evidence_tab.list.table,
                "call log": w.calllog_tab.table, "schedule": w.plan_tab.schedule_view,
                "terms": w.plan_tab.editor.terms}

    for view in tables(window).values():
        assert isinstance(view.column_widths, ColumnWidths)
    assert len({view.column_widths._key for view in tables(window).values()}) == 5
    window.tabs.setCurrentWidget(window.calllog_tab)
    view = window.calllog_tab.table
    qtbot.waitExposed(view)
    fitted = view.columnWidth(1)
    drag_column_edge(qtbot, view, 1, 60)
    width = view.columnWidth(1)
    assert width == fitted + 60
    window.close()
    again = make_window()
    assert again.calllog_tab.table.columnWidth(1) == width
