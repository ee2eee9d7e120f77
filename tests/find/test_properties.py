"""Invariants every finder keeps on any input (Hypothesis): no exception, exact offsets, valid records,
and normalisation that is idempotent and keeps lengths where SPEC §1 says it must."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.normalize import fold, new_tone, normalize_text
from extract.pipeline import analyze, resolve_documents, to_record

SYLLABLES = ["Nghị quyết", "số", "Chỉ thị", "Kết luận", "ngày", "tháng", "năm", "Quý", "III", "khóa", "XII", "Bộ Chính trị",
             "của", "về", "đồng chí", "Nguyễn Văn", "Bí thư", "Tỉnh ủy", "đạt", "%", "kết nạp", "đảng viên", "Hội nghị",
             "Trung ương", "lần thứ", "và", ",", ".", ";", "\n", "(", ")", "“", "”", "/", "-", "Số", "T/M", "K/T", "Đã ký:"]
TOKENS = st.one_of(
    st.sampled_from(SYLLABLES),
    st.integers(0, 3000).map(str),
    st.tuples(st.integers(1, 400), st.sampled_from(["NQ", "CT", "KL", "QĐ", "HD", "QĐi", "CTr"]),
              st.sampled_from(["TW", "TU", "HU", "ĐUK", "VPTU"])).map(lambda t: f"{t[0]}-{t[1]}/{t[2]}"),
    st.tuples(st.integers(0, 35), st.integers(0, 14), st.integers(1990, 2030)).map(lambda t: f"{t[0]}/{t[1]}/{t[2]}"),
    st.text(min_size=1, max_size=4),
)
VIETNAMESE_LIKE = st.lists(TOKENS, max_size=60).map(" ".join)


def _check(text: str) -> None:
    doc = analyze(text, "prop.txt")
    resolve_documents([doc])
    rec = to_record(doc)  # every record validates (offsets, ISO values, enums)
    rec.check_offsets(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VIETNAMESE_LIKE)
def test_generated_documents(text):
    _check(normalize_text(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_unicode(text):
    _check(normalize_text(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_normalisation_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert len(new_tone(once)) == len(once) and new_tone(new_tone(once)) == new_tone(once)
    assert fold(fold(once)) is not None
