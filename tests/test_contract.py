"""Contract on every corpus file: every SPEC §7 field present, text == doc[start:end], records validate."""
from __future__ import annotations

import pytest

from extract.io import iter_inputs, read_raw
from extract.pipeline import analyze, resolve_documents, to_record
from tests.conftest import CORPUS
from tests.test_cli import METADATA, SPEC_FIELDS

FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".txt", ".html")
               and "gold" not in p.parts and "annotations" not in p.parts)


@pytest.fixture(scope="module")
def analysed():
    docs = [analyze(read_raw(r), r.source) for r in iter_inputs([str(p) for p in FILES])]
    resolve_documents(docs)
    return docs


def test_corpus_has_the_promised_kinds():
    assert len(FILES) >= 12
    assert any(p.suffix == ".html" for p in FILES)


def test_every_field_and_offset(analysed):
    assert len(analysed) == len(FILES)
    for d in analysed:
        rec = to_record(d).model_dump(mode="json")
        assert METADATA <= set(rec["metadata"])
        for cat, fields in SPEC_FIELDS.items():
            for f in rec[cat]:
                assert fields <= set(f)
                assert d["text"][f["start"]:f["end"]] == f["text"]
        assert all(r["canonical_id"] for r in rec["doc_refs"]), d["source"]


def test_sentences_cover_findings(analysed):
    for d in analysed:
        for cat in ("doc_refs", "dates", "statistics"):
            assert all(f["sentence_id"] is not None for f in d[cat]), (d["source"], cat)


@pytest.mark.parametrize("heading", ["Tin liên quan", "Các tin khác", "Đọc thêm:"])
def test_a_closing_list_of_other_articles_adds_no_findings(heading):
    body = "Ngày 10/02/2024, Huyện ủy sơ kết Chỉ thị số 29-CT/TW.\n\nMinh Anh\n\n"
    doc = analyze(body + heading + "\nTỉnh ủy quán triệt Nghị quyết số 21-NQ/TW ngày 16/6/2022\n", "a.html")
    assert [r["symbol"] for r in doc["doc_refs"]] == ["29-CT/TW"]
    assert [d["value"] for d in doc["dates"]] == ["2024-02-10"]
    assert doc["metadata"]["author"] == "Minh Anh"
