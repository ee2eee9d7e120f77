"""Quality gate: findings on the bundled corpus scored against its hand-made gold (corpus/gold).

Floors are pinned a little under what the finders measure today; a change that
drops below one fails here. The same gate runs on ../shared/dev when present.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.evaluate import load_golds, score
from extract.io import iter_inputs, read_raw
from extract.pipeline import analyze, resolve_documents, to_record
from tests.conftest import CORPUS

# category → minimum F1 on corpus/gold
CORPUS_FLOORS = {"doc_refs": 0.97, "dates": 0.95, "people": 0.95, "statistics": 0.92}
DEV_FLOORS = {"doc_refs": 0.97, "dates": 0.95, "people": 0.95, "statistics": 0.92}


def predictions(paths: list[Path]) -> dict[str, dict]:
    docs = [analyze(read_raw(r), r.source) for r in iter_inputs([str(p) for p in paths])]
    resolve_documents(docs)
    return {Path(d["source"]).name: to_record(d).model_dump(mode="json") for d in docs}


golds = load_golds


def _check(gold: dict, preds: dict, floors: dict):
    missing = sorted(set(gold) - set(preds))
    assert not missing, f"no prediction for {missing}"
    report = score(gold, preds)
    low = {c: round(report[c]["f1"], 3) for c, floor in floors.items() if report[c]["f1"] < floor}
    assert not low, f"below the floor: {low} (floors {floors})"


@pytest.fixture(scope="module")
def corpus_scores():
    gold = golds(CORPUS / "gold")
    if not gold:
        pytest.fail("corpus/gold is empty")
    files = [p for p in CORPUS.rglob("*") if p.is_file() and "gold" not in p.parts and "annotations" not in p.parts
             and p.suffix in (".txt", ".html", ".docx", ".pdf")]
    return gold, predictions(files)


def test_corpus_gold_floors(corpus_scores):
    gold, preds = corpus_scores
    _check(gold, preds, CORPUS_FLOORS)


def test_gold_offsets_match_extracted_text():
    from extract.io import text_of

    for f in sorted((CORPUS / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        [path] = [p for p in CORPUS.rglob(g["source"]) if "gold" not in p.parts]
        text = text_of(path)
        assert len(text) == g["text_length"], g["source"]
        for cat in ("doc_refs", "dates", "people", "statistics"):
            for x in g[cat]:
                assert text[x["start"]:x["end"]] == x["text"], (g["source"], x)


def test_gold_is_built_from_the_annotations():
    import subprocess
    import sys

    r = subprocess.run([sys.executable, str(CORPUS / "build_gold.py"), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_dev_set_floors(shared_dir):
    gold = golds(shared_dir / "dev" / "gold")
    preds = predictions(sorted((shared_dir / "dev" / "docs").glob("*.txt")))
    _check(gold, preds, DEV_FLOORS)


def test_dev_and_corpus_resolved_together(shared_dir, tmp_path):
    """Dev documents plus corpus in one database: one id per real document, two ids for 01-HD/TW of two terms."""
    from collections import defaultdict

    import duckdb

    from extract.batch import ingest

    db = tmp_path / "all.duckdb"
    ingest([str(shared_dir / "dev" / "docs"), str(CORPUS / "docs")], str(db), jobs=1)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT symbol, issued_date, term, canonical_id FROM doc_refs WHERE symbol IS NOT NULL").fetchall()
    ids_by_dated_symbol = defaultdict(set)
    for symbol, issued, term, cid in rows:
        if issued is not None:
            ids_by_dated_symbol[(symbol, issued)].add(cid)
    assert all(len(ids) == 1 for ids in ids_by_dated_symbol.values()), ids_by_dated_symbol
    hd = {cid for symbol, _, _, cid in rows if symbol == "01-HD/TW"}
    assert hd == {"HD/TW/1/k12", "HD/TW/1/k13"}
    same = {cid for symbol, _, _, cid in rows if symbol == "05-CT/TW"}
    assert same == {"CT/TW/5/k12"}
