"""The command as a user runs it: extract, ingest, query, show; bad input never a traceback."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from tests.helpers import BULLETIN, cp1258_bytes, run_cli, zip_bytes

SPEC_FIELDS = {
    "doc_refs": {"start", "end", "text", "doc_type", "number", "symbol", "type_code", "issuer_code", "issued_date",
                 "issuer", "term", "plenum", "congress", "subject", "self", "canonical_id"},
    "dates": {"start", "end", "text", "kind", "value", "start_date", "end_date"},
    "people": {"start", "end", "text", "name", "titles", "honorific", "role", "person_id"},
    "statistics": {"start", "end", "text", "kind", "value", "unit", "numerator", "denominator", "low", "high"},
}
METADATA = {"title", "doc_kind", "number", "place", "issued_date", "signers", "author"}


@pytest.fixture()
def bulletin(tmp_path):
    p = tmp_path / "thong-bao.txt"
    p.write_text(BULLETIN, encoding="utf-8")
    return p


def test_extract_jsonl_contract(bulletin):
    r = run_cli("extract", bulletin, "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    [line] = r.stdout.splitlines()
    doc = json.loads(line)
    assert {"doc_id", "source", "metadata"} | set(SPEC_FIELDS) <= set(doc)
    assert METADATA <= set(doc["metadata"])
    text = bulletin.read_text(encoding="utf-8")
    for cat, fields in SPEC_FIELDS.items():
        for f in doc[cat]:
            assert fields <= set(f), (cat, fields - set(f))
            assert text[f["start"]:f["end"]] == f["text"]
    assert {r["symbol"] for r in doc["doc_refs"]} >= {"05-CT/TW", "12-KH/HU"}


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_extract_other_formats(bulletin, fmt):
    r = run_cli("extract", bulletin, "--format", fmt)
    assert r.returncode == 0, r.stderr
    assert "05-CT/TW" in r.stdout


def test_options_and_paths_in_any_order(bulletin, tmp_path):
    """Paths after an option are read too (``extract a.txt -f json b.txt``), as a shell user writes them."""
    other = tmp_path / "b.txt"
    other.write_text(BULLETIN.replace("05-CT/TW", "07-CT/TW"), encoding="utf-8")
    r = run_cli("extract", bulletin, "-f", "json", other)
    assert r.returncode == 0, r.stderr
    docs = json.loads(r.stdout)
    assert [Path(d["source"]).name for d in docs] == [bulletin.name, "b.txt"]


def test_bad_inputs_are_named_and_the_good_one_stored(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good-1258.txt").write_bytes(cp1258_bytes(BULLETIN))
    (inbox / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (inbox / "empty.txt").write_bytes(b"")
    z = zip_bytes({"a.txt": BULLETIN.encode() * 20})
    (inbox / "truncated.zip").write_bytes(z[: len(z) // 2])
    db = tmp_path / "t.duckdb"
    r = run_cli("ingest", inbox, "--db", db, "-j", "1")
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    error_lines = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    assert len(error_lines) == 3, r.stderr
    q = run_cli("query", "SELECT source, stage FROM errors ORDER BY source", "--db", db, "--format", "json")
    rows = json.loads(q.stdout)
    assert [r["source"].rsplit("/", 1)[-1] for r in rows] == ["binary.txt", "empty.txt", "truncated.zip"]
    q = run_cli("query", "SELECT source, text FROM documents", "--db", db, "--format", "json")
    [doc] = json.loads(q.stdout)
    assert doc["source"].endswith("good-1258.txt") and "Chỉ thị số 05-CT/TW" in doc["text"]


def test_query_is_read_only_and_errors_are_one_line(tmp_path, bulletin):
    db = tmp_path / "t.duckdb"
    assert run_cli("ingest", bulletin, "--db", db, "-j", "1").returncode == 0
    r = run_cli("query", "DELETE FROM documents", "--db", db)
    assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = run_cli("query", "SELEC nonsense", "--db", db)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = run_cli("query", "SELECT count(*) AS n FROM documents", "--db", db, "--format", "csv")
    assert r.stdout.splitlines() == ["n", "1"]
    r = run_cli("query", "SELECT ['Lê Văn A', 'Bùi Thị B'] AS names", "--db", db, "--format", "csv")
    assert r.stdout.splitlines() == ["names", '"[""Lê Văn A"", ""Bùi Thị B""]"']  # a list is JSON in its cell


def test_missing_database_is_one_line(tmp_path):
    r = run_cli("query", "SELECT 1", "--db", tmp_path / "none.duckdb")
    assert r.returncode == 2 and "no such database" in r.stderr and "Traceback" not in r.stderr


def test_show_terminal_and_html(tmp_path, bulletin):
    r = run_cli("show", bulletin)
    assert r.returncode == 0 and "05-CT/TW" in r.stdout
    out = tmp_path / "page.html"
    r = run_cli("show", bulletin, "--html", out)
    assert r.returncode == 0 and "05-CT/TW" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("cmd", ["extract", "ingest", "query", "show", "evaluate", "graph", "report"])
def test_help_has_an_example(cmd):
    r = run_cli(cmd, "--help")
    assert r.returncode == 0 and "Example" in r.stdout


@pytest.mark.parametrize("args", [("ingest", "--bogus", "x"), ("ingest", "--jobs", "abc"), ("ingest", "-j", "0"),
                                  ("graph", "-o", "g.graphml", "--depth", "-1"), ("export",), ("ingest", "--qui"),
                                  ("extract",), ("query", "--timeout", "-1", "select 1")])
def test_a_bad_call_is_a_usage_error_with_exit_2(args):
    r = run_cli(*args)
    assert r.returncode == 2 and "Error" in r.stderr and "internal error" not in r.stderr


def test_short_help_and_version():
    assert run_cli("ingest", "-h").returncode == 0
    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("partydocs ")


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """A database holding the bulletin, and a DuckDB file that partydocs did not make."""
    import duckdb

    d = tmp_path_factory.mktemp("stored")
    (d / "thong-bao.txt").write_text(BULLETIN, encoding="utf-8")
    assert run_cli("ingest", d / "thong-bao.txt", "--db", d / "t.duckdb", "-j", "1").returncode == 0
    con = duckdb.connect(str(d / "other.duckdb"))
    con.execute("CREATE TABLE x (a INT)")
    con.close()
    (d / "top.sql").write_text("-- the most cited\nSELECT count(*) AS n FROM documents", encoding="utf-8")
    return d


# (arguments with {d} for the folder of `stored`, what the one-line error says)
ONE_LINE_ERRORS = [
    (["query", "", "--db", "{d}/t.duckdb"], "no SQL given"),
    (["query", "SELECT 1", "--file", "{d}/top.sql", "--db", "{d}/t.duckdb"], "not both"),
    (["query", "--file", "{d}/none.sql", "--db", "{d}/t.duckdb"], "cannot read the SQL"),
    (["graph", "--db", "{d}/t.duckdb", "-o", "{d}"], "it is a folder"),
    (["graph", "--db", "{d}/other.duckdb", "-o", "{d}/g.graphml"], "not a partydocs database"),
    (["report", "--db", "{d}/other.duckdb", "-o", "{d}/r.html"], "not a partydocs database"),
    (["graph", "--db", "{d}/t.duckdb", "--since", "2022-13-45", "-o", "{d}/g.graphml"], "not an ISO date"),
    (["graph", "--db", "{d}/t.duckdb", "--since", "2024-01-01", "--until", "2023-01-01", "-o", "{d}/g.graphml"],
     "is after --until"),
    (["evaluate", "{d}/no-gold", "{d}/thong-bao.txt"], "no gold files"),
    (["ingest", "{d}/no-such-folder", "--db", "{d}/new.duckdb"], "no such file or folder"),
]


@pytest.mark.parametrize("args,message", ONE_LINE_ERRORS, ids=[" ".join(a[:2]) + " " + m for a, m in ONE_LINE_ERRORS])
def test_mistakes_are_one_line_errors(stored, args, message):
    r = run_cli(*(a.format(d=stored) for a in args))
    assert r.returncode == 2, r.stderr
    assert message in r.stderr and len(r.stderr.strip().splitlines()) == 1 and "internal error" not in r.stderr


def test_no_database_is_made_when_nothing_can_be_read(stored):
    run_cli("ingest", stored / "no-such-folder", "--db", stored / "new.duckdb")
    assert not (stored / "new.duckdb").exists()


def test_query_reads_a_script_that_opens_with_a_comment(stored):
    r = run_cli("query", "--file", stored / "top.sql", "--db", stored / "t.duckdb", "--format", "csv")
    assert r.returncode == 0 and r.stdout.splitlines() == ["n", "1"]


def test_graph_format_follows_the_output_extension(stored):
    r = run_cli("graph", "--db", stored / "t.duckdb", "-o", stored / "g.gexf")
    assert r.returncode == 0 and "<gexf" in (stored / "g.gexf").read_text(encoding="utf-8")


def test_query_while_an_ingest_writes_says_so_and_reads_a_snapshot(tmp_path):
    """A reader is refused while an ingest holds DuckDB's lock: one line naming the ingest and its pid, at
    once; ``--snapshot`` reads every batch committed so far (regression: it waited, then failed)."""
    import re
    import signal
    import subprocess
    import time

    from tests.helpers import BIN

    inbox = tmp_path / "in"
    inbox.mkdir()
    for i in range(3000):  # small, distinct bulletins (enough to outlast the queries below); commits every 5
        (inbox / f"tb-{i:03d}.txt").write_text(BULLETIN.replace("85 đảng viên", f"{i + 100} đảng viên"),
                                               encoding="utf-8")
    db = tmp_path / "t.duckdb"
    ingest = subprocess.Popen([str(BIN), "ingest", inbox, "--db", db, "-j", "1", "-q", "--batch-size", "5"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        committed, deadline = 0, time.time() + 180
        while time.time() < deadline and ingest.poll() is None:  # until the first batches are committed
            time.sleep(0.2)
            snap = run_cli("query", "SELECT count(*) AS n FROM documents", "--db", db, "--snapshot", "--format", "csv")
            assert "No such option" not in snap.stderr
            if snap.returncode == 0 and int(snap.stdout.splitlines()[1]) >= 5:
                committed = int(snap.stdout.splitlines()[1])
                break
        assert committed >= 5 and ingest.poll() is None, "the ingest committed nothing, or ended too soon"
        r = run_cli("query", "SELECT count(*) FROM documents", "--db", db)
        assert ingest.poll() is None, "the ingest ended before the query: use more files"
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert f"locked by an ingest (pid {ingest.pid})" in r.stderr and "--snapshot" in r.stderr
        later = run_cli("query", "SELECT count(*) AS n FROM documents", "--db", db, "--snapshot", "--format", "csv")
        assert later.returncode == 0 and int(later.stdout.splitlines()[1]) >= committed, later.stderr
        assert later.stderr == "", later.stderr  # a running ingest is no "stopped ingest" to report
        assert not list(tmp_path.glob("partydocs-snapshot-*"))
    finally:
        ingest.send_signal(signal.SIGINT)
        ingest.wait(timeout=60)
    assert re.search(r"\d", run_cli("query", "SELECT count(*) FROM documents", "--db", db).stdout)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table"])
def test_extract_segment_words_shows_the_words(bulletin, fmt):
    """regression: --segment-words changed nothing in the output"""
    r = run_cli("extract", bulletin, "--format", fmt, "--segment-words")
    assert r.returncode == 0, r.stderr
    if fmt == "table":
        assert "kết_nạp" in r.stdout and "đảng_viên" in r.stdout
        return
    doc = json.loads(r.stdout) if fmt == "jsonl" else json.loads(r.stdout)[0]
    text = bulletin.read_text(encoding="utf-8")
    sentences = doc["sentences"]
    assert len(sentences) >= 3 and all(text[s["start"]:s["end"]] == s["text"] for s in sentences)
    assert any("kết nạp" in s["words"] and "đảng viên" in s["words"] for s in sentences)
    plain = json.loads(run_cli("extract", bulletin, "--format", "jsonl").stdout)
    assert "sentences" not in plain  # only when asked for


def test_missing_input_is_the_same_call_error_for_extract_and_ingest(tmp_path):
    """regression: extract said `error: …` with exit 1, ingest `partydocs: error: …` with exit 2"""
    runs = [run_cli("extract", tmp_path / "none.txt"),
            run_cli("ingest", tmp_path / "none.txt", "--db", tmp_path / "t.duckdb")]
    assert [r.returncode for r in runs] == [2, 2]
    assert runs[0].stderr == runs[1].stderr == f"partydocs: error: {tmp_path / 'none.txt'}: read: no such file or folder\n"


@pytest.mark.parametrize("cmd", ["extract", "ingest", "query", "show", "evaluate", "graph", "report"])
def test_help_shows_readable_types(cmd):
    """regression: typer's Python types (<list[Path]>, <bool>, <int range>) in --help"""
    r = run_cli(cmd, "--help")
    assert r.returncode == 0 and not re.search(r"<(list|bool|str|int|path|float)\b", r.stdout), r.stdout
    if cmd in ("extract", "ingest", "evaluate"):
        assert "PATH…" in r.stdout


def test_ingest_prints_one_verbose_line_per_batch(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    for i in range(40):
        (inbox / f"tb-{i:02d}.txt").write_text(BULLETIN.replace("85 đảng viên", f"{i + 100} đảng viên"),
                                               encoding="utf-8")
    r = run_cli("ingest", inbox, "--db", tmp_path / "t.duckdb", "-j", "1", "--batch-size", "10", "-v")
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    assert f"ingest → {tmp_path / 't.duckdb'}" in r.stderr  # no terminal, no bar: the summary's title
    batches = [re.fullmatch(r"committed: (\d+) documents stored \(batch (\d+): (\d+) documents.*\)", ln)
               for ln in lines if ln.startswith("committed:")]
    assert all(batches) and len(batches) >= 3, lines
    assert [int(m.group(2)) for m in batches] == list(range(1, len(batches) + 1))
    assert sum(int(m.group(3)) for m in batches) == int(batches[-1].group(1)) == 40
    assert "references resolved" in r.stderr and "re-resolved" not in r.stderr


@pytest.mark.parametrize("seconds, shows_rate", [(0.4, False), (2.5, True)])
def test_summary_hides_the_rate_of_a_run_under_a_second(seconds, shows_rate):
    from rich.console import Console

    from extract.batch import Summary
    from extract.progress import summary_table

    console = Console(width=100, record=True, file=io.StringIO())
    console.print(summary_table(Summary(files=3, added=3, copies=1, bytes=3000, seconds=seconds), "t.duckdb"))
    text = console.export_text()
    assert ("MB/s" in text) == shows_rate and re.search(r"copies\b.*\b1\b", text)


def test_progress_bar_shows_the_total_of_files_when_known(tmp_path):
    from rich.console import Console

    from extract.batch import Summary
    from extract.progress import IngestProgress, count_files

    (tmp_path / "a").mkdir()
    for name in ("x.txt", "y.html", ".hidden.txt"):
        (tmp_path / "a" / name).write_text("Ngày 05/7/2024.", encoding="utf-8")
    assert count_files([str(tmp_path / "a")]) == 2
    (tmp_path / "a" / "z.zip").write_bytes(zip_bytes({"m.txt": b"x"}))
    assert count_files([str(tmp_path / "a")]) is None  # an archive's members are known when it is read
    console = Console(force_terminal=True, width=120, file=io.StringIO(), record=True)
    with IngestProgress(console, 100, total_files=2, header="ingest → t.duckdb") as bar:
        bar.update(Summary(files=1, bytes=50), 50)
    text = console.export_text()
    assert "1/2 files" in text
    # the header opens the run, above the bar (regression: it came after it, as the summary's title)
    assert text.startswith("ingest → t.duckdb\n") and "ingest ━" in text
