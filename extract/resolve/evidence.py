"""Evidence beside a mention of which document it names: its subject (``về …``) and the central body that issued it.

Example::

    >>> subject_key("Về một số vấn đề về tiếp tục đổi mới, sắp xếp bộ máy") == subject_key("đổi mới, sắp xếp bộ máy")
    True
    >>> body_of("của Bộ Chính trị")
    'BCT'
"""
from __future__ import annotations

import functools
from typing import Optional

import regex

from extract.find.lexicon import load_yaml
from extract.normalize import fold

SUBJECT_WORDS = 16  # the content words of a subject compared: enough to tell two documents of one number apart
SUBJECT_MATCH = 0.6  # share of a mention's content words a known subject must hold to be evidence
SUBJECT_MARGIN = 0.3  # … and by how much more than any other term's subject

# central bodies that never share a document: one number of one term is one body's document, so a
# "Chỉ thị 05-CT/TW của Bộ Chính trị" is not the Ban Bí thư's "Chỉ thị số 05-CT/TW, ngày 05/11/2021"
_BODIES = {"bộ chính trị": "BCT", "bct": "BCT", "ban bí thư": "BBT", "bbt": "BBT",
           "ban chấp hành trung ương": "BCHTW", "ban chấp hành trung ương đảng": "BCHTW", "bch tw": "BCHTW",
           "bchtw": "BCHTW", "trung ương": "BCHTW", "trung ương đảng": "BCHTW"}


@functools.lru_cache(maxsize=4096)
def body_of(issuer: Optional[str]) -> Optional[str]:
    """The central body an issuer names (``Bộ Chính trị`` → ``BCT``), or None."""
    if not issuer:
        return None
    key = " ".join(issuer.lower().split())
    for prefix in ("của ", "do "):
        key = key[len(prefix):] if key.startswith(prefix) else key
    return _BODIES.get(key)


@functools.cache
def _subject_words() -> tuple:
    words = load_yaml("subjects.yaml")
    phrases = regex.compile(r"(?<!\S)(?:" + "|".join(regex.escape(fold(p)) for p in sorted(
        words["phrases"], key=len, reverse=True)) + r")(?!\S)")
    return phrases, frozenset(fold(w) for w in words["words"])


def subject_key(subject: str) -> frozenset:
    """The first content words of a subject, folded, without words a writer adds or drops freely
    (``về``, ``một số vấn đề``, ``tiếp tục``): ``Về một số vấn đề về tiếp tục đổi mới, sắp xếp …`` and
    ``tiếp tục đổi mới, sắp xếp …`` give one key."""
    phrases, stop = _subject_words()
    words = phrases.sub(" ", fold(regex.sub(r"[^\p{L}\d\s]++", " ", subject))).split()
    return frozenset([w for w in words if w not in stop][:SUBJECT_WORDS])


def subject_score(key: frozenset, known: frozenset) -> float:
    """Share of a mention's subject words that a known subject holds."""
    return len(key & known) / len(key) if key else 0.0


def best_subject(subject: Optional[str], known: Optional[dict]) -> Optional[str]:
    """The one term (of ``known``: term → subjects its document was cited with) whose subject clearly matches
    best (most of the mention's content words, well ahead of any other term's): ``về một số vấn đề tiếp tục đổi
    mới, sắp xếp tổ chức bộ máy`` is the 2017 ``18-NQ/TW``, not the 2022 one ``về tiếp tục đổi mới, hoàn thiện
    thể chế …``."""
    if not subject or not known:
        return None
    key = subject_key(subject)
    if len(key) < 2:  # "về đất đai" alone tells little
        return None
    scores = sorted(((max(subject_score(key, k) for k in keys), t) for t, keys in known.items()), reverse=True)
    best, term = scores[0]
    second = scores[1][0] if len(scores) > 1 else 0.0
    return term if best >= SUBJECT_MATCH and best - second >= SUBJECT_MARGIN else None
