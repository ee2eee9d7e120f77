"""The word lists that tell a person's name from a body's or a place's: family names (``data/surnames.txt``) and the
words of ``data/not_people.yaml``.

Example::

    >>> fold("Nguyễn") in SURNAME_KEYS, fold("Ban") in ORG_WORDS
    (True, True)
"""
from __future__ import annotations

import regex

from extract.find.lexicon import DATA, alternation, load_yaml
from extract.normalize import fold

SURNAMES = [l.strip() for l in (DATA / "surnames.txt").read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
NOT_PEOPLE = load_yaml("not_people.yaml")
SURNAME_KEYS = {fold(s) for s in SURNAMES}
# the first word of a body's name, not a person's: "Ban", "Sở", "Nhà" (văn hóa) …
ORG_WORDS = ({fold(w) for w in NOT_PEOPLE["org_before"] if " " not in w.strip(".")}
             | {fold(w) for w in ("Ban", "Đảng", "Sở", "Hội", "Nhà")})
ORG_STARTS = ("Văn phòng", "Văn bản", "Văn hóa", "Văn hoá", "Văn kiện", "Văn thư")  # but "Văn Tài" is a byline
ORG_HEADS = regex.compile(rf"(?:{alternation(NOT_PEOPLE['org_heads'])})(?![\p{{L}}])")
