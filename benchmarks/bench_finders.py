"""Where the time of one document goes: each stage of ``analyze`` and of a worker, per MB.

    python benchmarks/bench_finders.py              # 300 synthetic bulletins (about 1.2 MB)
    python benchmarks/bench_finders.py --files 1000

Builds the same synthetic archive as ``bench_ingest.py``, then times, over all of it, each stage a
worker runs for a document (decode, sentences, each finder, links, validation, Arrow tables), and in
the same run underthesea ``word_tokenize`` over a sample of the text as the baseline. Prints ms per MB
and each stage's throughput as a multiple of ``word_tokenize``; nothing here is asserted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ingest import build  # noqa: E402

CHUNK = 16  # documents per worker chunk (extract.batch.CHUNK_FILES)


def _stages():
    from extract import link, pipeline, store
    from extract.batch import CHUNK_FILES

    pending: list = []
    from extract.find import dates, metadata, people, refs, stats
    from extract.io.decode import decode_bytes
    from extract.segment import split_sentences

    def run(data: bytes, t: dict) -> None:
        def timed(name, f):
            t0 = time.perf_counter()
            out = f()
            t[name] = t.get(name, 0.0) + time.perf_counter() - t0
            return out

        text = timed("decode", lambda: decode_bytes(data, "bench.txt"))
        sents = timed("sentences", lambda: split_sentences(text))
        ref = timed("dates", lambda: dates.reference_date(text))
        ds = timed("dates", lambda: dates.find_dates(text, ref))
        rs = timed("refs", lambda: refs.find_doc_refs(text, ds, ref))
        ps = timed("people", lambda: people.find_people(text))
        timed("statistics", lambda: stats.find_statistics(text, ds, rs, ps))
        timed("metadata", lambda: metadata.find_metadata(text, ds, rs, ps, ref))
        timed("links", lambda: link.find_ref_relations(text, rs, [(s.start, s.end) for s in sents]))
        doc = timed("analyze (all of the above but decode)", lambda: pipeline.analyze(text, "bench.txt"))
        timed("validate (pydantic)", lambda: pipeline.to_record(doc))
        pending.append(doc)
        if len(pending) == CHUNK_FILES:  # the workers build the tables of a chunk at once
            timed("Arrow tables", lambda: store.doc_tables(pending, dt.datetime.now()))
            pending.clear()

    return run


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=300)
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="partydocs-finders-"))
    try:
        size = build(work, args.files) / 1e6
        datas = [p.read_bytes() for p in sorted(work.rglob("*.txt"))]
        run = _stages()
        for data in datas[:CHUNK]:  # imports, pattern compilation and pyarrow's first use are not per-document costs
            run(data, {})
        t: dict = {}
        for data in datas:
            run(data, t)
        from underthesea import word_tokenize

        sample = b"\n".join(datas[:40]).decode("utf-8")[:200_000]
        word_tokenize("Khởi động.")
        t0 = time.perf_counter()
        word_tokenize(sample, use_token_normalize=False)
        wt = len(sample.encode()) / 1e6 / (time.perf_counter() - t0)
        print(f"{args.files} files, {size:.1f} MB; underthesea word_tokenize {wt:.3f} MB/s on a sample")
        print(f"{'stage':<40} {'ms/MB':>7} {'MB/s':>7} {'× word_tokenize':>16}")
        for name, secs in t.items():
            rate = size / secs
            print(f"{name:<40} {1000 * secs / size:>7.0f} {rate:>7.2f} {rate / wt:>16.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
