"""Every date field of every dialog takes a full date typed over the old one, in each of the
forms people write it, and the dialog saves the date it shows.

The dialogs are found the way a new one would be: every module of the window that makes a
date field must have its dialog here (`test_every_dialog_with_a_date_field_is_covered`)."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from gui.shared.date_field import DateField, DateTimeField
from tests.conftest import ROOT
from tests.gui.shared.test_date_field import _type

TYPED = ["2031-03-07", "2031/03/07", "2031.03.07", "2031年3月7日", "20310307"]
AT = " 14:30"  # a moment field takes the date with a time after it
TODAY = date(2026, 12, 3)

# Modules that make a date field outside a dialog, and why they are not here.
NOT_DIALOGS = {
    "gui/shared/forms.py": "makes the field for everyone",
    "gui/shared/date_field.py": "the field itself (tests/gui/shared/test_date_field.py)",
    "gui/calllog/log_filters.py": "the call log's from/to filter: a search, never saved",
}


# --- each dialog, made on the sample case, with how it saves -------------------------------

def _ids(store: Any) -> dict[str, Any]:
    from core.calllog.contacts import list_contacts
    from core.debts.debts import creditors, list_debts
    from core.debts.payments import payments_of
    from core.plans.plans import list_plans

    return {"debt": next(d.id for d in list_debts(store) if d.data["ref"] == "D3"),
            "payment": payments_of(store)[0][0], "contact": list_contacts(store)[0].id,
            "plan": list_plans(store)[0].id, "creditors": creditors(store)}


def _debt(store: Any, _tmp: Path) -> tuple[QWidget, Callable[[], list[str]]]:
    from core.debts import debts
    from gui.debts.debt_dialog import DebtDialog

    debt_id = _ids(store)["debt"]
    dialog = DebtDialog(None, debts.debt_document(store, debt_id))
    dialog.is_overdue.setChecked(True)

    def save() -> list[str]:
        debts.update_debt(store, debt_id, dialog.document())
        saved = debts.debt_document(store, debt_id)
        return [saved["balance"]["as_of"], saved["overdue_since"]]
    return dialog, save


def _payment(store: Any, _tmp: Path) -> tuple[QWidget, Callable[[], list[str]]]:
    from core.debts import payments
    from gui.debts.payment_dialogs import PaymentDialog

    ids = _ids(store)
    dialog = PaymentDialog(payments.payment_document(store, ids["payment"]), ids["creditors"],
                           [], store)

    def save() -> list[str]:
        payments.update_payment(store, ids["payment"], dialog.document())
        return [payments.payment_document(store, ids["payment"])["date"]]
    return dialog, save


def _agreement(store: Any, _tmp: Path) -> tuple[QWidget, Callable[[], list[str]]]:
    from core.debts import agreements
    from gui.debts.payment_dialogs import AgreementDialog

    dialog = AgreementDialog(agreements.agreement_draft(store, "D3", TODAY), "招商银行", [],
                             store)

    def save() -> list[str]:
        agreements.record_agreement(store, dialog.document())
        return [_agreed_on(store)]
    return dialog, save


def _agreed_on(store: Any) -> str:
    from core.case.casefile import export_document

    [agreement] = export_document(store)["agreements"]
    return str(agreement["agreed_on"])


def _statement(store: Any, _tmp: Path) -> tuple[QWidget, Callable[[], list[str]]]:
    from core.debts import debts, payments
    from gui.debts.payment_dialogs import StatementDialog

    debt_id = _ids(store)["debt"]
    balance = next(d.data["balance"] for d in debts.list_debts(store) if d.id == debt_id)
    dialog = StatementDialog(balance, "招商银行")

    def save() -> list[str]:
        payments.update_from_statement(store, "D3", dialog.document(), TODAY)
        return [debts.debt_document(store, debt_id)["balance"]["as_of"]]
    return dialog, save


def _evidence(store: Any, tmp: Path) -> tuple[QWidget, Callable[[], list[str]]]:
    from PySide6.QtGui import QColor, QImage

    from core.evidence import store as evidence
    from gui.evidence.evidence_dialog import EvidenceDialog

    scan = tmp / "收入证明.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(scan))
    evidence.add_file(store, scan, "income_proof")
    entry_id = evidence.list_evidence(store)[0].id
    dialog = EvidenceDialog(evidence.evidence_document(store, entry_id), _ids(store)["creditors"])
    dialog.has_date.setChecked(True)

    def save() -> list[str]:
        evidence.update_evidence(store, entry_id, dialog.document())
        return [str(evidence.evidence_document(store, entry_id)["document_date"])]
    return dialog, save


def _contact(store: Any, _tmp: Path) -> tuple[QWidget, Callable[[], list[str]]]:
    from core.calllog import contacts
    from gui.calllog.contact_dialog import ContactDialog

    ids = _ids(store)
    dialog = ContactDialog(contacts.contact_document(store, ids["contact"]), ids["creditors"],
                           [], store)
    dialog.has_follow_up.setChecked(True)

    def save() -> list[str]:
        contacts.update_contact(store, ids["contact"], dialog.document())
        saved = contacts.contact_document(store, ids["contact"])
        return [saved["at"][:16], saved["follow_up"]]
    return dialog, save


def _situation(store: Any, _tmp: Path) -> tuple[QWidget, Callable[[], list[str]]]:
    from core.case import situation
    from gui.case.situation_dialog import SituationDialog

    dialog = SituationDialog(situation.situation_document(store))
    dialog.has_since.setChecked(True)

    def save() -> list[str]:
        situation.save_situation(store, dialog.document())
        return [situation.situation_document(store)["hardship"]["since"]]
    return dialog, save


def _plan(store: Any, _tmp: Path) -> tuple[QWidget, Callable[[], list[str]]]:
    from core.plans import plans
    from gui.plans.plan_editor import PlanEditor

    ids = _ids(store)
    editor = PlanEditor()
    editor.load(plans.plan_document(store, ids["plan"]), ids["creditors"])

    def save() -> list[str]:
        plans.save_plan(store, editor.document(), ids["plan"])
        return [plans.plan_document(store, ids["plan"])["start"]]
    return editor, save


DIALOGS: dict[str, Callable[[Any, Path], tuple[QWidget, Callable[[], list[str]]]]] = {
    "debt": _debt, "payment": _payment, "agreement": _agreement, "statement": _statement,
    "evidence": _evidence, "contact": _contact, "situation": _situation, "plan": _plan}


# --- typing -------------------------------------------------------------------------------

def _in_front(field: QWidget) -> None:
    """Bring the tab page that holds `field` to the front, as a person clicks its tab."""
    inside: list[QWidget] = [field]
    parent = field.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            index = max(parent.indexOf(widget) for widget in inside)  # a page holds it
            if index >= 0:
                parent.setCurrentIndex(index)
        inside.append(parent)
        parent = parent.parentWidget()


def _type_whole(qtbot, field: DateField, text: str) -> None:
    """Select all that is in the field, type `text` over it, and leave with Tab."""
    _in_front(field)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    _type(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def _reached(field: DateField) -> str:
    if isinstance(field, DateTimeField):
        return field.dateTime().toString("yyyy-MM-dd HH:mm")
    return field.date().toString("yyyy-MM-dd")


def _open(qtbot, zh_store, tmp_path: Path, kind: str) -> tuple[QWidget, Any, list[DateField]]:
    widget, save = DIALOGS[kind](zh_store, tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    fields = widget.findChildren(DateField)
    assert fields, f"the {kind} dialog has no date field"
    return widget, save, fields


@pytest.mark.parametrize("kind", sorted(DIALOGS))
def test_each_form_of_a_full_date_is_taken_whole_in_every_field(qtbot, zh_store, tmp_path,
                                                                 kind: str) -> None:
    _widget, _save, fields = _open(qtbot, zh_store, tmp_path, kind)
    for field in fields:
        assert field.isEnabled(), f"{kind}: {field.objectName()} left disabled"
        moment = isinstance(field, DateTimeField)
        for text in TYPED:
            _type_whole(qtbot, field, text + AT if moment else text)
            want = "2031-03-07 14:30" if moment else "2031-03-07"
            assert (_reached(field), field.text()) == (want, want), f"{kind}: typed {text}"
            assert field.is_valid()


@pytest.mark.parametrize("kind", sorted(DIALOGS))
def test_the_date_typed_is_the_date_saved(qtbot, zh_store, tmp_path, kind: str) -> None:
    _widget, save, fields = _open(qtbot, zh_store, tmp_path, kind)
    for field in fields:  # the last form in the list, the one most often mistyped
        _type_whole(qtbot, field, TYPED[-1] + (AT if isinstance(field, DateTimeField) else ""))
    saved = save()
    assert saved and all(value in ("2031-03-07", "2031-03-07T14:30") for value in saved), saved


def test_every_dialog_with_a_date_field_is_covered(qtbot, zh_store, tmp_path) -> None:
    makers = re.compile(r"\b(date_edit|DateField|DateTimeField)\(")
    making = {str(path.relative_to(ROOT)) for path in (ROOT / "gui").rglob("*.py")
              if makers.search(path.read_text(encoding="utf-8"))}
    covered = set()
    for make in DIALOGS.values():
        widget, _save = make(zh_store, tmp_path)
        qtbot.addWidget(widget)
        covered.add(type(widget).__module__.replace(".", "/") + ".py")
    assert making - set(NOT_DIALOGS) == covered
