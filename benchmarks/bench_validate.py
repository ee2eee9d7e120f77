"""What checking the contract costs an ingest: pydantic records (before) against Arrow checks (now).

    python benchmarks/bench_validate.py              # 1,000 synthetic files (about 4 MB)

Analyses the synthetic archive of ``bench_ingest.py`` once, then times (best of ``--repeat``): the Arrow
tables of chunks of 16 documents, as a worker builds them either way (``store.doc_tables``); each document
validated into its pydantic record (``to_record``: what every worker did before); and the Arrow checks of
those tables, per chunk and per writer batch of 500 documents (``checks.bad_documents``: the writer checks
each batch now). Prints ms per MB of text; nothing is asserted.
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
BATCH = 512  # documents per writer batch (extract.batch.BATCH_DOCS is 500: whole chunks of 16 make 512)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    import pyarrow as pa

    from extract.checks import bad_documents
    from extract.io import iter_inputs, read_raw
    from extract.pipeline import analyze, to_record
    from extract.store import doc_tables

    work = Path(tempfile.mkdtemp(prefix="partydocs-validate-"))
    try:
        build(work / "a", args.files, 4)
        docs = [analyze(read_raw(r), r.source) for r in iter_inputs([str(work / "a")])]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    mb = sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6
    chunks = [docs[i:i + CHUNK] for i in range(0, len(docs), CHUNK)]
    now = dt.datetime.now()
    tables = [doc_tables(c, now) for c in chunks]
    per = BATCH // CHUNK  # chunks in a writer batch
    batches = [{n: pa.concat_tables([t[n] for t in tables[i:i + per]]) for n in tables[0]}
               for i in range(0, len(tables), per)]
    steps = {"Arrow tables (both)": lambda: [doc_tables(c, now) for c in chunks],
             "pydantic records (before)": lambda: [to_record(d) for d in docs],
             "Arrow checks per chunk": lambda: [bad_documents(t) for t in tables],
             "Arrow checks per batch (now)": lambda: [bad_documents(b) for b in batches]}
    best = {}
    for _ in range(args.repeat):
        for name, step in steps.items():
            t0 = time.perf_counter()
            step()
            best[name] = min(best.get(name, 1e9), time.perf_counter() - t0)
    print(f"{len(docs)} documents, {mb:.2f} MB, chunks of {CHUNK}, best of {args.repeat}")
    print(f"{'step':<28} {'ms/MB':>7}")
    for name, sec in best.items():
        print(f"{name:<28} {1000 * sec / mb:>7.1f}")
    before, after = best["pydantic records (before)"], best["Arrow checks per batch (now)"]
    print(f"checks ÷ pydantic: {after / before:.2f}  (saves {1000 * (before - after) / mb:.0f} ms per MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
