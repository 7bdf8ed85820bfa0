"""Log a call (or a chat, a letter, a visit): when, with whom, what was said, what was offered,
what happens next, and the recordings or screenshots that back it.

Built for the keyboard: it opens at "now" on the debt in view, Tab walks the fields (the
summary box passes Tab on), and Enter in any one-line field saves.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.casefile_spec import CHANNELS, DIRECTIONS, OUTCOMES
from core.errors import DomainError
from gui.shared import labels
from gui.shared.date_field import DateTimeField
from gui.shared.fit import fit_on_screen
from gui.shared.forms import (
    INVALID_STYLE,
    checked_refs,
    date_edit,
    error_label,
    fill_combo,
    from_qdate,
    line,
    mark_invalid,
    money_text,
    ok_cancel,
    ref_checklist,
    select_code,
    to_qdate,
)


class ContactDialog(QDialog):
    def __init__(self, document: dict[str, Any], debts: list[tuple[str, str]],
                 evidence: list[tuple[str, str]], store: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setStyleSheet(INVALID_STYLE)
        self._original = document
        self._zone = None  # an edited entry keeps the UTC offset it was logged with
        self.setWindowTitle(self.tr("Edit the call") if document.get("ref")
                            else self.tr("Log a call"))

        self.when = DateTimeField(self)  # a moment typed whole, or picked
        self.when.setObjectName("contactWhen")
        at = document.get("at")
        if at:
            moment = datetime.fromisoformat(at)
            self._zone = moment.tzinfo
            self.when.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day),
                                            QTime(moment.hour, moment.minute)))
        else:
            self.when.setDateTime(QDateTime.currentDateTime())
        self.debts = ref_checklist(self, debts, document.get("debts") or [])
        self.debts.setObjectName("contactDebts")
        self.channel = QComboBox(self)
        self.channel.setObjectName("contactChannel")
        fill_combo(self.channel, CHANNELS, labels.channel)
        select_code(self.channel, document.get("channel") or "phone")
        self.direction = QComboBox(self)
        fill_combo(self.direction, DIRECTIONS, labels.direction)
        select_code(self.direction, document.get("direction") or "outgoing")
        self.agent = line(self, self.tr("Name and staff number (工号), e.g. 王女士 80231"))
        self.agent.setObjectName("contactAgent")
        self.agent.setText(document.get("agent") or "")
        self.summary = QPlainTextEdit(document.get("summary") or "", self)
        self.summary.setObjectName("contactSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(130)
        self.summary.setPlaceholderText(self.tr(
            "What was said: what you explained, what they asked for, what they promised."))
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("contactOutcome")
        fill_combo(self.outcome, OUTCOMES, labels.outcome)
        select_code(self.outcome, document.get("outcome") or "information")

        offer = document.get("offer") or {}
        self.offer_kind = QComboBox(self)
        self.offer_kind.setObjectName("contactOfferKind")
        self.offer_kind.addItem(self.tr("No offer"), "none")
        self.offer_kind.addItem(self.tr("Monthly payments"), "monthly")
        self.offer_kind.addItem(self.tr("A lump sum"), "lump_sum")
        self.monthly = line(self, self.tr("per month"))
        self.monthly.setObjectName("contactOfferMonthly")
        self.monthly.setText(offer.get("monthly") or "")
        self.months = QSpinBox(self)
        self.months.setRange(1, 600)
        self.months.setSuffix(self.tr(" months"))
        self.months.setValue(int(offer.get("months") or 12))
        self.lump = line(self, self.tr("amount"))
        self.lump.setText(offer.get("lump_sum") or "")
        self.offer_note = line(self, self.tr("e.g. interest frozen, fees waived"))
        self.offer_note.setText(offer.get("note") or "")
        kind = "none"
        if offer:
            kind = "lump_sum" if offer.get("lump_sum") and not offer.get("monthly") else "monthly"
        select_code(self.offer_kind, kind)
        offer_row = QHBoxLayout()
        for widget in (self.offer_kind, self.monthly, self.months, self.lump):
            offer_row.addWidget(widget)
        self.offer_kind.currentIndexChanged.connect(self._offer_shown)

        self.has_follow_up = QCheckBox(self.tr("by"), self)
        self.has_follow_up.setObjectName("contactHasFollowUp")
        self.follow_up = date_edit(self)
        self.follow_up.setObjectName("contactFollowUp")
        due = document.get("follow_up")
        self.has_follow_up.setChecked(due is not None)
        self.follow_up.setDate(to_qdate(due) if due else
                               QDate.currentDate().addDays(3))
        self.follow_up.setEnabled(due is not None)
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        self.follow_up_done = QCheckBox(self.tr("done"), self)
        self.follow_up_done.setChecked(bool(document.get("follow_up_done")))
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.has_follow_up)
        follow_row.addWidget(self.follow_up, 1)
        follow_row.addWidget(self.follow_up_done)

        from gui.calllog.conduct_fields import ConductFields

        self.conduct = ConductFields(document, self)
        self.direction.currentIndexChanged.connect(
            lambda: self.conduct.direction_changed(self.direction.currentData()))
        self.summary.textChanged.connect(
            lambda: self.conduct.summary_changed(self.summary.toPlainText()))
        self.conduct.summary_changed(self.summary.toPlainText())

        from gui.evidence.evidence_picker import EvidencePicker

        self.evidence = EvidencePicker(evidence, document.get("evidence") or [], store,
                                       "correspondence", lambda: checked_refs(self.debts), self)
        self.evidence.setObjectName("contactEvidence")
        form = QFormLayout()
        form.addRow(self.tr("&When"), self.when)
        form.addRow(self.tr("&Creditor"), self.debts)
        form.addRow(self.tr("C&hannel"), self.channel)
        form.addRow(self.tr("&Direction"), self.direction)
        form.addRow(self.tr("&Spoke with"), self.agent)
        form.addRow(self.tr("S&ummary"), self.summary)
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.conduct)
        form.addRow(self._buddy(self.tr("O&ffer"), self.offer_kind), offer_row)
        form.addRow(self.tr("Offer &note"), self.offer_note)
        form.addRow(self._buddy(self.tr("&Follow up"), self.has_follow_up), follow_row)
        form.addRow(self._buddy(self.tr("&Evidence"), self.evidence.list), self.evidence)
        self.error = error_label(self)
        self.buttons = ok_cancel(self)
        # The form scrolls when the screen is short (a received call with the conduct part
        # open is taller than a 1366×768 laptop leaves); the buttons stay in view.
        page = QWidget(self)
        page.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setObjectName("contactScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._offer_shown()
        self.debts.setMaximumHeight(96)
        fit_on_screen(self, 620, 720)
        self.summary.setFocus() if document.get("debts") else self.debts.setFocus()

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        """A row label whose shortcut key jumps to `widget` (a row holding a layout gets no
        buddy by itself, and its & would show)."""
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _offer_shown(self) -> None:
        kind = self.offer_kind.currentData()
        self.monthly.setVisible(kind == "monthly")
        self.months.setVisible(kind == "monthly")
        self.lump.setVisible(kind == "lump_sum")
        self.offer_note.setEnabled(kind != "none")

    def document(self) -> dict[str, Any]:
        typed = self.when.dateTime().toPython()
        assert isinstance(typed, datetime)  # the stubs say object; a QDateTime gives a datetime
        moment = typed.replace(second=0, microsecond=0)
        moment = moment.replace(tzinfo=self._zone) if self._zone else moment.astimezone()
        # text that is no moment is handed on as typed, so the check names it
        at = moment.isoformat() if self.when.is_valid() else self.when.typed_text()
        kind = self.offer_kind.currentData()
        offer = None
        if kind != "none":
            offer = {"monthly": money_text(self.monthly.text()) if kind == "monthly" else None,
                     "months": self.months.value() if kind == "monthly" else None,
                     "lump_sum": money_text(self.lump.text()) if kind == "lump_sum" else None,
                     "note": self.offer_note.text().strip()}
        follow = from_qdate(self.follow_up) if self.has_follow_up.isChecked() else None
        return {**self._original, "debts": checked_refs(self.debts),
                "at": at, "channel": self.channel.currentData(),
                "direction": self.direction.currentData(), "agent": self.agent.text().strip(),
                "summary": self.summary.toPlainText().strip(),
                "outcome": self.outcome.currentData(), "offer": offer, "follow_up": follow,
                "follow_up_done": self.follow_up_done.isChecked() and follow is not None,
                "evidence": self.evidence.refs(), **self.conduct.values()}

    def validate(self) -> bool:
        from core.calllog.contacts import validate_contact

        try:
            validate_contact(self.document())
        except DomainError as error:
            self.error.setText(error.message)
            fields = {"debts": self.debts, "agent": self.agent, "summary": self.summary,
                      "caller": self.conduct.caller,
                      "offer": self.monthly if self.offer_kind.currentData() == "monthly"
                      else self.lump, "at": self.when}
            bad = fields.get(str(error.path[0])) if error.path else None
            mark_invalid(list(fields.values()), bad)
            if bad is not None:
                bad.setFocus()
            return False
        self.error.clear()
        mark_invalid([self.debts, self.agent, self.summary, self.monthly, self.lump,
                      self.when], None)
        return True

    def accept(self) -> None:
        if self.evidence.busy:
            self.error.setText(self.tr("Wait until the files are attached."))
            return
        if self.validate():
            super().accept()

    def done(self, result: int) -> None:
        self.evidence.cancel()
        super().done(result)


def new_contact(debt: str | None) -> dict[str, Any]:
    """A fresh entry: now, the debt in view, an outgoing phone call, no follow-up yet."""
    return {"debts": [debt] if debt else [], "at": None, "channel": "phone",
            "direction": "outgoing", "agent": "", "summary": "", "outcome": "information",
            "offer": None, "follow_up": None, "follow_up_done": False, "evidence": [],
            "caller": "", "caller_kind": None, "conduct": []}
