"""Invariants of the statistics finder on arbitrary text: no crash, exact offsets, valid records."""
from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.context import DocContext
from extract.find.stats.numbers import FIELDS
from schemas.records import Statistic


def find_statistics(text, dates, refs, people):
    """The statistics of ``text`` when the other finders found ``dates``, ``refs`` and ``people``."""
    return DocContext(text, found={"dates": dates, "doc_refs": refs, "people": people}).found("statistics")

# Pieces that make statistic-like text likely: numbers in Vietnamese notation, units, traps.
PIECES = ["12", "1.482", "3,76", "03", "%", "/", "-", " - ", "–", "từ", "đến", "tỷ", "nghìn", "triệu",
          "đồng", "đồng chí", "người", "đề án", "km", "m²", "ha", "năm", "tháng", "lần thứ", "khóa",
          "Nghị quyết", "số", "(", ")", "“", "”", "\"", ",", ".", ";", ":", "\n", " ", "  ", "²",
          "kết nạp", "hơn", "gần như", "đạt", "chiếm", "trong đó", "COVID-", "QĐ/TW", "2021", "0",
          "Hội nghị Trung ương", "xã, phường", "/năm", "\u00a0", "Đ", "ủy", "uỷ"]

vietnamese_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=40).map(
    lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts))


def _check(text: str) -> None:
    got = find_statistics(text, [], [], [])
    last_end = 0
    for i, s in enumerate(got):
        assert tuple(s) == FIELDS
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert text[s["start"]:s["end"]] == s["text"]
        assert s["start"] >= last_end  # in text order, never overlapping
        last_end = s["end"]
        for k in ("value", "numerator", "denominator", "low", "high"):
            assert s[k] is None or math.isfinite(s[k])
        assert s["qualifies"] is None or 0 <= s["qualifies"] < i
        Statistic(**s)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_text)
def test_statistic_like_text(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=5), vietnamese_text)
def test_other_findings_may_be_anywhere(spans, text):
    """Spans of dates/refs/people anywhere in the text (even overlapping) never break the finder."""
    found = [{"start": min(a, len(text)), "end": min(a + n, len(text)), "text": "", "kind": "year", "value": "2021"}
             for a, n in spans]
    for d in found:
        d["text"] = text[d["start"]:d["end"]]
    got = find_statistics(text, found, found, found)
    for s in got:
        assert text[s["start"]:s["end"]] == s["text"]
        assert not any(d["start"] <= s["start"] < d["end"] for d in found)
