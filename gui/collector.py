"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when its
threshold is reached — a worker opening the store or making thumbnails — and may then free
a Qt widget there, which Qt does not allow (seen as a segmentation fault while the store
opened). So automatic collection is switched off and this timer collects on the GUI thread,
generation by generation, as the thresholds say.

Once the case has opened, everything alive then — the modules, the window, the tabs — lives
as long as the program: `freeze_after` sets it aside, so later collections walk only what
came after (collecting the import of SQLAlchemy's objects took a tenth of a second of the
first second).
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, Qt, QTimer


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    def collect(self) -> None:
        first, second, third = gc.get_count()
        limit0, limit1, limit2 = self._thresholds
        if third > limit2:
            gc.collect(2)
        elif second > limit1:
            gc.collect(1)
        elif first > limit0:
            gc.collect(0)

    def freeze_after(self, signal: object) -> None:
        """When `signal` first fires, move every object alive then out of collection."""
        signal.connect(self._freeze, Qt.ConnectionType.SingleShotConnection)  # type: ignore[attr-defined]

    def _freeze(self, *_: object) -> None:
        gc.freeze()
