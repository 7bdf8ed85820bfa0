"""The complaint pack: the letter, the debt's call log as CSV, the evidence behind the
complaint under its own names, and a checksum list that checks out."""
from __future__ import annotations

import copy
import csv
import hashlib
import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from core.case.casefile import import_case
from core.errors import DomainError
from core.evidence.store import add_file
from core.letters.complaint_pack import log_csv, write_pack
from core.letters.compose import LetterRequest
from tests.core.letters.test_complaint import FULL

ON = date(2026, 12, 3)


def _screenshot(tmp_path: Path) -> Path:
    path = tmp_path / "催收短信截图.png"
    Image.new("RGB", (40, 30), (200, 30, 30)).save(path)
    return path


@pytest.fixture
def pack_case(store, tmp_path: Path) -> dict:
    """The full case with a screenshot attached to the agency's marked call (C4)."""
    shot = _screenshot(tmp_path)
    case = copy.deepcopy(FULL)
    entry = case["evidence"][0]
    entry.update(sha256=hashlib.sha256(shot.read_bytes()).hexdigest(), name=shot.name,
                 mime="image/png", size=shot.stat().st_size, category="recording")
    case["contacts"][3]["evidence"] = [entry["ref"]]
    import_case(store, copy.deepcopy(case))
    add_file(store, shot, "recording")  # the bytes join the entry imported without them
    return case


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_pack_holds_the_letter_the_log_and_the_evidence(store, pack_case, tmp_path,
                                                            language) -> None:
    out = tmp_path / "pack.zip"
    made = write_pack(store, pack_case, LetterRequest(debt="D1", kind="complaint",
                                                      language=language, on=ON), out)
    assert made.missing == ()
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        letter, log, folder = (("投诉信.pdf", "联系记录.csv", "证据/") if language == "zh"
                               else ("complaint.pdf", "call-log.csv", "evidence/"))
        assert names == [letter, log, folder + "催收短信截图.png", "SHA256SUMS"]
        assert archive.read(letter).startswith(b"%PDF")
        sums = archive.read("SHA256SUMS").decode().splitlines()
        assert len(sums) == 3
        for line in sums:  # every member checks out, as sha256sum -c would say
            digest, name = line.split("  ", 1)
            assert hashlib.sha256(archive.read(name)).hexdigest() == digest
        rows = list(csv.reader(io.StringIO(archive.read(log).decode("utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == ["C2", "C4"]  # D1's entries, oldest first
    c4 = rows[2]
    assert "某某资产管理有限公司" in c4 and c4[-1] == pack_case["evidence"][0]["ref"]
    assert ("联系了本人的家人、朋友或工作单位" if language == "zh" else
            "contacted my family, friends or employer") in c4[8]


def test_no_breach_writes_no_pack(store, pack_case, tmp_path) -> None:
    out = tmp_path / "none.zip"
    with pytest.raises(DomainError):
        write_pack(store, pack_case, LetterRequest(debt="D2", kind="complaint",
                                                   language="zh", on=ON), out)
    assert not out.exists() and list(tmp_path.glob(".export-*")) == []


def test_the_csv_opens_in_a_spreadsheet_with_chinese_intact() -> None:
    data = log_csv(FULL, "D1", "zh")
    assert data.startswith("\ufeff".encode())  # Excel reads it as UTF-8
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("编号,时间,方式,方向")
    assert "2026-11-20T21:40:00+08:00" in text
