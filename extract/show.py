"""Render one document with its findings highlighted: terminal (rich) or a self-contained HTML page.

The page keeps the text flowing: a finding is a ``<mark>`` inside its line (no markup of its own that
breaks or heightens the line), coloured by category as the legend says; a side table lists every
finding, and a reference carries the node id the citation graph gives it (``data-node``), linked to
its row.

Example::

    >>> print(to_html(text, record)[:15])   # doctest: +SKIP
    <!DOCTYPE html>
"""
from __future__ import annotations

import html as html_lib
import re

from rich.table import Table
from rich.text import Text

from extract.errors import printable
from schemas import Document

STYLE = {"doc_refs": "bold magenta", "dates": "bold cyan", "people": "bold green", "statistics": "bold yellow"}
LABEL = {"doc_refs": "REF", "dates": "DATE", "people": "PERSON", "statistics": "STAT"}
COLOR = {"REF": "#f4b6f0", "DATE": "#a7e3f2", "PERSON": "#b8f2a7", "STAT": "#f7e08e"}
MEANING = {"REF": "document reference", "DATE": "date or period", "PERSON": "person", "STAT": "statistic"}


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


def _all_findings(rec: Document) -> list[tuple[int, int, str, object]]:
    return sorted(((f.start, f.end, c, f) for c in STYLE for f in getattr(rec, c)), key=lambda x: (x[0], -x[1]))


def findings_table(rec: Document) -> Table:
    """A table of every finding: category, offsets, text, normalised reading."""
    t = Table("kind", "offsets", "text", "reading", title=Text(printable(rec.source)))
    for start, end, cat, f in _all_findings(rec):
        t.add_row(Text(LABEL[cat], style=STYLE[cat]), f"{start}-{end}", Text(printable(f.text.replace("\n", " "))),
                  Text(printable(_describe(cat, f))))  # plain text: a document's "[a]" is not markup
    return t


def words_table(sentences: list[dict]) -> Table:
    """Sentences with their words (``--segment-words``): syllables of one word joined by ``_``."""
    t = Table("sentence", "words")
    for s in sentences:
        t.add_row(str(s["sentence_id"]), Text(printable(" ".join(w.replace(" ", "_") for w in s.get("words") or []))))
    return t


def node_anchor(node_id: str) -> str:
    """The HTML id of a node's row: the node id with whitespace made ``_`` (ids hold no spaces)."""
    return "node-" + re.sub(r"\s", "_", node_id)


def _esc(s) -> str:
    return html_lib.escape(str(s), quote=True)


def _marked_text(text: str, marks: list[tuple[int, int, str, object]], row_of: dict[int, int]) -> str:
    """The text, escaped, each finding of ``marks`` a ``<mark>`` (a link for a reference with an id)."""
    out, pos = [], 0
    for s, e, cat, f in marks:
        out.append(_esc(text[pos:s]))
        lab, tip = LABEL[cat], _esc(f"{MEANING[LABEL[cat]]}: {_describe(cat, f)}")
        node = getattr(f, "canonical_id", None) if cat == "doc_refs" else None
        inner = _esc(text[s:e])
        attrs = f'id="m{row_of[id(f)]}" class="hl {lab}" data-cat="{lab}" title="{tip}"'
        if node:
            out.append(f'<a href="#{_esc(node_anchor(node))}" data-node="{_esc(node)}"><mark {attrs}>{inner}</mark></a>')
        else:
            out.append(f"<mark {attrs}>{inner}</mark>")
        pos = e
    out.append(_esc(text[pos:]))
    return "".join(out)


def _legend(marks) -> str:
    counts = {lab: 0 for lab in COLOR}
    for _, _, cat, _ in marks:
        counts[LABEL[cat]] += 1
    return "".join(f'<li data-cat="{lab}"><mark class="hl {lab}">{lab}</mark> {MEANING[lab]} ({n})</li>'
                   for lab, n in counts.items() if n)


def _rows(findings, marked: set[int]) -> str:
    rows, anchored = [], set()
    for i, (s, e, cat, f) in enumerate(findings):
        lab = LABEL[cat]
        node = getattr(f, "canonical_id", None) if cat == "doc_refs" else None
        node_cell = ""
        if node:
            row_id = node_anchor(node)
            node_cell = f'<code id="{_esc(row_id)}">{_esc(node)}</code>' if row_id not in anchored else \
                f"<code>{_esc(node)}</code>"
            anchored.add(row_id)
        text = f'<a href="#m{i}">{_esc(f.text)}</a>' if id(f) in marked else _esc(f.text)
        rows.append(f'<tr id="f{i}" data-cat="{lab}"><td><mark class="hl {lab}">{lab}</mark></td><td>{text}</td>'
                    f"<td>{_esc(_describe(cat, f))}</td><td>{node_cell}</td></tr>")
    return "\n".join(rows)


CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0;color:#222;line-height:1.5}
main{display:flex;gap:1.5em;padding:1em 1.5em;align-items:flex-start}
.doc{flex:3;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;font-size:15px;max-width:48em}
.side{flex:2;min-width:22em;position:sticky;top:0;max-height:100vh;overflow:auto;font-size:13px}
.legend{list-style:none;padding:0;margin:0 0 .8em 0;display:flex;flex-wrap:wrap;gap:.4em 1em}
mark.hl{padding:0 .12em;border-radius:.2em;color:inherit}
a:has(> mark.hl){color:inherit;text-decoration:none}
mark.hl.REF{background:%(REF)s} mark.hl.DATE{background:%(DATE)s}
mark.hl.PERSON{background:%(PERSON)s} mark.hl.STAT{background:%(STAT)s}
table{border-collapse:collapse;width:100%%} td{border-bottom:1px solid #ddd;padding:2px 5px;vertical-align:top}
td code{font-size:12px;word-break:break-all} tr:target{outline:2px solid #c33}
h1{font-size:17px;margin:.2em 0 .4em} h2{font-size:14px;margin:.6em 0 .3em}
""" % COLOR


def to_html(text: str, rec: Document) -> str:
    """A self-contained page: the text with its findings marked inline, a legend, a side table."""
    findings = _all_findings(rec)
    marks = spans(rec)
    row_of = {id(f): i for i, (_, _, _, f) in enumerate(findings)}
    title = rec.metadata.title or rec.source
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{_esc(title)}</title><style>{CSS}</style></head><body>
<main><div class="doc" data-role="text">{_marked_text(text, marks, row_of)}</div>
<aside class="side"><h1>{_esc(title)}</h1><div>{_esc(rec.source)}</div>
<h2>Legend</h2><ul class="legend">{_legend(findings)}</ul>
<h2>Findings ({len(findings)})</h2>
<table id="findings"><thead><tr><th></th><th>text</th><th>reading</th><th>graph node</th></tr></thead>
<tbody>{_rows(findings, {id(f) for _, _, _, f in marks})}</tbody></table></aside></main></body></html>
"""
