"""A first-time user's whole path, in Chinese and mostly by keyboard: three debts typed into
the debt form, the situation, one evidence file, a plan, and the letter for one debt saved as
a PDF, whose text is then read back and checked against what was typed and the plan."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QWidget,
)

from core.case.situation import budget_totals, kept_back, situation_data
from core.debts.debts import list_debts
from core.evidence.store import list_evidence
from core.letters.wording import TEXTS
from core.plans import plans
from tests.gui.conftest import when_dialog

TODAY = date.today()
CMB, HUABEI, JIEBEI = "招商银行信用卡中心", "花呗", "借呗"
BUDGET = "3,000.00"  # less than the statement leaves: part is kept back, and said so
NAME, ADDRESS = "张伟", "上海市浦东新区张杨路100弄5号"
HARDSHIP_SINCE = TODAY - timedelta(days=120)
STATEMENT = "我所在的公司裁员，我失业了，正在找新工作，目前靠打零工维持生活。"
INCOME = [("打零工收入", "salary", "6,800.00")]
EXPENSES = [("房租", "housing", "2,200.00"), ("伙食", "food", "900.00"),
            ("交通", "transport", "200.00")]  # no savings line: none was set aside


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _type(qtbot, text: str) -> None:
    """Type into the focused field as a person would; Chinese arrives as an input method
    commits it (Qt's test keyboard knows only ASCII)."""
    if not text.isascii():
        widget = _focused()
        insert = getattr(widget, "insert", None) or widget.insertPlainText  # type: ignore
        insert(text)
        return
    for character in text:  # each key goes where the focus is by then (a cell's editor)
        qtbot.keyClicks(_focused(), character)


def _back_to(qtbot, window: QWidget) -> None:
    """The window active again once a dialog or a progress window has gone, as a desktop's
    window manager does it (the offscreen platform leaves nothing active)."""
    if QApplication.focusWidget() is None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def _key(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def _choose(qtbot, code: str) -> None:
    """Step through the focused list with the arrow keys until `code` is chosen."""
    combo = _focused()
    assert isinstance(combo, QComboBox), f"{combo!r} is no list"
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        for _ in range(combo.count()):
            if combo.currentData() == code:
                return
            qtbot.keyClick(combo, key)
    assert combo.currentData() == code, f"{code} cannot be reached with the arrow keys"


def _shoot(widget: QWidget, folder: Path, name: str) -> None:
    folder.mkdir(exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))


def _walk(qtbot, dialog: QWidget, steps: list[tuple[QWidget, object]]) -> None:
    """Each step: the field the Tab key should have reached, then what to do there (text
    to type, a key, or a list code to choose; None to pass by)."""
    for number, (field, action) in enumerate(steps):
        assert _focused() is field, (
            f"step {number}: Tab reached {_focused()!r} ({_focused().objectName()}), "
            f"not the next field shown")
        if isinstance(action, str) and action.startswith("choose:"):
            _choose(qtbot, action.removeprefix("choose:"))
        elif isinstance(action, str):
            _type(qtbot, action)
        elif isinstance(action, Qt.Key):
            _key(qtbot, action)
        if number < len(steps) - 1:
            _key(qtbot, Qt.Key.Key_Tab)


def _debt_steps(d, creditor: str, kind: str, principal: str, as_of: date, rate: str,
                minimum: str, due_day: str, since: date) -> list[tuple[QWidget, object]]:
    """The debt form top to bottom as it is laid out, typing what the statement says."""
    return [
        (d.creditor, creditor), (d.product, None), (d.kind, f"choose:{kind}"),
        (d.account, None), (d.status, "choose:overdue"), (d.priority, None),
        (d.principal, principal), (d.interest, None), (d.fees, None),
        (d.as_of, as_of.isoformat()), (d.rate.value, rate), (d.rate.basis, None),
        (d.overdue_rate.value, None), (d.overdue_rate.basis, None),
        (d.minimum, minimum), (d.due_day, due_day),
        (d.late_fixed, None), (d.late_percent, None),
        (d.is_overdue, Qt.Key.Key_Space), (d.overdue_since, since.isoformat()),
    ]


DEBTS = [
    # creditor, kind, principal as on the bill, rate as the bill writes it, minimum, due day
    (CMB, "credit_card", "23,456.78", "日利率0.05%", "1,172.84", "5", 20, 45),
    (HUABEI, "online_loan", "7,850.00", "日利率0.05%", "392.50", "10", 15, 40),
    (JIEBEI, "online_loan", "12,000.00", "日利率0.04%", "1,080.00", "18", 12, 30),
]


def _add_debt(qtbot, window, row: tuple, shots: Path, first: bool) -> None:
    from gui.debts.debt_dialog import DebtDialog

    creditor, kind, principal, rate, minimum, due_day, statement_age, overdue_age = row

    def fill(d: DebtDialog) -> None:
        d.resize(d.size().boundedTo(window.size()))
        qtbot.waitUntil(lambda: QApplication.focusWidget() is d.creditor)
        steps = _debt_steps(d, creditor, kind, principal,
                            TODAY - timedelta(days=statement_age), rate, minimum, due_day,
                            TODAY - timedelta(days=overdue_age))
        _walk(qtbot, d, steps)
        qtbot.keyClick(d.overdue_since, Qt.Key.Key_Tab)  # the date is read when left
        assert d.error.text() == "", d.error.text()
        _shoot(d, shots, f"2-debt-{creditor}")
        qtbot.keyClick(d.minimum, Qt.Key.Key_Return)  # Enter accepts, from any plain field
        qtbot.waitUntil(lambda: not d.isVisible(), timeout=2000)

    seen = when_dialog(qtbot, fill, DebtDialog)
    tab = window.debts_tab
    button = tab.welcome_add if first else tab.add_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    seen.check()


def test_a_newcomer_walks_from_nothing_to_a_letter(make_window, qtbot, tmp_path: Path,
                                                   monkeypatch) -> None:
    shots = tmp_path / "shots"
    window = make_window(tmp_path / "empty")
    window.set_language("zh")
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "债务(&D)")
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    tab = window.debts_tab
    assert tab.stack.currentWidget() is tab.welcome
    _shoot(window, shots, "1-welcome")

    # --- three debts, typed from the bills ------------------------------------------------
    for number, row in enumerate(DEBTS):
        _add_debt(qtbot, window, row, shots, first=number == 0)
    store = window.store
    typed = {d.data["creditor"]: d.data for d in list_debts(store)}
    assert set(typed) == {CMB, HUABEI, JIEBEI}
    for creditor, kind, principal, _rate, minimum, due_day, statement_age, overdue_age in DEBTS:
        debt = typed[creditor]
        assert debt["kind"] == kind
        assert debt["balance"]["principal"] == Decimal(principal.replace(",", ""))
        assert debt["balance"]["as_of"] == TODAY - timedelta(days=statement_age)
        assert debt["minimum_payment"] == Decimal(minimum.replace(",", ""))
        assert debt["due_day"] == int(due_day)
        assert debt["overdue_since"] == TODAY - timedelta(days=overdue_age)
    for creditor, fraction in ((CMB, "0.0005"), (HUABEI, "0.0005"), (JIEBEI, "0.0004")):
        rate = typed[creditor]["rate"]
        assert (rate.value, rate.basis) == (Decimal(fraction), "daily")
    _shoot(window, shots, "3-debts")

    # --- the situation ----------------------------------------------------------------------
    from gui.case.situation_dialog import SituationDialog

    def budget_line(table, label: str, category: str, monthly: str) -> None:
        """From the table's Add line button: a new line typed cell by cell, Enter, then Tab
        out of the table back to the button."""
        assert _focused() is table.add_button
        _key(qtbot, Qt.Key.Key_Space)
        _type(qtbot, label)  # the new line's label is open for typing
        _key(qtbot, Qt.Key.Key_Tab)
        _choose(qtbot, category)
        _key(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, monthly)
        _key(qtbot, Qt.Key.Key_Return)  # the cell takes it once the editor has closed
        qtbot.waitUntil(lambda: table.lines()[-1]["monthly"] is not None)
        _key(qtbot, Qt.Key.Key_Tab)

    def situation(d: SituationDialog) -> None:
        d.resize(d.size().boundedTo(window.size()))
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        _key(qtbot, Qt.Key.Key_Tab)  # from the page's tab into its first field
        _walk(qtbot, d, [(d.name, NAME), (d.phone, "13800138000"),
                         (d.email, None), (d.address, ADDRESS)])
        _shoot(d, shots, "4-situation-person")
        for _ in range(2):
            _key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert d.tabs.currentWidget() is d.hardship_page
        _walk(qtbot, d, [(d.reason, "choose:job_loss"), (d.has_since, Qt.Key.Key_Space),
                         (d.since, HARDSHIP_SINCE.isoformat()), (d.statement, STATEMENT)])
        _shoot(d, shots, "5-situation-hardship")
        _key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert d.tabs.currentWidget() is d.budget_page
        _walk(qtbot, d, [(d.income.table, None), (d.income.add_button, None)])
        for entry in INCOME:
            budget_line(d.income, *entry)
        _walk(qtbot, d, [(d.income.add_button, None), (d.income.remove_button, None),
                         (d.expenses.table, None), (d.expenses.add_button, None)])
        for entry in EXPENSES:
            budget_line(d.expenses, *entry)
        assert d.error.text() == "", d.error.text()
        _shoot(d, shots, "6-situation-budget")
        ok = d.buttons.button(QDialogButtonBox.StandardButton.Ok)
        _walk(qtbot, d, [(d.expenses.add_button, None), (d.expenses.remove_button, None),
                         (ok, Qt.Key.Key_Return)])
        qtbot.waitUntil(lambda: not d.isVisible(), timeout=2000)

    seen = when_dialog(qtbot, situation, SituationDialog)
    qtbot.mouseClick(tab.situation_button, Qt.MouseButton.LeftButton)
    seen.check()
    saved = situation_data(store)
    assert saved["person"]["name"] == NAME
    assert saved["hardship"]["statement"] == STATEMENT
    assert saved["hardship"]["since"] == HARDSHIP_SINCE
    budget = saved["budget"]
    assert [(x["label"], x["category"], x["monthly"]) for x in budget["income"]] == [
        (label, category, Decimal(monthly.replace(",", ""))) for label, category, monthly
        in INCOME]
    assert [(x["label"], x["category"], x["monthly"]) for x in budget["expenses"]] == [
        (label, category, Decimal(monthly.replace(",", ""))) for label, category, monthly
        in EXPENSES]
    assert not any(x["category"] == "savings" for x in budget["expenses"])

    # --- one evidence file, through the tab's own import --------------------------------------
    _back_to(qtbot, window)
    _key(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    evidence = window.evidence_tab
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is evidence)
    picture = tmp_path / "解除劳动合同通知书.png"
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4efe1"))
    assert image.save(str(picture))
    qtbot.mouseClick(evidence.category, Qt.MouseButton.LeftButton)
    _key(qtbot, Qt.Key.Key_Escape)  # the list opened; the arrow keys choose
    qtbot.waitUntil(lambda: QApplication.focusWidget() is evidence.category)
    _choose(qtbot, "unemployment")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(picture)], ""))
    _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: evidence.job is None and len(list_evidence(store)) == 1,
                    timeout=20000)
    [kept] = list_evidence(store)
    assert kept.data["category"] == "unemployment" and kept.data["name"] == picture.name
    _shoot(window, shots, "7-evidence")

    # --- a plan: pro rata, a budget below what the statement leaves ---------------------------
    _back_to(qtbot, window)
    _key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    plan_tab = window.plan_tab
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is plan_tab)
    _key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(plans.list_plans(store)) == 1 and plan_tab.chart is not None,
                    timeout=20000)
    editor = plan_tab.editor
    assert editor.strategy.currentData() == "pro_rata"
    left = budget_totals(situation_data(store)["budget"])["left"]
    assert Decimal(editor.budget.text()) == left  # a new plan offers all that is left
    listing = plan_tab.plan_list
    _walk(qtbot, plan_tab, [(listing.view, None), (listing.new_button, None),
                            (listing.copy_button, None), (listing.rename_button, None),
                            (listing.delete_button, None), (editor.budget, BUDGET)])
    [plan] = plans.list_plans(store)
    qtbot.waitUntil(lambda: plans.list_plans(store)[0].data["monthly_budget"] ==
                    Decimal(BUDGET.replace(",", "")), timeout=5000)
    _shoot(window, shots, "8-plan")

    # --- the letter for the card, saved as a PDF -----------------------------------------------
    _back_to(qtbot, window)
    _key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is tab)
    cmb_ref = typed[CMB]["ref"]
    row = next(i for i, v in enumerate(tab.model.rows()) if v.data["ref"] == cmb_ref)
    cell = tab.table.visualRect(tab.proxy.mapFromSource(tab.model.index(row, 0)))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert tab.selected().data["ref"] == cmb_ref
    _key(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: getattr(window, "letter_dialog", None) is not None)
    letter = window.letter_dialog
    qtbot.waitUntil(lambda: letter.pdf is not None, timeout=30000)
    assert letter.debt.currentData() == cmb_ref
    assert letter.kind.currentData() == "installment"
    assert letter.plan.currentData() == plan.data["name"]
    note = letter.problem  # says how much the plan leaves out: every line of it shows
    assert "¥500.00" in note.text()
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()))
    _shoot(letter, shots, "9-letter")
    out = tmp_path / "letter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.keyClick(letter, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(out.exists)
    letter.reject()
    assert shutil.which("pdftotext"), "poppler-utils' pdftotext reads the letter back"
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          check=True, text=True).stdout
    (tmp_path / "letter.txt").write_text(text, encoding="utf-8")
    _check_letter(text, store, plan.data["name"], cmb_ref, typed)


AMOUNT = re.compile(r"(\d{1,3}(?:,\d{3})*\.\d{2})\s*元")
SCHEDULE_ROW = re.compile(r"^\s*(\d+)\s+(\d{4})年(\d{1,2})月(\d{1,2})日\s+"
                          r"([\d,]+\.\d{2})\s*元\s+([\d,]+\.\d{2})\s*元\s*$")


def _amount(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _check_letter(text: str, store, plan_name: str, ref: str, typed: dict) -> None:
    """Every figure in the letter comes from what was typed or from the plan, worked out
    here by the same core functions; nothing is said that was not entered."""
    from core.debts.progress import estimated_balance

    flat = re.sub(r"\s*\n\s*", "", text)  # a sentence wrapped over lines, whole again
    _case, _row, result = plans.compute(store, plan_name)
    schedule = result.schedule
    budget = situation_data(store)["budget"]
    totals = budget_totals(budget)
    monthly = _amount(BUDGET)
    kept = kept_back(budget, monthly)
    assert kept == totals["left"] - monthly > 0

    debt = next(d for d in typed.values() if d["ref"] == ref)
    balance = debt["balance"]
    owed = balance["principal"] + balance["interest"] + balance["fees"]
    estimate = estimated_balance(debt, [], TODAY)
    paid = [r for r in schedule.for_debt(ref) if r.payment > 0]
    firsts = {d["ref"]: next(r.payment for r in schedule.for_debt(d["ref"]) if r.payment > 0)
              for d in typed.values()}

    # who writes, and the debt as it stood on the statement
    assert NAME in flat and ADDRESS in flat and STATEMENT in flat
    as_of = balance["as_of"]
    assert f"截至{as_of.year}年{as_of.month}月{as_of.day}日，该账户欠款合计" \
           f"{owed:,.2f}元" in flat
    # the financial statement, as typed, and what the plan leaves out of it, said
    for label, _category, amount in INCOME + EXPENSES:
        assert re.search(rf"{label}\s+{re.escape(amount)}\s*元", text), label
    for label, key in (("每月收入合计", "income"), ("每月必要支出合计", "expenses"),
                       ("每月结余", "left")):
        assert re.search(rf"{label}\s+{totals[key]:,.2f}\s*元", text), label
    assert (f"按还款方案每月还款{monthly:,.2f}元，比上表的每月结余{totals['left']:,.2f}元"
            f"少{kept:,.2f}元。") in flat
    # the creditors' shares add up to the budget entered; each as the plan has it
    assert sum(firsts.values()) == monthly
    assert f"按还款方案每月共还{monthly:,.2f}元" in flat
    for d in typed.values():
        owed_d = sum((d["balance"][k] for k in ("principal", "interest", "fees")), Decimal(0))
        assert re.search(rf"{d['creditor']}(（贵\S+）)?\s+{owed_d:,.2f}\s*元\s+\S+\s+"
                         rf"{firsts[d['ref']]:,.2f}\s*元", text), d["creditor"]
    # the offer: the plan's schedule for this debt, month by month
    rows = [m.groups() for line in text.splitlines() if (m := SCHEDULE_ROW.match(line))]
    assert [(int(n), date(int(y), int(mo), int(dd)), _amount(p), _amount(c))
            for n, y, mo, dd, p, c in rows] == [
        (i, r.date, r.payment, r.closing) for i, r in enumerate(paid, 1)]
    assert f"分{len(paid)}期还清上述欠款：每月还款{paid[0].payment:,.2f}元" in flat
    assert f"共还{sum(r.payment for r in paid):,.2f}元" in flat

    # every amount said is one of these, and nothing about savings that were never entered
    allowed = {owed, balance["principal"], balance["interest"], balance["fees"],
               estimate.total, estimate.accrued, monthly, kept, *totals.values(),
               sum(r.payment for r in paid), *firsts.values(),
               sum((sum(d["balance"][k] for k in ("principal", "interest", "fees"))
                    for d in typed.values()), Decimal(0)),
               *(_amount(a) for _l, _c, a in INCOME + EXPENSES),
               *(owed_d for owed_d in (sum((d["balance"][k] for k in
                                            ("principal", "interest", "fees")), Decimal(0))
                                       for d in typed.values())),
               *(r.payment for r in paid), *(r.closing for r in paid)}
    said = {_amount(a) for a in AMOUNT.findall(flat)}
    assert said and said <= allowed, sorted(said - allowed)
    for word in ("储蓄", "存款", "积蓄", "应急"):
        assert word not in flat, word
    # the evidence file was added but never checked: it is not claimed as enclosed
    words = TEXTS["zh"]
    assert words["enclosures_intro"] not in flat and words["enclosures_none"] in flat
