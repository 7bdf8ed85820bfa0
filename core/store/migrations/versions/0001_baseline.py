"""baseline: every table of the case file

Revision ID: 0001_baseline
Revises: 
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = '0001_baseline'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('budget_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(length=8), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('monthly', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_line'))
    )
    op.create_table('case_info',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=True),
    sa.Column('has_person', sa.Boolean(), nullable=False),
    sa.Column('person_name', sa.String(length=200), nullable=False),
    sa.Column('person_phone', sa.String(length=200), nullable=False),
    sa.Column('person_email', sa.String(length=200), nullable=False),
    sa.Column('person_address', sa.Text(), nullable=False),
    sa.Column('person_id_number', sa.String(length=200), nullable=False),
    sa.Column('has_household', sa.Boolean(), nullable=False),
    sa.Column('household_adults', sa.Integer(), nullable=True),
    sa.Column('household_children', sa.Integer(), nullable=True),
    sa.Column('household_note', sa.Text(), nullable=False),
    sa.Column('has_hardship', sa.Boolean(), nullable=False),
    sa.Column('hardship_reason', sa.String(length=32), nullable=True),
    sa.Column('hardship_since', sa.Date(), nullable=True),
    sa.Column('hardship_statement', sa.Text(), nullable=False),
    sa.Column('hardship_expected_recovery', sa.Text(), nullable=False),
    sa.Column('has_budget', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_info'))
    )
    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=32), nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('at_utc', sa.DateTime(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=True),
    sa.Column('direction', sa.String(length=16), nullable=True),
    sa.Column('agent', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('has_offer', sa.Boolean(), nullable=False),
    sa.Column('offer_monthly', sa.BigInteger(), nullable=True),
    sa.Column('offer_months', sa.Integer(), nullable=True),
    sa.Column('offer_lump_sum', sa.BigInteger(), nullable=True),
    sa.Column('offer_note', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Date(), nullable=True),
    sa.Column('follow_up_done', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact')),
    sa.UniqueConstraint('ref', name=op.f('uq_contact_ref'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_at_utc'), ['at_utc'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_follow_up'), ['follow_up'], unique=False)

    op.create_table('debt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=32), nullable=False),
    sa.Column('creditor', sa.String(length=200), nullable=False),
    sa.Column('product', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=True),
    sa.Column('account', sa.String(length=200), nullable=False),
    sa.Column('principal', sa.BigInteger(), nullable=False),
    sa.Column('interest', sa.BigInteger(), nullable=False),
    sa.Column('fees', sa.BigInteger(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('rate_value', sa.String(length=40), nullable=True),
    sa.Column('rate_basis', sa.String(length=8), nullable=True),
    sa.Column('overdue_rate_value', sa.String(length=40), nullable=True),
    sa.Column('overdue_rate_basis', sa.String(length=8), nullable=True),
    sa.Column('has_late_fee', sa.Boolean(), nullable=False),
    sa.Column('late_fee_fixed', sa.BigInteger(), nullable=True),
    sa.Column('late_fee_fraction', sa.String(length=40), nullable=True),
    sa.Column('minimum_payment', sa.BigInteger(), nullable=True),
    sa.Column('due_day', sa.Integer(), nullable=True),
    sa.Column('overdue_since', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=True),
    sa.Column('priority', sa.Boolean(), nullable=False),
    sa.Column('has_contact', sa.Boolean(), nullable=False),
    sa.Column('contact_phone', sa.String(length=200), nullable=False),
    sa.Column('contact_email', sa.String(length=200), nullable=False),
    sa.Column('contact_address', sa.Text(), nullable=False),
    sa.Column('contact_website', sa.String(length=200), nullable=False),
    sa.Column('contact_note', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_debt')),
    sa.UniqueConstraint('ref', name=op.f('uq_debt_ref'))
    )
    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=32), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('mime', sa.String(length=200), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=True),
    sa.Column('category', sa.String(length=32), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('document_date', sa.Date(), nullable=True),
    sa.Column('reviewed', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence')),
    sa.UniqueConstraint('ref', name=op.f('uq_evidence_ref'))
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_sha256'), ['sha256'], unique=False)

    op.create_table('plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('strategy', sa.String(length=16), nullable=False),
    sa.Column('monthly_budget', sa.BigInteger(), nullable=True),
    sa.Column('one_off_funds', sa.BigInteger(), nullable=True),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan')),
    sa.UniqueConstraint('name', name=op.f('uq_plan_name'))
    )
    op.create_table('agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('debt_id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('agreed_on', sa.Date(), nullable=False),
    sa.Column('forgiven', sa.BigInteger(), nullable=True),
    sa.Column('terms_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['debt_id'], ['debt.id'], name=op.f('fk_agreement_debt_id_debt'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_agreement_plan_id_plan'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement'))
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_debt_id'), ['debt_id'], unique=False)

    op.create_table('contact_debt',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('debt_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_debt_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['debt_id'], ['debt.id'], name=op.f('fk_contact_debt_debt_id_debt'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'debt_id', name=op.f('pk_contact_debt'))
    )
    with op.batch_alter_table('contact_debt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_debt_debt_id'), ['debt_id'], unique=False)

    op.create_table('contact_evidence',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_evidence_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_contact_evidence_evidence_id_evidence'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'evidence_id', name=op.f('pk_contact_evidence'))
    )
    with op.batch_alter_table('contact_evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_evidence_evidence_id'), ['evidence_id'], unique=False)

    op.create_table('evidence_debt',
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.Column('debt_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['debt_id'], ['debt.id'], name=op.f('fk_evidence_debt_debt_id_debt'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_evidence_debt_evidence_id_evidence'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('evidence_id', 'debt_id', name=op.f('pk_evidence_debt'))
    )
    with op.batch_alter_table('evidence_debt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_debt_debt_id'), ['debt_id'], unique=False)

    op.create_table('payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('debt_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('method', sa.String(length=200), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['debt_id'], ['debt.id'], name=op.f('fk_payment_debt_id_debt'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_debt_id'), ['debt_id'], unique=False)

    op.create_table('plan_order',
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('debt_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['debt_id'], ['debt.id'], name=op.f('fk_plan_order_debt_id_debt'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_plan_order_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('plan_id', 'debt_id', name=op.f('pk_plan_order'))
    )
    with op.batch_alter_table('plan_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_order_debt_id'), ['debt_id'], unique=False)

    op.create_table('plan_term',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('debt_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('treatment', sa.String(length=16), nullable=True),
    sa.Column('months', sa.Integer(), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.Column('rate_value', sa.String(length=40), nullable=True),
    sa.Column('rate_basis', sa.String(length=8), nullable=True),
    sa.Column('freeze_interest', sa.Boolean(), nullable=False),
    sa.Column('waive_fees', sa.Boolean(), nullable=False),
    sa.Column('pause_months', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['debt_id'], ['debt.id'], name=op.f('fk_plan_term_debt_id_debt'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_plan_term_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_term')),
    sa.UniqueConstraint('plan_id', 'debt_id', name=op.f('uq_plan_term_plan_id'))
    )
    with op.batch_alter_table('plan_term', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_term_debt_id'), ['debt_id'], unique=False)

    op.create_table('agreement_evidence',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_agreement_evidence_agreement_id_agreement'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_agreement_evidence_evidence_id_evidence'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('agreement_id', 'evidence_id', name=op.f('pk_agreement_evidence'))
    )
    with op.batch_alter_table('agreement_evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_evidence_evidence_id'), ['evidence_id'], unique=False)

    op.create_table('agreement_installment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_agreement_installment_agreement_id_agreement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_installment'))
    )
    with op.batch_alter_table('agreement_installment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_installment_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('payment_evidence',
    sa.Column('payment_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_payment_evidence_evidence_id_evidence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_payment_evidence_payment_id_payment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('payment_id', 'evidence_id', name=op.f('pk_payment_evidence'))
    )
    with op.batch_alter_table('payment_evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_evidence_evidence_id'), ['evidence_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('payment_evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_evidence_evidence_id'))

    op.drop_table('payment_evidence')
    with op.batch_alter_table('agreement_installment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_installment_agreement_id'))

    op.drop_table('agreement_installment')
    with op.batch_alter_table('agreement_evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_evidence_evidence_id'))

    op.drop_table('agreement_evidence')
    with op.batch_alter_table('plan_term', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_term_debt_id'))

    op.drop_table('plan_term')
    with op.batch_alter_table('plan_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_order_debt_id'))

    op.drop_table('plan_order')
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_debt_id'))

    op.drop_table('payment')
    with op.batch_alter_table('evidence_debt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_debt_debt_id'))

    op.drop_table('evidence_debt')
    with op.batch_alter_table('contact_evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_evidence_evidence_id'))

    op.drop_table('contact_evidence')
    with op.batch_alter_table('contact_debt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_debt_debt_id'))

    op.drop_table('contact_debt')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_debt_id'))

    op.drop_table('agreement')
    op.drop_table('plan')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_sha256'))

    op.drop_table('evidence')
    op.drop_table('debt')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_follow_up'))
        batch_op.drop_index(batch_op.f('ix_contact_at_utc'))

    op.drop_table('contact')
    op.drop_table('case_info')
    op.drop_table('budget_line')

