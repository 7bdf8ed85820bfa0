"""Every window and dialog can be used on a 1366×768 laptop with a taskbar (1366×728 left):
it opens no larger than the screen, and it can shrink that far. Sizes are Qt's logical
pixels, so the same holds for a 2732×1536 screen at 200 % (the suite passes with
QT_SCALE_FACTOR=2 as well)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize

from gui.shared.fit import FRAME, fitted

LAPTOP = QSize(1366, 728)  # 1366×768 less a 40-pixel taskbar


def test_a_large_window_is_fitted_to_the_screen() -> None:
    assert fitted(QSize(1100, 760), LAPTOP) == QSize(1100, 728 - FRAME.height())
    assert fitted(QSize(760, 900), LAPTOP) == QSize(760, 728 - FRAME.height())
    assert fitted(QSize(600, 400), LAPTOP) == QSize(600, 400)  # small ones stay as asked


def _dialogs(window):
    from core.case.situation import situation_document
    from core.debts.debts import debt_document, list_debts
    from gui.about_dialog import AboutDialog
    from gui.calllog.contact_dialog import ContactDialog, new_contact
    from gui.case.backup_dialog import BackupDialog
    from gui.case.protect_dialog import ProtectDialog
    from gui.case.recovery_sheet import RecoverySheetDialog
    from gui.case.situation_dialog import SituationDialog
    from gui.case.unlock_dialog import UnlockDialog
    from gui.debts.debt_dialog import DebtDialog
    from gui.debts.payment_dialogs import AgreementDialog, PaymentDialog, StatementDialog
    from gui.debts.timeline_dialog import TimelineDialog
    from gui.letters.brief_dialog import BriefDialog
    from gui.letters.letter_dialog import LetterDialog

    store = window.store
    debt = list_debts(store)[0]
    doc = debt_document(store, debt.id)
    choices = [("D1", "花呗")]
    payment = {"debt": "D1", "date": "2026-12-01", "amount": "", "method": "", "reference": "",
               "note": "", "evidence": []}
    draft = window.debts_tab.agreement_draft("D3")
    yield "debt", DebtDialog(window, doc)
    yield "situation", SituationDialog(situation_document(store), "CNY", window)
    yield "payment", PaymentDialog(payment, choices, [], store, window)
    yield "agreement", AgreementDialog(draft, "招商银行", [], store, window)
    yield "statement", StatementDialog(debt.data["balance"], "花呗", window)
    yield "contact", ContactDialog(new_contact("D1"), choices, [], store, window)
    yield "timeline", TimelineDialog(window, "D1", "花呗", window)
    yield "backup", BackupDialog([], window)
    yield "about", AboutDialog(window.data_dir, window)
    yield "letter", LetterDialog(window, "D3", window.plan_tab.current_plan_name(), window)
    yield "brief", BriefDialog(window, "D3", window)
    for mode in ("protect", "change", "unprotect"):
        yield mode, ProtectDialog(mode, window, "A note above the explanation, as after a "
                                  "recovery key opened the case.")
    yield "unlock", UnlockDialog(window.data_dir, window, "Locked after 15 minutes.")
    yield "recovery", RecoverySheetDialog("KDH7B-TC73W-MJA76-WBKYQ-K155H", "3F9A-1C2B", "zh",
                                          window)


def test_every_dialog_fits_a_laptop_screen(zh_window, qtbot) -> None:
    room = QSize(LAPTOP.width() - FRAME.width(), LAPTOP.height() - FRAME.height())
    too_big = []
    for name, dialog in _dialogs(zh_window):
        qtbot.addWidget(dialog)
        need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if need.width() > room.width() or need.height() > room.height():
            too_big.append(f"{name}: needs {need.width()}×{need.height()}")
        dialog.close()
    assert too_big == [], "\n".join(too_big)


@pytest.mark.parametrize("size", [QSize(1366, 728)])
def test_the_main_window_fits(window, size) -> None:
    need = window.minimumSizeHint()
    assert need.width() <= size.width() and need.height() <= size.height() - FRAME.height()


def test_dialogs_open_within_a_laptop_screen(zh_window, qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(QPoint(0, 0), LAPTOP))
    room = QSize(LAPTOP.width() - FRAME.width(), LAPTOP.height() - FRAME.height())
    for name, dialog in _dialogs(zh_window):
        qtbot.addWidget(dialog)
        size = dialog.size()
        assert size.width() <= room.width() and size.height() <= room.height(), (name, size)
        dialog.close()
