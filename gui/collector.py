"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when its
threshold is reached — a worker opening the store or making thumbnails — and may then free
a Qt widget there, which Qt does not allow (seen as a segmentation fault while the store
opened). So automatic collection is switched off and this timer collects on the GUI thread,
generation by generation, as the thresholds say.

Once the case has opened, everything alive then — the modules, the window, the tabs — lives
as long as the program: `freeze_after` sets it aside, so later collections walk only what
came after (a full collection then takes 4 ms instead of 60). Until then nothing is
collected: start-up makes next to no garbage (617 unreachable objects of 121,000 when a
60-debt case opened), while walking the newly imported modules cost a twentieth of a
second of the first second.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer  # not Qt: its enums cost 30 ms before the paint


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._holding = False
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    def collect(self) -> None:
        if self._holding:
            return
        first, second, third = gc.get_count()
        limit0, limit1, limit2 = self._thresholds
        if third > limit2:
            gc.collect(2)
        elif second > limit1:
            gc.collect(1)
        elif first > limit0:
            gc.collect(0)

    def freeze_after(self, signal: object, at_the_latest_ms: int = 15_000) -> None:
        """Collect nothing until `signal` first fires (or the time is up, should it never
        fire), then move every object alive out of collection for good."""
        self._holding = True
        signal.connect(self._freeze)  # type: ignore[attr-defined]
        QTimer.singleShot(at_the_latest_ms, self, self._freeze)

    def _freeze(self, *_: object) -> None:
        if self._holding:
            self._holding = False
            gc.freeze()
