"""Regex calls per finding and CPU ms per MB of one finder (issue 19), against another checkout in the same run.

    python benchmarks/finder_calls.py                                   # every finder, 300 synthetic bulletins
    python benchmarks/finder_calls.py --finder doc_refs --against ../baseline --rounds 5
    python benchmarks/finder_calls.py --finder doc_refs --folder /work/snapshot/real

Each tree runs in child processes (its own ``.venv``), alternating, ``--rounds`` times: a child times the finder
alone (``time.process_time`` around ``ctx.found(finder)``, after the finders before it have run on the same
context, as in ``analyze``), then counts its regex calls in a second pass. The counting lives in the benchmark
only: each module global of ``extract.find.<finder>`` and its sub-modules that is a compiled ``regex`` or ``re``
pattern is swapped for a proxy that counts ``match``, ``search``, ``fullmatch``, ``finditer``, ``findall``,
``sub``, ``split`` (one ``finditer`` is one call: the engine is entered once), then put back. Patterns handed
to the shared helpers (``anchored_finditer``) are counted; the context's shared anchor scan is not a finder's.
Prints medians of ms/MB and the calls per finding; nothing is asserted.
"""
from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")
# the package that holds each finder
FINDER_MODULES = {"doc_refs": "extract.find.refs", "dates": "extract.find.dates", "people": "extract.find.people",
                  "statistics": "extract.find.stats"}


class _Counted:
    """A compiled pattern whose calls are counted in ``counter[name]``; everything else is the pattern's."""

    def __init__(self, pattern, name: str, counter: Counter):
        self._pattern, self._name, self._counter = pattern, name, counter

    def __getattr__(self, attr):
        value = getattr(self._pattern, attr)
        if attr in _METHODS:
            def counted(*args, **kwargs):
                self._counter[self._name] += 1
                return value(*args, **kwargs)
            return counted
        return value


def _modules(package: str) -> list:
    mod = importlib.import_module(package)
    out = [mod]
    for info in pkgutil.walk_packages(getattr(mod, "__path__", []), package + "."):
        out.append(importlib.import_module(info.name))
    return out


@contextmanager
def counting(package: str):
    """Count the regex calls of ``package``'s modules inside the ``with`` block; yields the Counter (by
    ``module.NAME``)."""
    import regex

    kinds = (type(regex.compile("")), re.Pattern)
    counter: Counter = Counter()
    swapped, proxies = [], {}
    for mod in _modules(package):
        for name, value in list(vars(mod).items()):
            if isinstance(value, kinds):
                proxy = proxies.setdefault(id(value), _Counted(value, f"{mod.__name__}.{name}", counter))
                swapped.append((mod, name, value))
                setattr(mod, name, proxy)
    try:
        yield counter
    finally:
        for mod, name, value in swapped:
            setattr(mod, name, value)


def _run(texts: list[str], finder: str, timed: bool) -> tuple[float, int]:
    """Every finder up to ``finder`` on each text's context; the CPU seconds of ``finder`` alone and its findings."""
    from extract.context import DocContext
    from extract.find import FINDERS

    secs, found = 0.0, 0
    for text in texts:
        ctx = DocContext(text)
        for f in FINDERS:
            if f.name == finder:
                t0 = time.process_time() if timed else 0.0
                found += len(ctx.found(f.name))
                secs += time.process_time() - t0 if timed else 0.0
                break
            ctx.found(f.name)
    return secs, found


def _child(tree: Path, folder: Path, finder: str) -> None:
    sys.path.insert(0, str(tree))
    from extract.io.decode import decode_bytes

    texts = [decode_bytes(p.read_bytes(), p.name) for p in sorted(folder.rglob("*.txt"))]
    _run(texts[:16], finder, False)  # imports and pattern compilation are not per-document costs
    secs, found = _run(texts, finder, True)
    with counting(FINDER_MODULES[finder]) as counter:
        _run(texts, finder, False)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(json.dumps({"ms_per_mb": 1000 * secs / mb, "calls": sum(counter.values()), "found": found,
                      "top": counter.most_common(6)}, ensure_ascii=False))


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child(Path(argv[1]), Path(argv[2]), argv[3])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=300, help="synthetic bulletins to build (bench_ingest.build)")
    ap.add_argument("--folder", type=Path, help="time these .txt files instead of a synthetic archive")
    ap.add_argument("--finder", choices=sorted(FINDER_MODULES), action="append")
    ap.add_argument("--against", type=Path, help="another checkout with its own .venv, timed in the same run")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="partydocs-calls-"))
    try:
        folder = args.folder
        if folder is None:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from bench_ingest import build

            build(work, args.files)
            folder = work
        trees = {"this tree": (Path(sys.executable), ROOT)}
        if args.against:
            other = args.against.resolve()
            trees[str(other)] = (other / ".venv" / "bin" / "python", other)
        for finder in args.finder or list(FINDER_MODULES):
            runs: dict[str, list[dict]] = {name: [] for name in trees}
            for r in range(args.rounds):
                for name in (list(trees) if r % 2 == 0 else list(reversed(trees))):
                    py, tree = trees[name]
                    out = subprocess.run([str(py), __file__, "--child", str(tree), str(folder), finder],
                                         capture_output=True, text=True, check=True, cwd=tree)
                    runs[name].append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(f"{finder}, CPU ms per MB of the finder alone over {args.rounds} alternating rounds:")
            for name, rs in runs.items():
                ms = [x["ms_per_mb"] for x in rs]
                calls, found = rs[0]["calls"], rs[0]["found"]
                print(f"  {name:<24} median {statistics.median(ms):7.1f}   runs {' '.join(f'{x:.1f}' for x in ms)}"
                      f"   {calls} regex calls / {found} findings = {calls / max(found, 1):.2f} per finding")
                print("      " + ", ".join(f"{n.rsplit('.', 1)[-1]} {c}" for n, c in rs[0]["top"]))
            if len(runs) == 2:
                a, b = (statistics.median(x["ms_per_mb"] for x in rs) for rs in runs.values())
                print(f"  this tree ÷ other: {a / b:.3f} (below 1: faster)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
