"""DuckDB storage (SPEC §8): tables from ``schemas.ddl``, one transaction per batch, idempotent by doc_id.

Example::

    >>> with Store("partydocs.duckdb") as st:            # doctest: +SKIP
    ...     st.write_batch([analysed_doc], [])
    ...     st.resolve()
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional

import duckdb
import pyarrow as pa

from extract.errors import QueryError, StoreError
from extract.pipeline import CATEGORIES, PIPELINE_VERSION, resolve_documents
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


class Store:
    """A partydocs DuckDB database opened for writing."""

    def __init__(self, db: str | Path):
        self.db = str(db)
        self.con = connect(db)
        try:
            self._create()
        except duckdb.Error as e:
            self.con.close()
            raise StoreError(f"{db}: cannot create tables: {_one_line(e)}") from None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self.con.close()

    def _create(self):
        for table in TABLES:
            self.con.execute(create_table_sql(table))
        for name, sql in VIEWS.items():
            self.con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")

    def known_ids(self) -> set[str]:
        """doc_ids already stored: their files are skipped on the next run."""
        return {r[0] for r in self.con.execute("SELECT doc_id FROM documents").fetchall()}

    def _insert(self, table: str, rows: list[dict]):
        if not rows:
            return
        tbl = pa.Table.from_pylist(rows, schema=arrow_schema(table))
        cols = ", ".join(f'"{n}"' for n, _ in columns(table))
        self.con.register("_batch", tbl)
        try:
            verb = "INSERT OR IGNORE" if table in PRIMARY_KEYS else "INSERT"
            self.con.execute(f'{verb} INTO "{table}" ({cols}) SELECT {cols} FROM _batch')
        finally:
            self.con.unregister("_batch")

    def write_batch(self, docs: list[dict], errors: list[dict]) -> int:
        """Store analysed documents and input errors in one transaction; returns documents added."""
        now = dt.datetime.now()
        if docs:  # content already stored (or twice in this batch) is not stored again
            have = {r[0] for r in self.con.execute("SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))",
                                                   [[d["doc_id"] for d in docs]]).fetchall()}
            fresh = {}
            for d in docs:
                if d["doc_id"] not in have:
                    fresh.setdefault(d["doc_id"], d)
            docs = list(fresh.values())
        rows = batch_rows(docs, now)
        for e in errors:
            e.setdefault("at", now)
        try:
            self.con.execute("BEGIN")
            for table, table_rows in rows.items():
                self._insert(table, table_rows)
            if docs:  # a file that now reads well clears its old error
                self.con.execute("DELETE FROM errors WHERE source IN (SELECT unnest(?))", [[d["source"] for d in docs]])
            if errors:
                keys = [[e["source"], e["stage"]] for e in errors]
                self.con.executemany("DELETE FROM errors WHERE source = ? AND stage = ?", keys)
                self._insert("errors", errors)
            self.con.execute("COMMIT")
        except duckdb.Error as e:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.db}: write failed, batch rolled back: {_one_line(e)}") from None
        return len(docs)

    def resolve(self) -> int:
        """Recompute canonical ids over every reference in the database; returns refs changed."""
        docs = load_ref_documents(self.con)
        before = {(d["doc_id"], r["idx"]): r["canonical_id"] for d in docs for r in d["doc_refs"]}
        resolve_documents(docs)
        changed = [{"doc_id": d["doc_id"], "idx": r["idx"], "canonical_id": r["canonical_id"]}
                   for d in docs for r in d["doc_refs"] if before[(d["doc_id"], r["idx"])] != r["canonical_id"]]
        if changed:
            upd = pa.Table.from_pylist(changed)
            self.con.register("_upd", upd)
            try:
                self.con.execute("BEGIN")
                self.con.execute("UPDATE doc_refs SET canonical_id = u.canonical_id FROM _upd u "
                                 "WHERE doc_refs.doc_id = u.doc_id AND doc_refs.idx = u.idx")
                self.con.execute("COMMIT")
            except duckdb.Error as e:
                self.con.execute("ROLLBACK")
                raise StoreError(f"{self.db}: resolving references failed: {_one_line(e)}") from None
            finally:
                self.con.unregister("_upd")
        return len(changed)


def _iso(v) -> Optional[str]:
    return v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v


def load_ref_documents(con) -> list[dict]:
    """Every stored reference grouped by document, in the shape ``resolve_documents`` takes."""
    ref_cols = [n for n, _ in columns("doc_refs") if n != "doc_id"]
    sql = (f"SELECT r.doc_id, d.ref_date, {', '.join('r.' + chr(34) + c + chr(34) for c in ref_cols)} "
           "FROM doc_refs r JOIN documents d USING (doc_id) ORDER BY r.doc_id, r.idx")
    by_doc: dict[str, dict] = {}
    refs_of = defaultdict(list)
    for row in con.execute(sql).fetchall():
        doc_id, ref_date, vals = row[0], _iso(row[1]), row[2:]
        ref = {c: _iso(v) for c, v in zip(ref_cols, vals)}
        by_doc.setdefault(doc_id, {"doc_id": doc_id, "ref_date": ref_date,
                                   "ref_year": int(ref_date[:4]) if ref_date else None})
        refs_of[doc_id].append(ref)
    for doc_id, d in by_doc.items():
        d["doc_refs"] = refs_of[doc_id]
    return list(by_doc.values())


def batch_rows(docs: Iterable[dict], now: dt.datetime) -> dict[str, list[dict]]:
    """Analysed documents → rows per table (plain dicts; Arrow does the rest)."""
    out: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        md = d["metadata"]
        out["documents"].append({"doc_id": d["doc_id"], "source": d["source"], "text": d["text"], **md,
                                 "ref_date": d.get("ref_date"), "ingested_at": now,
                                 "pipeline_version": PIPELINE_VERSION})
        out["sentences"].extend(d["sentences"])
        for cat in CATEGORIES:
            out[cat].extend({**f, "doc_id": d["doc_id"], "idx": i} for i, f in enumerate(d[cat]))
        out["ref_links"].extend({"doc_id": d["doc_id"], "source_idx": ln.get("source"),
                                 "target_idx": ln["target"], "relation": ln["relation"], "cue": ln.get("cue"),
                                 "sentence_id": d["doc_refs"][ln["target"]].get("sentence_id")}
                                for ln in d["links"])
    return out


def run_query(db: str | Path, sql: str):
    """Run SQL on a read-only connection: returns (column names, rows); errors → QueryError."""
    con = connect(db, read_only=True)
    # no file or network access from user SQL (COPY … TO, ATTACH, INSTALL), and no way to turn it back on
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    try:
        cur = con.execute(sql)
        if cur.description is None:
            return [], []
        return [c[0] for c in cur.description], cur.fetchall()
    except duckdb.Error as e:
        raise QueryError(_one_line(e)) from None
    finally:
        con.close()
