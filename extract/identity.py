"""Two rules about the citing document itself, stated once: its own id and the date it cites at.

*Own id.* A copy (``SAO Y BẢN CHÍNH``, ``SAO LỤC``, ``BẢN SAO``) holds two numbers of its own: the
original's (``Số 52-TB/HU``) and the copy's (``Số 12-SY/VPHU``). The document is the original, so citations
of 52-TB/HU reach it; the copy's number stays a reference of its own. A document's identity is its first own
number that is no copy's, else its first own number, else the document itself (``doc:<doc_id>``).
:func:`own_id` says it in Python, :data:`OWN_ID` in SQL, both from one ranking (:data:`OWN_RANK`); a test
checks that they agree on every document of the corpus.

*Citing date.* A document cites at its own date (issued date, else dateline), else at the last day of the year
it reports on; :func:`citing_date` is what ``documents.ref_date`` holds and what resolution reads.

Example::

    >>> own_id([{"self": True, "doc_type": "Bản sao", "canonical_id": "SY/VPHU/12/t2020"},
    ...         {"self": True, "doc_type": "Thông báo", "canonical_id": "TB/HU/52/t2020"}])
    'TB/HU/52/t2020'
    >>> citing_date(None, 2018), citing_date("2022-03-01", 2022)
    ('2018-12-31', '2022-03-01')
"""
from __future__ import annotations

from typing import Optional

COPY_TYPE = "Bản sao"  # the doc_type of a copy's own number (doc_types.yaml: codes BS, SY)

# the ranking of a document's own numbers, lowest first: no copy's before a copy's, then in text order
OWN_RANK = (("doc_type IS NOT DISTINCT FROM '" + COPY_TYPE + "'", lambda r, idx: r.get("doc_type") == COPY_TYPE),
            ("idx", lambda r, idx: idx))

# doc_id → the canonical id of its own number (documents without one have no row)
OWN_ID = f"""(SELECT doc_id, arg_min(canonical_id, ({', '.join(sql for sql, _ in OWN_RANK)})) AS canonical_id
        FROM doc_refs WHERE "self" AND canonical_id IS NOT NULL GROUP BY doc_id)"""



def own_node_sql(own: str, doc_id: str) -> str:
    """:func:`own_node` in SQL, over a join of :data:`OWN_ID` as ``own`` and a ``doc_id`` column."""
    return f"COALESCE({own}.canonical_id, 'doc:' || {doc_id})"


def own_id(refs: list[dict]) -> Optional[str]:
    """The canonical id of the document's own number (see the module): ``Số 52-TB/HU`` above ``SAO Y BẢN
    CHÍNH … Số 12-SY/VPHU`` → the id of 52-TB/HU; None without an own number."""
    own = [(tuple(rank(r, i) for _, rank in OWN_RANK), r["canonical_id"])
           for i, r in enumerate(refs) if r.get("self") and r.get("canonical_id")]
    return min(own)[1] if own else None


def own_node(doc_id: str, refs: list[dict]) -> str:
    """The document as a node of the citation graph: its own id, else ``doc:<doc_id>``."""
    return own_id(refs) or f"doc:{doc_id}"


def citing_date(ref_date: Optional[str], ref_year: Optional[int]) -> Optional[str]:
    """The date a document cites at (ISO): its own date, else the last day of the year it reports on."""
    return ref_date or (f"{ref_year}-12-31" if ref_year else None)
