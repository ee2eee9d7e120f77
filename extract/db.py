"""Opening a partydocs database: what the file is, its format, and whether a resolution is pending.

Light on purpose (DuckDB only): ``partydocs query`` goes through here and starts fast. Every
connection is opened with DuckDB's extension auto-install and auto-load off, so no file makes it
download anything; a SQLite file, another program's DuckDB database or one of a newer partydocs
is refused with one line and left as it is.

partydocs marks its databases in the table ``partydocs_meta`` (``format_version``; ``resolution``
is ``pending`` from the first write of new documents until the canonical ids are recomputed in the
same transaction as their last update). A database of the first format, made before the mark
existed, is recognised by its tables and migrated.

Example::

    >>> con = connect("partydocs.duckdb", read_only=True)   # doctest: +SKIP
    >>> con.execute("SELECT count(*) FROM documents").fetchone()   # doctest: +SKIP
    (15,)
"""
from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import duckdb

from extract.errors import DatabaseLocked, QueryError, StoreError

FORMAT_VERSION = 2  # 1: the tables without partydocs_meta (partydocs 0.1.0 before the mark)
META = "partydocs_meta"
META_DDL = f'CREATE TABLE IF NOT EXISTS "{META}" ("key" VARCHAR PRIMARY KEY, "value" VARCHAR)'
# what a database of the first format holds (a fact of that format, not a list to keep in step)
FORMAT1 = {"documents": {"doc_id", "source", "text", "pipeline_version"}, "doc_refs": {"doc_id", "idx", "canonical_id"},
           "dates": {"doc_id", "idx"}, "people": {"doc_id", "idx"}, "statistics": {"doc_id", "idx"},
           "sentences": {"doc_id", "sentence_id"}, "ref_links": {"doc_id", "target_idx"}, "errors": {"source", "stage"}}
# no extension is installed or loaded behind our back
CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
_SQLITE = b"SQLite format 3\x00"


def one_line(e: BaseException) -> str:
    return " ".join(str(e).split())[:300]


@dataclass
class DbState:
    """What a database file holds: ``kind`` is partydocs, older (the first format), empty, foreign or newer."""

    kind: str
    version: Optional[int] = None
    pending: bool = False
    tables: list = field(default_factory=list)

    @property
    def needs_upgrade(self) -> bool:
        """An older format to migrate, or canonical ids a stopped run left pending."""
        return self.kind == "older" or (self.kind == "partydocs" and (self.pending or self.version < FORMAT_VERSION))


def sniff(db: Path) -> None:
    """A file that is not a DuckDB database → StoreError, before DuckDB opens it (a SQLite file would make
    DuckDB reach for its sqlite extension)."""
    try:
        with open(db, "rb") as f:
            head = f.read(16)
    except OSError:
        return  # missing or unreadable: DuckDB's own error says which
    if head.startswith(_SQLITE):
        raise StoreError(f"{db}: a SQLite database, not a DuckDB file: partydocs reads and writes its own "
                         "DuckDB databases only (nothing was changed)")
    if head and (len(head) < 12 or head[8:12] != b"DUCK"):
        raise StoreError(f"{db}: not a DuckDB database file (nothing was changed)")


def open_duckdb(db: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with extension auto-install and auto-load off; errors → StoreError."""
    sniff(Path(db))
    try:
        con = duckdb.connect(str(db), read_only=read_only, config=CONFIG)
        quiet(con)
        return con
    except duckdb.Error as e:
        msg = one_line(e)
        if "lock" in msg.lower():
            raise DatabaseLocked(f"{db}: the database is in use by another partydocs process (DuckDB file lock); "
                                 f"{msg}") from None
        raise StoreError(f"{db}: {msg}") from None


def quiet(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """No progress bar drawn into our output (DuckDB draws one on stdout for a statement over 2 s); in
    Jupyter, where DuckDB draws it as a widget and refuses the setting without ipywidgets, it stays."""
    try:
        con.execute("SET enable_progress_bar = false")
    except duckdb.Error:
        pass
    return con


def inspect(con: duckdb.DuckDBPyConnection) -> DbState:
    """What the open database holds (see :class:`DbState`); a marked one is known by two small look-ups."""
    tables = sorted(r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() "
                                              "WHERE database_name = current_database()").fetchall())
    if META in tables:
        meta = dict(con.execute(f'SELECT "key", "value" FROM "{META}"').fetchall())
        version = int(meta.get("format_version") or 0)
        kind = "newer" if version > FORMAT_VERSION else "partydocs"
        return DbState(kind, version, meta.get("resolution") == "pending", tables)
    cols: dict[str, set] = {}
    for table, column in con.execute("SELECT table_name, column_name FROM information_schema.columns "
                                     "WHERE table_catalog = current_database()").fetchall():  # views too
        cols.setdefault(table, set()).add(column)
    if not cols:
        return DbState("empty")
    if all(need <= cols.get(t, set()) for t, need in FORMAT1.items()):
        return DbState("older", 1, True, sorted(cols))
    return DbState("foreign", None, False, sorted(cols))


def refuse(state: DbState, db: str | Path) -> None:
    """StoreError for a database partydocs must not touch: another program's, or a newer partydocs'."""
    if state.kind == "foreign":
        shown = ", ".join(state.tables[:4]) + (", …" if len(state.tables) > 4 else "")
        raise StoreError(f"{db}: not a partydocs database (it holds other tables: {shown}); partydocs leaves it "
                         "unchanged: give another --db")
    if state.kind == "newer":
        raise StoreError(f"{db}: made by a newer partydocs (database format {state.version}; this one knows "
                         f"{FORMAT_VERSION}): upgrade partydocs to read it")


def set_meta(con: duckdb.DuckDBPyConnection, **values: str) -> None:
    """Write keys of ``partydocs_meta`` (inside the caller's transaction)."""
    con.executemany(f'INSERT OR REPLACE INTO "{META}" VALUES (?, ?)', [[k, str(v)] for k, v in values.items()])


def _say(msg: str) -> None:
    sys.stderr.write(f"partydocs: {msg}\n")


def connect(db: str | Path, *, read_only: bool = False,
            on_note: Optional[Callable[[str], None]] = _say) -> duckdb.DuckDBPyConnection:
    """Open the database; a lock held by another writer, a missing or unwritable file → StoreError.

    A reader (``read_only``) gets a partydocs database only, and a finished one: a resolution that a stopped
    ingest left pending, or the migration of an older format, is done first (``on_note`` says so in one line;
    when the file cannot be written, it says the ids may be stale and the reading goes on).
    """
    if not read_only:
        return open_duckdb(db)
    if not Path(db).exists():
        raise StoreError(f"{db}: no such database (run `partydocs ingest` first)")
    con = open_duckdb(db, read_only=True)
    try:
        state = inspect(con)
        refuse(state, db)
        if state.kind == "empty":
            raise StoreError(f"{db}: not a partydocs database (no tables; run `partydocs ingest` first)")
    except BaseException:
        con.close()
        raise
    if not state.needs_upgrade:
        return con
    con.close()
    _finish(db, state, on_note or (lambda msg: None))
    return open_duckdb(db, read_only=True)


def _finish(db: str | Path, state: DbState, note: Callable[[str], None]) -> None:
    """Migrate an older database and finish a pending resolution, if the file can be written."""
    from extract.store import Store

    older = state.kind == "older" or state.version < FORMAT_VERSION
    what = "an older partydocs database: migrated and its canonical ids resolved" if older else \
        "finished resolving the canonical ids that a stopped ingest left pending"
    try:
        with Store(db) as st:
            st.resolve()
    except StoreError as e:
        why = "an older partydocs database" if older else "a stopped ingest left its canonical ids unresolved"
        note(f"warning: {why}, and it cannot be finished now, so some ids may be stale ({e})")
        return
    note(f"note: {db}: {what}")


def require_tables(con: duckdb.DuckDBPyConnection, db: str | Path) -> None:
    """A database that ``partydocs ingest`` did not make (no ``documents`` table) → StoreError."""
    found = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'").fetchone()[0]
    if not found:
        raise StoreError(f"{db}: not a partydocs database (no documents table; run `partydocs ingest` first)")


QUERY_TIMEOUT = 300  # seconds a `partydocs query` may run (its --timeout)
POLL = 0.1  # the waiting thread wakes this often, so Ctrl-C stops a statement within a second


def run_query(db: str | Path, sql: str, timeout: Optional[float] = QUERY_TIMEOUT,
              on_note: Optional[Callable[[str], None]] = _say):
    """Run SQL on a read-only connection: returns (column names, rows); errors → QueryError.
    ``on_note``: where :func:`connect`'s one-line notes go (None: nowhere).

    The statement runs in a thread of its own while this one waits: DuckDB holds the thread that runs
    it and never lets Python see Ctrl-C there. Ctrl-C (KeyboardInterrupt here) or ``timeout`` seconds
    interrupt it (``interrupt()``)."""
    con = connect(db, read_only=True, on_note=on_note)
    # no file or network access from user SQL (COPY … TO, ATTACH, INSTALL), and no way to turn it back on
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    done: dict = {}
    finished = threading.Event()  # not Thread.join: a join cut by Ctrl-C marks a running thread as ended (3.11)

    def work():
        try:
            cur = con.execute(sql)
            done["result"] = ([], []) if cur.description is None else (
                [c[0] for c in cur.description], cur.fetchall())
        except BaseException as e:  # handed to the waiting thread
            done["error"] = e
        finally:
            finished.set()

    deadline = time.monotonic() + timeout if timeout else None
    try:
        threading.Thread(target=work, name="query", daemon=True).start()
        while not finished.wait(POLL):
            if deadline and time.monotonic() > deadline:
                _interrupt(con, finished)
                raise QueryError(f"the query ran longer than {timeout:g} s and was stopped (--timeout)")
    except KeyboardInterrupt:
        _interrupt(con, finished)
        raise
    finally:
        if finished.is_set():
            con.close()
    if isinstance(done.get("error"), duckdb.Error):
        raise QueryError(one_line(done["error"])) from None
    if "error" in done:
        raise done["error"]
    return done["result"]


def _interrupt(con: duckdb.DuckDBPyConnection, finished: threading.Event) -> None:
    """Stop the running statement and wait (briefly) for its thread to return."""
    con.interrupt()
    finished.wait(5)
