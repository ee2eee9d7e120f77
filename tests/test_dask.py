"""The Dask engine on a LocalCluster of 2 workers gives the local engine's tables, row for row."""
from __future__ import annotations

import duckdb
import pytest

from extract.batch import ingest
from tests.conftest import CORPUS

pytest.importorskip("dask.distributed")

TABLES = {
    "documents": "doc_id, source, text, title, doc_kind, number, place, issued_date, signers, author, ref_date",
    "sentences": "*", "doc_refs": "*", "dates": "*", "people": "*", "statistics": "*", "ref_links": "*",
    "errors": "source, stage, message",
}


def _rows(db):
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: sorted(map(repr, con.execute(f"SELECT {cols} FROM {t}").fetchall())) for t, cols in TABLES.items()}


def test_dask_and_local_engines_store_identical_tables(tmp_path):
    from extract.dask_engine import ingest_dask

    (tmp_path / "bad.txt").write_bytes(b"")
    inputs = [str(CORPUS / "docs"), str(tmp_path / "bad.txt")]
    local = ingest(inputs, str(tmp_path / "local.duckdb"), jobs=1)
    shards = tmp_path / "shards"
    dask = ingest_dask(inputs, str(tmp_path / "dask.duckdb"), workers=2, shards=str(shards))
    assert (dask.added, dask.errors) == (local.added, local.errors) == (14, 1)
    assert _rows(tmp_path / "local.duckdb") == _rows(tmp_path / "dask.duckdb")
    assert list(shards.rglob("documents/*.parquet"))  # asked-for shards stay, queryable with read_parquet
    again = ingest_dask(inputs, str(tmp_path / "dask.duckdb"), workers=2)
    assert (again.added, again.skipped) == (0, 14)
