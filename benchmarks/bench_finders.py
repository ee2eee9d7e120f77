"""Where the time of one document goes: each stage of ``analyze`` and of a worker, per MB.

    python benchmarks/bench_finders.py                       # 300 synthetic bulletins (about 1.2 MB)
    python benchmarks/bench_finders.py --files 1000
    python benchmarks/bench_finders.py --against ../baseline --rounds 7

Builds the same synthetic archive as ``bench_ingest.py``, then times, over all of it, each stage a
worker runs for a document: decode, the document's context (sentences, own date, header scope), each
finder of ``extract.find.FINDERS`` in its order (each reads the context and the earlier finders'
results), links, the whole of ``analyze``, validation and the Arrow tables; and in the same run
underthesea ``word_tokenize`` over a sample of the text as the baseline. Prints ms per MB and each
stage's throughput as a multiple of ``word_tokenize``; nothing here is asserted.

``--against TREE`` also times ``analyze`` of another checkout (its own ``.venv``) on the same files, in
child processes that alternate with this tree's, ``--rounds`` times each, and prints the medians of their
CPU time and the ratio: the machine is shared, so only figures of one run are compared.
"""
from __future__ import annotations

import argparse
import itertools
import datetime as dt
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

CHUNK = 16  # documents per worker chunk (extract.batch.CHUNK_FILES)


def _stages():
    from extract import link, pipeline, store
    from extract.batch import CHUNK_FILES
    from extract.context import DocContext
    from extract.find import FINDERS
    from extract.io.decode import decode_bytes

    pending: list = []

    def run(data: bytes, t: dict) -> None:
        def timed(name, f):
            t0 = time.perf_counter()
            out = f()
            t[name] = t.get(name, 0.0) + time.perf_counter() - t0
            return out

        text = timed("decode", lambda: decode_bytes(data, "bench.txt"))
        ctx = DocContext(text)
        timed("sentences", lambda: ctx.sentences)
        timed("context (own date, scope, trailer)", lambda: (ctx.own_date, ctx.scope, ctx.trailer_start))
        for f in FINDERS:
            timed(f.name, lambda: ctx.found(f.name))
        rs = ctx.kept("doc_refs")
        timed("links", lambda: link.find_ref_relations(text, rs, [(s.start, s.end) for s in ctx.sentences]))
        doc = timed("analyze (all of the above but decode)", lambda: pipeline.analyze(text, "bench.txt"))
        timed("validate (pydantic)", lambda: pipeline.to_record(doc))
        pending.append(doc)
        if len(pending) == CHUNK_FILES:  # the workers build the tables of a chunk at once
            timed("Arrow tables", lambda: store.doc_tables(pending, dt.datetime.now()))
            pending.clear()

    return run


def _child_finder(texts: list[str], name: str) -> dict:
    """CPU seconds of the finder ``name`` alone over ``texts`` (the finders before it in ``FINDERS`` run first,
    untimed), then in a second pass its regex calls and findings (see ``regex_calls.py``)."""
    from extract.context import DocContext
    from extract.find import FINDER, FINDERS
    from regex_calls import counting

    before = [f.name for f in FINDERS[:[f.name for f in FINDERS].index(name)]]

    def contexts():
        for text in texts:
            ctx = DocContext(text)
            for other in before:
                ctx.found(other)
            yield ctx

    for ctx in itertools.islice(contexts(), CHUNK):  # imports and pattern compilation are not per-document costs
        ctx.found(name)
    secs = 0.0
    for ctx in contexts():
        t0 = time.process_time()
        ctx.found(name)
        secs += time.process_time() - t0
    findings = 0
    with counting(FINDER[name].find.__module__) as calls:
        for ctx in contexts():
            findings += len(ctx.found(name))
    return {"finder_seconds": secs, "calls": calls[0], "findings": findings}


def _child(tree: Path, folder: Path, finder: str = "") -> None:
    """Time ``analyze`` of the checkout ``tree`` over the files of ``folder`` (and ``finder`` alone, if given);
    print seconds and MB as JSON."""
    sys.path.insert(0, str(tree))
    from extract.io.decode import decode_bytes
    from extract.pipeline import analyze

    texts = [decode_bytes(p.read_bytes(), p.name) for p in sorted(folder.rglob("*.txt"))]
    if finder:
        got = _child_finder(texts, finder)
        print(json.dumps({**got, "mb": sum(len(t.encode()) for t in texts) / 1e6, "extract": str(tree)}))
        return
    for text in texts[:CHUNK]:  # imports and pattern compilation are not per-document costs
        analyze(text, "bench.txt")
    t0 = time.process_time()  # CPU time of this process: other processes on a shared machine weigh less
    for text in texts:
        analyze(text, "bench.txt")
    secs = time.process_time() - t0
    print(json.dumps({"seconds": secs, "mb": sum(len(t.encode()) for t in texts) / 1e6, "extract": str(tree)}))


def _against(other: Path, folder: Path, rounds: int, finder: str = "") -> None:
    """``analyze`` (or the finder ``finder`` alone) of this tree and of ``other`` on the same files, alternating,
    ``rounds`` times each."""
    runs: dict[str, list[float]] = {"this tree": [], str(other): []}
    trees = {"this tree": (Path(sys.executable), ROOT), str(other): (other / ".venv" / "bin" / "python", other)}
    calls: dict[str, str] = {}
    for r in range(rounds):
        order = list(trees) if r % 2 == 0 else list(reversed(trees))
        for name in order:
            py, tree = trees[name]
            out = subprocess.run([str(py), __file__, "--child", str(tree), str(folder), finder], capture_output=True,
                                 text=True, check=True, cwd=tree)
            got = json.loads(out.stdout.strip().splitlines()[-1])
            runs[name].append(1000 * got["finder_seconds" if finder else "seconds"] / got["mb"])
            if finder:
                calls[name] = (f"{got['calls'] / max(1, got['findings']):.1f} regex calls per finding "
                               f"({got['calls']} calls, {got['findings']} findings)")
    if finder:
        print(f"\n{finder} alone, CPU ms per MB over {rounds} alternating rounds (child processes, same files):")
        for name, line in calls.items():
            print(f"  {name:<30} {line}")
        _medians(runs, other)
        return
    print(f"\nanalyze, CPU ms per MB over {rounds} alternating rounds (child processes, same files):")
    _medians(runs, other)


def _medians(runs: dict[str, list[float]], other: Path) -> None:
    for name, xs in runs.items():
        print(f"  {name:<30} median {statistics.median(xs):7.0f}   runs {' '.join(f'{x:.0f}' for x in xs)}")
    mine, base = statistics.median(runs["this tree"]), statistics.median(runs[str(other)])
    print(f"  this tree ÷ {other}: {mine / base:.3f} (below 1: faster)")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child(Path(argv[1]), Path(argv[2]), *argv[3:4])
        return 0
    sys.path.insert(0, str(ROOT))
    from bench_ingest import build

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=300)
    ap.add_argument("--against", type=Path, help="another checkout with its own .venv, timed in the same run")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--finder", default="", help="with --against: time this finder alone (e.g. statistics) and "
                                                  "count its regex calls per finding, in both trees")
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
        if args.against:
            _against(args.against.resolve(), work, args.rounds, args.finder)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
