"""The menu entry, icons and AppStream file: shipped, valid, and installed for one person."""
from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import main
from core import resources
from core.desktop import APP_ID, install_desktop, launch_command
from tests.conftest import ROOT

DESKTOP = ROOT / "resources" / "desktop"


def test_every_icon_size_is_shipped_and_is_a_png() -> None:
    for size in resources.ICON_SIZES:
        data = resources.resource_path(*resources.ICONS, f"debtdesk-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (size, size)


def test_install_desktop_puts_entry_icons_and_metainfo_in_the_users_folder(
        tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main.main(["--install-desktop"]) == 0
    share = tmp_path / "share"
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "Name[zh_CN]=债务协商助手" in entry
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line != "Exec=debtdesk" and Path(sys.executable).name in exec_line
    for size in resources.ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert "applications" in capsys.readouterr().out


def test_the_entry_starts_the_command_that_installed_it(tmp_path: Path) -> None:
    script = tmp_path / "bin" / "debtdesk"
    assert launch_command(str(script)) == str(script)
    assert launch_command(str(ROOT / "main.py")).endswith(f"{ROOT / 'main.py'}")
    written = install_desktop(tmp_path / "share", argv0=str(script))
    assert f"Exec={script}" in written[0].read_text(encoding="utf-8").splitlines()


def test_the_release_in_the_metainfo_is_the_version() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert f'<release version="{version}"' in (DESKTOP / f"{APP_ID}.metainfo.xml").read_text()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"),
                    reason="desktop-file-validate is not installed (Debian: desktop-file-utils)")
def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP / f"{APP_ID}.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"),
                    reason="appstreamcli is not installed (Debian: appstream)")
def test_the_appstream_file_is_valid() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net",
                             str(DESKTOP / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout
