"""SQL views over the stored findings (SPEC §8 and the analyst's views), created with the tables.

Example::

    >>> sorted(VIEWS)[:2]
    ['citations', 'cited_documents']
"""

from extract.identity import COPY_TYPE, OWN_ID, own_node_sql  # noqa: F401 (the document's own id: one rule)

# near-duplicate copies (the same bulletin as HTML, DOCX, text or retyped: documents.duplicate_of) stay out of
# every view's counts and sums; the tables keep them
COPIES = "(SELECT doc_id FROM documents WHERE duplicate_of IS NOT NULL)"
# a figure as an analyst reads it: 49.4, 15/16, 95–98 (shares and ratios are listed, never summed)
_NUM = "regexp_replace(CAST({} AS VARCHAR), '\\.0$', '')"
FIGURE = f"""CASE kind WHEN 'ratio' THEN {_NUM.format('numerator')} || '/' || {_NUM.format('denominator')}
                    WHEN 'range' THEN {_NUM.format('low')} || '–' || {_NUM.format('high')}
                    ELSE {_NUM.format('value')} END"""
# what adds up: counts and amounts of money or measure; a rate (%/năm, triệu đồng/người) does not
SUMMED = "kind IN ('count', 'money', 'measure') AND COALESCE(unit, '') NOT LIKE '%/%'"

VIEWS = {
    # reference → reference edges by canonical id; an edge with no source reference starts at the
    # document's own number, else at the document itself
    "ref_relations": f"""
        SELECT l.doc_id, COALESCE(s.canonical_id, {own_node_sql("own", "l.doc_id")}) AS source_canonical_id,
               t.canonical_id AS target_canonical_id, l.relation, l.cue, l.sentence_id
        FROM ref_links l
        JOIN doc_refs t ON t.doc_id = l.doc_id AND t.idx = l.target_idx
        LEFT JOIN doc_refs s ON s.doc_id = l.doc_id AND s.idx = l.source_idx
        LEFT JOIN {OWN_ID} own
               ON own.doc_id = l.doc_id
        WHERE COALESCE(s.canonical_id, {own_node_sql("own", "l.doc_id")}) <> t.canonical_id
          AND l.doc_id NOT IN {COPIES}""",
    # document → cited document, one row per pair, with mention count and the citing date; the relation is
    # the one the document itself states ("Kế hoạch này thực hiện Chỉ thị …": implements), else "cites"
    "citations": f"""
        SELECT r.doc_id AS citing_doc_id, r.canonical_id AS cited_canonical_id,
               COALESCE(any_value(own_rel.relation), 'cites') AS relation,
               count(*) AS mention_count, any_value(d.ref_date) AS citing_date
        FROM doc_refs r JOIN documents d USING (doc_id)
        LEFT JOIN (SELECT rr.doc_id, rr.target_canonical_id, min(rr.relation) AS relation
                   FROM ref_relations rr
                   LEFT JOIN {OWN_ID} o USING (doc_id)
                   WHERE rr.source_canonical_id = {own_node_sql("o", "rr.doc_id")}
                   GROUP BY rr.doc_id, rr.target_canonical_id) own_rel
               ON own_rel.doc_id = r.doc_id AND own_rel.target_canonical_id = r.canonical_id
        WHERE NOT r."self" AND r.canonical_id IS NOT NULL AND d.duplicate_of IS NULL
        GROUP BY r.doc_id, r.canonical_id""",
    # one row per real cited document
    "cited_documents": f"""
        SELECT canonical_id, mode(doc_type) AS doc_type, mode(symbol) AS symbol, mode(issued_date) AS issued_date,
               mode(issuer) AS issuer,
               COALESCE(mode(term), TRY_CAST(regexp_extract(canonical_id, '/k([0-9]+)$', 1) AS INTEGER)) AS term,
               mode(plenum) AS plenum, mode(congress) AS congress,
               mode(subject) AS subject, count(*) FILTER (WHERE NOT "self") AS mention_count,
               count(DISTINCT doc_id) FILTER (WHERE NOT "self") AS citing_documents
        FROM doc_refs WHERE canonical_id IS NOT NULL AND doc_id NOT IN {COPIES} GROUP BY canonical_id""",
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
                           UNION ALL SELECT unnest(p.appointed_to), true) t ON true
        WHERE d.duplicate_of IS NULL""",
    # statistics by the period that governs them; goals ("phấn đấu …") apart from results. Counts and amounts
    # are summed (total); shares, ratios, ranges and rates are never summed: their figures are listed
    "statistics_by_period": f"""
        SELECT period, period_start, period_end, kind, unit, predicate, target, count(*) AS n,
               CASE WHEN {SUMMED} THEN sum(value) END AS total,
               CASE WHEN NOT ({SUMMED}) THEN list({FIGURE} ORDER BY doc_id, idx) END AS figures
        FROM statistics WHERE doc_id NOT IN {COPIES}
        GROUP BY period, period_start, period_end, kind, unit, predicate, target
        ORDER BY period_start NULLS LAST, period, n DESC""",
}
