"""Finders: components that read one document's context and return plain-dict records.

Every finder is a function ``find(ctx) -> list[dict]`` of an :class:`extract.context.DocContext`, whose
records' keys are the fields of the matching model in ``schemas.records`` (``start``/``end``/``text``
always, ``text == ctx.text[start:end]``). Dicts, not models, keep the hot path cheap; ``extract.pipeline``
validates them into pydantic records at the boundary.

:data:`FINDERS` is the one ordered list that ``pipeline.analyze``, the spaCy components of ``extract.nlp``
and ``benchmarks/bench_finders.py`` run. A finder reads what an earlier one found through the context
(``ctx.found("dates")``), which runs that one first if it has not run yet::

    doc_refs    refs.find       SPEC §2 (canonical_id left None); own numbers get the document's date
    dates       dates.find      SPEC §3; none inside a reference
    people      people.find     SPEC §4
    statistics  stats.find      SPEC §5; no number inside a date, reference or name
    metadata    metadata.find   SPEC §6: one record (own number from doc_refs, signers from people)

Example::

    >>> from extract.context import DocContext
    >>> ctx = DocContext("Ngày 05/7/2024, kết nạp 12 đảng viên theo Chỉ thị số 05-CT/TW.")
    >>> {f.name: [r["text"] for r in ctx.found(f.name)] for f in FINDERS if f.spans}
    {'doc_refs': ['Chỉ thị số 05-CT/TW'], 'dates': ['Ngày 05/7/2024'], 'people': [], 'statistics': ['12 đảng viên']}
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, NamedTuple

from extract.find.compile_speed import use_plain_flags

use_plain_flags()  # before the finders' patterns compile: a quarter of a process's start (compile_speed)

from extract.find import dates, metadata, people, refs, stats  # noqa: E402

if TYPE_CHECKING:
    from extract.context import DocContext


class Finder(NamedTuple):
    """One registered finder: its category name, its function, whether its records are spans of the text."""

    name: str
    find: Callable[["DocContext"], list[dict]]
    spans: bool = True  # metadata's one record describes the whole document


FINDERS = (
    Finder("doc_refs", refs.find),
    Finder("dates", dates.find),
    Finder("people", people.find),
    Finder("statistics", stats.find),
    Finder("metadata", metadata.find, spans=False),
)
FINDER = {f.name: f for f in FINDERS}
CATEGORIES = tuple(f.name for f in FINDERS if f.spans)  # the span categories, in output order


def compile_all() -> None:
    """Compile now the patterns that the finders compile at their first use: a process that forks workers
    (``extract.batch``) does it once, and they share them."""
    from extract.find.refs.steps import compile_all as steps

    steps()
