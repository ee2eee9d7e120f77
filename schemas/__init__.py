"""Pydantic records of partydocs; the DuckDB DDL is derived from them in ``schemas.ddl``, and both are listed in
``schemas/README.md`` (generated: ``python -m extract.contract``)."""
from schemas.records import (  # noqa: F401
    CitationEdge, DateMention, DocRef, Document, IngestError, Metadata, PersonMention,
    RefRelation, Sentence, Statistic,
)
