"""calendar id: a random identifier per case, for the UIDs of its calendar events

Revision ID: 0004_calendar_id
Revises: 0003_conduct_and_country
Create Date: 2026-12-03

A calendar program recognises an event it has seen by its UID. Events exported from two
cases must never share one, and the same plan exported twice must give the same ones, so
each case gets a random identifier the first time a calendar is made (NULL until then). It
is kept when the case is replaced by an import, and is not part of the case file.
"""
import sqlalchemy as sa
from alembic import op

revision = '0004_calendar_id'
down_revision = '0003_conduct_and_country'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_info', schema=None) as batch_op:
        batch_op.add_column(sa.Column('calendar_id', sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('case_info', schema=None) as batch_op:
        batch_op.drop_column('calendar_id')
