"""Dates: partydocs beside dateparser's ``search_dates(languages=["vi"])`` on annotated documents, one run.

    python benchmarks/bench_dates.py [GOLD_DIR DOCS_DIR]     # default: ../shared/dev/gold ../shared/dev/docs

Matching is SPEC §9's for dates: a prediction counts when its span overlaps a gold date and its value is
equal. dateparser returns datetimes: a found string becomes a value by its granularity (a bare year →
``YYYY``, a month → ``YYYY-MM``, else ``YYYY-MM-DD``), its offsets by locating the string in the text.
partydocs's dates are those a document shows (``DocContext.kept("dates")``): its time includes the
references finder, which takes the dates inside references. Needs ``pip install -e ".[bench]"``.
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.evaluate import prf  # noqa: E402
from extract.context import DocContext  # noqa: E402
from extract.io import text_of  # noqa: E402


def score(gold: list[dict], pred: list[dict]) -> tuple[int, int, int]:
    used, tp = set(), 0
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and g["start"] < p["end"] and p["start"] < g["end"] and g["value"] == p["value"]:
                used.add(j)
                tp += 1
                break
    return tp, len(pred), len(gold)


def dateparser_dates(text: str) -> list[dict]:
    from dateparser.search import search_dates

    out, cursor = [], 0
    for found, dt in search_dates(text, languages=["vi"]) or []:
        i = text.find(found, cursor)
        if i < 0:
            continue
        cursor = i + len(found)
        if re.fullmatch(r"\D*\d{4}\D*", found):
            value = f"{dt.year:04d}"
        elif not re.search(r"\d{1,2}\D+\d{1,2}\D+\d{4}", found) and re.search(r"tháng", found, re.I):
            value = f"{dt.year:04d}-{dt.month:02d}"
        else:
            value = dt.date().isoformat()
        out.append({"start": i, "end": i + len(found), "value": value})
    return out


def main(argv: list[str]) -> int:
    gold_dir = Path(argv[0]) if argv else ROOT.parent / "shared" / "dev" / "gold"
    docs_dir = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "dev" / "docs"
    if not gold_dir.is_dir():
        print(f"no gold at {gold_dir}: nothing to measure")
        return 0
    totals = {"partydocs": [0, 0, 0, 0.0], "dateparser": [0, 0, 0, 0.0]}
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        text = text_of(next(docs_dir.rglob(gold["source"])))
        for name, fn in (("partydocs", lambda t: DocContext(t).kept("dates")), ("dateparser", dateparser_dates)):
            t0 = time.perf_counter()
            pred = fn(text)
            totals[name][3] += time.perf_counter() - t0
            for k, v in enumerate(score(gold["dates"], pred)):
                totals[name][k] += v
    print(f"{'finder':<11} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'seconds':>8}")
    for name, (tp, npred, ngold, secs) in totals.items():
        p, r, f = prf(tp, npred, ngold)
        print(f"{name:<11} {ngold:>5} {npred:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f} {secs:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
