"""Near-duplicate detection: precision and recall by threshold, and what ingest marks, on a corpus of copies.

    python benchmarks/bench_dedupe.py            # the corpus of benchmarks/dedupe_corpus.py, 8 template variants

1. Pairs: every pair of documents of the corpus (each bulletin as .txt, .html, .docx, in a .zip, retyped;
   bulletins of one template filled in differently), read as ingest reads them; a pair is predicted a
   copy when the Jaccard similarity of its word shingles reaches the threshold. Precision and recall of
   those predictions against the truth (same bulletin), for thresholds 0.4 to 0.9.
2. Edits: the similarity of a bulletin and its retyped version with more and more edits.
3. Ingest: ``partydocs ingest -j 2`` of the corpus; precision and recall of the copies it marks
   (``duplicate_of`` pointing into the same bulletin), with the LSH index and the chosen THRESHOLD.
4. Cost (``--cost N``): on N files of ``bench_ingest.py``'s synthetic archive (ten remixed bulletins per
   file, so many pairs share bands), CPU time of the analysis, of the signatures and index rows (workers)
   and of marking copies (the writer), in one process; then the candidate lookup of a batch of 500 new
   documents against an index of 10,000 to 200,000 stored documents (random signatures).
Nothing here is asserted.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.dedupe_corpus import build, retyped  # noqa: E402

BIN = Path(sys.executable).parent / "partydocs"


def _outer(source: str) -> str:
    return Path(source.split("!")[0]).name  # a zip member counts as its archive's file


def pair_table(folder: Path, groups: dict[str, str]) -> list[str]:
    from extract import dedupe
    from extract.io import iter_inputs, read_raw

    docs = [(groups[_outer(r.source)], dedupe.shingles(read_raw(r))) for r in iter_inputs([str(folder)])]
    pairs = [(a[0] == b[0], dedupe.similarity(a[1], b[1])) for a, b in itertools.combinations(docs, 2)]
    same = sum(s for s, _ in pairs)
    lines = [f"{len(docs)} documents, {len(pairs)} pairs, {same} pairs of copies",
             f"{'threshold':>9} {'precision':>10} {'recall':>8} {'false pairs':>12} {'missed':>7}"]
    for t in (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9):
        tp = sum(1 for s, j in pairs if s and j >= t)
        fp = sum(1 for s, j in pairs if not s and j >= t)
        lines.append(f"{t:>9.2f} {tp / max(1, tp + fp):>10.3f} {tp / same:>8.3f} {fp:>12} {same - tp:>7}")
    worst_copy = min(j for s, j in pairs if s)
    closest_other = max(j for s, j in pairs if not s)
    lines.append(f"least similar copies: {worst_copy:.3f}; most similar different bulletins: {closest_other:.3f}")
    return lines


def edit_table() -> list[str]:
    from extract import dedupe
    from extract.io import text_of

    texts = [text_of(p) for p in sorted((ROOT / "corpus" / "docs").rglob("*.txt"))]
    lines = [f"{'edits (one word in)':>20} {'similarity: min':>16} {'median':>7} {'copies found':>13}"]
    for every in (40, 20, 10, 5):
        sims = sorted(dedupe.similarity(dedupe.shingles(t), dedupe.shingles(retyped(t, random.Random(i), 1 / every)))
                      for i, t in enumerate(texts))
        found = sum(s >= dedupe.THRESHOLD for s in sims)
        lines.append(f"{every:>20} {sims[0]:>16.3f} {sims[len(sims) // 2]:>7.3f} {found:>6}/{len(sims)}")
    return lines


def ingest_table(folder: Path, groups: dict[str, str]) -> list[str]:
    from extract.dedupe import THRESHOLD

    db = Path(tempfile.mkdtemp()) / "copies.duckdb"
    subprocess.run([str(BIN), "ingest", str(folder), "--db", str(db), "-j", "2", "-q"], capture_output=True)
    out = subprocess.run([str(BIN), "query", "SELECT d.source, o.source AS original FROM documents d "
                          "LEFT JOIN documents o ON o.doc_id = d.duplicate_of", "--db", str(db), "--format", "json"],
                         capture_output=True, text=True)
    shutil.rmtree(db.parent, ignore_errors=True)
    rows = json.loads(out.stdout)
    by_group: dict[str, int] = {}
    for r in rows:
        by_group[groups[_outer(r["source"])]] = by_group.get(groups[_outer(r["source"])], 0) + 1
    should = sum(n - 1 for n in by_group.values())  # all but the first of each bulletin are copies
    marked = [r for r in rows if r["original"]]
    right = sum(groups[_outer(r["source"])] == groups[_outer(r["original"])] for r in marked)
    return [f"ingest -j 2, threshold {THRESHOLD}: {len(rows)} documents stored, {len(marked)} marked as copies, "
            f"{should} should be", f"precision {right / max(1, len(marked)):.3f}, recall {right / max(1, should):.3f}"]


def cost_table(files: int) -> list[str]:
    import time

    from benchmarks.bench_ingest import build as build_archive
    from extract import dedupe, store
    from extract.io import iter_inputs, read_raw
    from extract.pipeline import analyze

    work = Path(tempfile.mkdtemp(prefix="partydocs-dedupe-cost-"))
    try:
        size = build_archive(work / "a", files, per_file=10)
        texts = [(r.source, read_raw(r)) for r in iter_inputs([str(work / "a")])]
        t0 = time.process_time()
        docs = [analyze(t, src) for src, t in texts]
        t_analyze = time.process_time() - t0
        t0 = time.process_time()
        for d in docs:
            dedupe.index_rows(d["doc_id"], d["text"])
        t_index = time.process_time() - t0
        spent = [0.0]
        inner = store.mark_copies

        def timed(con, ids):
            t = time.process_time()
            try:
                return inner(con, ids)
            finally:
                spent[0] += time.process_time() - t

        store.mark_copies = timed
        with store.Store(work / "c.duckdb") as st:
            for i in range(0, len(docs), 100):
                st.write_batch(docs[i:i + 100], [])
            copies = st.copies
        store.mark_copies = inner
    finally:
        shutil.rmtree(work, ignore_errors=True)
    mb = size / 1e6
    lines = [f"{files} files, {mb:.1f} MB, {copies} copies marked; CPU ms per MB (share of the analysis):",
             f"  analysis {t_analyze / mb * 1e3:.0f}; signatures and index rows {t_index / mb * 1e3:.0f} "
             f"({t_index / t_analyze:.1%}); marking copies {spent[0] / mb * 1e3:.0f} ({spent[0] / t_analyze:.1%})"]
    return lines + lookup_table()


def lookup_table() -> list[str]:
    """Seconds of one batch's candidate lookup as the index grows (random keys: few candidates)."""
    import time

    import duckdb
    import numpy as np
    import pyarrow as pa

    from extract import dedupe

    rng = np.random.default_rng(1)
    con = duckdb.connect()
    con.execute("CREATE TABLE minhash_bands (key BIGINT, doc_id VARCHAR)")
    lines, stored = ["candidate lookup of 500 new documents:"], 0
    for total in (10_000, 50_000, 200_000):
        n = total - stored
        ids = np.repeat(np.arange(stored, total), dedupe.BANDS).astype(str)
        con.register("_rows", pa.table({"key": rng.integers(-2**63, 2**63 - 1, n * dedupe.BANDS), "doc_id": ids}))
        con.execute("INSERT INTO minhash_bands SELECT * FROM _rows")
        con.unregister("_rows")
        stored = total
        new = [str(i) for i in range(total - 500, total)]
        t0 = time.perf_counter()
        dedupe._candidates(con, new)
        lines.append(f"  {total:>7} stored: {time.perf_counter() - t0:.3f} s")
    return lines


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", type=int, default=8, help="bulletins filled in from each template")
    ap.add_argument("--cost", type=int, default=0, help="also the CPU cost on this many synthetic files")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="partydocs-dedupe-"))
    try:
        groups = build(work, variants=args.variants)
        for line in pair_table(work, groups) + [""] + edit_table() + [""] + ingest_table(work, groups):
            print(line)
        if args.cost:
            print("\n" + "\n".join(cost_table(args.cost)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
