"""Collector conduct: the call log checked against the rules collectors must follow where the
person lives (core.debts.conduct_findings), shown three ways: the likely breaches, each with
the rule, its source and how firmly it binds, and the entries behind it; the collector's
calls by day and hour (conduct_timeline); and every rule checked, so a person can read what
protects them.

A window beside the call log, not a modal one: activating a breach selects its contact in
the log, and the view stays open. The Call log tab opens it (conduct_button).
"""
from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.calllog.conduct_rules import BINDING, CONVENTION, HOURS, RULES
from core.changes import Change
from gui.calllog.conduct_timeline import Call, CallClock
from gui.case.country_field import country_name
from gui.shared import labels
from gui.shared.fit import fit_on_screen
from gui.shared.refresh import RefreshWhenShown
from gui.shared.retranslate import Retranslating, fill

RANGES = (30, 60, 90)  # the days the calls by hour can show


def when(at: Any) -> str:
    """A contact's date and time as it was logged: the local time where it happened."""
    return at.strftime("%Y-%m-%d %H:%M")


class ConductDialog(Retranslating, RefreshWhenShown, QDialog):
    watches = (Change.CONTACTS | Change.DEBTS | Change.CASE | Change.AGREEMENTS
               | Change.PAYMENTS)
    contact_requested = Signal(str)  # a contact's ref, to select in the call log

    def __init__(self, desk: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conductDialog")
        self._desk = desk
        self.today: Callable[[], date] = date.today
        self.findings: Any = None
        self.shown: list[Any] = []  # the breaches listed, as filtered
        self._contacts: dict[str, Any] = {}
        self._creditors: dict[str, str] = {}
        self._chosen = False  # from the currency, or chosen in the situation

        self.country = QLabel(self)
        self.country.setObjectName("conductCountry")
        self.country.setWordWrap(True)
        self.scam = QLabel(self)
        self.scam.setObjectName("conductScamWarning")
        self.scam.setWordWrap(True)
        self.scam.setStyleSheet("QLabel { background: #fff3e0; color: #6d3b00; "
                                "border: 1px solid #e0a060; padding: 6px; }")
        self.debt_label = QLabel(self)
        self.debt_filter = QComboBox(self)
        self.debt_filter.setObjectName("conductDebtFilter")
        self.debt_label.setBuddy(self.debt_filter)
        self.debt_filter.currentIndexChanged.connect(lambda _i: self.show_findings())
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.debt_label)
        filter_row.addWidget(self.debt_filter, 1)
        filter_row.addStretch(1)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("breachesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)  # what happened is read whole
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)  # a few dozen rows at most
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.table.activated.connect(lambda index: self.activate(index.row()))
        self.table.doubleClicked.connect(lambda index: self.activate(index.row()))
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("breachDetail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(lambda url: self.contact_requested.emit(url.path()))
        self.empty = QLabel(self)
        self.empty.setObjectName("noBreaches")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.split = split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([300, 200])
        breaches = QWidget(self)
        page = QVBoxLayout(breaches)
        page.addWidget(split, 1)
        page.addWidget(self.empty, 1)

        clock_page = QWidget(self)
        self.range_label = QLabel(clock_page)
        self.range = QComboBox(clock_page)
        self.range.setObjectName("clockRange")
        self.range_label.setBuddy(self.range)
        self.range.currentIndexChanged.connect(lambda _i: self.show_clock())
        self.legend = QLabel(clock_page)
        self.legend.setObjectName("clockLegend")
        self.legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.range_label)
        top.addWidget(self.range)
        top.addWidget(self.legend, 1)
        self.clock = CallClock(clock_page)
        self.clock.activated.connect(self.contact_requested)
        self.clock_text = QLabel(clock_page)
        self.clock_text.setObjectName("clockText")
        self.clock_text.setWordWrap(True)
        self.clock.current_changed.connect(self.clock_text.setText)
        column = QVBoxLayout(clock_page)
        column.addLayout(top)
        column.addWidget(self.clock, 1)
        column.addWidget(self.clock_text)

        self.rules = QTextBrowser(self)
        self.rules.setObjectName("conductRules")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(breaches, "")
        self.tabs.addTab(clock_page, "")
        self.tabs.addTab(self.rules, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.country)
        layout.addWidget(self.scam)
        layout.addLayout(filter_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit_on_screen(self, 1100, 700)

    # --- words ---------------------------------------------------------------------------
    def standing(self, standing: str, short: bool = False) -> str:
        """How firmly a rule binds: in a word for the list, in a sentence for its detail."""
        if standing == BINDING:
            return self.tr("Binding") if short else self.tr(
                "Binding: law or the regulator's rules")
        if standing == CONVENTION:
            return self.tr("Industry convention") if short else self.tr(
                "Industry convention its members signed")
        return self.tr("Reported") if short else self.tr("Reported rule, judge for yourself")

    def source(self, rule: Any) -> str:
        source = rule.source
        article = source.article or self.tr("article not confirmed")
        return fill(self.tr("%1, %2; in force since %3"), source.title, article,
                    source.in_force)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Collector conduct"))
        self.debt_label.setText(self.tr("&Debt:"))
        self.range_label.setText(self.tr("Sho&w:"))
        for index, text in enumerate((self.tr("Likely breaches"), self.tr("Calls by hour"),
                                      self.tr("The rules we check"))):
            self.tabs.setTabText(index, text)
        self.table.setHorizontalHeaderLabels([
            self.tr("When (local time)"), self.tr("Creditor"), self.tr("Rule"),
            self.tr("What happened"), self.tr("Standing")])
        current = self.range.currentData() or RANGES[0]
        self.range.blockSignals(True)
        self.range.clear()
        for days in RANGES:
            self.range.addItem(fill(self.tr("the last %1 days"), days), days)
        self.range.setCurrentIndex(max(0, self.range.findData(current)))
        self.range.blockSignals(False)
        self._fill_debts()
        if self.findings is not None:
            self.show_findings()

    # --- data ----------------------------------------------------------------------------
    def refresh(self, changes: Change = Change.ALL) -> None:
        """Read the findings again: everything they show rests on the whole log."""
        from core.calllog.contacts import list_contacts
        from core.case.situation import situation_data
        from core.debts.conduct_findings import read_findings
        from core.debts.debts import creditors

        store = self._desk.store
        if store is None:
            return
        self.findings = read_findings(store, self.today())
        self._chosen = situation_data(store)["country"] is not None
        self._contacts = {row.data["ref"]: row for row in list_contacts(store)}
        self._creditors = dict(creditors(store))
        self._fill_debts()
        self.show_findings()

    def _fill_debts(self) -> None:
        current = self.debt_filter.currentData()
        self.debt_filter.blockSignals(True)
        self.debt_filter.clear()
        self.debt_filter.addItem(self.tr("All debts"), None)
        counts = self.findings.per_debt if self.findings is not None else {}
        for ref, creditor in self._creditors.items():
            self.debt_filter.addItem(fill(self.tr("%1 (%2)"), creditor, counts.get(ref, 0)),
                                     ref)
        self.debt_filter.setCurrentIndex(max(0, self.debt_filter.findData(current)))
        self.debt_filter.blockSignals(False)

    def open_for(self, debt: str | None = None) -> None:
        """Show the view, its breaches limited to `debt` (None: all)."""
        if self.findings is None:
            self.refresh()  # later changes come through `on_changed` (when shown)
        self.debt_filter.setCurrentIndex(max(0, self.debt_filter.findData(debt)))
        self.tabs.setCurrentIndex(0)
        self.show()
        self.raise_()
        self.activateWindow()
        self.table.setFocus()

    def creditor_text(self, debts: Any) -> str:
        return "、".join(self._creditors.get(ref, ref) for ref in debts)

    def show_findings(self) -> None:
        findings = self.findings
        if findings is None:
            return
        debt = self.debt_filter.currentData()
        before = self.current_breach()
        self.shown = [b for b in findings.breaches if debt is None or debt in b.debts]
        self.country.setText(self._country_text())
        warnings = [w for w in findings.warnings if debt is None or debt in w.debts]
        self.scam.setText(warnings[0].describe() if warnings else "")
        self.scam.setVisible(bool(warnings))
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.shown))
        for row, breach in enumerate(self.shown):
            cells = (when(breach.at), self.creditor_text(breach.debts),
                     breach.rule.title.of(i18n.language()), breach.describe(),
                     self.standing(breach.rule.standing, short=True))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        for column, width in enumerate((125, 140, 210)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnWidth(4, 140)
        has = bool(self.shown)
        self.split.setVisible(has)
        self.empty.setVisible(not has)
        self.empty.setText(self._empty_text())
        self.tabs.setTabText(0, fill(self.tr("Likely breaches (%1)"), len(self.shown)))
        if has:  # the breach in view stays in view when the log changes elsewhere
            keys = [(b.rule.id, b.contact) for b in self.shown]
            key = (before.rule.id, before.contact) if before is not None else None
            self.table.selectRow(keys.index(key) if key in keys else 0)
        self.show_rules()
        self.show_clock()

    def _country_text(self) -> str:
        country = self.findings.country
        change = self.tr("To change the country: File ▸ Your situation… ▸ About you.")
        if country is None:
            return self.tr("No country is set for this case and its currency names none, so "
                           "no collector rules are checked.") + " " + change
        if not RULES.get(country):
            return fill(self.tr("DebtDesk knows no collector rules for %1 yet, so nothing "
                                "is checked."), country_name(country)) + " " + change
        how = (self.tr("Rules checked: those of %1, the country set in your situation.")
               if self._chosen else
               self.tr("Rules checked: those of %1, taken from the case's currency."))
        return fill(how, country_name(country)) + " " + change

    def _empty_text(self) -> str:
        if self.findings.country is None or not RULES.get(self.findings.country):
            return self.tr("No rules to check the call log against.")
        return self.tr(
            "No likely breaches in the call log. Log the calls you receive and mark how the "
            "caller behaved: late calls, repeated calls, threats or calls to your family "
            "are then found here.")

    # --- one breach ------------------------------------------------------------------------
    def current_breach(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows and rows[0].row() < len(self.shown) else None

    def _entry_text(self, ref: str) -> str:
        row = self._contacts.get(ref)
        if row is None:
            return html.escape(ref)
        data = row.data
        parts = [when(data["at"]), labels.channel(data["channel"]),
                 labels.direction(data["direction"]), "、".join(row.creditors),
                 " ".join(data["summary"].split())[:120]]
        text = " · ".join(p for p in parts if p)
        return f"<a href='contact:{html.escape(ref)}'>{html.escape(text)}</a>"

    def _show_detail(self) -> None:
        breach = self.current_breach()
        if breach is None:
            self.detail.clear()
            return
        rule, language = breach.rule, i18n.language()
        entries = "".join(f"<li>{self._entry_text(ref)}</li>" for ref in breach.contacts)
        related = "".join(f"<li>{self._entry_text(ref)}</li>" for ref in breach.related)
        parts = [f"<h3>{html.escape(rule.title.of(language))}</h3>",
                 f"<p><b>{html.escape(self.standing(rule.standing))}</b></p>",
                 f"<p>{html.escape(breach.describe())}</p>",
                 f"<p>{html.escape(rule.explanation.of(language))}</p>",
                 "<p>" + html.escape(fill(self.tr("Source: %1"), self.source(rule))) + "</p>",
                 f"<p>{html.escape(self.tr('The entries behind it:'))}</p><ul>{entries}</ul>"]
        if related:
            parts.append(f"<p>{html.escape(self.tr('It rests on:'))}</p><ul>{related}</ul>")
        parts.append("<p><i>" + html.escape(self.tr(
            "Press Enter or double-click the breach, or click an entry, to find it in the "
            "call log.")) + "</i></p>")
        self.detail.setHtml("".join(parts))

    def activate(self, row: int) -> None:
        if 0 <= row < len(self.shown):
            self.contact_requested.emit(self.shown[row].contact)

    # --- the rules and the calls by hour -----------------------------------------------------
    def show_rules(self) -> None:
        language = i18n.language()
        rules = RULES.get(self.findings.country or "", ())
        if not rules:
            self.rules.setHtml(f"<p>{html.escape(self._country_text())}</p>")
            return
        parts = [f"<p>{html.escape(self._country_text())}</p>"]
        for rule in rules:
            kinds = "、".join(labels.debt_kind(kind) for kind in rule.kinds)
            parts += [f"<h3>{html.escape(rule.title.of(language))}</h3>",
                      f"<p><b>{html.escape(self.standing(rule.standing))}</b></p>",
                      f"<p>{html.escape(rule.explanation.of(language))}</p>",
                      "<p>" + html.escape(fill(self.tr("Source: %1"), self.source(rule)))
                      + "</p>"]
            if kinds:
                parts.append("<p>" + html.escape(fill(self.tr("Applies to: %1"), kinds))
                             + "</p>")
        self.rules.setHtml("".join(parts))

    def show_clock(self) -> None:
        if self.findings is None:
            return
        debt = self.debt_filter.currentData()
        language = i18n.language()
        broken: dict[str, list[str]] = {}
        for breach in self.shown:
            broken.setdefault(breach.contact, []).append(breach.rule.title.of(language))
        calls = []
        for ref, row in self._contacts.items():
            data = row.data
            if data["direction"] != "incoming" or data["channel"] == "letter" \
                    or (debt is not None and debt not in data["debts"]):
                continue
            text = " · ".join(p for p in (when(data["at"]), "、".join(row.creditors),
                                          labels.channel(data["channel"])) if p)
            if ref in broken:
                text += " — " + fill(self.tr("breaks: %1"), "；".join(broken[ref]))
            calls.append(Call(ref, data["at"], ref in broken, text))
        hours = [r for r in RULES.get(self.findings.country or "", ()) if r.check == HOURS]
        allowed = (hours[0].earliest, hours[0].latest) if hours else None
        self.clock.set_calls(calls, self.today(), self.range.currentData() or RANGES[0],
                             allowed)
        if allowed is not None:
            self.legend.setText(fill(self.tr(
                "Green: %1–%2, the hours of “%3”. Red diamonds: calls that break a rule; "
                "blue dots: the other calls you received. ←/→ step through them."),
                allowed[0].strftime("%H:%M"), allowed[1].strftime("%H:%M"),
                hours[0].title.of(language)))
            if hours[0].kinds:  # the Chinese hours bind online lenders only
                kinds = "、".join(labels.debt_kind(kind) for kind in hours[0].kinds)
                self.legend.setText(self.legend.text() + " "
                                    + fill(self.tr("Applies to: %1"), kinds))
        else:
            self.legend.setText(self.tr(
                "No calling hours are known for this country. Red diamonds: calls that break "
                "a rule; blue dots: the other calls you received."))
