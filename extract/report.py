"""One self-contained HTML page over a whole database: counts, top cited documents,
timelines of documents and statistics, and a drawing of the citation graph (inline SVG).

Example::

    >>> page = build_report(con)          # doctest: +SKIP
    >>> "<svg" in page                    # doctest: +SKIP
    True
"""
from __future__ import annotations

import html
from pathlib import Path

from extract.errors import PartydocsError
from extract.graph import build_graph, label_of
from extract.views import COPIES

MAX_GRAPH_NODES = 150


def _table(cols: list[str], rows: list[tuple]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
    body = "".join("<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in r) + "</tr>"
                   for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _bars(rows: list[tuple[str, float]], title: str, width: int = 760) -> str:
    """A horizontal bar chart as SVG: one bar per (label, value), the labels in a column as wide as the longest."""
    if not rows:
        return f"<p>No data for {html.escape(title)}.</p>"
    top = max(v for _, v in rows) or 1
    left = min(360, 16 + 7 * max(len(str(k)) for k, _ in rows))  # about 7 px a character at 12 px
    span = width - left - 60
    h = 18 * len(rows) + 10
    bars = "".join(
        f'<text x="0" y="{18 * i + 14}" font-size="12">{html.escape(str(k))}</text>'
        f'<rect x="{left}" y="{18 * i + 3}" width="{span * v / top:.1f}" height="13" fill="#6a9fd8"/>'
        f'<text x="{left + 5 + span * v / top:.1f}" y="{18 * i + 14}" font-size="11">{v:g}</text>'
        for i, (k, v) in enumerate(rows))
    return f'<svg class="chart" role="img" aria-label="{html.escape(title)}" width="{width}" height="{h}">{bars}</svg>'


def _graph_svg(con, size: int = 640) -> str:
    import networkx as nx

    g = build_graph(con)
    if g.number_of_nodes() == 0:
        return "<p>No citations yet.</p>"
    keep = sorted(g.nodes, key=lambda n: -g.degree(n))[:MAX_GRAPH_NODES]
    g = g.subgraph(keep)
    pos = nx.spring_layout(g, seed=7)
    xy = {n: ((p[0] + 1.1) / 2.2 * size, (p[1] + 1.1) / 2.2 * size) for n, p in pos.items()}
    edges = "".join(f'<line x1="{xy[u][0]:.1f}" y1="{xy[u][1]:.1f}" x2="{xy[v][0]:.1f}" y2="{xy[v][1]:.1f}" '
                    f'stroke="#bbb"><title>{html.escape(a.get("relation", ""))}</title></line>'
                    for u, v, a in g.edges(data=True))
    nodes = "".join(
        f'<circle cx="{xy[n][0]:.1f}" cy="{xy[n][1]:.1f}" r="{3 + min(12, a.get("in_degree", 0))}" '
        f'fill="{"#d8746a" if a.get("kind") == "document" else "#6a9fd8"}"><title>'
        f'{html.escape(str(a.get("label") or n))}</title></circle>'
        for n, a in g.nodes(data=True))
    return f'<svg id="graph" width="{size}" height="{size}">{edges}{nodes}</svg>'


def _counts(q) -> list[tuple]:
    """Rows per table; documents are the originals, their near-duplicate copies counted apart."""
    docs, copies = q("SELECT count(*) FILTER (WHERE duplicate_of IS NULL), count(duplicate_of) FROM documents")[0]
    rows = [("documents", docs), ("copies (near-duplicates, left out of every figure)", copies)]
    rows += [(t, q(f"SELECT count(*) FROM {t} WHERE doc_id NOT IN {COPIES}")[0][0])
             for t in ("doc_refs", "dates", "people", "statistics")]
    return rows + [("errors", q("SELECT count(*) FROM errors")[0][0])]


def _most_cited(q) -> list[tuple]:
    """The most cited documents, each labelled as in the graph (a plenum's resolution, the Charter …)."""
    rows = q("SELECT canonical_id, doc_type, symbol, term, plenum, congress, CAST(issued_date AS VARCHAR), issuer, "
             "mention_count FROM cited_documents ORDER BY mention_count DESC, symbol NULLS LAST, canonical_id LIMIT 15")
    return [(label_of(cid, dtype, sym, term, plenum, congress), dtype, issued, issuer, n)
            for cid, dtype, sym, term, plenum, congress, issued, issuer, n in rows]


def _largest_counts(q) -> list[tuple[str, float]]:
    """Summed counts of results per period, one bar per predicate and unit (admissions apart from members)."""
    return [(f"{p} · {pred + ' ' if pred else ''}{u or ''}".strip(), float(t)) for p, pred, u, t in q(
        "SELECT period, predicate, unit, total FROM statistics_by_period WHERE period IS NOT NULL AND kind = 'count' "
        "AND NOT target AND total IS NOT NULL ORDER BY total DESC, period, predicate, unit LIMIT 15")]


def build_report(con) -> str:
    """The report page for an open (read-only) connection; copies stay out of every figure but their count."""
    q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
    by_year = [(str(y), n) for y, n in q("SELECT year(ref_date) y, count(*) FROM documents WHERE ref_date IS NOT "
                                          "NULL AND duplicate_of IS NULL GROUP BY y ORDER BY y")]
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>partydocs report</title>
<style>body{{font-family:sans-serif;max-width:1000px;margin:2em auto}} table{{border-collapse:collapse}}
td,th{{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left}} h2{{margin-top:1.6em}}</style></head><body>
<h1>partydocs report</h1>
<h2>Counts</h2>{_table(["table", "rows"], _counts(q))}
<h2>Most cited documents</h2>{_table(["document", "type", "issued", "issuer", "mentions"], _most_cited(q))}
<h2>Documents per year</h2>{_bars(by_year, "documents per year")}
<h2>Largest counts by period</h2><p>Results summed per period, predicate and unit (goals and shares left out).</p>
{_bars(_largest_counts(q), "counts by period, predicate and unit")}
<h2>Citation graph</h2><p>Red: ingested documents; blue: cited documents; size: in-degree.</p>{_graph_svg(con)}
</body></html>
"""


def register(commands) -> None:
    """Add ``partydocs report`` to the CLI's commands (``extract.cli.parser``)."""
    from extract.args import command, db_option

    p = command(commands, "report", report, report.__doc__)
    db_option(p)
    p.add_argument("-o", "--output", type=Path, default=Path("report.html"), metavar="PATH",
                   help="HTML file to write (default: report.html).")


def report(db: Path, output: Path) -> int:
    """Write one self-contained HTML page over the whole database.

    Example: `partydocs report --db partydocs.duckdb -o report.html`
    """
    from extract.store import connect, require_tables
    from extract.terminal import err

    if output.is_dir():
        raise PartydocsError(f"cannot write {output}: it is a folder (give a file name)")
    if not output.parent.is_dir():
        raise PartydocsError(f"cannot write {output}: no folder {output.parent}")
    con = connect(db, read_only=True)
    try:
        require_tables(con, db)
        page = build_report(con)
    finally:
        con.close()
    try:
        output.write_text(page, encoding="utf-8")
    except OSError as e:  # /proc/…, /dev/full, no permission: one line (issue 16)
        raise PartydocsError(f"cannot write {output}: {e.strerror or e}") from None
    err.print(f"wrote {output}", markup=False)
    return 0
