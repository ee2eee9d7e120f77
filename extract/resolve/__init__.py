"""Canonical ids over a whole archive (SPEC §2): one id per real document, different ids for different ones.

Central (TW) numbering restarts with every term of the Central Committee, local
numbering with every local congress, so an id is ``<type>/<issuer>/<number>/<term>``:
``KL/TW/12/k13`` is Kết luận 12-KL/TW of the XIII term. A mention with neither date
nor term joins the latest document with that symbol known in the archive that is
not newer than the citing document; when nothing is known, the id says so (``k?``).

- :mod:`extract.resolve.ids`: what one mention decides alone (type codes, terms, State and named ids);
- :mod:`extract.resolve.evidence`: subjects and central bodies, evidence of which document is meant;
- :mod:`extract.resolve.resolver`: the two passes over the archive (:class:`Resolver`, rows as :class:`RefRow`).

Example::

    >>> docs = [{"doc_id": "a", "ref_date": "2022-03-01", "doc_refs": [
    ...     {"symbol": "12-KL/TW", "type_code": "KL", "issuer_code": "TW", "number": "12", "issued_date": "2021-07-06"},
    ...     {"symbol": "12-KL/TW", "type_code": "KL", "issuer_code": "TW", "number": "12", "issued_date": None}]}]
    >>> resolve_archive(docs); [r["canonical_id"] for r in docs[0]["doc_refs"]]
    ['KL/TW/12/k13', 'KL/TW/12/k13']
"""
from __future__ import annotations

from extract.identity import citing_date
from extract.resolve.ids import RefKey, law_name, term_of  # noqa: F401
from extract.resolve.resolver import FIELDS, RefRow, Resolver  # noqa: F401


def resolve_archive(docs: list[dict]) -> None:
    """Set ``canonical_id`` on every reference dict of ``docs`` (in place).

    Each doc: ``{"doc_id", "ref_date" (ISO or None), "ref_year" (int or None), "doc_refs": [...]}``; it cites
    at :func:`extract.identity.citing_date`.
    """
    res = Resolver()
    rows = [[RefRow.of(r) for r in d["doc_refs"]] for d in docs]
    for doc_rows in rows:
        for row in doc_rows:
            res.learn(row)
    for d, doc_rows in zip(docs, rows):
        ids = res.document_ids(doc_rows, citing_date(d.get("ref_date"), d.get("ref_year")))
        for r, cid in zip(d["doc_refs"], ids):
            r["canonical_id"] = cid
