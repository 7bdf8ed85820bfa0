"""Undoable edits: each wraps core use cases and announces what changed.

The first action is done by the caller (so a refusal can be shown before anything enters
the undo stack); the command is then pushed already done, and only later redos re-run it.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from core.changes import Change

Notify = Callable[[Change], None]


class UseCaseCommand(QUndoCommand):
    """`undo_fn` and `redo_fn` each run a use case and return its Change flags."""

    def __init__(self, text: str, undo_fn: Callable[[], Change], redo_fn: Callable[[], Change],
                 notify: Notify) -> None:
        super().__init__(text)
        self._undo, self._redo, self._notify = undo_fn, redo_fn, notify
        self._done = True

    def redo(self) -> None:
        if self._done:  # pushed after the caller did it
            self._done = False
            return
        self._notify(self._redo())

    def undo(self) -> None:
        self._notify(self._undo())


class CreatedCommand(UseCaseCommand):
    """Something was created: undo deletes it (keeping a snapshot), redo puts it back as it was
    (same ids). `delete_fn()` returns (snapshot, changes); `restore_fn(snapshot)` changes."""

    def __init__(self, text: str, delete_fn: Callable[[], tuple[Any, Change]],
                 restore_fn: Callable[[Any], Change], notify: Notify) -> None:
        self._snapshot: Any = None

        def undo() -> Change:
            self._snapshot, changes = delete_fn()
            return changes

        super().__init__(text, undo, lambda: restore_fn(self._snapshot), notify)


class DeletedCommand(UseCaseCommand):
    """Something was deleted (its snapshot given): undo restores it, redo deletes it again."""

    def __init__(self, text: str, snapshot: Any, delete_fn: Callable[[], tuple[Any, Change]],
                 restore_fn: Callable[[Any], Change], notify: Notify) -> None:
        self._snapshot = snapshot

        def redo() -> Change:
            self._snapshot, changes = delete_fn()
            return changes

        super().__init__(text, lambda: restore_fn(self._snapshot), redo, notify)


def replace_command(text: str, apply: Callable[[Any], Change], old: Any, new: Any,
                    notify: Notify) -> UseCaseCommand:
    """An edit that swaps one value for another (a debt's fields, the situation…)."""
    return UseCaseCommand(text, lambda: apply(old), lambda: apply(new), notify)
