"""The database itself: a resolution killed half-way, a database that is not ours, a file DuckDB would read
through an extension (issue 16, cases 6, 8 and 9)."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys

import duckdb
import pytest

from tests.helpers import BIN, BULLETIN, run_cli

LATER = ("BÁO CÁO\nSơ kết Kế hoạch số 12-KH/HU\n\nNgày 10/01/2025, Huyện ủy sơ kết Kế hoạch số 12-KH/HU, ngày "
         "20/02/2024 về thực hiện Chỉ thị số 05-CT/TW và Kết luận số 12-KL/TW, ngày 06/7/2021.\n")

# runs an ingest whose process is killed (SIGKILL) while it computes the third document's canonical ids
KILLED_IN_RESOLUTION = """
import os, signal, sys
from extract import resolve
calls = [0]
original = resolve.Resolver.document_ids
def dying(self, *args, **kwargs):
    calls[0] += 1
    if calls[0] == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return original(self, *args, **kwargs)
resolve.Resolver.document_ids = dying
from extract.cli import main
main(["ingest", sys.argv[1], "--db", sys.argv[2], "-j", "1", "-q"])
"""


def _inbox(tmp_path, n=6):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(n):
        (d / f"tin-{i}.txt").write_text((BULLETIN if i % 2 else LATER) + f"\nBản tin số {i}.\n", encoding="utf-8")
    return d


def _unresolved(db) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT count(*) FROM doc_refs WHERE canonical_id IS NULL").fetchone()[0]


@pytest.fixture()
def killed(tmp_path):
    """A database whose ingest was killed during its final resolution: every document stored, ids not."""
    inbox, db = _inbox(tmp_path), tmp_path / "k.duckdb"
    r = subprocess.run([sys.executable, "-c", KILLED_IN_RESOLUTION, str(inbox), str(db)], capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == -9, r.stderr  # really killed
    assert _unresolved(db) > 0  # … during the resolution
    return inbox, db


# (a later command on that database, with {db}, {in} and {out}): each finishes the resolution first
LATER_COMMANDS = [
    ["query", "SELECT count(*) AS n FROM doc_refs", "--db", "{db}"],
    ["graph", "--db", "{db}", "-o", "{out}/g.graphml"],
    ["report", "--db", "{db}", "-o", "{out}/r.html"],
    ["ingest", "{in}", "--db", "{db}", "-q"],
]


@pytest.mark.parametrize("args", LATER_COMMANDS, ids=[a[0] for a in LATER_COMMANDS])
def test_a_resolution_killed_half_way_is_finished_by_the_next_command(killed, tmp_path, args):
    inbox, db = killed
    r = run_cli(*(a.format(db=db, out=tmp_path, **{"in": inbox}) for a in args))
    assert r.returncode == 0, r.stderr
    assert _unresolved(db) == 0
    if args[0] != "ingest":  # a reader says, in one line, that it finished what was left
        notes = [line for line in r.stderr.splitlines() if "resolving" in line]
        assert len(notes) == 1 and "pending" in notes[0] and "Traceback" not in r.stderr


def test_a_finished_ingest_leaves_nothing_pending(tmp_path):
    db = tmp_path / "d.duckdb"
    assert run_cli("ingest", _inbox(tmp_path), "--db", db, "-q").returncode == 0
    r = run_cli("query", "SELECT count(*) AS n FROM doc_refs WHERE canonical_id IS NULL", "--db", db, "-f", "csv")
    assert (r.returncode, r.stdout.split(), r.stderr) == (0, ["n", "0"], "")


def _foreign(path):
    """Another program's DuckDB database, with a ``documents`` table of its own."""
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE documents (id INTEGER, title VARCHAR)")
        con.execute("INSERT INTO documents VALUES (1, 'Biên bản họp chi bộ')")


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# (command with {db}, {in} and {out}) run on a database partydocs must leave alone
ON_A_DATABASE = [
    ["ingest", "{in}", "--db", "{db}", "-q"],
    ["query", "SELECT 1", "--db", "{db}"],
    ["graph", "--db", "{db}", "-o", "{out}/g.graphml"],
    ["report", "--db", "{db}", "-o", "{out}/r.html"],
]


@pytest.mark.parametrize("args", ON_A_DATABASE, ids=[a[0] for a in ON_A_DATABASE])
def test_another_programs_database_is_refused_and_left_unchanged(tmp_path, args):
    db = tmp_path / "other.duckdb"
    _foreign(db)
    before = _digest(db)
    inbox = _inbox(tmp_path, 1)
    r = run_cli(*(a.format(db=db, out=tmp_path, **{"in": inbox}) for a in args))
    assert r.returncode == 2 and "not a partydocs database" in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert _digest(db) == before
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [("documents",)]


def test_a_database_of_a_newer_partydocs_is_refused_and_left_unchanged(tmp_path):
    db = tmp_path / "n.duckdb"
    assert run_cli("ingest", _inbox(tmp_path, 2), "--db", db, "-q").returncode == 0
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE partydocs_meta SET value = '99' WHERE key = 'format_version'")
    before = _digest(db)
    for args in (["ingest", tmp_path / "in", "--db", db, "-q"], ["query", "SELECT 1", "--db", db]):
        r = run_cli(*args)
        assert r.returncode == 2 and "newer partydocs" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert _digest(db) == before


def test_a_database_of_the_first_format_is_migrated(tmp_path):
    """A database written before partydocs marked its databases (the same tables, no partydocs_meta)."""
    inbox, db = _inbox(tmp_path, 2), tmp_path / "old.duckdb"
    assert run_cli("ingest", inbox, "--db", db, "-q").returncode == 0
    with duckdb.connect(str(db)) as con:
        con.execute("DROP TABLE partydocs_meta")
        con.execute("UPDATE doc_refs SET canonical_id = NULL")  # ids an older resolver may have left
    r = run_cli("query", "SELECT count(*) AS n FROM documents", "--db", db, "-f", "csv")
    assert r.returncode == 0 and r.stdout.split() == ["n", "2"], r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "older partydocs database: migrated" in r.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        assert dict(con.execute("SELECT * FROM partydocs_meta").fetchall())["format_version"] == "2"
    assert _unresolved(db) == 0
    (inbox / "more.txt").write_text(LATER + "\nMột bản tin nữa.\n", encoding="utf-8")
    assert run_cli("ingest", inbox, "--db", db, "-q").returncode == 0
    assert run_cli("query", "SELECT count(*) FROM documents", "--db", db, "-f", "csv").stdout.split()[1] == "3"


def _sqlite(path):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE documents (id INTEGER, title TEXT)")
    con.commit()
    con.close()


@pytest.mark.parametrize("args", ON_A_DATABASE, ids=[a[0] for a in ON_A_DATABASE])
def test_a_sqlite_file_is_refused_without_any_download(tmp_path, args):
    db, home = tmp_path / "notes.db", tmp_path / "home"
    _sqlite(db)
    home.mkdir()
    before = _digest(db)
    inbox = _inbox(tmp_path, 1)
    argv = [a.format(db=db, out=tmp_path, **{"in": inbox}) for a in args]
    r = subprocess.run([str(BIN), *argv], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "HOME": str(home), "COLUMNS": "200"})
    assert r.returncode == 2 and "SQLite" in r.stderr and "download" not in r.stderr.lower(), r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert not (home / ".duckdb").exists()  # DuckDB never reached for an extension
    assert _digest(db) == before


def test_connections_have_extension_autoloading_off(tmp_path):
    db = tmp_path / "e.duckdb"
    assert run_cli("ingest", _inbox(tmp_path, 1), "--db", db, "-q").returncode == 0
    r = run_cli("query", "SELECT current_setting('autoload_known_extensions') AS l, "
                "current_setting('autoinstall_known_extensions') AS i", "--db", db, "-f", "csv")
    assert r.stdout.split() == ["l,i", "False,False"], r.stderr
