"""conduct and country: who called and how they behaved, and where the person lives

Revision ID: 0003_conduct_and_country
Revises: 0002_statement_history
Create Date: 2026-12-03

A contact gains the caller (an outside agency's name), its kind and the conduct the person
marked; the case gains its country, which picks the rules a collector must follow. The
outcome column widens for "asked_for_proposal". Existing rows get the defaults the case
file gives a missing key: "", null and no marks.
"""
import sqlalchemy as sa
from alembic import op

revision = '0003_conduct_and_country'
down_revision = '0002_statement_history'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_info', schema=None) as batch_op:
        batch_op.add_column(sa.Column('country', sa.String(length=2), nullable=True))
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.alter_column('outcome', existing_type=sa.String(length=16),
                              type_=sa.String(length=24), existing_nullable=True)
        batch_op.add_column(sa.Column('caller', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('caller_kind', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('conduct', sa.String(length=200), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_column('conduct')
        batch_op.drop_column('caller_kind')
        batch_op.drop_column('caller')
        batch_op.alter_column('outcome', existing_type=sa.String(length=24),
                              type_=sa.String(length=16), existing_nullable=True)
    with op.batch_alter_table('case_info', schema=None) as batch_op:
        batch_op.drop_column('country')
