"""The plan engine: debts, budget and per-debt terms in, a month-by-month schedule out.

Pure: plain frozen inputs, no database, no clock, no Qt. Every amount is a Decimal in whole
cents; interest is rounded half-up per debt per period; every split of money uses the
largest-remainder method so the parts add up to the cent. The rules are DOMAIN.md's
"Plan engine rules"; the comments below name the rule each piece implements.
"""
from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, Decimal
from fractions import Fraction

from core.money import CENT, ZERO, Rate, round_money

MAX_MONTHS = 600
CARD_LIMIT_MONTHS = 60
UNPAID_WARNING_MONTHS = 3
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


# --- outputs -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Row:
    month: int
    date: date
    debt: str  # a debt's ref, or "TOTAL"
    opening: Decimal
    interest: Decimal
    fees: Decimal
    payment: Decimal
    forgiven: Decimal
    closing: Decimal


@dataclass(frozen=True, slots=True)
class Warning:
    code: str
    debt: str | None = None


@dataclass(frozen=True, slots=True)
class Schedule:
    rows: tuple[Row, ...]  # per month: one row per debt in case order, then TOTAL
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
    cleared_in: tuple[tuple[str, int | None], ...] = ()  # month each debt cleared

    def totals(self) -> list[Row]:
        return [r for r in self.rows if r.debt == "TOTAL"]

    def for_debt(self, ref: str) -> list[Row]:
        return [r for r in self.rows if r.debt == ref]


# --- helpers -----------------------------------------------------------------------------

def payment_date(start: date, month: int) -> date:
    """Month 1 is `start`; later months fall on the same day, clamped to the month's end."""
    index = start.month - 1 + month - 1
    year, mon = start.year + index // 12, index % 12 + 1
    return date(year, mon, min(start.day, calendar.monthrange(year, mon)[1]))


def split(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """`amount` in proportion to `weights`, to the cent, by largest remainder; ties go to the
    earlier weight. Zero weights get nothing; all-zero weights give nothing to anyone."""
    cents = int(amount / CENT)
    total = sum(weights, ZERO)
    if cents <= 0 or total <= 0:
        return [ZERO for _ in weights]
    quotas = [Fraction(cents) * Fraction(w) / Fraction(total) for w in weights]
    floors = [int(q) for q in quotas]
    left = cents - sum(floors)
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - floors[i]), i))
    for i in by_remainder[:left]:
        floors[i] += 1
    return [Decimal(c) * CENT for c in floors]


def level_payment(balance: Decimal, months: int, per_period: Decimal) -> Decimal:
    """An annuity's payment clearing `balance` in `months`, rounded up to the cent."""
    if balance <= 0:
        return ZERO
    if per_period == 0:
        raw = balance / months
    else:
        raw = balance * per_period / (1 - (1 + per_period) ** -months)
    return raw.quantize(CENT, rounding=ROUND_CEILING)


def period_rate(rate: Rate | None) -> Decimal:
    """A rate per monthly period: annual / 12; a daily rate counts as rate x 365 / 12."""
    if rate is None:
        return Decimal(0)
    return rate.value * 365 / 12 if rate.basis == "daily" else rate.value / 12


def period_interest(principal: Decimal, rate: Rate | None, days: int) -> Decimal:
    """Interest for one period on principal only: daily per actual day, annual per month."""
    if rate is None or principal <= 0:
        return ZERO
    if rate.basis == "daily":
        return round_money(principal * rate.value * max(days, 0))
    return round_money(principal * rate.value / 12)


def running_rate(debt: DebtIn, term: TermIn) -> Rate | None:
    """The term's own rate; else penalty interest on an overdue debt; else the contract rate;
    none at all when interest is frozen."""
    if term.freeze_interest:
        return None
    if term.rate is not None:
        return term.rate
    if debt.overdue_since is not None and debt.overdue_rate is not None:
        return debt.overdue_rate
    return debt.rate


# --- the engine ----------------------------------------------------------------------------

@dataclass(slots=True)
class _State:
    debt: DebtIn
    term: TermIn
    position: int
    principal: Decimal
    interest: Decimal
    fees: Decimal
    start_balance: Decimal = ZERO
    level: Decimal | None = None
    settled_paid: Decimal = ZERO
    cleared_in: int | None = None
    unpaid_run: int = 0
    warned_unpaid: bool = False

    @property
    def owed(self) -> Decimal:
        return self.principal + self.interest + self.fees

    @property
    def treatment(self) -> str:
        return self.term.treatment or SHARE

    def paused(self, month: int) -> bool:
        return month <= (self.term.pause_months or 0)

    def pay(self, amount: Decimal) -> None:
        """Fees first, then interest, then principal."""
        for name in ("fees", "interest", "principal"):
            take = min(amount, getattr(self, name))
            setattr(self, name, getattr(self, name) - take)
            amount -= take
        assert amount == 0, "a payment never exceeds what is owed"


def _apply_before_start(debt: DebtIn, start: date) -> tuple[Decimal, Decimal, Decimal]:
    """Payments recorded after the statement and before the plan starts, applied to the
    statement balance: fees first, then interest, then principal."""
    owed = [debt.fees, debt.interest, debt.principal]
    for when, amount in sorted(debt.payments):
        if debt.as_of < when < start:
            for index, value in enumerate(owed):
                take = min(amount, value)
                owed[index] -= take
                amount -= take
    fees, interest, principal = owed
    return principal, interest, fees


def run_plan(debts: Sequence[DebtIn], plan: PlanIn) -> Schedule:
    states = []
    for position, debt in enumerate(debts):
        p, i, f = _apply_before_start(debt, plan.start)
        states.append(_State(debt, plan.term(debt.ref), position, p, i, f))
    order_index = {ref: n for n, ref in enumerate(plan.order)}
    rows: list[Row] = []
    warnings: list[Warning] = []
    shortfall_total, shortfall_from = ZERO, None
    totals = {"interest": ZERO, "fees": ZERO, "forgiven": ZERO, "paid": ZERO}
    previous = {s.debt.ref: s.debt.as_of for s in states}
    month, last_date = 0, plan.start

    for s in states:  # waived fees leave before month 1; pro-rata weights are taken here
        s.start_balance = s.owed - (s.fees if s.term.waive_fees else ZERO)

    while month < MAX_MONTHS and any(s.cleared_in is None for s in states):
        month += 1
        when = payment_date(plan.start, month)
        last_date = when
        money = plan.monthly_budget + (plan.one_off_funds if month == 1 else ZERO)
        opening, interest, forgiven, paid, late = {}, {}, {}, {}, {}
        for s in states:
            ref = s.debt.ref
            opening[ref] = s.owed
            forgiven[ref] = paid[ref] = late[ref] = ZERO
            if month == 1 and s.term.waive_fees and s.fees > 0:
                forgiven[ref] = s.fees
                s.fees = ZERO
            if (s.treatment == INSTALLMENTS and s.level is None and s.term.months
                    and s.cleared_in is None and not s.paused(month)):
                # the level payment, fixed on what is owed as the first installment period opens
                s.level = level_payment(s.owed, s.term.months,
                                        period_rate(running_rate(s.debt, s.term)))
            days = (when - previous[ref]).days
            previous[ref] = when
            interest[ref] = ZERO
            if s.cleared_in is None:
                interest[ref] = period_interest(s.principal, running_rate(s.debt, s.term), days)
                s.interest += interest[ref]
            if s.owed == 0 and s.cleared_in is None:
                s.cleared_in = month  # nothing left (fully waived): cleared without a payment

        open_states = [s for s in states if s.cleared_in is None and not s.paused(month)]

        def obligation(s: _State) -> Decimal:
            if s.treatment == INSTALLMENTS and s.level is not None:
                due = s.level
            elif s.treatment == SETTLEMENT and s.term.amount is not None:
                due = s.term.amount - s.settled_paid
            else:
                due = s.debt.minimum_payment or ZERO
            return max(ZERO, min(due, s.owed))

        is_share = lambda s: s.treatment == SHARE and not s.debt.priority  # noqa: E731
        steps = [
            [s for s in open_states if s.debt.priority],
            [s for s in open_states if not s.debt.priority and not is_share(s)],
            [s for s in open_states if is_share(s)] if plan.strategy != "pro_rata" else [],
        ]
        owed_by_step = [[obligation(s) for s in step] for step in steps]
        missed: dict[str, Decimal] = {}
        for step, dues in zip(steps, owed_by_step):
            need = sum(dues, ZERO)
            given = dues if money >= need else split(money, dues)
            for s, due, amount in zip(step, dues, given):
                _pay(s, amount, paid)
                if amount < due:
                    missed[s.debt.ref] = due - amount
            money -= sum(given, ZERO)
        if missed:
            missing = sum(missed.values(), ZERO)
            shortfall_total += missing
            shortfall_from = shortfall_from or month

        shares = [s for s in open_states if is_share(s) and s.owed > 0]
        money = _share_out(plan, shares, money, paid, opening, order_index)
        if money > 0 and not any(is_share(s) and s.cleared_in is None and s.owed > 0
                                 for s in states):
            early = [s for s in open_states if s.treatment == CONTRACT or (
                s.debt.priority and s.treatment not in (INSTALLMENTS, SETTLEMENT))]
            money = _in_order(_order(plan.strategy, early, opening, order_index), money, paid)

        for s in states:
            ref = s.debt.ref
            if s.treatment == SETTLEMENT and s.term.amount is not None and paid[ref] > 0:
                s.settled_paid += paid[ref]
                if s.settled_paid >= s.term.amount or s.owed == 0:
                    forgiven[ref] += s.owed
                    s.principal = s.interest = s.fees = ZERO
            if ref in missed and s.treatment != SETTLEMENT and not s.term.waive_fees:
                fee = round_money(s.debt.late_fee_fixed + s.debt.late_fee_fraction * missed[ref])
                late[ref] = fee
                s.fees += fee
            if s.cleared_in is None and s.owed == 0:
                s.cleared_in = month
            getting_nothing = (s.cleared_in is None and not s.paused(month) and paid[ref] == 0)
            s.unpaid_run = s.unpaid_run + 1 if getting_nothing else 0
            if s.unpaid_run >= UNPAID_WARNING_MONTHS and not s.warned_unpaid:
                s.warned_unpaid = True
                warnings.append(Warning("debt_unpaid_3_months", ref))

        month_rows = [Row(month, when, s.debt.ref, opening[s.debt.ref], interest[s.debt.ref],
                          late[s.debt.ref], paid[s.debt.ref], forgiven[s.debt.ref], s.owed)
                      for s in states]
        rows.extend(month_rows)
        rows.append(_total(month, when, month_rows))
        for key, column in (("interest", "interest"), ("fees", "fees"),
                            ("forgiven", "forgiven"), ("paid", "payment")):
            totals[key] += sum((getattr(r, column) for r in month_rows), ZERO)

    never = any(s.cleared_in is None for s in states)
    warnings = _plan_warnings(states, plan, warnings, never, shortfall_from, month)
    return Schedule(
        rows=tuple(rows), months=month, affordable=shortfall_from is None,
        shortfall=shortfall_total, shortfall_from=shortfall_from,
        debt_free_on=None if never else last_date,
        total_interest=totals["interest"], total_fees=totals["fees"],
        total_forgiven=totals["forgiven"], total_paid=totals["paid"],
        warnings=tuple(warnings),
        cleared_in=tuple((s.debt.ref, s.cleared_in) for s in states),
    )


def _pay(s: _State, amount: Decimal, paid: dict[str, Decimal]) -> Decimal:
    """Pay up to `amount` (never more than owed); return what was not needed."""
    take = min(amount, s.owed)
    if take > 0:
        s.pay(take)
        paid[s.debt.ref] += take
    return amount - take


def _in_order(states: list[_State], money: Decimal, paid: dict[str, Decimal]) -> Decimal:
    for s in states:
        if money <= 0:
            break
        money = _pay(s, money, paid)
    return money


def _order(strategy: str, states: list[_State], opening: dict[str, Decimal],
           order_index: dict[str, int]) -> list[_State]:
    """Who is paid first: avalanche (and pro rata's early pay-down) the highest running rate,
    snowball the smallest balance at the start of the month, custom the plan's order; ties to
    the debt listed first in the case."""
    if strategy == "snowball":
        return sorted(states, key=lambda s: (opening[s.debt.ref], s.position))
    if strategy == "custom":
        return sorted(states, key=lambda s: (order_index.get(s.debt.ref, len(order_index)),
                                             s.position))
    return sorted(states, key=lambda s: (-_annual(running_rate(s.debt, s.term)), s.position))


def _annual(rate: Rate | None) -> Decimal:
    return Decimal(0) if rate is None else rate.annual


def _share_out(plan: PlanIn, shares: list[_State], money: Decimal, paid: dict[str, Decimal],
               opening: dict[str, Decimal], order_index: dict[str, int]) -> Decimal:
    """Step 4: what is left goes to the share debts by the plan's strategy."""
    if money <= 0 or not shares:
        return money
    if plan.strategy != "pro_rata":
        return _in_order(_order(plan.strategy, shares, opening, order_index), money, paid)
    active = [s for s in shares if s.start_balance > 0]
    while money > 0 and active:
        parts = split(money, [s.start_balance for s in active])
        spare = ZERO
        for s, part in zip(active, parts):
            spare += _pay(s, part, paid)
        used = money - spare
        money = spare
        active = [s for s in active if s.owed > 0]
        if used == 0:  # nothing could be placed (every part rounded to zero cents)
            money = _in_order(active, money, paid)
            break
    return money


def _total(month: int, when: date, rows: list[Row]) -> Row:
    def add(name: str) -> Decimal:
        return sum((getattr(r, name) for r in rows), ZERO)
    return Row(month, when, "TOTAL", add("opening"), add("interest"), add("fees"),
               add("payment"), add("forgiven"), add("closing"))


def _plan_warnings(states: list[_State], plan: PlanIn, warnings: list[Warning], never: bool,
                   shortfall_from: int | None, months: int) -> list[Warning]:
    out: list[Warning] = []
    for s in states:
        if s.debt.kind == "credit_card" and (
                (s.treatment == INSTALLMENTS and (s.term.months or 0) > CARD_LIMIT_MONTHS)
                or (s.cleared_in or MAX_MONTHS + 1) > CARD_LIMIT_MONTHS):
            out.append(Warning("card_term_over_60_months", s.debt.ref))
    if plan.disposable is not None and plan.monthly_budget > max(plan.disposable, ZERO):
        out.append(Warning("budget_above_disposable"))
    out.extend(warnings)
    if shortfall_from is not None:
        out.append(Warning("unaffordable"))
    if never:
        out.append(Warning("never_clears"))
    return out


# --- doing nothing ------------------------------------------------------------------------

def do_nothing(debts: Sequence[DebtIn], start: date, months: int) -> list[Decimal]:
    """What would be owed at each payment date if nothing more were paid: overdue principal
    accrues its penalty rate per day (the contract rate where there is none), and each month
    a late fee on the missed minimum. Index 0 is month 1."""
    owed = []
    state = []
    for debt in debts:
        p, i, f = _apply_before_start(debt, start)
        rate = debt.overdue_rate if debt.overdue_rate is not None else debt.rate
        fee = round_money(debt.late_fee_fixed + debt.late_fee_fraction
                          * (debt.minimum_payment or ZERO))
        state.append([p, i + f, debt.as_of, rate, fee])
    for month in range(1, months + 1):
        when = payment_date(start, month)
        total = ZERO
        for entry in state:
            p, extra, previous, rate, fee = entry
            days = (when - previous).days
            if rate is not None and p > 0:
                daily = rate.value if rate.basis == "daily" else rate.value / 365
                extra += round_money(p * daily * max(days, 0))
            extra += fee if p + extra > 0 else ZERO
            entry[1], entry[2] = extra, when
            total += p + extra
        owed.append(total)
    return owed


def saved_against_nothing(debts: Sequence[DebtIn], plan: PlanIn, schedule: Schedule) -> Decimal:
    """What doing nothing would cost beyond the plan, at the month the plan ends: what would
    then be owed, less everything the plan paid."""
    if schedule.months == 0:
        return ZERO
    nothing = do_nothing(debts, plan.start, schedule.months)[-1]
    still_owed = schedule.totals()[-1].closing
    return nothing - (schedule.total_paid + still_owed)
