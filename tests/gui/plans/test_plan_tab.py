"""The Plan tab driven as a person would: terms, budget and strategy recompute at once."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from core.plans import plans
from tests.conftest import ROOT


def _open_plan_tab(window, qtbot):
    window.tabs.setCurrentWidget(window.plan_tab)
    tab = window.plan_tab
    qtbot.waitUntil(lambda: tab.chart is not None, timeout=20000)
    return tab


def _edit(qtbot, tab, row: int, column: int, value) -> None:
    """Change a terms cell as a person does: open its editor, choose or type, press Enter."""
    terms = tab.editor.terms
    index = terms.model().index(row, column)
    terms.setCurrentIndex(index)
    terms.edit(index)
    editor = terms.indexWidget(index)
    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(editor.findData(value))
    else:
        editor.setValue(value)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: terms.indexWidget(index) is None)  # committed and closed


def _row(tab, ref: str) -> int:
    terms = tab.editor.terms
    return next(r for r in range(terms.rowCount()) if terms.item(r, 0).data(256) == ref)


def test_editing_a_term_updates_summary_and_chart(zh_window, qtbot) -> None:
    tab = _open_plan_tab(zh_window, qtbot)
    assert "2029-06-15" in tab.summary.text() and "31" in tab.summary.text()
    before = dict(tab.chart._data["stacks"])
    row = _row(tab, "D3")
    _edit(qtbot, tab, row, 1, "installments")
    assert tab.editor.problem is not None  # installments need months: said at once
    assert "months" in tab.editor.error.text()
    assert tab.editor.terms.item(row, 2).background().color().name() == "#ffcdd2"
    _edit(qtbot, tab, row, 2, 12)
    assert tab.editor.terms.item(row, 2).background().style() == Qt.BrushStyle.NoBrush
    assert tab.editor.problem is None
    # 16,021.80 in 12 level payments, interest frozen: 1,335.15 a month, the rest to the others
    d3 = tab._result.schedule.for_debt("D3")
    assert d3[0].payment == Decimal("1335.15") and d3[11].closing == 0
    assert tab.chart._data["stacks"] != before
    tab.editor.budget.setText("3000")
    assert "2028" in tab.summary.text()  # more money each month: debt-free sooner
    assert tab.schedule.rowCount() == 4  # totals + three debts


def test_an_impossible_plan_shows_its_shortfall(zh_window, qtbot) -> None:
    tab = _open_plan_tab(zh_window, qtbot)
    tab.editor.strategy.setCurrentIndex(tab.editor.strategy.findData("avalanche"))
    tab.editor.budget.setText("1000")
    text = tab.summary.text()
    assert "Unaffordable: from month 1" in text
    assert tab._result.schedule.shortfall > 0


def test_switching_strategy_changes_the_order_of_payoff(zh_window, qtbot) -> None:
    tab = _open_plan_tab(zh_window, qtbot)
    for row in range(tab.editor.terms.rowCount()):
        tab.editor.terms.item(row, 6).setCheckState(Qt.CheckState.Unchecked)  # interest runs
    tab.editor.budget.setText("6000")
    tab.editor.strategy.setCurrentIndex(tab.editor.strategy.findData("avalanche"))
    avalanche = dict(tab._result.schedule.cleared_in)
    tab.editor.strategy.setCurrentIndex(tab.editor.strategy.findData("snowball"))
    snowball = dict(tab._result.schedule.cleared_in)
    # avalanche clears Jiebei (the highest penalty rate) first; snowball the smallest, Huabei
    assert min(avalanche, key=avalanche.get) == "D2"
    assert min(snowball, key=snowball.get) == "D1"


def test_edits_are_saved_and_undone(zh_window, qtbot) -> None:
    tab = _open_plan_tab(zh_window, qtbot)
    tab.editor.budget.setText("1800")
    qtbot.waitUntil(lambda: plans.list_plans(zh_window.store)[0].data["monthly_budget"]
                    == Decimal("1800.00"), timeout=5000)
    assert "Edit plan" in zh_window.undo_action.text()
    zh_window.undo_action.trigger()
    assert plans.list_plans(zh_window.store)[0].data["monthly_budget"] == Decimal("1500.00")
    assert tab.editor.budget.text() == "1500.00"
    zh_window.redo_action.trigger()
    assert tab.editor.budget.text() == "1800.00"


def test_new_duplicate_delete_and_undo(zh_window, qtbot, monkeypatch) -> None:
    tab = _open_plan_tab(zh_window, qtbot)
    tab.duplicate_plan()
    names = [p.data["name"] for p in plans.list_plans(zh_window.store)]
    assert names == ["按比例分期", "按比例分期 (copy)"]
    tab.new_plan()
    assert len(plans.list_plans(zh_window.store)) == 3
    assert tab.compare_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete_plan()
    assert len(plans.list_plans(zh_window.store)) == 2
    zh_window.undo_action.trigger()
    assert len(plans.list_plans(zh_window.store)) == 3
    zh_window.undo_action.trigger()  # the new plan
    zh_window.undo_action.trigger()  # the copy
    assert [p.data["name"] for p in plans.list_plans(zh_window.store)] == ["按比例分期"]


def test_chart_hover_readout(zh_window, qtbot) -> None:
    tab = _open_plan_tab(zh_window, qtbot)
    text = tab.chart.readout_text(1)
    assert "Month 1 · 2026-12-15" in text and "¥1,500.00" in text
    assert "Doing nothing" in text


def test_export_schedule_and_chart(zh_window, qtbot, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog

    tab = _open_plan_tab(zh_window, qtbot)
    for name in ("方案.csv", "方案.json", "方案.ics"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, n=name, **k: (str(tmp_path / n), ""))
        tab.export_schedule()
    assert (tmp_path / "方案.csv").read_text(encoding="utf-8").startswith("month,date,debt")
    ics = (tmp_path / "方案.ics").read_bytes().decode("utf-8")
    assert ics.count("BEGIN:VEVENT") == 31 * 3  # each debt is paid every month under pro rata
    assert ics.count("BEGIN:VALARM") == 31 * 3 and "\r\n" in ics
    for name in ("curve.png", "curve.svg"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, n=name, **k: (str(tmp_path / n), ""))
        tab.export_chart()
        assert (tmp_path / name).stat().st_size > 1000


def test_the_shipped_cjk_font_serves_qt_and_the_chart(qapp) -> None:
    import matplotlib
    from matplotlib.font_manager import fontManager
    from PySide6.QtGui import QFontDatabase

    from gui.fonts import cjk_font, register_app_fonts
    from gui.plans.chart import setup_fonts

    CJK_FONT = cjk_font()

    assert CJK_FONT.is_file() and CJK_FONT.with_suffix(".LICENSE").is_file()
    register_app_fonts()
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    setup_fonts()
    assert "WenQuanYi Micro Hei" in {f.name for f in fontManager.ttflist}
    family = matplotlib.rcParams["font.family"]
    assert family[0] == "DejaVu Sans" and family[1] == "WenQuanYi Micro Hei"


def test_compare_two_plans_side_by_side(zh_window, qtbot) -> None:
    from gui.plans.compare_dialog import CompareDialog

    tab = _open_plan_tab(zh_window, qtbot)
    tab.duplicate_plan()
    tab.editor.strategy.setCurrentIndex(tab.editor.strategy.findData("avalanche"))
    tab.editor.budget.setText("3000")
    tab.save_now()
    rows = plans.list_plans(zh_window.store)
    dialog = CompareDialog(tab._case, [p.data for p in rows], tab)
    qtbot.addWidget(dialog)
    (_, left, left_chart), (_, right, right_chart) = dialog.sides
    assert "31 months" in left.text() and "¥1,500.00" in left.text()
    assert "¥3,000.00" in right.text() and "31 months" not in right.text()
    assert len(left_chart._months) == 31 and len(right_chart._months) < 31


def test_the_chart_library_can_be_loaded_ahead_on_a_worker_thread() -> None:
    import subprocess
    import sys

    code = ("import sys, threading; sys.path.insert(0, '.');"
            "from gui.plans.chart import warm_up; t = threading.Thread(target=warm_up); t.start();"
            "t.join(); print('matplotlib.figure' in sys.modules,"
            " 'matplotlib.backends.backend_qtagg' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.split() == ["True", "True"]


def test_the_chart_library_keeps_its_own_font_list_and_finds_the_shipped_font(
        tmp_path: Path) -> None:
    """A first run: matplotlib's font list is made in DebtDesk's cache from matplotlib's
    fonts alone (no scan of the system's), and Chinese still finds the shipped font."""
    import os
    import subprocess
    import sys
    from ast import literal_eval

    code = (
        "import os, sys, time; sys.path.insert(0, '.')\n"
        "from gui.app import make_app; app = make_app([])\n"
        "from gui.plans.chart import library\n"
        "loader = library(); loader.load()\n"
        "while not loader.loaded: app.processEvents(); time.sleep(0.01)\n"
        "from matplotlib.font_manager import FontProperties, findfont, fontManager\n"
        "import matplotlib\n"
        "print(os.environ['MPLCONFIGDIR'])\n"
        "print(findfont(FontProperties(family='WenQuanYi Micro Hei')))\n"
        "print(sorted({os.path.dirname(f.fname) for f in fontManager.ttflist}))\n"
        "print(os.environ.get('MPL_IGNORE_SYSTEM_FONTS'))\n")
    env = {k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"}
    env.update(HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT, env=env)
    folder, font, folders, ignoring = out.stdout.splitlines()
    assert Path(folder).is_relative_to(tmp_path / "cache")
    assert list(Path(folder).glob("fontlist-*.json"))  # made once, read from then on
    assert font.endswith("resources/fonts/wqy-microhei.ttc")
    assert all("mpl-data" in f or f.endswith("resources/fonts") for f in literal_eval(folders))
    assert ignoring == "None"  # the setting lasts only while the list is made


def test_a_term_is_typed_straight_into_its_cell(zh_window, qtbot) -> None:
    tab = _open_plan_tab(zh_window, qtbot)
    terms = tab.editor.terms
    row = _row(tab, "D3")
    _edit(qtbot, tab, row, 1, "settlement")
    terms.setCurrentCell(row, 3)  # the amount
    terms.setFocus()
    qtbot.keyClick(terms, "8")  # typing starts the editor with what was typed
    editor = terms.indexWidget(terms.model().index(row, 3))
    qtbot.keyClicks(editor, "000")  # the editor has the keyboard from then on
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: terms.item(row, 3).text() == "8000")
    term = next(t for t in tab.editor.document()["terms"] if t["debt"] == "D3")
    assert term["treatment"] == "settlement" and term["amount"] == "8000"
    assert tab.editor.problem is None
    terms.setCurrentCell(row, 3)
    qtbot.keyClicks(terms, "9")
    qtbot.keyClick(terms.indexWidget(terms.model().index(row, 3)), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: terms.indexWidget(terms.model().index(row, 3)) is None)
    assert terms.item(row, 3).text() == "8000"  # Esc leaves it as it was


def test_the_plan_tab_shows_its_figures_while_the_chart_library_loads(tmp_path: Path) -> None:
    """In a fresh process: the summary and schedule are there the moment the tab shows, with
    "Drawing the chart…" in the chart's place; matplotlib loads off the GUI thread."""
    import os
    import subprocess
    import sys

    code = (
        "import sys, time; sys.path.insert(0, '.')\n"
        "from pathlib import Path\n"
        "from core.case.casefile import import_case, read_case_file\n"
        "from core.store.database import open_store\n"
        "from tests.conftest import ZH_CASE\n"
        "store = open_store(Path(sys.argv[1])); import_case(store, read_case_file(ZH_CASE))\n"
        "store.close()\n"
        "from gui.app import make_app; from gui.languages import LanguageSwitcher\n"
        "app = make_app([]); languages = LanguageSwitcher(app); languages.apply('en')\n"
        "from gui.main_window import MainWindow\n"
        "window = MainWindow(Path(sys.argv[1]), languages); window.show(); window.build_tabs()\n"
        "window.open_store()\n"
        "while window.store is None: app.processEvents(); time.sleep(0.01)\n"
        "tab = window.plan_tab; window.tabs.setCurrentWidget(tab)\n"
        "print(tab.schedule.rowCount() > 0, tab.chart is None,\n"
        "      tab.chart_page.currentWidget() is tab.chart_waiting,\n"
        "      'matplotlib.figure' in sys.modules)\n"
        "while tab.chart is None: app.processEvents(); time.sleep(0.01)\n"
        "print(tab.chart_page.currentWidget() is tab.chart, len(tab.chart._months) > 0)\n")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "store")],
                         capture_output=True, text=True, check=True, timeout=120,
                         cwd=ROOT, env=env)
    shown, drawn = out.stdout.splitlines()[-2:]
    assert shown.split() == ["True", "True", "True", "False"]
    assert drawn.split() == ["True", "True"]


def test_a_term_being_typed_is_kept_when_the_person_moves_on(zh_window, qtbot) -> None:
    """Each keystroke in a cell counts at once, as in the other fields: switching tab, or
    closing the window, with the cell still open keeps what was typed."""
    tab = _open_plan_tab(zh_window, qtbot)
    terms = tab.editor.terms
    row = _row(tab, "D1")
    _edit(qtbot, tab, row, 1, "settlement")
    terms.setCurrentCell(row, 3)
    terms.setFocus()
    qtbot.keyClick(terms, "4")
    qtbot.keyClicks(terms.indexWidget(terms.model().index(row, 3)), "321")  # no Enter
    assert terms.item(row, 3).text() == "4321"
    assert tab._result.plan.term("D1").amount == Decimal("4321")  # recomputed as typed
    zh_window.tabs.setCurrentWidget(zh_window.debts_tab)
    saved = next(t for t in plans.list_plans(zh_window.store)[0].data["terms"]
                 if t["debt"] == "D1")
    assert saved["treatment"] == "settlement" and saved["amount"] == Decimal("4321.00")

    zh_window.tabs.setCurrentWidget(tab)
    terms.setCurrentCell(row, 3)
    terms.setFocus()
    qtbot.keyClick(terms, "5")  # a new amount, and the window closes at once
    store = zh_window.store
    zh_window.close()
    from core.store.database import open_store

    again = open_store(store.data_dir)
    try:
        term = next(t for t in plans.list_plans(again)[0].data["terms"] if t["debt"] == "D1")
        assert term["amount"] == Decimal("5.00")
    finally:
        again.close()


def test_moving_a_row_keeps_its_cells_even_a_rate_not_yet_a_number(zh_window, qtbot) -> None:
    tab = _open_plan_tab(zh_window, qtbot)
    editor, terms = tab.editor, tab.editor.terms
    editor.strategy.setCurrentIndex(editor.strategy.findData("custom"))
    first = terms.item(0, 0).data(256)
    terms.item(0, 4).setText("abc")  # not a rate: said, and the plan waits
    assert editor.problem is not None
    terms.setCurrentCell(0, 0)
    qtbot.mouseClick(editor.down, Qt.MouseButton.LeftButton)
    assert terms.item(1, 0).data(256) == first and terms.item(1, 4).text() == "abc"
    terms.item(1, 4).setText("")  # the editor still listens after the move
    assert editor.problem is None
    assert editor.document()["order"][1] == first


def test_a_first_payment_day_in_the_past_is_said(zh_window, qtbot) -> None:
    from PySide6.QtCore import QDate

    tab = _open_plan_tab(zh_window, qtbot)
    editor = tab.editor
    editor.start.setDate(QDate.currentDate().addDays(10))
    assert editor.start_warning.isHidden()
    editor.start.setDate(QDate.currentDate().addDays(-1))
    assert not editor.start_warning.isHidden()
    assert "already be late" in editor.start_warning.text()
    editor.start.setDate(QDate.currentDate())
    assert editor.start_warning.isHidden()


def test_the_charts_axis_says_yuan_in_chinese(zh_window, qtbot) -> None:
    zh_window.set_language("zh")
    tab = _open_plan_tab(zh_window, qtbot)
    qtbot.waitUntil(lambda: "元" in tab.chart.axes.get_ylabel(), timeout=10000)
    assert "CNY" not in tab.chart.axes.get_ylabel()
    zh_window.set_language("en")
    qtbot.waitUntil(lambda: "CNY" in tab.chart.axes.get_ylabel(), timeout=10000)


def test_the_charts_month_ticks_fall_on_whole_months(zh_window, qtbot) -> None:
    from matplotlib.dates import num2date

    tab = _open_plan_tab(zh_window, qtbot)
    chart = tab.chart
    chart.canvas.draw()
    ax = chart.axes
    low, high = ax.get_xlim()
    ticks = [num2date(t).date() for t in ax.get_xticks() if low <= t <= high]
    assert ticks and all(t.day == 1 for t in ticks)
    assert [t.month for t in ticks[:2]] in ([1, 4], [4, 7], [7, 10], [10, 1])  # 31 months
    labels = [label.get_text() for label in ax.get_xticklabels() if label.get_text()]
    assert "2027-01" in labels
    # the hover finds the month whose payment date is nearest
    assert chart.month_at(chart._xs[0] - 40) == 1
    assert chart.month_at(chart._xs[4] + 3) == 5
    assert chart.month_at(chart._xs[-1] + 40) == len(chart._months)


def test_each_strategy_and_the_budget_say_what_they_mean(zh_window) -> None:
    from PySide6.QtCore import Qt

    editor = zh_window.plan_tab.editor
    combo = editor.strategy
    said = {combo.itemData(i): combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
            for i in range(combo.count())}
    assert "least interest" in said["avalanche"] and "smallest" in said["snowball"]
    assert "same share" in said["pro_rata"] and "Avalanche" in combo.whatsThis()
    assert "each month" in editor.budget.whatsThis() == editor.budget.toolTip()
    assert "first month" in editor.one_off.whatsThis()


def test_a_changed_debt_is_worked_into_the_plan_shown(zh_window, qtbot) -> None:
    from core.debts.debts import debt_document, list_debts, update_debt

    tab = _open_plan_tab(zh_window, qtbot)
    before = tab._result.schedule.total_paid
    view = list_debts(zh_window.store)[0]
    document = debt_document(zh_window.store, view.id)
    document["balance"]["principal"] = "99999.00"
    zh_window.notify(update_debt(zh_window.store, view.id, document))
    assert tab._result.schedule.total_paid > before  # the plan itself is unchanged
    assert tab._result.debts[0].principal == Decimal("99999.00")
