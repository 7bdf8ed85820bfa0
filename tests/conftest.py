"""Every test gets its own data folder; nothing touches the user's real store."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
ZH_CASE = DATA / "zh_case.json"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DEBTDESK_WARM_UP"] = "0"  # no chart library loading behind a test's back
os.environ["DEBTDESK_AUTO_BACKUP"] = "0"  # a test that wants the snapshot on close says so


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DEBTDESK_HOME", str(home / "store"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("DEBTDESK_LANG", "en")
    from core import i18n
    i18n.set_language("en")
    yield


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(data_dir: Path):
    from core.store.database import open_store

    s = open_store(data_dir)
    yield s
    s.close()


@pytest.fixture
def zh_document() -> dict:
    return json.loads(ZH_CASE.read_text(encoding="utf-8"))


@pytest.fixture
def zh_store(store):
    from core.case.casefile import import_case, read_case_file

    import_case(store, read_case_file(ZH_CASE))
    return store
