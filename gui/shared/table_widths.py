"""A table's columns keep the widths a person gives them, between runs, and a cell or header
whose text is cut off shows it whole in a tooltip.

Only what the person does is kept: a column dragged wider or narrower, or double-clicked
at its edge to fit. The widths the tables fit to their texts on every reload leave a kept
column alone (`kept_columns`), and a stretched column is never kept, since the view sizes
it. The widths live in QSettings under `tables/<name>/widths`, as the window's geometry does
(gui/window_state.py)."""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QTreeView

PADDING = 12  # the cell's margins around its text, as the styles draw them


def header_of(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    raise TypeError(f"no column header on {type(view).__name__}")


def kept_columns(view: QAbstractItemView) -> set[int]:
    """The columns whose width the person set: fitting to the texts passes them by."""
    memory = getattr(view, "column_widths", None)
    return set(memory.kept) if isinstance(memory, ColumnWidths) else set()


class ColumnWidths(QObject):
    """Remembers the widths of `view`'s columns under `name` and puts them back at once."""

    def __init__(self, view: QAbstractItemView, name: str) -> None:
        super().__init__(view)
        self._view = view
        self._header = header_of(view)
        self._key = f"tables/{name}/widths"
        self._pressed = False  # a mouse button is down on the header: the person resizes
        self.kept: dict[int, int] = self._read()
        view.column_widths = self  # type: ignore[attr-defined]  # for kept_columns
        self._header.sectionResized.connect(self._resized)
        # compared by identity in eventFilter, which must not ask a header being destroyed
        self._header_viewport = self._header.viewport()
        self._header_viewport.installEventFilter(self)
        view.viewport().installEventFilter(self)
        self.restore()

    def _read(self) -> dict[int, int]:
        try:
            saved = json.loads(str(QSettings().value(self._key, "{}")))
            return {int(column): int(width) for column, width in saved.items() if int(width) > 0}
        except (ValueError, TypeError, AttributeError):
            return {}  # written by something else: start afresh

    def _sized_by_view(self, column: int) -> bool:
        header = self._header
        return (header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive
                or (header.stretchLastSection() and column == header.count() - 1))

    def restore(self) -> None:
        """Put the kept widths back (the view's own fitting may have changed them)."""
        for column, width in self.kept.items():
            if column < self._header.count() and not self._sized_by_view(column):
                self._header.resizeSection(column, width)

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._pressed and not self._sized_by_view(column):
            self.kept[column] = new

    def _save(self) -> None:
        QSettings().setValue(self._key, json.dumps({str(c): w for c, w in self.kept.items()}))

    # --- the person's hand on the header, and tooltips ------------------------------------
    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        kind = event.type()
        if watched is self._header_viewport:
            if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
                self._pressed = True
            elif kind == QEvent.Type.MouseButtonRelease and self._pressed:
                self._pressed = False
                self._save()
            elif kind == QEvent.Type.ToolTip:
                return self._header_tip(event)
        elif kind == QEvent.Type.ToolTip:
            return self._cell_tip(event)
        return False

    def _show(self, event: Any, text: str, room: int, widget: Any) -> bool:
        """Show `text` whole if it does not fit in `room` pixels; True when handled."""
        if text and self._view.fontMetrics().horizontalAdvance(text) + PADDING > room:
            QToolTip.showText(event.globalPos(), text, widget)
        else:
            QToolTip.hideText()
        return True

    def _cell_tip(self, event: Any) -> bool:
        index = self._view.indexAt(event.pos())
        if not index.isValid():
            return False
        from PySide6.QtCore import Qt

        if index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model says more than the text: its tooltip shows
        room = self._view.visualRect(index).width()
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            room -= self._view.iconSize().width() + 4
        return self._show(event, str(index.data() or ""), room, self._view.viewport())

    def _header_tip(self, event: Any) -> bool:
        from PySide6.QtCore import Qt

        column = self._header.logicalIndexAt(event.pos())
        model = self._view.model()
        if column < 0 or model is None:
            return False
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        return self._show(event, text, self._header.sectionSize(column),
                          self._header.viewport())
