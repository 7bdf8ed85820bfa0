"""A screen redraws when what it shows has changed, and only when it can be seen.

Every write announces its Change flags to every tab. A tab in front redraws at once; a tab
behind others only remembers the flags and redraws when it is brought forward (Anki's
`_refresh_needed`), so an edit on one tab never waits for three others to reload."""
from __future__ import annotations

from typing import Any

from core.changes import Change


class RefreshWhenShown:
    """Mix into a QWidget (before the Qt class). Set `watches` to the flags the screen shows
    and write `refresh(changes)`; connect the window's announcements to `on_changed`."""

    watches: Change = Change.ALL
    _pending: Change = Change.NONE

    def refresh(self, changes: Change) -> None:
        raise NotImplementedError

    def on_changed(self, changes: Change) -> None:
        changes &= self.watches
        if not changes:
            return
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh(changes)
        else:
            self._pending |= changes

    @property
    def stale(self) -> bool:
        """True while changes wait for the screen to be shown."""
        return bool(self._pending)

    def refresh_now(self) -> None:
        """Redraw what is waiting, seen or not (before reading the screen's data)."""
        pending, self._pending = self._pending, Change.NONE
        if pending:
            self.refresh(pending)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[misc]
        self.refresh_now()
