"""Issue 16's seventeen attacks on an installed partydocs, each in a temporary folder: a Markdown table of
what happened (case, attack, expected, PASS/FAIL, seconds).

    python tests/reliability/attack_all.py [--partydocs PATH] [--only 2,7]

Every attack runs the real command; a run that overstays its limit is killed with its whole session and
counts as FAIL. Everything is removed at the end. Exit code 0 when every row passes.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from tests.helpers import BULLETIN, zip_bytes  # noqa: E402
from tests.reliability.procs import kill_session, left_after, wait_threads  # noqa: E402
from tests.reliability.test_hostile_names_and_bytes import (  # noqa: E402
    DAMAGED, EMPTY, FORGING, FORMATS, INVISIBLE, good)
from tests.reliability.test_stop import RUNAWAY, _archive as long_archive  # noqa: E402
from tests.reliability.zips import zip_with_raw_names  # noqa: E402

ATTACKS: list = []


def attack(case: str, what: str, expected: str):
    def register(fn):
        ATTACKS.append((case, what, expected, fn))
        return fn
    return register


class Run:
    """The partydocs under attack and a fresh folder for each attack."""

    def __init__(self, exe: str, base: Path):
        self.exe, self.base, self.n = exe, base, 0
        self.env = {**os.environ, "COLUMNS": "200", "TERM": "dumb"}

    def folder(self) -> Path:
        self.n += 1
        d = self.base / f"a{self.n:02d}"
        d.mkdir()
        return d

    def popen(self, *args, **kw) -> subprocess.Popen:
        kw.setdefault("stdout", subprocess.PIPE)
        kw.setdefault("stderr", subprocess.PIPE)
        return subprocess.Popen([self.exe, *map(str, args)], text=True, start_new_session=True,
                                env=kw.pop("env", self.env), **kw,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))

    def cli(self, *args, timeout: float = 120, env=None) -> subprocess.CompletedProcess:
        """Run a command; one that overstays ``timeout`` is killed and comes back with returncode None."""
        proc = self.popen(*args, env=env or self.env)
        try:
            out, err = proc.communicate(timeout=timeout)
            return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
        except subprocess.TimeoutExpired:
            return subprocess.CompletedProcess(proc.args, None, "", f"(killed after {timeout:g} s)")
        finally:
            kill_session(proc.pid)


def one_line(r, prefix: str = "partydocs: error:", code: int = 2) -> bool:
    lines = r.stderr.strip().splitlines()
    return r.returncode == code and len(lines) == 1 and lines[0].startswith(prefix) and "Traceback" not in r.stderr


def rows(db: Path, sql: str) -> list:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def bulletins(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"tin-{i:04d}.txt").write_text(
            BULLETIN.replace("12-KH/HU", f"{i % 90 + 1}-KH/HU")
            + f"\nBản tin số {i}; Kết luận số {i % 30 + 1}-KL/TW.\n", encoding="utf-8")
    return folder


def _why(r) -> str:
    return f"exit {r.returncode}: " + " / ".join(r.stderr.strip().splitlines()[-2:])[:160]


# ---- hang and stop ------------------------------------------------------------------------------------------

@attack("1", "100,000 short lines each with a figure (4 MB)", "stored in time linear in its size (< 60 s)")
def dense_lines(run: Run):
    d = run.folder()
    lines = "".join(f"Dòng {i}: kết nạp 8 đảng viên\n" for i in range(100_000))
    (d / "dong.txt").write_text(lines, encoding="utf-8")
    r = run.cli("ingest", d / "dong.txt", "--db", d / "x.duckdb", "-j", "1", "-q", timeout=60)
    return r.returncode == 0, _why(r)


def _query_db(run: Run) -> Path:
    d = run.folder()
    (d / "a.txt").write_text(BULLETIN, encoding="utf-8")
    run.cli("ingest", d / "a.txt", "--db", d / "q.duckdb", "-q")
    return d / "q.duckdb"


@attack("2", "a runaway cross join, `query --timeout 3`", "stopped after 3 s, one line, exit 2")
def query_timeout(run: Run):
    t0 = time.monotonic()
    r = run.cli("query", RUNAWAY, "--db", _query_db(run), "--timeout", "3", timeout=60)
    return one_line(r) and "ran longer" in r.stderr and time.monotonic() - t0 < 30, _why(r)


@attack("2", "Ctrl-C on a runaway query", "stops within 5 s, exit 130")
def query_ctrl_c(run: Run):
    proc = run.popen("query", RUNAWAY, "--db", _query_db(run))
    try:
        wait_threads(proc.pid, 3)
        time.sleep(1.5)
        t0 = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        return proc.returncode == 130 and time.monotonic() - t0 < 5, f"exit {proc.returncode} after " \
                                                                     f"{time.monotonic() - t0:.1f} s"
    except subprocess.TimeoutExpired:
        return False, "still running 30 s after Ctrl-C"
    finally:
        kill_session(proc.pid)


def _busy_ingest(run: Run):
    """An ingest whose worker is deep in a 16 MB document, its short documents committed."""
    d = run.folder()
    long_archive(d / "in", 16)
    (d / "db").mkdir()
    proc = run.popen("ingest", d / "in", "--db", d / "db" / "s.duckdb", "-j", "2", "-q", "--batch-size", "5", "-v",
                     stdout=subprocess.DEVNULL)
    for line in proc.stderr:
        if line.startswith("committed:"):
            break
    time.sleep(2)
    return proc


def _stop(run: Run, sig: int, code: int):
    proc = _busy_ingest(run)
    try:
        t0 = time.monotonic()
        os.kill(proc.pid, sig)
        _, err = proc.communicate(timeout=30)
        seconds = time.monotonic() - t0
        left = left_after(proc.pid)
        ok = proc.returncode == code and seconds < 5 and not left
        return ok, f"exit {proc.returncode} after {seconds:.1f} s, {len(left)} processes left; {err.strip()[-90:]}"
    except subprocess.TimeoutExpired:
        return False, f"still running 30 s after the signal; {len(left_after(proc.pid, 0))} processes"
    finally:
        kill_session(proc.pid)


@attack("2", "Ctrl-C on an ingest busy in a 16 MB document", "stops within 5 s, exit 130, no process left")
def ingest_ctrl_c(run: Run):
    return _stop(run, signal.SIGINT, 130)


@attack("2", "Ctrl-C on `ingest -j 1` (the writer runs the finders itself) of 400 bulletins",
        "stops within 10 s, exit 130")
def ingest_ctrl_c_j1(run: Run):
    d = run.folder()
    bulletins(d / "in", 400)
    proc = run.popen("ingest", d / "in", "--db", d / "j1.duckdb", "-j", "1", "-q", "--batch-size", "20", "-v",
                     stdout=subprocess.DEVNULL)
    try:
        for line in proc.stderr:
            if line.startswith("committed:"):
                break
        t0 = time.monotonic()
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=60)
        seconds = time.monotonic() - t0
        return proc.returncode == 130 and seconds < 10, f"exit {proc.returncode} after {seconds:.1f} s"
    except subprocess.TimeoutExpired:
        return False, "still running 60 s after Ctrl-C"
    finally:
        kill_session(proc.pid)


@attack("7", "`kill -TERM` of that ingest", "one line, exit 143, no process left within 5 s")
def ingest_sigterm(run: Run):
    return _stop(run, signal.SIGTERM, 143)


@attack("7", "`kill -9` of that ingest", "no worker left within 5 s")
def ingest_sigkill(run: Run):
    proc = _busy_ingest(run)
    try:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        left = left_after(proc.pid)
        return not left, f"{len(left)} processes left after 5 s"
    finally:
        kill_session(proc.pid)


# ---- silent loss ----------------------------------------------------------------------------------------------

@attack("3", "`Khẩn!.zip`, `Tin nóng!.txt`", "both read, exit 0")
def bang_names(run: Run):
    d = run.folder()
    (d / "in").mkdir()
    (d / "in" / "Tin nóng!.txt").write_text(good("a"), encoding="utf-8")
    (d / "in" / "Khẩn!.zip").write_bytes(zip_bytes({"a.txt": good("b").encode()}))
    r = run.cli("ingest", d / "in", "--db", d / "x.duckdb", "-q")
    n = rows(d / "x.duckdb", "SELECT count(*) FROM documents")[0][0] if (d / "x.duckdb").exists() else 0
    return r.returncode == 0 and n == 2, f"exit {r.returncode}, {n} of 2 stored"


@attack("4", "a zip under a hidden folder (`.cache/x/bundle.zip`)", "its members read")
def hidden_path_zip(run: Run):
    d = run.folder()
    z = d / ".cache" / "x" / "bundle.zip"
    z.parent.mkdir(parents=True)
    z.write_bytes(zip_bytes({"a.txt": good("a").encode(), "b.txt": good("b").encode()}))
    r = run.cli("ingest", z, "--db", d / "x.duckdb", "-q")
    n = rows(d / "x.duckdb", "SELECT count(*) FROM documents")[0][0] if (d / "x.duckdb").exists() else 0
    return r.returncode == 0 and n == 2, f"exit {r.returncode}, {n} of 2 stored"


@attack("4", "`partydocs extract corpus/` (README, YAML, JSON, Python beside the documents)",
        "documents only; the rest counted as skipped")
def corpus_walk(run: Run):
    r = run.cli("extract", ROOT / "corpus", timeout=300)
    sources = [json.loads(x)["source"] for x in r.stdout.splitlines()]
    junk = [s for s in sources if not s.lower().endswith((".txt", ".html", ".htm", ".docx", ".pdf"))]
    ok = r.returncode == 0 and sources and not junk and "skipped on purpose" in r.stderr
    return ok, f"{len(sources)} documents, {len(junk)} not documents read ({', '.join(junk[:2])})"


@attack("4", "`ingest --engine dask` on a folder with `__MACOSX/`, a hidden folder, a README",
        "those skipped, as the local engine does")
def dask_walk(run: Run):
    d = run.folder()
    for sub in ("__MACOSX/tin", ".nhap"):
        (d / "in" / sub).mkdir(parents=True)
    (d / "in" / "tin.txt").write_text(good("a"), encoding="utf-8")
    (d / "in" / "__MACOSX" / "tin" / "._tin.txt").write_text(good("fork"), encoding="utf-8")
    (d / "in" / ".nhap" / "ban-nhap.txt").write_text(good("draft"), encoding="utf-8")
    (d / "in" / "README.md").write_text("Kho lưu các bản tin của huyện.\n", encoding="utf-8")
    r = run.cli("ingest", d / "in", "--db", d / "x.duckdb", "-q", "--engine", "dask", "-j", "1", timeout=300)
    if "needs" in r.stderr and "dask" in r.stderr:
        return None, "Dask not installed"
    found = [s for (s,) in rows(d / "x.duckdb", "SELECT source FROM documents")] if (d / "x.duckdb").exists() else []
    return r.returncode == 0 and len(found) == 1 and found[0].endswith("/in/tin.txt"), \
        f"exit {r.returncode}, stored {[f.split('/in/')[-1] for f in found]}"


def _db_gone(run: Run, attack_fn, word: str):
    d = run.folder()
    bulletins(d / "in", 300)
    proc = run.popen("ingest", d / "in", "--db", d / "g.duckdb", "-j", "2", "-q", "--batch-size", "20", "-v",
                     stdout=subprocess.DEVNULL)
    try:
        for line in proc.stderr:
            if line.startswith("committed:"):
                break
        attack_fn(d / "g.duckdb")
        _, err = proc.communicate(timeout=120)
        lines = [x for x in err.strip().splitlines() if not x.startswith("committed:")]
        ok = proc.returncode == 2 and len(lines) == 1 and f"was {word}" in lines[0]
        return ok, f"exit {proc.returncode}: {' / '.join(lines)[:150]}"
    finally:
        kill_session(proc.pid)


@attack("5", "the database file deleted while ingest runs", "one line, exit 2 (not \"N documents stored\")")
def db_deleted(run: Run):
    return _db_gone(run, os.unlink, "deleted")


@attack("5", "the database file truncated while ingest runs", "one line, exit 2")
def db_truncated(run: Run):
    return _db_gone(run, lambda p: os.truncate(p, 0), "truncated")


@attack("6", "SIGKILL during the final resolution", "the next command finishes it, or says so in one line")
def kill_in_resolution(run: Run):
    d = run.folder()
    bulletins(d / "in", 600)
    proc = run.popen("ingest", d / "in", "--db", d / "r.duckdb", "-j", "2", "-q", "-v", stdout=subprocess.DEVNULL)
    try:
        for line in proc.stderr:
            if line.startswith("committed: 600 "):
                os.kill(proc.pid, signal.SIGKILL)  # the last batch is in: resolution runs now
                break
        proc.wait()
    finally:
        kill_session(proc.pid)
    killed_open = rows(d / "r.duckdb", "SELECT count(*) FROM doc_refs WHERE canonical_id IS NULL")[0][0]
    r = run.cli("query", "SELECT count(*) FROM doc_refs WHERE canonical_id IS NULL", "--db", d / "r.duckdb",
                "--format", "csv")
    left = rows(d / "r.duckdb", "SELECT count(*) FROM doc_refs WHERE canonical_id IS NULL")[0][0]
    said = "resol" in r.stderr.lower() and len(r.stderr.strip().splitlines()) == 1
    return left == 0 or said, f"{killed_open} ids unresolved after the kill, {left} after `query`; " \
                              f"stderr: {r.stderr.strip()[:80]!r}"


# ---- processes are above (7); not ours -------------------------------------------------------------------

@attack("8", "`--db` another program's DuckDB database (its own `documents` table)", "refused in one line, unchanged")
def foreign_db(run: Run):
    d = run.folder()
    db = d / "khac.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE documents (id INTEGER, title VARCHAR)")
        con.execute("INSERT INTO documents VALUES (1, 'Sổ công văn')")
    shape = "SELECT table_name, column_name FROM information_schema.columns ORDER BY ALL"
    before = rows(db, shape)
    (d / "a.txt").write_text(BULLETIN, encoding="utf-8")
    r = run.cli("ingest", d / "a.txt", "--db", db, "-q")
    after = rows(db, shape)
    return one_line(r) and before == after, f"{_why(r)}; {len(after) - len(before)} columns added"


@attack("9", "a SQLite file as `--db`", "refused in one line; no extension installed or loaded")
def sqlite_db(run: Run):
    d = run.folder()
    (d / "home").mkdir()
    with sqlite3.connect(d / "so.sqlite") as con:
        con.execute("CREATE TABLE t (a INTEGER)")
    (d / "a.txt").write_text(BULLETIN, encoding="utf-8")
    r = run.cli("ingest", d / "a.txt", "--db", d / "so.sqlite", "-q", env={**run.env, "HOME": str(d / "home")},
                timeout=90)
    touched = [str(p.relative_to(d / "home")) for p in (d / "home").rglob("*")]
    return one_line(r) and not touched, f"{_why(r)}; in HOME: {touched[:2]}"


# ---- bad bytes ---------------------------------------------------------------------------------------------

@attack("10", "zero-width and bidi characters inside a symbol, a date and a figure (10 kinds)",
        "every reference, date and figure found")
def invisible(run: Run):
    d = run.folder()
    for name, ch in INVISIBLE.items():
        (d / f"{name}.txt").write_text(f"Thực hiện Chỉ thị số 05-CT{ch}/TW, ngày 15/5{ch}/2016 của Bộ Chính "
                                       f"trị, đã kết nạp 8{ch}5 đảng viên.\n", encoding="utf-8")
    r = run.cli("extract", d)
    docs = [json.loads(x) for x in r.stdout.splitlines()]
    hit = [doc for doc in docs if "05-CT/TW" in {x["symbol"] for x in doc["doc_refs"]}
           and any(x["issued_date"] == "2016-05-15" for x in doc["doc_refs"])
           and 85 in {x["value"] for x in doc["statistics"]}]
    return len(hit) == len(INVISIBLE), f"{len(hit)} of {len(INVISIBLE)} files with all three found"


@attack("11", "zip member names without the UTF-8 flag (UTF-8 and Windows-1258 bytes)", "names read right")
def zip_names(run: Run):
    from tests.helpers import cp1258_bytes

    d = run.folder()
    (d / "z.zip").write_bytes(zip_with_raw_names({"Thông báo.txt".encode(): good("a").encode(),
                                                  cp1258_bytes("Kết luận.txt"): good("b").encode()}))
    r = run.cli("extract", d / "z.zip")
    names = sorted(json.loads(x)["source"].split("!")[1] for x in r.stdout.splitlines())
    return names == ["Kết luận.txt", "Thông báo.txt"], f"names: {names}"


def _ingest_files(run: Run, files: dict) -> tuple:
    d = run.folder()
    (d / "in").mkdir()
    for name, data in files.items():
        (d / "in" / name).write_bytes(data)
    r = run.cli("ingest", d / "in", "--db", d / "x.duckdb", "-q")
    return d / "x.duckdb", r


@attack("12", "`17/2\\xff\\xfe1` inside a figure; 80 bad bytes in a file", "stored with a `quality` row; no finding "
        "touches a replaced byte")
def bad_bytes(run: Run):
    files = {k: DAMAGED[k] for k in ("figure.txt", "many.txt")}
    db, r = _ingest_files(run, files)
    docs = rows(db, "SELECT source FROM documents")
    warned = rows(db, "SELECT source FROM errors WHERE stage = 'quality' AND message LIKE '%replaced%'")
    touching = rows(db, "SELECT count(*) FROM statistics s JOIN documents d USING (doc_id) "
                        "WHERE contains(substr(d.text, s.start, s.\"end\" - s.start + 2), '\ufffd')")[0][0]
    return len(docs) == 2 and len(warned) == 2 and touching == 0, \
        f"{len(docs)} of 2 stored, {len(warned)} warnings, {touching} figures touching U+FFFD"


@attack("13", "a NUL byte at 100 and at 70,000; files of spaces (`\\v\\f`, Unicode spaces)",
        "one rule for NUL bytes; spaces are \"empty file\"")
def nul_and_spaces(run: Run):
    db, r = _ingest_files(run, {**{k: DAMAGED[k] for k in ("nul-head.txt", "nul-tail.txt")}, **EMPTY})
    stored = sorted(s.rsplit("/", 1)[1] for (s,) in rows(db, "SELECT source FROM documents"))
    empty = sorted(s.rsplit("/", 1)[1]
                   for (s,) in rows(db, "SELECT source FROM errors WHERE message LIKE 'empty file%'"))
    return stored == ["nul-head.txt", "nul-tail.txt"] and empty == sorted(EMPTY), f"stored {stored}, empty {empty}"


# ---- messages ----------------------------------------------------------------------------------------------

@attack("14", "member names with a newline + forged `error:`, ESC, `[/]`, U+202E", "escaped: one `error:` line each")
def forged_names(run: Run):
    db, r = _ingest_files(run, {"names.zip": zip_bytes({n: b"" for n in FORGING})})
    errors = [x for x in r.stderr.splitlines() if x.startswith("error:")]
    raw = any(c in r.stderr for c in "\x1b\u202e\r")
    return len(errors) == len(FORGING) and not raw and "Traceback" not in r.stderr, \
        f"{len(errors)} error lines for {len(FORGING)} members, raw control characters: {raw}"


@attack("15", "corrupt `.tar.gz`; RAR and 7z named `.zip`; an encrypted member; HTML named `.pdf`/`.docx`",
        "one line each, naming what it is; the pages read")
def formats(run: Run):
    db, r = _ingest_files(run, {name: data for name, data, _, _ in FORMATS})
    bad = []
    for name, _, stage, words in FORMATS:
        mine = [x for x in r.stderr.splitlines() if f"/{name}" in x]
        if stage is None and (mine or not rows(db, f"SELECT 1 FROM documents WHERE source LIKE '%/{name}'")):
            bad.append(name)
        elif stage and not (len(mine) == 1 and words in mine[0]):
            bad.append(name)
    return not bad and "Traceback" not in r.stderr, f"wrong: {bad}"


@attack("16", "`show --html missing/x.html`, `show --html DIR`, `report -o /proc/x.html`, `graph -o /dev/full`",
        "one line each, exit 2")
def outputs(run: Run):
    d = run.folder()
    (d / "tin.txt").write_text(BULLETIN, encoding="utf-8")
    run.cli("ingest", d / "tin.txt", "--db", d / "t.duckdb", "-q")
    calls = [("show", d / "tin.txt", "--html", d / "missing" / "x.html"), ("show", d / "tin.txt", "--html", d),
             ("report", "--db", d / "t.duckdb", "-o", "/proc/x.html"),
             ("graph", "--db", d / "t.duckdb", "-o", "/dev/full")]
    bad = [c[0] + " " + str(c[-1]) for c in calls if not one_line(run.cli(*c))]
    return not bad, f"wrong: {bad}"


@attack("17", "`extract … | head -1`, `query --format csv … | head -1`, `show … | head -1`",
        "exit 0, nothing on stderr")
def closed_pipe(run: Run):
    d = run.folder()
    bulletins(d / "in", 40)
    run.cli("ingest", d / "in", "--db", d / "p.duckdb", "-q")
    calls = [f"extract '{d}/in'", f"query 'SELECT * FROM range(10000)' --db '{d}/p.duckdb' --format csv",
             f"show '{d}/in/tin-0000.txt'"]
    bad = []
    for call in calls:
        r = subprocess.run(["bash", "-c", f"'{run.exe}' {call} | head -1 > /dev/null; exit ${{PIPESTATUS[0]}}"],
                           capture_output=True, text=True, timeout=300)
        if r.returncode != 0 or r.stderr:
            bad.append(f"{call.split()[0]}: exit {r.returncode}")
    return not bad, f"wrong: {bad}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--partydocs", default=shutil.which("partydocs") or str(Path(sys.executable).parent / "partydocs"),
                    help="the partydocs command to attack (default: the one on PATH, else beside this Python)")
    ap.add_argument("--only", help="comma-separated case numbers to run (default: all)")
    args = ap.parse_args()
    chosen = [a for a in ATTACKS if not args.only or a[0] in args.only.split(",")]
    print(f"attacking {args.partydocs}", file=sys.stderr)
    out = ["| case | attack | expected | result | seconds |", "|---|---|---|---|---|"]
    failed = 0
    with tempfile.TemporaryDirectory(prefix="partydocs-attack-") as tmp:
        run = Run(args.partydocs, Path(tmp))
        for case, what, expected, fn in sorted(chosen, key=lambda a: int(a[0])):
            t0 = time.monotonic()
            try:
                ok, note = fn(run)
            except Exception as e:  # an attack that breaks the script is a failure, not a crash
                ok, note = False, f"{type(e).__name__}: {e}"
            seconds = time.monotonic() - t0
            result = "SKIP" if ok is None else "PASS" if ok else "FAIL"
            failed += result == "FAIL"
            print(f"{case:>3} {result} {seconds:6.1f} s  {what}: {note}", file=sys.stderr)
            cells = [c.replace("|", "\\|") for c in (case, what, expected, result, f"{seconds:.1f}")]
            out.append("| " + " | ".join(cells) + " |")
    print("\n".join(out))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
