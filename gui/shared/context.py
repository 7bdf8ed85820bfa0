"""What a tab or dialog may use of the window around it: the `Desk`.

Tabs used to be handed the whole main window; they are handed this instead, so what a
screen may touch is written down and checked by the type checker, and a test can give a
screen a small desk of its own."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand
    from PySide6.QtWidgets import QStatusBar

    from core.changes import Change
    from core.store.database import Store


class Desk(Protocol):
    """The open case and the ways to change it."""

    @property
    def store(self) -> Store | None:
        """The open store; None before it has opened (the window shows a preview first)."""

    @property
    def data_dir(self) -> Path:
        """The data folder (letters are saved below it)."""

    @property
    def read_only(self) -> bool:
        """True while another DebtDesk window writes to this case."""

    def push(self, command: QUndoCommand, changes: Change) -> None:
        """An edit that was just done: onto the undo stack, and announce what it changed."""

    def notify(self, changes: Change) -> None:
        """Announce a change (an edit not undone through the stack, or an outside one)."""

    def save_pending_edits(self) -> None:
        """An edit still being typed is saved now (before a letter, an export, a backup)."""

    def clear_undo(self) -> None:
        """After the whole case was replaced (import, restore), nothing earlier can be undone."""

    def statusBar(self) -> QStatusBar:  # noqa: N802 (Qt's name)
        """The window's status line, for progress and short results."""
