"""Pydantic records of partydocs (SPEC §7/§8); the DuckDB DDL is derived from them in ``schemas.ddl``."""
from schemas.records import (  # noqa: F401
    CitationEdge, DateMention, DocRef, Document, IngestError, Metadata, PersonMention,
    RefRelation, Sentence, Statistic,
)
