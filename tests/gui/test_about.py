"""About tells the version, the licence, where the data and backups are, and what DebtDesk is
built from; its button opens the data folder."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from core.about import COMPONENTS, version


def test_about_tells_version_licence_folders_and_components(window, qtbot, monkeypatch) -> None:
    window.about_action.trigger()
    dialog = window.help.about_dialog
    qtbot.waitExposed(dialog)
    text = dialog.findChild(object, "aboutText").text()
    assert f"Version {version()}" in text and "GPL-3.0-or-later" in text
    assert str(window.data_dir) in text and str(window.data_dir / "backups") in text
    assert all(c.name in text for c in COMPONENTS)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_folder.click()
    assert opened == [QUrl.fromLocalFile(str(window.data_dir))]
    dialog.reject()


def test_the_window_and_the_tray_have_the_app_icon(window) -> None:
    """The tray refuses to show without an icon ("No Icon set"): the window's is the app's."""
    icon = window.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
