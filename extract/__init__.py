"""partydocs: facts from Vietnamese Party documents (references, dates, people, statistics) into DuckDB.

The library API, which the ``partydocs`` command is a thin layer over (the records are the pydantic
models of ``schemas``, their JSON Schema and the database tables in ``schemas/README.md``)::

    analyze(text, source=None) -> Document          one text, references resolved within it
    extract_files(paths) -> Iterator[Document]       files, folders, archives; resolved across the call
    ingest(paths, db, jobs=None) -> Summary          into a DuckDB database; resolved across the archive
    connect(db, read_only=True)                      a DuckDB connection to a partydocs database

``import extract`` is cheap: each function imports what it needs when called.

Example::

    >>> doc = analyze("Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.")
    >>> [(r.symbol, r.canonical_id) for r in doc.doc_refs], [d.value for d in doc.dates]
    ([('05-CT/TW', 'CT/TW/5/k12')], ['2016-05-15'])
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional

__version__ = "0.1.0"
__all__ = ["analyze", "extract_files", "ingest", "connect", "normalized", "Document", "Summary", "PartydocsError"]

if TYPE_CHECKING:
    import duckdb

    from extract.batch import Summary
    from extract.errors import InputError, PartydocsError
    from schemas import Document


def normalized(text: str) -> str:
    """The text every offset refers to: line breaks as ``\\n``, NFC, the look-alike ``Ð`` read as ``Đ``
    (what intake does to a file's text; ``analyze`` does it to the text it is given)."""
    from extract.normalize import normalize_text

    return normalize_text(text.replace("\r\n", "\n").replace("\r", "\n"))


def analyze(text: str, source: Optional[str] = None) -> "Document":
    """Every finding of one text as a :class:`schemas.Document`, its references resolved within the text.

    Offsets refer to ``normalized(text)`` (the text itself when it is already NFC with ``\\n`` line breaks);
    ``source`` is stored as given (default ``<text>``).
    """
    from extract.document import resolve_documents, to_record
    from extract.pipeline import analyze as run

    doc = run(normalized(text), source or "<text>")
    resolve_documents([doc])
    return to_record(doc)


def extract_files(paths: Iterable[str], *, words: bool = False,
                  on_error: Optional[Callable[["InputError"], None]] = None, all_files: bool = False,
                  on_skip: Optional[Callable[[str, str], None]] = None,
                  on_warning: Optional[Callable[[dict], None]] = None) -> Iterator["Document"]:
    """The findings of every document under ``paths`` (files, folders, zip/tar archives), references
    resolved across all of them: the records of ``partydocs extract``, in the order read.

    An input that cannot be read or decoded is passed to ``on_error`` and skipped; without ``on_error``
    its :class:`extract.errors.InputError` is raised. Every document is analysed before the first is
    yielded (resolution needs them all); ``words`` adds underthesea word segmentation to the sentences.
    Folders give their document kinds only (``all_files``: every file); ``on_skip(source, why)`` hears of
    each input left out on purpose, ``on_warning(row)`` of each document read with bytes replaced (no
    finding touches a replaced byte).
    """
    from extract.batch import without_damage
    from extract.document import resolve_documents, to_record
    from extract.errors import InputError
    from extract.io import iter_inputs, read_raw
    from extract.pipeline import analyze as run

    docs = []
    for raw in iter_inputs([str(p) for p in paths], all_files, on_skip or (lambda source, why: None)):
        warnings: list = []
        try:
            text = read_raw(raw, warnings)
        except InputError as e:
            if on_error is None:
                raise
            on_error(e)
            continue
        for w in warnings if on_warning else ():
            on_warning(w)
        docs.append(without_damage(run(text, raw.source, words=words)))
    resolve_documents(docs)
    for d in docs:
        rec = to_record(d)
        if words:  # the sentences and their words join the record
            rec.sentences = d["sentences"]
        yield rec


def ingest(paths: Iterable[str], db: str, *, jobs: Optional[int] = None, words: bool = False,
           on_error: Optional[Callable[[dict], None]] = None) -> "Summary":
    """Store every document under ``paths`` in the DuckDB file ``db`` (created if missing) and resolve the
    references of the whole database; returns a :class:`extract.batch.Summary` (``added``, ``skipped``,
    ``errors``, ``findings`` …). Already stored documents are skipped; an input that fails is a row of the
    ``errors`` table and a call of ``on_error`` (a dict: source, stage, message), never an exception.
    ``jobs``: worker processes (default: all cores)."""
    from extract.batch import ingest as run

    return run([str(p) for p in paths], str(db), jobs=jobs, words=words, on_error=on_error)


def connect(db: str, read_only: bool = True) -> "duckdb.DuckDBPyConnection":
    """A DuckDB connection to a partydocs database (tables and views: ``schemas/README.md``).

    Read-only by default: a resolution that a stopped ingest left pending is finished first, another
    program's database or a SQLite file is refused (:class:`extract.errors.StoreError`). With
    ``read_only=False`` the connection can write; a database partydocs did not make is still refused.
    """
    from extract import db as dbfile

    if read_only:
        return dbfile.connect(db, read_only=True)
    from extract.store import Store

    Store(db).close()  # made, migrated or refused as by an ingest
    return dbfile.connect(db)


def __getattr__(name: str):
    """The record and summary types, imported when first asked for."""
    if name == "Document":
        from schemas import Document

        return Document
    if name == "Summary":
        from extract.batch import Summary

        return Summary
    if name == "PartydocsError":
        from extract.errors import PartydocsError

        return PartydocsError
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
