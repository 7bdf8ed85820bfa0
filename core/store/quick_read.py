"""The debts, read with the standard library's sqlite3 before SQLAlchemy has loaded.

Start-up shows the Debts tab from this while the full store (SQLAlchemy, migrations) opens in
the background. It only reads a store already at the current schema revision; anything else
(a new store, an upgrade, a locked file) returns None and the window waits for the full
store. A test holds it to the same result as `core.debts.debts.list_debts`.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from core.money import from_cents
from core.paths import DATABASE_NAME
from core.store.connect import connect, database_errors
from core.store.migrations import HEAD_REVISION
from core.store.views import DebtView, debt_to_data

if TYPE_CHECKING:
    from core.store.seal import SealKey

# How each stored column of `debt` becomes a Python value (as core.store.models' column types do).
_CENTS = ("principal", "interest", "fees", "late_fee_fixed", "minimum_payment")
_DECIMAL = ("rate_value", "overdue_rate_value", "late_fee_fraction")
_DATES = ("as_of", "overdue_since")
_BOOLS = ("has_late_fee", "priority", "has_contact")
COLUMN_KINDS = {**{c: "cents" for c in _CENTS}, **{c: "decimal" for c in _DECIMAL},
                **{c: "date" for c in _DATES}, **{c: "bool" for c in _BOOLS}}
_CONVERT: dict[str, Callable[[Any], Any]] = {
    "cents": from_cents, "decimal": Decimal, "date": date.fromisoformat, "bool": bool}


def _value(column: str, raw: Any) -> Any:
    kind = COLUMN_KINDS.get(column)
    return raw if raw is None or kind is None else _CONVERT[kind](raw)


def read_debts(data_dir: Path, key: SealKey | None = None,
               ) -> tuple[str, list[DebtView]] | None:
    """(currency, debts) from an up-to-date store, or None when the full store must decide
    (a sealed store read without its key among those cases)."""
    from core.store.seal import SEAL_NAME
    from core.store.switch import SWITCH_NAME

    path = data_dir / DATABASE_NAME
    if not path.is_file() or (data_dir / SWITCH_NAME).exists() \
            or (key is None) == (data_dir / SEAL_NAME).exists():
        return None
    try:
        connection = connect(path, key, timeout=2)
    except database_errors():
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != HEAD_REVISION:
            return None
        info = connection.execute("SELECT currency FROM case_info WHERE id = 1").fetchone()
        cursor = connection.execute("SELECT * FROM debt ORDER BY id")
        names = [d[0] for d in cursor.description]
        views = []
        for row in cursor:
            record = SimpleNamespace(**{n: _value(n, v) for n, v in zip(names, row, strict=True)})
            views.append(DebtView(record.id, debt_to_data(record)))
        return (info[0] if info else "CNY"), views
    except (*database_errors(), ValueError, ArithmeticError):  # type: ignore[misc]
        return None
    finally:
        connection.close()
