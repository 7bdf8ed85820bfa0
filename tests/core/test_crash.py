"""Crash safety: a process killed at any moment of a write loses nothing it had committed,
leaves the database whole and no half-written file under a hash's name; what it left
half-copied is cleaned on the next open.

DEBTDESK_CRASH_RUNS sets how many kills (8 by default, for CI; 50 for a full local run);
DEBTDESK_CRASH_SEED replays a failing series.
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from core.evidence.verify import verify
from core.store import incoming
from core.store import models as m
from core.store.database import open_store
from tests.conftest import ROOT

RUNS = int(os.environ.get("DEBTDESK_CRASH_RUNS", "8"))
SHA_NAME = re.compile(r"[0-9a-f]{64}")


class _Child:
    """The writer process and the lines it has printed, read as they come."""

    def __init__(self, data_dir: Path, scratch: Path, run: int, seed: int) -> None:
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.core.crash_writer", str(data_dir), str(scratch),
             str(run), str(seed)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            encoding="utf-8")
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if not line.endswith("\n"):
                break  # cut off mid-line by the kill: not a report
            if line == "ready\n":
                self.ready.set()
            else:
                self.lines.append(line.rstrip("\n"))

    def kill(self) -> None:
        self.process.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)


def _check_store(data_dir: Path, committed: dict[str, set]) -> int:
    """Open after the crash and check everything; returns how many leftovers the open
    cleaned."""
    evidence_dir = data_dir / "evidence"
    leftovers = len(list(evidence_dir.glob(incoming.PREFIX + "*"))) \
        if evidence_dir.is_dir() else 0
    store = open_store(data_dir)
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        with store.read() as session:
            debts = set(session.scalars(select(m.Debt.ref)))
            contacts = set(session.scalars(select(m.Contact.ref)))
            evidence = {(ref, sha) for ref, sha in
                        session.execute(select(m.Evidence.ref, m.Evidence.sha256))}
        assert committed["debt"] <= debts, committed["debt"] - debts
        assert committed["contact"] <= contacts, committed["contact"] - contacts
        assert committed["evidence"] <= evidence, committed["evidence"] - evidence
        if evidence_dir.is_dir():
            names = [p.name for p in evidence_dir.iterdir()]
            assert not [n for n in names if n.startswith(incoming.PREFIX)], names
            for name in names:
                if SHA_NAME.fullmatch(name):
                    digest = hashlib.sha256((evidence_dir / name).read_bytes()).hexdigest()
                    assert digest == name, f"{name} holds partial or other bytes"
        # A kill between the rename and the record leaves an unreferenced file, which is
        # harmless (verify names it; the same bytes added again reuse it). Nothing else.
        serious = [p for p in verify(store) if p.kind != "unreferenced"]
        assert not serious, [p.message() for p in serious]
    finally:
        store.close()
    return leftovers


@pytest.mark.slow
def test_a_killed_writer_loses_nothing_it_committed(tmp_path: Path) -> None:
    seed = int(os.environ.get("DEBTDESK_CRASH_SEED", random.SystemRandom().randrange(2**32)))
    rng = random.Random(seed)
    data_dir, scratch = tmp_path / "store", tmp_path / "scratch"
    committed: dict[str, set] = {"debt": set(), "contact": set(), "evidence": set()}
    cleaned = writes = 0
    started = time.perf_counter()
    for run in range(RUNS):
        child = _Child(data_dir, scratch, run, rng.randrange(2**32))
        try:
            assert child.ready.wait(timeout=60), child.process.stderr.read() \
                if child.process.poll() is not None else "the writer never started"
            time.sleep(rng.uniform(0.0, 1.2))
            assert child.process.poll() is None, child.process.stderr.read()
        finally:
            child.kill()
        for line in child.lines:
            kind, *rest = line.split(" ")
            committed[kind].add(rest[0] if kind != "evidence" else tuple(rest))
        writes += len(child.lines)
        try:
            cleaned += _check_store(data_dir, committed)
        except AssertionError as error:
            raise AssertionError(f"run {run} (DEBTDESK_CRASH_SEED={seed}): {error}") from None
    elapsed = time.perf_counter() - started
    print(f"\ncrash loop: {RUNS} kills, {writes} committed writes checked, "
          f"{cleaned} half-copied files cleaned, {elapsed:.1f} s (seed {seed})")
    assert writes > RUNS  # the kills did land among writes


def test_the_open_removes_leftovers_but_not_a_file_being_written(tmp_path: Path) -> None:
    data_dir = tmp_path / "store"
    open_store(data_dir).close()
    evidence_dir = data_dir / "evidence"
    evidence_dir.mkdir()
    stale = evidence_dir / (incoming.PREFIX + "abc123")
    stale.write_bytes(b"half a scan")
    live = incoming.Incoming(evidence_dir)  # as another process adding a file holds it
    try:
        with live.writer() as out:
            out.write(b"being written")
        open_store(data_dir).close()
        assert not stale.exists()
        if os.name == "posix":
            assert live.path.exists(), "a file another writer holds was removed"
    finally:
        live.discard()
    assert list(evidence_dir.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX file locks")
def test_a_sweep_between_creation_and_lock_gives_a_fresh_file(tmp_path: Path,
                                                              monkeypatch) -> None:
    """The writer checks its locked file still has a name; if a sweep took it, it starts
    again with another."""
    real_lock = incoming._try_lock
    calls = []

    def lock_after_a_sweep(fd: int) -> bool:
        if not calls:
            calls.append(fd)
            incoming.sweep(tmp_path)  # the file is not yet locked: it goes
        return real_lock(fd)

    monkeypatch.setattr(incoming, "_try_lock", lock_after_a_sweep)
    temp = incoming.Incoming(tmp_path)
    try:
        assert temp.path.exists()
        assert len(calls) == 1
    finally:
        temp.discard()
