"""Instructions ``analyze`` executes per MB, counted by valgrind's callgrind, for this checkout and another one
(``--against``, e.g. the commit an issue started from): a figure the shared machine's load does not move.

    python benchmarks/analyze_instructions.py --against ../baseline            # 100 files analysed
    python benchmarks/analyze_instructions.py --against ../baseline --files 208 --engines

Each tree (its own ``.venv``) runs twice under ``valgrind --tool=callgrind`` on the same texts (the archive of
``bench_ingest.py``): both decode them, import and warm up on the first eight files; one then analyses the others.
The difference of the two counts is analyze's own work. ``--engines`` also splits this tree's difference by
where it runs (the ``regex`` module, Python's ``re``, the interpreter loop, string work, the rest) with
``callgrind_annotate``. Needs ``valgrind`` (Debian package); about four minutes a run for 100 files of four bulletins
(0.4 MB), the four runs two at a time. Nothing is asserted.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM = 8
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")
_LINE = re.compile(r"\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(\S+?):(\S+)\s+\[(.*)\]")


def _child(tree: Path, folder: Path, run: bool) -> None:
    sys.path.insert(0, str(tree))
    from extract.io.decode import decode_bytes
    from extract.pipeline import analyze

    texts = [decode_bytes(p.read_bytes(), p.name) for p in sorted(folder.rglob("*.txt"))]
    for text in texts[:WARM]:  # imports, pattern compilation, first-use caches
        analyze(text, "bench.txt")
    try:  # what ingest compiles before it forks its workers (trees without it compile everything at import)
        from extract.find import compile_all
    except ImportError:
        pass
    else:
        compile_all()
    if run:
        for text in texts[WARM:]:
            analyze(text, "bench.txt")
    print(sum(len(t.encode()) for t in texts[WARM:]))


def _count(tree: Path, folder: Path, run: bool, out: Path) -> tuple[int, int]:
    """(instructions, MB analysed in bytes) of one run under callgrind."""
    py = tree / ".venv" / "bin" / "python"
    r = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", str(py), __file__,
                        "--child", str(tree), str(folder), "run" if run else "idle"],
                       capture_output=True, text=True, check=True, cwd=tree)
    return int(_COLLECTED.search(r.stderr)[1]), int(r.stdout.split()[-1])


def _engine(fn: str, obj: str) -> str:
    if "_regex" in obj:
        return "regex module"
    if "_sre" in fn:
        return "re (_sre)"
    if "ceval" in fn:
        return "interpreter loop"
    if "unicodeobject" in fn or "stringlib" in fn:
        return "string work"
    return "the rest (dicts, memory, calls, …)"


def _by_engine(out: Path) -> dict[str, int]:
    text = subprocess.run(["callgrind_annotate", "--threshold=100", str(out)], capture_output=True, text=True,
                          check=True).stdout
    totals: dict[str, int] = {}
    for m in map(_LINE.match, text.splitlines()):
        if m:
            k = _engine(m[2], m[4])
            totals[k] = totals.get(k, 0) + int(m[1].replace(",", ""))
    return totals


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child(Path(argv[1]), Path(argv[2]), argv[3] == "run")
        return 0
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_ingest import build

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", type=Path, required=True, help="another checkout with its own .venv")
    ap.add_argument("--files", type=int, default=108, help="files of four bulletins each, the first eight to warm up")
    ap.add_argument("--engines", action="store_true", help="split this tree's instructions by engine")
    args = ap.parse_args(argv)
    if not shutil.which("valgrind"):
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="partydocs-instr-"))
    try:
        build(work / "a", args.files)
        trees = {"this tree": ROOT, str(args.against): args.against.resolve()}
        jobs = {(name, run): (tree, work / "a", run, work / f"cg-{i}-{run}.out")
                for i, (name, tree) in enumerate(trees.items()) for run in (True, False)}
        with ThreadPoolExecutor(2) as pool:
            got = dict(zip(jobs, pool.map(lambda a: _count(*a), jobs.values())))
        per_mb = {}
        for name in trees:
            (run, size), (idle, _) = got[(name, True)], got[(name, False)]
            per_mb[name] = (run - idle) / (size / 1e6)
            print(f"{name:<30} analyze {per_mb[name] / 1e9:6.2f} G instructions per MB ({size / 1e6:.2f} MB)")
        mine, other = per_mb.values()
        print(f"this tree ÷ {args.against}: {mine / other:.3f} (below 1: fewer instructions)")
        if args.engines:
            run, idle = (_by_engine(jobs[("this tree", r)][3]) for r in (True, False))
            diff = {k: run.get(k, 0) - idle.get(k, 0) for k in run}
            total = sum(diff.values())
            print("this tree's analyze by where it runs:")
            for k, v in sorted(diff.items(), key=lambda kv: -kv[1]):
                print(f"  {k:<36} {100 * v / total:5.1f}%")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
