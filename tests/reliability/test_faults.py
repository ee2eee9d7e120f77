"""Faults: a killed ingest, a second writer, an unwritable database, a file gone mid-run, hostile SQL."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.errors import InputError
from extract.io import iter_inputs, read_raw
from extract.io.decode import decode_bytes
from extract.pipeline import analyze
from tests.helpers import BIN, BULLETIN, run_cli


def _archive(folder, n):
    folder.mkdir()
    for i in range(n):
        (folder / f"tin-{i:04d}.txt").write_text(BULLETIN + f"\nBản tin số {i} của Huyện ủy.\n", encoding="utf-8")


def test_sigkill_half_way_then_rerun_stores_every_file_exactly_once(tmp_path):
    _archive(tmp_path / "in", 600)
    db = tmp_path / "k.duckdb"
    proc = subprocess.Popen([str(BIN), "ingest", str(tmp_path / "in"), "--db", str(db), "-j", "2", "-q",
                             "--batch-size", "20", "-v"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    for line in proc.stderr:  # wait for a few committed batches, then kill without warning
        if line.startswith("committed:") and int(line.split()[1]) >= 100:
            break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    with duckdb.connect(str(db), read_only=True) as con:
        half = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 100 <= half < 600, half  # really killed half-way
    r = run_cli("ingest", tmp_path / "in", "--db", db, "-j", "2", "-q")
    assert r.returncode == 0, r.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        n, distinct, sources = con.execute(
            "SELECT count(*), count(DISTINCT doc_id), count(DISTINCT source) FROM documents").fetchone()
        dup = con.execute("SELECT count(*) FROM (SELECT doc_id, idx FROM doc_refs GROUP BY ALL HAVING count(*) > 1)"
                          ).fetchone()[0]
    assert (n, distinct, sources, dup) == (600, 600, 600, 0)


def test_ctrl_c_says_what_happened_and_a_rerun_completes(tmp_path):
    _archive(tmp_path / "in", 400)
    db = tmp_path / "c.duckdb"
    proc = subprocess.Popen([str(BIN), "ingest", str(tmp_path / "in"), "--db", str(db), "-j", "2", "-q",
                             "--batch-size", "20", "-v"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    for line in proc.stderr:
        if line.startswith("committed:") and int(line.split()[1]) >= 40:
            break
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
    rest = proc.stderr.read()
    assert proc.wait() == 130
    assert "interrupted" in rest and "run the same command again" in rest and "Traceback" not in rest
    r = run_cli("ingest", tmp_path / "in", "--db", db, "-j", "2", "-q")
    assert r.returncode == 0, r.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone() == (400, 400)


@pytest.mark.skipif(not hasattr(__import__("resource"), "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
def test_disk_full_mid_run_is_one_line_and_a_rerun_completes(tmp_path):
    """The database cannot grow past 1.2 MB (RLIMIT_FSIZE stands in for a full disk): the batch that does
    not fit is rolled back, the run stops with one line, and the batches before it stay stored."""
    import resource

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_200_000, 1_200_000))

    _archive(tmp_path / "in", 600)
    db = tmp_path / "f.duckdb"
    r = subprocess.run([str(BIN), "ingest", str(tmp_path / "in"), "--db", str(db), "-j", "2", "-q",
                        "--batch-size", "50"], capture_output=True, text=True, timeout=300, preexec_fn=small_disk)
    assert r.returncode == 2, r.stderr
    assert "write failed, batch rolled back" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    with duckdb.connect(str(db), read_only=True) as con:
        kept = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 < kept < 600, kept
    r = run_cli("ingest", tmp_path / "in", "--db", db, "-j", "2", "-q")
    assert r.returncode == 0, r.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*), count(DISTINCT source) FROM documents").fetchone() == (600, 600)


def test_second_writer_fails_at_once_with_one_line(tmp_path):
    db = tmp_path / "w.duckdb"
    (tmp_path / "a.txt").write_text(BULLETIN, encoding="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(db)!r}); "
                               "print('ready', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    try:
        t0 = time.time()
        r = run_cli("ingest", tmp_path / "a.txt", "--db", db, "-q")
        assert time.time() - t0 < 30
        assert r.returncode == 2 and "another partydocs process" in r.stderr
        assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
        # DuckDB locks the whole file: a reader is refused too, with the same clear line (no hang)
        q = run_cli("query", "SELECT 1", "--db", db)
        assert q.returncode == 2 and "lock" in q.stderr.lower() and "Traceback" not in q.stderr
    finally:
        holder.kill()


@pytest.mark.parametrize("db", ["/proc/partydocs-test.duckdb", "{tmp}/a.txt/inside.duckdb"])
def test_unwritable_database_is_a_clear_error_and_nothing_half_written(tmp_path, db):
    (tmp_path / "a.txt").write_text(BULLETIN, encoding="utf-8")
    path = db.format(tmp=tmp_path)
    r = run_cli("ingest", tmp_path / "a.txt", "--db", path, "-q")
    assert r.returncode == 2 and "partydocs: error:" in r.stderr and "Traceback" not in r.stderr
    assert not os.path.exists(path)


def test_file_deleted_between_listing_and_reading_is_reported(tmp_path):
    _archive(tmp_path / "in", 3)
    walk = iter_inputs([tmp_path / "in"])
    first = next(walk)
    (tmp_path / "in" / "tin-0001.txt").unlink()
    rest = list(walk)
    assert read_raw(first)
    assert rest[0].error is not None and rest[0].error.stage == "read"
    assert rest[1].data is not None


@pytest.mark.parametrize("sql,file", [
    ("DELETE FROM documents", None), ("DROP TABLE documents", None),
    ("INSERT INTO errors VALUES ('x', 'y', 'z', now())", None),
    ("COPY (SELECT * FROM documents) TO '{tmp}/leak.csv'", "leak.csv"),
    ("ATTACH '{tmp}/other.duckdb' AS o", "other.duckdb"),
    ("SET enable_external_access = true", None),
])
def test_query_cannot_modify_or_write_files(tmp_path, sql, file):
    db = tmp_path / "q.duckdb"
    (tmp_path / "a.txt").write_text(BULLETIN, encoding="utf-8")
    assert run_cli("ingest", tmp_path / "a.txt", "--db", db, "-q").returncode == 0
    r = run_cli("query", sql.format(tmp=tmp_path), "--db", db)
    assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    if file:
        assert not (tmp_path / file).exists()
    n = json.loads(run_cli("query", "SELECT count(*) AS n FROM documents", "--db", db, "--format", "json").stdout)
    assert n == [{"n": 1}]


@settings(max_examples=120, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzz_whole_extract_on_random_bytes(data):
    """Random bytes never raise anything but our one-line InputError, and what decodes is analysed cleanly."""
    try:
        text = decode_bytes(data, "fuzz.bin")
    except InputError as e:
        assert "\n" not in str(e)
        return
    doc = analyze(text, "fuzz.bin")
    for cat in ("doc_refs", "dates", "people", "statistics"):
        assert all(text[f["start"]:f["end"]] == f["text"] for f in doc[cat])
