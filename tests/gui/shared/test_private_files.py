"""The window's settings file and the chart library's cache are the owner's alone."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from gui.shared.private_files import keep_settings_private

ROOT = Path(__file__).resolve().parents[3]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_settings_file_is_written_0600(qapp, tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    try:
        keep_settings_private()
        settings = QSettings()
        settings.setValue("privacyProbe", "1")
        settings.sync()
        file = Path(settings.fileName())
        assert file.is_relative_to(tmp_path) and "privacyProbe" in file.read_text()
        assert _mode(file) == 0o600 and _mode(file.parent) == 0o700
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


CHART = """
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([]); app.setOrganizationName("DebtDesk"); app.setApplicationName("DebtDesk")
from gui.plans.chart_setup import configure, release
configure()
import matplotlib.font_manager
release()
import os; print(os.environ["MPLCONFIGDIR"])
"""


def test_the_chart_cache_is_private(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "HOME": str(tmp_path)}
    env.pop("MPLCONFIGDIR", None)
    done = subprocess.run([sys.executable, "-c", CHART], env=env, cwd=ROOT, check=True,
                          capture_output=True, text=True, timeout=240)
    folder = Path(done.stdout.strip().splitlines()[-1])
    assert folder.is_relative_to(tmp_path)
    files = [p for p in folder.iterdir() if p.is_file()]
    assert files, "matplotlib wrote no font list"
    assert all(_mode(p) == 0o600 for p in files), [(p.name, oct(_mode(p))) for p in files]
    assert _mode(folder) == 0o700 and _mode(folder.parent) == 0o700
