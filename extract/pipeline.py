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
from extract.document import CATEGORIES, PIPELINE_VERSION, own_id, relation_rows, resolve_documents, to_record  # noqa: F401
from extract.find import dates, metadata, people, refs, stats
from extract.find.people_roles import trailer_start
from extract.segment import SentenceIndex, segment_words, split_sentences


def doc_id_of(text: str) -> str:
    """Content hash of the normalised text: the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def _outside(findings: list[dict], spans: list[dict]) -> list[dict]:
    """``findings`` that are not inside one of ``spans`` (both sorted by start): one linear pass."""
    out, j, reach = [], 0, -1
    spans = sorted(spans, key=lambda s: s["start"])
    for f in sorted(findings, key=lambda f: f["start"]):
        while j < len(spans) and spans[j]["start"] <= f["start"]:
            reach = max(reach, spans[j]["end"])
            j += 1
        if f["end"] > reach:
            out.append(f)
    return out


def analyze(text: str, source: str, *, words: bool = False) -> dict:
    """All findings of one document as plain dicts, each with its ``sentence_id``."""
    sentences = split_sentences(text)
    ref = dates.reference_date(text)
    ds = dates.find_dates(text, ref)
    rs = refs.find_doc_refs(text, ds, ref)
    ds = _outside(ds, rs)  # a date inside a reference span is its attribute
    ps = people.find_people(text)
    ss = stats.find_statistics(text, ds, rs, ps)
    md = metadata.find_metadata(text, ds, rs, ps, ref)
    end = trailer_start(text)  # a web page's "Tin liên quan" list names other articles' findings
    if end < len(text):
        rs, ds, ps, ss = ([f for f in cat if f["start"] < end] for cat in (rs, ds, ps, ss))
    links = link.find_ref_relations(text, rs, [(s.start, s.end) for s in sentences])
    index = SentenceIndex(sentences)
    for cat in (rs, ds, ps, ss):
        for f in cat:
            f["sentence_id"] = index.of(f["start"])
    doc_id = doc_id_of(text)
    sent_rows = [{"doc_id": doc_id, "sentence_id": s.sentence_id, "paragraph": s.paragraph, "start": s.start,
                  "end": s.end, "text": s.text, "words": segment_words(s.text) if words else None}
                 for s in sentences]
    return {"doc_id": doc_id, "source": source, "text": text, "metadata": md,
            "ref_date": md.get("issued_date") or ref.date, "ref_year": ref.year,
            "doc_refs": rs, "dates": ds, "people": ps, "statistics": ss, "links": links,
            "sentences": sent_rows}
