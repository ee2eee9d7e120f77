"""Render one document with its findings highlighted: terminal (rich) or HTML (spaCy displacy).

Example::

    >>> print(to_html(text, record)[:15])   # doctest: +SKIP
    <!DOCTYPE html>
"""
from __future__ import annotations

import html as html_lib

from rich.table import Table
from rich.text import Text

from schemas import Document

STYLE = {"doc_refs": "bold magenta", "dates": "bold cyan", "people": "bold green", "statistics": "bold yellow"}
LABEL = {"doc_refs": "REF", "dates": "DATE", "people": "PERSON", "statistics": "STAT"}
COLOR = {"REF": "#f4b6f0", "DATE": "#a7e3f2", "PERSON": "#b8f2a7", "STAT": "#f7e08e"}


def spans(rec: Document) -> list[tuple[int, int, str, object]]:
    """Non-overlapping (start, end, category, finding), longest first where two overlap."""
    allf = [(f.start, f.end, cat, f) for cat in STYLE for f in getattr(rec, cat)]
    allf.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out, last_end = [], -1
    for s in allf:
        if s[0] >= last_end:
            out.append(s)
            last_end = s[1]
    return out


def highlighted(text: str, rec: Document) -> Text:
    """The text with each finding coloured by category."""
    t = Text(text)
    for start, end, cat, _ in spans(rec):
        t.stylize(STYLE[cat], start, end)
    return t


def _describe(cat: str, f) -> str:
    if cat == "doc_refs":
        bits = [f.doc_type, f.symbol, f.issued_date, f.issuer, f"khóa {f.term}" if f.term else None]
        return " · ".join(str(b) for b in bits if b) + (f" → {f.canonical_id}" if f.canonical_id else "")
    if cat == "dates":
        return f"{f.kind} {f.value}" + (f" [{f.start_date}..{f.end_date}]" if f.start_date else "")
    if cat == "people":
        return f"{f.name} ({f.role})" + (": " + "; ".join(f.titles) if f.titles else "")
    val = f"{f.numerator:g}/{f.denominator:g}" if f.kind == "ratio" else (
        f"{f.low:g}–{f.high:g}" if f.kind == "range" else f"{f.value:g}")
    return f"{f.kind} {val} {f.unit or ''}".strip()


def findings_table(rec: Document) -> Table:
    """A table of every finding: category, offsets, text, normalised reading."""
    t = Table("kind", "offsets", "text", "reading", title=rec.source)
    for start, end, cat, f in sorted(((f.start, f.end, c, f) for c in STYLE for f in getattr(rec, c)),
                                     key=lambda x: x[0]):
        t.add_row(Text(LABEL[cat], style=STYLE[cat]), f"{start}-{end}", f.text.replace("\n", " "),
                  _describe(cat, f))
    return t


def to_html(text: str, rec: Document) -> str:
    """A self-contained page: displacy highlighting plus a side table of the findings."""
    from spacy import displacy

    ents = [{"start": s, "end": e, "label": LABEL[c]} for s, e, c, _ in spans(rec)]
    body = displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True,
                           options={"colors": COLOR}, page=False)
    rows = "\n".join(
        f'<tr class="f-{LABEL[c]}"><td>{LABEL[c]}</td><td>{s}-{e}</td><td>{html_lib.escape(f.text)}</td>'
        f'<td>{html_lib.escape(_describe(c, f))}</td>'
        + (f'<td><a href="#node-{html_lib.escape(f.canonical_id)}" data-node="{html_lib.escape(f.canonical_id)}">'
           f'{html_lib.escape(f.canonical_id)}</a></td>' if c == "doc_refs" and f.canonical_id else "<td></td>")
        + "</tr>" for s, e, c, f in spans(rec))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{html_lib.escape(rec.metadata.title or rec.source)}</title>
<style>body{{font-family:sans-serif;display:flex;gap:2em;margin:1em}} .doc{{flex:3;white-space:pre-wrap}}
.side{{flex:2;font-size:90%}} table{{border-collapse:collapse}} td{{border-bottom:1px solid #ddd;padding:2px 6px}}</style>
</head><body><div class="doc">{body}</div>
<div class="side"><h3>{html_lib.escape(rec.source)}</h3><table id="findings">{rows}</table></div></body></html>
"""
