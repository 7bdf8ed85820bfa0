"""Import and export the whole case as a `.json` case file, all or nothing."""
from __future__ import annotations

import functools
import itertools
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from core import i18n
from core.case.progress import Cancel, CountedList, Progress, Ticker
from core.casefile_spec import FORMAT, VERSION, dump_case, validate_case
from core.changes import Change
from core.errors import DomainError
from core.schema import shorten
from core.store import bulk_load
from core.store import models as m
from core.store import records as r
from core.store.blobs import blob_path, file_key, open_blob
from core.store.database import Store
from core.store.oserrors import storage_problem

# Children before parents, so deleting in this order never trips a foreign key.
_ALL_TABLES = (m.AgreementEvidence, m.AgreementInstallment, m.Agreement, m.PlanTerm,
               m.PlanOrder, m.Plan, m.ContactEvidence, m.ContactDebt, m.Contact,
               m.PaymentEvidence, m.Payment, m.EvidenceDebt, m.Evidence, m.Debt,
               m.BudgetLine, m.CaseInfo)


@dataclass(frozen=True, slots=True)
class CaseSource:
    """A checked case file: its data and, for a .debtcase, where its evidence bytes are."""

    data: dict[str, Any]
    archive: Path | None = None
    blobs: tuple[tuple[str, str], ...] = ()  # (sha256, member name)
    archive_key: bytes | None = None  # a sealed archive's files key


def load_case_file(path: Path, passphrase: Callable[[], str] | None = None, *,
                   progress: Progress | None = None,
                   cancelled: Cancel | None = None) -> CaseSource:
    """Read and check a .json or .debtcase file completely; nothing is written anywhere.
    A sealed .debtcase is opened with `passphrase()` (asked only then). A .debtcase's
    members are counted by `progress(done, total)` as they are checked; `cancelled()` is
    asked between them and once the file is read (then Cancelled)."""
    ticker = Ticker(progress, cancelled)
    if path.suffix.lower() == ".debtcase":
        from core.case.archive import read_archive, sealed_header

        key = None
        header = sealed_header(path)
        if header is not None:
            from core.store.seal import NeedsPassphrase, open_with, read_document

            if passphrase is None:
                raise NeedsPassphrase(i18n.t("seal_no_passphrase"))
            key = open_with(passphrase(), read_document(header[0], path.name)).files
        case_json, blobs = read_archive(path, key, None if ticker.idle else ticker)
        document = _parse_json(case_json, path.name)
        del case_json  # the bytes let go of before the data is checked (a copy fewer)
        source = CaseSource(_validated(document, path.name), path, tuple(blobs.items()), key)
    else:
        source = CaseSource(read_case_file(path))
    ticker.check()
    return source


def read_case_file(path: Path) -> dict[str, Any]:
    """Read and validate a .json case file; nothing is written anywhere."""
    if path.suffix.lower() != ".json":
        raise DomainError(i18n.t("unknown_suffix", file=path.name))
    from core.case.archive import MAX_CASE

    try:
        with path.open("rb") as handle:  # never more than the limit in memory
            raw = handle.read(MAX_CASE + 1)
    except OSError as error:
        raise DomainError(i18n.t("cannot_read", file=path.name,
                                 detail=error.strerror or type(error).__name__)) from None
    if len(raw) > MAX_CASE:
        raise DomainError(i18n.t("case_too_large", file=path.name,
                                 limit=MAX_CASE // (1024 * 1024)))
    document = _parse_json(raw, path.name)
    del raw  # the bytes let go of before the data is checked (a copy fewer)
    return _validated(document, path.name)


def parse_case_bytes(raw: bytes, file_name: str) -> dict[str, Any]:
    return _validated(_parse_json(raw, file_name), file_name)


def _parse_json(raw: bytes, file_name: str) -> Any:
    """The JSON document; its text is let go of on return, before the checks build the
    data (a large case's text is as big as its bytes twice over)."""
    try:  # a byte-order mark, as Windows Notepad writes one, is no reason to refuse a file
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DomainError(i18n.t("not_utf8_file", file=file_name, offset=error.start)) \
            from None
    try:
        document = json.loads(text, parse_float=_no_float_literal,
                              object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as error:
        raise DomainError(i18n.t("json_syntax", file=file_name, line=error.lineno,
                                 column=error.colno, detail=shorten(error.msg, 60))) from None
    except (ValueError, RecursionError) as error:
        raise DomainError(i18n.t("not_json", file=file_name, detail=shorten(str(error), 80))) \
            from None
    return document


def _validated(document: Any, file_name: str) -> dict[str, Any]:
    try:
        return validate_case(document)
    except DomainError as error:
        raise error.in_file(file_name) from None


class _FloatLiteral(float):
    """A JSON number with a fraction: kept apart so that an amount written 12.5 is refused."""


def _no_float_literal(text: str) -> _FloatLiteral:
    return _FloatLiteral(text)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"key {shorten(key)!r} appears twice in one object")
        out[key] = value
    return out


def store_is_empty(session: Session) -> bool:
    return not any(session.scalar(select(func.count()).select_from(t)) for t in
                   (m.Debt, m.Contact, m.Evidence, m.Plan, m.Payment, m.Agreement, m.BudgetLine)) \
        and not session.scalar(select(func.count()).select_from(m.CaseInfo)
                               .where(m.CaseInfo.has_person | m.CaseInfo.has_hardship
                                      | m.CaseInfo.has_household | m.CaseInfo.has_budget))


def import_case(store: Store, data: dict[str, Any] | CaseSource, *, replace: bool = False,
                progress: Progress | None = None, cancelled: Cancel | None = None) -> Change:
    """Write validated case data into the store in one transaction.

    A store that already holds a case is refused unless `replace`, which swaps the whole case
    atomically: a failure half-way leaves the old case exactly as it was. A .debtcase's
    evidence bytes are put in place first (written once, by hash), so no entry ever points
    at bytes that are not there; if the import then fails or is cancelled, the bytes it put
    there are removed again. `progress(done, total)` counts entries and evidence files;
    `cancelled()` is asked between batches (then Cancelled, nothing changed).
    """
    store.check_writable()  # before any evidence bytes are put in place
    source = data if isinstance(data, CaseSource) else CaseSource(data)
    data = source.data
    ticker = Ticker(progress, cancelled)
    if not replace:
        with store.read() as session:
            if not store_is_empty(session):
                raise DomainError(i18n.t("store_not_empty"))
    members = _evidence_to_extract(store, source)
    ticker.start(case_size(data) + len(members))
    try:
        if members:
            _extract_evidence(store, source, members, ticker)
        with store.write() as session:
            if not store_is_empty(session):
                if not replace:
                    raise DomainError(i18n.t("store_not_empty"))
            # The case's calendar id outlives the case it replaces: a plan exported again
            # after a re-import must update the events a calendar already holds, not add twins.
            calendar_id = session.scalar(select(m.CaseInfo.calendar_id)
                                         .where(m.CaseInfo.id == 1))
            with bulk_load.set_aside(session, [t.__tablename__ for t in _ALL_TABLES]):
                for table in _ALL_TABLES:
                    session.execute(delete(table))
                write_case(session, data, calendar_id, ticker)
            ticker.finish()  # a cancel at the very end still rolls the transaction back
    except BaseException:
        for _, target in members:  # none existed before: nothing but this import names them
            target.unlink(missing_ok=True)
        raise
    return Change.ALL


LISTS = ("debts", "evidence", "payments", "contacts", "plans", "agreements")


def case_size(data: dict[str, Any]) -> int:
    """The entries of a case, as its progress counts them."""
    return sum(len(data[name]) for name in LISTS)


def write_case(session: Session, data: dict[str, Any], calendar_id: str | None = None,
               ticker: Ticker | None = None) -> None:
    info = m.CaseInfo(id=1, currency=data["currency"], language=data["language"],
                      country=data["country"], has_budget=data["budget"] is not None,
                      calendar_id=calendar_id)
    r.apply_person(info, data["person"])
    r.apply_household(info, data["household"])
    r.apply_hardship(info, data["hardship"])
    session.add(info)
    session.add_all(r.budget_rows(data["budget"]))
    step = (ticker or Ticker(None, None)).step
    debts = [r.apply_debt(m.Debt(), d) for d in data["debts"]]
    session.add_all(debts)
    session.flush()
    step(len(debts))
    debt_id = {d.ref: d.id for d in debts}
    ev_id = _insert_batched(session, m.Evidence,
                            (r.evidence_values(e, debt_id) for e in data["evidence"]), step)
    _insert_batched(session, m.Payment,
                    (r.payment_values(p, debt_id, ev_id) for p in data["payments"]), step)
    _insert_batched(session, m.Contact,
                    (r.contact_values(c, debt_id, ev_id) for c in data["contacts"]), step)
    plans = [r.plan_row(p, debt_id) for p in data["plans"]]
    session.add_all(plans)
    session.flush()
    step(len(plans))
    plan_id = {p.name: p.id for p in plans}
    session.add_all(r.agreement_row(a, debt_id, plan_id, ev_id) for a in data["agreements"])
    session.flush()
    step(len(data["agreements"]))


BATCH = 500


def _insert_batched(session: Session, model: Any, rows: Iterable[r.Values],
                    step: Callable[[int], None]) -> dict[str, int]:
    """Write rows given as values (`records.Values`) a batch at a time, many to one INSERT
    statement, so a case of tens of thousands of entries is never held as rows all at once.
    Each row's id is given here, after the highest in the table and in the file's order, and
    its links carry it. `step` is told of each batch written. Returns each ref → its id."""
    table = model.__table__
    relationships = model.__mapper__.relationships
    parent_key = {name: rel.synchronize_pairs[0][1].key for name, rel in relationships.items()}
    next_id = (session.scalar(select(func.max(table.c.id))) or 0) + 1
    ids: dict[str, int] = {}
    rows = iter(rows)
    while batch := list(itertools.islice(rows, BATCH)):
        parents: list[dict[str, Any]] = []
        links: dict[str, list[dict[str, Any]]] = {}
        for columns, lists in batch:
            parents.append({**columns, "id": next_id})
            if "ref" in columns:
                ids[columns["ref"]] = next_id
            for name, linked in lists.items():
                links.setdefault(name, []).extend({**link, parent_key[name]: next_id}
                                                  for link in linked)
            next_id += 1
        session.execute(insert(table), parents)
        for name, linked in links.items():
            if linked:
                session.execute(insert(relationships[name].mapper.local_table), linked)
        step(len(batch))
    return ids


def read_case(session: Session, ticker: Ticker | None = None) -> dict[str, Any]:
    """The whole case as validated-form data, every list in its stored order (`ticker`
    steps as each entry is read)."""
    counted = (ticker or Ticker(None, None)).counted
    info = session.get(m.CaseInfo, 1) or m.CaseInfo(id=1, currency="CNY")
    lines = list(session.scalars(select(m.BudgetLine).order_by(m.BudgetLine.id)))
    debts = list(counted(session.scalars(select(m.Debt).order_by(m.Debt.id))))
    debt_ref = {d.id: d.ref for d in debts}
    evidence = list(counted(session.scalars(r.full(m.Evidence).order_by(m.Evidence.id))))
    ev_ref = {e.id: e.ref for e in evidence}
    plans = list(counted(session.scalars(r.full(m.Plan).order_by(m.Plan.id))))
    plan_name = {p.id: p.name for p in plans}
    data = r.case_info_to_data(info)
    data.update({
        "format": FORMAT, "version": VERSION,
        "exported_at": None,
        "budget": r.budget_to_data(info, lines),
        "debts": [r.debt_to_data(d) for d in debts],
        "payments": [r.payment_to_data(p, debt_ref, ev_ref) for p in counted(
            session.scalars(_by_batch(r.full(m.Payment).order_by(m.Payment.id))))],
        "contacts": [r.contact_to_data(c, debt_ref, ev_ref) for c in counted(
            session.scalars(_by_batch(r.full(m.Contact).order_by(m.Contact.id))))],
        "evidence": [r.evidence_to_data(e, debt_ref) for e in evidence],
        "plans": [r.plan_to_data(p, debt_ref) for p in plans],
        "agreements": [r.agreement_to_data(a, debt_ref, plan_name, ev_ref) for a in counted(
            session.scalars(r.full(m.Agreement).order_by(m.Agreement.id)))],
    })
    return data


def _by_batch(query: Any) -> Any:
    """Rows fetched a batch at a time and let go of once turned into data: a call log of
    100,000 entries is never held as objects all at once."""
    return query.execution_options(yield_per=BATCH)


_COUNTED = (m.Debt, m.Evidence, m.Payment, m.Contact, m.Plan, m.Agreement)


def export_document(store: Store, now: datetime | None = None,
                    ticker: Ticker | None = None) -> dict[str, Any]:
    """The case as its file holds it. A `ticker` is started with twice the entries (each
    counts once read, once written) and an evidence file's share for each entry with bytes
    (an upper bound, made exact when the files are known)."""
    with store.read() as session:
        if ticker is not None:
            entries = sum(session.scalar(select(func.count()).select_from(t)) or 0
                          for t in _COUNTED)
            ticker.start(2 * entries + ticker.total)
        data = read_case(session, ticker)
    data["exported_at"] = (now or datetime.now(UTC)).replace(microsecond=0)
    document = dump_case(data)
    first = ("format", "version", "exported_at", "currency", "language", "country")
    return {**{k: document[k] for k in first}, **{k: v for k, v in document.items()
                                                  if k not in first}}


def _evidence_to_extract(store: Store, source: CaseSource) -> list[tuple[str, Path]]:
    """(member, target) of the archive's evidence files the case names and the store has
    not got yet."""
    if source.archive is None:
        return []
    wanted = {e["sha256"] for e in source.data["evidence"]}
    targets = ((member, blob_path(store, sha)) for sha, member in source.blobs if sha in wanted)
    return [(member, target) for member, target in targets if not target.exists()]


def _extract_evidence(store: Store, source: CaseSource, members: list[tuple[str, Path]],
                      ticker: Ticker) -> None:
    from core.case.archive import extract_blobs

    store.evidence_dir.mkdir(mode=0o700, exist_ok=True)
    extract_blobs(source.archive, members, source.archive_key,  # type: ignore[arg-type]
                  file_key(store), None if ticker.idle else ticker.step)


def export_case(store: Store, path: Path, now: datetime | None = None, *,
                progress: Progress | None = None, cancelled: Cancel | None = None) -> int:
    """Write the case to `path` atomically, as .json or (by the suffix) a .debtcase archive
    with every evidence file the store holds: the old file stays until the new is whole.
    A sealed store's .debtcase is sealed with its passphrase; its .json is plain (asked
    for as such). The text is written as it is made, never held whole. Returns how many
    evidence files went in (none in a .json). `progress(done, total)` counts entries and
    evidence files; when `cancelled()`, Cancelled is raised and no file is left behind."""
    suffix = path.suffix.lower()
    if suffix not in (".json", ".debtcase"):
        raise DomainError(i18n.t("unknown_suffix", file=path.name))
    halved = None if progress is None else (lambda done, total: progress(done // 2, total // 2))
    ticker = Ticker(halved, cancelled, message=i18n.t("case_cancelled_file", file=path.name))
    if not ticker.idle and suffix == ".debtcase":
        with store.read() as session:  # evidence with bytes: each is a file, at most
            ticker.total = 2 * (session.scalar(select(func.count(m.Evidence.sha256.distinct())))
                                or 0)
    document = export_document(store, now, None if ticker.idle else ticker)
    if not ticker.idle:  # each entry steps the ticker again as it is written
        for name in LISTS:
            document[name] = CountedList(document[name], ticker)
    if suffix == ".json":
        write_atomically(path, case_text(document))
        ticker.finish(check=False)
        return 0
    from core.case.archive import write_archive

    blobs, seen = [], set()
    for entry in document["evidence"]:
        sha = entry["sha256"]
        if sha not in seen and blob_path(store, sha).is_file():
            seen.add(sha)
            blobs.append((sha, entry["mime"], functools.partial(open_blob, store, sha)))
    if not ticker.idle:
        ticker.total += 2 * len(blobs) - 2 * len({e["sha256"] for e in document["evidence"]
                                                  if e["sha256"]})
    seal = None
    if store.key is not None:
        from core.store.seal import seal_document

        seal = (json.dumps(seal_document(store.key)).encode("utf-8"), store.key.files)
    write_archive(path, case_text(document), blobs, seal,
                  None if ticker.idle else lambda: ticker.step(2))
    ticker.finish(check=False)
    return len(blobs)


PIECE = 1024 * 1024


def case_text(document: dict[str, Any]) -> Iterator[bytes]:
    """The case file's text (indented, UTF-8, a newline at the end: the very bytes
    `json.dumps` would give) in pieces of about a megabyte, made as they are written."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    pending: list[str] = []
    size = 0
    for part in itertools.chain(encoder.iterencode(document), ("\n",)):
        pending.append(part)
        size += len(part)
        if size >= PIECE:
            yield "".join(pending).encode("utf-8")
            pending.clear()
            size = 0
    yield "".join(pending).encode("utf-8")


def write_atomically(path: Path, payload: bytes | Path | Iterable[bytes]) -> None:
    """Temporary file beside the target, flushed to disk, then renamed over it. `payload`
    is the bytes, a file whose bytes are copied, or pieces written as they come (streamed
    either way, however large)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".debtdesk-", suffix=".tmp", dir=path.parent or ".")
        try:
            with os.fdopen(fd, "wb") as handle:
                if isinstance(payload, Path):
                    with payload.open("rb") as source:
                        shutil.copyfileobj(source, handle, 1024 * 1024)
                elif isinstance(payload, bytes | bytearray):
                    handle.write(payload)
                else:
                    for piece in payload:
                        handle.write(piece)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise storage_problem(error, path) from None
