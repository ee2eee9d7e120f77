"""What ``partydocs query`` prints into a pipe or a file (``extract/grid.py``), and what ``query`` and ``show``
print of values that look like rich's markup: the values as they are stored."""
from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.table import Table
from rich.text import Text

from extract.grid import cell_lines, grid, width
from tests.helpers import bulletin_db, run_cli


def _rich(cols, rows) -> str:
    """What a wide terminal shows of the same plain cells (rich, no markup, no styles)."""
    buf = io.StringIO()
    t = Table(show_lines=False)
    for c in cols:
        t.add_column(Text(c))
    for r in rows:
        t.add_row(*(Text("\n".join(cell_lines(v))) for v in r))
    Console(file=buf, width=10_000, highlight=False, soft_wrap=True).print(t)
    return buf.getvalue()


# (columns, rows): drawn with the box a terminal shows
SAME_AS_THE_TERMINAL = [
    (["n"], []),
    (["symbol", "mention_count"], [["21-CT/TW", 12], ["05-NQ/TW", 3]]),
    (["name", "title"], [["Nguyễn Thị Hà", "Phó Bí thư Tỉnh ủy"], ["Lê An", None]]),
    (["text"], [["dòng một\ndòng hai"], ["một dòng"]]),
    (["a", "b"], [["漢字", "x"], ["", ""]]),
    (["", "x"], [["", "y"]]),
]


@pytest.mark.parametrize("cols, rows", SAME_AS_THE_TERMINAL)
def test_the_grid_draws_what_the_terminal_shows(cols, rows):
    assert grid(cols, rows) == _rich(cols, rows)


# (value, the lines of its cell)
CELLS = [
    (None, [""]),
    ("[a] x", ["[a] x"]),                  # not markup
    ("[/x] [bold]y[/bold]", ["[/x] [bold]y[/bold]"]),
    ("a\r\nb\rc\nd", ["a", "b", "c", "d"]),
    ("x\x1b[31mđỏ", ["x\\x1b[31mđỏ"]),    # no value drives the terminal
    ("a\tb", ["a       b"]),
    (3.5, ["3.5"]),
]


@pytest.mark.parametrize("value, lines", CELLS)
def test_a_value_is_shown_as_it_is_stored(value, lines):
    assert cell_lines(value) == lines


@pytest.mark.parametrize("text, columns", [("abc", 3), ("Đảng ủy", 7), ("e\u0301", 1), ("漢字", 4), ("", 0)])
def test_width_counts_terminal_columns(text, columns):
    assert width(text) == columns


def test_a_wide_value_is_never_cut_in_a_pipe():
    long = "Chỉ thị " * 40
    out = grid(["text"], [[long]])
    assert long in out and all(len(line) == len(out.splitlines()[0]) for line in out.splitlines())


def test_no_columns_prints_nothing():
    assert grid([], []) == ""


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return bulletin_db(tmp_path_factory.mktemp("grid"))


def test_query_prints_bracketed_values_whole(db):
    r = run_cli("query", "SELECT '[a] x' AS \"[b]\", '[/x]' AS c, '[red]đỏ' AS d", "--db", db)
    assert r.returncode == 0, r.stderr
    for value in ("[a] x", "[b]", "[/x]", "[red]đỏ"):
        assert value in r.stdout


def test_show_prints_a_bracketed_file_name_and_text_whole(tmp_path):
    f = tmp_path / "[a] tin.txt"
    text = "Theo Chỉ thị số 05-CT/TW [/] của Ban Bí thư ngày 15/5/2016 [red]về học tập.\n"
    f.write_text(text, encoding="utf-8")
    r = run_cli("show", f)
    assert r.returncode == 0, r.stderr
    assert "[a] tin.txt" in r.stdout and "[/] của Ban Bí thư" in r.stdout and "[red]về" in r.stdout
