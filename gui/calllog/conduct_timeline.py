"""The collector's calls by day and hour of day: one column per day of the last 30, 60 or 90,
the day's hours from top to bottom, the hours collectors may call shaded, and each contact
the checker found in breach of a rule drawn in red.

Painted with QPainter rather than matplotlib: it is a grid and some dots, and it shows at
once. Left and Right (Home, End) step from call to call, Enter or a double click selects
the call in the log; the call under the cursor or the keyboard is described below it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ALLOWED = QColor("#e3f2e1")
OUTSIDE = QColor("#f6ecec")
CALL = QColor("#1565c0")
BREACH = QColor("#c62828")
CURRENT = QColor("#ff8f00")


@dataclass(frozen=True, slots=True)
class Call:
    ref: str
    at: datetime  # in its own local time
    breached: bool
    text: str  # what is said of it when it is the current one


class CallClock(QWidget):
    """`set_calls` gives the calls and the allowed hours; `activated` names a call's ref."""

    activated = Signal(str)
    current_changed = Signal(str)  # the current call's text ("" when none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callClock")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.calls: list[Call] = []
        self.first = date.today()
        self.days = 30
        self.allowed: tuple[time, time] | None = None
        self.current = -1

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 380)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 240)

    def set_calls(self, calls: list[Call], last: date, days: int,
                  allowed: tuple[time, time] | None) -> None:
        """The calls of the `days` days up to `last`, oldest first; `allowed`: the first and
        last hour collectors may call, or None where no rule says."""
        self.first = last - timedelta(days=days - 1)
        self.days, self.allowed = days, allowed
        current = self.calls[self.current].ref if 0 <= self.current < len(self.calls) else None
        self.calls = sorted((c for c in calls if self.first <= c.at.date() <= last),
                            key=lambda c: c.at.replace(tzinfo=None))
        refs = [c.ref for c in self.calls]
        self._set_current(refs.index(current) if current in refs else -1, force=True)

    # --- geometry -----------------------------------------------------------------------
    def _plot(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        left = metrics.horizontalAdvance("00:00") + 10
        bottom = metrics.height() + 8
        return QRectF(left, 6, max(10, self.width() - left - 8),
                      max(10, self.height() - bottom - 6))

    def _y(self, plot: QRectF, hours: float) -> float:
        return plot.top() + plot.height() * hours / 24

    def _x(self, plot: QRectF, day: date) -> float:
        width = plot.width() / self.days
        return plot.left() + width * ((day - self.first).days + 0.5)

    def point(self, index: int) -> QPointF:
        plot = self._plot()
        at = self.calls[index].at
        return QPointF(self._x(plot, at.date()),
                       self._y(plot, at.hour + at.minute / 60 + at.second / 3600))

    # --- painting ---------------------------------------------------------------------------
    def paintEvent(self, _event: Any) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        painter.fillRect(plot, OUTSIDE if self.allowed else self.palette().base().color())
        if self.allowed:
            start, end = self.allowed
            top = self._y(plot, start.hour + start.minute / 60)
            bottom = self._y(plot, end.hour + end.minute / 60)
            painter.fillRect(QRectF(plot.left(), top, plot.width(), bottom - top), ALLOWED)
        grid = QPen(self.palette().mid().color(), 0.5)
        painter.setPen(grid)
        text = self.palette().text().color()
        metrics = QFontMetrics(self.font())
        for hour in range(0, 25, 3):
            y = self._y(plot, hour)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 5,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{hour:02d}:00")
        step = 7 if self.days > 14 else 1
        label_width = metrics.horizontalAdvance("00-00") + 6
        for offset in range(self.days - 1, -1, -step):  # labelled back from the last day
            day = self.first + timedelta(days=offset)
            x = self._x(plot, day)
            painter.setPen(grid)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text)
            left = min(x - label_width / 2, self.width() - label_width)  # never cut off
            painter.drawText(QRectF(left, plot.bottom() + 2, label_width, metrics.height() + 4),
                             Qt.AlignmentFlag.AlignCenter, day.strftime("%m-%d"))
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRect(plot)
        radius = max(3.0, min(6.0, plot.width() / self.days / 2.5))
        for index, call in enumerate(self.calls):
            colour = BREACH if call.breached else CALL
            painter.setPen(QPen(colour.darker(130), 1))
            painter.setBrush(colour)
            centre = self.point(index)
            if call.breached:  # a diamond: told apart without colour too
                painter.drawPolygon([centre + QPointF(0, -radius * 1.3),
                                     centre + QPointF(radius * 1.3, 0),
                                     centre + QPointF(0, radius * 1.3),
                                     centre + QPointF(-radius * 1.3, 0)])
            else:
                painter.drawEllipse(centre, radius, radius)
        if 0 <= self.current < len(self.calls):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(CURRENT, 2.5))
            painter.drawEllipse(self.point(self.current), radius + 4, radius + 4)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    # --- keyboard and mouse -------------------------------------------------------------------
    def _set_current(self, index: int, force: bool = False) -> None:
        if index == self.current and not force:
            return
        self.current = index
        self.current_changed.emit(self.calls[index].text if 0 <= index < len(self.calls)
                                  else "")
        self.update()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        key, last = event.key(), len(self.calls) - 1
        moves = {Qt.Key.Key_Left: self.current - 1, Qt.Key.Key_Right: self.current + 1,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: last}
        if key in moves and self.calls:
            if self.current < 0:
                moves[Qt.Key.Key_Left] = last  # nothing chosen yet: start from the newest
            self._set_current(min(max(moves[key], 0), last))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and 0 <= self.current < len(self.calls):
            self.activated.emit(self.calls[self.current].ref)
        else:
            super().keyPressEvent(event)

    def nearest(self, position: QPointF, reach: float = 12.0) -> int:
        """The call drawn nearest to `position`, within `reach` pixels; -1 if none."""
        best, found = reach * reach, -1
        for index in range(len(self.calls)):
            delta = self.point(index) - position
            distance = delta.x() ** 2 + delta.y() ** 2
            if distance <= best:
                best, found = distance, index
        return found

    def mouseMoveEvent(self, event: Any) -> None:  # noqa: N802
        index = self.nearest(event.position())
        self.setToolTip(self.calls[index].text if index >= 0 else "")

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802
        index = self.nearest(event.position())
        if index >= 0:
            self._set_current(index)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: Any) -> None:  # noqa: N802
        index = self.nearest(event.position())
        if index >= 0:
            self.activated.emit(self.calls[index].ref)
