"""The fast paths give exactly what the plain way gives.

Each speed-up of the finders (anchors, backward window searches, per-form name starts, the
place-date line filter, the split-based scramble count) has a slow, obvious reference here; the
two must agree on every corpus document, on Hypothesis-made texts and on hand-picked edge cases.
"""
from __future__ import annotations

from collections import Counter

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.find import date_forms as dates, document
from extract.find.people import names as people
from extract.find.refs import patterns as refs_patterns
from extract.link import CUE
from extract.find.lexicon import Anchors, anchored_finditer, backward, spellings
from extract.find.people.titles import TITLE_BEFORE
from extract.find.stats.patterns import LINE_START, SENTENCE_START, lex
from extract import segment
from extract.context import DocContext
from extract.io import text_of
from extract.io.legacy_score import TOKEN, check_syllable, scramble_counts
from extract.normalize import new_tone, old_tone
from tests.conftest import CORPUS
from tests.find.test_properties import VIETNAMESE_LIKE

DOCS = [text_of(p) for p in sorted((CORPUS / "docs").rglob("*")) if p.is_file()]
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def _plain_finditer(pattern: regex.Pattern, text: str):
    """The reference: the whole pattern tried at every position."""
    return [m for m in pattern.finditer(text) if m.end() > m.start()]


# ---- Anchors -----------------------------------------------------------------------------------

@pytest.mark.parametrize("words, other, text, expected", [
    (["ngày"], None, "Ngày 5, ngày 6", [0, 8]),
    (["ngày"], None, "ngàyx ngày", [6]),                        # whole words only
    (["khóa"], None, "khoá XII, Khóa XIII", [0, 10]),           # both tone placements, any case
    (["kết luận"], None, "Kết luận và kết  luận", [0]),          # a phrase keeps its single space
    ([], r"\d(?<!\d\d)", "12 và 345", [0, 6]),
    (["số"], r"\d(?<!\d\d)", "Số 5", [0, 3]),
    (["quý"], r"s(?<!\ws)ố[:\s]*\d", "Quý I, số 21, Số: 5, sổ 3", [0, 7, 14]),  # "other" ignores case
    (["ngày"], None, "İstanbul ngày 5", [9]),                   # lowercase longer than the text: no drift
])
def test_anchors(words, other, text, expected):
    assert Anchors(words, other).starts(text) == expected


@pytest.mark.parametrize("old, new", [
    ("Khoá XIII, Tỉnh uỷ", "Khóa XIII, Tỉnh ủy"),
    ("hoà thuận, thuỷ lợi, Thuý", "hòa thuận, thủy lợi, Thúy"),
    ("Quý III, Quỹ Bảo trợ, quỳ", "Quý III, Quỹ Bảo trợ, quỳ"),  # the u of "qu" is no vowel of the rhyme
])
def test_tone_placement_both_ways(old, new):
    assert new_tone(old) == new and old_tone(new) == old


def test_spellings():
    assert spellings("khóa") == {"khóa", "khoá"}
    assert spellings("quý") == {"quý"}


@pytest.mark.parametrize("name, pattern, anchors", [
    ("dates", dates.PATTERN, dates.ANCHORS),
    ("refs", refs_patterns.REFERENCE, refs_patterns.ANCHORS),
])
def test_anchored_scan_equals_plain_scan_on_the_corpus(name, pattern, anchors):
    for text in DOCS:
        assert _spans(anchored_finditer(pattern, anchors.starts(text), text)) == _spans(_plain_finditer(pattern, text)), name


@pytest.mark.parametrize("text", [
    # every way a date may start with a number, and near misses
    "21/8/2023, 1.2.2021, 29-11-2021 15:37, 12-16/8/2024, 6/2023 của Ban",
    "6 tháng đầu năm, 10  năm, 05\nnăm, 21 tháng 8 năm 2023, 100 tháng",
    "2020-2025, 2020 – 2025, 2015 đến 2020, 1990 tới 2000, 2020/2025, 3020-3025",
    # every way a symbol may start with a number, and near misses
    "30/2020/NĐ-CP, 646/QĐ/QUTW, 24 - QĐ/TW, 24–QĐ/TW, 11/2022/QH15, 21-nq/tw, số47-QĐ/TW",
    "21-8-2023, 2217/QĐ-UBND, 12/2020/12, 5-10%, 19/28 đề án, 2021-2025/TW",
])
def test_anchored_scan_equals_plain_scan_on_number_starts(text):
    for pattern, anchors in ((dates.PATTERN, dates.ANCHORS), (refs_patterns.REFERENCE, refs_patterns.ANCHORS)):
        assert _spans(anchored_finditer(pattern, anchors.starts(text), text)) == _spans(_plain_finditer(pattern, text))


@FEW
@given(VIETNAMESE_LIKE)
def test_anchored_scan_equals_plain_scan_on_made_up_text(text):
    for pattern, anchors in ((dates.PATTERN, dates.ANCHORS), (refs_patterns.REFERENCE, refs_patterns.ANCHORS)):
        assert _spans(anchored_finditer(pattern, anchors.starts(text), text)) == _spans(_plain_finditer(pattern, text))


# ---- names -------------------------------------------------------------------------------------

# the forms that are one pattern each, in the order name_matches tries them; a name read after a title
# ("tname") ends where the title does, which no plain pattern knows: the plain names it overlaps are left out
_PLAIN = [(g, rx) for g, _, rx in people._FORMS if g in ("hname", "oname", "pname", "dname", "uname", "sname", "lname")]
_ALL_FORMS = regex.compile("|".join(rx.pattern for _, rx in _PLAIN), regex.V1)


def _names_plain(text: str, titled: list[tuple] = ()) -> list[tuple]:
    """Every match of the alternation of the forms, left to right; a line of two names ("Kim Tiến – Tấn Hữu") is
    one line name, not a surname name."""
    out, pos = [], 0
    while m := _ALL_FORMS.search(text, pos):
        group = next(g for g, _ in _PLAIN if m[g])
        two = people._LINE_FORM.match(text, m.start()) if group == "sname" else None
        if two and two["lname2"]:
            m, group = two, "lname"
        if not any(a < m.end() and m.start() < b for a, b in titled):
            out.append((group, m.span(group)))
        pos = m.end()
    return out


def _names_fast(text: str) -> list[tuple]:
    return [(group, m.span(group)) for group, m in people.name_matches(DocContext(text))]


def _both(text: str) -> tuple[list, list]:
    fast = _names_fast(text)
    titled = [span for g, span in fast if g == "tname"]
    return [f for f in fast if f[0] != "tname"], _names_plain(text, titled)


@pytest.mark.parametrize("text", [
    "Đồng chí Nguyễn Văn An, Bí thư",
    "đ/c Lò Văn Pấu dự",
    "  NGUYỄN VĂN AN\n",
    "Tin: Khánh An\n",
    "Lê-nin và Lê Duẩn",                      # a surname glued to a hyphen is no start
    "Ông Hoàng Thị Thuỷ, ông Trần Quốc Toản",
])
def test_name_starts_on_examples(text):
    fast, plain = _both(text)
    assert fast == plain


def test_name_starts_on_the_corpus():
    for text in DOCS:
        fast, plain = _both(text)
        assert fast == plain


@FEW
@given(VIETNAMESE_LIKE)
def test_name_starts_on_made_up_text(text):
    fast, plain = _both(text)
    assert fast == plain


# ---- backward window searches ------------------------------------------------------------------

def _forward(p: regex.Pattern) -> regex.Pattern:
    """The same pattern searched left to right (the possessive form the backward one was built from
    differs only in possessiveness, which cannot change a match that must end at the window end)."""
    return regex.compile(p.pattern.removeprefix("(?r)"), p.flags & ~regex.REVERSE)


def _backward_cases():
    L = lex()
    return [("context", L.context, 60), ("label_before", L.label_before, 40), ("prev_word", L.prev_word, 40),
            ("range_from", L.range_from, 10), ("line_start", LINE_START, 80), ("sentence_start", SENTENCE_START, 40),
            ("share_end", L.share_end, 120), ("title_before", TITLE_BEFORE, 150), ("link_cue", CUE, 120)]


@pytest.mark.parametrize("name, pattern, reach", _backward_cases())
def test_backward_search_equals_forward_search(name, pattern, reach):
    fwd = _forward(pattern)
    for text in DOCS:
        for m in regex.finditer(r"(?<!\d)\d|(?<!\p{L})\p{Lu}", text):
            a, b = max(0, m.start() - reach), m.start()
            x, y = fwd.search(text, a, b), pattern.search(text, a, b)
            assert (x and (x.span(), x.groupdict())) == (y and (y.span(), y.groupdict())), (name, text[a:b])


def test_backward_relaxes_possessives():
    # "là" is a link word and a predicate: a possessive link group read backwards would eat it
    p = backward(r"(?:(?P<pred>là)(?:[ ]++(?:là))*+[ ]++)?+(?P<qual>khoảng)[ ]++\Z")
    assert p.search("tổng số là khoảng ")["pred"] == "là"


# ---- place-date line -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Quảng Ngãi, ngày 13 tháng 10 năm 2021",
    "    Hà Nội, ngày 5 tháng 3 năm 2020\nBáo cáo",
    "Số 05-NQ/ĐU Kim Liên, ngày 10 tháng 01 năm 2024",
    "Hội nghị tổng kết công tác năm của toàn Đảng bộ huyện đã diễn ra, ngày 5 tháng 3 năm 2020",
    "Bắc Giang,\nngày 2 tháng 8 năm 2023",
    "Không có dòng địa danh, ngày tháng nào.",
])
def test_place_date_equals_plain_search(text):
    x, y = document.PLACE_DATE.search(text), document.place_date(text)
    assert (x and (x.span(), x.groupdict())) == (y and (y.span(), y.groupdict()))


def test_place_date_on_the_corpus():
    for text in DOCS:
        x, y = document.PLACE_DATE.search(text), document.place_date(text)
        assert (x and x.span()) == (y and y.span())


# ---- scrambled diacritics --------------------------------------------------------------------------

def _scramble_plain(text: str) -> tuple[int, int]:
    bad = marked = 0
    for tok in TOKEN.findall(text):
        if tok.isascii() or not any(c in "\u0300\u0301\u0302\u0303\u0306\u0309\u0323\u031b"
                                    for c in __import__("unicodedata").normalize("NFD", tok)):
            continue
        marked += 1
        bad += check_syllable(tok) == "impossible"
    return bad, marked


@pytest.mark.parametrize("text", ["Ban chấp hành", "Bań châṕ hanh̀", "ngừơi, 21-CT/TW, Đảng.", ""])
def test_scramble_counts_examples(text):
    assert scramble_counts(text) == _scramble_plain(text)


@FEW
@given(st.text(alphabet=st.sampled_from(list("aăâeêioôơuưy đbcnghtr.,/-\n") + ["\u0301", "\u0300", "\u0323",
                                                                               "ń", "ṕ", "ờ"]), max_size=80))
def test_scramble_counts_on_made_up_text(text):
    assert scramble_counts(text) == _scramble_plain(text)


def test_scramble_counts_on_the_corpus():
    for text in DOCS:
        assert scramble_counts(text) == _scramble_plain(text)
        assert sum(Counter(text.split()).values()) == len(text.split())


# ---- sentences ---------------------------------------------------------------------------------

def _punkt(text: str) -> list[str]:
    return [text[s:e] for s, e in segment._punkt_spans(text, 0, len(text), segment.abbreviations())]


@pytest.mark.parametrize("text", [
    "Xin chào. Tôi là An.",
    "Đạt 1.500.000 đồng. Tăng 2.5 lần",          # a dot between digits is no end
    "Tại TP. Hồ Chí Minh, Th.S Lan dự. Xong",     # abbreviations
    "Chờ... Rồi thì... xong. Hết...",              # ellipses before upper case, lower case, the end
    "Sao vậy?! Được!  \t Tiếp.21-NQ/TW.Hết",
    "...", "a.", ". . .", "   ", "x",
])
def test_sentence_rules_equal_underthesea_on_examples(text):
    from underthesea import sent_tokenize

    assert _punkt(text) == sent_tokenize(text)


def test_sentence_rules_equal_underthesea_on_the_corpus():
    from underthesea import sent_tokenize

    for text in DOCS:
        for para in text.split("\n\n"):
            assert _punkt(para) == sent_tokenize(para)


@FEW
@given(st.one_of(VIETNAMESE_LIKE, st.text(alphabet="aB1 .?!\t\nTP…", max_size=60)))
def test_sentence_rules_equal_underthesea_on_made_up_text(text):
    from underthesea import sent_tokenize

    assert _punkt(text) == sent_tokenize(text)


def test_split_sentences_same_with_underthesea_itself():
    from underthesea import sent_tokenize

    for text in DOCS:
        assert segment.split_sentences(text) == segment.split_sentences(text, tokenize=sent_tokenize)


# ---- title before a name -----------------------------------------------------------------------

def _title_before_plain(text: str, start: int):
    m = TITLE_BEFORE.search(text, max(0, start - 150), start)
    return m["t"] if m else None


@pytest.mark.parametrize("text", [
    "Bí thư Tỉnh ủy Nguyễn Văn An", "Bí thư Tỉnh ủy đồng chí Nguyễn Văn An", "Thượng tướng  Lê Văn Quyết",
    "Phó Bí thư, Nguyễn Văn An", "(Nguyễn Văn An", "Trưởng ban\nNguyễn Văn An", "UVBTVTU đ/c Nguyễn Văn An",
])
def test_title_before_on_examples(text):
    from extract.find.people.titles import title_before

    start = text.index("Nguyễn") if "Nguyễn" in text else text.index("Lê")
    assert title_before(text, start) == _title_before_plain(text, start)


def test_title_before_on_the_corpus():
    from extract.find.people.titles import title_before

    for text in DOCS:
        for m in regex.finditer(r"(?<![\p{L}])\p{Lu}", text):
            assert title_before(text, m.start()) == _title_before_plain(text, m.start())
