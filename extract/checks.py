"""The contract, checked on a chunk's Arrow tables at once: the batch path's stand-in for pydantic records.

``partydocs extract`` and the tests validate every document into the pydantic records of
``schemas.records``. A batch worker only needs to know that its rows keep that contract, so it checks
the Arrow tables it has built anyway, column by column with ``pyarrow.compute``: required fields set,
closed sets (kinds, roles, relations) and number bounds read from the models, ISO dates, date values
shaped by their kind, spans inside their document's text, and the models' own cross-field rules
(``_value_shape``, ``_shape``). A worker hands its tables back unchecked; the writer checks each batch of
500 documents at once (:func:`refuse_breaches`), where a check costs little per row.

Example::

    >>> from extract.store import arrow_table
    >>> t = {"documents": arrow_table("documents", [{"doc_id": "a", "source": "a.txt", "text": "Năm 2021"}]),
    ...      "dates": arrow_table("dates", [{"doc_id": "a", "idx": 0, "start": 4, "end": 8, "text": "2021",
    ...                                      "kind": "week", "value": "2021"}])}
    >>> bad_documents(t)
    {'a': "dates[0]: kind 'week' is not one of date, datetime, month, quarter, half, period, year, range, duration"}
"""
from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from typing import Iterator, Literal, Optional, get_args, get_origin

import pyarrow as pa
import pyarrow.compute as pc

from extract.document import CATEGORIES
from schemas.ddl import DATE_FIELDS, TABLES
from schemas.records import DATE_VALUE, Relation

ISO = r"^\d{4}-\d{2}-\d{2}$"
Problem = tuple[str, str]  # (doc_id, what is wrong)


def bad_documents(tables: dict[str, pa.Table]) -> dict[str, str]:
    """doc_id → the first breach of the contract in its rows; empty when every row keeps it."""
    out: dict[str, str] = {}
    for check in (_required, _closed, _bounds, _iso_dates, _date_shapes, _stat_shapes, _relations, _spans):
        for doc_id, message in check(tables):
            out.setdefault(doc_id, message)
    return out


@functools.cache
def _fields(table: str) -> dict:
    """The model fields of a table (name → pydantic FieldInfo); none for tables without a model."""
    model = TABLES[table][0]
    models = model if isinstance(model, tuple) else (model,) if model is not None else ()
    return {n: f for m in models for n, f in m.model_fields.items()}


def _literal(annotation):
    """The values of a ``Literal`` annotation (``Optional`` too), else None."""
    if get_origin(annotation) is Literal:
        return get_args(annotation)
    if get_origin(annotation) in (typing.Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        return _literal(inner[0]) if len(inner) == 1 else None
    return None


def _rows(table: str, t: pa.Table, mask: pa.ChunkedArray, what) -> Iterator[Problem]:
    """The rows where ``mask`` holds, each as (doc_id, message); ``what(row)`` words the message."""
    mask = pc.fill_null(mask, False)
    if not pc.any(mask).as_py():
        return
    for pos, row in zip(pc.indices_nonzero(mask).to_pylist(), t.filter(mask).to_pylist()):
        yield row["doc_id"], f"{table}[{row.get('idx', pos)}]: {what(row)}"


def _tables(tables: dict[str, pa.Table]) -> Iterator[tuple[str, pa.Table]]:
    for name in (*CATEGORIES, "documents"):
        t = tables.get(name)
        if t is not None and t.num_rows:
            yield name, t


def _required(tables) -> Iterator[Problem]:
    for name, t in _tables(tables):
        for field, info in _fields(name).items():
            if info.is_required() and field in t.column_names:
                yield from _rows(name, t, pc.is_null(t[field]), lambda r, f=field: f"{f} is missing")


def _closed(tables) -> Iterator[Problem]:
    for name, t in _tables(tables):
        for field, info in _fields(name).items():
            values = _literal(info.annotation)
            if values and field in t.column_names:
                mask = pc.and_(pc.is_valid(t[field]), pc.invert(pc.is_in(t[field], value_set=pa.array(values))))
                yield from _rows(name, t, mask, lambda r, f=field, v=values: f"{f} {r[f]!r} is not one of "
                                                                             f"{', '.join(v)}")


def _bounds(tables) -> Iterator[Problem]:
    for name, t in _tables(tables):
        for field, info in _fields(name).items():
            for rule in info.metadata:
                for attr, compare, word in (("ge", pc.less, "below"), ("le", pc.greater, "above")):
                    if getattr(rule, attr, None) is not None and field in t.column_names:
                        bound = getattr(rule, attr)
                        yield from _rows(name, t, compare(t[field], bound),
                                         lambda r, f=field, b=bound, w=word: f"{f} {r[f]} is {w} {b}")


def _iso_dates(tables) -> Iterator[Problem]:
    for name, t in _tables(tables):
        for field in DATE_FIELDS & set(t.column_names):
            col = t[field].cast(pa.string())
            bad = pc.invert(pc.and_(pc.match_substring_regex(col, ISO), pc.greater_equal(col, "0001")))
            try:
                pc.cast(pc.if_else(bad, None, col), pa.date32())  # Arrow refuses a day that does not exist …
            except pa.ArrowInvalid:  # … (2021-02-31) without saying which: found value by value
                bad = pc.or_kleene(bad, pa.array([not _real_day(v) for v in col.to_pylist()]))
            mask = pc.and_(pc.is_valid(col), bad)
            yield from _rows(name, t, mask, lambda r, f=field: f"{f} {r[f]!r} is not an ISO date")


def _real_day(value) -> bool:
    try:
        return value is None or bool(dt.date.fromisoformat(value))
    except ValueError:
        return False


def _date_shapes(tables) -> Iterator[Problem]:
    """``DateMention._value_shape``: the value shaped by its kind, both ends or none, in order."""
    t = tables.get("dates")
    if t is None or not t.num_rows:
        return
    for kind, pattern in DATE_VALUE.items():
        mask = pc.and_(pc.equal(t["kind"], kind), pc.invert(pc.match_substring_regex(t["value"], pattern.pattern)))
        yield from _rows("dates", t, mask, lambda r: f"value {r['value']!r} is not a {r['kind']}")
    one = pc.not_equal(pc.is_null(t["start_date"]), pc.is_null(t["end_date"]))
    yield from _rows("dates", t, one, lambda r: "start_date and end_date are both set or both null")
    yield from _rows("dates", t, pc.greater(t["start_date"], t["end_date"]),
                     lambda r: f"interval {r['start_date']}..{r['end_date']} is inverted")


# ``Statistic._shape``: what each kind needs
_NEEDS = {"ratio": ("numerator", "denominator"), "range": ("low", "high"), "count": ("value",),
          "percent": ("value",), "money": ("value",), "measure": ("value",)}


def _stat_shapes(tables) -> Iterator[Problem]:
    t = tables.get("statistics")
    if t is None or not t.num_rows:
        return
    for kind, fields in _NEEDS.items():
        for f in fields:
            mask = pc.and_(pc.equal(t["kind"], kind), pc.is_null(t[f]))
            yield from _rows("statistics", t, mask, lambda r, f=f: f"a {r['kind']} needs {f}")


def _relations(tables) -> Iterator[Problem]:
    t = tables.get("ref_links")
    if t is None or not t.num_rows:
        return
    values = get_args(Relation)
    mask = pc.invert(pc.fill_null(pc.is_in(t["relation"], value_set=pa.array(values)), False))
    yield from _rows("ref_links", t, mask, lambda r: f"relation {r['relation']!r} is not one of {', '.join(values)}")


def _spans(tables) -> Iterator[Problem]:
    """Every finding inside its document's text, its ``text`` as long as its span. (That the text is the
    document's slice holds by construction, every span being a match's; ``extract`` and the tests check it.)"""
    docs = tables.get("documents")
    if docs is None or not docs.num_rows:
        return
    lengths = pc.utf8_length(docs["text"])
    for name in CATEGORIES:
        t = tables.get(name)
        if t is None or not t.num_rows:
            continue
        size = pc.take(lengths, pc.index_in(t["doc_id"], value_set=docs["doc_id"]))
        start, end = t["start"], t["end"]
        outside = pc.or_kleene(pc.or_kleene(pc.less(start, 0), pc.less_equal(end, start)), pc.greater(end, size))
        wrong = pc.not_equal(pc.subtract(end, start), pc.utf8_length(t["text"]))
        yield from _rows(name, t, pc.or_kleene(outside, wrong),
                         lambda r: f"span {r['start']}..{r['end']} does not fit text {r['text']!r}")


_TYPING = (pa.ArrowException, TypeError, ValueError, OverflowError)


def typed_tables(docs: list[dict], now, hashes: Optional[dict] = None) -> tuple[dict[str, pa.Table], dict[str, str]]:
    """``store.doc_tables`` of ``docs``; a document whose rows Arrow cannot type (text in a number field) is
    left out and named (doc_id → message), found by building the tables one document at a time."""
    from extract.store import doc_tables

    try:
        return doc_tables(docs, now, hashes), {}
    except _TYPING:
        bad = {}
        for d in docs:
            try:
                doc_tables([d], now, hashes)
            except _TYPING as e:
                bad[d["doc_id"]] = " ".join(f"{type(e).__name__}: {e}".split())[:300]
        return doc_tables([d for d in docs if d["doc_id"] not in bad], now, hashes), bad


def without(tables: dict[str, pa.Table], doc_ids) -> dict[str, pa.Table]:
    """``tables`` without the rows of ``doc_ids``."""
    drop = pa.array(sorted(doc_ids), pa.string())
    return {n: t.filter(pc.invert(pc.is_in(t["doc_id"], value_set=drop))) for n, t in tables.items()}


def refuse_breaches(parts: list[dict[str, pa.Table]]) -> tuple[list[dict[str, pa.Table]], list[dict]]:
    """A writer's batch (parts of :func:`typed_tables`) checked at once: the parts without the documents that
    break the contract, and one error per such document (``source``, ``stage``, ``message``, and
    ``counts``: its findings per category, which a summary had counted)."""
    if not parts:
        return parts, []
    bad = bad_documents({n: pa.concat_tables([p[n] for p in parts]) for n in parts[0]})
    if not bad:
        return parts, []
    refused = []
    for p in parts:
        docs = p["documents"]
        for doc_id, source in zip(docs["doc_id"].to_pylist(), docs["source"].to_pylist()):
            if doc_id in bad:
                counts = {c: pc.sum(pc.equal(p[c]["doc_id"], doc_id)).as_py() or 0 for c in CATEGORIES}
                refused.append({"source": source, "stage": "extract", "message": bad[doc_id], "counts": counts})
    return [without(p, bad) for p in parts], refused


def checked_tables(docs: list[dict], now) -> tuple[dict[str, pa.Table], dict[str, str]]:
    """:func:`typed_tables` and :func:`bad_documents` at once, for a worker that holds many documents (a Dask
    partition): the tables without the documents that break the contract, and those (doc_id → message)."""
    tables, bad = typed_tables(docs, now)
    breaches = bad_documents(tables)
    return (without(tables, breaches) if breaches else tables), {**bad, **breaches}
