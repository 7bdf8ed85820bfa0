"""Every page of the database checked beside the opening, not before it.

SQLite's `quick_check` reads the whole file, so its cost grows with the data; run before the
store opened, it made start-up as slow as the database is large. It runs instead on a
connection of its own in a thread of its own (the sqlite3 module lets go of the interpreter
while SQLite works, so it takes the other core), begun by whoever opened the store once the
data shows (the window, a moment after opening), or by the first write. Reads go ahead
meanwhile: a damaged page only ever fails the read that meets it. Writes do not: the
store's first write waits for the result and, if the check found damage, raises
`StoreDamaged` and writes nothing.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.paths import DATABASE_NAME
from core.store.connect import connect
from core.store.damage import StoreDamaged, inspect, judged

if TYPE_CHECKING:
    from core.store.seal import SealKey


class DamageCheck:
    """The check of one store's pages: `begin()` starts it beside the caller; `confirm()`
    begins it if need be, waits for it and raises what it found; `when_done(callback)` hears
    of it without waiting; `stop()` gives up."""

    def __init__(self, data_dir: Path, key: SealKey | None = None) -> None:
        self._data_dir, self._key = data_dir, key
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._stopped = False
        self._db: Any = None  # the check's connection while it reads, to interrupt it
        self._found: StoreDamaged | None = None
        self._listeners: list[Callable[[StoreDamaged | None], None]] = []
        self._thread: threading.Thread | None = None

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def begin(self) -> None:
        """Start the check on its own thread, unless it has started (or was stopped)."""
        with self._lock:
            if self._thread is not None or self._stopped:
                return
            self._thread = threading.Thread(target=self._run, name="damage-check", daemon=True)
            self._thread.start()

    def confirm(self) -> None:
        """Wait for the check (begun now if it had not been); raise StoreDamaged if it found
        damage."""
        self.begin()
        self._done.wait()
        if self._found is not None:
            raise self._found

    def when_done(self, callback: Callable[[StoreDamaged | None], None]) -> None:
        """Call `callback` with what the check found (None: sound) once it is done: at once,
        here, if it is; else on the check's thread. Not called if the check was stopped."""
        with self._lock:
            if not self._done.is_set():
                self._listeners.append(callback)
                return
            stopped = self._stopped
        if not stopped:
            callback(self._found)

    def stop(self) -> None:
        """Give up the check (the store is closing): it lets go of the file before this
        returns. A stopped check found nothing, and tells no one."""
        with self._lock:
            self._stopped = True
            if self._db is not None:
                self._db.interrupt()
            thread = self._thread
            if thread is None:  # never begun: nothing to wait for, and no one to tell
                self._listeners.clear()
                self._done.set()
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        path = self._data_dir / DATABASE_NAME

        def look() -> str | None:
            with self._lock:
                if self._stopped:
                    return None
                self._db = connect(path, self._key, read_only=True, check_same_thread=False)
            try:
                return inspect(self._db, pages=True)
            finally:
                with self._lock:
                    db, self._db = self._db, None
                db.close()

        found = None
        try:
            detail = judged(look)
            if detail is not None and not self._stopped:
                found = StoreDamaged(self._data_dir, detail, self._key)  # names a backup
        finally:  # whatever happened, a write waiting for the result is let go
            with self._lock:
                stopped = self._stopped
                self._found = None if stopped else found
                self._done.set()
                listeners, self._listeners = self._listeners, []
        for callback in [] if stopped else listeners:
            callback(self._found)
