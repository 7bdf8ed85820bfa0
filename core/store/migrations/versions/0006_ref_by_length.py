"""refs by length: an index per table whose new rows get the next free ref

Revision ID: 0006_ref_by_length
Revises: 0005_calllog_search
Create Date: 2026-12-03

A new debt, evidence entry or call gets the ref after the highest `<prefix><number>` of its
table. Ordered by length and then by text, the refs of one prefix come in the order of
their numbers ("C9" before "C10"), so that highest one is found at the top of this index
instead of by reading every row of a table that grows with each call logged.
"""
import sqlalchemy as sa
from alembic import op

revision = '0006_ref_by_length'
down_revision = '0005_calllog_search'
branch_labels = None
depends_on = None

TABLES = ("debt", "evidence", "contact")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_ref_by_length", table, [sa.text("length(ref)"), "ref"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_ref_by_length", table)
