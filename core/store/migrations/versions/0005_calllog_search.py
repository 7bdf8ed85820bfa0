"""call-log search: an index per sortable column and a full-text index of what was said

Revision ID: 0005_calllog_search
Revises: 0004_calendar_id
Create Date: 2026-12-03

The call log is sorted, filtered and searched by SQLite, so a log of a hundred thousand calls
answers as fast as one of a thousand. Each column the log sorts by gets an index, ending in
the time of the call so that ties come out in time order. `contact_search` is an FTS5 index
over the words of each call (summary, the agent, an offer's note) with the trigram tokenizer,
which finds any part of a Chinese sentence of three characters or more; it reads its text
from the contact table itself (external content), and triggers keep it in step within the
transaction of every write to that table. It is filled here from the rows already stored.

A later migration that rebuilds the contact table in batch mode drops these triggers with
the old table: it must create them again (TRIGGERS below) and rebuild the index.
"""
from alembic import op

revision = '0005_calllog_search'
down_revision = '0004_calendar_id'
branch_labels = None
depends_on = None

SORTED = ("channel", "direction", "agent", "outcome", "summary", "offer_monthly",
          "follow_up")

TRIGGERS = {
    "contact_search_add": "AFTER INSERT ON contact BEGIN "
    "INSERT INTO contact_search (rowid, summary, agent, offer_note) "
    "VALUES (new.id, new.summary, new.agent, new.offer_note); END",
    "contact_search_drop": "AFTER DELETE ON contact BEGIN "
    "INSERT INTO contact_search (contact_search, rowid, summary, agent, offer_note) "
    "VALUES ('delete', old.id, old.summary, old.agent, old.offer_note); END",
    "contact_search_edit": "AFTER UPDATE OF summary, agent, offer_note ON contact BEGIN "
    "INSERT INTO contact_search (contact_search, rowid, summary, agent, offer_note) "
    "VALUES ('delete', old.id, old.summary, old.agent, old.offer_note); "
    "INSERT INTO contact_search (rowid, summary, agent, offer_note) "
    "VALUES (new.id, new.summary, new.agent, new.offer_note); END",
}


def upgrade() -> None:
    for column in SORTED:
        op.create_index(f"ix_contact_by_{column}", "contact", [column, "at_utc"])
    op.create_index("ix_contact_at", "contact", ["at"])
    op.create_index("ix_contact_debt_first", "contact_debt", ["contact_id", "position"])
    op.execute("CREATE VIRTUAL TABLE contact_search USING fts5(summary, agent, offer_note, "
               "content='contact', content_rowid='id', tokenize='trigram')")
    op.execute("INSERT INTO contact_search (contact_search) VALUES ('rebuild')")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE contact_search")
    op.drop_index("ix_contact_debt_first", "contact_debt")
    op.drop_index("ix_contact_at", "contact")
    for column in SORTED:
        op.drop_index(f"ix_contact_by_{column}", "contact")
