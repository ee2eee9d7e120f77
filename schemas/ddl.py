"""DuckDB tables and Arrow schemas derived from the records, so a field is declared once.

Example::

    >>> columns("dates")[:3]
    [('doc_id', 'VARCHAR'), ('idx', 'INTEGER'), ('start', 'INTEGER')]
"""
from __future__ import annotations

import functools

import types
import typing
from typing import Literal, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from schemas.records import CopyOf, DateMention, DocRef, IngestError, Metadata, PersonMention, Sentence, Statistic

DATE_FIELDS = {"issued_date", "start_date", "end_date", "period_start", "period_end"}  # ISO strings in JSON, DATE in SQL

# table → (record model(s), leading columns, trailing columns, fields left out)
TABLES: dict[str, tuple[type[BaseModel] | tuple | None, list[tuple[str, str]], list[tuple[str, str]], set[str]]] = {
    "documents": ((Metadata, CopyOf), [("doc_id", "VARCHAR"), ("source", "VARCHAR"), ("text", "VARCHAR")],
                  [("ref_date", "DATE"), ("ingested_at", "TIMESTAMP"), ("pipeline_version", "VARCHAR")], set()),
    "sentences": (Sentence, [], [], set()),
    "doc_refs": (DocRef, [("doc_id", "VARCHAR"), ("idx", "INTEGER")], [], set()),
    "dates": (DateMention, [("doc_id", "VARCHAR"), ("idx", "INTEGER")], [], set()),
    "people": (PersonMention, [("doc_id", "VARCHAR"), ("idx", "INTEGER")], [], set()),
    "statistics": (Statistic, [("doc_id", "VARCHAR"), ("idx", "INTEGER")], [], set()),
    "ref_links": (None, [("doc_id", "VARCHAR"), ("source_idx", "INTEGER"), ("target_idx", "INTEGER"),
                         ("relation", "VARCHAR"), ("cue", "VARCHAR"), ("sentence_id", "INTEGER")], [], set()),
    "errors": (IngestError, [], [("at", "TIMESTAMP")], set()),
    # near-duplicate detection (extract/dedupe.py): a document's MinHash signature, and its LSH index (one
    # row per band)
    "minhash": (None, [("doc_id", "VARCHAR"), ("signature", "BLOB")], [], set()),
    "minhash_bands": (None, [("key", "BIGINT"), ("doc_id", "VARCHAR")], [], set()),
}
# what identifies a row of each table
ROW_KEYS = {"documents": ("doc_id",), "sentences": ("doc_id", "sentence_id"), "doc_refs": ("doc_id", "idx"),
            "dates": ("doc_id", "idx"), "people": ("doc_id", "idx"), "statistics": ("doc_id", "idx"),
            "errors": ("source", "stage")}
# keys DuckDB enforces; child rows are kept unique by the writer (it stores a document's rows once, in
# one transaction), since an index on them would hold every row of the archive in memory
PRIMARY_KEYS = {t: ROW_KEYS[t] for t in ("documents", "errors")}

_SQL = {str: "VARCHAR", int: "INTEGER", float: "DOUBLE", bool: "BOOLEAN"}
_ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "BLOB": pa.binary(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
          "DATE": pa.string(), "TIMESTAMP": pa.timestamp("us"), "VARCHAR[]": pa.list_(pa.string())}


def _sql_type(name: str, annotation) -> str:
    if name in DATE_FIELDS:
        return "DATE"
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        return _sql_type(name, inner[0])
    if origin is Literal:
        return "VARCHAR"
    if origin is list:
        return "VARCHAR[]"
    return _SQL[annotation]


def columns(table: str) -> list[tuple[str, str]]:
    """Column names and DuckDB types of ``table``, in order."""
    model, front, back, skip = TABLES[table]
    models = model if isinstance(model, tuple) else (model,) if model is not None else ()
    fields = [(n, _sql_type(n, f.annotation)) for m in models for n, f in m.model_fields.items() if n not in skip]
    return front + fields + back


def create_table_sql(table: str) -> str:
    """``CREATE TABLE IF NOT EXISTS …`` for one table."""
    cols = ", ".join(f'"{n}" {t}' for n, t in columns(table))
    pk = PRIMARY_KEYS.get(table)
    key = f", PRIMARY KEY ({', '.join(pk)})" if pk else ""
    return f'CREATE TABLE IF NOT EXISTS "{table}" ({cols}{key})'


@functools.cache
def arrow_schema(table: str) -> pa.Schema:
    """Arrow schema matching ``columns(table)``; dates travel as ISO strings."""
    return pa.schema([(n, _ARROW[t]) for n, t in columns(table)])


