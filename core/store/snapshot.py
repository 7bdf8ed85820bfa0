"""Delete rows while keeping an exact copy, so an undo can put them back with the same ids."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Rows per table, in the order they were deleted (children first)."""

    groups: tuple[tuple[Any, tuple[dict[str, Any], ...]], ...]
    relinks: tuple[tuple[int, int], ...] = ()  # (row id, id) links cut before the delete


def delete_with_snapshot(session: Session, groups: list[tuple[Any, Any]]) -> Snapshot:
    """Copy then delete each (model, condition) group in order, children before parents."""
    saved = []
    for model, condition in groups:
        table = model.__table__
        rows = tuple(dict(row._mapping) for row in session.execute(select(table).where(condition)))
        if rows:
            session.execute(delete(table).where(condition))
        saved.append((model, rows))
    return Snapshot(tuple(saved))


def restore_snapshot(session: Session, snapshot: Snapshot) -> None:
    """Insert the saved rows back, parents before children."""
    for model, rows in reversed(snapshot.groups):
        if rows:
            session.execute(insert(model.__table__), list(rows))
