"""The statistics finder's fast paths (issue 19) give exactly what the patterns they stand in for give.

Each plain-Python function of ``extract.find.stats.fast`` and each cheap test run before a pattern (the word
before a number, the leading letters of the next word, a character that must be in a window) is checked
against the pattern itself, at every position that matters, on every corpus document, on Hypothesis-made
texts of our syllables and on arbitrary Unicode.
"""
from __future__ import annotations

import importlib

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.find.stats import context as stats_context
from extract.find.stats import fast
from extract.find.stats.numbers import is_label
from extract.find.stats.patterns import (GLUED, ITEM_START, LINE_START, SENTENCE_START, YEAR_LIKE, lead, lex,
                                         parse_number)
from extract.find.stats.units import mults_at
from extract.io import text_of
from tests.conftest import CORPUS
from tests.find.test_properties import VIETNAMESE_LIKE

single = importlib.import_module("extract.find.stats.single")  # the module (the package exports its function)
DOCS = [text_of(p) for p in sorted((CORPUS / "docs").rglob("*")) if p.is_file()]
FEW = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EDGES = ["Điều  5", "khoản\t2", "ngày\u00a012", "Hội nghị Trung ương 10", "kết nạp được hơn 250", "ĐẠT 5", "đạt2 5",
         "xđạt 5", "SARS-CoV 2", "Uỷ viên 3", "Tổng Công ty 4", "tăng\u2003gần 7", "24-QĐ/TW 8h00 15:37 1A 5–b 9/",
         "\n   5\n" + " " * 90 + "6", "1.200 triệu/ha", "ba\u0301 5", "trở lên", "so với cùng kỳ năm 2023",
         "đến năm 2030", "1.482 2.5 3,76 12.400 03 1.5.2"]


def _texts():
    return DOCS + EDGES


def _digit_starts(text):
    return [m.start() for m in regex.finditer(r"(?<![0-9])[0-9]", text)]


# ---- plain-Python stand-ins of small patterns --------------------------------------------------------------

def _check_chars(text: str) -> None:
    for e in range(len(text) + 1):
        assert fast.glued_at(text, e) == bool(GLUED.match(text, e)), (text[e - 3:e + 3], e)
        assert fast.line_start(text, e) == bool(LINE_START.search(text, max(0, e - 80), e)), (text[e - 3:e + 3], e)
        c = lex().list_comma.match(text, e, len(text))
        assert fast.comma_list_at(text, e, len(text)) == (c.end() if c else -1)
        assert fast.line_end_at(text, e) == bool(single._LINE_END.match(text, e)), (text[e - 3:e + 3], e)
        for limit in (len(text), min(len(text), e + 2)):
            assert fast.bare_end_at(text, e, limit) == bool(lex().bare_end.match(text, e, limit))
        w = lex().prev_word.search(text, max(0, e - 40), e)
        a, b = fast.word_before(text, e, max(0, e - 40))
        assert (text[a:b] or None) == (w and w[1]), (text[e - 5:e], e)


@pytest.mark.parametrize("i", range(len(_texts())))
def test_char_paths_on_corpus_and_edges(i):
    _check_chars(_texts()[i])


@FEW
@given(VIETNAMESE_LIKE)
def test_char_paths_on_made_up_text(text):
    _check_chars(text)


@FEW
@given(st.text(max_size=120))
def test_char_paths_on_any_unicode(text):
    _check_chars(text)


def test_horizontal_space_set_is_the_pattern_class():
    for c in map(chr, [*range(0x3100), 0x1F600, 0x10FFFF, 0xE0020]):
        assert (c in fast.HSPACE) == bool(regex.fullmatch(r"[^\S\n]", c)), hex(ord(c))


@pytest.mark.parametrize("s", ["2023", "1899", "2199", "2200", "1799", "203", "20234", "1.200", "２０２３", "2023 ",
                               "20a3", "٢٠٢٣"])
def test_year_like(s):
    assert fast.year_like(s) == bool(YEAR_LIKE.fullmatch(s))


_DOT_DECIMAL = regex.compile(r"[0-9]+\.[0-9]{1,2}")


def _parse_plain(s: str) -> float:
    if "," in s:
        whole, frac = s.split(",", 1)
        return float(whole.replace(".", "") + "." + frac)
    return float(s) if _DOT_DECIMAL.fullmatch(s) else float(s.replace(".", ""))


def test_parse_number_on_every_corpus_number():
    num = lex().num
    for text in _texts():
        for s in _digit_starts(text):
            m = num.match(text, s)
            if m:
                assert parse_number(m[1]) == _parse_plain(m[1]), m[1]


# ---- cheap tests before a pattern --------------------------------------------------------------------------

def _is_label_plain(text: str, pos: int) -> bool:
    """The reference: is_label as written before its fast path (every pattern run)."""
    L = lex()
    window = text[max(0, pos - 40):pos]
    if L.label_before.search(window) and not L.label_override.search(window):
        return True
    m = L.prev_word.search(window)
    if not m or not m["w"][0].isupper() or m["w"].isupper() or L.allowed_capital.match(m["w"]):
        return False
    return not SENTENCE_START.search(window, 0, m.start()) and not ITEM_START.search(window, 0, m.start())


def _check_before_number(text: str) -> None:
    L = lex()
    for s in _digit_starts(text):
        assert is_label(text, s) == _is_label_plain(text, s), text[max(0, s - 40):s + 3]
        m = L.context.search(text, max(0, s - 60), s)
        plain = (m["pred"].lower() if m and m["pred"] else None, m["qual"].lower() if m and m["qual"] else None)
        assert stats_context.pred_qual_before(text, s) == plain, text[max(0, s - 60):s + 3]
        assert stats_context._compared(text, s) == bool(stats_context._COMPARED.search(text, max(0, s - 30), s))
        assert stats_context._horizon(text, s) == bool(stats_context._HORIZON.search(text, max(0, s - 14), s))
        e = s + 1
        full, cheap = L.mults_only.match(text, e, len(text)), mults_at(text, e, len(text))
        assert (cheap.captures("mult") if cheap else []) == full.captures("mult")
        assert (cheap.end() if cheap else e) == full.end()


@pytest.mark.parametrize("i", range(len(_texts())))
def test_before_number_paths_on_corpus_and_edges(i):
    _check_before_number(_texts()[i])


@FEW
@given(VIETNAMESE_LIKE)
def test_before_number_paths_on_made_up_text(text):
    _check_before_number(text)


@FEW
@given(st.text(alphabet=st.sampled_from("0123456789 \u00a0\n.,:-Đđạtkết nạp đượchơn gầnĐiềuSốsốso vớiđếntriệu"),
               max_size=80))
def test_before_number_paths_on_dense_text(text):
    _check_before_number(text)


def test_lead_of_next_word_is_a_necessary_condition():
    # mults_at skips the pattern when the next word's leading letters are no multiplier's
    assert lead("Triệu người") in lex().mult_first and lead("trieu") not in lex().mult_first


# ---- headings: goal, result and strong goal words in one scan ------------------------------------------------

def _check_heading_words(low: str) -> None:
    plain = (bool(stats_context._GOAL_HEADING.search(low)), bool(stats_context._RESULT_HEADING.search(low)),
             bool(stats_context._STRONG_GOAL.search(low)))
    assert stats_context._heading_words(low) == plain, low


def test_heading_words_on_corpus_lines():
    assert stats_context._HEADING_WORDS is not None  # today's lists cannot overlap: the one-scan path is the one tested
    for text in _texts():
        for line in text.lower().split("\n"):
            _check_heading_words(line)


@FEW
@given(st.lists(st.sampled_from(["mục tiêu", "chỉ tiêu", "phương hướng", "nhiệm vụ", "định hướng", "kết quả",
                                 "thực hiện", "đánh giá", "hạn chế", "năm", "ii.", ",", "tiêu", "hướng", "mục"]),
                max_size=8).map(" ".join))
def test_heading_words_on_made_up_headings(low):
    _check_heading_words(low)


def test_overlapping_lists_are_found():
    assert not stats_context._overlap_free(["kết quả thực hiện", "thực hiện nhiệm vụ"])
    assert not stats_context._overlap_free(["định hướng", "định hướng phát triển"])
    assert stats_context._overlap_free(["mục tiêu", "chỉ tiêu", "kết quả"])
