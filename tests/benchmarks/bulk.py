"""Bulk benchmark: a case moved whole, at the sizes a case reaches after years.

    python tests/benchmarks/bulk.py [--quick] [--runs 1] [--only calls] [--calls 100000]
                                    [--progress]

- a `.debtcase` of 100 / 1,000 / 5,000 small documents: its import into an empty store and
  its export from that store (quick: 20 / 100), and at the largest size import ÷ export.
  Each import waits until the disk makes files at its usual speed, and the speed just
  before and after it is printed (see SETTLED_MS);
- `evidence add` (the command line's `add_files`) of 500 and 5,000 small text files
  into a new store, the time per file, and 5,000's per file ÷ 500's (quick: 50 / 200);
- a `.json` case of 10,000 / 50,000 / 100,000 calls (quick: 1,000 / 3,000): import,
  export and backup, each in a fresh process, with its time and peak memory (the child's
  `ru_maxrss`, the interpreter and its imports included), and its CPU time (steadier than
  the wall clock on a shared machine). With `--progress` import, export and backup report
  their progress to a callback and are asked whether to stop, as the window and the command
  line do (the cost of that against a run without it).

Each subject is timed in a child process that has already imported what it needs, so the
figures are the work itself. Budgets: a `.debtcase` import within 3 × its export; evidence
time per file at 5,000 within 1.3 × that at 500; an import's peak memory within 400 MB at
100,000 calls. Printed, never enforced.
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks import figures  # noqa: E402
from tests.benchmarks.cases import chinese_case, with_contacts  # noqa: E402
from tests.benchmarks.figures import Figure, run_json  # noqa: E402

IMPORT_RATIO_BUDGET = 3.0
PER_FILE_RATIO_BUDGET = 1.3
IMPORT_MEMORY_BUDGET_MB = 400.0
MEMORY_AT = 100_000

DOCUMENTS, DOCUMENTS_QUICK = (100, 1_000, 5_000), (20, 100)
FILES, FILES_QUICK = (500, 5_000), (50, 200)
CALLS, CALLS_QUICK = (10_000, 50_000, 100_000), (1_000, 3_000)

# One child process per subject: imports first (untimed), then the work, then its figures.
CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from core.case.backup import backup
from core.case.casefile import export_case, import_case, load_case_file
from core.evidence.store import add_files
from core.store.database import open_store
store = open_store(Path({store!r}))
what, file = {what!r}, Path({file!r})
reports = []
watch = dict(progress=lambda done, total: reports.append(done),
             cancelled=lambda: False) if {progress!r} else {{}}
def cpu():
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_utime + use.ru_stime
started, cpu_started = time.perf_counter(), cpu()
if what == "import":
    import_case(store, load_case_file(file), **watch)
elif what == "export":
    export_case(store, file, **watch)
elif what == "backup":
    backup(store, file, **watch)
else:
    list(add_files(store, sorted(file.iterdir()), "other"))
seconds, cpu_seconds = time.perf_counter() - started, cpu() - cpu_started
store.close()
print(json.dumps([seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  cpu_seconds]))
"""


def child(what: str, store: Path, file: Path, progress: bool = False) -> tuple[float, float,
                                                                               float]:
    """(seconds, peak MB, CPU seconds) of one subject in a fresh process."""
    seconds, peak, cpu = run_json(CHILD.format(root=str(ROOT), store=str(store), what=what,
                                               file=str(file), progress=progress),
                                  timeout=3600)
    return float(seconds), float(peak), float(cpu)


def document_bytes(index: int) -> bytes:
    return f"第 {index} 份材料：通话记录与还款凭证的文字说明。\nitem {index}\n".encode()


def documents_case(folder: Path, count: int) -> Path:
    """A `.debtcase` of a small case and `count` distinct small text documents."""
    import hashlib

    from core.case.archive import write_archive

    case = chinese_case(5)
    blobs, evidence = [], []
    for index in range(count):
        data = document_bytes(index)
        sha = hashlib.sha256(data).hexdigest()
        evidence.append({"ref": f"E{index + 1}", "sha256": sha, "name": f"材料{index}.txt",
                         "mime": "text/plain", "size": len(data), "category": "other"})
        blobs.append((sha, "text/plain", lambda data=data: _bytes_io(data)))
    path = folder / f"documents-{count}.debtcase"
    write_archive(path, json.dumps({**case, "evidence": evidence}, ensure_ascii=False)
                  .encode("utf-8"), blobs)
    return path


def _bytes_io(data: bytes) -> Any:
    import io

    return io.BytesIO(data)


# Making a file on this machine's virtual disk takes 0.03 ms in its usual state and 0.6 ms or
# more for minutes at a time (after many files elsewhere were deleted, or for no reason seen
# from inside). An import of 5,000 documents makes 5,000 files and its export one, so their
# ratio is measured once the disk makes files at its usual speed again, and that speed,
# taken just before and after each import, is printed beside it.
SETTLED_MS = 0.1  # a file made in at most this long: the disk's usual state
SETTLE_FOR = 120.0  # seconds waited for it at most
PROBE = 500


def file_making_ms(scratch: Path) -> float:
    """Milliseconds to make one empty file on the disk at this moment (the median of
    PROBE files in a new folder, kept until the scratch folder goes)."""
    import os
    import time

    folder = Path(tempfile.mkdtemp(prefix="probe-", dir=scratch))
    took = []
    for index in range(PROBE):
        started = time.perf_counter()
        os.close(os.open(folder / f"f{index}", os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        took.append(time.perf_counter() - started)
    return statistics.median(took) * 1000


def settled(scratch: Path) -> float:
    """Wait until the disk makes files at its usual speed (or SETTLE_FOR has passed);
    returns the last probe's milliseconds per file."""
    import time

    deadline = time.monotonic() + SETTLE_FOR
    while (ms := file_making_ms(scratch)) > SETTLED_MS and time.monotonic() < deadline:
        time.sleep(2)
    return ms


def documents(runs: int, sizes: tuple[int, ...], scratch: Path) -> list[Figure]:
    out, ratio = [], 0.0
    for count in sizes:
        imports, exports, disk = [], [], []
        made = documents_case(scratch, count)
        for run in range(runs):
            store = scratch / f"documents-{count}-{run}"
            disk.append(settled(scratch))
            imports.append(child("import", store, made)[0])
            disk.append(file_making_ms(scratch))
            exports.append(child("export", store, scratch / f"out-{count}.debtcase")[0])
        took_in, took_out = statistics.median(imports), statistics.median(exports)
        out += [Figure(f".debtcase import, {count:,} documents", took_in, "s"),
                Figure(f".debtcase export, {count:,} documents", took_out, "s"),
                Figure(f"making 1,000 empty files on this disk, just before and after those "
                       f"imports (slowest of {len(disk)})", max(disk) * 1000, "ms")]
        ratio = took_in / took_out
    out.append(Figure(f".debtcase import ÷ export, {sizes[-1]:,} documents", ratio, "x",
                      IMPORT_RATIO_BUDGET))
    return out


def evidence_add(runs: int, sizes: tuple[int, ...], scratch: Path) -> list[Figure]:
    out, per_file = [], []
    for count in sizes:
        folder = scratch / f"files-{count}"
        folder.mkdir()
        for index in range(count):
            (folder / f"材料 {index:05d}.txt").write_bytes(document_bytes(index))
        took = statistics.median(child("add", scratch / f"add-{count}-{run}", folder)[0]
                                 for run in range(runs))
        per_file.append(took / count * 1000)
        out.append(Figure(f"evidence add, {count:,} files, per file", per_file[-1], "ms"))
    out.append(Figure(f"evidence add per file, {sizes[-1]:,} ÷ {sizes[0]:,} files",
                      per_file[-1] / per_file[0], "x", PER_FILE_RATIO_BUDGET))
    return out


def calls(runs: int, sizes: tuple[int, ...], scratch: Path,
          progress: bool = False) -> list[Figure]:
    out = []
    note = "with progress" if progress else ""
    for count in sizes:
        case = scratch / f"calls-{count}.json"
        case.write_text(json.dumps(with_contacts(chinese_case(20), count), ensure_ascii=False),
                        encoding="utf-8")
        found: dict[str, list[tuple[float, float, float]]] = {"import": [], "export": [],
                                                             "backup": []}
        for run in range(runs):
            store = scratch / f"calls-{count}-{run}"
            found["import"].append(child("import", store, case, progress))
            found["export"].append(child("export", store, scratch / f"out-{count}.json",
                                         progress))
            found["backup"].append(child("backup", store, scratch / f"backup-{count}.debtcase",
                                         progress))
        for what, measured in found.items():
            seconds = statistics.median(s for s, _, _ in measured)
            peak = statistics.median(p for _, p, _ in measured)
            cpu = statistics.median(c for _, _, c in measured)
            budget = IMPORT_MEMORY_BUDGET_MB if what == "import" and count == MEMORY_AT else None
            out += [Figure(f"{what} of {count:,} calls", seconds, "s", note=note),
                    Figure(f"{what} of {count:,} calls, CPU time", cpu, "s", note=note),
                    Figure(f"{what} of {count:,} calls, peak memory", peak, "MB", budget,
                           note=note)]
    return out


def calibration_ms() -> float:
    """A fixed pure-Python workload: this machine's speed at the moment (a shared machine
    runs at different speeds from one minute to the next)."""
    from tests.benchmarks.plan import calibration_ms as loop

    return loop(5)


def measure(runs: int, quick: bool, only: str | None = None, calls_at: int | None = None,
            progress: bool = False) -> list[Figure]:
    chosen = (only or "documents,evidence,calls").split(",")
    calibration = "bulk calibration: 200,000 pure-Python loop steps"
    out = [Figure(f"{calibration}, start", calibration_ms(), "ms")]
    with tempfile.TemporaryDirectory(prefix="debtdesk-bulk-") as tmp:
        scratch = Path(tmp)
        if "documents" in chosen:
            out += documents(runs, DOCUMENTS_QUICK if quick else DOCUMENTS, scratch)
        if "evidence" in chosen:
            out += evidence_add(runs, FILES_QUICK if quick else FILES, scratch)
        if "calls" in chosen:
            sizes = (calls_at,) if calls_at else CALLS_QUICK if quick else CALLS
            out += calls(runs, sizes, scratch, progress)
    out.append(Figure(f"{calibration}, end", calibration_ms(), "ms"))
    return out


def main() -> int:
    def options(parser: Any) -> None:
        parser.add_argument("--only", help="documents, evidence, calls (comma-separated)")
        parser.add_argument("--calls", dest="calls_at", type=int,
                            help="one size of call log only (e.g. 100000)")
        parser.add_argument("--progress", action="store_true",
                            help="import, export and backup report progress and may be "
                                 "cancelled, as the window and the command line ask")

    return figures.main(__doc__, measure, "median of {runs} runs, each in a fresh process",
                        runs=1, quick_runs=1, quick="small sizes", options=options)


if __name__ == "__main__":
    sys.exit(main())
