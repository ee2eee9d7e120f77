"""The role of a person mention from the words around it: chair, speaker, attendee, author, mentioned.

Example::

    >>> t = "Phát biểu chỉ đạo hội nghị, đồng chí Lê Minh Tâm nhấn mạnh …"
    >>> role_of(t, t.index("Lê"), t.index(" nhấn"), t.index(" nhấn"), trailer=len(t))
    'speaker'
"""
from __future__ import annotations

import regex

from extract.find.document import BYLINE_LABEL, BYLINE_PAIRS, PAGE_LINKS, SOURCE_LABEL, TRAILER_WORDS
from extract.find.lexicon import alternation, any_of, backward, load_yaml, spellings
from extract.find.people.titles import HONORIFIC, HONORIFICS, ONE_TITLE, glued, spaces_back, title_starts
from extract.normalize import fold
from extract.segment import is_full_stop

_R = load_yaml("roles.yaml")
# cue → role, by its folded spelling
_ROLE = {fold(cue): role for part in ("after", "before") for role, cues in _R[part].items() for cue in cues}
_AFTER_CUES = [cue for cues in _R["after"].values() for cue in cues]
_BEFORE_CUES = [cue for cues in _R["before"].values() for cue in cues]
_LIST_CUES = _R["before"]["chair"] + _R["before"]["attendee"]

# cue right after the name and its titles: "… Bí thư Huyện ủy phát biểu", "… chủ trì hội nghị"; "thay mặt …," may
# come before it
# ("… đến thăm và chủ trì buổi làm việc", "… dự và chủ trì", "… tới dự và phát biểu": a chair or speech cue
# after "và" wins)
_AFTER = regex.compile(rf"[ \t\n]*+,?[ \t\n]*+(?:(?:{alternation(_R['after_adverbs'])}|thay mặt[^,\n]{{1,60}},)[^\S\n]++)?"
                       rf"(?:{alternation(_AFTER_CUES)}[^\S\n]++và[^\S\n]++(?={alternation(_R['after']['chair'] + _R['after']['speaker'])}(?!\p{{L}})))?"
                       rf"(?P<c>{alternation(_AFTER_CUES)})(?!\p{{L}})", regex.I)
# attendance cues that name the event or the company before "có": "Dự buổi lễ có", "Dự hội thảo có",
# "Cùng đi có", "Đi cùng đoàn có"
_ATTEND_HAS = (r"dự(?:[^\S\n]++\p{L}++){1,5}?[^\S\n]++có"
               r"|(?:cùng[^\S\n]++đi|đi[^\S\n]++cùng)(?:[^\S\n]++\p{Ll}++){0,3}?[^\S\n]++có")
# the chairs of a congress: "Đoàn Chủ tịch điều hành phiên bế mạc gồm các đồng chí: …"
_PRESIDIUM = r"đoàn[^\S\n]++chủ[^\S\n]++tịch(?:[^\S\n]++[\p{L}]++){0,6}?[^\S\n]++gồm"
# cue earlier in the clause: "Đến dự có đồng chí …", "Phát biểu chỉ đạo hội nghị, đồng chí …"; "do" (the cue of
# a passive chair: "Hội nghị do đồng chí A chủ trì") and a conclusion that is no document ("kết luận số 12")
_BEFORE = regex.compile(rf"(?P<c>{alternation(_BEFORE_CUES)}|do"
                        rf"|kết luận(?![^\S\n]++(?:số|\d))|{_ATTEND_HAS}|{_PRESIDIUM}"
                        r"|về phía(?:[^\S\n]++[\p{L}]++){1,6}?[^\S\n]++có)"
                        r"(?![\p{L}])[^;\n]*+$", regex.I)  # searched from the clause start: no full stop inside


def _cue_role(cue: str) -> str:
    """``"Dự cuộc họp có"`` → attendee; the listed cues by their words."""
    cue = " ".join(cue.lower().split())
    if cue.startswith("đoàn chủ tịch"):
        return "chair"
    return _ROLE.get(fold(cue)) or ("attendee" if cue.startswith(("dự", "về phía", "cùng đi", "đi cùng")) else "speaker")


# the labels before a byline's name: "Tin, ảnh: …", "Bài và ảnh: …", "Tác giả: …" (document.BYLINE_LABEL)
_BYLINE_PREFIX = regex.compile(rf"^[^\S\n]*+(?:{BYLINE_LABEL}\s*+"
                               rf"|{alternation(BYLINE_PAIRS + [SOURCE_LABEL])}\s++)?$", regex.I)  # (a page may drop the colon)


# the cue of a list whose items are parted by ";": "Dự hội nghị có đồng chí A, …; đồng chí B, …", "Chủ trì có: A; B"
_LIST_CUE = regex.compile(rf"(?P<c>{alternation(_LIST_CUES)}|{_ATTEND_HAS}|{_PRESIDIUM})(?![\p{{L}}])[^.\n]*+$", regex.I)
LIST_REACH = 600  # how far back in its sentence a list item looks for the list's cue

# lines that may follow a byline: a closing list's heading, or the page's sharing links
_TRAILER = regex.compile(rf"^(?:{alternation(TRAILER_WORDS)}|{alternation(PAGE_LINKS)}|Tags?:.*)$", regex.I)


BYLINE_TAIL = 600  # characters from the end of the text where a byline may stand
BYLINE_WORDS = 8  # a byline line ending in a full stop has no more words
_CHAIR_AFTER = regex.compile(r"[^.;\n]{0,80}?chủ trì")


TOP_BYLINE = 400  # characters from the start where a labelled byline may stand under the headline
EXPLICIT_BYLINE = regex.compile(rf"^[^\S\n]*+{BYLINE_LABEL}\s*+$", regex.I)


# a name on the line under the headline (a second line may repeat it), a degree before it: "Thực tiễn …\n\nThS. Lê
# Thị Huyền", "Hà Nội kỷ luật …\n\nVũ Hân\nVũ Hân"
_DEGREES = frozenset(load_yaml("titles.yaml")["degrees"])
UNDER_HEADLINE = regex.compile(rf"[^\S\n]*+[^\n]{{20,300}}\n\s*+(?:[^\n]{{2,40}}\n\s*+)?"
                               rf"(?:{alternation(load_yaml('titles.yaml')['degrees'], tones=False)}[^\S\n]++)?")


UNDER_HEADLINE_WORDS = 6  # a name's line under the headline: the name, perhaps a bar or a note
_NOT_VIETNAMESE = regex.compile(r"[fjwzFJWZ]")  # letters no Vietnamese syllable holds ("Google News")


def _under_headline(text: str, start: int) -> bool:
    """A name under a news headline (in capitals, only with the bar that parts it from the date: ``NGUYÊN
    ĐOAN |``); a formal document's header lines in capitals (``THÀNH ỦY BẮC GIANG``) are none."""
    headline = text[:text.find("\n")]
    line = text[start:(text.find("\n", start) + 1 or len(text) + 1) - 1]
    if headline.isupper() or _NOT_VIETNAMESE.search(line) or len(line.split()) > UNDER_HEADLINE_WORDS \
            or line.rstrip().endswith("."):
        return False  # a sentence that opens with a name is no byline
    return not line.isupper() or line.rstrip().endswith("|")


def is_byline(text: str, start: int, end: int) -> bool:
    """A name that starts one of the last lines of an article (before its closing list of other articles
    at ``end``, ``Tin liên quan``…), a labelled one under the headline (``Tin, ảnh: Nguyễn Thị Hạnh``), or one
    alone on the line under the headline."""
    if start < TOP_BYLINE:
        pre = text[text.rfind("\n", 0, start) + 1:start]
        if EXPLICIT_BYLINE.match(pre) or ((not pre.strip() or pre.strip() in _DEGREES) and "\n" in text[:start]
                                          and UNDER_HEADLINE.fullmatch(text, 0, start) and _under_headline(text, start)):
            return True  # (the line holds the name alone, or after a degree: else no pattern is tried)
    if not start < end or end - start > BYLINE_TAIL:  # a byline stands among the last lines of the article
        return False
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    if not _BYLINE_PREFIX.match(text[line_start:start]):
        return False
    line_end = text.find("\n", start)
    line = text[start:line_end if line_end >= 0 else len(text)].rstrip()
    if line.endswith(".") and len(line.split()) > BYLINE_WORDS:
        return False  # a sentence that opens with a name ("A, Chủ tịch UBND huyện, cho biết …"), no byline
    rest = [l.strip() for l in text[start:end].split("\n")[1:] if l.strip()]
    return all(_TRAILER.match(l) for l in rest)


# the person is the object of a verb before the name: "Giao đồng chí X chỉ đạo …", "đề nghị đồng chí X báo cáo"
_OBJECT_OF = regex.compile(rf"(?<![\p{{L}}])(?i:{alternation(_R['assigning_verbs'])})(?![\p{{L}}])[^,.;:\n]{{0,60}}$")


# a verb whose object the name is, right before it: "ghi nhận đồng chí B", "biểu dương đồng chí C"
_OBJECT_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?i:{alternation(_R['object_verbs'])})(?![\p{{L}}])[^\S\n]++"
                               rf"(?:(?i:{HONORIFIC})[^\S\n]++)?$")


# a name owned by a noun before it: "bài phát biểu của đồng chí Tổng Bí thư A", "ý kiến của ông B"
_OF_BEFORE = backward(rf"(?<![\p{{L}}])của[^\S\n]++(?:(?i:{HONORIFIC}|ông|bà)[^\S\n]++)?(?:{ONE_TITLE.pattern}[^\S\n]++)?$")


# but "dưới sự chủ trì của A", "với sự tham dự của B": the cue is the noun
_CUE_OF = backward(rf"(?<![\p{{L}}])(?i:{alternation(_LIST_CUES + ['dự', 'điều hành', 'chỉ đạo'])})[^\S\n]++$")


# the speech a name owns: "phát biểu kết luận của A", "báo cáo của B"; "bài phát biểu của C" is a speech given
# elsewhere, read out or cited here
_SPEECH_OF = backward(rf"(?<![\p{{L}}])(?P<piece>(?i:bài|nội dung)[^\S\n]++)?(?i:{alternation(_R['after']['speaker'])})"
                      rf"(?:[^\S\n]++\p{{Ll}}++){{0,3}}[^\S\n]++$")
_SIGNED_BY = backward(r"(?<![\p{L}])(?i:người ký|ký tên)[^\S\n]*+:[^\S\n]*+$")


def _NAME_IN_CLAUSE(text: str, earlier: int, at: int) -> bool:
    """Another name stands in the clause before the cue at ``at`` (it conveys the speech)."""
    return 0 <= earlier < at and not any(c in text[earlier:at] for c in ".;\n")


_OWNERS = sorted({v for h in list(HONORIFICS) + ["ông", "bà"] for v in spellings(h.lower())}, key=len, reverse=True)


def _cua_before(text: str, p: int) -> int:
    """Where "của" and the spaces that end at ``p`` start, else -1."""
    q = spaces_back(text, p)
    if q == p or q < 3 or text[q - 3:q] != "của" or (q > 3 and text[q - 4].isalpha()):
        return -1
    return q - 3


def _owner_before(text: str, p: int) -> int:
    """Where "của" (and an honorific, ``ông`` or ``bà`` after it, preferred) and spaces ending at ``p`` start."""
    q = spaces_back(text, p)
    if q < p:
        low = text[max(0, q - 8):q].lower()
        for w in _OWNERS:
            if low.endswith(w) and (c := _cua_before(text, q - len(w))) >= 0:
                return c
    return _cua_before(text, p)


def _owned_at(text: str, start: int) -> int | None:
    """Where ``_OF_BEFORE.search(text, start - 120, start)`` starts, read forward: each head in the window whose
    title ends before the name, leftmost first, with "của" before it; else "của" right before the name (the
    same on the 34,788 windows of the snapshots that hold "của", at a quarter of the backward search's cost)."""
    lo = max(0, start - 120)
    e = spaces_back(text, start)
    if e < start:
        heads = title_starts(text, lo, e)
        for h in heads:
            if ONE_TITLE.fullmatch(text, h, e) and (c := _owner_before(text, h)) >= lo:
                return c
        if heads and glued(text, lo, start):
            m = _OF_BEFORE.search(text, lo, start)
            return m.start() if m else None
    c = _owner_before(text, start)
    return c if c >= lo else None


def after_cue(text: str, pos: int) -> str | None:
    """The role the cue right after a name's titles (ending at ``pos``) gives: ``… chủ trì`` → chair."""
    m = _AFTER.match(text, pos, pos + 40)
    return _ROLE[fold(m["c"])] if m else None


def _last_full_stop(text: str, lo: int, end: int) -> int:
    """The last ``.`` in text[lo:end] that ends a sentence (not ``ThS.``, ``PGS.TS.``, ``1.245``), else -1."""
    i = text.rfind(".", lo, end)
    while i >= 0 and not is_full_stop(text, i, lo):
        i = text.rfind(".", lo, i)
    return i


# a name cited for its ideas or example, not present: "tư tưởng Hồ Chí Minh", "lời dạy của Chủ tịch Hồ Chí Minh"
_LEGACY_WORDS = _R["legacy_words"]
_ANY_LEGACY = any_of(_LEGACY_WORDS)
_LEGACY = regex.compile(rf"(?i:{alternation(_LEGACY_WORDS)})(?:[^\S\n]++[\p{{L}}]++){{0,4}}?[^\S\n]++$")


def role_of(text: str, start: int, end: int, after_end: int, earlier: int = -1, *, trailer: int,
            lines: str | None = None) -> str:
    """Role from cues after the titles, then earlier in the clause, then the byline position (``trailer``:
    where the page's closing list of other articles starts).

    ``lines`` is the text as written when ``text`` has its wrapping line breaks made spaces.
    ``earlier`` is where the name before this one starts, when the two are no items of one list: after a
    cue of speech that name is the speaker, and this one is spoken of (``Phát biểu, đồng chí A ghi nhận
    đóng góp của đồng chí B``).
    """
    if is_byline(text if lines is None else lines, start, trailer):  # bylines are read by lines as written
        return "author"
    before = text[max(0, start - 60):start].lower()
    if _ANY_LEGACY.search(before) and _LEGACY.search(text, max(0, start - 60), start):
        return "mentioned"
    m = _AFTER.match(text, after_end, after_end + 40)
    if m and not (_ROLE[fold(m["c"])] == "speaker" and _OBJECT_OF.search(text, max(0, start - 80), start)):
        return _ROLE[fold(m["c"])]
    if text.find(":", max(0, start - 20), start) >= 0 and _SIGNED_BY.search(text, max(0, start - 20), start):
        return "signer"  # "Người ký: A" (a legal database's field)
    if "của" in text[max(0, start - 120):start] and (of := _owned_at(text, start)) is not None \
            and not _CUE_OF.search(text, max(0, of - 30), of):
        speech = _SPEECH_OF.search(text, max(0, of - 40), of)
        if not speech or speech["piece"] or _NAME_IN_CLAUSE(text, earlier, speech.start()):
            return "mentioned"  # "bài phát biểu của đồng chí Tổng Bí thư A": A's speech, spoken of
        return "speaker"  # "Phát biểu kết luận của đồng chí A", "Theo báo cáo của ông B"
    lo = max(0, start - 150)
    clause_start = max(_last_full_stop(text, lo, start), text.rfind("\n", lo, start), text.rfind(";", lo, start),
                       lo - 1) + 1
    m = _BEFORE.search(text, max(clause_start, start - 150), start)
    if m and m["c"].lower() != "do":
        role = _cue_role(m["c"])
        if role == "speaker" and (earlier >= m.end("c") or _OBJECT_BEFORE.search(text, m.end("c"), start)):
            return "mentioned"  # "Phát biểu …, Bí thư A ghi nhận đồng chí B …": B is spoken of
        return role
    if m and _CHAIR_AFTER.match(text, after_end, after_end + 100):
        return "chair"
    if not m and clause_start > 0 and text[clause_start - 1] == ";":
        lm = _LIST_CUE.search(text, max(0, clause_start - LIST_REACH), clause_start)
        if lm:
            return _cue_role(lm["c"])  # a later item of an attendance (or chairs') list
    return "mentioned"
