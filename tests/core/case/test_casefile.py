"""The case file: round trips, and malformed files refused with their JSON path."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from core import cli
from core.case.casefile import export_document, import_case, parse_case_bytes, read_case_file
from core.casefile_spec import validate_case
from core.errors import DomainError
from core.store.database import open_store
from tests.conftest import DATA, ZH_CASE

FULL = DATA / "zh_full_case.json"


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("case", [ZH_CASE, FULL], ids=["example", "full"])
def test_round_trip_gives_back_the_same_data(tmp_path: Path, capsys, case: Path) -> None:
    store = tmp_path / "s"
    out = tmp_path / "out.json"
    assert run_cli(capsys, "--data-dir", store, "import", case)[0] == 0
    assert run_cli(capsys, "--data-dir", store, "export", out)[0] == 0
    original = json.loads(case.read_text(encoding="utf-8"))
    exported = json.loads(out.read_text(encoding="utf-8"))
    original.pop("exported_at", None)
    exported.pop("exported_at")
    # the same data: equal once defaults are filled in, and the lists in the same order
    assert validate_case(exported) == validate_case(original)
    # a second trip through a fresh store is byte-stable apart from the time stamp
    store2 = tmp_path / "s2"
    out2 = tmp_path / "out2.json"
    assert run_cli(capsys, "--data-dir", store2, "import", out)[0] == 0
    assert run_cli(capsys, "--data-dir", store2, "export", out2)[0] == 0
    again = json.loads(out2.read_text(encoding="utf-8"))
    again.pop("exported_at")
    assert again == exported


def test_export_writes_every_key_in_the_written_forms(tmp_path: Path, capsys) -> None:
    store = tmp_path / "s"
    out = tmp_path / "out.json"
    run_cli(capsys, "--data-dir", store, "import", FULL)
    run_cli(capsys, "--data-dir", store, "export", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    sparse = next(d for d in doc["debts"] if d["ref"] == "loan.x-9")
    assert sparse["balance"] == {"principal": "5000.50", "interest": "0.00", "fees": "12.30",
                                 "as_of": "2026-10-20"}
    assert sparse["product"] == "" and sparse["kind"] is None and sparse["priority"] is False
    assert sparse["contact"] is None and sparse["late_fee"] is None and sparse["rate"] is None
    rent = next(d for d in doc["debts"] if d["ref"] == "D4")
    assert rent["rate"] == {"value": "0.18", "basis": "annual"}
    huabei = doc["debts"][0]
    assert huabei["overdue_rate"] == {"value": "0.0005", "basis": "daily"}
    assert huabei["rate"] == {"value": "0", "basis": "daily"}
    assert huabei["late_fee"] == {"fixed": "0.00", "fraction": "0"}
    c2, c3 = doc["contacts"][1], doc["contacts"][2]
    assert c2["at"] == "2026-11-12T09:05:30+08:00"
    assert c3["at"] == "2026-11-15T16:00:00+00:00"
    assert c3["offer"] is None and c3["evidence"] == [] and c3["channel"] is None
    assert c2["offer"] == {"monthly": "800.00", "months": 12, "lump_sum": None, "note": "停息分期"}
    assert doc["evidence"][1]["debts"] == ["D3", "D1"]  # order kept
    assert doc["plans"][1]["order"] == ["D3", "D1", "D2"]
    assert [t["debt"] for t in doc["plans"][1]["terms"]] == ["D4", "D3", "D2", "loan.x-9"]
    assert doc["agreements"][1] == {"debt": "D1", "plan": None, "agreed_on": "2026-11-16",
                                    "installments": [], "forgiven": None, "terms_text": "",
                                    "evidence": []}
    assert doc["exported_at"].endswith("+00:00")
    c4 = doc["contacts"][3]
    assert (c4["caller"], c4["caller_kind"]) == ("某某资产管理有限公司", "agency")
    assert c4["conduct"] == ["third_party", "false_claim", "fee_request"]  # order kept
    assert c4["outcome"] == "asked_for_proposal"
    assert c3["caller"] == "" and c3["caller_kind"] is None and c3["conduct"] == []
    assert doc["country"] == "CN"
    assert set(doc) == {"format", "version", "exported_at", "currency", "language", "country",
                        "person",
                        "household", "hardship", "budget", "debts", "payments", "contacts",
                        "evidence", "plans", "agreements"}


def test_import_refuses_a_store_that_holds_a_case_unless_replace(tmp_path: Path, capsys) -> None:
    store = tmp_path / "s"
    assert run_cli(capsys, "--data-dir", store, "import", ZH_CASE)[0] == 0
    code, _, err = run_cli(capsys, "--data-dir", store, "import", FULL)
    assert code == 2 and "--replace" in err
    assert run_cli(capsys, "--data-dir", store, "import", FULL, "--replace")[0] == 0
    s = open_store(store)
    assert len(export_document(s)["debts"]) == 5
    s.close()


def _mutations() -> list[tuple[str, object, str]]:
    """(id, how to spoil the example case, the path the message must name)."""
    def setter(path: list, value: object):
        def spoil(doc: dict) -> None:
            target = doc
            for key in path[:-1]:
                target = target[key]
            if value is _DELETE:
                del target[path[-1]]
            else:
                target[path[-1]] = value
        return spoil

    def extra_debt(doc: dict) -> None:
        doc["debts"].append(copy.deepcopy(doc["debts"][0]))

    def dup_term(doc: dict) -> None:
        doc["plans"][0]["terms"][1]["debt"] = "D1"

    def dup_plan(doc: dict) -> None:
        doc["plans"].append(copy.deepcopy(doc["plans"][0]))

    return [
        ("top-level-list", lambda d: d.clear() or None, ""),
        ("format", setter(["format"], "debtdesk"), "format"),
        ("newer-version", setter(["version"], 2), "version"),
        ("version-text", setter(["version"], "1"), "version"),
        ("no-currency", setter(["currency"], _DELETE), "currency"),
        ("bad-currency", setter(["currency"], "rmb"), "currency"),
        ("unknown-top-key", setter(["debt"], []), "debt"),
        ("principal-text", setter(["debts", 2, "balance", "principal"], "abc"),
         "debts[2].balance.principal"),
        ("principal-number", setter(["debts", 1, "balance", "principal"], 100.5),
         "debts[1].balance.principal"),
        ("three-places", setter(["debts", 0, "balance", "fees"], "1.234"),
         "debts[0].balance.fees"),
        ("negative", setter(["debts", 0, "minimum_payment"], "-5.00"),
         "debts[0].minimum_payment"),
        ("too-large", setter(["debts", 1, "balance", "interest"], "1000000000000.00"),
         "debts[1].balance.interest"),
        ("rate-basis", setter(["debts", 0, "rate", "basis"], "monthly"), "debts[0].rate.basis"),
        ("daily-rate-high", setter(["debts", 2, "overdue_rate", "value"], "0.02"),
         "debts[2].overdue_rate.value"),
        ("bad-date", setter(["debts", 0, "balance", "as_of"], "2026-13-01"),
         "debts[0].balance.as_of"),
        ("slashed-date", setter(["hardship", "since"], "2026/07/01"), "hardship.since"),
        ("duplicate-ref", extra_debt, "debts[3].ref"),
        ("unknown-debt", setter(["payments", 0, "debt"], "D9"), "payments[0].debt"),
        ("no-contact-debts", setter(["contacts", 0, "debts"], []), "contacts[0].debts"),
        ("naive-datetime", setter(["contacts", 0, "at"], "2026-11-06T14:20:00"),
         "contacts[0].at"),
        ("duplicate-term", dup_term, "plans[0].terms[1].debt"),
        ("duplicate-plan", dup_plan, "plans[1].name"),
        ("installments-no-months", setter(["plans", 0, "terms", 0, "treatment"], "installments"),
         "plans[0].terms[0].months"),
        ("unknown-plan", setter(["agreements"], [{"debt": "D1", "plan": "没有这个方案",
                                                  "agreed_on": "2026-11-20"}]),
         "agreements[0].plan"),
        ("name-too-long", setter(["person", "name"], "张" * 201), "person.name"),
        ("due-day", setter(["debts", 1, "due_day"], 32), "debts[1].due_day"),
        ("no-adults", setter(["household", "adults"], 0), "household.adults"),
        ("priority-text", setter(["debts", 0, "priority"], "yes"), "debts[0].priority"),
        ("misspelt-key", setter(["debts", 0, "balance", "principle"], "1.00"),
         "debts[0].balance.principle"),
        ("fraction", setter(["debts", 2, "late_fee", "fraction"], "1.5"),
         "debts[2].late_fee.fraction"),
        ("status", setter(["debts", 1, "status"], "paid"), "debts[1].status"),
        ("zero-payment", setter(["payments", 0, "amount"], "0.00"), "payments[0].amount"),
        ("debt-not-object", setter(["debts", 1], "D2"), "debts[1]"),
        ("bad-ref", setter(["contacts", 0, "ref"], "C 1"), "contacts[0].ref"),
        ("income-category", setter(["budget", "income", 1, "category"], "gift"),
         "budget.income[1].category"),
        ("evidence-hash", setter(["evidence"], [{"ref": "E1", "sha256": "ABC"}]),
         "evidence[0].sha256"),
        ("missing-balance", setter(["debts", 2, "balance"], _DELETE), "debts[2].balance"),
        ("country-lower", setter(["country"], "cn"), "country"),
        ("country-unknown", setter(["country"], "XX"), "country"),
        ("caller-kind", setter(["contacts", 0, "caller_kind"], "bank"),
         "contacts[0].caller_kind"),
        ("conduct-twice", setter(["contacts", 0, "conduct"], ["threat", "threat"]),
         "contacts[0].conduct[1]"),
        ("conduct-unknown", setter(["contacts", 0, "conduct"], ["rude"]),
         "contacts[0].conduct[0]"),
    ]


_DELETE = object()


@pytest.mark.parametrize("name,spoil,path", _mutations(), ids=[m[0] for m in _mutations()])
def test_malformed_case_is_refused_with_its_path_and_changes_nothing(
        tmp_path: Path, capsys, zh_document: dict, name: str, spoil, path: str) -> None:
    doc = copy.deepcopy(zh_document)
    spoil(doc)
    if name == "top-level-list":
        doc = []
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    # into an empty store: refused, and the store stays empty
    empty = tmp_path / "empty"
    code, out, err = run_cli(capsys, "--data-dir", empty, "import", bad)
    assert code == 2, err
    assert err.count("\n") == 1, "one line on standard error"
    # the file, then the JSON path (a top level that is no object has no path, still a file)
    assert err.startswith(f"bad.json: {path}: " if path else "bad.json: "), err
    assert not (empty / "debtdesk.sqlite3").exists() or _debts(empty) == []
    # over an existing case with --replace: refused, and the old case is intact
    full = tmp_path / "full"
    run_cli(capsys, "--data-dir", full, "import", FULL)
    before = _export(full)
    code, _, err = run_cli(capsys, "--data-dir", full, "import", bad, "--replace")
    assert code == 2 and (not path or err.startswith(f"bad.json: {path}: "))
    assert _export(full) == before


@pytest.mark.parametrize("payload,why", [
    (b"{\"format\": ", "truncated"),
    ("{\"format\": \"debtdesk-case\"}".encode("gbk") + "张".encode("gbk"), "not utf-8"),
    (b"", "empty"),
    (b"{\"format\": \"debtdesk-case\", \"format\": \"x\"}", "duplicate key"),
])
def test_not_json_names_the_file(tmp_path: Path, capsys, payload: bytes, why: str) -> None:
    bad = tmp_path / "案卷.json"
    bad.write_bytes(payload)
    code, _, err = run_cli(capsys, "--data-dir", tmp_path / "s", "import", bad)
    assert code == 2
    assert err.startswith("案卷.json: "), (why, err)


def test_unreadable_and_misnamed_files(tmp_path: Path, capsys) -> None:
    code, _, err = run_cli(capsys, "--data-dir", tmp_path / "s", "import", tmp_path / "nope.json")
    assert code == 2 and err.startswith("nope.json: ")
    code, _, err = run_cli(capsys, "--data-dir", tmp_path / "s", "import", ZH_CASE.with_suffix(""))
    assert code == 2 and "zh_case" in err


def test_messages_follow_the_language(tmp_path: Path, capsys, monkeypatch, zh_document) -> None:
    zh_document["debts"][0]["balance"]["principal"] = "十元"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(zh_document, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("DEBTDESK_LANG", "zh_CN.UTF-8")
    code, _, err = run_cli(capsys, "--data-dir", tmp_path / "s", "import", bad)
    assert code == 2
    assert err.startswith("bad.json: debts[0].balance.principal: 不是有效的金额")


def test_null_means_missing(zh_document: dict) -> None:
    a = copy.deepcopy(zh_document)
    a["debts"][0]["note"] = None
    a["debts"][0]["contact"]["email"] = None
    a["contacts"][0]["evidence"] = None
    b = copy.deepcopy(zh_document)
    del b["debts"][0]["note"]
    del b["debts"][0]["contact"]["email"]
    del b["contacts"][0]["evidence"]
    assert validate_case(a) == validate_case(b)


def _export(data_dir: Path) -> dict:
    s = open_store(data_dir)
    try:
        doc = export_document(s)
    finally:
        s.close()
    doc.pop("exported_at")
    return doc


def _debts(data_dir: Path) -> list:
    return _export(data_dir)["debts"]


def test_import_use_case_is_one_transaction(store) -> None:
    """A failure half-way through writing leaves the previous case untouched."""
    import_case(store, read_case_file(FULL))
    before = export_document(store)
    data = read_case_file(ZH_CASE)
    data["debts"][1]["ref"] = data["debts"][0]["ref"]  # slips past validation: unique index
    with pytest.raises(IntegrityError):
        import_case(store, data, replace=True)
    after = export_document(store)
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before


@pytest.mark.parametrize(("key", "written", "said"), [
    ("currency", "RMB", '"RMB" is not a currency code: use CNY'),
    ("currency", "rmb", '"rmb" is not a currency code: use CNY'),
    ("currency", "NTD", '"NTD" is not a currency code: use TWD'),
    ("currency", "ABC", '"ABC" is not an ISO 4217 currency code'),
    ("currency", "XAU", '"XAU" is not an ISO 4217 currency code'),
    ("currency", "cny", "a currency is three capital letters"),
    ("country", "XX", '"XX" is not an ISO 3166 country code'),
    ("country", "UK", '"UK" is not an ISO 3166 country code'),
    ("country", "china", "a country is two capital letters"),
])
def test_a_currency_or_country_must_be_its_iso_code(tmp_path: Path, capsys, zh_document, key,
                                                    written, said) -> None:
    zh_document[key] = written
    bad = tmp_path / "案卷.json"
    bad.write_text(json.dumps(zh_document, ensure_ascii=False), encoding="utf-8")
    code, _out, err = run_cli(capsys, "--data-dir", tmp_path / "s", "import", bad)
    assert code == 2
    assert err.startswith(f"案卷.json: {key}: {said}"), err
    assert not (tmp_path / "s" / "debtdesk.sqlite3").exists() or _debts(tmp_path / "s") == []


def test_a_missing_country_is_exported_as_null(zh_document) -> None:
    zh_document.pop("country", None)
    assert validate_case(zh_document)["country"] is None
    zh_document["country"] = None
    assert validate_case(zh_document)["country"] is None


@pytest.mark.parametrize("code", ["CNY", "GBP", "USD", "HKD", "EUR", "JPY"])
def test_the_usual_currencies_are_accepted(zh_document, code) -> None:
    zh_document["currency"] = code
    assert validate_case(zh_document)["currency"] == code


def test_a_byte_order_mark_is_no_reason_to_refuse_a_case(zh_document) -> None:
    raw = "\ufeff".encode() + json.dumps(zh_document, ensure_ascii=False).encode()
    assert parse_case_bytes(raw, "记事本.json")["currency"] == "CNY"


@pytest.mark.parametrize(("raw", "said"), [
    (b'{"format": "debtdesk-case",\n  "version": 1,,}',
     "case.json: the JSON is malformed near line 2, column 16"),
    ("{\"person\": {\"name\": \"张三\"}}".encode("gbk"),
     "case.json: not UTF-8 text (at byte 21); save it as UTF-8"),
])
def test_a_file_that_is_no_json_says_where(raw: bytes, said: str) -> None:
    with pytest.raises(DomainError) as error:
        parse_case_bytes(raw, "case.json")
    assert error.value.message.startswith(said), error.value.message


def test_a_json_file_over_64_mb_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    from core.case.archive import MAX_CASE

    big = tmp_path / "padded.json"
    with big.open("wb") as out:  # a case file padded past the limit (sparse: no disk used)
        out.write(b'{"format": "debtdesk-case"')
        out.seek(MAX_CASE + 10)
        out.write(b"}")
    with pytest.raises(DomainError, match="over 64 MB"):
        read_case_file(big)


def test_a_long_call_log_is_imported_many_rows_to_a_statement(tmp_path) -> None:
    """Rows given their ids before they are written go to SQLite many to one INSERT: left to
    SQLite, each call was one INSERT … RETURNING (100,000 calls took 46 s)."""
    from sqlalchemy import event

    from tests.benchmarks.cases import chinese_case, with_contacts

    document = with_contacts(chinese_case(5), 1200)
    store = open_store(tmp_path / "store")
    inserts: list[int] = []

    def count(_conn, _cursor, statement, _params, _context, _many) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO CONTACT"):
            inserts.append(1)

    event.listen(store.engine, "before_cursor_execute", count)
    import_case(store, parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(),
                                        "case.json"))
    event.remove(store.engine, "before_cursor_execute", count)
    assert len(inserts) < 20  # 1,200 calls and their debt links, a batch to a statement
    exported = export_document(store)
    assert [c["ref"] for c in exported["contacts"]] == [c["ref"] for c in document["contacts"]]
    assert [c["debts"] for c in exported["contacts"]] == [c["debts"] for c in
                                                          document["contacts"]]
    store.close()
