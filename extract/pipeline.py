"""One way through: NFC text → sentences → findings → linked records.

``analyze`` runs every finder on one document and returns plain dicts (cheap,
picklable: the batch workers call it); ``extract.document`` resolves them over a
set of documents and validates each into the pydantic :class:`schemas.Document`
(``resolve_documents``, ``to_record``, importable from here too).

Example::

    >>> d = analyze("Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.", "a.txt")
    >>> d["doc_refs"][0]["symbol"], d["dates"][0]["value"]
    ('05-CT/TW', '2016-05-15')
"""
from __future__ import annotations

import hashlib

from extract import link
from extract.context import DocContext
from extract.document import PIPELINE_VERSION, own_id, relation_rows, resolve_documents, to_record  # noqa: F401
from extract.find import CATEGORIES, FINDERS
from extract.segment import SentenceIndex, segment_words


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
