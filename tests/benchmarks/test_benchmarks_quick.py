"""Every benchmark runs and reports: `all.py --quick --runs 1` in a fresh process, its table
read back. Only that each figure is there and is a number: a shared machine's speed varies
too much for a timing to fail a test."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BUDGETED = (  # a stable part of the name of every figure that has a budget
    "start-up to first paint, ratio to a bare PySide6 window",
    "start-up to data visible, ratio to the bare window + import sqlalchemy.orm",
    "until every tab has shown its data",
    "peak memory after visiting every tab",
    "first chart shown, cold font cache",
    "first chart shown, warm font cache (after",
    "plan engine, 30 debts ×",
    "chart redraw after a term edit",
    "first letter in a fresh process",
    "second letter",
    "ratio to sha256sum + cp",
    "longest GUI event-loop block during that import",
    "Argon2id unlock",
    "sealed open, ratio to plain",
    "sealed evidence import, ratio to plain",
    "call-log search keystroke at",
    "open the Call log tab,",
    ".debtcase import ÷ export,",
    "evidence add per file,",
)

UNBUDGETED_WHEN_QUICK = (  # budgeted at sizes --quick leaves out
    "Debts tab reload, 60 debts",
    "select a debt until its detail shows, 60 debts",
    "plan computed, 60 debts",
    "one letter built, 60 debts",
)


def test_every_benchmark_reports_its_figures(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {key: value for key, value in os.environ.items()
           if key not in ("DEBTDESK_WARM_UP", "DEBTDESK_LANG", "MPLCONFIGDIR")}
    env.update({
        "QT_QPA_PLATFORM": "offscreen", "DEBTDESK_AUTO_BACKUP": "0", "HOME": str(home),
        "DEBTDESK_HOME": str(home / "store"), "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
    })
    written = tmp_path / "figures.json"
    out = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "benchmarks" / "all.py"), "--quick", "--runs", "1",
         "--json", str(written)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert out.returncode == 0, out.stdout + out.stderr[-4000:]

    lines = out.stdout.splitlines()
    assert lines[0].startswith("machine: ") and "cores" in lines[0]
    assert lines[1].startswith("runs: 1 ")
    assert lines[2:4] == ["| figure | value | budget | |", "|---|---|---|---|"]
    rows = [[cell.strip() for cell in line.split("|")[1:-1]] for line in lines[4:]
            if line.startswith("| ")]
    for _name, value, budget, _mark in rows:
        float(value.split()[0])  # "0.940 s", "212 MB", "1.14", "8.5 ms"
        if budget:
            float(budget.removeprefix("≤ ").split()[0])
    for part in BUDGETED:
        assert any(part in name and budget for name, _v, budget, _m in rows), part
    for part in UNBUDGETED_WHEN_QUICK:
        assert any(part in name for name, _v, _b, _m in rows), part

    saved = json.loads(written.read_text(encoding="utf-8"))
    assert saved["failed"] == {}
    assert len(saved["figures"]) == len(rows)
