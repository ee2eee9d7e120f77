"""End-to-end ingest throughput and peak memory, against underthesea measured in the same run.

    python benchmarks/bench_ingest.py                 # quick: 500 files (about 5 MB)
    python benchmarks/bench_ingest.py --files 10000   # the README table (about 100 MB)
    python benchmarks/bench_ingest.py --files 10000 --files2 50000   # memory: does it grow with the archive?
    python benchmarks/bench_ingest.py --files 2000 --against ../baseline/.venv/bin/partydocs --repeat 3
                                                      # -j 2 of this code ÷ another build, runs alternated
    python benchmarks/bench_ingest.py --from ../shared/dev/real/docs --per-file 20
                                                      # an archive built from denser real pages instead

Builds a synthetic archive of unique bulletins from corpus/docs (numbers and names varied, dates kept
valid, paragraphs shuffled, several documents per file), runs ``partydocs ingest`` with ``-j 1`` and
``-j 2`` as child processes, and times underthesea ``word_tokenize`` and ``ner`` on a sample of the same
text. Peak memory is the largest sum, sampled every 0.25 s, of the proportional set size (PSS, shared
pages split between the processes that share them) of the ingest and all its worker processes. Prints
ratios measured in this run; nothing here is asserted.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent / "partydocs"
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quang Cường", "Phạm Thu Dung", "Hoàng Minh Đức", "Vũ Thị Hà",
         "Đặng Văn Khoa", "Bùi Thị Lan", "Đỗ Quốc Minh", "Ngô Thị Nga"]


def _texts(source: Path | None = None) -> list[str]:
    """The documents the archive is built from: ``corpus/docs``, or the files of ``source`` (``--from``)."""
    sys.path.insert(0, str(ROOT))
    from extract.io import text_of

    return [text_of(p) for p in sorted((source or ROOT / "corpus" / "docs").rglob("*")) if p.is_file()]


def _other_number(m: re.Match, rnd: random.Random) -> str:
    """Numbers of 3 or 5+ digits get other digits (same length); days, months and years stay valid."""
    digits = m.group()
    if len(digits) in (1, 2, 4):
        return digits
    return str(rnd.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))


def _vary(text: str, rnd: random.Random) -> str:
    """A new, unique bulletin: other numbers, other names, paragraphs in another order."""
    text = re.sub(r"\d+", lambda m: _other_number(m, rnd), text)
    text = re.sub("|".join(NAMES[:3]), lambda m: rnd.choice(NAMES), text)
    paras = text.split("\n\n")
    head, body = paras[:2], paras[2:]
    rnd.shuffle(body)
    return "\n\n".join(head + body)


def build(folder: Path, files: int, per_file: int = 4, seed: int = 1, source: Path | None = None) -> int:
    rnd, texts, size = random.Random(seed), _texts(source), 0
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        doc = "\n\n".join(_vary(rnd.choice(texts), rnd) for _ in range(per_file)) + f"\n\nMã lưu trữ {i}-{seed}\n"
        data = doc.encode("utf-8")
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"bt-{i:06d}.txt").write_bytes(data)
        size += len(data)
    return size


_RUNNER = """
import json, os, resource, subprocess, sys, time

def tree(root):
    kids = {}
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                with open(f"/proc/{p}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            kids.setdefault(ppid, []).append(int(p))
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out

def pss_mb(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0

t0 = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
samples = []
while proc.poll() is None:
    samples.append(sum(pss_mb(p) for p in tree(proc.pid)))
    time.sleep(0.25)
err = proc.stderr.read()
samples.sort()
ru = resource.getrusage(resource.RUSAGE_CHILDREN)  # the ingest and the workers it waited for
print(json.dumps({"rc": proc.returncode, "seconds": time.perf_counter() - t0, "cpu": ru.ru_utime + ru.ru_stime,
                  "peak_mb": samples[-1] if samples else 0,
                  "median_mb": samples[len(samples) // 2] if samples else 0, "stderr": err[-300:]}))
"""


def run_ingest(folder: Path, jobs: int, binary: Path = BIN) -> dict:
    db = Path(tempfile.mkdtemp()) / "bench.duckdb"
    out = subprocess.run([sys.executable, "-c", _RUNNER, str(binary), "ingest", str(folder), "--db", str(db),
                          "-j", str(jobs), "-q"], capture_output=True, text=True)
    shutil.rmtree(db.parent, ignore_errors=True)
    return json.loads(out.stdout)


def underthesea_rates(sample: str) -> tuple[float, float]:
    from underthesea import ner, sent_tokenize, word_tokenize

    word_tokenize("Khởi động.")
    ner("Khởi động.")
    t0 = time.perf_counter()
    word_tokenize(sample, use_token_normalize=False)
    wt = len(sample.encode()) / 1e6 / (time.perf_counter() - t0)
    sents = [s for s in sent_tokenize(sample) if s.strip()][:100]
    t0 = time.perf_counter()
    for s in sents:
        ner(s)
    nr = sum(len(s.encode()) for s in sents) / 1e6 / (time.perf_counter() - t0)
    return wt, nr


def compare(folder: Path, size: int, other: Path, repeat: int) -> int:
    """``ingest -j 2`` of this build and of ``other`` on the same archive, alternated ``repeat`` times: wall
    seconds, and CPU seconds of the ingest and its workers (less moved by other load on the machine)."""
    runs: dict[str, list[dict]] = {"this": [], "other": []}
    for _ in range(repeat):
        for name, binary in (("other", other), ("this", BIN)):
            runs[name].append(run_ingest(folder, 2, binary))
    print(f"archive: {size / 1e6:.1f} MB; ingest -j 2, alternated runs (wall s / CPU s)")
    for name, rs in runs.items():
        print(f"{name:<6} " + "  ".join(f"{r['seconds']:6.1f} /{r['cpu']:6.1f}" for r in rs)
              + ("" if all(r["rc"] == 0 for r in rs) else "  (a run failed)"))
    for what in ("seconds", "cpu"):
        ratios = [t[what] / o[what] for t, o in zip(runs["this"], runs["other"])]
        best = min(r[what] for r in runs["this"]) / min(r[what] for r in runs["other"])
        print(f"this ÷ other, {what}: " + " ".join(f"{r:.3f}" for r in ratios) + f"; best ÷ best {best:.3f}")
    return 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=500)
    ap.add_argument("--per-file", type=int, default=10,
                    help="corpus documents combined into one file (10: 10,000 files make about 100 MB)")
    ap.add_argument("--files2", type=int, default=0, help="a second, larger archive for the memory check")
    ap.add_argument("--against", type=Path, help="another partydocs command: only -j 2 of both, alternated")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each with --against")
    ap.add_argument("--from", dest="source", type=Path,
                    help="build the archive from the documents of this folder (e.g. real pages kept outside the "
                         "project, denser in references, dates and figures) instead of corpus/docs")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="partydocs-bench-"))
    try:
        size = build(work / "a", args.files, args.per_file, source=args.source)
        if args.against:
            return compare(work / "a", size, args.against, args.repeat)
        sample = "\n".join(p.read_text(encoding="utf-8") for p in sorted((work / "a").rglob("*.txt"))[:40])[:200_000]
        wt, nr = underthesea_rates(sample)
        runs = {j: run_ingest(work / "a", j) for j in (1, 2)}
        print(f"archive: {args.files} files, {size / 1e6:.1f} MB")
        print(f"{'what':<28} {'MB/s':>8} {'peak MB':>8} {'× word_tokenize':>16}")
        print(f"{'underthesea word_tokenize':<28} {wt:>8.3f} {'':>8} {1:>16.1f}")
        print(f"{'underthesea ner (100 sent.)':<28} {nr:>8.3f} {'':>8} {nr / wt:>16.2f}")
        for j, r in runs.items():
            rate = size / 1e6 / r["seconds"]
            print(f"{f'partydocs ingest -j {j}':<28} {rate:>8.3f} {r['peak_mb']:>8.0f} {rate / wt:>16.1f}"
                  + ("" if r["rc"] == 0 else f"  (exit {r['rc']})"))
        print(f"-j 2 ÷ -j 1: {runs[1]['seconds'] / runs[2]['seconds']:.2f}×")
        if args.files2:
            size2 = build(work / "b", args.files2, args.per_file, seed=2, source=args.source)
            r2 = run_ingest(work / "b", 2)
            print(f"memory, -j 2 (PSS of all processes, sampled every 0.25 s): {args.files} files "
                  f"{runs[2]['peak_mb']:.0f} MB peak, {runs[2]['median_mb']:.0f} MB median; {args.files2} files "
                  f"({size2 / 1e6:.0f} MB) {r2['peak_mb']:.0f} MB peak, {r2['median_mb']:.0f} MB median")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
