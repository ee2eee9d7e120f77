"""DuckDB storage (SPEC §8): tables from ``schemas.ddl``, one transaction per batch, idempotent by doc_id.

Example::

    >>> with Store("partydocs.duckdb") as st:            # doctest: +SKIP
    ...     st.write_batch([analysed_doc], [])
    ...     st.resolve()
"""
from __future__ import annotations

import datetime as dt
import itertools
import os
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Iterable

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from extract.errors import QueryError, StoreError
from extract.pipeline import CATEGORIES, PIPELINE_VERSION
from extract.views import VIEWS
from schemas.ddl import PRIMARY_KEYS, TABLES, arrow_schema, columns, create_table_sql



def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split())[:300]


def connect(db: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database; a lock held by another writer, a missing or unwritable file → StoreError."""
    if read_only and not Path(db).exists():
        raise StoreError(f"{db}: no such database (run `partydocs ingest` first)")
    try:
        return duckdb.connect(str(db), read_only=read_only)
    except duckdb.Error as e:
        msg = _one_line(e)
        if "lock" in msg.lower():
            msg = "the database is in use by another partydocs process (DuckDB file lock); " + msg
        raise StoreError(f"{db}: {msg}") from None


def require_tables(con: duckdb.DuckDBPyConnection, db: str | Path) -> None:
    """A database that ``partydocs ingest`` did not make (no ``documents`` table) → StoreError."""
    found = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'").fetchone()[0]
    if not found:
        raise StoreError(f"{db}: not a partydocs database (no documents table; run `partydocs ingest` first)")


# DuckDB caches up to 80% of RAM by default; a writer that streams batches needs little, and a bound
# keeps memory flat however large the archive grows (DuckDB spills to disk when it must). A batch
# holding a huge document gets room for it: inserting text takes about 10× its size.
WRITER_MEMORY = 128 * 1024 * 1024
INSERT_OVERHEAD = 10
RESOLVE_BATCH = 50_000  # new canonical ids written per transaction (measured: one transaction for 772k ids took 250 MB more, batches 130–170 MB)


class Store:
    """A partydocs DuckDB database opened for writing."""

    def __init__(self, db: str | Path):
        self.db = str(db)
        self.con = connect(db)
        self._memory = 0
        try:
            self._limit_memory(WRITER_MEMORY)
            # the writer runs beside the worker processes: more DuckDB threads only take their cores
            # (measured on 3,000 files, `ingest -j 2`: 1.84 → 1.90 MB/s)
            self.con.execute("SET threads = 1")
            self._create()
        except duckdb.Error as e:
            self.con.close()
            raise StoreError(f"{db}: cannot create tables: {_one_line(e)}") from None
        self._file = _file_state(self.db)  # (device, inode, size) after the last commit; None: no file

    def check_file(self, size: bool = True):
        """The database file is still the one this run writes: not deleted, replaced or (``size``) cut
        shorter than the last commit left it. Otherwise what was stored is gone: StoreError, nothing more
        is written or reported as stored."""
        if self._file is None:
            return
        now = _file_state(self.db)
        what = ("deleted" if now is None else "replaced by another file" if now[:2] != self._file[:2]
                else "truncated" if size and now[2] < self._file[2] else None)
        if what:
            raise StoreError(f"{self.db}: the database file was {what} while partydocs wrote to it: "
                             "what this run stored is lost; stopped (run the ingest again)")
        self._file = now

    def _limit_memory(self, nbytes: int):
        if nbytes != self._memory:
            self.con.execute(f"SET memory_limit = '{nbytes // (1024 * 1024)}MB'")
            self._memory = nbytes

    def rollback(self):
        """Undo the open transaction; a failed COMMIT (disk full) has already undone it."""
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self.con.close()

    def _create(self):
        for table in TABLES:
            self.con.execute(create_table_sql(table))
            have = {r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
            for name, sql_type in columns(table):  # a database of an earlier version gains the new columns
                if name not in have:
                    self.con.execute(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {sql_type}')
        for name, sql in VIEWS.items():
            self.con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")

    def known_ids(self) -> set[str]:
        """doc_ids already stored: their files are skipped on the next run."""
        return {r[0] for r in self.con.execute("SELECT doc_id FROM documents").fetchall()}

    def _insert(self, table: str, tbl: pa.Table):
        if not tbl.num_rows:
            return
        cols = ", ".join(f'"{n}"' for n, _ in columns(table))
        self.con.register("_batch", tbl)
        verb = "INSERT OR IGNORE" if table in PRIMARY_KEYS else "INSERT"
        try:
            self.con.execute(f'{verb} INTO "{table}" ({cols}) SELECT {cols} FROM _batch')
        finally:
            try:
                self.con.unregister("_batch")
            except duckdb.Error:  # an aborted transaction refuses it: the insert's own error is the one to report
                pass

    def write_batch(self, docs: list[dict], errors: list[dict]) -> int:
        """Store analysed documents and input errors in one transaction; returns documents added."""
        return self.write_tables([doc_tables(_unique(docs), dt.datetime.now())] if docs else [], errors)

    def write_tables(self, parts: list[dict[str, pa.Table]], errors: list[dict]) -> int:
        """Store parts from :func:`doc_tables` (each with unique doc_ids) and input errors in one
        transaction; returns documents added. Content already stored, or stored by an earlier part,
        is not stored again."""
        now = dt.datetime.now()
        parts = self._fresh(parts)
        tables = {t: pa.concat_tables([p[t] for p in parts]) for t in TABLES if t != "errors"} if parts else {}
        for e in errors:
            e.setdefault("at", now)
        self._limit_memory(max(WRITER_MEMORY, INSERT_OVERHEAD * sum(t.nbytes for t in tables.values())))
        self.check_file()
        try:
            self.con.execute("BEGIN")
            for table, tbl in tables.items():
                self._insert(table, tbl)
            if tables and tables["documents"].num_rows:  # a file that now reads well clears its old error
                self.con.execute("DELETE FROM errors WHERE source IN (SELECT unnest(?))",
                                 [tables["documents"]["source"].to_pylist()])
            if errors:
                keys = [[e["source"], e["stage"]] for e in errors]
                self.con.executemany("DELETE FROM errors WHERE source = ? AND stage = ?", keys)
                self._insert("errors", arrow_table("errors", errors))
            self.con.execute("COMMIT")
        except duckdb.Error as e:
            self.rollback()
            raise StoreError(f"{self.db}: write failed, batch rolled back: {_one_line(e)}") from None
        self.check_file(size=False)  # the commit went to the file it was meant for; its size now is the one to keep
        return tables["documents"].num_rows if tables else 0

    def _fresh(self, parts: list[dict[str, pa.Table]]) -> list[dict[str, pa.Table]]:
        """``parts`` without the documents already stored or in an earlier part."""
        ids = [i for p in parts for i in p["documents"]["doc_id"].to_pylist()]
        if not ids:
            return []
        seen = {r[0] for r in self.con.execute("SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))",
                                               [ids]).fetchall()}
        out = []
        for p in parts:
            mine = p["documents"]["doc_id"].to_pylist()
            drop = seen.intersection(mine)
            if drop:
                p = {t: tbl.filter(pc.invert(pc.is_in(tbl["doc_id"], value_set=pa.array(sorted(drop)))))
                     for t, tbl in p.items()}
            seen.update(mine)
            out.append(p)
        return out

    def resolve(self, chunk_rows: int = 10_000) -> int:
        """Recompute canonical ids over every reference in the database; returns refs changed.

        Streams the references twice (what each symbol is known as, then every id), ``chunk_rows``
        at a time, and writes the changed ids ``RESOLVE_BATCH`` per transaction: memory does not grow
        with the archive.
        """
        from extract.resolve import FIELDS, LEARN, Resolver

        res = Resolver()
        for rows in _stream(self.con, f"SELECT DISTINCT {_ref_cols(LEARN)} FROM doc_refs r", chunk_rows):
            for row in rows:  # what a term is known since depends on the key alone: each distinct one once
                res.learn_key(row)
        sql = (f"SELECT r.doc_id, r.idx, CAST(d.ref_date AS VARCHAR), r.canonical_id, {_ref_cols(FIELDS)} "
               "FROM doc_refs r JOIN documents d USING (doc_id) ORDER BY r.doc_id, r.idx")  # a document's refs together
        changed = pending = 0
        try:
            self.con.execute("CREATE TEMP TABLE _resolved (doc_id VARCHAR, idx INTEGER, canonical_id VARCHAR)")
            for rows in _by_document(_stream(self.con, sql, chunk_rows)):  # read on a cursor of its own
                upd = []
                for _, doc_rows in itertools.groupby(rows, key=lambda row: row[0]):
                    doc_rows = list(doc_rows)
                    ids = res.document_ids([row[4:] for row in doc_rows], doc_rows[0][2])
                    upd += [(row[0], row[1], cid) for row, cid in zip(doc_rows, ids) if cid != row[3]]
                if upd:
                    changed += len(upd)
                    pending += len(upd)
                    self.con.register("_upd", pa.table(dict(zip(("doc_id", "idx", "canonical_id"), zip(*upd)))))
                    self.con.execute("INSERT INTO _resolved SELECT * FROM _upd")
                    self.con.unregister("_upd")
                if pending >= RESOLVE_BATCH:
                    self._apply_resolved()
                    pending = 0
            self._apply_resolved()
            self.con.execute("DROP TABLE _resolved")
        except duckdb.Error as e:
            self.rollback()
            raise StoreError(f"{self.db}: resolving references failed: {_one_line(e)}") from None
        return changed


    def _apply_resolved(self):
        """Write the new ids gathered in ``_resolved`` in one transaction of their own: a transaction
        holds what it changes in memory, so many small ones keep memory flat over a big archive. A run
        stopped between them leaves some ids old; the next run computes every id again."""
        self.con.execute("BEGIN")
        self.con.execute("UPDATE doc_refs SET canonical_id = u.canonical_id FROM _resolved u "
                         "WHERE doc_refs.doc_id = u.doc_id AND doc_refs.idx = u.idx")
        self.con.execute("DELETE FROM _resolved")
        self.con.execute("COMMIT")


def _file_state(path: str):
    """(device, inode, size) of the database file, None when there is none (deleted, in memory)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size


def _ref_cols(fields) -> str:
    types = dict(columns("doc_refs"))
    return ", ".join(f'CAST(r."{c}" AS VARCHAR)' if types[c] == "DATE" else f'r."{c}"' for c in fields)


def _by_document(chunks):
    """Rows ordered by document (first column), in lists of whole documents."""
    held: list = []
    for rows in chunks:
        rows = held + rows
        last = rows[-1][0]
        cut = len(rows)
        while cut > 0 and rows[cut - 1][0] == last:  # the last document may go on in the next chunk
            cut -= 1
        if cut:
            yield rows[:cut]
        held = rows[cut:]
    if held:
        yield held


def _stream(con, sql: str, size: int):
    """Rows of ``sql`` in lists of at most ``size``, read through a cursor of their own."""
    cur = con.cursor()
    cur.execute(sql)
    while True:
        rows = cur.fetchmany(size)
        if not rows:
            return
        yield rows


def load_ref_documents(con) -> list[dict]:
    """Every stored reference grouped by document, in the shape ``resolve_documents`` takes
    (only the fields resolution reads, dates as ISO strings; for tools and tests: the store
    itself streams)."""
    from extract.resolve import FIELDS

    sql = (f"SELECT r.doc_id, CAST(d.ref_date AS VARCHAR), r.idx, r.canonical_id, {_ref_cols(FIELDS)} "
           "FROM doc_refs r JOIN documents d USING (doc_id) ORDER BY r.doc_id, r.idx")
    by_doc: dict[str, dict] = {}
    for doc_id, ref_date, idx, cid, *vals in con.execute(sql).fetchall():
        d = by_doc.get(doc_id)
        if d is None:
            d = by_doc[doc_id] = {"doc_id": doc_id, "ref_date": ref_date,
                                  "ref_year": int(ref_date[:4]) if ref_date else None, "doc_refs": []}
        d["doc_refs"].append({"idx": idx, "canonical_id": cid, **dict(zip(FIELDS, vals))})
    return list(by_doc.values())


def _unique(docs: list[dict]) -> list[dict]:
    """The first document of each doc_id (the same content twice in one batch is stored once)."""
    first: dict[str, dict] = {}
    for d in docs:
        first.setdefault(d["doc_id"], d)
    return list(first.values())


def _citing_date(doc: dict):
    """The date a document is read at: its own, else the last day of the year it reports on."""
    return doc.get("ref_date") or (f"{doc['ref_year']}-12-31" if doc.get("ref_year") else None)


def doc_tables(docs: Iterable[dict], now: dt.datetime) -> dict[str, pa.Table]:
    """Analysed documents → one Arrow table per table of the database (errors aside).

    The batch workers call this, so the writer only concatenates and inserts.
    """
    rows = batch_rows(docs, now)
    return {t: arrow_table(t, rows.get(t, [])) for t in TABLES if t != "errors"}


def arrow_table(table: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts) of ``table`` as an Arrow table, built column by column (measured 2× faster than
    ``pa.Table.from_pylist``); missing keys are nulls."""
    schema = arrow_schema(table)
    return pa.table({n: [r.get(n) for r in rows] for n in schema.names}, schema=schema)


def batch_rows(docs: Iterable[dict], now: dt.datetime) -> dict[str, list[dict]]:
    """Analysed documents → rows per table (plain dicts; Arrow does the rest)."""
    out: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        md = d["metadata"]
        out["documents"].append({"doc_id": d["doc_id"], "source": d["source"], "text": d["text"], **md,
                                 "ref_date": _citing_date(d),
                                 "ingested_at": now,
                                 "pipeline_version": PIPELINE_VERSION})
        out["sentences"].extend(d["sentences"])
        for cat in CATEGORIES:
            out[cat].extend({**f, "doc_id": d["doc_id"], "idx": i} for i, f in enumerate(d[cat]))
        out["ref_links"].extend({"doc_id": d["doc_id"], "source_idx": ln.get("source"),
                                 "target_idx": ln["target"], "relation": ln["relation"], "cue": ln.get("cue"),
                                 "sentence_id": d["doc_refs"][ln["target"]].get("sentence_id")}
                                for ln in d["links"])
    return out


QUERY_TIMEOUT = 300  # seconds a `partydocs query` may run (its --timeout)
POLL = 0.1  # the waiting thread wakes this often, so Ctrl-C stops a statement within a second


def run_query(db: str | Path, sql: str, timeout: float | None = QUERY_TIMEOUT):
    """Run SQL on a read-only connection: returns (column names, rows); errors → QueryError.

    The statement runs in a thread of its own while this one waits: DuckDB holds the thread that runs
    it and never lets Python see Ctrl-C there. Ctrl-C (KeyboardInterrupt here) or ``timeout`` seconds
    interrupt it (``interrupt()``)."""
    con = connect(db, read_only=True)
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
        raise QueryError(_one_line(done["error"])) from None
    if "error" in done:
        raise done["error"]
    return done["result"]


def _interrupt(con, finished: threading.Event) -> None:
    """Stop the running statement and wait (briefly) for its thread to return."""
    con.interrupt()
    finished.wait(5)
