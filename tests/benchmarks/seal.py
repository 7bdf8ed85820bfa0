"""Sealed-store benchmark: what sealing costs. Argon2id once per unlock; then opening the
store and reading its debts, sealed (SQLCipher, the key already derived) against plain;
then adding evidence files, sealed (AES-256-GCM in 64 KiB chunks) against plain.

    python tests/benchmarks/seal.py [--quick] [--runs 5] [--files 40] [--size-mb 2]

Both stores hold the same case (tests/data/zh_full_case.json). The evidence files are
the evidence benchmark's random-letter text files, so hashing, sealing, fsync and the
record are measured, not image decoding. Figures are medians of the runs; the budgets say
what sealing may cost on top of plain, and are printed, never enforced.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks import figures
from tests.benchmarks.evidence import make_files
from tests.benchmarks.figures import Figure

KDF_BUDGET_S = 1.0
OPEN_RATIO_BUDGET = 1.2  # what a sealed store may cost: a fifth more than a plain one
IMPORT_RATIO_BUDGET = 1.3


def _store(folder: Path, key) -> None:
    from core.case.casefile import import_case, read_case_file
    from core.store.database import open_store

    store = open_store(folder)
    import_case(store, read_case_file(ROOT / "tests" / "data" / "zh_full_case.json"))
    store.close()
    if key is not None:
        from core.case.sealing import protect

        protect(folder, key)


def _open_and_read(folder: Path, key) -> float:
    from core.debts.debts import list_debts
    from core.store.database import open_store

    started = time.perf_counter()
    store = open_store(folder, key=key)
    list_debts(store)
    store.close()
    return time.perf_counter() - started


def _add(folder: Path, key, files: list[Path]) -> float:
    from core.evidence.store import add_file
    from core.store.database import open_store

    store = open_store(folder, key=key)
    try:
        started = time.perf_counter()
        for path in files:
            add_file(store, path, "other")
        return time.perf_counter() - started
    finally:
        store.close()


def measure(runs: int, quick: bool, files: int | None = None,
            size_mb: float | None = None) -> list[Figure]:
    from core.store.seal import derive, new_params

    files = files or (8 if quick else 40)
    size = int((size_mb or (0.5 if quick else 2)) * 1024 * 1024)
    scratch = Path(tempfile.mkdtemp(prefix="debtdesk-seal-bench-"))
    try:
        kdf = []
        for _ in range(runs):
            started = time.perf_counter()
            key = derive("a passphrase for the benchmark", new_params())
            kdf.append(time.perf_counter() - started)
        plain, sealed = scratch / "plain", scratch / "sealed"
        _store(plain, None)
        _store(sealed, key)
        _open_and_read(plain, None), _open_and_read(sealed, key)  # warm the imports
        opens = {name: statistics.median(_open_and_read(folder, k) for _ in range(runs))
                 for name, folder, k in (("plain", plain, None), ("sealed", sealed, key))}
        documents = make_files(scratch / "files", files, size)
        adds: dict[str, list[float]] = {"plain": [], "sealed": []}
        for run in range(runs):
            for name, k in (("plain", None), ("sealed", key)):
                folder = scratch / f"{name}-{run}"
                shutil.copytree(plain if k is None else sealed, folder)
                figures_settle()
                adds[name].append(_add(folder, k, documents))
                shutil.rmtree(folder)
        add = {name: statistics.median(times) for name, times in adds.items()}
        megabytes = files * size / 1024 / 1024
        params = key.params
        return [
            Figure(f"Argon2id unlock ({params.memory_kib // 1024} MiB, {params.iterations} "
                   f"passes, {params.lanes} lanes)", kdf and statistics.median(kdf), "s",
                   KDF_BUDGET_S),
            Figure("open a plain store and read its debts", opens["plain"] * 1000, "ms"),
            Figure("open a sealed store and read its debts (key derived)",
                   opens["sealed"] * 1000, "ms"),
            Figure("sealed open, ratio to plain", opens["sealed"] / opens["plain"], "x",
                   OPEN_RATIO_BUDGET),
            Figure(f"add {files} evidence files ({megabytes:g} MB), plain", add["plain"], "s"),
            Figure(f"add {files} evidence files ({megabytes:g} MB), sealed", add["sealed"],
                   "s"),
            Figure("sealed evidence import, ratio to plain", add["sealed"] / add["plain"], "x",
                   IMPORT_RATIO_BUDGET),
        ]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def figures_settle() -> None:
    """Nothing left to write back before a timed import (`sync`, untimed)."""
    import os

    if hasattr(os, "sync"):
        os.sync()


def main() -> int:
    def options(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--files", type=int)
        parser.add_argument("--size-mb", type=float)

    return figures.main(__doc__, measure, "median of {runs} runs", runs=5, quick_runs=1,
                        quick="8 files of 0.5 MB", options=options)


if __name__ == "__main__":
    sys.exit(main())
