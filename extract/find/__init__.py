"""Finders: pure functions from the NFC document text to plain-dict records.

Every finder takes the normalised text (``extract.normalize.normalize_text``) and
returns a list of dicts whose keys are the fields of the matching model in
``schemas.records`` (``start``/``end``/``text`` always, ``text == doc[start:end]``).
Dicts, not models, keep the hot path cheap; ``extract.pipeline`` validates them
into pydantic records at the boundary.

Order of calls (each may use what the earlier ones found)::

    ref = dates.reference_date(text)             # RefDate: the document's own date / year
    ds  = dates.find_dates(text, ref)            # SPEC §3
    rs  = refs.find_doc_refs(text, ds, ref)      # SPEC §2 (canonical_id left None)
    ps  = people.find_people(text)               # SPEC §4
    ss  = stats.find_statistics(text, ds, rs, ps)  # SPEC §5
    md  = metadata.find_metadata(text, ds, rs, ps, ref)  # SPEC §6
"""
