"""statement history: earlier statement figures of each debt

Revision ID: 0002_statement_history
Revises: 0001_baseline
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = '0002_statement_history'
down_revision = '0001_baseline'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('statement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('debt_id', sa.Integer(), nullable=False),
    sa.Column('principal', sa.BigInteger(), nullable=False),
    sa.Column('interest', sa.BigInteger(), nullable=False),
    sa.Column('fees', sa.BigInteger(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('replaced_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['debt_id'], ['debt.id'], name=op.f('fk_statement_debt_id_debt'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement'))
    )
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_debt_id'), ['debt_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_debt_id'))
    op.drop_table('statement')
