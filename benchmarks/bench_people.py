"""The people finder alone (issue 19): CPU ms per MB and regex calls per finding, this tree against another.

    python benchmarks/bench_people.py --against ../baseline --rounds 5       # 300 synthetic bulletins
    python benchmarks/bench_people.py --against /tmp/main --folder /work/snapshot/real

Each tree runs in child processes with its own ``.venv``, alternating, ``--rounds`` times. A child builds one
context per document, runs the finders before ``people`` untimed (as ``analyze`` does), then times
``ctx.found("people")`` with ``time.process_time`` (the machine is shared: CPU time of the child only). A last
child of each tree counts the regex calls: every compiled ``regex``/``re`` pattern held by a module of
``extract.find.people`` (and the ``regex``/``re`` module functions they call) is swapped, in that child only, for a
proxy that counts ``match``, ``search``, ``fullmatch``, ``finditer``, ``findall``, ``sub``, ``split`` (one
``finditer`` is one call, however many matches it yields). Prints medians; nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "extract.find.people"
METHODS = frozenset({"match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split"})
PATTERNS = (re.Pattern, type(regex.compile("")))


class _Calls:
    n = 0


def _counting(f):
    def counted(*a, **k):
        _Calls.n += 1
        return f(*a, **k)
    return counted


class _Pattern:
    """A compiled pattern whose matching methods count their calls."""

    __slots__ = ("_p",)

    def __init__(self, p):
        self._p = p

    def __getattr__(self, name):
        attr = getattr(self._p, name)
        return _counting(attr) if name in METHODS else attr


class _Module(types.ModuleType):
    """``regex`` or ``re`` as a module of the finder sees it: its matching functions count."""

    def __init__(self, mod):
        super().__init__(mod.__name__)
        self._mod = mod

    def __getattr__(self, name):
        attr = getattr(self._mod, name)
        return _counting(attr) if name in METHODS else attr


def _wrap(v, depth=0):
    if isinstance(v, PATTERNS):
        return _Pattern(v)
    if depth < 2 and type(v) in (tuple, list):  # (a NamedTuple is left whole)
        return type(v)(_wrap(x, depth + 1) for x in v)
    return v


def _install() -> None:
    """Swap the patterns of every loaded module of the people finder for counting proxies."""
    for name, mod in list(sys.modules.items()):
        if mod is None or not (name == PACKAGE or name.startswith(PACKAGE + ".")):
            continue
        for key, value in list(vars(mod).items()):
            if value is regex or value is re:
                setattr(mod, key, _Module(value))
            elif isinstance(value, PATTERNS) or type(value) in (tuple, list):
                setattr(mod, key, _wrap(value))


def _contexts(texts: list[str]):
    from extract.context import DocContext
    from extract.find import FINDERS

    before = [f.name for f in FINDERS[:[f.name for f in FINDERS].index("people")]]
    for text in texts:
        ctx = DocContext(text)
        for name in before:
            ctx.found(name)
        yield ctx


def _child(tree: Path, folder: Path, count: bool) -> None:
    sys.path.insert(0, str(tree))
    from extract.io.decode import decode_bytes
    from extract.pipeline import analyze

    texts = []
    for p in sorted(folder.rglob("*.txt")):
        try:
            texts.append(decode_bytes(p.read_bytes(), p.name))
        except Exception:  # a text the pipeline refuses (scrambled, empty) is refused by both trees: left out
            continue
    for text in texts[:16]:  # imports and pattern compilation are not per-document costs
        analyze(text, "bench.txt")
    mb = sum(len(t.encode()) for t in texts) / 1e6
    if count:
        _install()
        found = sum(len(ctx.found("people")) for ctx in _contexts(texts))
        print(json.dumps({"calls": _Calls.n, "found": found}))
        return
    secs = 0.0
    for ctx in _contexts(texts):
        t0 = time.process_time()
        ctx.found("people")
        secs += time.process_time() - t0
    print(json.dumps({"ms_per_mb": 1000 * secs / mb}))


def _run(tree: Path, folder: Path, count: bool = False) -> dict:
    py = tree / ".venv" / "bin" / "python"
    out = subprocess.run([str(py), __file__, "--child", str(tree), str(folder), "count" if count else "time"],
                         capture_output=True, text=True, check=True, cwd=tree)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child(Path(argv[1]), Path(argv[2]), argv[3] == "count")
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", type=Path, required=True, help="another checkout with its own .venv")
    ap.add_argument("--folder", type=Path, help="texts to read (default: a synthetic archive of --files bulletins)")
    ap.add_argument("--files", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    work = None
    if args.folder is None:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_ingest import build

        work = Path(tempfile.mkdtemp(prefix="partydocs-people-"))
        build(work, args.files)
    folder = args.folder or work
    trees = {"this tree": ROOT, str(args.against): args.against.resolve()}
    try:
        runs: dict[str, list[float]] = {name: [] for name in trees}
        for r in range(args.rounds):
            for name in (list(trees) if r % 2 == 0 else list(reversed(trees))):
                runs[name].append(_run(trees[name], folder)["ms_per_mb"])
        print(f"people alone, CPU ms per MB over {args.rounds} alternating rounds ({folder}):")
        for name, xs in runs.items():
            c = _run(trees[name], folder, count=True)
            print(f"  {name:<28} median {statistics.median(xs):7.0f}   runs {' '.join(f'{x:.0f}' for x in xs)}"
                  f"   regex calls/finding {c['calls'] / max(c['found'], 1):5.1f} ({c['calls']} / {c['found']})")
        mine, other = (statistics.median(runs[n]) for n in trees)
        print(f"  this tree ÷ {args.against}: {mine / other:.3f} (below 1: faster)")
    finally:
        if work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
