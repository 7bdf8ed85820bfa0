"""call-log search: an index per sortable column and a full-text index of what was said

Revision ID: 0005_calllog_search
Revises: 0004_calendar_id
Create Date: 2026-12-03

The call log is sorted, filtered and searched by SQLite, so a log of a hundred thousand calls
answers as fast as one of a thousand. Each column the log sorts by gets an index, ending in
the time of the call so that ties come out in time order.

`contact_search` is an FTS5 index of the words of each call (summary, the agent, an offer's
note) with the trigram tokenizer, which finds any part of a Chinese sentence of three
characters or more. Each value is indexed with two U+0001 after it, so that every place a
character stands starts a trigram: one or two characters are then found through the terms
that start with them (`contact_search_terms`, its fts5vocab table), not by reading every
row. The index is contentless (the text stays in the contact table); triggers keep it in
step within the transaction of every write to that table, and it is filled here from the
rows already stored.

A later migration that rebuilds the contact table in batch mode drops these triggers with
the old table: it must create them again (TRIGGERS below).
"""
from alembic import op

revision = '0005_calllog_search'
down_revision = '0004_calendar_id'
branch_labels = None
depends_on = None

SORTED = ("channel", "direction", "agent", "outcome", "summary", "offer_monthly",
          "follow_up")

PAD = "char(1, 1)"  # after each value: every character then starts a trigram
_NEW = ", ".join(f"new.{name} || {PAD}" for name in ("summary", "agent", "offer_note"))
_OLD = ", ".join(f"old.{name} || {PAD}" for name in ("summary", "agent", "offer_note"))
_ADD = f"INSERT INTO contact_search (rowid, summary, agent, offer_note) VALUES (new.id, {_NEW});"
_DROP = ("INSERT INTO contact_search (contact_search, rowid, summary, agent, offer_note) "
         f"VALUES ('delete', old.id, {_OLD});")
TRIGGERS = {
    "contact_search_add": f"AFTER INSERT ON contact BEGIN {_ADD} END",
    "contact_search_drop": f"AFTER DELETE ON contact BEGIN {_DROP} END",
    "contact_search_edit": f"AFTER UPDATE OF summary, agent, offer_note ON contact "
                           f"BEGIN {_DROP} {_ADD} END",
}


def upgrade() -> None:
    for column in SORTED:
        op.create_index(f"ix_contact_by_{column}", "contact", [column, "at_utc"])
    op.create_index("ix_contact_at", "contact", ["at"])
    op.create_index("ix_contact_open", "contact", ["follow_up_done", "at_utc", "follow_up"])
    op.create_index("ix_contact_debt_first", "contact_debt", ["contact_id", "position"])
    op.execute("CREATE VIRTUAL TABLE contact_search USING fts5(summary, agent, offer_note, "
               "content='', tokenize='trigram')")
    op.execute("CREATE VIRTUAL TABLE contact_search_terms USING fts5vocab(contact_search, row)")
    op.execute("INSERT INTO contact_search (rowid, summary, agent, offer_note) "
               f"SELECT id, summary || {PAD}, agent || {PAD}, offer_note || {PAD} FROM contact")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE contact_search_terms")
    op.execute("DROP TABLE contact_search")
    op.drop_index("ix_contact_debt_first", "contact_debt")
    op.drop_index("ix_contact_open", "contact")
    op.drop_index("ix_contact_at", "contact")
    for column in SORTED:
        op.drop_index(f"ix_contact_by_{column}", "contact")
