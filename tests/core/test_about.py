"""The version lives in pyproject.toml alone; the command line and the logs read it."""
from __future__ import annotations

import tomllib

import main
from core.about import version
from core.logs import describe_environment
from tests.conftest import ROOT


def test_the_version_is_the_one_in_pyproject(capsys) -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert version() == declared
    assert main.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"DebtDesk {declared}"
    assert describe_environment().startswith(f"DebtDesk {declared}, Python ")


def test_the_licence_ships_with_the_source() -> None:
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text()
