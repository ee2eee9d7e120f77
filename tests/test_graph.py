"""Citation graph export and the report page."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from tests.helpers import run_cli

CONTINUES = """KẾT LUẬN
của Bộ Chính trị

Bộ Chính trị ban hành Kết luận số 01-KL/TW, ngày 18/5/2021 về tiếp tục thực hiện Chỉ thị số 05-CT/TW,
ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
"""
CITING = """Huyện ủy Can Lộc tổ chức hội nghị ngày 02/3/2022 quán triệt Kết luận số 01-KL/TW, ngày 18/5/2021
của Bộ Chính trị và Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị; kết nạp 35 đảng viên.
"""


# documents known by their name, not a symbol: a congress's and a plenum's resolutions, the Party Charter
NAMED = """Đảng ủy xã Tân Phú tổ chức hội nghị ngày 15/3/2022 học tập Nghị quyết Đại hội XIII của Đảng, Nghị quyết
Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng và Điều lệ Đảng; kết nạp 12 đảng viên.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    d = tmp_path_factory.mktemp("graph")
    (d / "in").mkdir()
    (d / "in" / "kl.txt").write_text(CONTINUES, encoding="utf-8")
    (d / "in" / "tin.txt").write_text(CITING, encoding="utf-8")
    (d / "in" / "named.txt").write_text(NAMED, encoding="utf-8")
    path = d / "g.duckdb"
    r = run_cli("ingest", d / "in", "--db", path, "-j", "1", "-q")
    assert r.returncode == 0, r.stderr
    return path


def _ids(g, symbol):
    return [n for n, a in g.nodes(data=True) if a.get("symbol") == symbol]


def test_graphml_and_json_agree_and_read_back(db, tmp_path):
    assert run_cli("graph", "--db", db, "--format", "graphml", "-o", tmp_path / "g.graphml").returncode == 0
    assert run_cli("graph", "--db", db, "--format", "json", "-o", tmp_path / "g.json").returncode == 0
    g1 = nx.read_graphml(tmp_path / "g.graphml")
    g2 = nx.node_link_graph(json.loads((tmp_path / "g.json").read_text(encoding="utf-8")), edges="edges")
    assert (g1.number_of_nodes(), g1.number_of_edges()) == (g2.number_of_nodes(), g2.number_of_edges())
    assert g1.number_of_edges() >= 3
    [kl], [ct] = _ids(g1, "01-KL/TW"), _ids(g1, "05-CT/TW")
    assert g1.has_edge(kl, ct) and g1.edges[kl, ct]["relation"] == "continues"


@pytest.mark.parametrize("fmt", ["gexf", "dot", "csv"])
def test_other_formats(db, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    r = run_cli("graph", "--db", db, "--format", fmt, "-o", out)
    assert r.returncode == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    assert "05-CT/TW" in text or "05-CT/TW" in (tmp_path / "g.nodes.csv").read_text(encoding="utf-8")
    if fmt == "gexf":
        assert nx.read_gexf(out).number_of_edges() >= 3


def test_ego_and_min_mentions(db, tmp_path):
    from extract.graph import Filters, build_graph
    from extract.store import connect

    con = connect(db, read_only=True)
    g = build_graph(con)
    [ct] = _ids(g, "05-CT/TW")
    ego = build_graph(con, Filters(ego=ct, depth=1))
    assert ct in ego and ego.number_of_nodes() < g.number_of_nodes() + 1
    strict = build_graph(con, Filters(min_mentions=99))
    assert all(a.get("kind") == "document" for _, a in strict.nodes(data=True))
    con.close()
    r = run_cli("graph", "--db", db, "-o", tmp_path / "x.graphml", "--ego", "no-such-node")
    assert r.returncode == 2 and "no node" in r.stderr and "Traceback" not in r.stderr


def test_report_page(db, tmp_path):
    out = tmp_path / "report.html"
    r = run_cli("report", "--db", db, "-o", out)
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert "<svg" in page and "01-KL/TW" in page and "Most cited" in page


# the HTML view of one document is measured in headless Chromium in tests/test_show_html.py


@pytest.mark.parametrize("args", [("graph", "-o", "/no/such/folder/g.csv", "-f", "csv"),
                                  ("graph", "-o", "g.graphml", "--since", "notadate"),
                                  ("report", "-o", "/no/such/folder/r.html")])
def test_bad_output_or_date_is_one_line(db, tmp_path, args):
    r = run_cli(*args, "--db", db)
    assert r.returncode == 2 and "partydocs: error:" in r.stderr and "Traceback" not in r.stderr


# a copy (SAO Y BẢN CHÍNH, SAO LỤC) is the original document: its node is the original's number, so
# citations of the original reach it; the copy's own number stays a node of its own
_STAMP = "SAO Y BẢN CHÍNH\nHUYỆN ỦY MỘ ĐỨC\nVĂN PHÒNG\nSố 08-SY/VPHU\nMộ Đức, ngày 12 tháng 9 năm 2023\n\n"
_ORIGINAL = ("HUYỆN ỦY MỘ ĐỨC                    ĐẢNG CỘNG SẢN VIỆT NAM\n"
             "Số 31-TB/HU                        Mộ Đức, ngày 10 tháng 9 năm 2023\n\nTHÔNG BÁO\n"
             "ý kiến của Ban Thường vụ Huyện ủy về sửa chữa trường học\n\n"
             "Ban Thường vụ Huyện ủy thống nhất sửa chữa hai trường tiểu học trước năm học mới.\n\n"
             "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nTrương Văn Lực\n")
_UNNUMBERED = "THÔNG BÁO\ný kiến về sửa chữa trường học\n\nBan Thường vụ thống nhất sửa chữa trường.\n\n"
_CITES_IT = ("UBND huyện Mộ Đức họp ngày 20/9/2023 triển khai Thông báo số 31-TB/HU, ngày 10/9/2023 của Ban "
             "Thường vụ Huyện ủy Mộ Đức về sửa chữa trường học.\n")


@pytest.mark.parametrize("copy_text, node", [
    (_STAMP + _ORIGINAL, "TB/HU@huyện Mộ Đức/31/t2020"),  # the copy's stamp above the original
    (_ORIGINAL + "\n" + _STAMP, "TB/HU@huyện Mộ Đức/31/t2020"),  # the stamp below
    (_UNNUMBERED + _STAMP, "SY/VPHU@huyện Mộ Đức/8/t2020"),  # no number of the original: the copy's
])
def test_a_copy_is_the_original_document(tmp_path, copy_text, node):
    from extract.batch import ingest
    from extract.graph import build_graph
    from extract.pipeline import analyze, own_id, resolve_documents
    from extract.store import connect

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "copy.txt").write_text(copy_text, encoding="utf-8")
    (tmp_path / "in" / "cite.txt").write_text(_CITES_IT, encoding="utf-8")
    ingest([str(tmp_path / "in")], str(tmp_path / "g.duckdb"), jobs=1)
    con = connect(tmp_path / "g.duckdb", read_only=True)
    g = build_graph(con)
    con.close()
    [doc] = [n for n, a in g.nodes(data=True) if a.get("kind") == "document" and a.get("source", "").endswith("copy.txt")]
    assert doc == node
    assert g.has_edge(next(n for n in g if n.startswith("doc:")), "TB/HU@huyện Mộ Đức/31/t2020")
    d = analyze(copy_text, "copy.txt")
    resolve_documents([d])
    assert own_id(d["doc_refs"]) == node


def _read(path, fmt):
    """The exported file as networkx reads it (GraphML, GEXF, node-link JSON, DOT via pydot, CSV via pandas)."""
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "json":
        return nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    if fmt == "dot":
        g = nx.DiGraph(nx.nx_pydot.read_dot(path))
        return nx.relabel_nodes(g, lambda n: n.strip('"'))
    import pandas as pd

    edges = pd.read_csv(path, keep_default_na=False)
    g = nx.from_pandas_edgelist(edges, "source", "target", edge_attr=True, create_using=nx.DiGraph)
    for row in pd.read_csv(path.with_suffix(".nodes.csv"), keep_default_na=False).to_dict("records"):
        g.add_node(row.pop("id"), **row)
    return g


def _unquote(v):
    return v.strip('"') if isinstance(v, str) else v


@pytest.mark.filterwarnings("ignore:'\\w+' deprecated")  # pydot's parser on a newer pyparsing
@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "dot", "csv"])
def test_each_format_opens_in_networkx_with_labels_and_attributes(db, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    r = run_cli("graph", "--db", db, "--format", fmt, "-o", out)
    assert r.returncode == 0, r.stderr
    g = _read(out, fmt)
    nodes = {n: {k: _unquote(v) for k, v in a.items()} for n, a in g.nodes(data=True)}
    assert len(nodes) >= 8 and all(a.get("label") for a in nodes.values()), nodes
    assert all(a.get("kind") in ("document", "cited") and a.get("doc_type") for a in nodes.values()), nodes
    labels = {a["label"] for a in nodes.values()}
    # symbols; else type and name; else the document's title, else its file name (never a hash)
    assert {"01-KL/TW", "05-CT/TW", "Nghị quyết Đại hội XIII", "Nghị quyết Trung ương 4 khóa XII",
            "Điều lệ Đảng"} <= labels, labels
    assert not any(lab.startswith("doc:") for lab in labels), labels
    # a news item whose lead is no headline (no title, no number) is known by its file
    assert "tin.txt" in labels, labels
    ct = next(a for a in nodes.values() if a["label"] == "05-CT/TW")
    assert (ct["doc_type"], ct["issued_date"], ct["issuer"], int(ct["term"]), ct["kind"]) == \
        ("Chỉ thị", "2016-05-15", "Bộ Chính trị", 12, "cited")
    edges = [{k: _unquote(v) for k, v in a.items()} for _, _, a in g.edges(data=True)]
    assert len(edges) >= 6 and all(a.get("relation") and int(float(a["weight"])) >= 1 for a in edges), edges


def test_csv_names_the_two_files_it_wrote(db, tmp_path):
    r = run_cli("graph", "--db", db, "-o", tmp_path / "cites.csv")
    assert r.returncode == 0, r.stderr
    assert f"{tmp_path / 'cites.csv'} (edges) and {tmp_path / 'cites.nodes.csv'} (nodes)" in r.stderr


# (filter arguments, labels of the cited documents kept); the citing documents stay whatever their own
# issuer, type or date (regression: --issuer and --doc-type left 0 edges)
FILTERS = [
    (["--issuer", "Bộ Chính trị"], {"01-KL/TW", "05-CT/TW"}),
    (["--issuer", "bộ chính trị"], {"01-KL/TW", "05-CT/TW"}),
    (["--doc-type", "Chỉ thị"], {"05-CT/TW"}),
    (["--since", "2021"], {"01-KL/TW"}),
    (["--since", "2021-05", "--until", "2021-05"], {"01-KL/TW"}),
    (["--until", "2016-05-15"], {"05-CT/TW"}),
    (["--since", "2016-05-16", "--until", "2021-05-17"], set()),
]


@pytest.mark.parametrize("args, cited", FILTERS, ids=[" ".join(a) for a, _ in FILTERS])
def test_filters_keep_the_citing_documents(db, tmp_path, args, cited):
    out = tmp_path / "f.graphml"
    r = run_cli("graph", "--db", db, "-o", out, *args)
    assert r.returncode == 0, r.stderr
    g = nx.read_graphml(out)
    label = nx.get_node_attributes(g, "label")
    assert {label[v] for _, v in g.edges} == cited
    news = [n for n, a in g.nodes(data=True) if str(a.get("source", "")).endswith("tin.txt")]
    assert {label[v] for u, v in g.edges if u in news} == cited  # the news item cites them all
    assert len(news) == (1 if cited else 0)


def test_report_labels_documents_without_a_symbol(db, tmp_path):
    out = tmp_path / "report.html"
    assert run_cli("report", "--db", db, "-o", out).returncode == 0
    page = out.read_text(encoding="utf-8")
    cited = page[page.index("Most cited"):page.index("Documents per year")]
    assert "<td></td><td>Nghị quyết</td>" not in cited  # regression: a blank symbol cell
    for label in ("Nghị quyết Đại hội XIII", "Nghị quyết Trung ương 4 khóa XII", "Điều lệ Đảng"):
        assert label in cited
