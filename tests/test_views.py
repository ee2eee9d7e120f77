"""The analyst's sums: ``statistics_by_period`` adds counts and amounts, never shares or ratios; the
report's largest counts are grouped by predicate and unit."""
from __future__ import annotations

import json
import re

import pytest

from tests.helpers import run_cli

REPORT = """BÁO CÁO
kết quả công tác xây dựng Đảng 6 tháng đầu năm 2024

Trong 6 tháng đầu năm 2024, Đảng bộ huyện kết nạp 85 đảng viên, đạt 56,7% kế hoạch năm; đến nay toàn Đảng bộ \
có 6.120 đảng viên. Tỷ lệ chi bộ đạt trong sạch vững mạnh đạt 92,5%; tỷ lệ đảng viên hoàn thành tốt nhiệm vụ \
đạt 88,4%. Thu nhập bình quân đạt 5,4 triệu đồng/người/tháng; các xã huy động 3,2 tỷ đồng làm đường.
"""
NOTICE = """THÔNG BÁO
kết luận giao ban công tác tổ chức 6 tháng đầu năm 2024

Trong 6 tháng đầu năm 2024, các xã kết nạp 40 đảng viên, đạt 61,5% kế hoạch; 12/14 chi bộ hoàn thành chỉ tiêu.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    d = tmp_path_factory.mktemp("views")
    (d / "in").mkdir()
    (d / "in" / "bao-cao.txt").write_text(REPORT, encoding="utf-8")
    (d / "in" / "thong-bao.txt").write_text(NOTICE, encoding="utf-8")
    r = run_cli("ingest", d / "in", "--db", d / "v.duckdb", "-j", "1", "-q")
    assert r.returncode == 0, r.stderr
    return d / "v.duckdb"


def _rows(db, sql):
    r = run_cli("query", sql, "--db", db, "--format", "json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


# (kind, unit, predicate) in 2024-H1 → (n, total, figures); regression: percentages were summed (a "total"
# of 299.1 %), ratios too
BY_PERIOD = [
    (("count", "đảng viên", "kết nạp"), (2, 125, None)),
    (("percent", "%", "đạt"), (4, None, ["56.7", "92.5", "88.4", "61.5"])),
    (("ratio", "chi bộ", None), (1, None, ["12/14"])),
    (("money", "đồng", "huy động"), (1, 3.2e9, None)),
]


@pytest.mark.parametrize("key, expected", BY_PERIOD, ids=[" ".join(filter(None, k)) for k, _ in BY_PERIOD])
def test_statistics_by_period_sums_counts_and_lists_shares(db, key, expected):
    kind, unit, pred = key
    rows = _rows(db, f"SELECT n, total, figures FROM statistics_by_period WHERE period = '2024-H1' AND kind = '{kind}' "
                     f"AND unit = '{unit}' AND predicate IS NOT DISTINCT FROM {repr(pred) if pred else 'NULL'}")
    assert len(rows) == 1, rows
    got = rows[0]
    assert got["n"] == expected[0] and got["total"] == expected[1]
    assert sorted(got["figures"] or []) == sorted(expected[2] or [])


def test_a_rate_is_never_summed(db):
    rows = _rows(db, "SELECT unit, total, figures FROM statistics_by_period WHERE unit LIKE '%/%'")
    assert rows and all(r["total"] is None and r["figures"] for r in rows), rows


def test_report_groups_counts_by_predicate_and_unit(db, tmp_path):
    out = tmp_path / "r.html"
    assert run_cli("report", "--db", db, "-o", out).returncode == 0
    page = out.read_text(encoding="utf-8")
    chart = page[page.index("Largest counts by period"):page.index("Citation graph")]
    bars = dict(re.findall(r'<text x="0" y="\d+" font-size="12">([^<]+)</text>.*?font-size="11">([\d.e+]+)</text>',
                           chart))
    assert bars.get("2024-H1 · kết nạp đảng viên") == "125"
    assert bars.get("2024-H1 · có đảng viên") == "6120"
    assert "6245" not in bars.values()  # regression: members' total added to admissions
