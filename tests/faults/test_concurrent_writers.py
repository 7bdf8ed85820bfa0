"""Many processes writing one store at once: each waits its turn and nothing is lost.

Eight `evidence add` processes start together, on a store that does not exist yet (so
they also race to create and migrate it) and then on one that does; every one must
succeed, every file must get its own entry, and the store must verify."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from core.evidence.store import list_evidence
from core.evidence.verify import verify
from core.store.database import open_store
from tests.conftest import ROOT

PROCESSES, ROUNDS = 8, 3


def _scans(folder: Path, round_: int) -> list[Path]:
    paths = []
    for n in range(PROCESSES):
        path = folder / f"扫描件-{round_}-{n}.png"
        Image.new("RGB", (24, 24), (n * 30, round_ * 60, 90)).save(path)
        paths.append(path)
    return paths


def _add_all(data_dir: Path, scans: list[Path]) -> list[tuple[int, str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    children = [subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "evidence", "add",
         str(scan), "--category", "other"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, text=True) for scan in scans]
    results = []
    for child in children:
        out, err = child.communicate(timeout=120)
        results.append((child.returncode, out + err))
    return results


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_eight_writers_at_once_on_a_new_then_an_existing_store(tmp_path: Path,
                                                               round_: int) -> None:
    data_dir = tmp_path / "新的 store"
    for batch in (0, 1):  # first the store does not exist; then it does
        results = _add_all(data_dir, _scans(tmp_path, round_ * 2 + batch))
        assert [code for code, _ in results] == [0] * PROCESSES, results
        assert all("Traceback" not in text for _, text in results)
    store = open_store(data_dir)
    try:
        entries = list_evidence(store)
        refs = [row.data["ref"] for row in entries]
        assert len(refs) == 2 * PROCESSES and len(set(refs)) == len(refs)
        assert verify(store) == []
    finally:
        store.close()
