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
CPU time and the ratio, then each finder alone in the same child processes: the machine is shared, so only
figures of one run are compared. ``--folder DIR`` times the ``.txt`` files of a folder (real pages) instead
of the built archive; ``--calls`` counts the regex calls per finding of each finder (in this process, the
patterns of ``extract`` wrapped by a counter: the finders themselves are not changed).
"""
from __future__ import annotations

import argparse
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


class _Counted:
    """A compiled pattern that counts the engine's calls (each ``finditer`` match counts as one more)."""

    CALLS = {"match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split"}

    def __init__(self, pattern, counter: list):
        self._p, self._n = pattern, counter

    def __getattr__(self, name):
        attr = getattr(self._p, name)
        if name not in self.CALLS:
            return attr
        n = self._n

        def call(*args, **kw):
            n[0] += 1
            out = attr(*args, **kw)
            if name != "finditer":
                return out
            return _count_each(out, n)
        return call


def _count_each(matches, n):
    for m in matches:
        n[0] += 1
        yield m


def _regex_calls(datas: list[bytes]) -> None:
    """Regex calls per finding of each finder: every compiled pattern of ``extract`` (module globals, and the
    patterns an :class:`~extract.find.lexicon.Anchors` holds) counted while the finder runs (the benchmark
    only; the finders are not changed)."""
    import re

    import regex

    from extract.context import DocContext
    from extract.find import FINDERS
    from extract.find.lexicon import Anchors
    from extract.io.decode import decode_bytes

    counter, kinds = [0], (re.Pattern, type(regex.compile("")))
    for mod in [m for name, m in sys.modules.items() if name.startswith("extract") and m is not None]:
        for name, val in list(vars(mod).items()):
            if isinstance(val, kinds):
                setattr(mod, name, _Counted(val, counter))
            elif isinstance(val, Anchors):
                for a, v in list(vars(val).items()):
                    if isinstance(v, kinds):
                        setattr(val, a, _Counted(v, counter))
    calls = dict.fromkeys((f.name for f in FINDERS), 0)
    found = dict.fromkeys(calls, 0)
    for data in datas:
        ctx = DocContext(decode_bytes(data, "bench.txt"))
        ctx.sentences, ctx.own_date, ctx.scope, ctx.trailer_start  # noqa: B018 (the context, not a finder's)
        for f in FINDERS:
            before = counter[0]
            found[f.name] += len(ctx.found(f.name))
            calls[f.name] += counter[0] - before
    print("\nregex calls per finding (every compiled pattern of extract counted while the finder runs):")
    for name in calls:
        print(f"  {name:<12} {calls[name]:>9} calls {found[name]:>7} findings {calls[name] / max(1, found[name]):>7.1f}")


def _child(tree: Path, folder: Path) -> None:
    """Time ``analyze`` of the checkout ``tree`` over the files of ``folder``, then each finder on its own (in
    the registry's order, on a fresh context a document); print seconds and MB as JSON."""
    sys.path.insert(0, str(tree))
    from extract.io.decode import decode_bytes
    from extract.pipeline import analyze

    try:  # a checkout from before the document context (c10a159) times ``analyze`` only
        from extract.context import DocContext
        from extract.find import FINDERS
    except ImportError:
        DocContext, FINDERS = None, []

    texts = [decode_bytes(p.read_bytes(), p.name) for p in sorted(folder.rglob("*.txt"))]
    for text in texts[:CHUNK]:  # imports and pattern compilation are not per-document costs
        analyze(text, "bench.txt")
    t0 = time.process_time()  # CPU time of this process: other processes on a shared machine weigh less
    for text in texts:
        analyze(text, "bench.txt")
    secs = time.process_time() - t0
    finders = dict.fromkeys((f.name for f in FINDERS), 0.0)
    for text in texts if FINDERS else ():
        ctx = DocContext(text)
        ctx.sentences, ctx.own_date, ctx.scope, ctx.trailer_start  # noqa: B018 (the context, not a finder's cost)
        for f in FINDERS:
            t0 = time.process_time()
            ctx.found(f.name)
            finders[f.name] += time.process_time() - t0
    print(json.dumps({"seconds": secs, "mb": sum(len(t.encode()) for t in texts) / 1e6, "extract": str(tree),
                      "finders": finders}))


def _against(other: Path, folder: Path, rounds: int) -> None:
    """``analyze`` of this tree and of ``other`` on the same files, alternating, ``rounds`` times each."""
    runs: dict[str, list[float]] = {"this tree": [], str(other): []}
    per: dict[str, dict[str, list[float]]] = {"this tree": {}, str(other): {}}
    trees = {"this tree": (Path(sys.executable), ROOT), str(other): (other / ".venv" / "bin" / "python", other)}
    for r in range(rounds):
        order = list(trees) if r % 2 == 0 else list(reversed(trees))
        for name in order:
            py, tree = trees[name]
            out = subprocess.run([str(py), __file__, "--child", str(tree), str(folder)], capture_output=True,
                                 text=True, check=True, cwd=tree)
            got = json.loads(out.stdout.strip().splitlines()[-1])
            runs[name].append(1000 * got["seconds"] / got["mb"])
            for f, secs in got.get("finders", {}).items():
                per[name].setdefault(f, []).append(1000 * secs / got["mb"])
    print(f"\nanalyze, CPU ms per MB over {rounds} alternating rounds (child processes, same files):")
    for name, xs in runs.items():
        print(f"  {name:<30} median {statistics.median(xs):7.0f}   runs {' '.join(f'{x:.0f}' for x in xs)}")
    mine, base = statistics.median(runs["this tree"]), statistics.median(runs[str(other)])
    print(f"  this tree ÷ {other}: {mine / base:.3f} (below 1: faster)")
    print(f"each finder alone, CPU ms per MB (medians): {'finder':<12} {'this tree':>10} {'other':>10} {'ratio':>7}")
    for f in per["this tree"]:
        a, b = statistics.median(per["this tree"][f]), statistics.median(per[str(other)].get(f, [float("nan")]))
        print(f"  {f:<55} {a:>10.0f} {b:>10.0f} {a / b:>7.3f}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child(Path(argv[1]), Path(argv[2]))
        return 0
    sys.path.insert(0, str(ROOT))
    from bench_ingest import build

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=300)
    ap.add_argument("--against", type=Path, help="another checkout with its own .venv, timed in the same run")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--folder", type=Path, help="time the .txt files of this folder instead of the built archive")
    ap.add_argument("--calls", action="store_true", help="also count regex calls per finding of each finder")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="partydocs-finders-"))
    try:
        if args.folder:
            for p in sorted(args.folder.resolve().rglob("*.txt")):
                shutil.copy(p, work / p.name)
        size = (sum(p.stat().st_size for p in work.rglob("*.txt")) if args.folder else build(work, args.files)) / 1e6
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
            _against(args.against.resolve(), work, args.rounds)
        if args.calls:
            _regex_calls(datas)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
