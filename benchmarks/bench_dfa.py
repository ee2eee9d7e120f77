"""Would a DFA engine pay for the whole-text anchor scans? ``re`` against google-re2 and hyperscan, same run.

    pip install google-re2 hyperscan          # not dependencies of partydocs: only this benchmark uses them
    python benchmarks/bench_dfa.py            # 300 files of the README's benchmark archive

The anchor scans of the references and the dates (``Anchors.starts``: the words a form may start with, in the
lowercased text) are the scans that read every character of every document. Each engine finds the starts of
the same words; re2's starts are checked equal to ``re``'s; hyperscan reports byte offsets of every
(overlapping) match, mapped to character offsets with numpy, so its figure is a lower bound of what a
drop-in would cost. CPU ms per MB, best of 5; nothing is asserted.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _best(f, rounds: int = 5):
    best, out = float("inf"), None
    for _ in range(rounds):
        t0 = time.process_time()
        out = f()
        best = min(best, time.process_time() - t0)
    return best, out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=300)
    args = ap.parse_args(argv)
    try:
        import hyperscan
        import numpy as np
        import re2
    except ImportError as e:
        print(f"needs google-re2, hyperscan and numpy ({e}): pip install google-re2 hyperscan numpy")
        return 2
    from bench_ingest import build

    from extract.find.date_forms import ANCHORS as DATES
    from extract.find.refs.patterns import ANCHORS as REFS
    from extract.io.decode import decode_bytes

    folder = Path(tempfile.mkdtemp(prefix="partydocs-dfa-"))
    build(folder, args.files)
    texts = [decode_bytes(p.read_bytes(), p.name).lower() for p in sorted(folder.rglob("*.txt"))]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(texts)} files, {mb:.1f} MB")
    print(f"{'scan':<8} {'words':>5} {'re ms/MB':>9} {'re2 ms/MB':>10} {'re2 = re':>9} {'hyperscan ms/MB':>16}")
    for name, anchors in (("refs", REFS), ("dates", DATES)):
        ours = anchors._words
        words = [re.sub(r"\\(.)", r"\1", w) for w in ours.pattern.split("|")]
        theirs = re2.compile(ours.pattern)
        db = hyperscan.Database()
        db.compile(expressions=[re.escape(w).encode() for w in words], ids=list(range(len(words))),
                   elements=len(words), flags=[hyperscan.HS_FLAG_SOM_LEFTMOST | hyperscan.HS_FLAG_UTF8] * len(words))

        def scan_hs():
            out = []
            for t in texts:
                data = t.encode()
                hits: list[int] = []
                db.scan(data, match_event_handler=lambda i, start, end, flags, ctx: hits.append(start))
                lead = np.frombuffer(data, dtype=np.uint8) & 0xC0 != 0x80  # a character starts at this byte
                chars = np.cumsum(lead) - 1
                out.append(sorted(set(chars[hits].tolist())) if hits else [])
            return out

        t_re, a = _best(lambda: [[m.start() for m in ours.finditer(t)] for t in texts])
        t_re2, b = _best(lambda: [[m.start() for m in theirs.finditer(t)] for t in texts])
        t_hs, _ = _best(scan_hs)
        print(f"{name:<8} {len(words):>5} {t_re / mb * 1000:>9.1f} {t_re2 / mb * 1000:>10.1f} {str(a == b):>9} "
              f"{t_hs / mb * 1000:>16.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
