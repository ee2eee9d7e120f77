"""The walk along what follows a reference (SPEC §2): its date, issuer, plenum, term and subject, in any order.

``Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về …`` → date, then issuer, then subject. Each step is one
match of one pattern: the steps start with different words (``ngày``, ``của``/``do`` + a body, a body written
without ``của``, ``về``, a quote, ``hội nghị``, ``khóa``), so at most one matches at a place, and the letter that
stands next decides which of them are tried at all (:func:`steps_for`: an alternation of the steps that start with
that letter gives what trying each of them in turn gives).

Example::

    >>> t = "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập; …"
    >>> a = attributes_after(t, 19); (a["issued_date"], a["issuer"], a["subject"])
    ('2016-05-15', 'Bộ Chính trị', 'đẩy mạnh học tập')
"""
from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from extract.find.refs.attrs import (FOOTNOTE, ISSUERS, STEP_ABOUT, STEP_DATE, STEP_ISSUER, STEP_ISSUER_BARE,
                                     STEP_ISSUER_BROKEN, STEP_JOINT, STEP_PLENUM, STEP_QUOTE, STEP_TERM, WINDOW,
                                     _LOCAL, iso_date, issuer_name, next_letter, subject)
from extract.find.refs.patterns import number_word, roman

# each step, in the order they are tried, and the letters it may start with after its spaces and comma (lowercase):
# "ngày", "ban hành ngày", "(ngày"; "của", "do", "giữa"; "về", "v/v"; a quote; "của/tại hội nghị"; "của khóa";
# a body's name (a body written without "của")
_ISSUER_FIRST = frozenset(n[:1].lower() for n in (*ISSUERS["central"], *_LOCAL))
_STEP_PARTS = (("date", STEP_DATE, "nb("), ("issuer", STEP_ISSUER, "cdg"), ("about", STEP_ABOUT, "v"),
               ("quote", STEP_QUOTE, "“\""), ("plenum", STEP_PLENUM, "cth"), ("term", STEP_TERM, "ck"),
               ("bare", STEP_ISSUER_BARE, _ISSUER_FIRST))


class Steps(NamedTuple):
    """An alternation of some steps, which of its groups is each step's, and the number of each named group."""

    pattern: regex.Pattern
    steps: tuple[tuple[int, str], ...]
    group: dict[str, int]


@functools.cache
def _steps(names: tuple[str, ...]) -> Steps:
    parts = {n: p for n, p, _ in _STEP_PARTS}
    pattern = regex.compile("|".join(f"(?P<s_{n}>{parts[n].pattern})" for n in names))
    return Steps(pattern, tuple((pattern.groupindex[f"s_{n}"], n) for n in names), dict(pattern.groupindex))


@functools.cache
def steps_for(letter: str, bare: bool) -> Steps | None:
    """The steps to try where ``letter`` stands next and (``bare``) a body without "của" may stand there; None
    if no step starts with it. Compiled at the first use of each of the 12 kinds, not when the module loads:
    a process that never meets a letter does not pay for its alternation (a tenth of the start, all built)."""
    names = tuple(n for n, _, first in _STEP_PARTS if letter in first and (bare or n != "bare"))
    return _steps(names) if names else None


def compile_all() -> None:
    """Build every kind of :func:`steps_for` now (before forking workers, which then share them)."""
    for letter in set().union(*(set(first) for _, _, first in _STEP_PARTS)):
        for bare in (False, True):
            steps_for(letter, bare)


QUOTE_REACH = 420  # a quoted title is read up to 400 characters
ABOUT_REACH = 20  # "về" stands within these characters after what it follows
MAX_STEPS = 6  # attributes read after one reference; a subject may follow them


def attributes_after(text: str, pos: int, joint: bool = False, bare: bool = True) -> dict:
    """Parse what follows a reference ending at ``pos``: date, issuer, term, plenum, subject; a ``joint``
    document (``Thông tư liên tịch``, ``…/TTLT-BNN-BNV``) names all its issuers; ``bare``: a body written without
    ``của`` right after it may be its issuer (not after a number without codes, which it would make a reference).

    Every step is bounded (the regex module may scan ahead for a required word); an attribute already read ends
    the walk, as does a subject (``về …``, a quoted title)."""
    out = {"issued_date": None, "issuer": None, "term": None, "plenum": None, "subject": None, "end": pos,
           "subject_at": None}
    fn = FOOTNOTE.match(text, pos, pos + 8) if text[pos:pos + 1].isdigit() else None  # "¹", "2": a footnote
    i = bare_at = fn.end() if fn else pos  # where a body named without "của" may stand
    for step in range(MAX_STEPS + 1):
        first = next_letter(text, i)
        steps = steps_for(first, i == bare_at and bare and out["issuer"] is None)
        m = steps.pattern.match(text, i, i + QUOTE_REACH) if steps else None
        kind = next(name for g, name in steps.steps if m[g] is not None) if m else None
        if step == MAX_STEPS and kind not in ("quote", "about"):
            kind = None  # six attributes read: only a subject may follow
        if kind is None:
            if out["issuer"] is None and first in "cdg" and "\n" in text[i:i + 60]:
                m = STEP_ISSUER_BROKEN.match(text, i, i + WINDOW)
                if m is not None:
                    i = _issuer_step(m, text, out, joint)
                    continue
            break
        if kind == "quote":  # a quoted title: “Về đẩy mạnh …”
            out["subject_at"], out["subject"], i = i, m[steps.group["q"]].strip(), m.end()
            break
        if kind == "about":  # "về …", "v/v …"
            out["subject_at"], i = _subject_step(m, text, i)
            if out["subject_at"] is not None:
                out["subject"], i = subject(text, out["subject_at"])
            break
        if m.end() > i + WINDOW:
            break
        i = _step(kind, m, steps.group, text, out, joint, i)
        if i is None:
            break
        if kind == "date":
            bare_at = i
    out["end"] = i
    return out


def _subject_step(m, text: str, i: int) -> tuple[int | None, int]:
    """Where the subject after "về" starts (None when "về" stands beyond its reach) and where the walk stands."""
    end = m.end()
    if end > i + ABOUT_REACH:  # "về" is read within its reach only
        a = STEP_ABOUT.match(text, i, i + ABOUT_REACH)
        if a is None:
            return None, i
        end = a.end()
    return end, i


def _step(kind: str, m, g: dict[str, int], text: str, out: dict, joint: bool, i: int) -> int | None:
    """Take the attribute a date, plenum, term or issuer step read; where the walk goes on, or None when that
    attribute was read already (the walk ends)."""
    if kind == "date":
        if out["issued_date"] is not None:
            return None
        y = m[g["y"]] or m[g["wy"]]
        out["issued_date"] = iso_date(y, m[g["m"]] or m[g["wm"]], m[g["d"]] or m[g["wd"]]) if y else None
        return m.end()
    if kind == "plenum":
        pn = number_word(m[g["pn"]] or m[g["pn2"]] or "")
        if out["plenum"] is not None or not pn:
            return None
        out["plenum"] = pn
        out["issuer"] = out["issuer"] or "Ban Chấp hành Trung ương"
        out["term"] = roman(m[g["term"]]) if m[g["term"]] else out["term"]
        return m.end()
    if kind == "term":
        if out["term"] is not None:
            return None
        out["term"] = roman(m[g["term"]])
        return m.end()
    if out["issuer"] is not None:  # an issuer, after "của" or without it
        return None
    return _issuer_step(m, text, out, joint)


def _issuer_step(m, text: str, out: dict, joint: bool) -> int:
    """Take the issuer (and term) a step read; a joint document's second body after it; where the walk goes on."""
    out["issuer"] = issuer_name(m)
    out["term"] = roman(m["term"]) if m["term"] else out["term"]
    i = m.end()
    j = STEP_JOINT.match(text, i, i + WINDOW) if joint else None
    if j:
        out["issuer"] = f"{out['issuer']} và {issuer_name(j)}"
        i = j.end()
    return i
