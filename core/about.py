"""What DebtDesk is: its version (kept in one place, pyproject.toml, and read from the
installed package's metadata) and the third-party components it is built from."""
from __future__ import annotations

from dataclasses import dataclass

NAME = "debtdesk"
LICENCE = "GPL-3.0-or-later"


def version() -> str:
    """The installed version; "unknown" when run from files no installer has seen."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(NAME)
    except PackageNotFoundError:
        return "unknown"


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    licence: str
    home: str


COMPONENTS = (
    Component("Qt 6 / PySide6", "LGPL-3.0-only", "https://www.qt.io/qt-for-python"),
    Component("SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    Component("Alembic", "MIT", "https://alembic.sqlalchemy.org"),
    Component("matplotlib", "matplotlib licence (PSF-based)", "https://matplotlib.org"),
    Component("ReportLab", "BSD-3-Clause", "https://www.reportlab.com"),
    Component("Pillow", "MIT-CMU (HPND)", "https://python-pillow.org"),
    Component("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component("WenQuanYi Micro Hei (font)", "Apache-2.0 or GPL-3.0 with font exception",
              "http://wenq.org"),
)
