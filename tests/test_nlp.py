"""The spaCy container: the component sets doc.spans with the same findings as the plain finders."""
from __future__ import annotations

from extract.nlp import make_nlp
from extract.pipeline import analyze
from tests.helpers import BULLETIN


def test_spans_match_the_plain_finders():
    nlp = make_nlp()
    doc = nlp(BULLETIN)
    assert doc.text == BULLETIN
    plain = analyze(BULLETIN, "x")
    for cat in ("doc_refs", "dates", "people", "statistics"):
        assert [(s.start_char, s.end_char) for s in doc.spans[cat]] == [(f["start"], f["end"]) for f in plain[cat]]
        assert all(s._.finding["text"] == s.text for s in doc.spans[cat])


def test_tokenizer_keeps_symbols_whole_and_text_exact():
    nlp = make_nlp()
    doc = nlp("Theo Chỉ thị số 05-CT/TW, (khóa XII)  và\nKết luận.")
    assert "05-CT/TW" in [t.text for t in doc]
    assert doc.text == "Theo Chỉ thị số 05-CT/TW, (khóa XII)  và\nKết luận."
