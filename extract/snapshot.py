"""Reading a database while an ingest writes it.

DuckDB locks the whole file for its one writer: a reader is refused. ``locked`` says so at once,
in one line, naming the process that holds the lock (an ingest, with its pid). ``snapshot`` copies the
database file and its write-ahead log (every transaction committed so far: ingest commits one batch at a
time) into a temporary folder; the copy opens read-only like the original did at that moment. A copy
taken while the writer checkpoints (rewrites the file) is taken again.

This module imports DuckDB and nothing of the pipeline, so the answer comes before any finder loads.

Example::

    >>> with snapshot("partydocs.duckdb") as copy:     # doctest: +SKIP
    ...     run_query(copy, "SELECT count(*) FROM documents")
"""
from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
from pathlib import Path

import duckdb

from extract.db import CONFIG
from extract.errors import DatabaseLocked, StoreError

_PID = re.compile(r"\(PID (\d+)\)")
TRIES = 5  # copies attempted while a checkpoint rewrites the file


def holder(message: str) -> str:
    """Who holds the lock, from DuckDB's message: ``an ingest (pid 4242)``, else the command and its pid."""
    m = _PID.search(message)
    if not m:
        return "another process"
    pid = m.group(1)
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return f"another process (pid {pid})"
    args = [a.decode("utf-8", "replace") for a in argv if a]
    cmd = next((i for i, a in enumerate(args[:2]) if Path(a).name == "partydocs"), None)
    if cmd is not None and "ingest" in args[cmd + 1:]:
        return f"an ingest (pid {pid})"
    return f"another process (pid {pid}: {' '.join(args)[:60]})"


def locked(db: str | Path, e: DatabaseLocked) -> StoreError:
    """What a reader refused by a writer's lock is told: who holds it, and how to read what it has committed."""
    return StoreError(f"{db}: locked by {holder(str(e))} that is writing it (DuckDB file lock); add --snapshot to "
                      "query what it has committed so far, or wait until it ends")


def _state(path: Path) -> tuple:
    try:
        st = path.stat()
        return st.st_size, st.st_mtime_ns
    except OSError:
        return None


def _copy(db: Path, folder: Path) -> Path:
    """The database file and its WAL, copied while the file itself stays unchanged."""
    wal = Path(f"{db}.wal")
    for _ in range(TRIES):
        before = _state(db)
        copy = folder / db.name
        shutil.copyfile(db, copy)
        if wal.exists():
            with contextlib.suppress(FileNotFoundError):  # a checkpoint may remove it meanwhile
                shutil.copyfile(wal, Path(f"{copy}.wal"))
        if _state(db) == before and _opens(copy):
            return copy
        for p in (copy, Path(f"{copy}.wal")):
            p.unlink(missing_ok=True)
    raise StoreError(f"{db}: the file kept changing while it was copied; try --snapshot again")


def _opens(copy: Path) -> bool:
    try:
        duckdb.connect(str(copy), read_only=True, config=CONFIG).close()
        return True
    except duckdb.Error:
        return False


@contextlib.contextmanager
def snapshot(db: str | Path):
    """A read-only copy of ``db`` as last committed (file and WAL), removed afterwards."""
    db = Path(db)
    if not db.exists():
        raise StoreError(f"{db}: no such database (run `partydocs ingest` first)")
    folder = Path(tempfile.mkdtemp(prefix="partydocs-snapshot-"))
    try:
        yield _copy(db, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
