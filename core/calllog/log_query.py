"""The call log as SQLite answers it: which contacts a search and the filters keep, in the
order of a chosen column (one shown as words, such as the channel, in the order of those
words in the person's language), as row ids; how many they are; the open follow-ups,
soonest first; a contact's row id by its ref. Nothing here reads the whole log into
Python, so a log of a hundred thousand calls answers in milliseconds.

The search finds any part of a word in Chinese or English, whatever its case, in what was
said, the agent, an offer's note and a creditor's name, through the FTS5 trigram index
`contact_search` (migration 0005): three characters or more as a phrase; one or two, which
a trigram cannot hold, as any of the indexed trigrams that start with them (the index pads
each value so that every character starts one).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from core.casefile_spec import CHANNELS, DIRECTIONS, OUTCOMES
from core.schema import fail, shorten
from core.store.views import Row

if TYPE_CHECKING:
    from core.store.database import Store

# The column a person sorts the log by -> what SQLite orders by (each has an index ending
# in at_utc, so ties come out in time order and no sort runs in Python).
SORT_KEYS = {
    "at": ("c.at_utc",),
    "creditor": ("first_debt.creditor", "c.at_utc"),
    "channel": ("c.channel", "c.at_utc"),
    "direction": ("c.direction", "c.at_utc"),
    "agent": ("c.agent", "c.at_utc"),
    "outcome": ("c.outcome", "c.at_utc"),
    "offer": ("c.offer_monthly", "c.at_utc"),
    "follow_up": ("c.follow_up", "c.at_utc"),
    "summary": ("c.summary", "c.at_utc"),
}
# What a sort reads beside the contact: the creditor of its first debt (every contact has
# one, at position 0), joined rather than asked row by row.
SORT_JOINS = {"creditor": " JOIN contact_debt first_link ON first_link.contact_id = c.id "
                          "AND first_link.position = 0 "
                          "JOIN debt first_debt ON first_debt.id = first_link.debt_id"}
# The columns a screen shows as words (a label per stored code): they sort by those words
# when the query says in which order the codes' labels come (LogQuery.ranks), each code's
# contacts read in turn through the column's index.
RANKED = {"channel": CHANNELS, "direction": DIRECTIONS, "outcome": OUTCOMES}
TRIGRAM = 3  # the fewest characters the full-text index can find


@dataclass(frozen=True)
class LogQuery:
    """What the call log shows: a search, the filters, and the order (None: newest first)."""

    text: str = ""
    debt: str | None = None  # a debt's ref
    channel: str | None = None
    outcome: str | None = None
    start: date | None = None  # the first day shown (the day of the call where it was made)
    end: date | None = None  # the last day shown
    open_only: bool = False  # only entries whose follow-up is still open
    sort: str | None = None  # a key of SORT_KEYS
    descending: bool = False
    # For a sort by a RANKED column: its codes in the order of the labels a person reads
    # (empty: in the order of the codes themselves). Codes left out come after those named.
    ranks: tuple[str, ...] = ()


def _like(text: str) -> str:
    """A LIKE pattern finding `text` anywhere, its wildcards taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _match(store: Store, needle: str) -> str:
    """The FTS5 query finding `needle`: itself as a phrase, or, shorter than a trigram,
    every indexed trigram that starts with it ("" finds nothing)."""
    if len(needle) >= TRIGRAM:
        return _quoted(needle)
    folded = needle.lower()  # as the trigram tokenizer folds what it indexes
    with read_cursor(store) as cursor:
        terms = [term for (term,) in cursor.execute(
            "SELECT term FROM contact_search_terms WHERE term >= ? AND term < ?",
            (folded, folded + "\U0010ffff"))]
    return " OR ".join(map(_quoted, terms)) or '""'


def _debts_named(store: Store, needle: str) -> list[int]:
    """The debts whose creditor's name holds `needle` (a short table: read at once)."""
    with read_cursor(store) as cursor:
        return [i for (i,) in cursor.execute(
            "SELECT id FROM debt WHERE creditor LIKE ? ESCAPE '\\'", (_like(needle),))]


def _found(store: Store, needle: str, union: str = "UNION ALL") -> tuple[str, list[Any]]:
    """The SELECT of the row ids of the contacts `needle` finds, and its parameters."""
    found = "SELECT rowid FROM contact_search WHERE contact_search MATCH ?"
    params: list[Any] = [_match(store, needle)]
    debts = _debts_named(store, needle)
    if debts:
        found += (f" {union} SELECT contact_id FROM contact_debt WHERE debt_id IN "
                  f"({', '.join('?' * len(debts))})")
        params += debts
    return found, params


def _where(store: Store, query: LogQuery, ordered: bool = True
           ) -> tuple[list[str], list[Any]]:
    """The WHERE clauses of `query` and their parameters; `ordered` when SQLite is to walk
    an order's index and stop at a LIMIT."""
    clauses: list[str] = []
    params: list[Any] = []
    needle = query.text.strip()
    if needle:
        # The matches as one set, tested while SQLite walks the order's index (the `+`):
        # the first rows come at once, where reading every match and sorting them would not.
        # A count has no order: it looks each match up instead.
        found, params = _found(store, needle)
        clauses.append(f"{'+' if ordered else ''}c.id IN ({found})")
    if query.debt is not None:
        clauses.append("c.id IN (SELECT l.contact_id FROM contact_debt l JOIN debt d "
                       "ON d.id = l.debt_id WHERE d.ref = ?)")
        params.append(query.debt)
    for name in ("channel", "outcome"):
        value = getattr(query, name)
        if value is not None:
            clauses.append(f"c.{name} = ?")
            params.append(value)
    # `at` is ISO 8601 with the offset it was made at, so its text starts with that day
    if query.start is not None:
        clauses.append("c.at >= ?")
        params.append(query.start.isoformat())
    if query.end is not None:
        clauses.append("c.at < ?")
        params.append((query.end + timedelta(days=1)).isoformat())
    if query.open_only:
        clauses.append("c.follow_up IS NOT NULL AND c.follow_up_done = 0")
    return clauses, params


_CONTACTS_SQL = (
    "SELECT id, ref, at, channel, direction, agent, summary, outcome, has_offer, "
    "offer_monthly, offer_months, offer_lump_sum, offer_note, follow_up, follow_up_done, "
    "caller, caller_kind, conduct FROM contact {where} ORDER BY at_utc DESC, id DESC")
_DEBTS_SQL = ("SELECT l.contact_id, d.ref, d.creditor FROM contact_debt l "
              "JOIN debt d ON d.id = l.debt_id {where} ORDER BY l.contact_id, l.position")
_EVIDENCE_SQL = ("SELECT l.contact_id, e.ref FROM contact_evidence l "
                 "JOIN evidence e ON e.id = l.evidence_id {where} "
                 "ORDER BY l.contact_id, l.position")


def contact_rows(store: Store, ids: list[int] | None) -> list[Row]:
    """The contacts with these row ids (every contact for None), newest first: what a
    screen showing a part of a long log reads for the rows in sight."""
    from core.money import from_cents

    where, link_where = "", ""
    params: tuple[int, ...] = ()
    if ids is not None:
        marks = ", ".join("?" * len(ids))
        where, link_where, params = (f"WHERE id IN ({marks})",
                                     f"WHERE l.contact_id IN ({marks})", tuple(ids))
    with read_cursor(store) as cursor:
        debts: dict[int, list[tuple[str, str]]] = {}
        for contact_id, ref, creditor in cursor.execute(_DEBTS_SQL.format(where=link_where),
                                                        params):
            debts.setdefault(contact_id, []).append((ref, creditor))
        evidence: dict[int, list[str]] = {}
        for contact_id, ref in cursor.execute(_EVIDENCE_SQL.format(where=link_where), params):
            evidence.setdefault(contact_id, []).append(ref)
        records = cursor.execute(_CONTACTS_SQL.format(where=where), params).fetchall()
    parse_time, parse_day = datetime.fromisoformat, date.fromisoformat
    rows = []
    for (i, ref, at, channel, direction, agent, summary, outcome, has_offer, monthly,
         months, lump, note, follow_up, done, caller, caller_kind, conduct) in records:
        links = debts.get(i, [])
        offer = None
        if has_offer:
            offer = {"monthly": None if monthly is None else from_cents(monthly),
                     "months": months,
                     "lump_sum": None if lump is None else from_cents(lump),
                     "note": note or ""}
        data = {"ref": ref, "debts": [d for d, _ in links], "at": parse_time(at),
                "channel": channel, "direction": direction, "agent": agent or "",
                "summary": summary or "", "outcome": outcome, "offer": offer,
                "follow_up": None if follow_up is None else parse_day(follow_up),
                "follow_up_done": bool(done), "evidence": evidence.get(i, []),
                "caller": caller or "", "caller_kind": caller_kind,
                "conduct": (conduct or "").split()}
        rows.append(Row(i, data, tuple(c for _, c in links)))
    return rows


def contact_ids(store: Store, query: LogQuery, limit: int | None = None,
                offset: int = 0) -> list[int]:
    """The row ids of the contacts `query` keeps, in its order: all of them, or `limit`
    from `offset` on (a long log is read a chunk at a time)."""
    order = _order(query)
    clauses, params = _where(store, query)
    with read_cursor(store) as cursor:
        if query.ranks and query.sort in RANKED:
            return _ranked_ids(cursor, query, clauses, params, limit, offset)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        part = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [i for (i,) in cursor.execute(
            f"SELECT c.id FROM contact c{SORT_JOINS.get(query.sort or '', '')}{where} "
            f"ORDER BY {order}{part}", params)]


def _order(query: LogQuery) -> str:
    """The ORDER BY of `query` (a column's code for a ranked one)."""
    if query.sort is None:
        return "c.at_utc DESC, c.id DESC"
    if query.sort not in SORT_KEYS:
        raise fail(("sort",), "not_choice", value=shorten(str(query.sort)),
                   choices=", ".join(SORT_KEYS))
    way = " DESC" if query.descending else ""
    return ", ".join(key + way for key in (*SORT_KEYS[query.sort], "c.id"))


def _ranked(query: LogQuery) -> list[str | None]:
    """The values of a ranked column in the order they show: empty first (as in every
    other column), then the codes as `ranks` orders them, then any it leaves out in the
    order of the codes; the other way round for a descending sort."""
    known = RANKED[query.sort or ""]
    for code in query.ranks:
        if code not in known:
            raise fail(("ranks",), "not_choice", value=shorten(str(code)),
                       choices=", ".join(known))
    values = [None, *dict.fromkeys(query.ranks), *sorted(set(known) - set(query.ranks))]
    return values[::-1] if query.descending else values


def _ranked_ids(cursor: Any, query: LogQuery, clauses: list[str], params: list[Any],
                limit: int | None, offset: int) -> list[int]:
    """A column of words sorts one value at a time: each value's contacts come in time
    order straight from the column's index (which ends in at_utc), where one ORDER BY of a
    CASE would sort every contact (a tenth of a second at a hundred thousand calls). The
    values an offset passes over whole are only counted, all in one query."""
    column = SORT_KEYS[query.sort or ""][0]
    way = " DESC" if query.descending else ""
    sizes: dict[str | None, int] = {}
    if offset:  # how many each value has, counted at once
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        sizes = dict(cursor.execute(
            f"SELECT {column}, count(*) FROM contact c{where} GROUP BY {column}", params))
    ids: list[int] = []
    for value in _ranked(query):
        if offset and sizes.get(value, 0) <= offset:  # passed over whole
            offset -= sizes.get(value, 0)
            continue
        test, arm = (f"{column} IS NULL", []) if value is None else (f"{column} = ?", [value])
        where = " WHERE " + " AND ".join([test, *clauses])
        want = -1 if limit is None else limit - len(ids)
        ids += [i for (i,) in cursor.execute(
            f"SELECT c.id FROM contact c{where} ORDER BY c.at_utc{way}, c.id{way} "
            f"LIMIT {want} OFFSET {offset}", arm + params)]
        offset = 0
        if limit is not None and len(ids) >= limit:
            break
    return ids


def keeps(store: Store, query: LogQuery, contact_id: int) -> bool:
    """Whether `query` keeps the contact with this row id (looked up, none other read)."""
    clauses, params = _where(store, query, ordered=False)
    where = " AND ".join(["c.id = ?", *clauses])
    with read_cursor(store) as cursor:
        return cursor.execute(f"SELECT 1 FROM contact c WHERE {where}",
                              [contact_id, *params]).fetchone() is not None


def count_matching(store: Store, query: LogQuery) -> int:
    """How many contacts `query` keeps (counted by SQLite, none read). A search alone is
    counted in the full-text index itself, without a look at the contacts."""
    needle = query.text.strip()
    if needle and _filters_only_text(query):
        found, params = _found(store, needle, union="UNION")
        sql = f"SELECT count(*) FROM ({found})"
    else:
        clauses, params = _where(store, query, ordered=False)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        sql = f"SELECT count(*) FROM contact c{where}"
    with read_cursor(store) as cursor:
        return int(cursor.execute(sql, params).fetchone()[0])


def _filters_only_text(query: LogQuery) -> bool:
    return (query.debt, query.channel, query.outcome, query.start, query.end,
            query.open_only) == (None, None, None, None, None, False)


def count_contacts(store: Store) -> int:
    """How many entries the log holds."""
    with read_cursor(store) as cursor:
        return int(cursor.execute("SELECT count(*) FROM contact").fetchone()[0])


def contact_id(store: Store, ref: str) -> int | None:
    """The row id of the contact `ref`, None if there is none."""
    with read_cursor(store) as cursor:
        found = cursor.execute("SELECT id FROM contact WHERE ref = ?", (ref,)).fetchone()
    return None if found is None else int(found[0])


def open_follow_ups(store: Store, limit: int) -> tuple[list[Row], int]:
    """The first `limit` open follow-ups, soonest due first, and how many are open."""
    where = "FROM contact WHERE follow_up IS NOT NULL AND follow_up_done = 0"
    with read_cursor(store) as cursor:
        total = int(cursor.execute(f"SELECT count(*) {where}").fetchone()[0])
        ids = [i for (i,) in cursor.execute(
            f"SELECT id {where} ORDER BY follow_up, at_utc, id LIMIT ?", (limit,))]
    rows = {row.id: row for row in contact_rows(store, ids)}
    return [rows[i] for i in ids if i in rows], total


@contextmanager
def read_cursor(store: Store) -> Iterator[Any]:
    """A driver cursor inside a read of the store: plain SQL, no ORM object per row."""
    with store.read() as session:
        driver = session.connection().connection.driver_connection
        assert driver is not None
        cursor = driver.cursor()
        try:
            yield cursor
        finally:
            cursor.close()
