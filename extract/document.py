"""Analysed documents → resolved, validated records: the step after ``pipeline.analyze``.

``resolve_documents`` gives canonical ids over a set of analysed documents, ``relation_rows``
the reference → reference edges of one of them by canonical id, and ``to_record`` validates one
into the pydantic :class:`schemas.Document` (the JSON line of ``partydocs extract``).

Example::

    >>> from extract.pipeline import analyze
    >>> d = analyze("Kế hoạch số 31-KH/HU thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016.", "a.txt")
    >>> resolve_documents([d]); [(r["relation"], r["target_canonical_id"]) for r in relation_rows(d)]
    [('implements', 'CT/TW/5/k12')]
"""
from __future__ import annotations

from typing import Iterable

from extract import __version__
from extract.identity import own_id, own_node  # noqa: F401 (own_id: part of this step's API)
from schemas import Document

PIPELINE_VERSION = __version__
CATEGORIES = ("doc_refs", "dates", "people", "statistics")


def resolve_documents(docs: Iterable[dict]) -> None:
    """Set ``canonical_id`` on every reference of ``docs`` (in place), over all of them at once."""
    from extract.resolve import resolve_archive

    resolve_archive(list(docs))


def relation_rows(doc: dict) -> list[dict]:
    """Reference → reference edges of one resolved document, by canonical id.

    An edge without a source reference (``Sửa đổi, bổ sung Quy định số 126-QĐ/TW``) starts at
    the document itself: :func:`extract.identity.own_node`.
    """
    rs = doc["doc_refs"]
    own = own_node(doc["doc_id"], rs)
    rows = []
    for ln in doc["links"]:
        src = rs[ln["source"]]["canonical_id"] if ln.get("source") is not None else own
        dst = rs[ln["target"]]["canonical_id"]
        if src and dst and src != dst:
            sid = rs[ln["target"]].get("sentence_id")
            rows.append({"doc_id": doc["doc_id"], "source_canonical_id": src, "target_canonical_id": dst,
                         "relation": ln["relation"], "cue": ln.get("cue"), "sentence_id": sid})
    return rows


def to_record(doc: dict) -> Document:
    """Validate one analysed (and resolved) document into its pydantic record."""
    rec = Document(doc_id=doc["doc_id"], source=doc["source"], metadata=doc["metadata"],
                   **{c: doc[c] for c in CATEGORIES}, ref_relations=relation_rows(doc))
    rec.check_offsets(doc["text"])
    return rec
