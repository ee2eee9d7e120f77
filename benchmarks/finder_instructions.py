"""Instructions one finder executes per MB, counted by valgrind's callgrind: a figure the shared machine's load
does not move (issue 19's profile was taken the same way).

    python benchmarks/finder_instructions.py --finder doc_refs --against ../baseline
    python benchmarks/finder_instructions.py --finder doc_refs --files 100 --folder /work/snapshot/real

For each tree (its own ``.venv``), two runs under ``valgrind --tool=callgrind`` decode the same texts and warm up
on the first eight; then one runs every finder up to and including ``--finder`` on each text's context, the other
only those before it. The difference of their instruction counts is the finder's own work. Needs ``valgrind``
(Debian package); slow (about a minute per run for 100 bulletins). Nothing is asserted.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _child(tree: Path, folder: Path, limit: int, finder: str, include: bool) -> None:
    sys.path.insert(0, str(tree))
    from extract.context import DocContext
    from extract.find import FINDERS
    from extract.io.decode import decode_bytes

    texts = [decode_bytes(p.read_bytes(), p.name) for p in sorted(folder.rglob("*.txt"))[:limit]]
    names = [f.name for f in FINDERS]
    upto = names[:names.index(finder) + (1 if include else 0)]
    for text in texts[:8]:  # imports, pattern compilation, first-use caches
        ctx = DocContext(text)
        for name in names[:names.index(finder) + 1]:
            ctx.found(name)
    for text in texts[8:]:
        ctx = DocContext(text)
        for name in upto:
            ctx.found(name)
    print(sum(len(t.encode()) for t in texts[8:]))


def _count(py: Path, tree: Path, folder: Path, limit: int, finder: str, include: bool) -> tuple[int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", str(py), __file__,
                              "--child", str(tree), str(folder), str(limit), finder, str(int(include))],
                             capture_output=True, text=True, check=True, cwd=tree)
    return int(_COLLECTED.search(out.stderr)[1]), int(out.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child(Path(argv[1]), Path(argv[2]), int(argv[3]), argv[4], argv[5] == "1")
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--finder", default="doc_refs")
    ap.add_argument("--files", type=int, default=100)
    ap.add_argument("--folder", type=Path, help="these .txt files instead of a synthetic archive")
    ap.add_argument("--against", type=Path, help="another checkout with its own .venv, counted the same way")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="partydocs-instr-"))
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
        per_mb = {}
        for name, (py, tree) in trees.items():
            with_f, size = _count(py, tree, folder, args.files, args.finder, True)
            without, _ = _count(py, tree, folder, args.files, args.finder, False)
            per_mb[name] = (with_f - without) / (size / 1e6)
            print(f"{args.finder} in {name}: {(with_f - without) / 1e6:.0f} M instructions over {size / 1e6:.2f} MB"
                  f" = {per_mb[name] / 1e6:.0f} M per MB")
        if len(per_mb) == 2:
            a, b = per_mb.values()
            print(f"this tree ÷ other: {a / b:.3f} (below 1: fewer instructions)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
