"""The distributed engine: ``partydocs ingest PATH --engine dask [--scheduler tcp://host:8786]``.

The inputs are partitioned with ``dask.bag``; each partition runs the same per-document step as the
local engine (``extract.batch.process``) on a worker and writes one Parquet shard per table
(schemas from ``schemas.ddl``) into ``--shards``. The shards are then loaded into the DuckDB file in one
transaction (documents already stored are skipped) and canonical ids are resolved over the whole
archive. Without ``--scheduler`` a ``LocalCluster`` of worker processes is started.

Example::

    >>> summary = ingest_dask(["corpus/docs"], "partydocs.duckdb", workers=2)   # doctest: +SKIP
"""
from __future__ import annotations

import datetime as dt
import shutil
import time
import uuid
from pathlib import Path
from typing import Optional

from extract.batch import Summary, process
from extract.db import set_meta
from extract.dedupe import mark_copies
from extract.errors import PartydocsError, StoreError
from extract.pipeline import CATEGORIES
from schemas.ddl import ROW_KEYS, TABLES, arrow_schema, columns

SHARD_TABLES = [t for t in TABLES if t != "errors"] + ["errors"]


def _files(paths: list[str], all_files: bool = False, on_skip=None) -> list[str]:
    """Top-level inputs: files under folders, archives whole (a worker walks their members). Folders are
    walked as the local engine walks them (``extract.io.sources.walk_folder``): the same files are
    skipped, and each is handed to ``on_skip(source, why)``."""
    from extract.errors import printable
    from extract.io.sources import walk_folder

    out = []
    for p in map(Path, paths):
        if not p.is_dir():
            out.append(str(p))
            continue
        for f, why in walk_folder(p, all_files):
            if why is None:
                out.append(str(f))
            elif on_skip:
                on_skip(printable(str(f)), why)
    return out


def _partition(paths: list[str], shards: str, known: frozenset, words: bool, all_files: bool = False) -> list[dict]:
    """Worker side: analyse every input of the partition and write its Parquet shards."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from extract import batch
    from extract.checks import checked_tables
    from extract.io import iter_inputs

    batch._init(known, words)
    docs, errors, stats = [], [], {"files": 0, "skipped": 0, "bytes": 0, **{c: 0 for c in CATEGORIES}}
    ignored, warnings = [], []
    for raw in iter_inputs(paths, all_files, lambda source, why: ignored.append((source, why))):
        kind, payload, size = process(raw)
        stats["files"] += 1
        stats["bytes"] += size
        if kind == "doc":
            docs.append(payload)
            for c in CATEGORIES:
                stats[c] += len(payload[c])
            warnings += [{**w, "at": dt.datetime.now()} for w in payload["warnings"]]
        elif kind == "skip":
            stats["skipped"] += 1
        else:
            errors.append({**payload, "at": dt.datetime.now()})
    tables, bad = checked_tables(docs, dt.datetime.now())  # a document that breaks the contract is an error
    for d in docs:
        if d["doc_id"] in bad:
            errors.append({"source": d["source"], "stage": "extract", "message": bad[d["doc_id"]], "at": dt.datetime.now()})
            for c in CATEGORIES:
                stats[c] -= len(d[c])
    tables["errors"] = pa.Table.from_pylist(errors + warnings, schema=arrow_schema("errors"))
    part = uuid.uuid4().hex
    for table in SHARD_TABLES:
        folder = Path(shards) / table
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(tables[table], folder / f"part-{part}.parquet")
    stats["errors"], stats["warnings"], stats["ignored"] = errors, warnings, ignored
    return [stats]


def _load(con, shards: Path) -> tuple[int, int]:
    """Shards → DuckDB in one transaction; a document already stored (or in two shards) is kept once.
    Returns the documents added and the copies among them."""
    glob = lambda t: str(shards / t / "*.parquet")  # noqa: E731
    con.execute("BEGIN")
    con.execute(f"CREATE TEMP TABLE _new AS SELECT doc_id, min(source) AS source FROM read_parquet('{glob('documents')}')"
                " WHERE doc_id NOT IN (SELECT doc_id FROM documents) GROUP BY doc_id")
    added = con.execute("SELECT count(*) FROM _new").fetchone()[0]
    for table in TABLES:
        cols = ", ".join(f'"{n}"' for n, _ in columns(table))
        src = f"read_parquet('{glob(table)}')"
        if table == "errors":
            con.execute(f"DELETE FROM errors WHERE (source, stage) IN (SELECT source, stage FROM {src})")
            con.execute(f"INSERT OR REPLACE INTO errors ({cols}) SELECT {cols} FROM {src}")
        elif table == "documents":
            con.execute(f"INSERT INTO documents ({cols}) SELECT {cols} FROM {src} s "
                        "WHERE (s.doc_id, s.source) IN (SELECT doc_id, source FROM _new)")
        else:
            key = ", ".join(ROW_KEYS.get(table, ("doc_id",)))
            con.execute(f"INSERT INTO \"{table}\" ({cols}) SELECT {cols} FROM (SELECT DISTINCT ON (doc_id, {key}) * "
                        f"FROM {src} WHERE doc_id IN (SELECT doc_id FROM _new))" if table in ROW_KEYS else
                        f"INSERT INTO \"{table}\" ({cols}) SELECT DISTINCT {cols} FROM {src} "
                        "WHERE doc_id IN (SELECT doc_id FROM _new)")
    ids = [r[0] for r in con.execute("SELECT doc_id FROM _new ORDER BY source, doc_id").fetchall()]
    copies = mark_copies(con, ids)  # near-duplicates of documents stored before (extract/dedupe.py)
    con.execute("DROP TABLE _new")
    if added:  # their ids are resolved next; a run stopped before that leaves the mark for the next one
        set_meta(con, resolution="pending")
    con.execute("COMMIT")
    return added, copies


def _add_part(summary: Summary, p: dict, on_error, on_warning, skipped) -> None:
    """Count one partition's tallies ``p`` in ``summary`` and tell the hooks of its errors, warnings, skips."""
    summary.files += p["files"]
    summary.skipped += p["skipped"]
    summary.bytes += p["bytes"]
    summary.errors += len(p["errors"])
    for c in CATEGORIES:
        summary.findings[c] += p[c]
    for e in p["errors"]:
        if on_error:
            on_error(e)
    for w in p["warnings"]:
        summary.warnings += 1
        if on_warning:
            on_warning(w)
    for source, why in p["ignored"]:
        skipped(source, why)


def ingest_dask(paths: list[str], db: str, *, scheduler: Optional[str] = None, workers: int = 2,
                shards: Optional[str] = None, words: bool = False, on_error=None, all_files: bool = False,
                on_skip=None, on_warning=None) -> Summary:
    """Ingest ``paths`` into ``db`` with Dask; returns the same :class:`Summary` as the local engine."""
    try:
        import dask.bag as dbag
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise PartydocsError("the Dask engine needs: pip install 'partydocs[dask]'") from None
    from extract.store import Store

    start = time.perf_counter()
    keep = shards is not None  # shards asked for are kept (query them with read_parquet); temporary ones are not
    shard_dir = Path(shards or f"{db}.shards") / uuid.uuid4().hex[:8]
    summary = Summary()

    def skipped(source: str, why: str) -> None:
        summary.ignored[why] += 1
        if on_skip:
            on_skip(source, why)

    files = _files(paths, all_files, skipped)
    with Store(db) as store:
        known = frozenset(store.known_ids())
        cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1,
                                                      dashboard_address=None, processes=True)
        try:
            with Client(scheduler or cluster) as client:
                bag = dbag.from_sequence(files, npartitions=max(1, min(len(files), workers * 4)))
                parts = bag.map_partitions(_partition, str(shard_dir), known, words, all_files
                                           ).compute(scheduler=client)
        except OSError as e:
            raise PartydocsError(f"cannot reach the Dask scheduler {scheduler}: {e}") from None
        finally:
            if cluster is not None:
                cluster.close()
        for p in parts:
            _add_part(summary, p, on_error, on_warning, skipped)
        if files:
            try:
                summary.added, summary.copies = _load(store.con, shard_dir)
            except Exception as e:  # duckdb errors: one line, batch rolled back
                store.rollback()
                raise StoreError(f"{db}: loading the shards failed: {' '.join(str(e).split())[:300]}") from None
        summary.resolved = store.resolve()
    summary.seconds = time.perf_counter() - start
    if not keep:
        shutil.rmtree(shard_dir.parent, ignore_errors=True)
    return summary
