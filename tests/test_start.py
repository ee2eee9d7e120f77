"""A fast start: ``--help``, ``query``, ``graph`` and ``report`` import no finder, no underthesea, no spaCy."""
from __future__ import annotations

import subprocess
import sys

import pytest

from tests.helpers import bulletin_db

# runs the CLI in this process, then prints the heavy modules it imported
RUN_AND_LIST = r"""
import sys
from extract.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(sorted(m for m in sys.modules if m.split(".")[0] in ("underthesea", "spacy")
             or m.startswith(("extract.find", "extract.pipeline", "extract.segment", "extract.nlp", "extract.batch"))))
"""

# (command with {db} and {out}); none of them needs a finder
LIGHT = [
    ["--help"],
    ["query", "SELECT count(*) FROM cited_documents", "--db", "{db}"],
    ["query", "--help"],
    ["graph", "--db", "{db}", "-o", "{out}/g.graphml"],
    ["report", "--db", "{db}", "-o", "{out}/r.html"],
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    d = tmp_path_factory.mktemp("start")
    bulletin_db(d, "s.duckdb")
    return d


@pytest.mark.parametrize("args", LIGHT, ids=[" ".join(a[:2]) for a in LIGHT])
def test_light_commands_import_no_finder(db, args):
    argv = [a.format(db=db / "s.duckdb", out=db) for a in args]
    r = subprocess.run([sys.executable, "-c", RUN_AND_LIST, *argv], capture_output=True, text=True, timeout=120)
    assert r.stdout.strip().splitlines()[-1] == "[]", r.stdout[-2000:] + r.stderr[-2000:]


def test_importing_the_cli_and_the_library_is_light():
    code = ("import sys, extract, extract.cli, extract.db, extract.store; "
            "print(sorted(m for m in sys.modules if m.startswith(('extract.find', 'underthesea', 'spacy'))))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.stdout.strip() == "[]", r.stderr


def test_query_into_a_pipe_imports_neither_rich_nor_pydantic(db):
    """``partydocs query … | …`` draws its table itself: rich (its console ~50 ms) and pydantic stay out."""
    code = RUN_AND_LIST.replace('("underthesea", "spacy")', '("rich", "pydantic")').replace(
        'm.startswith(("extract.find"', 'm.startswith(("extract.show"')
    r = subprocess.run([sys.executable, "-c", code, "query", "SELECT count(*) FROM documents", "--db",
                        str(db / "s.duckdb")], capture_output=True, text=True, timeout=120)
    assert "count_star()" in r.stdout and r.stdout.strip().splitlines()[-1] == "[]", r.stdout[-2000:] + r.stderr
