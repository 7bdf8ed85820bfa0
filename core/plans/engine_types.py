"""What the plan engine takes and gives: frozen inputs (debts, a plan and its per-debt
terms) and the schedule it returns, month by month.

Kept apart from core.plans.engine so the engine file holds only the rules that turn one into
the other. Everything here is plain immutable data, importable without the engine: the plans
use cases, the letters and the schedule export build or read these types.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any, NamedTuple, overload

from core.money import ZERO, Rate

SHARE, CONTRACT, INSTALLMENTS, SETTLEMENT = "share", "contract", "installments", "settlement"


# --- inputs ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DebtIn:
    ref: str
    principal: Decimal
    interest: Decimal = ZERO
    fees: Decimal = ZERO
    as_of: date = date(2026, 1, 1)
    kind: str | None = None
    rate: Rate | None = None
    overdue_rate: Rate | None = None
    overdue_since: date | None = None
    minimum_payment: Decimal | None = None
    late_fee_fixed: Decimal = ZERO
    late_fee_fraction: Decimal = Decimal(0)
    priority: bool = False
    payments: tuple[tuple[date, Decimal], ...] = ()  # recorded payments: (date, amount)


@dataclass(frozen=True, slots=True)
class TermIn:
    treatment: str = SHARE
    months: int | None = None
    amount: Decimal | None = None
    rate: Rate | None = None
    freeze_interest: bool = False
    waive_fees: bool = False
    pause_months: int = 0


@dataclass(frozen=True, slots=True)
class PlanIn:
    strategy: str
    start: date
    monthly_budget: Decimal
    one_off_funds: Decimal = ZERO
    order: tuple[str, ...] = ()
    terms: tuple[tuple[str, TermIn], ...] = ()  # (debt ref, term); a debt without one: share
    disposable: Decimal | None = None  # income - expenses, when there is a statement

    def term(self, ref: str) -> TermIn:
        for key, term in self.terms:
            if key == ref:
                return term
        return TermIn()

    def terms_by_debt(self) -> dict[str, TermIn]:
        """Each debt's term as `term` finds it (the first one given wins), looked up once for
        callers that go through every debt."""
        return {key: term for key, term in reversed(self.terms)}


# --- outputs -----------------------------------------------------------------------------

def as_decimal(cents: int) -> Decimal:
    """Whole cents as a Decimal with two places (the engine counts in cents)."""
    return Decimal(cents).scaleb(-2)


class Row(NamedTuple):
    """One debt (or the TOTAL) in one month. Amounts are kept in whole cents; the named
    properties give them as Decimals."""

    month: int
    date: date
    debt: str  # a debt's ref, or "TOTAL"
    opening_c: int
    interest_c: int
    fees_c: int
    payment_c: int
    forgiven_c: int
    closing_c: int

    @property
    def opening(self) -> Decimal:
        return as_decimal(self.opening_c)

    @property
    def interest(self) -> Decimal:
        return as_decimal(self.interest_c)

    @property
    def fees(self) -> Decimal:
        return as_decimal(self.fees_c)

    @property
    def payment(self) -> Decimal:
        return as_decimal(self.payment_c)

    @property
    def forgiven(self) -> Decimal:
        return as_decimal(self.forgiven_c)

    @property
    def closing(self) -> Decimal:
        return as_decimal(self.closing_c)


_row = partial(tuple.__new__, Row)  # a Row from a plain tuple, without keyword handling


class Rows(Sequence[Row]):
    """A schedule's rows, kept as plain tuples and handed out as `Row`s when read.

    A schedule of a thousand debts holds ~100,000 rows. Plain tuples of numbers, dates and
    text are dropped from the cyclic garbage collector's watch the first time it passes;
    instances of a tuple subclass never are, so each schedule kept (the plans' cache keeps
    several) would make every later full collection in the process walk them all, and each
    run of the engine would set off one. A `Row` made on reading lives as long as its
    reader holds it."""

    __slots__ = ("_plain",)

    def __init__(self, rows: Iterable[tuple[Any, ...]] = ()) -> None:
        self._plain = tuple(map(tuple, rows))

    @property
    def plain(self) -> tuple[tuple[Any, ...], ...]:
        """The rows as plain tuples in `Row`'s field order, for a reader that goes through
        every row of a large schedule without a `Row` made for each."""
        return self._plain

    def __len__(self) -> int:
        return len(self._plain)

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Row, ...]: ...

    def __getitem__(self, index: int | slice) -> Row | tuple[Row, ...]:
        if isinstance(index, slice):
            return tuple(map(_row, self._plain[index]))
        return _row(self._plain[index])

    def __iter__(self) -> Iterator[Row]:
        return map(_row, self._plain)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Rows):
            return self._plain == other._plain
        if isinstance(other, (tuple, list)):
            return self._plain == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._plain)

    def __repr__(self) -> str:
        return f"Rows({list(self)!r})"


@dataclass(frozen=True, slots=True)
class Warning:
    code: str
    debt: str | None = None


@dataclass(frozen=True, slots=True)
class Schedule:
    rows: Rows  # per month: one row per debt in case order, then TOTAL
    months: int
    affordable: bool
    shortfall: Decimal
    shortfall_from: int | None
    debt_free_on: date | None
    total_interest: Decimal
    total_fees: Decimal
    total_forgiven: Decimal
    total_paid: Decimal
    warnings: tuple[Warning, ...]
    cleared_in: tuple[tuple[str, int | None], ...] = ()  # the month each debt cleared

    def _per_month(self) -> int:
        """How many rows each month has: one per debt, then the TOTAL."""
        return len(self.rows) // self.months if self.months else 0

    def totals(self) -> list[Row]:
        per_month = self._per_month()
        return list(self.rows[per_month - 1::per_month]) if per_month else []

    def rows_between(self, first: date, last: date) -> list[Row]:
        """The rows of the months paid from `first` to `last`, both included: found a month
        at a time (each month has the same number of rows), not by looking at every row."""
        if not self.months:
            return []
        per_month = self._per_month()
        out: list[Row] = []
        for start in range(0, len(self.rows), per_month):
            when = self.rows.plain[start][1]
            if when > last:
                break
            if when >= first:
                out += self.rows[start:start + per_month]
        return out

    def first_payments(self) -> dict[str, Row]:
        """Each debt's first month with a payment (a debt the plan never pays is absent),
        found by reading the months in turn only until every debt has had one."""
        debts = self._per_month() - 1 if self.months else 0
        out: dict[str, Row] = {}
        for r in self.rows.plain:
            if r[6] > 0 and r[2] != "TOTAL" and r[2] not in out:
                out[r[2]] = _row(r)
                if len(out) == debts:
                    break
        return out

    def for_debt(self, ref: str) -> list[Row]:
        """One debt's rows, month by month: its place in each month, not a look at every
        row."""
        refs = [r for r, _ in self.cleared_in]
        if ref not in refs:
            return []
        per_month = self._per_month()
        return list(self.rows[refs.index(ref)::per_month]) if per_month else []

    def by_debt(self) -> dict[str, list[Row]]:
        """Every debt's rows, month by month (its place in each month)."""
        per_month = self._per_month()
        if not per_month:
            return {}
        return {ref: list(self.rows[k::per_month])
                for k, (ref, _) in enumerate(self.cleared_in)}
