"""Paragraphs and sentences with exact offsets.

A paragraph is a run of lines between blank lines. Inside it, a line break
ends a unit when the next line starts a new thing (an uppercase letter, a
digit, a list marker, a bullet) and the line before does not run on (ends
with a comma, or the next line starts lowercase): so a heading and the
paragraph after it are different sentences, while a caption broken over two
lines stays one. Each unit is split into sentences by the rules and abbreviation list of
underthesea's ``sent_tokenize``, run as a scan from one ``. ? !`` to the next
that yields offsets, so ``text[start:end] == sentence`` always holds.

Example::

    >>> [s.text for s in split_sentences("I. KẾT QUẢ\\nNăm 2021 đạt 70%. Năm 2022 đạt 80%.")]
    ['I. KẾT QUẢ', 'Năm 2021 đạt 70%.', 'Năm 2022 đạt 80%.']
"""
from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from typing import NamedTuple, Optional

import regex

# a paragraph: lines up to a blank one; never empty (the lookahead: a character, or a line break before a line
# that is not blank), so the gaps between paragraphs yield no match. re: regex's matches, 2× faster
_PARAGRAPH = re.compile(r"(?=[^\n]|\n(?![ \t\u00a0]*+\n))[^\n]*+(?:\n(?![ \t\u00a0]*+\n)[^\n]*+)*+")
_RUNS_ON = frozenset(",;:-–(")  # a line ending in one of these runs on
_WS = "".join(c for c in map(chr, range(0x3001)) if regex.match(r"\s", c))  # what regex's \s matches
_MAY_SPLIT = re.compile(r"[.?!]")  # the only characters sent_tokenize splits at
MAX_UNIT = 20000  # a giant single-line "paragraph" is cut into pieces of this size first
WORD_REACH = 64  # a word before a "." is read this far back: every abbreviation is shorter (a test checks)


class SentenceSpan(NamedTuple):
    sentence_id: int
    paragraph: int
    start: int
    end: int
    text: str


def _units(text: str, start: int, end: int):
    """Line groups of one paragraph, as (start, end): a line that ends with ``, ; : - – (`` or is
    followed by a line starting in lowercase runs on into the next one."""
    lines = text[start:end].split("\n")
    pos, unit_start, last = start, start, len(lines) - 1
    for i, line in enumerate(lines):
        b = pos + len(line)
        if i == last or not (line.rstrip(_WS)[-1:] in _RUNS_ON or _starts_lower(lines[i + 1])):
            yield unit_start, b
            unit_start = b + 1
        pos = b + 1


def _starts_lower(line: str) -> bool:
    first = line.lstrip(_WS)[:1]
    return bool(first) and unicodedata.category(first) == "Ll"


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """text[a:b] without whitespace at either end, as (start, end)."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _sentences_of(text: str, a: int, b: int, tokenize):
    """Sentence spans inside text[a:b], located exactly."""
    a, b = _trim(text, a, b)
    for piece_start in range(a, b, MAX_UNIT):
        piece_end = min(b, piece_start + MAX_UNIT)
        if not _MAY_SPLIT.search(text, piece_start, piece_end - 1):  # no ". ? !" inside: one sentence
            s, e = _trim(text, piece_start, piece_end)
            if s < e:
                yield s, e
            continue
        if tokenize is None:
            yield from _punkt_spans(text, piece_start, piece_end, abbreviations())
            continue
        cursor = piece_start
        for sent in tokenize(text[piece_start:piece_end]):
            s = sent.strip()
            if not s:
                continue
            i = text.find(s, cursor, piece_end)
            if i < 0:  # the tokenizer changed characters: fall back to the rest of the piece
                yield cursor, piece_end
                cursor = piece_end
                break
            yield i, i + len(s)
            cursor = i + len(s)


def _rule_spans(text: str, a: int, b: int):
    """Sentence spans of the trimmed unit text[a:b] by underthesea's rules (:func:`_sentences_of`); a unit
    with no ``. ? !`` before its last character, the most frequent (a heading, a one-sentence line), at once."""
    if b - a > MAX_UNIT:
        return _sentences_of(text, a, b, None)
    if _MAY_SPLIT.search(text, a, b - 1):
        return _punkt_spans(text, a, b, abbreviations())
    return ((a, b),) if a < b else ()


@functools.cache
def abbreviations() -> frozenset[str]:
    """underthesea's abbreviation list ("tp", "ts", "ths", single letters…), as its sent_tokenize loads it."""
    from underthesea.pipeline import sent_tokenize as punkt

    punkt._load_model()
    return frozenset(punkt.sentence_tokenizer.abbrev_types)


_END_CHARS = ".?!"


def _punkt_spans(text: str, a: int, b: int, abbreviations: frozenset[str]):
    """Sentence spans of text[a:b] by underthesea's Punkt rules, as offsets into ``text``.

    The rules of ``underthesea.sent_tokenize`` (9.5), jumping from one ``. ? !`` to the next instead
    of stepping through every character: a ``?``/``!`` ends a sentence; so does a ``.`` unless it sits
    between digits (``1.500``) or after an abbreviation (``TP.``, ``Th.``, one letter); three or more
    dots end one only before an uppercase letter or the end. ``tests/test_segment.py`` checks that
    the pieces equal ``sent_tokenize``'s on the corpus and on generated text.
    """
    if a >= b:
        return
    start = i = a
    while True:
        m = _MAY_SPLIT.search(text, i, b)
        if m is None:
            break
        i = m.start()
        if text[i] == ".":
            if text.startswith("...", i, b):  # an ellipsis
                dots = i + 3
                while dots < b and text[dots] == ".":
                    dots += 1
                after = dots
                while after < b and text[after] in " \t":
                    after += 1
                if after >= b or text[after].isupper():
                    yield _lstrip(text, start), dots
                    while dots < b and text[dots] in " \t\n\r":
                        dots += 1
                    start = dots
                i = dots
                continue
            if i > a and text[i - 1].isdigit() and i + 1 < b and text[i + 1].isdigit():
                i += 1
                continue
            w, reach = i - 1, max(a, i - WORD_REACH)
            while w >= reach and (text[w].isalnum() or text[w] == "."):
                w -= 1
            if w + 1 < i and text[w + 1:i].lower() in abbreviations:
                i += 1
                continue
        end = i + 1
        while end < b and text[end] in _END_CHARS:
            end += 1
        yield _lstrip(text, start), end
        while end < b and text[end] in " \t\n\r":
            end += 1
        start = i = end
    s, e = _trim(text, start, b)
    if s < e:
        yield s, e


def _lstrip(text: str, start: int) -> int:
    """The first offset from ``start`` on that holds no whitespace (there is one: a sentence's end mark)."""
    while text[start].isspace():
        start += 1
    return start


def is_full_stop(text: str, i: int, lo: int = 0) -> bool:
    """Whether the ``.`` at ``text[i]`` ends a sentence: not between digits (``1.245``) and not after an
    abbreviation of underthesea's list, whole or its last dotted part (``TP.``, ``ThS.``, ``PGS.TS.``).

        >>> t = "Dự có PGS.TS. Lê Hòa. Hết"
        >>> [i for i, c in enumerate(t) if c == "." and is_full_stop(t, i)]
        [20]
    """
    if 0 < i and text[i - 1].isdigit() and i + 1 < len(text) and text[i + 1].isdigit():
        return False
    w = i - 1
    while w >= max(lo, i - WORD_REACH) and (text[w].isalnum() or text[w] == "."):
        w -= 1
    word = text[w + 1:i].lower()
    return not word or (word not in abbreviations() and word.rsplit(".", 1)[-1] not in abbreviations())


def split_sentences(text: str, tokenize=None) -> list[SentenceSpan]:
    """Sentences of a document: ``SentenceSpan(sentence_id, paragraph, start, end, text)``.

    ``tokenize`` (a function from text to sentence strings) replaces underthesea's rules.
    """
    out: list[SentenceSpan] = []
    paragraph = 0
    for m in _PARAGRAPH.finditer(text):
        block = m.group()
        inner = block.strip()
        if not inner:
            continue
        if "\n" in inner or tokenize is not None:
            spans = _paragraph_spans(text, m.start(), m.end(), tokenize)
        else:  # one line (and blanks), the most frequent: one unit, ``inner``
            start = m.start() + block.index(inner[0])
            spans = _rule_spans(text, start, start + len(inner))
        for s, e in spans:
            out.append(SentenceSpan(len(out), paragraph, s, e, text[s:e]))
        paragraph += 1
    return out


def _paragraph_spans(text: str, start: int, end: int, tokenize):
    """Sentence spans of the paragraph text[start:end], unit by unit (:func:`_units`)."""
    for a, b in _units(text, start, end):
        yield from _rule_spans(text, *_trim(text, a, b)) if tokenize is None else _sentences_of(text, a, b, tokenize)


class SentenceIndex:
    """Find the sentence that holds an offset: ``index.of(1873)`` → 12."""

    def __init__(self, sentences: list[SentenceSpan]):
        self._starts = [s.start for s in sentences]
        self._sentences = sentences

    def of(self, offset: int) -> Optional[int]:
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        s = self._sentences[i]
        return s.sentence_id if offset < s.end else None


def segment_words(sentence: str) -> list[str]:
    """underthesea word segmentation that rewrites no character: ``"Ban Bí thư"`` → ``["Ban", "Bí thư"]``."""
    from underthesea import word_tokenize

    return word_tokenize(sentence, use_token_normalize=False)
