"""Score findings against gold annotations (the matching rule of SPEC §9).

A predicted finding matches a gold one of the same category when their spans
overlap and their key agrees (refs: symbol, or type+number+plenum/congress+term;
dates: value; people: name; statistics: kind+value, ratio parts, range ends).
Used by the in-repo quality gate over ``corpus/gold``.

Example::

    >>> prf(8, 10, 9)
    (0.8, 0.8888888888888888, 0.8421052631578948)
"""
from __future__ import annotations

import json
from pathlib import Path

from extract.errors import InputError
from extract.normalize import fold

CATEGORIES = ("doc_refs", "dates", "people", "statistics")
ATTRIBUTES = {"doc_refs": ("doc_type", "issued_date", "issuer", "term", "plenum", "congress", "self"),
              "dates": ("kind", "start_date", "end_date"), "people": ("titles", "role"),
              "statistics": ("unit",)}


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-3 * max(1.0, abs(float(a)), abs(float(b)))


def _ref_key(r: dict, use_symbol: bool = True):
    if use_symbol and r.get("symbol"):
        return ("sym", (fold(r["symbol"]) or "").replace(" ", "").upper())
    n = str(r.get("number") or "")
    n = str(int(n)) if n.isdigit() else (n or None)
    return ("ref", fold(r.get("doc_type")), n, r.get("plenum"), r.get("congress"), r.get("term"))


def key_agrees(cat: str, g: dict, p: dict) -> bool:
    """Whether prediction ``p`` names the same thing as gold ``g``."""
    if cat == "doc_refs":
        kg = _ref_key(g)
        if kg[0] == "sym":
            return kg == _ref_key(p)
        kp = _ref_key(p, use_symbol=False)
        return kg[1:3] == kp[1:3] and all(a is None or a == b for a, b in zip(kg[3:], kp[3:]))
    if cat == "dates":
        return str(g.get("value", "")).upper() == str(p.get("value", "")).upper()
    if cat == "people":
        return fold(g.get("name")) == fold(p.get("name"))
    if g.get("kind") != p.get("kind"):
        return False
    if g["kind"] == "range":
        return _close(g.get("low"), p.get("low")) and _close(g.get("high"), p.get("high"))
    if g["kind"] == "ratio":
        return _close(g.get("numerator"), p.get("numerator")) and _close(g.get("denominator"), p.get("denominator"))
    return _close(g.get("value"), p.get("value"))


def attribute_agrees(name: str, g: dict, p: dict) -> bool:
    gv, pv = g.get(name), p.get(name)
    if name == "titles":
        return sorted(map(fold, gv or [])) == sorted(map(fold, pv or []))
    if name == "self":
        return bool(gv) == bool(pv)
    if name == "unit":
        a, b = (fold(v or "").replace(",", " ").split() for v in (gv, pv))
        n = min(len(a), len(b))
        return bool(n) and a[:n] == b[:n]
    if isinstance(gv, str) or isinstance(pv, str):
        return fold(gv) == fold(pv)
    return gv == pv


def match(cat: str, gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy one-to-one pairs: each gold finding takes the nearest unused overlapping prediction."""
    used, pairs = set(), []
    for g in gold:
        best = None
        for j, p in enumerate(pred):
            if j in used or not (g["start"] < p["end"] and p["start"] < g["end"]) or not key_agrees(cat, g, p):
                continue
            d = abs(g["start"] - p["start"]) + abs(g["end"] - p["end"])
            if best is None or d < best[0]:
                best = (d, j)
        if best:
            used.add(best[1])
            pairs.append((g, pred[best[1]]))
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(golds: dict[str, dict], preds: dict[str, dict]) -> dict:
    """Per-category precision/recall/F1 and attribute accuracy; documents paired by name."""
    tot = {c: {"tp": 0, "np": 0, "ng": 0, "attr": {a: [0, 0] for a in ATTRIBUTES[c]}} for c in CATEGORIES}
    for name, g in golds.items():
        p = preds.get(name, {})
        for cat in CATEGORIES:
            gl, pl = g.get(cat, []), p.get(cat, []) or []
            pairs = match(cat, gl, pl)
            t = tot[cat]
            t["tp"] += len(pairs)
            t["np"] += len(pl)
            t["ng"] += len(gl)
            for a in ATTRIBUTES[cat]:
                t["attr"][a][0] += sum(attribute_agrees(a, x, y) for x, y in pairs)
                t["attr"][a][1] += len(pairs)
    out = {}
    for cat, t in tot.items():
        p, r, f = prf(t["tp"], t["np"], t["ng"])
        out[cat] = {"precision": p, "recall": r, "f1": f, "gold": t["ng"], "pred": t["np"],
                    "attributes": {a: ok / n if n else None for a, (ok, n) in t["attr"].items()}}
    return out


def load_golds(gold_dir: str | Path) -> dict[str, dict]:
    """Gold files of a folder, keyed by the base name of their ``source``."""
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise InputError(str(gold_dir), "gold", "no gold files (*.json) there")
    out = {}
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        out[Path(g["source"]).name] = g
    return out
