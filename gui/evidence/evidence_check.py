"""Checking every evidence file against its SHA-256, off the GUI thread, and showing what was
found: a state per entry (the list's File column, a badge on the grid's thumbnails) and a
report of the problems.

The worker only calls core's `verify` and hands back its problems; the states live here, in
memory, until the next check (a file can be changed or lost between two starts of the app,
so an old "intact" is not carried over).
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui.shared.retranslate import fill
from gui.shared.table_model import ROW_ROLE

UNCHECKED, OK, CHANGED, MISSING = "unchecked", "ok", "changed", "missing"


def state_text(state: str) -> str:
    """The word in the list's File column (the column is the Records tab's, so its words
    are too)."""
    return {
        UNCHECKED: QCoreApplication.translate("RecordsTab", "kept"),
        OK: QCoreApplication.translate("RecordsTab", "intact"),
        CHANGED: QCoreApplication.translate("RecordsTab", "changed"),
        MISSING: QCoreApplication.translate("RecordsTab", "missing"),
    }[state]


def state_tooltip(state: str) -> str:
    return {
        UNCHECKED: QCoreApplication.translate(
            "EvidenceCheck", "Kept in your data folder; not checked since DebtDesk started. "
            "Verify all checks every file."),
        OK: QCoreApplication.translate(
            "EvidenceCheck", "Checked: the file is exactly as it was when it was added."),
        CHANGED: QCoreApplication.translate(
            "EvidenceCheck", "The file has changed since it was added (its SHA-256 no longer "
            "matches), so it no longer proves what it did. Find the original (a backup, the "
            "sender) and keep it safe."),
        MISSING: QCoreApplication.translate(
            "EvidenceCheck", "The file is not in your data folder. Add the original again to "
            "put it back; the entry's details are kept."),
    }[state]


_BADGES = {CHANGED: ("#c62828", "!"), MISSING: ("#ef6c00", "?"), OK: ("#2e7d32", "✓")}


def paint_badge(painter: QPainter, centre: QPointF, radius: float, state: str) -> None:
    """A coloured disc with a mark: red "!" changed, amber "?" missing, green tick intact."""
    badge = _BADGES.get(state)
    if badge is None:
        return
    colour, mark = badge
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("white"), max(1.0, radius / 6)))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(centre, radius, radius)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(round(radius * 1.3))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                     Qt.AlignmentFlag.AlignCenter, mark)
    painter.restore()


class Integrity:
    """What the last check found, by the file's SHA-256 (the name the store gives it)."""

    def __init__(self) -> None:
        self._states: dict[str, str] = {}
        self._badges: dict[str, QPixmap] = {}

    def state(self, row: Any) -> str:
        if not row.stored:
            return MISSING
        return self._states.get(row.data["sha256"], UNCHECKED)

    def record(self, rows: list[Any], problems: list[Any]) -> None:
        """Every entry that was checked is intact unless a problem names it."""
        found = {p.subject: p.kind for p in problems if p.kind in (CHANGED, MISSING)}
        self._states = {row.data["sha256"]: found.get(row.data["ref"], OK) for row in rows}

    def text(self, row: Any) -> str:
        return state_text(self.state(row))

    def tooltip(self, row: Any) -> str:
        return state_tooltip(self.state(row))

    def badge(self, row: Any) -> QPixmap | None:
        """The small badge beside the state in the list (none until a file is checked)."""
        state = self.state(row)
        if state not in _BADGES:
            return None
        if state not in self._badges:
            pixmap = QPixmap(16, 16)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            paint_badge(painter, QPointF(8, 8), 7, state)
            painter.end()
            self._badges[state] = pixmap
        return self._badges[state]


def report(rows: list[Any], problems: list[Any]) -> tuple[str, list[str], list[str]]:
    """What a person reads after a check: a summary, one line per problem naming the file,
    and notes that are not problems (files that belong to no entry)."""
    translate = QCoreApplication.translate
    entries = {row.data["ref"]: row.data for row in rows}
    lines: list[str] = []
    unreferenced = 0
    for problem in problems:
        data = entries.get(problem.subject)
        if problem.kind == "unreferenced":
            unreferenced += 1
        elif problem.kind in (CHANGED, MISSING) and data is not None:
            if problem.kind == CHANGED:
                line = translate("EvidenceCheck", "“%1” (%2, %3): the file has changed since it "
                                 "was added; its SHA-256 no longer matches.")
            else:
                line = translate("EvidenceCheck",
                                 "“%1” (%2, %3): the file is missing from your data folder.")
            lines.append(fill(line, data["title"] or data["name"], data["name"], data["ref"]))
        else:  # the database's own check, or an entry added after the check began
            lines.append(problem.message())
    if lines:
        summary = fill(translate("EvidenceCheck", "%1 problem(s) found in %2 evidence file(s)."),
                       len(lines), len(rows))
    else:
        summary = fill(translate("EvidenceCheck", "Checked %1 evidence file(s): all intact."),
                       len(rows))
    notes = []
    if unreferenced:
        notes.append(fill(translate(
            "EvidenceCheck", "%1 file(s) in your data folder belong to no entry (removed from "
            "the case, or left by an interrupted import). They do no harm."), unreferenced))
    return summary, lines, notes


class EvidenceCheck(QObject):
    """`core.evidence.verify.verify` in a thread, with progress and cancel."""

    progressed = Signal(int, int)  # files checked, files in all
    finished = Signal(object)  # list[Problem], or None when cancelled
    failed = Signal(str)

    def __init__(self, store: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._cancel = threading.Event()

    def start(self) -> None:
        threading.Thread(target=self._run, name="verify-evidence", daemon=True).start()

    def cancel(self) -> None:
        self._cancel.set()

    def _run(self) -> None:
        from core.evidence.verify import verify

        def progress(done: int, total: int) -> None:
            if self._cancel.is_set():
                raise _Stopped
            self.progressed.emit(done, total)

        try:
            problems = verify(self._store, progress)
        except _Stopped:
            self.finished.emit(None)
            return
        except Exception as error:  # noqa: BLE001 - a person sees why, the check ends
            self.failed.emit(str(error) or type(error).__name__)
            return
        self.finished.emit(problems)


class _Stopped(Exception):
    pass


class BadgeDelegate(QStyledItemDelegate):
    """Paints the grid's items as usual, then the entry's badge on the thumbnail's corner.

    Every item is one grid cell in size: measured from its content, an item measured while
    it still showed a small icon stayed small (the grid has uniform sizes, measured once)
    and its thumbnail and title were cut off when they arrived."""

    def __init__(self, state_of: Callable[[Any], str], item_size: QSize,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state_of = state_of
        self._item_size = item_size

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return self._item_size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        row = index.data(ROW_ROLE)
        state = self._state_of(row) if row is not None else UNCHECKED
        if state not in _BADGES or option.widget is None:
            return
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        area = option.widget.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemDecoration, view_option, option.widget)
        drawn = view_option.icon.actualSize(area.size())  # a small picture is not scaled up
        icon = QStyle.alignedRect(view_option.direction, view_option.decorationAlignment,
                                  drawn, area)
        radius = 11.0
        paint_badge(painter, QPointF(icon.right() - radius + 3, icon.top() + radius - 3),
                    radius, state)
