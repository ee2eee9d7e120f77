"""SQL views over the stored findings (SPEC §8 and the analyst's views), created with the tables.

Example::

    >>> sorted(VIEWS)[:2]
    ['citations', 'cited_documents']
"""

# A copy (SAO Y BẢN CHÍNH, SAO LỤC, BẢN SAO) holds two numbers of its own: the original's ("Số 52-TB/HU") and the
# copy's ("Số 12-SY/VPHU"). The document is the original: citations of 52-TB/HU reach it. The copy's number
# stays a reference of its own. So a document's identity is its first own number that is no copy's, else its
# first own number, else the document itself.
COPY_TYPE = "Bản sao"
OWN_ID = f"""(SELECT doc_id, arg_min(canonical_id, (doc_type IS NOT DISTINCT FROM '{COPY_TYPE}', idx)) AS canonical_id
        FROM doc_refs WHERE "self" AND canonical_id IS NOT NULL GROUP BY doc_id)"""

VIEWS = {
    # reference → reference edges by canonical id; an edge with no source reference starts at the
    # document's own number, else at the document itself
    "ref_relations": f"""
        SELECT l.doc_id, COALESCE(s.canonical_id, own.canonical_id, 'doc:' || l.doc_id) AS source_canonical_id,
               t.canonical_id AS target_canonical_id, l.relation, l.cue, l.sentence_id
        FROM ref_links l
        JOIN doc_refs t ON t.doc_id = l.doc_id AND t.idx = l.target_idx
        LEFT JOIN doc_refs s ON s.doc_id = l.doc_id AND s.idx = l.source_idx
        LEFT JOIN {OWN_ID} own
               ON own.doc_id = l.doc_id
        WHERE COALESCE(s.canonical_id, own.canonical_id, 'doc:' || l.doc_id) <> t.canonical_id""",
    # document → cited document, one row per pair, with mention count and the citing date; the relation is
    # the one the document itself states ("Kế hoạch này thực hiện Chỉ thị …": implements), else "cites"
    "citations": """
        SELECT r.doc_id AS citing_doc_id, r.canonical_id AS cited_canonical_id,
               COALESCE(any_value(own_rel.relation), 'cites') AS relation,
               count(*) AS mention_count, any_value(d.ref_date) AS citing_date
        FROM doc_refs r JOIN documents d USING (doc_id)
        LEFT JOIN (SELECT rr.doc_id, rr.target_canonical_id, min(rr.relation) AS relation
                   FROM ref_relations rr
                   LEFT JOIN (SELECT doc_id, min(canonical_id) AS own FROM doc_refs WHERE "self" GROUP BY doc_id) o
                          USING (doc_id)
                   WHERE rr.source_canonical_id = COALESCE(o.own, 'doc:' || rr.doc_id)
                   GROUP BY rr.doc_id, rr.target_canonical_id) own_rel
               ON own_rel.doc_id = r.doc_id AND own_rel.target_canonical_id = r.canonical_id
        WHERE NOT r."self" AND r.canonical_id IS NOT NULL
        GROUP BY r.doc_id, r.canonical_id""",
    # one row per real cited document
    "cited_documents": """
        SELECT canonical_id, mode(doc_type) AS doc_type, mode(symbol) AS symbol, mode(issued_date) AS issued_date,
               mode(issuer) AS issuer,
               COALESCE(mode(term), TRY_CAST(regexp_extract(canonical_id, '/k([0-9]+)$', 1) AS INTEGER)) AS term,
               mode(plenum) AS plenum, mode(congress) AS congress,
               mode(subject) AS subject, count(*) FILTER (WHERE NOT "self") AS mention_count,
               count(DISTINCT doc_id) FILTER (WHERE NOT "self") AS citing_documents
        FROM doc_refs WHERE canonical_id IS NOT NULL GROUP BY canonical_id""",
    # most cited documents per year of the citing document
    "most_cited": """
        SELECT year(c.citing_date) AS period, c.cited_canonical_id, cd.doc_type, cd.symbol, cd.subject,
               sum(c.mention_count) AS mentions, count(*) AS citing_documents
        FROM citations c LEFT JOIN cited_documents cd ON cd.canonical_id = c.cited_canonical_id
        GROUP BY ALL ORDER BY period, mentions DESC""",
    # every post a person was seen holding, with the document and its date; a post an appointment gives
    # ("được bầu giữ chức …": people.appointed_to) is a row with appointed true, dated by the document
    "persons": """
        SELECT p.name, t.title, p.role, p.doc_id, p.person_id, d.ref_date AS seen_on, d.source,
               COALESCE(t.appointed, false) AS appointed
        FROM people p JOIN documents d USING (doc_id)
        LEFT JOIN LATERAL (SELECT unnest(p.titles) AS title, false AS appointed
                           UNION ALL SELECT unnest(p.appointed_to), true) t ON true""",
    # statistics summed by the period that governs them; goals ("phấn đấu …") apart from results
    "statistics_by_period": """
        SELECT period, period_start, period_end, kind, unit, predicate, target, count(*) AS n, sum(value) AS total
        FROM statistics GROUP BY ALL ORDER BY period_start NULLS LAST, period, n DESC""",
}
