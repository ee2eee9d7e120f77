"""Archive ingest: inputs streamed to N worker processes, one writer batching into DuckDB.

Workers read, decode and analyse; the main process is the only DuckDB writer
and commits one transaction per batch, so a killed run loses at most the batch
in flight and never half of one. Stored doc_ids are skipped, so a re-run
resumes where the last one stopped.

Example::

    >>> summary = ingest(["corpus/docs"], "partydocs.duckdb", jobs=2)   # doctest: +SKIP
    >>> summary.added, summary.errors
    (15, 0)
"""
from __future__ import annotations

import multiprocessing as mp
import os
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from extract.errors import InputError
from extract.io import RawInput, iter_inputs, read_raw
from extract.pipeline import CATEGORIES, analyze, doc_id_of, to_record

BATCH_DOCS = 500
BATCH_BYTES = 32 * 1024 * 1024
_KNOWN: frozenset = frozenset()
_WORDS = False


@dataclass
class Summary:
    """What one ingest did; printed as a table at the end."""

    files: int = 0
    added: int = 0
    skipped: int = 0
    errors: int = 0
    bytes: int = 0
    findings: dict = field(default_factory=lambda: {c: 0 for c in CATEGORIES})
    seconds: float = 0.0
    resolved: int = 0

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds else 0.0


def _init(known: frozenset, words: bool):
    global _KNOWN, _WORDS
    _KNOWN, _WORDS = known, words


def process(raw: RawInput) -> tuple[str, object, int]:
    """Worker step: ("doc", analysed dict) | ("skip", source) | ("error", error dict), and input size."""
    size = len(raw.data) if raw.data is not None else 0
    try:
        text = read_raw(raw)
    except InputError as e:
        return "error", {"source": e.source, "stage": e.stage, "message": e.message}, size
    if doc_id_of(text) in _KNOWN:
        return "skip", raw.source, size
    try:
        doc = analyze(text, raw.source, words=_WORDS)
        to_record(doc)  # validate at the boundary: a record that breaks the contract is an error, not a row
    except Exception as e:  # one bad document must not stop the batch: it is reported, not raised
        msg = " ".join(f"{type(e).__name__}: {e}".split())[:300]
        return "error", {"source": raw.source, "stage": "extract", "message": msg}, size
    return "doc", doc, size


def _collect(future, source: str) -> tuple:
    """A worker's result; a worker that died is reported against its input, never raised."""
    try:
        return future.result()
    except Exception as e:  # BrokenProcessPool, pickling errors: the input is named, the run goes on
        msg = " ".join(f"worker failed: {type(e).__name__}: {e}".split())[:300]
        return "error", {"source": source, "stage": "extract", "message": msg}, 0


def _results(inputs: Iterable[RawInput], jobs: int, known: frozenset, words: bool) -> Iterator[tuple]:
    """Results of ``process`` over ``inputs``, at most ``4 × jobs`` inputs in flight (bounded memory)."""
    if jobs <= 1:
        _init(known, words)
        for raw in inputs:
            yield process(raw)
        return
    ctx = mp.get_context("fork")
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init, initargs=(known, words))
    pending: dict = {}
    try:
        for raw in inputs:
            if raw.error is not None:  # nothing to compute: report it here
                e = raw.error
                yield "error", {"source": e.source, "stage": e.stage, "message": e.message}, 0
                continue
            pending[pool.submit(process, raw)] = raw.source
            if len(pending) >= 4 * jobs:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for f in done:
                    yield _collect(f, pending.pop(f))
        for f in list(pending):
            yield _collect(f, pending.pop(f))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def total_bytes(paths: Iterable[str]) -> int:
    """Bytes under ``paths`` (a cheap stat walk, for the progress bar)."""
    n = 0
    for p in map(Path, paths):
        if p.is_file():
            n += p.stat().st_size
        elif p.is_dir():
            for root, _, files in os.walk(p):
                for f in files:
                    try:
                        n += os.path.getsize(os.path.join(root, f))
                    except OSError:
                        pass
    return n


def ingest(paths: list[str], db: str, *, jobs: Optional[int] = None, words: bool = False,
           on_progress: Optional[Callable] = None, on_error: Optional[Callable] = None,
           on_commit: Optional[Callable] = None, batch_docs: int = BATCH_DOCS) -> Summary:
    """Ingest every document under ``paths`` into ``db``; returns a :class:`Summary`."""
    from extract.store import Store

    jobs = jobs or os.cpu_count() or 1
    summary, start = Summary(), time.perf_counter()
    with Store(db) as store:
        known = frozenset(store.known_ids())
        docs, errors, pending_bytes = [], [], 0

        def flush():
            nonlocal docs, errors, pending_bytes
            if docs or errors:
                summary.added += store.write_batch(docs, errors)
                if on_commit:
                    on_commit(summary)
            docs, errors, pending_bytes = [], [], 0

        for kind, payload, size in _results(iter_inputs(paths), jobs, known, words):
            summary.files += 1
            summary.bytes += size
            if kind == "doc":
                docs.append(payload)
                pending_bytes += len(payload["text"])
                for c in CATEGORIES:
                    summary.findings[c] += len(payload[c])
            elif kind == "skip":
                summary.skipped += 1
            else:
                errors.append(payload)
                summary.errors += 1
                if on_error:
                    on_error(payload)
            if len(docs) >= batch_docs or pending_bytes >= BATCH_BYTES:
                flush()
            if on_progress:
                on_progress(summary, size)
        flush()
        summary.resolved = store.resolve()
    summary.seconds = time.perf_counter() - start
    return summary
