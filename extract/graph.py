"""The citation graph: documents and cited documents as nodes, citations and relations as edges.

An ingested document's node id is its own number's canonical id when it has
one (so a document that is also cited is one node), else ``doc:<doc_id>``.
Exports GraphML, GEXF, node-link JSON, DOT and CSV for Gephi and networkx.

Example::

    >>> g = build_graph(con)                       # doctest: +SKIP
    >>> write_graph(g, "graph.graphml", "graphml")  # doctest: +SKIP
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import networkx as nx

from extract.errors import PartydocsError
from extract.views import OWN_ID

FORMATS = ("graphml", "gexf", "json", "dot", "csv")
_NODE_SQL = f"""
WITH own AS {OWN_ID}
SELECT COALESCE(own.canonical_id, 'doc:' || d.doc_id) AS id, d.doc_id, d.source, d.title, d.doc_kind, d.number,
       CAST(COALESCE(d.issued_date, d.ref_date) AS VARCHAR) AS issued_date
FROM documents d LEFT JOIN own USING (doc_id)"""


@dataclass
class Filters:
    """Which part of the graph to keep; ``None`` keeps everything."""

    since: Optional[str] = None
    until: Optional[str] = None
    issuer: Optional[str] = None
    doc_type: Optional[str] = None
    min_mentions: int = 0
    ego: Optional[str] = None
    depth: int = 1


def _clean(attrs: dict) -> dict:
    """GraphML/GEXF take scalars only: drop nulls, stringify dates."""
    return {k: (v if isinstance(v, (int, float, bool, str)) else str(v)) for k, v in attrs.items() if v is not None}


def _add_cited(g: nx.DiGraph, con) -> None:
    rows = con.execute("SELECT canonical_id, doc_type, symbol, CAST(issued_date AS VARCHAR), issuer, term, "
                       "subject, mention_count FROM cited_documents").fetchall()
    for cid, doc_type, symbol, issued, issuer, term, subject, n in rows:
        g.add_node(cid, **_clean(dict(kind="cited", doc_type=doc_type, symbol=symbol, issued_date=issued,
                                      issuer=issuer, term=term, subject=subject, mention_count=n)))


def _add_documents(g: nx.DiGraph, con) -> dict[str, str]:
    node_of = {}
    for nid, doc_id, source, title, kind, number, issued in con.execute(_NODE_SQL).fetchall():
        node_of[doc_id] = nid
        attrs = _clean(dict(kind="document", doc_id=doc_id, source=source, title=title, doc_type=kind,
                            symbol=number, issued_date=issued))
        if nid in g:
            g.nodes[nid].update(attrs)
        else:
            g.add_node(nid, mention_count=0, **attrs)
    return node_of


def _add_edges(g: nx.DiGraph, con, node_of: dict[str, str]) -> None:
    rows = con.execute("SELECT citing_doc_id, cited_canonical_id, sum(mention_count), "
                       "CAST(min(citing_date) AS VARCHAR), CAST(max(citing_date) AS VARCHAR) "
                       "FROM citations GROUP BY ALL").fetchall()
    for citing, cited, n, first, last in rows:
        src = node_of.get(citing, f"doc:{citing}")
        if src != cited:
            g.add_edge(src, cited, **_clean(dict(relation="cites", count=int(n), first_date=first, last_date=last)))
    for src, dst, rel, cue, n in con.execute("SELECT source_canonical_id, target_canonical_id, relation, "
                                             "min(cue), count(*) FROM ref_relations GROUP BY ALL").fetchall():
        if src.startswith("doc:"):
            src = node_of.get(src[4:], src)
        if src not in g:
            g.add_node(src, kind="cited", mention_count=0)
        if g.has_edge(src, dst) and g.edges[src, dst].get("relation") == "cites":
            g.edges[src, dst].update(relation=rel, cue=cue or "")
        else:
            g.add_edge(src, dst, **_clean(dict(relation=rel, cue=cue, count=int(n))))


def _keep(attrs: dict, f: Filters) -> bool:
    date = attrs.get("issued_date")
    if f.since and (not date or date < f.since):
        return False
    if f.until and (not date or date > f.until):
        return False
    if f.issuer and (attrs.get("issuer") or "").lower() != f.issuer.lower():
        return False
    if f.doc_type and (attrs.get("doc_type") or "").lower() != f.doc_type.lower():
        return False
    return attrs.get("kind") == "document" or attrs.get("mention_count", 0) >= f.min_mentions


def apply_filters(g: nx.DiGraph, f: Filters) -> nx.DiGraph:
    """The subgraph the filters keep; ``--ego`` keeps the neighbourhood of one node."""
    if f.ego:
        if f.ego not in g:
            raise PartydocsError(f"no node {f.ego!r} in the graph (ids are canonical ids or doc:<doc_id>)")
        g = nx.ego_graph(g, f.ego, radius=f.depth, undirected=True)
    keep = [n for n, a in g.nodes(data=True) if n == f.ego or _keep(a, f)]
    return g.subgraph(keep).copy()


def build_graph(con, filters: Optional[Filters] = None) -> nx.DiGraph:
    """The citation graph of a partydocs database (a DuckDB connection)."""
    g = nx.DiGraph()
    _add_cited(g, con)
    node_of = _add_documents(g, con)
    _add_edges(g, con, node_of)
    for n in g.nodes:
        g.nodes[n]["in_degree"] = g.in_degree(n)
    return apply_filters(g, filters) if filters else g


def _dot_id(s) -> str:
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_dot(g: nx.DiGraph, path: Path) -> None:
    """Graphviz DOT, written directly (no pydot needed)."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("digraph citations {\n")
        for n, a in g.nodes(data=True):
            label = a.get("symbol") or a.get("title") or n
            fh.write(f"  {_dot_id(n)} [label={_dot_id(label)} kind={_dot_id(a.get('kind', ''))}];\n")
        for u, v, a in g.edges(data=True):
            fh.write(f"  {_dot_id(u)} -> {_dot_id(v)} [label={_dot_id(a.get('relation', ''))}];\n")
        fh.write("}\n")


def write_csv(g: nx.DiGraph, path: Path) -> None:
    """Edges to ``path``, nodes to ``<path stem>.nodes.csv`` beside it."""
    node_keys = sorted({k for _, a in g.nodes(data=True) for k in a})
    edge_keys = sorted({k for _, _, a in g.edges(data=True) for k in a})
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "target", *edge_keys])
        w.writerows([u, v, *(a.get(k, "") for k in edge_keys)] for u, v, a in g.edges(data=True))
    with open(path.with_suffix(".nodes.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", *node_keys])
        w.writerows([n, *(a.get(k, "") for k in node_keys)] for n, a in g.nodes(data=True))


def write_graph(g: nx.DiGraph, path: str | Path, fmt: str) -> None:
    """Write ``g`` in one of FORMATS."""
    path = Path(path)
    if path.is_dir():
        raise PartydocsError(f"cannot write {path}: it is a folder (give a file name)")
    if not path.parent.is_dir():
        raise PartydocsError(f"cannot write {path}: no folder {path.parent}")
    if fmt == "graphml":
        nx.write_graphml(g, path)
    elif fmt == "gexf":
        nx.write_gexf(g, path)
    elif fmt == "json":
        path.write_text(json.dumps(nx.node_link_data(g, edges="edges"), ensure_ascii=False, indent=1),
                        encoding="utf-8")
    elif fmt == "dot":
        write_dot(g, path)
    elif fmt == "csv":
        write_csv(g, path)
    else:
        raise PartydocsError(f"unknown graph format {fmt!r}: use one of {', '.join(FORMATS)}")


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_iso_day(day: str) -> bool:
    """``2024-02-29`` yes; ``2022-13-45``, ``2022``, ``yesterday`` no."""
    if not _ISO_DAY.fullmatch(day):
        return False
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return False
    return True


def register(app) -> None:
    """Add ``partydocs graph`` to the CLI."""
    import typer

    @app.command()
    def graph(db: Path = typer.Option("partydocs.duckdb", "--db", help="DuckDB database file."),
              fmt: Optional[str] = typer.Option(None, "--format", "-f", help="graphml, gexf, json, dot or csv "
                                                "(default: the output's extension, else graphml)."),
              output: Path = typer.Option(..., "--output", "-o", help="File to write."),
              since: Optional[str] = typer.Option(None, help="Keep nodes issued on/after this ISO date."),
              until: Optional[str] = typer.Option(None, help="Keep nodes issued on/before this ISO date."),
              issuer: Optional[str] = typer.Option(None, help="Keep cited documents of this issuer."),
              doc_type: Optional[str] = typer.Option(None, "--doc-type", help="Keep this document type."),
              min_mentions: int = typer.Option(0, "--min-mentions", help="Drop cited documents cited less."),
              ego: Optional[str] = typer.Option(None, help="Only the neighbourhood of this node id."),
              depth: int = typer.Option(1, min=0, help="Neighbourhood radius for --ego.")):
        """Export the citation graph for Gephi or networkx.

        Example: `partydocs graph --db partydocs.duckdb --format gexf -o citations.gexf --min-mentions 2`
        """
        from extract.store import connect, require_tables

        for name, day in (("--since", since), ("--until", until)):
            if day is not None and not _is_iso_day(day):
                raise PartydocsError(f"{name} {day!r} is not an ISO date (YYYY-MM-DD)")
        if since and until and since > until:
            raise PartydocsError(f"--since {since} is after --until {until}: no document can be kept")
        ext = output.suffix.lstrip(".").lower()
        fmt = fmt or (ext if ext in FORMATS else "graphml")
        con = connect(db, read_only=True)
        try:
            require_tables(con, db)
            g = build_graph(con, Filters(since, until, issuer, doc_type, min_mentions, ego, depth))
        finally:
            con.close()
        try:
            write_graph(g, output, fmt)
        except OSError as e:  # /dev/full, /proc/…, no permission: one line (issue 16)
            raise PartydocsError(f"cannot write {output}: {e.strerror or e}") from None
        typer.echo(f"wrote {output}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges", err=True)
