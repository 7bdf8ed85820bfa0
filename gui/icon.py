"""DebtDesk's icon, for the window, the task bar and the tray."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from core import resources


def app_icon() -> QIcon:
    """Every shipped size; each is read from disk only when first drawn."""
    icon = QIcon()
    for size in resources.ICON_SIZES:
        icon.addFile(str(resources.resource_path(*resources.ICONS, f"debtdesk-{size}.png")),
                     QSize(size, size))
    return icon
