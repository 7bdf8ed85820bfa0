"""The house rules a machine can check."""
from __future__ import annotations

import pkgutil
import subprocess
import sys

import core
from tests.conftest import ROOT


def test_core_never_imports_qt() -> None:
    modules = [f"core.{m.name}" for m in pkgutil.walk_packages(core.__path__, "")
               if not m.name.startswith("migrations.env")]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "import core.store.migrations.runner\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'gui', 'shiboken')))\n"
        "assert not bad, bad\n"
        "print(len(sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(modules) >= 10


def test_cli_command_imports_no_qt_and_no_heavy_libraries(tmp_path) -> None:
    code = (
        "import sys, main\n"
        f"rc = main.main(['--data-dir', {str(tmp_path / 's')!r}, 'export', "
        f"{str(tmp_path / 'o.json')!r}])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'PySide6', 'matplotlib', 'reportlab', 'gui'})\n"
        "assert rc == 0 and not heavy, (rc, heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_migration_heads_agree_with_the_scripts() -> None:
    from core.store.migrations import HEAD_REVISION
    from core.store.migrations.runner import script_heads

    assert script_heads() == (HEAD_REVISION,)


def test_models_match_the_migrations(tmp_path) -> None:
    """The baseline migration builds exactly the tables the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from core.store.database import open_store
    from core.store.models import Base

    store = open_store(tmp_path / "s")
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    store.close()
    assert diff == []
