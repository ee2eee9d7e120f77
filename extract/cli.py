"""The ``partydocs`` command: extract, ingest, query, show (and graph/report when installed).

Every error partydocs raises on purpose becomes one line on stderr; a bad input
file never stops a batch.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import signal
import sys
from pathlib import Path
from typing import List, Optional

from extract.args import DEFAULT_DB, Parser, at_least, command, db_option
from extract.errors import DatabaseLocked, InputError, PartydocsError, printable
from extract.grid import cell_lines, grid
from extract.terminal import (PipeClosed, Stdout, TERMINATED, emit, err, on_sigterm, out, quiet_stdout,
                              report_error, report_warning, write_output)

SUMMARY = ("Facts from Vietnamese Party documents: references, dates, people, statistics → JSON or DuckDB\n"
           "(fields, tables and views: schemas/README.md).")


class _Version(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="Print the version and exit.")

    def __call__(self, parser, namespace, values, option_string=None):
        from importlib.metadata import PackageNotFoundError, version

        try:
            out.print(f"partydocs {version('partydocs')}", markup=False)
        except PackageNotFoundError:
            out.print("partydocs (not installed)", markup=False)
        parser.exit(0)


def bundled_corpus() -> Path:
    """The sample archive shipped with the project (``corpus/docs`` beside the package)."""
    here = Path(__file__).resolve().parent.parent / "corpus" / "docs"
    if not here.is_dir():
        return Path("corpus") / "docs"
    try:
        return here.relative_to(Path.cwd())
    except ValueError:
        return here


def _some_exist(paths: List[Path]) -> None:
    """Nothing to read at all is a bad call (exit 2, one line), the same for every command; a missing
    path among others is a bad input: named, and the rest goes on."""
    if not any(p.exists() for p in paths):
        raise InputError(", ".join(map(str, paths)), "read", "no such file or folder")


def _walk(paths: List[Path], all_files: bool = False, skipped=None):
    """(source, text or InputError) of every input; warnings printed; skips counted in ``skipped``."""
    from extract.io import iter_inputs, read_raw

    def skip(source, why):
        if skipped is not None:
            skipped[why] += 1

    for raw in iter_inputs([str(p) for p in paths], all_files, skip):
        warnings: list = []
        try:
            text = read_raw(raw, warnings)
        except InputError as e:
            yield e.source, e
            continue
        for w in warnings:
            report_warning(w)
        yield raw.source, text


def extract(files: List[Path], fmt: str = "jsonl", segment_words: bool = False, all_files: bool = False) -> int:
    """Print the findings of each document; references are resolved across all inputs of the call.

    Example: `partydocs extract corpus/ --format jsonl > findings.jsonl`
    """
    from collections import Counter

    from extract import extract_files

    if fmt not in ("jsonl", "json", "table"):
        raise PartydocsError(f"unknown --format {fmt!r}: use jsonl, json or table")
    _some_exist(files)
    failed, skipped = [], Counter()

    def bad(e: InputError) -> None:
        report_error({"source": e.source, "stage": e.stage, "message": e.message})
        failed.append(e)

    records = list(extract_files(map(str, files), words=segment_words, on_error=bad, all_files=all_files,
                                 on_skip=lambda source, why: skipped.update([why]), on_warning=report_warning))
    if skipped:
        note = ", ".join(f"{n} {why}" for why, n in sorted(skipped.items(), key=lambda x: (-x[1], x[0])))
        err.print(f"skipped on purpose: {note} (--all-files reads every kind of file)", markup=False)
    omit = None if segment_words else {"sentences"}
    if fmt == "jsonl":
        for r in records:
            emit(r.model_dump_json(exclude=omit) + "\n")
    elif fmt == "json":
        emit(json.dumps([r.model_dump(mode="json", exclude=omit) for r in records], ensure_ascii=False, indent=2) + "\n")
    else:
        from extract.show import findings_table, words_table

        for r in records:
            out.print(findings_table(r))
            if segment_words:
                out.print(words_table([x.model_dump() for x in r.sentences]))
    return 1 if failed else 0


def ingest(paths: Optional[List[Path]] = None, db: Path = DEFAULT_DB, jobs: Optional[int] = None,
           segment_words: bool = False, quiet: bool = False, batch_size: int = 500, verbose: bool = False,
           engine: str = "local", scheduler: Optional[str] = None, shards: Optional[Path] = None,
           all_files: bool = False) -> int:
    """Store every document under PATHS in a DuckDB file; already stored documents are skipped.

    Example: `partydocs ingest corpus/docs --db partydocs.duckdb -j 2`; on a cluster:
    `partydocs ingest archive/ --engine dask --scheduler tcp://10.0.0.5:8786 --shards shards/`
    """
    from extract.batch import ingest as run, total_bytes
    from extract.progress import IngestProgress, batch_line, count_files, summary_table

    paths = paths or [bundled_corpus()]
    _some_exist(paths)  # nothing to read: no database is made
    if engine == "dask":
        from extract.dask_engine import ingest_dask

        summary = ingest_dask([str(p) for p in paths], str(db), scheduler=scheduler, workers=jobs or 2,
                              shards=str(shards) if shards else None, words=segment_words, on_error=report_error,
                              all_files=all_files, on_skip=_skip_line if verbose else None,
                              on_warning=report_warning)
        err.print(summary_table(summary, str(db)))
        return 1 if summary.errors else 0
    if engine != "local":
        raise PartydocsError(f"unknown --engine {engine!r}: use local or dask")
    names = [str(p) for p in paths]
    last: dict = {}

    def commit(s):
        STORED[0] = s.added
        if verbose:
            err.print(batch_line(s, last), markup=False)

    STORED[0] = 0
    with IngestProgress(err, total_bytes(names), enabled=not quiet, total_files=count_files(names, all_files),
                        header=f"ingest → {db}") as bar:
        summary = run(names, str(db), jobs=jobs, words=segment_words, batch_docs=batch_size,
                      on_progress=bar.update, on_error=report_error, on_commit=commit, all_files=all_files,
                      on_skip=_skip_line if verbose else None, on_warning=report_warning)
    err.print(summary_table(summary, str(db), headed=bar.enabled))
    return 1 if summary.errors else 0


STORED = [None]  # documents an ingest of this process committed (for the line an interruption prints)


def _skip_line(source: str, why: str) -> None:
    err.print(f"skipped: {printable(source)} ({why})", markup=False)


def query(sql: Optional[str] = None, db: Path = DEFAULT_DB, fmt: str = "table",
          file: Optional[Path] = None, timeout: float = 300, snapshot: bool = False) -> int:
    """Run SQL on a read-only connection: nothing can change the database.

    Example: `partydocs query "SELECT symbol, mention_count FROM cited_documents ORDER BY 2 DESC LIMIT 5"`;
    a script that opens with a `--` comment: `partydocs query --file top.sql`; while an ingest writes the
    database: `partydocs query --snapshot "SELECT count(*) FROM documents"`
    """
    from extract import snapshot as snap
    from extract.db import run_query

    if file is not None:
        if sql is not None:
            raise PartydocsError("give the SQL as an argument or with --file, not both")
        sql = _read_sql(file)
    if sql is None or not sql.strip():
        raise PartydocsError("no SQL given (an argument, or --file FILE)")
    if fmt not in ("table", "csv", "json"):
        raise PartydocsError(f"unknown --format {fmt!r}: use table, csv or json")
    if snapshot:
        with snap.snapshot(db) as copy:  # a running ingest resolves at its end: the copy's ids are resolved
            cols, rows = run_query(copy, sql, timeout=timeout or None, on_note=None)  # here, silently
    else:
        try:
            cols, rows = run_query(db, sql, timeout=timeout or None)
        except DatabaseLocked as e:  # who holds the lock, and --snapshot to read what it committed
            raise snap.locked(db, e) from None
    if fmt == "csv":
        w = csv.writer(Stdout())
        w.writerow(cols)
        w.writerows([_csv_cell(v) for v in r] for r in rows)
    elif fmt == "json":
        emit(json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, default=str) + "\n")
    elif sys.stdout.isatty():  # a terminal: rich fits the table to its width, values as plain text
        from rich.table import Table
        from rich.text import Text

        t = Table(show_lines=False)
        for c in cols:
            t.add_column(Text("\n".join(cell_lines(c))))
        for r in rows:
            t.add_row(*(Text("\n".join(cell_lines(v))) for v in r))
        out.print(t)
    else:  # a pipe or a file: the same box, every value whole, and no rich to import
        emit(grid(cols, rows))
    return 0


def _read_sql(file: Path) -> str:
    if str(file) == "-":
        return sys.stdin.read()
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        why = e.strerror if isinstance(e, OSError) else "not UTF-8"
        raise InputError(str(file), "read", f"cannot read the SQL ({why})") from None


def _csv_cell(v):
    """A list or a struct as JSON in its cell (``["Bùi Văn Thắng"]``), not Python's repr."""
    return json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (list, dict)) else v


def show(file: Path, html: Optional[Path] = None) -> int:
    """Show one document with its findings highlighted (terminal, or an HTML page with --html).

    Example: `partydocs show corpus/docs/quang-ngai/thong-bao-ket-luan-giao-ban.txt`
    """
    from extract.batch import without_damage
    from extract.io import text_of
    from extract.pipeline import analyze, resolve_documents, to_record
    from extract import show as render

    warnings: list = []
    text = text_of(file, warnings)
    for w in warnings:
        report_warning(w)
    doc = without_damage(analyze(text, str(file)))
    resolve_documents([doc])
    rec = to_record(doc)
    if html:
        write_output(html, render.to_html(text, rec))
        err.print(f"wrote {printable(str(html))}", markup=False)
    else:
        out.print(render.highlighted(text, rec))
        out.print(render.findings_table(rec))
    return 0


def evaluate(gold: Path, files: List[Path]) -> int:
    """Score the findings on annotated documents: precision, recall, F1 and attribute accuracy per category.

    Example: `partydocs evaluate corpus/gold corpus/`
    """
    from rich.table import Table

    from extract.evaluate import load_golds, score
    from extract.pipeline import analyze, resolve_documents, to_record

    golds = load_golds(gold)
    docs = [analyze(text, source) for source, text in _walk(files) if not isinstance(text, InputError)]
    resolve_documents(docs)
    preds = {Path(d["source"]).name: to_record(d).model_dump(mode="json") for d in docs}
    t = Table("category", "gold", "pred", "P", "R", "F1", "attributes")
    for cat, r in score(golds, preds).items():
        attrs = " ".join(f"{a}={v:.2f}" for a, v in r["attributes"].items() if v is not None)
        t.add_row(cat, str(r["gold"]), str(r["pred"]), f"{r['precision']:.3f}", f"{r['recall']:.3f}",
                  f"{r['f1']:.3f}", attrs)
    out.print(t)
    return 0


CORE_COMMANDS = ("extract", "ingest", "query", "show", "evaluate")
ALL_FILES_HELP = ("In folders and archives, read every file, not only .txt, .html, .docx, .pdf, archives and "
                  "text files without an extension.")


def _core_commands(commands) -> None:
    p = command(commands, "extract", extract, extract.__doc__)
    p.add_argument("files", nargs="+", type=Path, metavar="PATH", help="Files, folders or zip/tar archives.")
    p.add_argument("-f", "--format", dest="fmt", default="jsonl", metavar="FORMAT",
                   help="jsonl (one line a document; fields in schemas/README.md), json or table (default: jsonl).")
    p.add_argument("--segment-words", action="store_true", help="Add underthesea word segmentation.")
    p.add_argument("--all-files", action="store_true", help=ALL_FILES_HELP)

    p = command(commands, "ingest", ingest, ingest.__doc__)
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help="Files, folders, archives (default: the bundled corpus/).")
    db_option(p)
    p.add_argument("-j", "--jobs", type=at_least(1), metavar="INTEGER", help="Worker processes (default: all cores).")
    p.add_argument("--segment-words", action="store_true", help="Store underthesea word segmentation.")
    p.add_argument("-q", "--quiet", action="store_true", help="No progress bar.")
    p.add_argument("--batch-size", type=at_least(1), default=500, metavar="INTEGER",
                   help="Documents per transaction (default: 500).")
    p.add_argument("-v", "--verbose", action="store_true", help="A line on stderr after every committed batch.")
    p.add_argument("--engine", default="local", metavar="NAME",
                   help="local (worker processes, the default) or dask (dask.distributed).")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://host:8786 (default: a LocalCluster).")
    p.add_argument("--shards", type=Path, metavar="PATH", help="Dask: keep the Parquet shards in this folder.")
    p.add_argument("--all-files", action="store_true", help=ALL_FILES_HELP)

    p = command(commands, "query", query, query.__doc__)
    p.add_argument("sql", nargs="?", metavar="SQL", help="SQL over the tables and views (listed in schemas/README.md).")
    db_option(p)
    p.add_argument("-f", "--format", dest="fmt", default="table", metavar="FORMAT",
                   help="table (the default), csv or json.")
    p.add_argument("--file", type=Path, metavar="PATH", help="Read the SQL from this file (- for standard input).")
    p.add_argument("--timeout", type=at_least(0, float), default=300, metavar="SECONDS",
                   help="Stop the query after this many seconds (0: no limit; default: 300); Ctrl-C stops it at once.")
    p.add_argument("--snapshot", action="store_true",
                   help="Query a copy of the database as last committed (while an ingest writes it).")

    p = command(commands, "show", show, show.__doc__)
    p.add_argument("file", type=Path, metavar="PATH", help="One document.")
    p.add_argument("--html", type=Path, metavar="PATH", help="Write an HTML page with the findings highlighted.")

    p = command(commands, "evaluate", evaluate, evaluate.__doc__)
    p.add_argument("gold", type=Path, metavar="GOLD", help="Folder of gold JSON files (SPEC §9 shape).")
    p.add_argument("files", nargs="+", type=Path, metavar="PATH",
                   help="The documents the gold annotates (files, folders, archives).")


def parser(argv: list[str]) -> tuple[Parser, argparse._SubParsersAction]:
    """The ``partydocs`` parser for ``argv`` and its commands. Commands that live in their own modules (graph export,
    report) register themselves if present; a call of a command of this module does not import them
    (networkx), so ``query`` starts fast."""
    top = Parser(prog="partydocs", description=SUMMARY, add_help=False)
    top.add_argument("-h", "--help", action="help", help="Show this message and exit.")
    top.add_argument("--version", action=_Version)
    commands = top.add_subparsers(title="commands", metavar="COMMAND", dest="command", parser_class=Parser)
    _core_commands(commands)
    words = [a for a in argv if not a.startswith("-")]
    if not (words and words[0] in CORE_COMMANDS):
        for name in ("extract.graph", "extract.report"):
            try:
                mod = __import__(name, fromlist=["register"])
            except ImportError:
                continue
            if hasattr(mod, "register"):
                mod.register(commands)
    return top, commands


def _run(argv: list[str]) -> int:
    """Parse ``argv`` and run its command; options and paths may come in any order."""
    top, commands = parser(argv)
    if not argv:
        top.print_help()
        return 2
    if argv[0] in commands.choices:
        ns = vars(commands.choices[argv[0]].parse_intermixed_args(argv[1:]))
    else:
        ns = vars(top.parse_args(argv))  # --help, --version, or a command that does not exist: a usage error
    run = ns.pop("run")
    return run(**ns)


def _stopped_line(rc: int) -> str:
    why = "terminated (SIGTERM)" if rc == 143 else "interrupted"
    if STORED[0] is not None:
        return (f"partydocs: {why}; {STORED[0]} documents of this ingest are stored (every committed batch): "
                "run the same command again to go on")
    return f"partydocs: {why}"


def main(argv: Optional[list[str]] = None) -> None:
    """Console entry point: our errors become one line and exit code 2."""
    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        rc = _run(sys.argv[1:] if argv is None else list(argv))
        sys.stdout.flush()
    except (PipeClosed, BrokenPipeError):
        quiet_stdout()
        sys.exit(0)
    except PartydocsError as e:
        err.print(f"partydocs: error: {printable(str(e))}", markup=False)
        sys.exit(2)
    except KeyboardInterrupt:
        rc = 130
    except OSError as e:  # a file or folder named on the command line (or the disk): one line, not a bug
        where = f"{printable(str(e.filename))}: " if e.filename else ""
        err.print(f"partydocs: error: {where}{e.strerror or e}", markup=False)
        sys.exit(2)
    except Exception as e:
        if os.environ.get("PARTYDOCS_DEBUG"):
            raise
        err.print(f"partydocs: internal error: {type(e).__name__}: {' '.join(str(e).split())[:300]} "
                  "(set PARTYDOCS_DEBUG=1 for the traceback)", markup=False)
        sys.exit(3)
    if rc == 130:  # Ctrl-C or SIGTERM
        rc = 143 if TERMINATED else 130
        err.print(_stopped_line(rc), markup=False)
    sys.exit(rc if isinstance(rc, int) else 0)


if __name__ == "__main__":
    main()
