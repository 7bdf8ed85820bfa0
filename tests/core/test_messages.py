"""Every message key that core says exists in both languages once the modules that say it
are imported: a catalogue split by subject must not leave a key behind."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

from core import i18n

ROOT = Path(__file__).resolve().parents[2]
_SAID = re.compile(r"""\bi18n\.t\(\s*["']([a-z0-9_]+)["']""")


def test_every_message_said_is_in_the_catalogue() -> None:
    said: dict[str, str] = {}
    for path in sorted((ROOT / "core").rglob("*.py")):
        if "migrations" in path.parts:
            continue  # Alembic's scripts, run by Alembic only
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        importlib.import_module(module.removesuffix(".__init__"))
        for key in _SAID.findall(path.read_text(encoding="utf-8")):
            said.setdefault(key, module)
    assert len(said) > 80  # the pattern finds the messages (97 when this was written)
    missing = {key: module for key, module in said.items() if key not in i18n._CATALOG}
    assert not missing
    for key in said:
        zh, en = i18n._CATALOG[key]
        assert zh.strip() and en.strip(), key
