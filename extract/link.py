"""Reference → reference relations inside one sentence (SPEC §2), with the cue word kept as evidence.

``Kế hoạch 52-KH/HU … về thực hiện Chỉ thị số 17-CT/TU`` → the Kế hoạch *implements* the Chỉ thị.
A cue with no reference before it in its clause (``Sửa đổi, bổ sung Quy định số 126-QĐ/TW``) makes
the citing document itself the source (``source: None``).

Example::

    >>> t = "Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị số 05-CT/TW."
    >>> refs = [{"start": 0, "end": 20}, {"start": 42, "end": 61}]
    >>> find_ref_relations(t, refs, [(0, len(t))])[0]["relation"]
    'continues'
"""
from __future__ import annotations

import functools
from bisect import bisect_right

import regex

from extract.find.lexicon import alternation, backward, load_yaml
from extract.normalize import fold

_DATA = load_yaml("relations.yaml")
# cue → relation; the cue stands just before the target (a few filler words allowed)
CUES = _DATA["cues"]
_FILLER = (rf"(?:\s++(?:{alternation(_DATA['fillers'])}|\d+\s+năm(?:\s+thực hiện)?"  # "… 5 năm thực hiện"
           rf"|(?:một số|các)\s++{alternation(_DATA['document_parts'])}(?:\s++(?:của|tại))?))*")  # "… một số điều của"
_RELATION_OF = {c: rel for rel, cues in CUES.items() for c in cues}
# how a document is carried out, after a verb of doing it: "thực hiện nghiêm", "thực hiện đúng theo",
# "triển khai thực hiện có hiệu quả", "thực hiện nghiêm túc, có hiệu quả" (not after "sửa đổi" or "sơ kết":
# "sơ kết theo Hướng dẫn số 12" reviews no Hướng dẫn)
_MANNER = (rf"(?:\s++{alternation(_DATA['manners'])}"
           r"(?:\s*+,(?=\s*+(?:nghiêm|đúng|tốt|có|hiệu|đầy))|\s++và(?=\s))?)++")
_DOING = [c for c in _RELATION_OF if _RELATION_OF[c] in ("implements", "continues")
          and c.split()[-1] in ("hiện", "khai", "hành")]  # "thực hiện", "triển khai", "thi hành"
CUE = backward(rf"(?:(?P<cue>(?i:{alternation(_RELATION_OF)})){_FILLER}"
               rf"|(?P<cue>(?i:{alternation(_DOING)})){_MANNER}{_FILLER})\s*+,?\s*+$")
# a clause ends at ";", ":", a line's end or a numbered item "(2)"; read right to left from a cue, the first
# one found is the last break before it (the breaks never overlap, so the same ones either way)
_CLAUSE_BREAK = regex.compile(r"(?r)[;:]|\(\d+\)|\n")


_RELATION_BY_KEY = {fold(c): rel for c, rel in _RELATION_OF.items()}
# the gap from one listed reference (with its date, issuer, term) to the next: "…, ngày 5/8/2008 của Bộ
# Chính trị (khóa X) và ", "; ", ", "
_LIST_GAP = regex.compile(r"(?:[^.;:!?\n]{0,120}?)(?:,|;|,?\s++(?:và|cùng))\s*+$")
_GAP_VERB = backward(rf"(?i:{alternation(_RELATION_OF)})")  # a new cue in the gap starts a new clause


@functools.lru_cache(maxsize=1024)
def _relation(cue: str) -> str:
    return _RELATION_BY_KEY[fold(cue)]


def find_ref_relations(text: str, refs: list[dict], sentences: list[tuple[int, int]]) -> list[dict]:
    """Edges ``{"source": i|None, "target": j, "relation", "cue", "sentence_index"}`` between refs of a sentence."""
    starts = [s for s, _ in sentences]
    out = []
    for j, target in enumerate(refs):
        k = bisect_right(starts, target["start"]) - 1
        s_start = sentences[k][0] if k >= 0 else 0
        window = text[max(s_start, target["start"] - 120):target["start"]]
        m = CUE.search(window)
        if not m:
            if out and out[-1]["target"] == j - 1:
                # "thực hiện Chỉ thị 05 …; Kết luận 21 …": the list shares the cue (an amendment's only across "," or "và")
                gap = text[refs[j - 1]["end"]:target["start"]]
                if _LIST_GAP.match(gap) and not _GAP_VERB.search(gap) \
                        and not (";" in gap and out[-1]["relation"] in ("amends", "replaces")):
                    out.append({**out[-1], "target": j})
            continue
        cue_abs = target["start"] - len(window) + m.start("cue")
        b = _CLAUSE_BREAK.search(text, s_start, cue_abs)  # the last clause break of the sentence before the cue
        clause = b.end() if b else s_start
        source = None  # the nearest reference before the cue, in the same clause
        for i in range(j - 1, -1, -1):
            r = refs[i]
            if r["start"] < clause:
                break
            if r["end"] <= cue_abs and not (r.get("symbol") and r.get("symbol") == target.get("symbol")):
                source = i
                break
        relation = _relation(m["cue"])
        if relation in _PASSIVE:  # the reference before the cue is the target
            if source is None:
                continue
            source, j_target, relation = j, source, _PASSIVE[relation]
        else:
            j_target = j
        out.append({"source": source, "target": j_target, "relation": relation, "cue": m["cue"],
                    "sentence_index": k if k >= 0 else None})
    return out


_PASSIVE = {"replaced by": "replaces", "amended by": "amends"}
