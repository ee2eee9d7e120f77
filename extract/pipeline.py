"""One way through: NFC text → sentences → findings → linked, resolved records.

``analyze`` runs every finder on one document and returns plain dicts (cheap,
picklable: the batch workers call it); ``resolve_documents`` gives canonical ids
over a whole set of documents; ``to_record`` validates one analysed document
into the pydantic :class:`schemas.Document` at the boundary.

Example::

    >>> d = analyze("Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.", "a.txt")
    >>> d["doc_refs"][0]["symbol"], d["dates"][0]["value"]
    ('05-CT/TW', '2016-05-15')
"""
from __future__ import annotations

import hashlib
from typing import Iterable

from extract import __version__, link, resolve
from extract.context import DocContext
from extract.find import CATEGORIES, FINDERS
from extract.segment import SentenceIndex, segment_words
from extract.views import COPY_TYPE
from schemas import Document

PIPELINE_VERSION = __version__


def doc_id_of(text: str) -> str:
    """Content hash of the normalised text: the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def analyze(text: str, source: str, *, words: bool = False) -> dict:
    """All findings of one document as plain dicts, each with its ``sentence_id``: every finder of
    :data:`extract.find.FINDERS` run on one :class:`~extract.context.DocContext`."""
    ctx = DocContext(text)
    found = {f.name: ctx.kept(f.name) if f.spans else ctx.found(f.name) for f in FINDERS}
    sentences = ctx.sentences
    links = link.find_ref_relations(text, found["doc_refs"], [(s.start, s.end) for s in sentences])
    index = SentenceIndex(sentences)
    for cat in CATEGORIES:
        for f in found[cat]:
            f["sentence_id"] = index.of(f["start"])
    doc_id = doc_id_of(text)
    sent_rows = [{"doc_id": doc_id, "sentence_id": s.sentence_id, "paragraph": s.paragraph, "start": s.start,
                  "end": s.end, "text": s.text, "words": segment_words(s.text) if words else None}
                 for s in sentences]
    return {"doc_id": doc_id, "source": source, "text": text, "metadata": found["metadata"][0],
            "ref_date": ctx.citing_date, "ref_year": ctx.citing_year,
            **{cat: found[cat] for cat in CATEGORIES}, "links": links, "sentences": sent_rows}


def resolve_documents(docs: Iterable[dict]) -> None:
    """Set ``canonical_id`` on every reference of ``docs`` (in place), over all of them at once."""
    resolve.resolve_archive([{"doc_id": d["doc_id"], "ref_date": d.get("ref_date"),
                              "ref_year": d.get("ref_year"), "doc_refs": d["doc_refs"]} for d in docs])


def own_id(refs: list[dict]) -> str | None:
    """The canonical id of the document's own number: the first one that is no copy's (``Số 52-TB/HU`` above
    ``SAO Y BẢN CHÍNH … Số 12-SY/VPHU``), else the first one; the rule of ``views.OWN_ID``."""
    own = [r for r in refs if r.get("self") and r.get("canonical_id")]
    return min(own, key=lambda r: r.get("doc_type") == COPY_TYPE)["canonical_id"] if own else None


def relation_rows(doc: dict) -> list[dict]:
    """Reference → reference edges of one resolved document, by canonical id.

    An edge without a source reference (``Sửa đổi, bổ sung Quy định số 126-QĐ/TW``) starts at
    the document itself: its own number's id when it has one (a copy's: the original's, see
    ``views.OWN_ID``), else ``doc:<doc_id>``.
    """
    rs = doc["doc_refs"]
    own = own_id(rs) or f"doc:{doc['doc_id']}"
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
