"""The document's own id and its citing date: one rule each, the same in Python, in the store and in the views."""
from __future__ import annotations

import duckdb
import pytest

from extract.batch import ingest
from extract.identity import OWN_ID, citing_date, own_id
from extract.pipeline import analyze, resolve_documents

HEADER = "ĐẢNG BỘ TỈNH QUẢNG NGÃI\nHUYỆN ỦY SƠN TỊNH\n*\n"
BODY = ("THÔNG BÁO\nKết luận của Ban Thường vụ Huyện ủy\n\nBan Thường vụ Huyện ủy ban hành thông báo này để thực "
        "hiện Chỉ thị 05-CT/TW của Bộ Chính trị trong toàn Đảng bộ huyện.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n"
        "Nguyễn Văn An\n")
COPY = "\nSAO Y BẢN CHÍNH\nSố 12-SY/VPHU\nSơn Tịnh, ngày 12 tháng 3 năm 2023\n"
ORIGINAL = "Số 52-TB/HU\nSơn Tịnh, ngày 10 tháng 3 năm 2023\n\n"

# (text, the symbol of the own number that is the document's id; None: the document itself)
OWN_CASES = [
    (HEADER + ORIGINAL + BODY + COPY, "52-TB/HU"),  # regression: the copy's number sorted first in `citations`
    (HEADER + ORIGINAL + BODY, "52-TB/HU"),
    (HEADER + BODY + COPY, "12-SY/VPHU"),  # a copy whose original number is not written: the copy's own
    (BODY, None),
]


@pytest.mark.parametrize("text,symbol", OWN_CASES, ids=["certified copy", "original", "copy alone", "no number"])
def test_own_id_in_python_and_sql_agree(tmp_path, text, symbol):
    d = tmp_path / "in"
    d.mkdir()
    (d / "tb.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    ingest([str(d)], str(db), jobs=1)
    doc = analyze(text, "tb.txt")
    resolve_documents([doc])
    expected = next((r["canonical_id"] for r in doc["doc_refs"] if r["symbol"] == symbol), None)
    with duckdb.connect(str(db), read_only=True) as con:
        sql = con.execute(f"SELECT canonical_id FROM {OWN_ID}").fetchall()
        edges = con.execute("SELECT source_canonical_id, target_canonical_id, relation FROM ref_relations").fetchall()
        cites = con.execute("SELECT cited_canonical_id, relation FROM citations").fetchall()
    assert own_id(doc["doc_refs"]) == expected and sql == ([(expected,)] if expected else [])
    # the document states that it implements the directive: its citation says so too
    own = expected or f"doc:{doc['doc_id']}"
    assert [(s, r) for s, t, r in edges if t == "CT/TW/5/k?"] == [(own, "implements")]
    assert ("CT/TW/5/k?", "implements") in cites


def test_own_id_rule_agrees_with_the_sql_on_the_corpus(tmp_path, corpus_dir):
    ingest([str(corpus_dir / "docs")], str(tmp_path / "c.duckdb"), jobs=1)
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        sql = dict(con.execute(f"SELECT doc_id, canonical_id FROM {OWN_ID}").fetchall())
        stored = con.execute('SELECT doc_id, list({"self": "self", "doc_type": doc_type, '
                             '"canonical_id": canonical_id} ORDER BY idx) FROM doc_refs GROUP BY doc_id').fetchall()
    python = {doc_id: own_id(refs) for doc_id, refs in stored}
    assert {k: v for k, v in python.items() if v} == sql and len(sql) >= 5


@pytest.mark.parametrize("ref_date,ref_year,expected", [
    ("2022-03-01", 2022, "2022-03-01"), ("2022-03-01", None, "2022-03-01"), (None, 2018, "2018-12-31"),
    (None, None, None),
])
def test_citing_date(ref_date, ref_year, expected):
    assert citing_date(ref_date, ref_year) == expected


def test_the_stored_date_is_the_citing_date(tmp_path):
    text = "BÁO CÁO\nCông tác dân vận năm 2018\n\nThực hiện Kết luận số 12-KL/TW, năm 2018 đạt kết quả tốt."
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(text, encoding="utf-8")
    ingest([str(d)], str(tmp_path / "y.duckdb"), jobs=1)
    doc = analyze(text, "a.txt")
    with duckdb.connect(str(tmp_path / "y.duckdb"), read_only=True) as con:
        [(stored,)] = con.execute("SELECT CAST(ref_date AS VARCHAR) FROM documents").fetchall()
    assert stored == citing_date(doc["ref_date"], doc["ref_year"]) == "2018-12-31"
