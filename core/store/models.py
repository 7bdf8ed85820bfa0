"""The SQLAlchemy tables: everything the case file holds, so features add behaviour, not tables.

Amounts are stored as whole cents (INTEGER) and rates/fractions as their exact decimal text,
so nothing passes through a float. Lists whose order matters keep a `position`; the top-level
lists keep their order by primary key. An optional object of the case file (a debt's late
fee, its contact block, the person…) keeps a `has_…` flag so that "absent" and "present but
empty" survive a round trip.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from core.money import decimal_text, from_cents, to_cents

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Cents(TypeDecorator[Decimal]):
    """A Decimal amount stored exactly as whole cents."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: object) -> int | None:
        return None if value is None else to_cents(value)

    def process_result_value(self, value: int | None, dialect: object) -> Decimal | None:
        return None if value is None else from_cents(value)


class DecimalText(TypeDecorator[Decimal]):
    """A rate or fraction stored as its exact decimal text."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: object) -> str | None:
        return None if value is None else decimal_text(value)

    def process_result_value(self, value: str | None, dialect: object) -> Decimal | None:
        return None if value is None else Decimal(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _text(length: int | None = 200) -> Mapped[str]:
    return mapped_column(Text if length is None else String(length), default="", nullable=False)


def _flag() -> Mapped[bool]:
    return mapped_column(Boolean, default=False, nullable=False)


class CaseInfo(Base):
    """The one row of case-wide facts: currency, language, person, household, hardship."""

    __tablename__ = "case_info"
    id: Mapped[int] = mapped_column(primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    language: Mapped[str | None] = mapped_column(String(2))
    country: Mapped[str | None] = mapped_column(String(2))  # None: taken from the currency
    # Random, made the first time a calendar is exported; not in the case file.
    calendar_id: Mapped[str | None] = mapped_column(String(32))
    has_person: Mapped[bool] = _flag()
    person_name: Mapped[str] = _text()
    person_phone: Mapped[str] = _text()
    person_email: Mapped[str] = _text()
    person_address: Mapped[str] = _text(None)
    person_id_number: Mapped[str] = _text()
    has_household: Mapped[bool] = _flag()
    household_adults: Mapped[int | None] = mapped_column(Integer)
    household_children: Mapped[int | None] = mapped_column(Integer)
    household_note: Mapped[str] = _text(None)
    has_hardship: Mapped[bool] = _flag()
    hardship_reason: Mapped[str | None] = mapped_column(String(32))
    hardship_since: Mapped[date | None] = mapped_column(Date)
    hardship_statement: Mapped[str] = _text(None)
    hardship_expected_recovery: Mapped[str] = _text(None)
    has_budget: Mapped[bool] = _flag()


class BudgetLine(Base):
    __tablename__ = "budget_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    side: Mapped[str] = mapped_column(String(8))  # "income" or "expense"
    label: Mapped[str] = _text()
    category: Mapped[str] = mapped_column(String(32))
    monthly: Mapped[Decimal] = mapped_column(Cents)


class Debt(Base):
    __tablename__ = "debt"
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(32), unique=True)
    creditor: Mapped[str] = _text()
    product: Mapped[str] = _text()
    kind: Mapped[str | None] = mapped_column(String(32))
    account: Mapped[str] = _text()
    principal: Mapped[Decimal] = mapped_column(Cents)
    interest: Mapped[Decimal] = mapped_column(Cents)
    fees: Mapped[Decimal] = mapped_column(Cents)
    as_of: Mapped[date] = mapped_column(Date)
    rate_value: Mapped[Decimal | None] = mapped_column(DecimalText)
    rate_basis: Mapped[str | None] = mapped_column(String(8))
    overdue_rate_value: Mapped[Decimal | None] = mapped_column(DecimalText)
    overdue_rate_basis: Mapped[str | None] = mapped_column(String(8))
    has_late_fee: Mapped[bool] = _flag()
    late_fee_fixed: Mapped[Decimal | None] = mapped_column(Cents)
    late_fee_fraction: Mapped[Decimal | None] = mapped_column(DecimalText)
    minimum_payment: Mapped[Decimal | None] = mapped_column(Cents)
    due_day: Mapped[int | None] = mapped_column(Integer)
    overdue_since: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(16))
    priority: Mapped[bool] = _flag()
    has_contact: Mapped[bool] = _flag()
    contact_phone: Mapped[str] = _text()
    contact_email: Mapped[str] = _text()
    contact_address: Mapped[str] = _text(None)
    contact_website: Mapped[str] = _text()
    contact_note: Mapped[str] = _text(None)
    note: Mapped[str] = _text(None)


class Statement(Base):
    """An earlier statement figure of a debt, kept when a newer one replaces it (the case
    file carries only the current balance; the history stays in the store)."""

    __tablename__ = "statement"
    id: Mapped[int] = mapped_column(primary_key=True)
    debt_id: Mapped[int] = mapped_column(ForeignKey("debt.id", ondelete="CASCADE"), index=True)
    principal: Mapped[Decimal] = mapped_column(Cents)
    interest: Mapped[Decimal] = mapped_column(Cents)
    fees: Mapped[Decimal] = mapped_column(Cents)
    as_of: Mapped[date] = mapped_column(Date)
    replaced_on: Mapped[date] = mapped_column(Date)


class Evidence(Base):
    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(32), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = _text()
    mime: Mapped[str] = _text()
    size: Mapped[int | None] = mapped_column(BigInteger)
    category: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str] = _text()
    document_date: Mapped[date | None] = mapped_column(Date)
    reviewed: Mapped[bool] = _flag()
    note: Mapped[str] = _text(None)
    debt_links: Mapped[list[EvidenceDebt]] = relationship(
        order_by="EvidenceDebt.position", cascade="all, delete-orphan")


class EvidenceDebt(Base):
    __tablename__ = "evidence_debt"
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True)
    debt_id: Mapped[int] = mapped_column(ForeignKey("debt.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)


class Payment(Base):
    __tablename__ = "payment"
    id: Mapped[int] = mapped_column(primary_key=True)
    debt_id: Mapped[int] = mapped_column(ForeignKey("debt.id", ondelete="CASCADE"), index=True)
    date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Cents)
    method: Mapped[str] = _text()
    reference: Mapped[str] = _text()
    note: Mapped[str] = _text(None)
    evidence_links: Mapped[list[PaymentEvidence]] = relationship(
        order_by="PaymentEvidence.position", cascade="all, delete-orphan")


class PaymentEvidence(Base):
    __tablename__ = "payment_evidence"
    payment_id: Mapped[int] = mapped_column(
        ForeignKey("payment.id", ondelete="CASCADE"), primary_key=True)
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)


class Contact(Base):
    """One entry of the call log."""

    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(32), unique=True)
    at: Mapped[str] = mapped_column(String(40))  # ISO 8601 with the offset it came with
    at_utc: Mapped[datetime] = mapped_column(DateTime, index=True)  # for sorting
    channel: Mapped[str | None] = mapped_column(String(16))
    direction: Mapped[str | None] = mapped_column(String(16))
    agent: Mapped[str] = _text()
    summary: Mapped[str] = _text(None)
    outcome: Mapped[str | None] = mapped_column(String(24))
    caller: Mapped[str] = _text()
    caller_kind: Mapped[str | None] = mapped_column(String(16))
    conduct: Mapped[str] = _text()  # the conduct marks in their order, space-separated
    has_offer: Mapped[bool] = _flag()
    offer_monthly: Mapped[Decimal | None] = mapped_column(Cents)
    offer_months: Mapped[int | None] = mapped_column(Integer)
    offer_lump_sum: Mapped[Decimal | None] = mapped_column(Cents)
    offer_note: Mapped[str] = _text(None)
    follow_up: Mapped[date | None] = mapped_column(Date, index=True)
    follow_up_done: Mapped[bool] = _flag()
    debt_links: Mapped[list[ContactDebt]] = relationship(
        order_by="ContactDebt.position", cascade="all, delete-orphan")
    evidence_links: Mapped[list[ContactEvidence]] = relationship(
        order_by="ContactEvidence.position", cascade="all, delete-orphan")
    # The call log sorts in SQLite, by any of these columns, ties in time order; the FTS5
    # index `contact_search`, its terms and its triggers (migration 0005) are not modelled.
    __table_args__ = (
        *(Index(f"ix_contact_by_{name}", name, "at_utc") for name in (
            "channel", "direction", "agent", "outcome", "summary", "offer_monthly",
            "follow_up")),
        Index("ix_contact_at", "at"),
        Index("ix_contact_open", "follow_up_done", "at_utc", "follow_up"),  # open follow-ups
    )


class ContactDebt(Base):
    __tablename__ = "contact_debt"
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    debt_id: Mapped[int] = mapped_column(ForeignKey("debt.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("ix_contact_debt_first", "contact_id", "position"),)


class ContactEvidence(Base):
    __tablename__ = "contact_evidence"
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)


class Plan(Base):
    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    strategy: Mapped[str] = mapped_column(String(16))
    monthly_budget: Mapped[Decimal | None] = mapped_column(Cents)
    one_off_funds: Mapped[Decimal | None] = mapped_column(Cents)
    start: Mapped[date] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(16))
    order_links: Mapped[list[PlanOrder]] = relationship(
        order_by="PlanOrder.position", cascade="all, delete-orphan")
    terms: Mapped[list[PlanTerm]] = relationship(
        order_by="PlanTerm.position", cascade="all, delete-orphan")


class PlanOrder(Base):
    __tablename__ = "plan_order"
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"),
                                         primary_key=True)
    debt_id: Mapped[int] = mapped_column(ForeignKey("debt.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)


class PlanTerm(Base):
    __tablename__ = "plan_term"
    __table_args__ = (UniqueConstraint("plan_id", "debt_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    debt_id: Mapped[int] = mapped_column(ForeignKey("debt.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    treatment: Mapped[str | None] = mapped_column(String(16))
    months: Mapped[int | None] = mapped_column(Integer)
    amount: Mapped[Decimal | None] = mapped_column(Cents)
    rate_value: Mapped[Decimal | None] = mapped_column(DecimalText)
    rate_basis: Mapped[str | None] = mapped_column(String(8))
    freeze_interest: Mapped[bool] = _flag()
    waive_fees: Mapped[bool] = _flag()
    pause_months: Mapped[int | None] = mapped_column(Integer)


class Agreement(Base):
    __tablename__ = "agreement"
    id: Mapped[int] = mapped_column(primary_key=True)
    debt_id: Mapped[int] = mapped_column(ForeignKey("debt.id", ondelete="CASCADE"), index=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"))
    agreed_on: Mapped[date] = mapped_column(Date)
    forgiven: Mapped[Decimal | None] = mapped_column(Cents)
    terms_text: Mapped[str] = _text(None)
    installments: Mapped[list[AgreementInstallment]] = relationship(
        order_by="AgreementInstallment.position", cascade="all, delete-orphan")
    evidence_links: Mapped[list[AgreementEvidence]] = relationship(
        order_by="AgreementEvidence.position", cascade="all, delete-orphan")


class AgreementInstallment(Base):
    __tablename__ = "agreement_installment"
    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    due: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Cents)


class AgreementEvidence(Base):
    __tablename__ = "agreement_evidence"
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True)
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)


# `records.next_ref` finds the highest ref of these tables at the top of an index on
# (length(ref), ref), where the refs of one prefix stand in the order of their numbers ("C9"
# before "C10"), instead of reading every row (migration 0006).
REF_TABLES = (Debt, Evidence, Contact)
for _model in REF_TABLES:
    _ref = _model.__table__.c.ref
    Index(f"ix_{_model.__tablename__}_ref_by_length", func.length(_ref), _ref)
