"""Compiled patterns and word lists of the statistics finder, built once from ``data/stats.yaml``.

Every pattern here is anchored (used with ``.match(text, pos)``) at a number or
just after one, so the finder never scans the text with more than one pattern; the
ones that look back from a number end in ``\\Z`` and search right to left
(:func:`~extract.find.lexicon.backward`).

Example::

    >>> parse_number("1.482"), parse_number("3,76"), parse_number("03")
    (1482.0, 3.76, 3.0)
"""
from __future__ import annotations

import functools
import re
from types import SimpleNamespace
from typing import Optional

import regex

from extract.find.lexicon import alternation, backward, load_yaml, spellings
from extract.find.stats.fast import last_words

HS = r"[^\S\n]"  # horizontal space: a statistic never runs over a line break
_WORDS = load_yaml("stats.yaml")
SHARE_LABEL = rf"(?i:{alternation(_WORDS['share_labels'])})"  # "tỷ lệ"
COUNT_LABEL = rf"(?i:{alternation(_WORDS['count_labels'])})"  # "tổng số", "số lượng", "số"
ITEMS_CUE = rf"(?i:{alternation(_WORDS['breakdown_cues'])})"  # "trong đó", "gồm"


def words_of(key: str) -> str:
    """The words of ``stats.yaml``'s list ``key`` as a case-insensitive alternation (``regex``)."""
    return rf"(?i:{alternation(_WORDS[key])})"


def stats_words(key: str) -> list[str]:
    """``stats.yaml``'s list ``key``."""
    return [str(w) for w in _WORDS[key]]


def first_spellings(key: str) -> tuple[str, ...]:
    """The first words of ``stats.yaml``'s list ``key``, casefolded, in both tone placements: a window that holds
    none of them (casefolded) cannot match the list's case-insensitive alternation."""
    return tuple(sorted({v for w in _WORDS[key] for v in spellings(str(w).split()[0].casefold())}))


def lower_words(key: str) -> str:
    """The words of ``stats.yaml``'s list ``key`` as an alternation for Python's ``re`` on lowercased text, in both
    tone placements, longest first."""
    ws = sorted({v for w in _WORDS[key] for v in spellings(w.lower())}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(map(re.escape, ws)) + ")"

# A Vietnamese number: "." groups thousands, "," is the decimal mark.
# "1.482"  "12.400"  "3,76"  "03"; "2.5%", "3.5 triệu" (the English decimal some writers use,
# read as such only before "%" or a multiplier)
NUM_CORE = (r"(?:[0-9]++\.[0-9]{1,2}+(?=" + HS + r"?[%％]|" + HS + r"++(?i:triệu|tỷ|tỉ|nghìn|ngàn)(?![\p{L}\p{M}]))"
            r"|[0-9]{1,3}+(?:\.[0-9]{3})++"
            r"|[0-9]++)(?:,[0-9]++)?+")
# ...not followed by more digits or a digit group it failed to take ("1.23" is no number)
NUM_END = r"(?![0-9]|[.,][0-9])"
NUM = rf"(?P<num>{NUM_CORE}){NUM_END}"

# Where a number may start: not inside a word, a code, a date or a longer number.
# "COVID-19"  "24-QĐ/TW"  "Quý III/2021"  "15:37"  "F0" are not starts.
START = regex.compile(r"(?<![\p{L}\p{N}\p{M}_/:\-–‐@#&])(?<![0-9][.,])[0-9]")

# The three patterns below are the references of their plain-Python fast paths in stats.fast (glued_at,
# year_like, line_start), which the finder calls; tests/find/test_stats_fast_paths.py checks they agree.
# Parts of a number glued to a code or a date: "24-QĐ/TW", "30/9/2021", "8h00", "1A".
GLUED = regex.compile(r"[\-–‐/][\p{L}0-9]|[\p{L}\p{M}]|:[0-9]")

_PUNCT_AFTER_BARE = r"(?:[,.;:()]|\Z|\n|" + HS + r"+(?:và|hoặc)(?!\p{L}))"
YEAR_LIKE = regex.compile(r"(?:1[89]|20|21)[0-9]{2}")
LINE_START = backward(r"(?:\A|\n)[^\S\n]*\Z")
SENTENCE_START = backward(r"(?:\A|[\n.!?;:(“\"]" + HS + r"*)\Z")
# a list item's start: "- Treo 2.500 băng rôn", "a) Dựng 40 pa nô", "2. Xây 45 nhà"
ITEM_START = backward(r"(?:\A|\n)" + HS + r"*+(?:[-+•*]|[a-zđ]\)|\d{1,2}[.)])" + HS + r"*+\Z")
# A bracketed share between a number and its noun: "15 (chiếm 38%) tổ chức cơ sở đảng"
PAREN = regex.compile(HS + r"*+\([^()\n]{1,40}+\)")
QUOTE = regex.compile(r"“[^“”\n]{1,200}+”|\"[^\"\n]{1,200}+\"|«[^«»\n]{1,200}+»")


from extract.find.stats.fast import parse_number  # noqa: E402,F401  (re-exported: "1.482" → 1482.0)


@functools.lru_cache(maxsize=8192)
def lead(word: str) -> str:
    """The leading letters of a word, lowercased: ``"héc-ta"`` → ``"héc"``, ``"km²"`` → ``"km"``."""
    if word.isalpha():  # a whole word of letters: most calls
        return word.lower()
    i = 0
    while i < len(word) and word[i].isalpha():
        i += 1
    return word[:i].lower()


def first_words(phrases) -> frozenset:
    """:func:`lead` of each phrase's first word, in both tone placements: a cheap test that tells
    when a phrase pattern cannot match at a word, so the regex is not run there."""
    return frozenset(v for p in phrases for v in spellings(lead(str(p).split()[0])) if str(p).split())


def _words(data: dict, key: str) -> list[str]:
    return [str(w) for w in data[key]]


def _ci(words, tones: bool = True) -> str:
    """Case-insensitive alternation that ends at a word boundary."""
    return r"(?i:" + alternation(words, tones=tones) + r")(?![\p{L}\p{M}\p{N}])"


def _number_patterns(d: dict) -> dict:
    """What may follow a number: percent, currency, measure, multipliers."""
    mults = {str(k): float(v) for k, v in d["multipliers"].items()}
    money = {str(k): str(v) for k, v in d["money"].items()}
    mults_rx = rf"(?:{HS}*+(?P<mult>{_ci(mults)})(?!{HS}++(?i:lệ|trọng)(?![\p{{L}}])))*+"  # not "tỷ lệ", "tỷ trọng"
    rate = _ci(_words(d, "rate_periods"))
    compounds = _ci(_words(d, "dong_compounds"))
    cur = r"(?:" + alternation(money, tones=False) + r")(?![\p{L}\p{M}\p{N}])"
    meas = r"(?:" + alternation(_words(d, "measures"), tones=False) + r")(?![\p{L}\p{M}0-9])"
    return dict(
        mults={k.lower(): v for k, v in mults.items()},
        money_units={k.lower(): v for k, v in money.items()},
        num=regex.compile(NUM),
        # "%"  " %"  " phần trăm"  "%/năm"
        percent=regex.compile(rf"(?:{HS}?+[%％]|{HS}++phần{HS}trăm(?![\p{{L}}\p{{M}}]))"
                              rf"(?:/(?P<rate>{rate}))?+"),
        # " tỷ đồng"  " nghìn tỷ đồng"  "đ"  " triệu USD"  "đ/tháng"; not "03 đồng chí", "đ/c"
        money=regex.compile(rf"{mults_rx}{HS}*+(?P<cur>{cur})(?!{HS}++{compounds}|/(?i:c)(?![\p{{L}}\p{{M}}]))"
                            rf"(?P<rate>(?:/{rate})*+)"),
        # " km"  " 42 ha"  " nghìn tấn"  " tạ/ha"
        measure=regex.compile(rf"{mults_rx}{HS}*+(?P<meas>{meas})(?:/(?P<rate>{rate}))?+"),
        mults_only=regex.compile(mults_rx),
        mult_first=first_words(mults),
        # a rate's base right after an amount: "/ha/năm" in "230 triệu/ha/năm"
        per_rate=regex.compile(rf"(?:/{rate})++"),
        # "tuổi Đảng": "N tuổi" is then a membership, not an age
        party_age=regex.compile(rf"{HS}++{_ci(_words(d, 'party_age'), tones=False)}"),
        # leading letters of whatever may start a money or measure tail ("tỷ", "đồng", "km")
        tail_first=first_words(list(mults) + list(money) + _words(d, "measures")),
        range_from=backward(rf"(?<![\p{{L}}\p{{M}}])(?P<from>(?i:từ)){HS}++\Z"),
        range_sep=regex.compile(rf"{HS}*+(?:[-–—]|(?i:đến|tới)(?![\p{{L}}\p{{M}}])){HS}*+"),
        bare_end=regex.compile(HS + r"*+" + _PUNCT_AFTER_BARE),
    )


def _noun_patterns(d: dict) -> dict:
    """Counted nouns after a number and the labels before one."""
    return dict(
        # one word of a counted noun: "đảng viên", "héc-ta", "đ/c"; a line break before a lowercase word is a
        # space (a sentence broken as published: "236 đại\nbiểu")
        word=regex.compile(rf"(?:{HS}++|{HS}*+\n{HS}*+(?=\p{{Ll}}))(?P<w>[\p{{L}}\p{{M}}]++(?:[-/][\p{{L}}\p{{M}}]++)*+)"
                           r"(?![0-9_])"),
        list_comma=regex.compile(rf",(?={HS}*+[\p{{L}}])"),
        stop=regex.compile(_ci(_words(d, "stop_words") + _words(d, "not_units"))),
        stop_first=first_words(_words(d, "stop_words") + _words(d, "not_units")),
        compound_first=first_words(_words(d, "unit_compounds")),
        predicate_first=first_words(_words(d, "predicates")),
        capital_first=first_words(_words(d, "capital_nouns")),
        compound=regex.compile(_ci(_words(d, "unit_compounds"))),
        compound_first_only=frozenset(v for w in _words(d, "unit_compounds_first_only") for v in spellings(w)),
        not_unit=regex.compile(_ci(_words(d, "not_units"))),
        predicate_start=regex.compile(_ci(_words(d, "predicates"))),
        capital_nouns=regex.compile(alternation(_words(d, "capital_nouns")) + r"(?![\p{L}\p{M}])"),
        # "Hội nghị Trung ương ", "Điều ", "Nghị quyết số " right before the number
        label_before=backward(r"(?<![\p{L}\p{M}])(?:" + _ci(_words(d, "labels")) + "|"
                                   + alternation(_words(d, "doc_labels")) + r"(?![\p{L}\p{M}]))"
                                   + rf"(?:{HS}++(?i:số))?+{HS}*+\Z"),
        label_override=backward(r"(?<![\p{L}\p{M}])" + _ci(_words(d, "label_overrides"))
                                     + rf"{HS}*+\Z"),
        prev_word=backward(rf"(?P<w>[\p{{L}}\p{{M}}]++){HS}*+\Z"),
        # a page's counter before its number: "Lượt xem: 1.250", "View count 87" (tried only after a colon or on
        # one of its last words)
        counter_label=backward(r"(?<![\p{L}\p{M}])" + _ci(_words(d, "counter_labels")) + rf"{HS}*+:?{HS}*+\Z"),
        counter_last=last_words(_words(d, "counter_labels")),
        # the word right before a number must be one of these for label_before to match (a cheap test first)
        label_last=last_words(_words(d, "labels") + _words(d, "doc_labels") + ["số"]),
        allowed_capital=regex.compile(_ci(_words(d, "predicates") + _words(d, "qualifiers")
                                          + _words(d, "stop_words") + _words(d, "capital_not_names")) + r"\Z"),
        # a verb right after a bare count: "trong đó 45 hoàn thành tốt nhiệm vụ"
        bare_verb=regex.compile(rf"{HS}++" + _ci(_words(d, "bare_verbs"))),
        # a list cue right before a bare count: "trong đó 45", ", 2", "; hơn 30"
        bare_cue=backward(rf"(?:(?<![\p{{L}}\p{{M}}]){ITEMS_CUE}|[,;:]){HS}*+"
                          rf"(?:{_ci(_words(d, 'qualifiers'))}{HS}++)?+\Z"),
        unit_max=int(d["unit_max_words"]),
        # a breakdown member's part: "trong đó nữ 41" → "nữ"; "(khiển trách 60" → "khiển trách"
        part_head=regex.compile(rf"[^\S\n]*+(?:{ITEMS_CUE}(?![\p{{L}}\p{{M}}])[^\S\n]*+:?+[^\S\n]*+)?+"),
        part_words=regex.compile(r"\p{L}[\p{L}\p{M}]*+(?:[^\S\n]++[\p{L}\p{M}]++){0,4}+"),
        part_qualifier=regex.compile(rf"[^\S\n]++{_ci(_words(d, 'qualifiers'))}\Z"),
        part_not=regex.compile(_ci(_words(d, "not_parts"))),
        part_after=frozenset(v for w in _words(d, "breakdown_parts") for v in spellings(w)),
        list_max=int(d["list_max_words"]),
        list_short=frozenset(v for w in _words(d, "list_short_nouns") for v in spellings(w)),
    )


def _context_patterns(d: dict) -> dict:
    """Predicate, qualifier and share cues before a number."""
    preds, quals, cues = _ci(_words(d, "predicates")), _ci(_words(d, "qualifiers")), _ci(_words(d, "share_cues"))
    return dict(
        # "kết nạp được hơn " → predicate "kết nạp", qualifier "hơn"
        context=backward(rf"(?:(?<![\p{{L}}\p{{M}}])(?P<pred>{preds})"
                              rf"(?:{HS}++{_ci(_words(d, 'predicate_links'))})*+{HS}++)?+"
                              rf"(?:(?<![\p{{L}}\p{{M}}])(?P<qual>{quals}){HS}++)?+\Z"),
        # what may stand between a count and its share: ", đạt " / " (chiếm " / " … trở lên, chiếm "
        # the word right before a number must be one of these for context to find a predicate or qualifier
        context_last=last_words(_words(d, "predicates") + _words(d, "predicate_links") + _words(d, "qualifiers")),
        share_gap=regex.compile(rf"{HS}*+(?:[,(]{HS}*+)?+(?:{cues}{HS}++)?+"),
        # a goal before a figure: "phấn đấu kết nạp 200 đảng viên", "chỉ tiêu đến năm 2025 đạt 95%";
        # "đã" after it makes the figure a result again ("mục tiêu đề ra, đã kết nạp 180")
        # (Python's re on the lowercased text: measured 3× faster than the regex module on these short windows)
        target_cue=re.compile(rf"\b{lower_words('target_cues')}\b"),
        done_cue=re.compile(rf"\b{lower_words('done_cues')}\b"),
        # a multiple, not a count of occurrences: "tăng gấp 1,76 lần", "gần 2 lần so với …"
        times_unit=frozenset(v for w in _words(d, "times_units") for v in spellings(w)),
        times_before=backward(rf"(?<![\p{{L}}\p{{M}}]){_ci(_words(d, 'times_before'))}{HS}++"
                              rf"(?:{quals}{HS}++)?+\Z"),
        times_after=regex.compile(rf"{HS}++{_ci(_words(d, 'times_after'))}"),
        share_end=backward(rf"(?:\({HS}*+(?:{cues}{HS}++)?+|,{HS}*+{cues}{HS}++)\Z"),
    )


def _word_patterns(d: dict) -> dict:
    """Numbers written in words before a noun of people or bodies: ``Hai đảng viên``, ``ba chi bộ``."""
    values = {str(k): float(v) for k, v in d["number_words"].items()}

    def lower_alternation(words):
        ws = sorted({v for w in words for v in spellings(str(w).lower())}, key=lambda w: (-len(w), w))
        return "(?:" + "|".join(map(re.escape, ws)) + ")"

    return dict(
        word_values={v: n for k, n in values.items() for v in spellings(k)},
        # a number word (group 1) before a listed noun, in the lowercased text: Python's re skips to the
        # words' first letters (measured 10 ms/MB; the same words as an alternative of START: 145 ms/MB)
        word_scan=re.compile(rf"({lower_alternation(values)})[ \t\u00a0]+"
                             rf"{lower_alternation(_words(d, 'word_counted_nouns'))}(?!\w)"),
        word_not_after=backward(rf"(?<![\p{{L}}\p{{M}}]){_ci(_words(d, 'word_not_after'))}{HS}++\Z"),
    )


@functools.cache
def lex() -> SimpleNamespace:
    """All compiled patterns, built on first use: ``lex().money.match(" tỷ đồng")``."""
    d = load_yaml("stats.yaml")
    return SimpleNamespace(**_number_patterns(d), **_noun_patterns(d), **_context_patterns(d), **_word_patterns(d))


def counted_noun(tail) -> Optional[str]:
    """The unit of a count ``tail`` read from a label (``Số chi bộ`` → ``chi bộ``), unless ``Số`` + it names
    a label rather than what is counted (``Số nhà``, ``Số điện thoại``)."""
    if not tail or tail.kind != "count" or lex().label_before.search("số " + tail.unit + " "):
        return None
    return tail.unit


def line_at(text: str, start: int, end: Optional[int] = None, reach: int = 1000) -> Optional[tuple[int, int]]:
    """Start and end offsets of the line holding ``text[start:end]``; None when it runs on more than ``reach``
    characters either side (no line the finders read is that long: looking further would cost time on every
    number of a huge one-line text)."""
    end = start if end is None else end
    a = text.rfind("\n", max(0, start - reach), start) + 1
    b = text.find("\n", end, end + reach)
    if (a == 0 and start > reach) or (b < 0 and len(text) > end + reach):
        return None
    return a, len(text) if b < 0 else b
