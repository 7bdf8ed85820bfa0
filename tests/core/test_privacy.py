"""Privacy: no command opens a network connection, and the log says what happened, never to
whom (no names, amounts or document contents, even when something fails)."""
from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from PIL import Image

from core.cli import main
from core.logs import log_path, log_unhandled, safe_traceback
from tests.conftest import DATA
from tests.privacy import NetworkGuard, case_secrets, leaked

FULL_CASE = DATA / "zh_full_case.json"


def _cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--data-dir", str(data_dir), *args])
    return code, out.getvalue(), err.getvalue()


def test_no_command_opens_a_network_connection(data_dir: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    guard = NetworkGuard()
    guard.install(monkeypatch)
    picture = tmp_path / "收入证明.png"
    Image.new("RGB", (16, 16), "green").save(picture)
    runs = [
        ("import", str(FULL_CASE)),
        ("export", str(tmp_path / "case.json")),
        ("export", str(tmp_path / "case.debtcase")),
        ("schedule", "--plan", "按比例分期"),
        ("schedule", "--plan", "按比例分期", "--format", "json", "--out",
         str(tmp_path / "s.json")),
        ("letter", "--plan", "按比例分期", "--debt", "D1", "--kind", "installment", "--lang",
         "zh", "--out", str(tmp_path / "letter.pdf")),
        ("due", "--within", "60"),
        ("due", "--format", "json"),
        ("evidence", "add", str(picture), "--category", "income_proof", "--debt", "D1"),
        ("backup", "--out", str(tmp_path / "backup.debtcase")),
        ("import", str(tmp_path / "backup.debtcase"), "--replace"),
    ]
    for args in runs:
        code, _out, err = _cli(data_dir, *args)
        assert code == 0, (args, err)
    code, _out, err = _cli(data_dir, "verify")
    assert code in (0, 1), err  # verify may list the .json's evidence without bytes
    guard.check()


def test_the_log_holds_events_not_the_persons_data(data_dir: Path, tmp_path: Path) -> None:
    secrets = case_secrets(FULL_CASE)
    assert {"李明", "9200.00", "510107199001011234"} <= secrets  # the check checks something
    assert _cli(data_dir, "import", str(FULL_CASE))[0] == 0
    assert _cli(data_dir, "schedule", "--plan", "按比例分期")[0] == 0
    picture = tmp_path / "李明身份证.png"
    Image.new("RGB", (16, 16), "red").save(picture)
    assert _cli(data_dir, "evidence", "add", str(picture), "--category", "identity")[0] == 0
    # A refusal whose message quotes the person's data: a bad amount in a file named for them.
    bad = json.loads(FULL_CASE.read_text(encoding="utf-8"))
    bad["debts"][0]["kind"] = "九千二百元（李明）"
    bad_file = tmp_path / "李明的案卷.json"
    bad_file.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    code, _out, err = _cli(data_dir, "import", str(bad_file), "--replace")
    assert code == 2 and "九千二百元（李明）" in err  # the person is told; the log is not
    broken = tmp_path / "李明的案卷2.json"
    broken.write_bytes(b'{"format": "\xff')
    code, _out, err = _cli(data_dir, "import", str(broken))
    assert code == 2 and "李明的案卷2.json" in err
    # A bug whose message quotes data, and a chained cause that does too.
    try:
        try:
            raise ValueError("李明 owes 支付宝（花呗） 9200.00")
        except ValueError as cause:
            raise RuntimeError("while saving 510107199001011234") from cause
    except RuntimeError as error:
        log_unhandled(error, "a test")
        report = safe_traceback(error)

    text = log_path(data_dir).read_text(encoding="utf-8")
    for event in ("command import", "command schedule", "command evidence add",
                  "refused: DomainError", "unhandled RuntimeError", "ValueError"):
        assert event in text, event
    assert leaked(text, secrets | {"李明身份证", "李明的案卷", "九千二百元"}) == []
    assert "RuntimeError" in report and leaked(report, secrets) == []
    assert str(Path.home()) not in text  # paths in tracebacks are the code's own


def test_the_log_is_private_and_rotates(data_dir: Path) -> None:
    import logging
    import os
    import stat

    from core.logs import BACKUPS, MAX_BYTES, setup_logging

    assert (MAX_BYTES, BACKUPS) == (1024 * 1024, 3)
    limit = 20_000  # the same rotation, on a smaller scale
    path = setup_logging(data_dir, max_bytes=limit)
    logger = logging.getLogger("debtdesk.test")
    for n in range(limit * (BACKUPS + 2) // 100):
        logger.info("event %06d %s", n, "x" * 80)
    files = sorted(path.parent.iterdir())
    assert [f.name for f in files] == ["debtdesk.log", *(f"debtdesk.log.{i}" for i in
                                                         range(1, BACKUPS + 1))]
    assert all(f.stat().st_size <= limit for f in files)
    if os.name == "posix":
        assert {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o600}
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_evidence_bytes_are_read_only_once_in_place(zh_store, tmp_path: Path) -> None:
    """Evidence bytes are never changed: each file is read-only, whether added or imported,
    and nothing half-copied is left beside them."""
    import os
    import stat

    from core.case.casefile import export_case, import_case, load_case_file
    from core.evidence.store import add_file
    from core.store.database import open_store

    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    document = tmp_path / "收入证明.txt"
    document.write_text("月收入 4,500 元\n", encoding="utf-8")
    add_file(zh_store, document, "income_proof")
    archive = tmp_path / "case.debtcase"
    export_case(zh_store, archive)
    other = open_store(tmp_path / "other")
    import_case(other, load_case_file(archive))
    for store in (zh_store, other):
        files = list(store.evidence_dir.iterdir())
        assert files and {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o400}
        assert not [f for f in files if f.name.startswith(".incoming-")]
    other.close()
