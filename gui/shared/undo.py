"""Undoable edits: each wraps core use cases and announces what changed.

The first action is done by the caller (so a refusal can be shown before anything enters
the undo stack); the command is then pushed already done, and only later redos re-run it.
`run_dialog` and its two forms are that whole round for an edit made in a dialog: open,
validate, run the use case, push the undo command, notify.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from core.changes import Change
from core.errors import DomainError

if TYPE_CHECKING:
    from gui.shared.context import Desk

Document = dict[str, Any]
Text = str | Callable[[Document], str]

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


def run_dialog(desk: Desk, dialog: Any, apply: Callable[[Document], Any],
               command: Callable[[Document, Any], QUndoCommand],
               refused_title: str | None = None) -> tuple[Document, Any] | None:
    """Show `dialog` until the person cancels or `apply(dialog.document())` succeeds.

    `apply` runs a use case and returns its Change flags, or (value, Change). A refusal
    (DomainError) is shown in the dialog's own `error` line, or in a message box titled
    `refused_title`, and the dialog opens again with what was typed. On success the command
    made by `command(document, result)` is pushed, already done. Returns (document, result),
    or None if the person cancelled."""
    from PySide6.QtWidgets import QMessageBox

    while dialog.exec():
        document = dialog.document()
        try:
            result = apply(document)
        except DomainError as error:
            if refused_title is None:
                dialog.error.setText(error.message)
            else:
                QMessageBox.warning(dialog.parentWidget() or dialog, refused_title,
                                    error.message)
            continue
        changes = result[1] if isinstance(result, tuple) else result
        desk.push(command(document, result), changes)
        return document, result
    return None


def _text(text: Text, document: Document) -> str:
    return text(document) if callable(text) else text


def create_through_dialog(desk: Desk, dialog: Any, text: Text,
                          create: Callable[[Document], tuple[Any, Change]],
                          delete: Callable[[Any], tuple[Any, Change]],
                          restore: Callable[[Any], Change],
                          refused_title: str | None = None) -> tuple[Document, Any] | None:
    """Something made in a dialog: `create(document)` returns (new id, changes); undo is
    `delete(new id)`, redo `restore(snapshot)`. Returns (document, new id) or None."""

    def command(document: Document, result: Any) -> QUndoCommand:
        new_id = result[0]
        return CreatedCommand(_text(text, document), lambda: delete(new_id), restore,
                              desk.notify)

    done = run_dialog(desk, dialog, create, command, refused_title)
    return None if done is None else (done[0], done[1][0])


def replace_through_dialog(desk: Desk, dialog: Any, text: Text, old: Document,
                           apply: Callable[[Document], Change],
                           refused_title: str | None = None) -> Document | None:
    """Something edited in a dialog: `apply(document)` saves it; undo applies `old` again.
    Returns the new document, or None if the person cancelled."""

    def command(document: Document, _result: Any) -> QUndoCommand:
        return replace_command(_text(text, document), apply, old, document, desk.notify)

    done = run_dialog(desk, dialog, apply, command, refused_title)
    return None if done is None else done[0]
