"""A process that writes to a store without pause until it is killed: debts, call-log
entries and evidence files, in a random order. After each write has committed it prints one
line, `debt REF`, `contact REF` or `evidence REF SHA256`, so the process that kills it knows
what must have survived.

    python -m tests.core.crash_writer DATA_DIR SCRATCH_DIR RUN SEED
"""
from __future__ import annotations

import io
import random
import sys
from pathlib import Path


def _png(rng: random.Random) -> bytes:
    """Noise, so it does not compress: from a few KB to ~1 MB, long enough to be caught
    half-copied."""
    from PIL import Image

    width, height = rng.randint(16, 600), rng.randint(16, 600)
    image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=0)
    return out.getvalue()


def _text(rng: random.Random, n: int) -> bytes:
    lines = [f"第 {n} 份说明，编号 {rng.getrandbits(64):016x}：收入证明与还款记录。"
             for _ in range(rng.randint(1, 4000))]
    return "\n".join(lines).encode("utf-8")


def main(data_dir: Path, scratch: Path, run: int, seed: int) -> None:
    from core.calllog.contacts import log_contact
    from core.debts.debts import add_debt
    from core.evidence.store import add_file
    from core.store.database import open_store

    rng = random.Random(seed)
    store = open_store(data_dir)
    scratch.mkdir(parents=True, exist_ok=True)
    debts: list[str] = []
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        action = rng.choice(("debt", "contact", "evidence")) if debts else "debt"
        if action == "debt":
            ref = f"D{run}-{n}"
            add_debt(store, {
                "ref": ref, "creditor": f"招商银行信用卡中心 {n}", "kind": "credit_card",
                "balance": {"principal": f"{rng.randint(1, 10**7)}.{rng.randint(0, 99):02d}",
                            "interest": "12.30", "fees": "0.00", "as_of": "2026-11-01"},
                "note": "逾期后协商" * rng.randint(0, 200)})
            debts.append(ref)
            print(f"debt {ref}", flush=True)
        elif action == "contact":
            ref = f"C{run}-{n}"
            log_contact(store, {
                "ref": ref, "debts": [rng.choice(debts)], "at": "2026-11-02T10:30:00+08:00",
                "channel": "phone", "direction": "outgoing", "agent": "王女士 工号 8812",
                "summary": "同意停息分期，每月还款 860 元。" * rng.randint(1, 300),
                "outcome": "agreement"})
            print(f"contact {ref}", flush=True)
        else:
            if rng.random() < 0.6:
                source = scratch / f"{run}-{n}.png"
                source.write_bytes(_png(rng))
            else:
                source = scratch / f"{run}-{n}.txt"
                source.write_bytes(_text(rng, n))
            added = add_file(store, source, "income_proof", [rng.choice(debts)])
            print(f"evidence {added.ref} {added.sha256}", flush=True)
            source.unlink()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
