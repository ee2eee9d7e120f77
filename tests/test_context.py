"""The document context and the registry of finders: one context per document, each finder run once, the same
findings whichever way the finders are called (analyze, the context, the spaCy components)."""
from __future__ import annotations

import pytest

from extract.context import DocContext
from extract.find import CATEGORIES, FINDER, FINDERS
from extract.find.document import RefDate
from extract.nlp import COMPONENTS, make_nlp
from extract.pipeline import analyze
from tests.helpers import BULLETIN

HEADER = "HUYỆN ỦY MỘ ĐỨC\n*\nSố 12-TB/HU\nMộ Đức, ngày 05 tháng 7 năm 2024\n\nTHÔNG BÁO\nKết luận của Thường trực\n\n"


def test_analyze_gives_what_the_registered_finders_find():
    ctx, doc = DocContext(BULLETIN), analyze(BULLETIN, "b.txt")
    assert [f.name for f in FINDERS if f.spans] == list(CATEGORIES)
    for cat in CATEGORIES:
        assert [(f["start"], f["end"]) for f in doc[cat]] == [(f["start"], f["end"]) for f in ctx.kept(cat)]
    assert doc["metadata"] == ctx.found("metadata")[0]


def test_each_finder_runs_once_and_later_ones_read_earlier_ones():
    ctx = DocContext(BULLETIN)
    stats = ctx.found("statistics")  # runs the dates, references and people first
    assert {"doc_refs", "dates", "people"} <= set(ctx._found)
    assert ctx.found("statistics") is stats and ctx.found("dates") is ctx.found("dates")


@pytest.mark.parametrize("text,own_date,citing", [
    (HEADER + "Nội dung.", RefDate("2024-07-05", 2024), "2024-07-05"),  # the place-date line
    ("Tin hoạt động\n12/03/2024 08:15\n\nNội dung.", RefDate("2024-03-12", 2024), "2024-03-12"),  # a dateline
    ("Năm 2023 và năm 2023, năm 2022.", RefDate(None, 2023), None),  # the year written most
])
def test_one_own_date_and_citing_date(text, own_date, citing):
    ctx, doc = DocContext(text), analyze(text, "x.txt")
    assert (ctx.own_date, ctx.citing_date) == (own_date, citing)
    assert (doc["ref_date"], doc["ref_year"], doc["metadata"]["issued_date"]) == (citing, own_date.year, citing)
    assert [r["issued_date"] for r in ctx.own_refs] == ([citing] if ctx.own_refs else [])


def test_the_context_holds_the_header_and_the_trailer():
    text = HEADER + "Nội dung.\n\nTin liên quan\nHuyện ủy khác kết nạp 5 đảng viên"
    ctx = DocContext(text)
    assert ctx.scope == {"d": "huyện Mộ Đức", "own": "d"}
    assert ctx.trailer_start == text.index("Tin liên quan")
    assert [r["symbol"] for r in ctx.own_refs] == ["12-TB/HU"]
    assert ctx.found("statistics") and not ctx.kept("statistics")  # the closing list names other pages' figures


def test_a_finder_may_be_read_alone_with_given_inputs():
    text = "Quý II kết nạp 12 đảng viên."
    alone = DocContext(text, own_date=RefDate(None, 2024), found={"dates": [], "doc_refs": [], "people": []})
    assert alone.found("statistics")[0]["period"] is None
    assert DocContext(text, own_date=RefDate(None, 2024)).found("statistics")[0]["period"] == "2024-Q2"
    assert FINDER["statistics"].find(alone) == alone.found("statistics")


def test_one_spacy_component_per_finder_and_each_may_run_alone():
    nlp = make_nlp()
    assert nlp.pipe_names == list(COMPONENTS) and len(COMPONENTS) == len(FINDERS)
    doc = nlp(BULLETIN)
    assert doc._.metadata == analyze(BULLETIN, "b.txt")["metadata"]
    only = make_nlp()
    for name in COMPONENTS:
        if name != "partydocs_statistics":
            only.remove_pipe(name)
    alone = only(BULLETIN)
    assert [s.text for s in alone.spans["statistics"]] == [s.text for s in doc.spans["statistics"]]
