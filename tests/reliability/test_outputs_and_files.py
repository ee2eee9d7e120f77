"""The database file and the outputs (issue 16, cases 5, 16 and 17): a database deleted or truncated under
a running ingest stops it with one line; output paths that cannot be written are one line, exit 2; a
closed pipe ends a command quietly."""
from __future__ import annotations

import os
import signal
import subprocess

import pytest

from tests.helpers import BIN, BULLETIN, run_cli
from tests.reliability.procs import files_under, kill_session, left_after


def _archive(folder, n):
    folder.mkdir()
    for i in range(n):
        text = BULLETIN + f"\nBản tin số {i} của Huyện ủy.\n"
        (folder / f"tin-{i:04d}.txt").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("attack,word", [(os.unlink, "deleted"), (lambda p: os.truncate(p, 0), "truncated")],
                         ids=["deleted", "truncated"])
def test_database_file_gone_under_a_running_ingest_stops_with_one_line(tmp_path, attack, word):
    _archive(tmp_path / "in", 300)
    (tmp_path / "db").mkdir()
    (tmp_path / "tmp").mkdir()
    db = tmp_path / "db" / "g.duckdb"
    proc = subprocess.Popen([str(BIN), "ingest", str(tmp_path / "in"), "--db", str(db), "-j", "2", "-q",
                             "--batch-size", "20", "-v"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, "TMPDIR": str(tmp_path / "tmp")})
    try:
        for line in proc.stderr:
            if line.startswith("committed:"):
                break
        attack(db)  # someone's cleanup script, a full-disk rescue, a second checkout
        _, rest = proc.communicate(timeout=120)
        left = left_after(proc.pid)
    finally:
        kill_session(proc.pid)
    lines = [x for x in rest.strip().splitlines() if not x.startswith("committed:")]
    assert proc.returncode == 2, rest
    assert len(lines) == 1 and lines[0].startswith("partydocs: error:") and f"was {word}" in lines[0], rest
    assert "documents stored" not in rest and "Traceback" not in rest
    assert left == [] and files_under(tmp_path / "tmp") == []


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    d = tmp_path_factory.mktemp("outputs")
    (d / "tin.txt").write_text(BULLETIN, encoding="utf-8")
    assert run_cli("ingest", d / "tin.txt", "--db", d / "t.duckdb", "-q").returncode == 0
    (d / "thu-muc").mkdir()
    return d


@pytest.mark.parametrize("args", [
    ["show", "{d}/tin.txt", "--html", "{d}/khong-co/x.html"],  # a folder that does not exist
    ["show", "{d}/tin.txt", "--html", "{d}/thu-muc"],  # a folder
    ["report", "--db", "{d}/t.duckdb", "-o", "/proc/x.html"],  # a place nobody may write
    ["graph", "--db", "{d}/t.duckdb", "-o", "/dev/full"],  # a full disk
], ids=["show-missing-folder", "show-folder", "report-proc", "graph-dev-full"])
def test_an_output_that_cannot_be_written_is_one_line(stored, args):
    r = run_cli(*(a.format(d=stored) for a in args))
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith("partydocs: error: cannot write") and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "internal error" not in r.stderr and "Traceback" not in r.stderr


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """Forty bulletins (their JSON is far more than a pipe holds) and one long document."""
    d = tmp_path_factory.mktemp("pipe")
    _archive(d / "in", 40)
    (d / "dai.txt").write_text("\n".join(BULLETIN + f"Mục {i}.\n" for i in range(60)), encoding="utf-8")
    assert run_cli("ingest", d / "in", "--db", d / "p.duckdb", "-q").returncode == 0
    return d


@pytest.mark.parametrize("args", [
    ["extract", "{d}/in"],
    ["query", "SELECT * FROM range(10000)", "--db", "{d}/p.duckdb"],
    ["query", "SELECT * FROM range(10000)", "--db", "{d}/p.duckdb", "--format", "csv"],
    ["show", "{d}/dai.txt"],
], ids=["extract", "query-table", "query-csv", "show"])
def test_a_closed_pipe_ends_a_command_quietly(many, args):
    cmd = " ".join(f"'{a.format(d=many)}'" for a in args)
    r = subprocess.run(["bash", "-c", f"'{BIN}' {cmd} | head -c 100 > /dev/null; exit ${{PIPESTATUS[0]}}"],
                       capture_output=True, text=True, timeout=300,
                       preexec_fn=lambda: signal.signal(signal.SIGPIPE, signal.SIG_DFL))
    assert r.returncode == 0, (r.returncode, r.stderr)
    assert r.stderr == ""
