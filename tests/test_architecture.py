"""The house rules a machine can check: the layers and subjects of LAYOUT.md, no import
cycles, small modules, and a core that never touches Qt."""
from __future__ import annotations

import ast
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import ROOT

MAX_LINES = 450
# Bottom to top. A module may import from its own rank or below, never from above.
LAYERS = {
    "core": 0,  # core's root files: money, errors, changes, i18n, schema, paths, logs, …
    "core.store": 1,
    "core.case": 2,
    "core.plans": 3, "core.evidence": 3,
    "core.calllog": 4, "core.debts": 4,
    "core.letters": 5,
    "core.cli": 6, "gui": 6, "main": 6,
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _sources() -> dict[str, Path]:
    """Every module of the app, by dotted name."""
    files = [ROOT / "main.py", *sorted((ROOT / "core").rglob("*.py")),
             *sorted((ROOT / "gui").rglob("*.py"))]
    return {_module_name(f): f for f in files}


def _resolve(name: str) -> str | None:
    """The app module an imported name lands in (a package's module, or the package)."""
    known = _sources()
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


@cache
def _imports() -> dict[str, frozenset[str]]:
    """What each module imports from the app, at the top or inside a function alike."""
    graph = {}
    for name, path in _sources().items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                targets = [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for target in targets:
                resolved = _resolve(target)
                if resolved and resolved != name:
                    found.add(resolved)
        graph[name] = frozenset(found)
    return graph


def _subject(module: str) -> str:
    """`core.debts.payments` → `core.debts`; core's root files → `core`; `core.cli` stays."""
    parts = module.split(".")
    if parts[0] == "main":
        return "main"
    if parts[0] == "gui":
        return ".".join(parts[:2]) if len(parts) > 2 else "gui"
    if module == "core.cli":
        return "core.cli"
    if len(parts) > 2 or _sources()[module].name == "__init__.py":
        return ".".join(parts[:2])  # a subject folder, or a module inside one
    return "core"


def _rank(module: str) -> int:
    subject = _subject(module)
    return LAYERS["gui"] if subject.startswith("gui") else LAYERS[subject]


def _cycles(graph: dict[str, frozenset[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                group.append(item)
                if item == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_import_walk_sees_the_whole_house() -> None:
    graph = _imports()
    assert len(graph) > 80
    assert "core.debts.agreements" in graph["gui.debts.debts_tab"]  # inside a function
    assert _subject("core.money") == "core" and _subject("core.store.models") == "core.store"
    assert _subject("gui.shared.forms") == "gui.shared" and _subject("core.cli") == "core.cli"
    assert _subject("core.debts") == "core.debts" and _subject("core") == "core"


def test_no_import_cycle_between_modules() -> None:
    assert _cycles(_imports()) == []


def test_no_import_cycle_between_subject_folders() -> None:
    folders: dict[str, set[str]] = {}
    for module, targets in _imports().items():
        mine = _subject(module)
        folders.setdefault(mine, set()).update(_subject(t) for t in targets if _subject(t) != mine)
    assert _cycles({k: frozenset(v) for k, v in folders.items()}) == []


def test_imports_follow_the_layers() -> None:
    """store < case < plans, evidence < calllog, debts < letters < cli, gui: never upwards."""
    upward = sorted(f"{module} imports {target}"
                    for module, targets in _imports().items() if module.startswith("core")
                    for target in targets if _rank(target) > _rank(module))
    assert upward == []


def test_the_command_line_imports_no_gui() -> None:
    seen, todo = set(), ["core.cli"]
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(_imports()[module])
    assert not [m for m in seen if m.startswith("gui")]


def test_subject_folders_import_nothing_on_entry() -> None:
    """A package's __init__ is a docstring: importing a subject costs nothing at start-up."""
    inits = [p for top in ("core", "gui", "resources") for p in (ROOT / top).rglob("__init__.py")]
    assert len(inits) >= 15
    busy = [str(p.relative_to(ROOT)) for p in inits
            if any(isinstance(n, (ast.Import, ast.ImportFrom))
                   for n in ast.walk(ast.parse(p.read_text(encoding="utf-8"))))]
    assert busy == []


def test_no_module_is_too_long() -> None:
    long = {name: n for name, path in _sources().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


@pytest.mark.parametrize("top", ["core", "gui"])
def test_shipped_files_are_found_through_one_module(top: str) -> None:
    """Only core/resources.py knows where the font and translations lie."""
    finders = [str(p.relative_to(ROOT)) for p in (ROOT / top).rglob("*.py")
               if p.name != "resources.py" and '"resources"' in p.read_text(encoding="utf-8")]
    assert finders == []


def test_core_never_imports_qt() -> None:
    modules = [m for m in _sources() if m.startswith("core")
               and m != "core.store.migrations.env"]
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
        "{'PySide6', 'matplotlib', 'reportlab', 'icalendar', 'gui'})\n"
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
    """The migrations build exactly the tables the models describe (the call log's FTS5
    index is SQLite's own virtual table, kept by triggers, and not a model)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from core.store.database import open_store
    from core.store.models import Base

    store = open_store(tmp_path / "s")
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "include_name": lambda name, kind, _parent: not (
                kind == "table" and (name or "").startswith("contact_search"))})
        diff = compare_metadata(context, Base.metadata)
    store.close()
    assert diff == []
