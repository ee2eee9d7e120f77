"""Stopping a run (issue 16, cases 2 and 7): Ctrl-C and --timeout stop a runaway query at once; Ctrl-C,
SIGTERM and SIGKILL of an ingest whose worker is deep in a long document stop it within seconds and
leave no process and no temporary file behind."""
from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest

from tests.helpers import BIN, BULLETIN, bulletin_db, run_cli
from tests.reliability.procs import files_under, kill_session, left_after, wait_threads

RUNAWAY = "SELECT count(*) FROM range(100000000) a, range(1000000) b WHERE a.range + b.range = 7"


def _env(tmp):
    (tmp / "tmp").mkdir(exist_ok=True)
    return {**os.environ, "COLUMNS": "200", "TERM": "dumb", "TMPDIR": str(tmp / "tmp")}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return bulletin_db(tmp_path_factory.mktemp("stop"))


def test_query_timeout_stops_a_runaway_statement(db):
    t0 = time.monotonic()
    r = run_cli("query", RUNAWAY, "--db", db, "--timeout", "2", timeout=120)
    assert r.returncode == 2 and "ran longer than 2 s" in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert time.monotonic() - t0 < 60  # 2 s and the start of the command, not the statement's minutes


@pytest.mark.parametrize("sig,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["ctrl-c", "sigterm"])
def test_a_signal_stops_a_running_query_within_seconds(tmp_path, db, sig, code):
    proc = subprocess.Popen([str(BIN), "query", RUNAWAY, "--db", str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(tmp_path), start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        wait_threads(proc.pid, 3)  # DuckDB's threads: the statement is about to run
        time.sleep(1.5)
        t0 = time.monotonic()
        proc.send_signal(sig)
        _, stderr = proc.communicate(timeout=30)
        seconds = time.monotonic() - t0
    finally:
        kill_session(proc.pid)
    assert proc.returncode == code and seconds < 5, (proc.returncode, seconds, stderr)
    assert stderr.startswith("partydocs: ") and len(stderr.strip().splitlines()) == 1, stderr
    assert left_after(proc.pid) == []


def _archive(folder, mb):
    """Twenty bulletins, then one long document (``mb`` MB of bulletins, numbers varied) that keeps a
    worker busy for many seconds."""
    folder.mkdir()
    for i in range(20):
        (folder / f"a-{i:02d}.txt").write_text(BULLETIN + f"\nBản tin số {i}.\n", encoding="utf-8")
    parts, size, i = [], 0, 0
    while size < mb * 1_000_000:
        part = BULLETIN.replace("85", str(i % 900 + 10)).replace("17/21", f"{i % 20 + 1}/21") + f"Mục {i}.\n"
        parts.append(part)
        size += len(part.encode())
        i += 1
    (folder / "z-long.txt").write_text("\n".join(parts), encoding="utf-8")


@pytest.fixture(scope="module")
def long_archive(tmp_path_factory):
    d = tmp_path_factory.mktemp("long") / "in"
    _archive(d, 16)
    return d


def _start_ingest(tmp_path, inbox, jobs=2, settle=2.0):
    db = tmp_path / "db" / "s.duckdb"
    db.parent.mkdir()
    proc = subprocess.Popen([str(BIN), "ingest", str(inbox), "--db", str(db), "-j", str(jobs), "-q",
                             "--batch-size", "5", "-v"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=_env(tmp_path), start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    for line in proc.stderr:  # the short documents are stored; a worker is now deep in the long one
        if line.startswith("committed:"):
            break
    time.sleep(settle)
    return proc, db


@pytest.mark.parametrize("sig,code,word", [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")],
                         ids=["ctrl-c", "sigterm"])
def test_a_signal_stops_an_ingest_busy_in_a_long_document(tmp_path, long_archive, sig, code, word):
    proc, db = _start_ingest(tmp_path, long_archive)
    try:
        t0 = time.monotonic()
        os.kill(proc.pid, sig)  # the writer alone, as `kill`, `timeout` and docker do
        _, rest = proc.communicate(timeout=30)  # (workers that outlive the writer hold its stderr open)
        seconds = time.monotonic() - t0
        left = left_after(proc.pid)
    finally:
        kill_session(proc.pid)
    assert proc.returncode == code and seconds < 5, (proc.returncode, seconds, rest)
    [line] = [x for x in rest.strip().splitlines() if not x.startswith("committed:")]
    assert line.startswith(f"partydocs: {word}") and "documents of this ingest are stored" in line, line
    assert left == [], "processes of the run still alive"
    assert files_under(tmp_path / "tmp") == []
    assert set(files_under(db.parent)) <= {"s.duckdb", "s.duckdb.wal"}


def test_sigkill_of_the_writer_takes_its_workers_with_it(tmp_path, long_archive):
    proc, db = _start_ingest(tmp_path, long_archive)
    try:
        os.kill(proc.pid, signal.SIGKILL)  # the OOM killer, `kill -9`: nothing runs in the writer any more
        proc.wait()
        left = left_after(proc.pid)
    finally:
        kill_session(proc.pid)
    assert left == [], "workers outlived their writer"
    assert files_under(tmp_path / "tmp") == []
    assert set(files_under(db.parent)) <= {"s.duckdb", "s.duckdb.wal"}


def test_ctrl_c_stops_an_ingest_with_one_job(tmp_path):
    """With -j 1 the writer runs the finders itself; it used to ignore Ctrl-C for the whole run."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    for i in range(1000):
        (inbox / f"tin-{i:04d}.txt").write_text(BULLETIN + f"\nBản tin số {i}.\n", encoding="utf-8")
    proc, db = _start_ingest(tmp_path, inbox, jobs=1, settle=0)  # signalled while most files are still to read
    try:
        t0 = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, rest = proc.communicate(timeout=60)
        seconds = time.monotonic() - t0
    finally:
        kill_session(proc.pid)
    assert proc.returncode == 130 and seconds < 10, (proc.returncode, seconds, rest[-300:])
    assert "partydocs: interrupted" in rest
