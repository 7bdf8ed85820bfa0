"""Alembic's environment: migrate the engine the store handed over (batch mode for SQLite).

Batch mode rebuilds a table to change a column: copy, drop the old, rename the new. With
foreign keys on, dropping the old table would cascade and delete every row that points at
it (a contact's links to its debts, say), so the migration runs with them off, as SQLite's
own procedure for altering a table says, checks them before it commits, and turns them
back on."""
from __future__ import annotations

from alembic import context
from sqlalchemy import text

from core.store.models import Base

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # outside a transaction, or no effect
    connection.commit()
    try:
        with connection.begin():
            context.configure(connection=connection, target_metadata=Base.metadata,
                              render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
            broken = connection.execute(text("PRAGMA foreign_key_check")).first()
            if broken is not None:
                raise RuntimeError(f"a migration left a broken link in table {broken[0]}")
    finally:
        connection.rollback()  # a failed migration's transaction, if any, is already undone
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
