"""Archive ingest: inputs streamed to N worker processes, one writer batching into DuckDB.

Workers read, decode and analyse a chunk of inputs at a time and hand back the
new documents as Arrow tables; the main process is the only DuckDB writer, only
concatenates and inserts, and commits one transaction per batch, so a killed run
loses at most the batch in flight and never half of one. Stored doc_ids are
skipped, so a re-run resumes where the last one stopped. The workers die with
the writer (SIGKILL included); an interrupted writer stops them at once rather
than wait for a long document.

Example::

    >>> summary = ingest(["corpus/docs"], "partydocs.duckdb", jobs=2)   # doctest: +SKIP
    >>> summary.added, summary.errors                                     # doctest: +SKIP
    (15, 0)
"""
from __future__ import annotations

import ctypes
import datetime as dt
import gc
import multiprocessing as mp
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, closing
from collections import Counter
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
# chunks in flight per worker: the writer takes them in reading order, so while the oldest is still read (a long
# PDF), the workers go on with the next ones, up to this many
IN_FLIGHT = 4
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
    warnings: int = 0  # documents stored with a warning (bytes replaced): errors rows of stage quality
    ignored: Counter = field(default_factory=Counter)  # inputs skipped on purpose, by reason (hidden, …)

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds else 0.0


def _init(known: frozenset, words: bool):
    global _KNOWN, _WORDS
    _KNOWN, _WORDS = known, words


PDEATHSIG = 1  # prctl(2) option: the signal a process gets when its parent dies (Linux)


def _die_with(parent: int) -> None:
    """A worker dies with the writer that forked it, even when the writer is killed with SIGKILL: on Linux
    the kernel sends SIGKILL (prctl PR_SET_PDEATHSIG); anywhere, a thread watches the parent's pid."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the watch below does it
        pass
    if os.getppid() != parent:  # the writer died before the line above ran
        os._exit(1)

    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _worker_init(known: frozenset, words: bool, parent: int) -> None:
    """A pool worker: dies with the writer; Ctrl-C is the writer's to handle (with -j 1 the writer runs
    the finders itself, and must keep hearing it)."""
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init(known, words)


def process(raw: RawInput) -> tuple[str, object, int]:
    """Worker step: ("doc", analysed dict) | ("skip", source) | ("error", error dict), and input size.
    A document's ``warnings`` (``quality`` rows: bytes replaced at intake) travel with it."""
    size = len(raw.data) if raw.data is not None else 0
    warnings: list = []
    try:
        text = read_raw(raw, warnings)
    except InputError as e:
        return "error", {"source": e.source, "stage": e.stage, "message": e.message}, size
    if doc_id_of(text) in _KNOWN:
        return "skip", raw.source, size
    try:
        doc = without_damage(analyze(text, raw.source, words=_WORDS))  # rows checked against the contract as Arrow tables
    except Exception as e:  # one bad document must not stop the batch: it is reported, not raised
        msg = " ".join(f"{type(e).__name__}: {e}".split())[:300]
        return "error", {"source": raw.source, "stage": "extract", "message": msg}, size
    doc["warnings"] = warnings
    return "doc", doc, size


REPLACED = "\ufffd"  # what intake puts for a byte it could not decode


def without_damage(doc: dict) -> dict:
    """``doc`` without the findings that contain or touch a replaced byte (U+FFFD): ``17/2��1 chi bộ``
    is no count of 1. Indices into the references and statistics (links, ``qualifies``) follow."""
    text = doc["text"]
    if REPLACED not in text:
        return doc

    def clean(f):
        return REPLACED not in text[max(0, f["start"] - 1):f["end"] + 1]

    new_ref = _kept(doc["doc_refs"], clean)
    new_stat = _kept(doc["statistics"], clean)
    doc["doc_refs"] = [f for f in doc["doc_refs"] if clean(f)]
    doc["statistics"] = [f for f in doc["statistics"] if clean(f)]
    for f in doc["statistics"]:
        if f.get("qualifies") is not None:
            f["qualifies"] = new_stat.get(f["qualifies"])
    doc["dates"] = [f for f in doc["dates"] if clean(f)]
    doc["people"] = [f for f in doc["people"] if clean(f)]
    doc["links"] = [{**ln, "target": new_ref[ln["target"]],
                     "source": None if ln.get("source") is None else new_ref[ln["source"]]}
                    for ln in doc["links"]
                    if ln["target"] in new_ref and (ln.get("source") is None or ln["source"] in new_ref)]
    return doc


def _kept(findings: list[dict], keep) -> dict[int, int]:
    """Old index → new index of the findings ``keep`` keeps."""
    out: dict[int, int] = {}
    for i, f in enumerate(findings):
        if keep(f):
            out[i] = len(out)
    return out


@dataclass
class Chunk:
    """A worker's answer for a run of inputs: one outcome per input, new documents as Arrow tables.

    An outcome is ``("doc", counts, size)``, ``("skip", source, size)`` or ``("error", error, size)``;
    ``counts`` holds the document's doc_id, source and number of findings per category.
    """

    outcomes: list = field(default_factory=list)
    tables: Optional[dict] = None
    text_bytes: int = 0
    shingles: dict = field(default_factory=dict)  # doc_id → distinct shingle hashes (for the copies check)


def process_chunk(raws: list[RawInput]) -> Chunk:
    """Worker step for a chunk: ``process`` each input, then the Arrow tables of its documents (a document
    Arrow cannot type is an error, not a row; the writer checks the rest against the contract)."""
    from extract.checks import typed_tables
    from extract.dedupe import MIN_SHINGLES, distinct, shingle_hashes

    chunk, docs, ids = Chunk(), [], set()
    for raw in raws:
        kind, payload, size = process(raw)
        if kind == "doc":
            if payload["doc_id"] not in ids:  # the same content twice in a chunk is stored once
                ids.add(payload["doc_id"])
                docs.append(payload)
                chunk.text_bytes += len(payload["text"])
            payload = {"doc_id": payload["doc_id"], "source": payload["source"],
                       "warnings": payload.get("warnings", []), **{c: len(payload[c]) for c in CATEGORIES}}
        chunk.outcomes.append((kind, payload, size))
    if docs:  # the shingles hashed once: for the signature here, and for the writer's copies check
        hashes = {d["doc_id"]: shingle_hashes(d["text"], distinct=False) for d in docs}
        chunk.shingles = {i: distinct(h) for i, h in hashes.items() if len(h) >= MIN_SHINGLES}
        chunk.tables, bad = typed_tables(docs, dt.datetime.now(), hashes)
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
    """``process_chunk`` over ``inputs``, in their order, at most ``IN_FLIGHT × jobs`` chunks in flight (bounded
    memory)."""
    if jobs <= 1:
        _init(known, words)
        for raws in _chunks(inputs):
            yield process_chunk(raws)
        return
    # import underthesea, build every lazily compiled pattern and let pyarrow load what it loads on first
    # use (140 ms), once, here: the forked workers share them
    from extract.checks import typed_tables
    from extract.find import compile_all

    compile_all()
    typed_tables([analyze("Quảng Ngãi, ngày 1 tháng 2 năm 2021. Đồng chí Lê Văn An kết nạp 5 đảng viên "
                            "(Chỉ thị số 05-CT/TW).", "warm-up")], dt.datetime.now())
    gc.freeze()  # what the workers inherit is never scanned by their collector, so its pages stay shared
    ctx = mp.get_context("fork")
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_worker_init, initargs=(known, words, os.getpid()))
    pending: dict = {}
    finished = False
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
            if len(pending) >= IN_FLIGHT * jobs:
                # the oldest chunk first: the writer sees the inputs in reading order, as with -j 1, so which of
                # two copies is the one stored first (or skipped) never depends on which worker was quicker
                oldest = next(iter(pending))
                yield _collect(oldest, pending.pop(oldest))
        for f in list(pending):
            yield _collect(f, pending.pop(f))
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True, cancel_futures=True)
        else:  # Ctrl-C, SIGTERM, a failed write: what the workers hold is not needed, do not wait for it
            _stop(pool)
        gc.unfreeze()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now, however deep in a long document they are (SIGKILL), and the pool with them.
    The chunks still queued for them are dropped: the queue's feeder thread, which may be blocked on a pipe
    no worker reads any more, is not waited for (neither by the pool's shutdown nor at exit)."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    queue = getattr(pool, "_call_queue", None)
    if queue is not None:
        queue.cancel_join_thread()
    for p in procs:
        p.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        p.join(1)


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


def _tally(summary: Summary, seen: set, errors: list, outcome: tuple, on_error, on_warning) -> None:
    """Count one input's ``(kind, payload, size)`` in ``summary``; its error or warning rows go to ``errors``.
    ``seen``: the documents of this run (the same content in two files is stored, and counted, once)."""
    kind, payload, size = outcome
    summary.files += 1
    summary.bytes += size
    if kind == "doc" and payload["doc_id"] in seen:
        summary.skipped += 1  # a copy of a document read earlier in this run
    elif kind == "doc":
        seen.add(payload["doc_id"])
        for c in CATEGORIES:
            summary.findings[c] += payload[c]
        for w in payload["warnings"]:
            errors.append(w)
            summary.warnings += 1
            if on_warning:
                on_warning(w)
    elif kind == "skip":
        summary.skipped += 1
    else:
        errors.append(payload)
        summary.errors += 1
        if on_error:
            on_error(payload)


def ingest(paths: list[str], db: str, *, jobs: Optional[int] = None, words: bool = False,
           on_progress: Optional[Callable] = None, on_error: Optional[Callable] = None,
           on_commit: Optional[Callable] = None, batch_docs: int = BATCH_DOCS, all_files: bool = False,
           on_skip: Optional[Callable] = None, on_warning: Optional[Callable] = None) -> Summary:
    """Ingest every document under ``paths`` into ``db``; returns a :class:`Summary`. ``on_skip(source,
    why)`` hears of each input skipped on purpose, ``on_warning(row)`` of each document stored with a
    warning."""
    from extract.checks import refuse_breaches
    from extract.store import Store

    jobs = jobs or os.cpu_count() or 1
    summary, start = Summary(), time.perf_counter()

    def skipped(source: str, why: str) -> None:
        summary.ignored[why] += 1
        if on_skip:
            on_skip(source, why)

    with Store(db) as store, ExitStack() as workers:
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

        # closed on the way out: a failed write or Ctrl-C stops the workers now, not when the generator is collected
        results = workers.enter_context(closing(_results(iter_inputs(paths, all_files, skipped), jobs, known, words)))
        for chunk in results:
            if chunk.tables is not None:
                parts.append(chunk.tables)
                store.shingles.add(chunk.shingles)
                pending_docs += chunk.tables["documents"].num_rows
                pending_bytes += chunk.text_bytes
            for kind, payload, size in chunk.outcomes:
                _tally(summary, seen, errors, (kind, payload, size), on_error, on_warning)
                if on_progress:
                    on_progress(summary, size)
            if pending_docs >= batch_docs or pending_bytes >= BATCH_BYTES:
                flush()
        flush()
        store.check_file()
        summary.resolved = store.resolve()
        store.check_file(size=False)  # resolution may shrink the file itself
    summary.seconds = time.perf_counter() - start
    return summary
