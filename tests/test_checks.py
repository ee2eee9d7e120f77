"""The batch path's vectorised contract checks reject what the pydantic records reject, naming the document."""
from __future__ import annotations

import copy
import datetime as dt

import duckdb
import pytest

from extract.batch import ingest
from extract.checks import checked_tables
from extract.pipeline import analyze, resolve_documents, to_record
from tests.helpers import BULLETIN

OTHER = "Ngày 03/3/2023, Đảng ủy xã triển khai Nghị quyết số 21-NQ/TW; kết nạp 12 đảng viên."


def _set(category, i=0, **values):
    def change(d):
        d[category][i].update(values)
    return change


def _metadata(**values):
    return lambda d: d["metadata"].update(values)


def _link(**values):
    return lambda d: d["links"][0].update(values)


# (what breaks the contract, the change, what the message says)
BREACHES = [
    ("date kind outside the set", _set("dates", kind="week"), "kind 'week' is not one of"),
    ("date value not shaped by its kind", _set("dates", kind="quarter", value="2024-Q5"), "is not a quarter"),
    ("one end of an interval", _set("dates", start_date="2024-01-01", end_date=None), "both set or both null"),
    ("inverted interval", _set("dates", start_date="2024-02-01", end_date="2024-01-01"), "is inverted"),
    ("day that does not exist", _set("doc_refs", issued_date="2016-02-31"), "not an ISO date"),
    ("date not in ISO form", _metadata(issued_date="05/7/2024"), "not an ISO date"),
    ("year zero", _set("statistics", period_start="0000-01-01", period_end="2024-12-31"), "not an ISO date"),
    ("statistic kind outside the set", _set("statistics", kind="amount"), "kind 'amount' is not one of"),
    ("ratio without denominator", _set("statistics", 2, denominator=None), "a ratio needs denominator"),
    ("count without value", _set("statistics", value=None), "a count needs value"),
    ("role outside the set", _set("people", role="boss"), "role 'boss' is not one of"),
    ("name missing", _set("people", name=None), "name is missing"),
    ("term above its bound", _set("doc_refs", term=31), "term 31 is above 30"),
    ("span past the end of the text", _set("dates", start=len(BULLETIN) - 2, end=len(BULLETIN) + 2),
     "does not fit text"),
    ("inverted span", _set("dates", start=10, end=10), "does not fit text"),
    ("text longer than its span", _set("people", text="Lê Minh Tâm Anh"), "does not fit text"),
    ("relation outside the set", _link(relation="contradicts"), "relation 'contradicts' is not one of"),
    ("text in a number field", _set("doc_refs", term="XII"), ""),
]


@pytest.mark.parametrize("what,change,message", BREACHES, ids=[b[0] for b in BREACHES])
def test_a_breach_is_rejected_by_both_and_names_its_document(what, change, message):
    good, bad = analyze(OTHER, "good.txt"), analyze(BULLETIN, "bad.txt")
    change(bad)
    tables, refused = checked_tables([good, bad], dt.datetime.now())
    assert list(refused) == [bad["doc_id"]] and message in refused[bad["doc_id"]]
    assert all(set(t["doc_id"].to_pylist()) <= {good["doc_id"]} for t in tables.values())
    assert tables["documents"]["doc_id"].to_pylist() == [good["doc_id"]]
    resolved = copy.deepcopy(bad)
    resolve_documents([resolved])
    with pytest.raises(ValueError):  # pydantic's ValidationError is a ValueError
        to_record(resolved)


def test_good_documents_pass_both(corpus_dir):
    from extract.io import iter_inputs, read_raw

    docs = [analyze(read_raw(r), r.source) for r in iter_inputs([str(corpus_dir / "docs")])]
    tables, refused = checked_tables(docs, dt.datetime.now())
    assert refused == {} and tables["documents"].num_rows == len(docs)
    resolve_documents(docs)
    for d in docs:
        to_record(d)


def test_ingest_stores_the_good_documents_and_names_the_bad_one(tmp_path, monkeypatch):
    from extract import batch

    def breaking(text, source, **kw):
        doc = analyze(text, source, **kw)
        if source.endswith("bad.txt"):
            doc["dates"][0]["kind"] = "week"
        return doc

    monkeypatch.setattr(batch, "analyze", breaking)
    d = tmp_path / "in"
    d.mkdir()
    (d / "bad.txt").write_text(BULLETIN, encoding="utf-8")
    (d / "good.txt").write_text(OTHER, encoding="utf-8")
    seen = []
    s = ingest([str(d)], str(tmp_path / "t.duckdb"), jobs=1, on_error=seen.append)
    assert (s.files, s.added, s.errors) == (2, 1, 1)
    with duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True) as con:
        assert [r[0].rsplit("/", 1)[-1] for r in con.execute("SELECT source FROM documents").fetchall()] == ["good.txt"]
        [(source, stage, msg)] = con.execute("SELECT source, stage, message FROM errors").fetchall()
    assert source.endswith("bad.txt") and stage == "extract" and "kind 'week'" in msg
    assert seen[0]["message"] == msg
