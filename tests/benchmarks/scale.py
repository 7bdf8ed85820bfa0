"""A case worked on for years: 60 debts, 5,000 contacts over three years, 400 evidence files
(small real images and PDFs), 300 payments, 3 plans — for the scale benchmarks.

    python tests/benchmarks/scale.py FOLDER [--quick]

makes a store in FOLDER (quick: 20 debts, 500 contacts, 40 files, 50 payments).
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.cases import chinese_case, with_contacts  # noqa: E402

FULL = {"debts": 60, "contacts": 5000, "evidence": 400, "payments": 300}
QUICK = {"debts": 20, "contacts": 500, "evidence": 40, "payments": 50}
CATEGORIES = ("income_proof", "medical", "bank_statement", "correspondence", "receipt",
              "recording", "agreement", "hardship_other")


def _image(rng: random.Random) -> bytes:
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (rng.randrange(160, 320), rng.randrange(120, 400)),
                        tuple(rng.randrange(180, 256) for _ in range(3)))
    draw = ImageDraw.Draw(picture)
    for line in range(12):
        draw.line((10, 12 + line * 9, picture.width - 10, 12 + line * 9), fill=(60, 60, 60))
    out = io.BytesIO()
    picture.save(out, "JPEG" if rng.random() < 0.6 else "PNG")
    return out.getvalue()


def _pdf(rng: random.Random, number: int) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    for n in range(rng.randrange(1, 4)):
        page.drawString(72, 720, f"Statement {number} page {n + 1}")
        page.showPage()
    page.save()
    return out.getvalue()


def scale_document(sizes: dict[str, int], seed: int = 5) -> tuple[dict[str, Any],
                                                                   dict[str, bytes]]:
    """The case file (written form) and the evidence bytes by sha256."""
    rng = random.Random(seed)
    document = with_contacts(chinese_case(sizes["debts"], seed), sizes["contacts"], seed)
    refs = [d["ref"] for d in document["debts"]]
    blobs: dict[str, bytes] = {}
    evidence = []
    for i in range(sizes["evidence"]):
        payload = _pdf(rng, i) if i % 3 == 0 else _image(rng)
        sha = hashlib.sha256(payload).hexdigest()
        if sha in blobs:
            continue
        blobs[sha] = payload
        kind = "application/pdf" if payload.startswith(b"%PDF") else \
            "image/png" if payload.startswith(b"\x89PNG") else "image/jpeg"
        suffix = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}[kind]
        evidence.append({
            "ref": f"E{i + 1}", "sha256": sha, "name": f"材料{i + 1}{suffix}", "mime": kind,
            "size": len(payload), "category": rng.choice(CATEGORIES),
            "title": f"证明材料 {i + 1}", "document_date": f"2026-{rng.randrange(1, 12):02d}-"
                                                           f"{rng.randrange(1, 28):02d}",
            "debts": [rng.choice(refs)], "reviewed": rng.random() < 0.5, "note": ""})
    document["evidence"] = evidence
    document["payments"] = [
        {"debt": rng.choice(refs), "date": f"{rng.choice((2024, 2025, 2026))}-"
                                           f"{rng.randrange(1, 12):02d}-{rng.randrange(1, 28):02d}",
         "amount": f"{rng.randrange(100, 3000)}.00", "method": rng.choice(("支付宝", "银行转账")),
         "reference": f"TX{rng.randrange(10**8, 10**9)}", "note": "", "evidence": []}
        for _ in range(sizes["payments"])]
    for contact in document["contacts"][:200]:
        if evidence and rng.random() < 0.3:
            contact["evidence"] = [rng.choice(evidence)["ref"]]
    document["plans"] = [
        {"name": "按比例分期", "strategy": "pro_rata", "monthly_budget": "9000.00",
         "start": "2026-12-15", "terms": [{"debt": r, "treatment": "share",
                                            "freeze_interest": True} for r in refs],
         "status": "accepted"},
        {"name": "先还利率高的", "strategy": "avalanche", "monthly_budget": "9000.00",
         "start": "2026-12-15", "terms": [], "status": "draft"},
        {"name": "结清小额", "strategy": "snowball", "monthly_budget": "9000.00",
         "one_off_funds": "5000.00", "start": "2026-12-15",
         "terms": [{"debt": refs[0], "treatment": "installments", "months": 24}],
         "status": "draft"},
    ]
    return document, blobs


def make_scale_store(folder: Path, quick: bool = False) -> Path:
    """A store in `folder` holding the scale case, its evidence files in place."""
    from core.case.casefile import import_case, parse_case_bytes
    from core.store.database import open_store

    document, blobs = scale_document(QUICK if quick else FULL)
    store = open_store(folder)
    try:
        store.evidence_dir.mkdir(mode=0o700, exist_ok=True)
        for sha, payload in blobs.items():
            path = store.evidence_dir / sha
            path.write_bytes(payload)
            if os.name == "posix":
                path.chmod(0o400)
        import_case(store, parse_case_bytes(json.dumps(document, ensure_ascii=False).encode(),
                                            "scale.json"))
    finally:
        store.close()
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    make_scale_store(args.folder, args.quick)
    print(f"made {args.folder}")


if __name__ == "__main__":
    main()
