"""Hostile input: whatever a case file or an editor hands core, core answers with the data or
with a DomainError that says what is wrong — never another exception, never an empty message.

Inputs are valid documents with one to four things changed (a value swapped for a hostile
one, a key dropped, an unknown key added, a list item repeated) and, for the case file, raw
bytes. DEBTDESK_FUZZ=full runs 1,500 inputs per target (over 10,000 in all); CI runs 150.
"""
from __future__ import annotations

import copy
import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from core.calllog.contacts import validate_contact
from core.case.casefile import import_case, parse_case_bytes
from core.case.situation import validate_situation
from core.debts.debts import validate_debt
from core.errors import DomainError
from core.evidence.store import evidence_document, update_evidence
from core.plans.plans import validate_plan
from core.store.database import open_store
from tests.conftest import DATA

PER_TARGET = {"full": 1500, "ci": 150}
settings.register_profile("debtdesk-ci", max_examples=PER_TARGET["ci"], deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.function_scoped_fixture,
                                                 HealthCheck.data_too_large])
settings.register_profile("debtdesk-full", max_examples=PER_TARGET["full"], deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.function_scoped_fixture,
                                                 HealthCheck.data_too_large])
PROFILE = "debtdesk-full" if os.environ.get("DEBTDESK_FUZZ") == "full" else "debtdesk-ci"
fuzz = settings(settings.get_profile(PROFILE))

CASE: dict[str, Any] = json.loads((DATA / "zh_full_case.json").read_text(encoding="utf-8"))
DEBT_REFS = [d["ref"] for d in CASE["debts"]]

HOSTILE_TEXT = [
    "", " ", "0", "-0", "00", "-1", "0.001", "1.005", "1e3", "1E+2", "1e999999", "-1e-999999",
    "NaN", "nan", "Infinity", "-Infinity", "sNaN", "0x10", "1_000", "12,345.67", "１２３",
    "١٢٣", "999999999999.99", "1000000000000", "1000000000000.00", "99999999999999999999999",
    "0.0099999", "0.01", "10", "9.99999999", ".5", "5.", "+5", " 5", "5 ",
    "2026-02-29", "2026-02-30", "2026-13-01", "0000-01-01", "0001-01-01", "9999-12-31",
    "20261101", "2026-W44-1", "2026-11-02T25:00:00+08:00", "2026-11-02T10:30:00",
    "2026-11-02T10:30:00+24:00", "2026-11-02T10:30:00Z", "2026-11-02 10:30:00+08:00",
    "D1", "D1 ", "D/1", "..", "x" * 32, "x" * 33, "字" * 200, "字" * 201, "字" * 100_001,
    "\x00", "\ud800", "\U0001f642", "\u202e", "daily", "annual", "weekly", "CNY", "cny", "XXXX",
    "share", "settlement", "installments", "contract", "custom", "accepted", "agreement",
    "a" * 64, "A" * 64, "0" * 63, "a\udfffb", "9948-12-31", "9949-01-01",
    "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00Z",
]
HOSTILE_INTS = [0, -1, 1, 31, 32, 2**31, 2**53 + 1, 2**63 - 1, 2**63, 2**64, 10**30,
                -(2**63) - 1, True, False]

# A leaf swapped for a hostile value of its own kind: these get past the type checks and
# reach the range checks, the store and the engine.
def _like(value: Any) -> st.SearchStrategy[Any]:
    if isinstance(value, bool):
        return st.sampled_from([0, 1, "true", None])
    if isinstance(value, int):
        return st.one_of(st.sampled_from(HOSTILE_INTS), st.integers())
    if isinstance(value, str):
        return st.one_of(st.sampled_from(HOSTILE_TEXT),
                         st.text(alphabet=st.characters(exclude_categories=[]), max_size=20))
    return st.just(value)

leaves = st.one_of(
    st.none(), st.booleans(),
    st.integers(min_value=-3, max_value=40),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(HOSTILE_TEXT),
    st.text(max_size=40),
)
values = st.recursive(
    leaves,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.one_of(st.sampled_from(
                                ["ref", "debt", "value", "basis", "monthly", "months", "amount",
                                 "label", "category", "principal"]), st.text(max_size=8)),
                                inner, max_size=4)),
    max_leaves=12,
)


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a document: object keys and list indexes, at every depth."""
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _apply(document: Any, path: tuple, op: str, value: Any) -> Any:
    if not path:
        return value if op == "replace" else document
    parent = document
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if op == "replace":
        parent[last] = value
    elif op == "delete":
        del parent[last]
    elif op == "unknown_key" and isinstance(parent[last], dict):
        parent[last]["surprise"] = value
    elif op == "repeat" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[last]))
    return document


@st.composite
def mutated(draw: st.DrawFn, base: Any) -> Any:
    document = copy.deepcopy(base)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        paths = _paths(document)
        path = draw(st.sampled_from(paths))
        op = draw(st.sampled_from(("like", "like", "like", "replace", "replace", "delete",
                                   "unknown_key", "repeat")))
        if op == "like":
            current = document
            for part in path:
                current = current[part]
            document = _apply(document, path, "replace", draw(_like(current)))
        else:
            document = _apply(document, path, op, draw(values))
    return document


def _refused_properly(call, *args: Any) -> Any:
    """The call's result, or None for a refusal; anything but a DomainError with a message
    fails the test."""
    try:
        result = call(*args)
    except DomainError as error:
        assert error.problem.strip(), f"an empty message for {error.path}"
        assert str(error).strip()
        event("refused")
        return None
    event("accepted")
    return result


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory):
    from core.case.casefile import read_case_file

    store = open_store(tmp_path_factory.mktemp("fuzz") / "store")
    import_case(store, read_case_file(DATA / "zh_full_case.json"))
    yield store
    store.close()


def _json_bytes(document: Any) -> bytes:
    try:
        return json.dumps(document, ensure_ascii=False, allow_nan=True).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: bytes no UTF-8 file can hold
        return json.dumps(document, ensure_ascii=True, allow_nan=True).encode("ascii")


@fuzz
@given(document=mutated(CASE))
def test_case_file_import_refuses_hostile_documents_cleanly(fuzz_store, document) -> None:
    data = _refused_properly(parse_case_bytes, _json_bytes(document), "案卷.json")
    if data is not None:  # what validation lets through must import, all or nothing
        _refused_properly(lambda: import_case(fuzz_store, data, replace=True))


RAW_PIECES = [b"{", b"}", b"[", b"]", b'"format"', b'"debtdesk-case"', b":", b",", b"1",
              b"1e999", b"NaN", b"-Infinity", b"\xff", b"\xef\xbb\xbf", b"\x00", b'"\\ud800"',
              b"[" * 2000, b"9" * 5000, b'"version": 1', b'"debts": [', b"null", b"true"]


@fuzz
@given(raw=st.one_of(st.binary(max_size=300),
                     st.lists(st.sampled_from(RAW_PIECES), max_size=30).map(b"".join),
                     mutated(CASE).map(_json_bytes).map(lambda b: b[: len(b) // 2])))
def test_case_file_bytes_never_crash_the_parser(raw: bytes) -> None:
    _refused_properly(parse_case_bytes, raw, "案卷.json")


@fuzz
@given(document=mutated(CASE["debts"][0]))
def test_the_debt_editor_check_refuses_cleanly(document) -> None:
    _refused_properly(validate_debt, document)


EVIDENCE_START = dict(CASE["evidence"][0])
SITUATION = {key: CASE[key] for key in ("person", "household", "hardship", "budget")}


@fuzz
@given(document=mutated(SITUATION))
def test_the_situation_editor_check_refuses_cleanly(document) -> None:
    _refused_properly(validate_situation, document)


@fuzz
@given(document=mutated(CASE["plans"][0]),
       refs=st.one_of(st.just(DEBT_REFS), st.lists(st.sampled_from(HOSTILE_TEXT), max_size=3)))
def test_the_plan_editor_check_refuses_cleanly(document, refs) -> None:
    _refused_properly(validate_plan, document, refs)


@fuzz
@given(document=mutated(CASE["contacts"][0]))
def test_the_call_log_editor_check_refuses_cleanly(document) -> None:
    _refused_properly(validate_contact, document)


@fuzz
@given(document=st.data())
def test_the_evidence_details_editor_refuses_cleanly(fuzz_store, document) -> None:
    start = {**EVIDENCE_START, "ref": "E1"}
    update_evidence(fuzz_store, 1, start)  # each input starts from the same entry
    assert evidence_document(fuzz_store, 1)["sha256"] == start["sha256"]
    changed = document.draw(mutated(start))
    _refused_properly(update_evidence, fuzz_store, 1, changed)
    # whatever happened, the entry still reads back whole
    assert evidence_document(fuzz_store, 1)["sha256"] == start["sha256"]


def test_the_profiles_add_up_to_ten_thousand_locally() -> None:
    targets = sum(1 for name in globals() if name.startswith("test_") and "refuse" in name
                  or name == "test_case_file_bytes_never_crash_the_parser")
    assert targets * PER_TARGET["full"] >= 10_000


# What the fuzzing found: each of these once reached the store or the engine and crashed
# there (UnicodeEncodeError, OverflowError, "year 10000 is out of range").
FOUND = [
    (("person", "name"), "\ud800", "person.name: contains an invalid character"),
    (("contacts", 0, "offer"), {"monthly": "1.00", "months": 10**30},
     "contacts[0].offer.months: too large"),
    (("household", "adults"), 2**63, "household.adults: too large"),
    (("evidence", 0, "size"), 2**70, "evidence[0].size: too large"),
    (("contacts", 0, "at"), "0001-01-01T00:00:00+14:00", "contacts[0].at: a date and time out"),
    (("contacts", 0, "at"), "9999-12-31T23:59:59-12:00", "contacts[0].at: a date and time out"),
    (("plans", 0, "start"), "9999-12-31", "plans[0].start: the date must be no later than"),
]


@pytest.mark.parametrize(("path", "value", "message"), FOUND)
def test_what_the_fuzzing_found_is_refused_by_name(path, value, message) -> None:
    document = _apply(copy.deepcopy(CASE), path, "replace", value)
    with pytest.raises(DomainError) as refused:
        parse_case_bytes(_json_bytes(document), "案卷.json")
    assert str(refused.value).startswith(f"案卷.json: {message}")  # the file, then the path


def test_the_editors_refuse_what_is_not_an_object(fuzz_store) -> None:
    for check in (validate_debt, validate_contact, validate_situation):
        with pytest.raises(DomainError, match="must be an object"):
            check(["not", "an", "object"])
    with pytest.raises(DomainError, match="must be an object"):
        update_evidence(fuzz_store, 1, "title")  # type: ignore[arg-type]
