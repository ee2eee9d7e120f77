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
from typing import TYPE_CHECKING, Optional

from extract.errors import PartydocsError
from extract.views import OWN_ID

if TYPE_CHECKING:  # networkx loads when a graph is built, not when the CLI starts
    import networkx as nx

FORMATS = ("graphml", "gexf", "json", "dot", "csv")
_NODE_SQL = f"""
WITH own AS {OWN_ID}
SELECT COALESCE(own.canonical_id, 'doc:' || d.doc_id) AS id, d.doc_id, d.source, d.title, d.doc_kind, d.number,
       CAST(COALESCE(d.issued_date, d.ref_date) AS VARCHAR) AS issued_date
FROM documents d LEFT JOIN own USING (doc_id)
WHERE d.duplicate_of IS NULL"""  # a near-duplicate copy is its original's node


@dataclass
class Filters:
    """Which part of the graph to keep; ``None`` keeps everything. The filters select cited documents
    (``since``/``until`` are ISO days); the documents citing what is kept stay."""

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


def _roman(n: int) -> str:
    """``13`` → ``XIII`` (Party terms, plenums and congresses are written in Roman numerals)."""
    out = ""
    for value, letters in ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def label_of(cid: str, doc_type=None, symbol=None, term=None, plenum=None, congress=None, title=None) -> str:
    """What a reader calls a document: its symbol (``12-KL/TW``); else its type and name
    (``Nghị quyết Trung ương 4 khóa XII``, ``Nghị quyết Đại hội XIII``, ``Điều lệ Đảng``); else its title;
    else its id.

    >>> label_of("NQ/ĐH13/toàn quốc", "Nghị quyết", congress=13)
    'Nghị quyết Đại hội XIII'
    >>> label_of("NQ/TW/HNTW4/k12", "Nghị quyết", term=12, plenum=4)
    'Nghị quyết Trung ương 4 khóa XII'
    >>> label_of("Điều lệ/Điều lệ Đảng", "Điều lệ")
    'Điều lệ Đảng'
    """
    if symbol:
        return symbol
    doc_type = doc_type or "Văn bản"
    if plenum:
        return f"{doc_type} Trung ương {plenum}" + (f" khóa {_roman(term)}" if term else "")
    if congress:
        body = cid.rsplit("/", 1)[-1] if cid.count("/") >= 2 else ""
        return f"{doc_type} Đại hội {_roman(congress)}" + (f" ({body})" if body and body != "toàn quốc" else "")
    if "/" in cid and cid.split("/", 1)[0] == doc_type:  # a document known by its name: Điều lệ/Điều lệ Đảng
        return cid.split("/", 1)[1]
    return title or cid


def _add_cited(g: nx.DiGraph, con) -> None:
    rows = con.execute("SELECT canonical_id, doc_type, symbol, CAST(issued_date AS VARCHAR), issuer, term, plenum, "
                       "congress, subject, mention_count FROM cited_documents").fetchall()
    for cid, doc_type, symbol, issued, issuer, term, plenum, congress, subject, n in rows:
        g.add_node(cid, **_clean(dict(label=label_of(cid, doc_type, symbol, term, plenum, congress), kind="cited",
                                      doc_type=doc_type, symbol=symbol, issued_date=issued, issuer=issuer,
                                      term=term, subject=subject, mention_count=n)))


def _sentence_case(kind: Optional[str]) -> Optional[str]:
    """A heading's kind as a type: ``KẾT LUẬN`` → ``Kết luận`` (``news`` stays)."""
    return kind.capitalize() if kind and kind.isupper() else kind


def _file_name(source: Optional[str]) -> Optional[str]:
    """A document without number or title is known by its file: ``a/b.zip!tin/tb-12.txt`` → ``tb-12.txt``."""
    return source.replace("!", "/").rstrip("/").rsplit("/", 1)[-1] if source else None


def _add_documents(g: nx.DiGraph, con) -> dict[str, str]:
    node_of = {}
    for nid, doc_id, source, title, kind, number, issued in con.execute(_NODE_SQL).fetchall():
        node_of[doc_id] = nid
        attrs = _clean(dict(kind="document", doc_id=doc_id, source=source, title=title, issued_date=issued))
        if nid in g:  # its own number is also cited: what the references say about it stays
            g.nodes[nid].update(attrs)
            g.nodes[nid].setdefault("doc_type", _sentence_case(kind))
        else:
            g.add_node(nid, mention_count=0, label=number or title or _file_name(source) or nid,
                       **_clean(dict(doc_type=_sentence_case(kind), symbol=number)), **attrs)
    return node_of


def _add_edges(g: nx.DiGraph, con, node_of: dict[str, str]) -> None:
    rows = con.execute("SELECT citing_doc_id, cited_canonical_id, sum(mention_count), "
                       "CAST(min(citing_date) AS VARCHAR), CAST(max(citing_date) AS VARCHAR) "
                       "FROM citations GROUP BY ALL").fetchall()
    for citing, cited, n, first, last in rows:
        src = node_of.get(citing, f"doc:{citing}")
        if src != cited:
            g.add_edge(src, cited, **_clean(dict(relation="cites", weight=int(n), first_date=first, last_date=last)))
    for src, dst, rel, cue, n in con.execute("SELECT source_canonical_id, target_canonical_id, relation, "
                                             "min(cue), count(*) FROM ref_relations GROUP BY ALL").fetchall():
        if src.startswith("doc:"):
            src = node_of.get(src[4:], src)
        if src not in g:
            g.add_node(src, kind="cited", label=src, mention_count=0)
        if g.has_edge(src, dst) and g.edges[src, dst].get("relation") == "cites":
            g.edges[src, dst].update(relation=rel, cue=cue or "")
        else:
            g.add_edge(src, dst, **_clean(dict(relation=rel, cue=cue, weight=int(n))))


def _passes(attrs: dict, f: Filters) -> bool:
    """Whether a node meets the filters (an archive document meets ``--min-mentions`` whatever it is)."""
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
    """The subgraph the filters keep: the nodes that meet them, the edges into those and the documents
    at the other end of these edges (the citing side stays whatever its own issuer, type or date).
    ``--ego`` first keeps the neighbourhood of one node."""
    import networkx as nx

    if f.ego:
        if f.ego not in g:
            raise PartydocsError(f"no node {f.ego!r} in the graph (ids are canonical ids or doc:<doc_id>)")
        g = nx.ego_graph(g, f.ego, radius=f.depth, undirected=True)
    kept = {n for n, a in g.nodes(data=True) if n == f.ego or _passes(a, f)}
    out = g.edge_subgraph([(u, v) for u, v in g.edges if v in kept]).copy()
    out.add_nodes_from((n, g.nodes[n]) for n in kept)
    return out


def build_graph(con, filters: Optional[Filters] = None) -> nx.DiGraph:
    """The citation graph of a partydocs database (a DuckDB connection)."""
    import networkx as nx

    g = nx.DiGraph()
    _add_cited(g, con)
    node_of = _add_documents(g, con)
    _add_edges(g, con, node_of)
    for n in g.nodes:
        g.nodes[n]["in_degree"] = g.in_degree(n)
    return apply_filters(g, filters) if filters else g


def _dot_id(s) -> str:
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _dot_attrs(a: dict) -> str:
    return " ".join(f"{k}={_dot_id(v)}" for k, v in a.items())


def write_dot(g: nx.DiGraph, path: Path) -> None:
    """Graphviz DOT, written directly (no pydot needed)."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("digraph citations {\n")
        for n, a in g.nodes(data=True):
            fh.write(f"  {_dot_id(n)} [{_dot_attrs(a)}];\n")
        for u, v, a in g.edges(data=True):
            fh.write(f"  {_dot_id(u)} -> {_dot_id(v)} [{_dot_attrs({'label': a.get('relation', ''), **a})}];\n")
        fh.write("}\n")


def write_csv(g: nx.DiGraph, path: Path) -> Path:
    """Edges to ``path``, nodes to ``<path stem>.nodes.csv`` beside it; returns the nodes file."""
    node_keys = sorted({k for _, a in g.nodes(data=True) for k in a})
    edge_keys = sorted({k for _, _, a in g.edges(data=True) for k in a})
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "target", *edge_keys])
        w.writerows([u, v, *(a.get(k, "") for k in edge_keys)] for u, v, a in g.edges(data=True))
    nodes = path.with_suffix(".nodes.csv")
    with open(nodes, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", *node_keys])
        w.writerows([n, *(a.get(k, "") for k in node_keys)] for n, a in g.nodes(data=True))
    return nodes


def write_graph(g: nx.DiGraph, path: str | Path, fmt: str) -> Optional[Path]:
    """Write ``g`` in one of FORMATS; for csv, returns the nodes file written beside ``path``."""
    import networkx as nx

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
        return write_csv(g, path)
    else:
        raise PartydocsError(f"unknown graph format {fmt!r}: use one of {', '.join(FORMATS)}")
    return None


_DAY = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")


def day_bound(text: str, last: bool) -> Optional[str]:
    """A year, a month or a day as its first (or ``last``) ISO day; ``None`` if it is none of them.

    >>> day_bound("2021", False), day_bound("2021-06", True), day_bound("2024-02-29", True)
    ('2021-01-01', '2021-06-30', '2024-02-29')
    >>> day_bound("2022-13", False), day_bound("yesterday", False)
    (None, None)
    """
    m = _DAY.fullmatch(text.strip())
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"] or (12 if last else 1)), m["d"]
    try:
        if d is None:
            nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
            day = nxt - dt.timedelta(days=1) if last else dt.date(y, mo, 1)
        else:
            day = dt.date(y, mo, int(d))
    except ValueError:
        return None
    return day.isoformat()


def register(commands) -> None:
    """Add ``partydocs graph`` to the CLI's commands (``extract.cli.parser``)."""
    from extract.args import at_least, command, db_option

    p = command(commands, "graph", graph, graph.__doc__)
    db_option(p)
    p.add_argument("-f", "--format", dest="fmt", metavar="FORMAT",
                   help="graphml, gexf, json, dot or csv (default: the output's extension, else graphml).")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PATH", help="File to write.")
    p.add_argument("--since", metavar="DATE", help="Keep documents issued on/after DATE (2021, 2021-06 or "
                   "2021-06-15) and those citing them.")
    p.add_argument("--until", metavar="DATE", help="Keep documents issued on/before DATE (2021 is up to "
                   "2021-12-31) and those citing them.")
    p.add_argument("--issuer", metavar="NAME", help="Keep documents of this issuer (\"Bộ Chính trị\") and those "
                   "citing them.")
    p.add_argument("--doc-type", metavar="TYPE", help="Keep documents of this type (\"Chỉ thị\") and those citing them.")
    p.add_argument("--min-mentions", type=int, default=0, metavar="INTEGER", help="Drop cited documents cited less.")
    p.add_argument("--ego", metavar="NODE", help="Only the neighbourhood of this node id.")
    p.add_argument("--depth", type=at_least(0), default=1, metavar="INTEGER",
                   help="Neighbourhood radius for --ego (default: 1).")


def graph(db: Path, fmt: Optional[str], output: Path, since: Optional[str], until: Optional[str],
          issuer: Optional[str], doc_type: Optional[str], min_mentions: int, ego: Optional[str], depth: int) -> int:
    """Export the citation graph for Gephi or networkx.

    Example: `partydocs graph --db partydocs.duckdb --format gexf -o citations.gexf --min-mentions 2`
    """
    from extract.store import connect, require_tables
    from extract.terminal import err

    bounds = {}
    for name, day, last in (("--since", since, False), ("--until", until, True)):
        if day is not None:
            bounds[name] = day_bound(day, last)
            if bounds[name] is None:
                raise PartydocsError(f"{name} {day!r} is not an ISO date (2021, 2021-06 or 2021-06-15)")
    if since and until and bounds["--since"] > bounds["--until"]:
        raise PartydocsError(f"--since {since} is after --until {until}: no document can be kept")
    ext = output.suffix.lstrip(".").lower()
    fmt = fmt or (ext if ext in FORMATS else "graphml")
    con = connect(db, read_only=True)
    try:
        require_tables(con, db)
        g = build_graph(con, Filters(bounds.get("--since"), bounds.get("--until"), issuer, doc_type,
                                     min_mentions, ego, depth))
    finally:
        con.close()
    try:
        nodes = write_graph(g, output, fmt)
    except OSError as e:  # /dev/full, /proc/…, no permission: one line (issue 16)
        raise PartydocsError(f"cannot write {output}: {e.strerror or e}") from None
    what = f"{output} (edges) and {nodes} (nodes)" if nodes else str(output)
    err.print(f"wrote {what}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges", markup=False)
    return 0
