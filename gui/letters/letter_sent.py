"""A letter recorded as sent: an outgoing entry in the call log with the reply clock started,
and the PDF kept as evidence, both taken back by one undo."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.errors import DomainError
from gui.shared.context import Desk

translate = QCoreApplication.translate  # lupdate reads translate("LetterDialog", "…") calls


def record_letter_sent(parent: QWidget, desk: Desk, pdf: bytes, file_name: str, debt: str,
                       title: str, kind: str, reply_days: int) -> bool:
    """Records the letter and pushes its undo; False (said to the person) when it cannot."""
    from core.calllog import contacts
    from core.evidence.store import remove_evidence, restore_evidence
    from gui.shared.undo import CreatedCommand

    store = desk.store
    if store is None:
        return False
    try:
        contact_id, evidence_id, changes = contacts.record_letter_sent(
            store, pdf, file_name, debt, title, kind, reply_days=reply_days)
    except DomainError as error:
        QMessageBox.warning(parent, translate("LetterDialog", "Cannot record the letter"),
                            error.message)
        return False

    def delete() -> tuple[Any, Any]:
        contact, change = contacts.delete_contact(store, contact_id)
        if evidence_id is None:
            return (contact, None), change
        evidence, more = remove_evidence(store, evidence_id)
        return (contact, evidence), change | more

    def restore(snapshots: tuple[Any, Any]) -> Any:
        contact, evidence = snapshots
        change = restore_evidence(store, evidence) if evidence is not None else changes
        return change | contacts.restore_contact(store, contact)

    desk.push(CreatedCommand(translate("LetterDialog", "Record a letter sent"), delete,
                             restore, desk.notify), changes)
    return True
