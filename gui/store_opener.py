"""Open the store off the GUI thread: importing SQLAlchemy, migrating and the first query
take longer than painting the window, so they run while it paints. The check of every page
of the database goes on after the store has opened; damage it finds is said by `damaged`."""
from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class StoreOpener(QObject):
    previewed = Signal(str, object)  # currency, debts: read before SQLAlchemy loads
    opened = Signal(object)  # the Store
    failed = Signal(str)  # a message for the person
    damaged = Signal(object, object)  # the Store (None: not opened), the StoreDamaged

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preview_shown = threading.Event()

    def preview_shown(self) -> None:
        """The window has shown the preview: the heavy imports may now take the CPU."""
        self._preview_shown.set()

    def start(self, data_dir: Path, read_only: bool = False, key: object = None) -> None:
        """Open in a worker; `key` is a sealed store's (core.store.seal.SealKey), else None."""
        threading.Thread(target=self._run, args=(data_dir, read_only, key), name="open-store",
                         daemon=True).start()

    def _run(self, data_dir: Path, read_only: bool, key: Any) -> None:
        try:
            from core.errors import DomainError
            from core.store.damage import StoreDamaged
        except Exception as error:  # pragma: no cover - a broken installation
            self.failed.emit(str(error))
            return
        store: Any = None
        try:
            from core.store.quick_read import read_debts

            preview = read_debts(data_dir, key)
            if preview is not None:
                self.previewed.emit(*preview)
                # Importing SQLAlchemy holds the interpreter for half a second; let the window
                # build its tabs and show the debts first (but never wait long).
                self._preview_shown.wait(timeout=2.0)
            from core.debts.debts import list_debts
            from core.store.database import open_store

            store = open_store(data_dir, read_only=read_only, key=key)
            list_debts(store)  # the first query compiles its SQL: do that here, not on screen
        except StoreDamaged as error:
            self.damaged.emit(None, error)
        except DomainError as error:
            self.failed.emit(error.message)
        except Exception as error:  # noqa: BLE001 - reported to the person and the log
            found = _damage_behind(store)
            if found is not None:  # the first read met a damaged page: the check says why
                self.damaged.emit(None, found)
                return
            log.exception("opening the store failed")
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.opened.emit(store)
            if store.damage is not None:  # told after `opened`, from the check's thread
                store.damage.when_done(lambda found: self._found(store, found))

    def _found(self, store: Any, found: Any) -> None:
        """What the check of every page found, on the check's thread: damage is said."""
        if found is not None:
            self.damaged.emit(store, found)


def _damage_behind(store: Any) -> Any:
    """The StoreDamaged that the check of an opened `store` found (it is then closed), or
    None: what failed after the opening was something else."""
    if store is None or store.damage is None:
        return None
    from core.store.damage import StoreDamaged

    try:
        store.damage.confirm()
    except StoreDamaged as found:
        store.close()
        return found
    return None
