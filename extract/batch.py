"""Archive ingest: inputs streamed to N worker processes, one writer batching into DuckDB.

Workers read, decode and analyse a chunk of inputs at a time and hand back the
new documents as Arrow tables; the main process is the only DuckDB writer, only
concatenates and inserts, and commits one transaction per batch, so a killed run
loses at most the batch in flight and never half of one. Stored doc_ids are
skipped, so a re-run resumes where the last one stopped.

Example::

    >>> summary = ingest(["corpus/docs"], "partydocs.duckdb", jobs=2)   # doctest: +SKIP
    >>> summary.added, summary.errors                                     # doctest: +SKIP
    (15, 0)
"""
from __future__ import annotations

import datetime as dt
import gc
import multiprocessing as mp
import os
import signal
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from extract.errors import InputError
from extract.io import RawInput, iter_inputs, read_raw
from extract.pipeline import CATEGORIES, analyze, doc_id_of

BATCH_DOCS = 500
BATCH_BYTES = 32 * 1024 * 1024
CHUNK_FILES = 16  # inputs a worker takes at once: fewer, larger messages between processes …
CHUNK_BYTES = 512 * 1024  # … but a chunk of big files stays small
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
    copies: int = 0  # documents stored as near-duplicate copies of another (duplicate_of)

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds else 0.0


def _init(known: frozenset, words: bool):
    global _KNOWN, _WORDS
    _KNOWN, _WORDS = known, words
    if threading.current_thread() is threading.main_thread():  # a worker process (Dask runs this in threads)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writer's to handle: it stops the pool once


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
        doc = analyze(text, raw.source, words=_WORDS)  # its rows are checked against the contract as Arrow tables
    except Exception as e:  # one bad document must not stop the batch: it is reported, not raised
        msg = " ".join(f"{type(e).__name__}: {e}".split())[:300]
        return "error", {"source": raw.source, "stage": "extract", "message": msg}, size
    return "doc", doc, size


@dataclass
class Chunk:
    """A worker's answer for a run of inputs: one outcome per input, new documents as Arrow tables.

    An outcome is ``("doc", counts, size)``, ``("skip", source, size)`` or ``("error", error, size)``;
    ``counts`` holds the document's doc_id, source and number of findings per category.
    """

    outcomes: list = field(default_factory=list)
    tables: Optional[dict] = None
    text_bytes: int = 0


def process_chunk(raws: list[RawInput]) -> Chunk:
    """Worker step for a chunk: ``process`` each input, then the Arrow tables of its documents (a document
    Arrow cannot type is an error, not a row; the writer checks the rest against the contract)."""
    from extract.checks import typed_tables

    chunk, docs, ids = Chunk(), [], set()
    for raw in raws:
        kind, payload, size = process(raw)
        if kind == "doc":
            if payload["doc_id"] not in ids:  # the same content twice in a chunk is stored once
                ids.add(payload["doc_id"])
                docs.append(payload)
                chunk.text_bytes += len(payload["text"])
            payload = {"doc_id": payload["doc_id"], "source": payload["source"],
                       **{c: len(payload[c]) for c in CATEGORIES}}
        chunk.outcomes.append((kind, payload, size))
    if docs:
        chunk.tables, bad = typed_tables(docs, dt.datetime.now())
        chunk.outcomes = [("error", {"source": p["source"], "stage": "extract", "message": bad[p["doc_id"]]}, n)
                          if kind == "doc" and p["doc_id"] in bad else (kind, p, n) for kind, p, n in chunk.outcomes]
    return chunk


def _failed(raws: list[RawInput], e: BaseException) -> Chunk:
    """A worker that died is reported against each input of its chunk, never raised."""
    msg = " ".join(f"worker failed: {type(e).__name__}: {e}".split())[:300]
    return Chunk([("error", {"source": r.source, "stage": "extract", "message": msg}, 0) for r in raws])


def _chunks(inputs: Iterable[RawInput]) -> Iterator[list[RawInput]]:
    """Inputs in runs of at most CHUNK_FILES files and about CHUNK_BYTES bytes."""
    chunk, size = [], 0
    for raw in inputs:
        chunk.append(raw)
        size += len(raw.data) if raw.data is not None else 0
        if len(chunk) >= CHUNK_FILES or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _results(inputs: Iterable[RawInput], jobs: int, known: frozenset, words: bool) -> Iterator[Chunk]:
    """``process_chunk`` over ``inputs``, at most ``2 × jobs`` chunks in flight (bounded memory)."""
    if jobs <= 1:
        _init(known, words)
        for raws in _chunks(inputs):
            yield process_chunk(raws)
        return
    # import underthesea, build every lazily compiled pattern and let pyarrow load what it loads on first
    # use (140 ms), once, here: the forked workers share them
    from extract.checks import typed_tables

    typed_tables([analyze("Quảng Ngãi, ngày 1 tháng 2 năm 2021. Đồng chí Lê Văn An kết nạp 5 đảng viên "
                            "(Chỉ thị số 05-CT/TW).", "warm-up")], dt.datetime.now())
    gc.freeze()  # what the workers inherit is never scanned by their collector, so its pages stay shared
    ctx = mp.get_context("fork")
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init, initargs=(known, words))
    pending: dict = {}
    try:
        for raws in _chunks(inputs):
            failed = [r for r in raws if r.error is not None]  # nothing to compute: reported here
            if failed:
                yield Chunk([("error", {"source": r.error.source, "stage": r.error.stage,
                                        "message": r.error.message}, 0) for r in failed])
                raws = [r for r in raws if r.error is None]
                if not raws:
                    continue
            pending[pool.submit(process_chunk, raws)] = raws
            if len(pending) >= 2 * jobs:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for f in done:
                    yield _collect(f, pending.pop(f))
        for f in list(pending):
            yield _collect(f, pending.pop(f))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()


def _collect(future, raws: list[RawInput]) -> Chunk:
    try:
        return future.result()
    except Exception as e:  # BrokenProcessPool, pickling errors: the inputs are named, the run goes on
        return _failed(raws, e)


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
    from extract.checks import refuse_breaches
    from extract.store import Store

    jobs = jobs or os.cpu_count() or 1
    summary, start = Summary(), time.perf_counter()
    with Store(db) as store:
        known = frozenset(store.known_ids())
        seen: set = set()  # documents of this run: the same content in two files is stored, and counted, once
        parts, errors, pending_docs, pending_bytes = [], [], 0, 0

        def flush():
            nonlocal parts, errors, pending_docs, pending_bytes
            parts, refused = refuse_breaches(parts)  # the contract, checked on the whole batch at once
            for e in refused:
                for c, n in e.pop("counts").items():
                    summary.findings[c] -= n
                summary.errors += 1
                errors.append(e)
                if on_error:
                    on_error(e)
            if parts or errors:
                summary.added += store.write_tables(parts, errors)
                summary.copies = store.copies
                if on_commit:
                    on_commit(summary)
            parts, errors, pending_docs, pending_bytes = [], [], 0, 0

        for chunk in _results(iter_inputs(paths), jobs, known, words):
            if chunk.tables is not None:
                parts.append(chunk.tables)
                pending_docs += chunk.tables["documents"].num_rows
                pending_bytes += chunk.text_bytes
            for kind, payload, size in chunk.outcomes:
                summary.files += 1
                summary.bytes += size
                if kind == "doc" and payload["doc_id"] in seen:
                    summary.skipped += 1  # a copy of a document read earlier in this run
                elif kind == "doc":
                    seen.add(payload["doc_id"])
                    for c in CATEGORIES:
                        summary.findings[c] += payload[c]
                elif kind == "skip":
                    summary.skipped += 1
                else:
                    errors.append(payload)
                    summary.errors += 1
                    if on_error:
                        on_error(payload)
                if on_progress:
                    on_progress(summary, size)
            if pending_docs >= batch_docs or pending_bytes >= BATCH_BYTES:
                flush()
        flush()
        summary.resolved = store.resolve()
    summary.seconds = time.perf_counter() - start
    return summary
