"""How long a command takes to start: ``partydocs query "select 1"``, ``--help`` and a first ``analyze``
against ``python -c pass``.

    python benchmarks/bench_start.py                       # 15 runs of each, medians
    python benchmarks/bench_start.py --baseline /work/baseline

Ingests one small bulletin into a fresh database, then runs each command ``--runs`` times as a child
process, interleaved so that a busy machine slows all of them alike, and prints the median and best
wall time of each, its excess over ``python -c pass`` measured in the same run, and the CPU time (user +
system) each used, which a busy machine disturbs less than the wall time. ``first analyze`` is what
``partydocs extract one.txt`` waits for before reading: the finders' imports and their patterns compiling,
then one short bulletin analysed. With ``--baseline``,
the same commands of another checkout (its ``.venv``) run in the same rounds. Nothing is asserted.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("THÔNG BÁO\nKết luận của Ban Thường vụ Huyện ủy\n\nNgày 05/7/2024, Huyện ủy tiếp tục thực hiện Chỉ thị số "
        "05-CT/TW, ngày 15/5/2016 của Bộ Chính trị; kết nạp 85 đảng viên.\n")

FIRST = f"from extract.pipeline import analyze; analyze({TEXT!r}, 'a.txt')"


def _time(argv: list[str], cwd: Path) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of ``argv`` in ``cwd`` (not a checkout: ``python -c``
    imports from its working folder first)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=cwd)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--baseline", type=Path, default=None, help="another checkout with its own .venv")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="partydocs-start-"))
    (work / "a.txt").write_text(TEXT, encoding="utf-8")
    db = work / "s.duckdb"
    here = ROOT / ".venv" / "bin"
    subprocess.run([str(here / "partydocs"), "ingest", str(work / "a.txt"), "--db", str(db), "-q"], check=True,
                   stderr=subprocess.DEVNULL)
    commands = {"python -c pass": [str(here / "python"), "-c", "pass"],
                "partydocs --help": [str(here / "partydocs"), "--help"],
                "partydocs query": [str(here / "partydocs"), "query", "select 1", "--db", str(db)],
                "first analyze": [str(here / "python"), "-c", FIRST]}
    if args.baseline:
        old = args.baseline / ".venv" / "bin"
        commands["baseline --help"] = [str(old / "partydocs"), "--help"]
        commands["baseline query"] = [str(old / "partydocs"), "query", "select 1", "--db", str(db)]
        commands["baseline analyze"] = [str(old / "python"), "-c", FIRST]
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            times[name].append(_time(cmd, work))
    base = statistics.median(w for w, _ in times["python -c pass"])
    print(f"{'command':<20} {'median s':>9} {'best s':>7} {'− python -c pass':>17} {'CPU s (median)':>15}")
    for name, ts in times.items():
        med = statistics.median(w for w, _ in ts)
        cpu = statistics.median(c for _, c in ts)
        print(f"{name:<20} {med:>9.3f} {min(w for w, _ in ts):>7.3f} {med - base:>17.3f} {cpu:>15.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
