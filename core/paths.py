"""Where a store lives: the platform's per-user data folder unless told otherwise.

Kept free of SQLAlchemy so the window can name its store before the heavy imports.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

ENV_VAR = "DEBTDESK_HOME"
DATABASE_NAME = "debtdesk.sqlite3"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("DebtDesk", appauthor=False))


def resolve_data_dir(option: str | os.PathLike[str] | None = None,
                     environ: dict[str, str] | None = None) -> Path:
    """`--data-dir` wins over DEBTDESK_HOME, which wins over the platform's folder."""
    env = os.environ if environ is None else environ
    if option:
        return Path(option).expanduser()
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser()
    return default_data_dir()


def make_private_dir(path: Path) -> None:
    """Create the data folder readable by its owner only (it holds ID scans, incomes…)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.chmod(0o700)


def sqlite_uri(path: Path, read_only: bool = True) -> str:
    """A `file:` URI for `sqlite3.connect(..., uri=True)`.

    Built by pathlib, which percent-encodes what a folder name may hold and a URI may not
    (`#`, `?`, `%`…): pasted into "file:…" by hand, a `#` cut the path short and SQLite
    opened a new, empty database instead."""
    return path.resolve().as_uri() + ("?mode=ro" if read_only else "")
