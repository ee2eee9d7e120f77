"""Build corpus/gold/*.json from the hand annotations in corpus/annotations/*.yaml.

An annotation names each finding by its surface text (in document order within its
category) and its fields; this script finds the offsets in the text partydocs
extracts (``extract.io.text_of``) and fills the mechanical parts: a date's interval
from its value, a reference's defaults, the document's text length. It fails loudly
when a surface string is not where the annotation says.

    python corpus/build_gold.py          # rebuild every gold file
    python corpus/build_gold.py --check  # exit 1 if a gold file is out of date
"""
from __future__ import annotations

import calendar
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
REF_FIELDS = ("doc_type", "number", "symbol", "type_code", "issuer_code", "issued_date", "issuer", "term", "plenum",
              "congress", "subject", "self")
STAT_FIELDS = ("value", "unit", "numerator", "denominator", "low", "high")


def _last(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def interval(kind: str, value: str) -> tuple[str | None, str | None]:
    """The ISO interval a date value covers (SPEC §3); None for durations and unknown years."""
    if kind == "duration" or "XXXX" in value:
        return None, None
    if kind in ("date", "datetime"):
        return value[:10], value[:10]
    if kind == "month":
        y, m = map(int, value.split("-"))
        return f"{value}-01", _last(y, m)
    if kind == "quarter":
        y, q = int(value[:4]), int(value[-1])
        return f"{y}-{3 * q - 2:02d}-01", _last(y, 3 * q)
    if kind == "half":
        y, h = int(value[:4]), int(value[-1])
        return (f"{y}-01-01", f"{y}-06-30") if h == 1 else (f"{y}-07-01", f"{y}-12-31")
    if kind == "period":
        a, b = value.split("/")
        return f"{a}-01", _last(int(b[:4]), int(b[5:7]))
    if kind == "year":
        return f"{value}-01-01", f"{value}-12-31"
    if kind == "range":
        a, b = value.split("/")
        return (f"{a}-01-01", f"{b}-12-31") if len(a) == 4 else (a, b)
    raise ValueError(f"unknown date kind {kind!r}")


def _locate(text: str, surface: str, after: int, where: str) -> int:
    i = text.find(surface, after)
    if i < 0:
        raise SystemExit(f"{where}: {surface!r} not found after offset {after}")
    return i


def _spans(text: str, items: list, where: str, surface_of) -> list[tuple[int, object]]:
    out, after = [], 0
    for it in items:
        s = surface_of(it)
        i = _locate(text, s, after, where)
        out.append((i, it))
        after = i + len(s)  # findings of one category do not overlap
    return out


def build(ann_path: Path) -> dict:
    from extract.io import text_of

    ann = yaml.safe_load(ann_path.read_text(encoding="utf-8"))
    doc = next(p for p in ROOT.rglob(ann["source"]) if "gold" not in p.parts and "annotations" not in p.parts)
    text = text_of(doc)
    where = ann_path.name
    gold = {"source": ann["source"], "text_length": len(text), "metadata": ann["metadata"]}
    refs = []
    for i, r in _spans(text, ann.get("doc_refs") or [], where, lambda r: r["text"]):
        refs.append({"text": r["text"], **{k: r.get(k, False if k == "self" else None) for k in REF_FIELDS},
                     "start": i, "end": i + len(r["text"])})
    dates = []
    for i, (surface, kind, value) in _spans(text, ann.get("dates") or [], where, lambda d: d[0]):
        a, b = interval(kind, value)
        dates.append({"text": surface, "kind": kind, "value": value, "start_date": a, "end_date": b,
                      "start": i, "end": i + len(surface)})
    people = []
    for i, p in _spans(text, ann.get("people") or [], where, lambda p: p["text"]):
        people.append({**p, "start": i, "end": i + len(p["text"])})
    stats = []
    for i, s in _spans(text, ann.get("statistics") or [], where, lambda s: s["text"]):
        stats.append({"text": s["text"], "kind": s["kind"], **{k: s.get(k) for k in STAT_FIELDS},
                      "start": i, "end": i + len(s["text"])})
    gold.update(doc_refs=refs, dates=dates, people=people, statistics=stats)
    return gold


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT.parent))
    stale = []
    (ROOT / "gold").mkdir(exist_ok=True)
    for ann in sorted((ROOT / "annotations").glob("*.yaml")):
        gold = build(ann)
        out = ROOT / "gold" / f"{ann.stem}.json"
        new = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        if "--check" in argv:
            if not out.exists() or out.read_text(encoding="utf-8") != new:
                stale.append(out.name)
        else:
            out.write_text(new, encoding="utf-8")
    if stale:
        print("out of date:", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
