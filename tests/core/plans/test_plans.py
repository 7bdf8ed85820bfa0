"""Plans through the store and the command line: schedule CSV/JSON, saving, deleting."""
from __future__ import annotations

import csv
import io
import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from core import cli
from core.case.casefile import export_document
from core.errors import DomainError
from core.plans import plans
from tests.conftest import DATA, ZH_CASE

FULL = DATA / "zh_full_case.json"


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def case_dir(tmp_path: Path, capsys) -> Path:
    store = tmp_path / "s"
    assert run_cli(capsys, "--data-dir", store, "import", ZH_CASE)[0] == 0
    return store


def test_schedule_csv_rows_conserve_money(case_dir: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "--data-dir", case_dir, "schedule", "--plan", "按比例分期")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["month", "date", "debt", "opening", "interest", "fees", "payment",
                             "forgiven", "closing"]
    assert [r["debt"] for r in rows[:4]] == ["D1", "D2", "D3", "TOTAL"]
    for r in rows:
        value = {k: D(r[k]) for k in ("opening", "interest", "fees", "payment", "forgiven",
                                      "closing")}
        assert all(len(r[k].split(".")[1]) == 2 for k in value)
        assert (value["opening"] + value["interest"] + value["fees"] - value["payment"]
                - value["forgiven"]) == value["closing"]
    assert rows[-1]["debt"] == "TOTAL" and D(rows[-1]["closing"]) == 0
    assert int(rows[-1]["month"]) == 31


def test_schedule_json_to_a_file(case_dir: Path, capsys, tmp_path: Path) -> None:
    out = tmp_path / "方案.json"
    code, stdout, _ = run_cli(capsys, "--data-dir", case_dir, "schedule", "--plan", "按比例分期",
                              "--format", "json", "--out", out)
    assert code == 0 and stdout == ""
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert set(doc) == {"plan", "currency", "affordable", "shortfall", "shortfall_from",
                        "debt_free_on", "total_interest", "total_fees", "total_forgiven",
                        "total_paid", "warnings", "rows"}
    assert doc["plan"] == "按比例分期" and doc["currency"] == "CNY"
    assert doc["affordable"] is True and doc["shortfall"] == "0.00"
    assert doc["shortfall_from"] is None and doc["debt_free_on"] == "2029-06-15"
    assert doc["total_paid"] == "45234.20" and doc["total_forgiven"] == "96.50"
    assert doc["warnings"] == []
    assert doc["rows"][0]["month"] == 1 and isinstance(doc["rows"][0]["month"], int)
    totals = [r for r in doc["rows"] if r["debt"] == "TOTAL"]
    assert sum(D(r["payment"]) for r in totals) == D(doc["total_paid"])


def test_schedule_of_an_unknown_plan_is_refused(case_dir: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "--data-dir", case_dir, "schedule", "--plan", "没有")
    assert code == 2 and out == "" and "没有" in err and err.count("\n") == 1


def test_warnings_and_shortfall_in_json(tmp_path: Path, capsys) -> None:
    store = tmp_path / "s"
    run_cli(capsys, "--data-dir", store, "import", FULL)
    code, out, _ = run_cli(capsys, "--data-dir", store, "schedule", "--plan", "按比例分期",
                           "--format", "json")
    doc = json.loads(out)
    assert doc["affordable"] is False and doc["shortfall_from"] == 1
    assert {"code": "unaffordable", "debt": None} in doc["warnings"]


def test_save_rename_delete_and_restore_a_plan(zh_store) -> None:
    before = export_document(zh_store)
    [row] = plans.list_plans(zh_store)
    doc = plans.plan_document(zh_store, row.id)
    doc["name"] = "雪崩法"
    doc["strategy"] = "avalanche"
    doc["terms"][2] = {"debt": "D3", "treatment": "installments", "months": 36}
    plans.save_plan(zh_store, doc, row.id)
    saved = plans.plan_by_name(zh_store, "雪崩法").data
    assert saved["terms"][2]["months"] == 36 and saved["strategy"] == "avalanche"
    copy = dict(doc, name="副本")
    new_id, _ = plans.save_plan(zh_store, copy)
    with pytest.raises(DomainError) as error:
        plans.save_plan(zh_store, dict(doc, name="副本"), row.id)
    assert error.value.path == ("name",)
    with pytest.raises(DomainError) as error:
        plans.save_plan(zh_store, dict(doc, terms=[{"debt": "D9"}]), row.id)
    assert error.value.path == ("terms", 0, "debt")
    snapshot, _ = plans.delete_plan(zh_store, new_id)
    assert [p.data["name"] for p in plans.list_plans(zh_store)] == ["雪崩法"]
    plans.restore_plan(zh_store, snapshot)
    assert [p.data["name"] for p in plans.list_plans(zh_store)] == ["雪崩法", "副本"]
    plans.save_plan(zh_store, plans.plan_document(zh_store, row.id) | {
        "name": "按比例分期", "strategy": "pro_rata",
        "terms": before["plans"][0]["terms"]}, row.id)
    plans.delete_plan(zh_store, new_id)
    after = export_document(zh_store)
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before


def test_budget_defaults_to_what_the_statement_leaves(zh_store) -> None:
    case = plans.case_for_plans(zh_store)
    [row] = plans.list_plans(zh_store)
    _, plan = plans.engine_inputs(case, row.data | {"monthly_budget": None})
    assert plan.monthly_budget == D("2020.00") and plan.disposable == D("2020.00")


def test_indexes_by_debt_agree_with_the_lookups_one_debt_at_a_time() -> None:
    """`by_debt` and `terms_by_debt` serve loops over every debt; each debt must get what
    `for_debt` and `term` give it, a repeated term included (the first one wins)."""
    from core.case.casefile import parse_case_bytes
    from core.plans.engine_types import TermIn

    case = parse_case_bytes(ZH_CASE.read_bytes(), "case.json")
    plan = dict(case["plans"][0])
    first, *_ = plan["terms"] or [{"debt": case["debts"][0]["ref"]}]
    plan["terms"] = [*plan["terms"], {**first, "treatment": "installments", "months": 7,
                                      "amount": None, "rate": None, "freeze_interest": False,
                                      "waive_fees": False, "pause_months": 0}]
    result = plans.run(plans.case_from_data(case), plan)
    rows, terms = result.schedule.by_debt(), result.plan.terms_by_debt()
    for debt in case["debts"]:
        ref = debt["ref"]
        assert rows.get(ref, []) == result.schedule.for_debt(ref)
        assert terms.get(ref, TermIn()) == result.plan.term(ref)
    assert sum(map(len, rows.values())) == len(result.schedule.rows) - len(
        result.schedule.totals())
