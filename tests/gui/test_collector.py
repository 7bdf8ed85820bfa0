"""The GUI-thread garbage collector: nothing collected while the case opens, then what
exists is set aside for good and later collections walk only what came after."""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, Signal


class _Opener(QObject):
    opened = Signal()


def test_collection_waits_for_the_case_then_sets_start_up_aside(qapp) -> None:
    from gui.collector import GuiThreadCollector

    enabled = gc.isenabled()
    owner, opener = QObject(), _Opener()
    try:
        collector = GuiThreadCollector(owner, interval_ms=60_000)
        collector.freeze_after(opener.opened)
        gc.collect()
        cycle: list = []
        cycle.append(cycle)  # garbage a collection would find
        del cycle
        before = gc.get_count()[0]
        collector.collect()  # what the timer does: nothing yet
        assert gc.get_count()[0] >= before
        opener.opened.emit()
        assert gc.get_freeze_count() > 0
        frozen = gc.get_freeze_count()
        opener.opened.emit()  # once only
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()
        owner.deleteLater()
