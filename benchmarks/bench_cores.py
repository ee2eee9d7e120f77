"""Where the CPU of an ingest goes: the writer process against its workers, ``-j 2`` against ``-j 1``.

    python benchmarks/bench_cores.py                 # 2,000 files of ten bulletins (20 MB), as bench_ingest.py

Builds the archive of ``bench_ingest.py``, ingests it into a fresh database with ``-j 1`` and ``-j 2`` (the
library call ``extract.batch.ingest``, in a child process each), and prints each run's wall time, the CPU time
of the writer (the process that reads, checks, marks copies, inserts and resolves) and of its workers, and
how busy the cores it may use were (CPU ÷ wall ÷ min(cores, -j)), when the first chunk came back (the serial
start: imports, patterns, the fork) and how long the end took after the last commit (the final resolution).
Nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHILD = r"""
import os, resource, sys, tempfile, time
from extract.batch import ingest
jobs, folder = int(sys.argv[1]), sys.argv[2]
db = os.path.join(tempfile.mkdtemp(prefix="partydocs-cores-"), "c.duckdb")
first, last = [], []
t = time.perf_counter()
ingest([folder], db, jobs=jobs, on_progress=lambda *a, **k: first or first.append(time.perf_counter()),
       on_commit=lambda s: last.append(time.perf_counter()))
end = time.perf_counter()
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(end - t, me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime, first[0] - t, end - last[-1])
os.remove(db)
"""


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--per-file", type=int, default=10)
    args = ap.parse_args(argv)
    from bench_ingest import build

    folder = Path(tempfile.mkdtemp(prefix="partydocs-cores-"))
    size = build(folder, args.files, per_file=args.per_file)
    print(f"archive: {args.files} files, {size / 1e6:.1f} MB; {os.cpu_count()} cores")
    print(f"{'run':<6} {'wall s':>7} {'writer CPU s':>13} {'workers CPU s':>14} {'cores busy':>11} "
          f"{'first chunk s':>14} {'after last commit s':>20}")
    walls = {}
    for jobs in (1, 2):
        r = subprocess.run([sys.executable, "-c", CHILD, str(jobs), str(folder)], capture_output=True, text=True,
                           check=True, cwd=folder)
        wall, writer, workers, start, tail = map(float, r.stdout.split()[-5:])
        walls[jobs] = wall
        busy = (writer + workers) / wall / min(os.cpu_count() or 1, jobs)
        print(f"-j {jobs:<3} {wall:>7.1f} {writer:>13.1f} {workers:>14.1f} {busy:>10.0%} {start:>14.1f} {tail:>20.1f}")
    print(f"-j 2 ÷ -j 1: {walls[1] / walls[2]:.2f}×")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
