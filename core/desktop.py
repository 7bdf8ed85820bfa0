"""Put DebtDesk in the desktop's menu (freedesktop.org desktops: GNOME, KDE, Xfce, …).

`debtdesk --install-desktop` copies the menu entry, the icon in every size and the
AppStream description into the person's own data folder ($XDG_DATA_HOME, else
~/.local/share), so nothing needs root. The entry starts the very command that installed
it, so it works whether DebtDesk came from pipx, a virtual environment or a source folder."""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from core import resources

APP_ID = "io.github.debtdesk.DebtDesk"


def data_home(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    return Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launch_command(argv0: str | None = None) -> str:
    """How the menu entry starts DebtDesk: the installed `debtdesk` command when that is what
    runs now, else this Python with this main.py."""
    program = Path(argv0 if argv0 is not None else sys.argv[0]).resolve()
    if program.suffix == ".py":
        return shlex.join([sys.executable, str(program)])
    return shlex.join([str(program)])


def install_desktop(target: Path | None = None, argv0: str | None = None) -> list[Path]:
    """Write the entry, icons and metainfo below `target` (default: the XDG data home).
    Returns the files written."""
    base = target or data_home()
    written = []
    entry = resources.resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry = entry.replace("\nExec=debtdesk\n", f"\nExec={launch_command(argv0)}\n")
    written.append(_write(base / "applications" / f"{APP_ID}.desktop", entry.encode("utf-8")))
    for size in resources.ICON_SIZES:
        png = resources.resource_path(*resources.ICONS, f"debtdesk-{size}.png")
        written.append(_write(base / "icons" / "hicolor" / f"{size}x{size}" / "apps"
                              / f"{APP_ID}.png", png.read_bytes()))
    svg = resources.resource_path(*resources.ICONS, "debtdesk.svg")
    written.append(_write(base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
                          svg.read_bytes()))
    meta = resources.resource_path("desktop", f"{APP_ID}.metainfo.xml")
    written.append(_write(base / "metainfo" / f"{APP_ID}.metainfo.xml", meta.read_bytes()))
    _refresh_menus(base)
    return written


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    partial.replace(path)
    return path


def _refresh_menus(base: Path) -> None:
    """Menus that cache their entries pick the new one up now (skipped where absent)."""
    for command in (["update-desktop-database", str(base / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", str(base / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True, timeout=60)
