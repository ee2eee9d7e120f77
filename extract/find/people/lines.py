"""Which line forms of a name (``uname``: a name in capitals alone on its line; ``lname``: a byline's or a signer's
name alone on its line) may match a line: the lines of sentences and of signature blocks' posts are not tried.

Example::

    >>> t = "Hội nghị kết thúc.\\nNGUYỄN VĂN AN\\nBÍ THƯ\\nKhánh An"
    >>> line_forms(t, 0), line_forms(t, t.index("NGUYỄN")), line_forms(t, t.index("BÍ")), line_forms(t, t.index("Kh"))
    ((), ('uname', 'lname'), ('lname',), ('lname',))
"""
from __future__ import annotations

import functools

import regex

from extract.find.lexicon import MAX_MATCH, alternation
from extract.find.people.words import SURNAMES

# the most words a line may hold for each line form to match it: a name in capitals alone (4); a byline's label,
# two names and a note in brackets of 60 characters (at most 60): longer lines (paragraphs) are not tried
_LINE_WORDS = {"uname": 4, "lname": 60}


# the last word of a line each line form may match: a syllable in capitals ("AN" of "NGUYỄN VĂN AN"); a capitalised
# syllable ("Hằng", "K'Mák"), a note in brackets ("huyện)") or a bar ("ĐOAN |"), no full stop
_LAST_WORD = {"uname": regex.compile(r"\p{Lu}++"), "lname": regex.compile(r"\p{Lu}(?:.*\p{L})?|.*[)|]", regex.S)}
_SURNAME_WORD = regex.compile(rf"(?i:{alternation(SURNAMES)})", regex.V1)  # UPPER_NAME's first word


@functools.lru_cache(maxsize=4096)  # the same words start the lines of signature blocks ("PHÓ", "BÍ")
def _surname_word(word: str) -> bool:
    return bool(_SURNAME_WORD.fullmatch(word))


def line_forms(text: str, start: int) -> tuple[str, ...]:
    """The line forms that may match the line from ``start``: a test that cannot change a result, measured
    cheaper than the matches it spares on the many lines of sentences and of signature blocks' posts."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    whole, e = end - start <= MAX_MATCH, end
    while e > start and text[e - 1].isspace():
        e -= 1
    if whole and e > start and text[e - 1] in ".,;:":  # a sentence's line (no line form ends so): not split
        return ()
    words = text[start:end].split()
    n = len(words)
    if not whole or not words:  # a match reads part of the line: only its number of words tells
        return tuple(g for g in ("uname", "lname") if n <= _LINE_WORDS[g])
    last = words[-1]
    forms = ("uname",) if (2 <= n <= _LINE_WORDS["uname"] and _LAST_WORD["uname"].fullmatch(last)
                           and _surname_word(words[0])) else ()
    if n <= _LINE_WORDS["lname"] and _LAST_WORD["lname"].fullmatch(last):
        forms += ("lname",)
    return forms
