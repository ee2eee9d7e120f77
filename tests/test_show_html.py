"""`partydocs show --html` as a reader sees it: the page laid out by headless Chromium and measured.

The page's geometry is measured by a script run in the browser (``getBoundingClientRect``, text ranges):
highlights sit inside the flowing lines, the text is no taller than the same text without highlights
(× 1.3), the legend names every category with its colour, the side table sits beside the text with a
row per finding, and each reference carries the node id of the citation graph. A screenshot is kept
in the test's folder (its path is printed).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from tests.conftest import CORPUS
from tests.helpers import run_cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (.ci/run installs it)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]
WINDOW = "--window-size=1280,1000"

# Runs in the page after layout; writes what it measured as JSON into <pre id="metrics">.
MEASURE = r"""
<script>
(function () {
  const doc = document.querySelector('[data-role=text]') || document.querySelector('.doc');
  const marks = [...doc.querySelectorAll('mark')];
  const plainRects = [];
  const walk = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (n.parentElement.closest('mark') || !n.textContent.trim()) continue;
    const r = document.createRange(); r.selectNodeContents(n);
    for (const b of r.getClientRects()) if (b.width > 2) plainRects.push(b);
  }
  const sameLine = (a, b) => Math.abs((a.top + a.bottom) / 2 - (b.top + b.bottom) / 2) < Math.min(a.height, b.height) / 2;
  const shares = marks.filter(m => [...m.getClientRects()].some(mr => plainRects.some(p => sameLine(mr, p))));
  const lineH = plainRects.length ? Math.min(...plainRects.map(r => r.height)) : 0;
  const side = document.getElementById('findings');
  const legend = [...document.querySelectorAll('.legend [data-cat]')].map(li => ({
    cat: li.dataset.cat, color: getComputedStyle(li.querySelector('mark') || li).backgroundColor}));
  const markColor = {};
  for (const m of marks) markColor[m.dataset.cat || m.className] = getComputedStyle(m).backgroundColor;
  const links = [...doc.querySelectorAll('[data-node]')].map(a => ({
    node: a.dataset.node, target: !!document.getElementById(decodeURIComponent((a.getAttribute('href') || '#').slice(1)))}));
  const out = {
    marks: marks.length, sharing: shares.length, lineHeight: lineH,
    tallestMark: Math.max(0, ...marks.flatMap(m => [...m.getClientRects()].map(r => r.height))),
    docHeight: doc.getBoundingClientRect().height, pageHeight: document.documentElement.scrollHeight,
    docRight: doc.getBoundingClientRect().right, docTop: doc.getBoundingClientRect().top,
    side: side ? {left: side.getBoundingClientRect().left, top: side.getBoundingClientRect().top,
                  rows: side.querySelectorAll('tbody tr').length} : null,
    legend, markColor, links};
  doc.textContent = JSON.parse(document.getElementById('plain-text').textContent);
  out.plainDocHeight = doc.getBoundingClientRect().height;
  out.plainPageHeight = document.documentElement.scrollHeight;
  const pre = document.createElement('pre'); pre.id = 'metrics'; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""

DOCS = [CORPUS / "docs" / "quang-ngai" / "thong-bao-ket-luan-giao-ban.txt",
        CORPUS / "docs" / "quang-tri" / "tin-so-ket-nghi-quyet-21.txt"]


def _chromium(tmp_path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", WINDOW, *args],
                          capture_output=True, text=True, timeout=120)


def _measure(tmp_path, page, text: str) -> dict:
    probe = tmp_path / "probe.html"
    plain = json.dumps(text, ensure_ascii=False).replace("</", "<\\/")
    extra = f'<script type="application/json" id="plain-text">{plain}</script>{MEASURE}'
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", extra + "</body>"), encoding="utf-8")
    dom = _chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", probe.as_uri()).stdout
    m = re.search(r'<pre id="metrics">(.*?)</pre>', dom, re.S)
    assert m, "the measuring script did not run"
    return json.loads(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))


@pytest.fixture(scope="module")
def graph_nodes(tmp_path_factory):
    """Node ids of the citation graph of the two documents (the ids a page's references must carry)."""
    d = tmp_path_factory.mktemp("nodes")
    ids = set()
    for i, src in enumerate(DOCS):
        db = d / f"{i}.duckdb"
        assert run_cli("ingest", src, "--db", db, "-j", "1", "-q").returncode == 0
        assert run_cli("graph", "--db", db, "--format", "json", "-o", d / f"{i}.json").returncode == 0
        ids |= {n["id"] for n in json.loads((d / f"{i}.json").read_text(encoding="utf-8"))["nodes"]}
    return ids


@pytest.mark.parametrize("src", DOCS, ids=[p.name for p in DOCS])
def test_show_html_reads_as_flowing_text_in_chromium(tmp_path, src, graph_nodes):
    page = tmp_path / "page.html"
    r = run_cli("show", src, "--html", page)
    assert r.returncode == 0, r.stderr
    shot = tmp_path / "show.png"
    _chromium(tmp_path, f"--screenshot={shot}", page.as_uri())
    print(f"screenshot: {shot}")
    assert shot.exists() and shot.stat().st_size > 5000

    record = json.loads(run_cli("extract", src).stdout)
    n_findings = sum(len(record[c]) for c in ("doc_refs", "dates", "people", "statistics"))
    m = _measure(tmp_path, page, src.read_text(encoding="utf-8"))

    assert m["marks"] >= 10
    # highlights sit in the lines of the text, each line of one as tall as a line of text
    assert m["sharing"] >= 0.8 * m["marks"], m
    assert m["tallestMark"] <= 1.5 * m["lineHeight"], m
    # the text and the page are no taller than the same text without highlights (× 1.3)
    assert m["docHeight"] <= 1.3 * m["plainDocHeight"], m
    assert m["pageHeight"] <= 1.3 * m["plainPageHeight"], m
    # a legend item per category shown, in the colour of its highlights
    shown = {c: col for c, col in m["markColor"].items()}
    assert {x["cat"] for x in m["legend"]} == set(shown), (m["legend"], shown)
    assert all(shown[x["cat"]] == x["color"] for x in m["legend"])
    # the side table beside the text, from the top of the page, one row per finding
    assert m["side"] and m["side"]["left"] >= m["docRight"] and m["side"]["top"] < 400, m["side"]
    assert m["side"]["rows"] == n_findings
    # each resolved reference links to its row and carries the node id the graph uses
    cids = {ref["canonical_id"] for ref in record["doc_refs"] if ref["canonical_id"]}
    assert {x["node"] for x in m["links"]} == cids and all(x["target"] for x in m["links"]), m["links"]
    assert cids <= graph_nodes
