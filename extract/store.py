"""DuckDB storage (SPEC §8): tables from ``schemas.ddl``, one transaction per batch, idempotent by doc_id.

A database is opened through ``extract.db``: another program's is refused unchanged, an older partydocs'
is migrated, and ``partydocs_meta`` records the format and whether a resolution is pending (set with
every batch of new documents, cleared by the transaction that writes the recomputed ids).

Example::

    >>> with Store("partydocs.duckdb") as st:            # doctest: +SKIP
    ...     st.write_batch([analysed_doc], [])
    ...     st.resolve()
"""
from __future__ import annotations

import datetime as dt
import itertools
import os
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from extract import db as dbfile
from extract.db import connect, require_tables, run_query  # noqa: F401 (the store's readers open it there)
from extract.dedupe import ShingleCache, index_rows, mark_copies
from extract.document import CATEGORIES, PIPELINE_VERSION
from extract.errors import StoreError
from extract.identity import citing_date
from extract.views import VIEWS
from schemas.ddl import PRIMARY_KEYS, TABLES, arrow_schema, columns, create_table_sql

_one_line = dbfile.one_line


# DuckDB caches up to 80% of RAM by default; a writer that streams batches needs little, and a bound
# keeps memory flat however large the archive grows (DuckDB spills to disk when it must). A batch
# holding a huge document gets room for it: inserting text takes about 10× its size.
WRITER_MEMORY = 128 * 1024 * 1024
INSERT_OVERHEAD = 10
UPDATE_ROWS = 50_000  # changed ids written by an UPDATE; more, and doc_refs is rebuilt (see Store._write_ids)


class Store:
    """A partydocs DuckDB database opened for writing."""

    def __init__(self, db: str | Path):
        self.db = str(db)
        self.con = connect(db)
        self._memory = 0
        self.copies = 0  # near-duplicate copies marked by this store's writes
        # shingle hashes of the documents read last, which the batch's workers hand over: the copies check
        # compares them without reading the texts back (extract/dedupe.py)
        self.shingles = ShingleCache()
        try:
            state = dbfile.inspect(self.con)
            dbfile.refuse(state, db)  # another program's database, or a newer partydocs': nothing is changed
            self._limit_memory(WRITER_MEMORY)
            # the writer runs beside the worker processes: more DuckDB threads only take their cores
            # (measured on 3,000 files, `ingest -j 2`: 1.84 → 1.90 MB/s)
            self.con.execute("SET threads = 1")
            self._create(state)
        except duckdb.Error as e:
            self.rollback()
            self.con.close()
            raise StoreError(f"{db}: cannot create tables: {_one_line(e)}") from None
        except StoreError:
            self.con.close()
            raise
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

    def _create(self, state: dbfile.DbState):
        """Tables, new columns, views and the mark, in one transaction; a database of an older format is
        marked with its resolution pending (its ids were computed by an older partydocs)."""
        self.con.execute("BEGIN")
        for table in TABLES:
            self.con.execute(create_table_sql(table))
            have = {r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
            for name, sql_type in columns(table):  # a database of an earlier version gains the new columns
                if name not in have:
                    self.con.execute(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {sql_type}')
        for name, sql in VIEWS.items():
            self.con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
        self.con.execute(dbfile.META_DDL)
        if state.kind != "partydocs" or state.version != dbfile.FORMAT_VERSION:
            dbfile.set_meta(self.con, format_version=dbfile.FORMAT_VERSION)
        if state.needs_upgrade:
            dbfile.set_meta(self.con, resolution="pending")
        self.con.execute("COMMIT")

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
            if tables and tables["documents"].num_rows:  # their ids are resolved at the end of the run
                dbfile.set_meta(self.con, resolution="pending")
            copies = mark_copies(self.con, tables["documents"]["doc_id"].to_pylist(), self.shingles) if tables else 0
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
        self.copies += copies  # near-duplicate copies of documents stored before (extract/dedupe.py)
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

    def resolve(self, chunk_rows: int = 100_000) -> int:
        """Recompute canonical ids over every reference in the database; returns refs changed.

        Two passes, both linear in the archive. First every distinct reference row (what each cited
        document is known as), with the hash of its fields; then every reference as (rowid, doc_id, citing
        date, that hash, its id), ``chunk_rows`` at a time, grouped by document. The new ids gather in a
        temporary table; :meth:`_write_ids` writes them in the transaction that clears the pending mark, so
        a run killed before that commit leaves the mark and the next run or reader finishes the work.
        """
        from extract.resolve import FIELDS, RefRow, Resolver

        res, cols = Resolver(), _ref_cols(FIELDS)
        try:
            kinds = self._distinct_rows(cols, RefRow)
            for row in kinds.values():  # what a term is known since depends on the row alone: each distinct one once
                res.learn(row)
            self.con.execute("CREATE OR REPLACE TEMP TABLE _resolved (rid BIGINT, canonical_id VARCHAR, changed BOOLEAN)")
            sql = (f"SELECT r.rowid, r.doc_id, CAST(d.ref_date AS VARCHAR), hash({cols}), r.canonical_id "
                   "FROM doc_refs r LEFT JOIN documents d USING (doc_id) ORDER BY r.doc_id, r.idx")  # a document together
            changed = 0
            for rids, new, diff in _by_document(_columns(self.con, sql, chunk_rows), res, kinds):
                changed += sum(diff)
                self.con.register("_new", pa.table({"rid": pa.array(rids, pa.int64()), "canonical_id": new,
                                                    "changed": diff}))
                self.con.execute("INSERT INTO _resolved SELECT * FROM _new")
                self.con.unregister("_new")
            self._write_ids(changed)
            self.con.execute("DROP TABLE _resolved")
        except duckdb.Error as e:
            self.rollback()
            raise StoreError(f"{self.db}: resolving references failed: {_one_line(e)}") from None
        return changed

    def _write_ids(self, changed: int) -> None:
        """One statement, in the transaction that marks the resolution done: a few changed ids (an ingest that
        adds little to a large archive) by an UPDATE, else the column rebuilt by replacing ``doc_refs`` with
        its copy positionally joined to the new ids in rowid order (rows and their order kept; a misaligned
        row stops the statement and changes nothing). An UPDATE holds what it changes in memory (measured:
        1.6 million changed ids did not fit DuckDB's 128 MB); the copy spills to disk when it must."""
        self.con.execute("BEGIN")
        if changed > UPDATE_ROWS:
            cols = [n for n, _ in columns("doc_refs")]
            sel = ", ".join("CASE WHEN r.rowid = n.rid THEN n.canonical_id ELSE error('resolution: rows out of "
                            "step') END AS canonical_id" if c == "canonical_id" else f'r."{c}"' for c in cols)
            self.con.execute(f"CREATE OR REPLACE TABLE doc_refs AS SELECT {sel} FROM doc_refs r "
                             "POSITIONAL JOIN (SELECT rid, canonical_id FROM _resolved ORDER BY rid) n")
        elif changed:
            self.con.execute("UPDATE doc_refs SET canonical_id = u.canonical_id FROM _resolved u "
                             "WHERE u.changed AND doc_refs.rowid = u.rid")
        dbfile.set_meta(self.con, resolution="done")
        self.con.execute("COMMIT")

    def _distinct_rows(self, cols: str, row_type) -> dict:
        """Every distinct reference row, by the hash DuckDB gives its fields (the second pass reads the hash
        alone); two rows of one hash, were it ever so, → StoreError rather than a wrong id."""
        rows = self.con.execute(f"SELECT hash({cols}), {cols} FROM doc_refs r GROUP BY ALL").fetchall()
        kinds = {r[0]: row_type._make(r[1:]) for r in rows}
        if len(kinds) != len(rows):
            raise StoreError(f"{self.db}: two distinct references share one hash; resolution stopped, nothing changed")
        return kinds


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


def _columns(con, sql: str, size: int):
    """The columns of ``sql`` as Python lists, ``size`` rows at a time, read on a cursor of their own."""
    for batch in dbfile.quiet(con.cursor()).sql(sql).to_arrow_reader(size):
        yield [c.to_pylist() for c in batch.columns]


def _by_document(chunks, res, kinds: dict):
    """New ids of chunks of (rowid, doc_id, citing date, row hash, stored id) ordered by document: one
    ``Resolver.document_ids`` call per whole document (the last one of a chunk may go on in the next);
    yields (rowids, new ids, changed flags)."""
    held = [[] for _ in range(5)]
    for chunk in chunks:
        cols = [h + c for h, c in zip(held, chunk)]
        doc_ids = cols[1]
        cut = len(doc_ids)
        while cut > 0 and doc_ids[cut - 1] == doc_ids[-1]:
            cut -= 1
        held = [c[cut:] for c in cols]
        if cut:
            yield _resolved(res, kinds, *(c[:cut] for c in cols))
    if held[0]:
        yield _resolved(res, kinds, *held)


def _resolved(res, kinds: dict, rids: list, doc_ids: list, citing: list, hashes: list, stored: list):
    new, start = [], 0
    for _, group in itertools.groupby(doc_ids):
        n = sum(1 for _ in group)
        new += res.document_ids([kinds[h] for h in hashes[start:start + n]], citing[start])
        start += n
    return rids, new, [a != b for a, b in zip(new, stored)]


def load_ref_documents(con) -> list[dict]:
    """Every stored reference grouped by document, in the shape ``resolve_documents`` takes
    (only the fields resolution reads, dates as ISO strings; ``ref_date`` is the stored citing date;
    for tools and tests: the store itself streams)."""
    from extract.resolve import FIELDS

    sql = (f"SELECT r.doc_id, CAST(d.ref_date AS VARCHAR), r.idx, r.canonical_id, {_ref_cols(FIELDS)} "
           "FROM doc_refs r JOIN documents d USING (doc_id) ORDER BY r.doc_id, r.idx")
    by_doc: dict[str, dict] = {}
    for doc_id, ref_date, idx, cid, *vals in con.execute(sql).fetchall():
        d = by_doc.get(doc_id)
        if d is None:
            d = by_doc[doc_id] = {"doc_id": doc_id, "ref_date": ref_date, "ref_year": None, "doc_refs": []}
        d["doc_refs"].append({"idx": idx, "canonical_id": cid, **dict(zip(FIELDS, vals))})
    return list(by_doc.values())


def _unique(docs: list[dict]) -> list[dict]:
    """The first document of each doc_id (the same content twice in one batch is stored once)."""
    first: dict[str, dict] = {}
    for d in docs:
        first.setdefault(d["doc_id"], d)
    return list(first.values())


def doc_tables(docs: Iterable[dict], now: dt.datetime, hashes: Optional[dict] = None) -> dict[str, pa.Table]:
    """Analysed documents → one Arrow table per table of the database (errors aside).

    The batch workers call this, so the writer only concatenates and inserts. ``hashes``: doc_id → the
    text's shingle hashes, when the caller has them (``dedupe.index_rows``).
    """
    rows = batch_rows(docs, now, hashes)
    return {t: arrow_table(t, rows.get(t, [])) for t in TABLES if t != "errors"}


def arrow_table(table: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts) of ``table`` as an Arrow table, built column by column (measured 2× faster than
    ``pa.Table.from_pylist``); missing keys are nulls."""
    schema = arrow_schema(table)
    return pa.table({n: [r.get(n) for r in rows] for n in schema.names}, schema=schema)


def batch_rows(docs: Iterable[dict], now: dt.datetime, hashes: Optional[dict] = None) -> dict[str, list[dict]]:
    """Analysed documents → rows per table (plain dicts; Arrow does the rest)."""
    out: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        md = d["metadata"]
        out["documents"].append({"doc_id": d["doc_id"], "source": d["source"], "text": d["text"], **md,
                                 "ref_date": citing_date(d.get("ref_date"), d.get("ref_year")),
                                 "ingested_at": now,
                                 "pipeline_version": PIPELINE_VERSION})
        out["sentences"].extend(d["sentences"])
        for table, rows in index_rows(d["doc_id"], d["text"], (hashes or {}).get(d["doc_id"])).items():  # copies
            out[table].extend(rows)
        for cat in CATEGORIES:
            out[cat].extend({**f, "doc_id": d["doc_id"], "idx": i} for i, f in enumerate(d[cat]))
        out["ref_links"].extend({"doc_id": d["doc_id"], "source_idx": ln.get("source"),
                                 "target_idx": ln["target"], "relation": ln["relation"], "cue": ln.get("cue"),
                                 "sentence_id": d["doc_refs"][ln["target"]].get("sentence_id")}
                                for ln in d["links"])
    return out
