"""What the sealed-store tests share: a cheap key derivation (the real one takes half a
second on purpose) and a look at every byte of a data folder."""
from __future__ import annotations

from pathlib import Path

import pytest

FAST = dict(memory_kib=8 * 1024, iterations=1, lanes=1)


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.store import seal

    monkeypatch.setattr(seal, "DEFAULT_COSTS", seal.KdfParams(b"", **FAST))


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (journals, logs, hidden files included) by relative name."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}
