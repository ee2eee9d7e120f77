"""Records: validation rules and the DuckDB DDL derived from them."""
from __future__ import annotations

import duckdb
import pytest
from pydantic import ValidationError

from schemas import DateMention, DocRef, Document, Metadata, PersonMention, Statistic
from schemas.ddl import TABLES, columns, create_table_sql

BAD = [
    (DateMention, dict(start=0, end=8, text="năm 2021", kind="year", value="2021-13")),
    (DateMention, dict(start=0, end=8, text="năm 2021", kind="year", value="2021", start_date="2021-01-01")),
    (DateMention, dict(start=0, end=5, text="31/2", kind="date", value="2021-02-31",
                       start_date="2021-02-31", end_date="2021-02-31")),
    (DateMention, dict(start=0, end=4, text="ngày", kind="weekday", value="x")),
    (DocRef, dict(start=5, end=5, text="")),
    (DocRef, dict(start=0, end=3, text="abcd")),
    (DocRef, dict(start=0, end=4, text="abcd", issued_date="30/9/2021")),
    (PersonMention, dict(start=0, end=4, text="Minh", name="Minh", person_id="p1", role="boss")),
    (Statistic, dict(start=0, end=5, text="19/28", kind="ratio", numerator=19)),
    (Statistic, dict(start=0, end=2, text="70", kind="count")),
    (Metadata, dict(issued_date="2021-10-32")),
    (Metadata, dict(unknown_field=1)),
]


@pytest.mark.parametrize("model,data", BAD)
def test_invalid_records_are_refused(model, data):
    with pytest.raises(ValidationError):
        model(**data)


def test_valid_quarter_and_unknown_year():
    DateMention(start=0, end=7, text="Quý III", kind="quarter", value="XXXX-Q3")
    DateMention(start=0, end=12, text="Quý III/2021", kind="quarter", value="2021-Q3",
                start_date="2021-07-01", end_date="2021-09-30")


def test_offsets_checked_against_text():
    doc = Document(doc_id="d", source="s", dates=[DateMention(start=0, end=8, text="năm 2021", kind="year",
                                                              value="2021")])
    doc.check_offsets("năm 2021 là năm bản lề")
    with pytest.raises(ValueError):
        doc.check_offsets("Trong năm 2021")


@pytest.mark.parametrize("table", list(TABLES))
def test_ddl_creates_every_table(table):
    con = duckdb.connect()
    con.execute(create_table_sql(table))
    got = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
    assert got == [n for n, _ in columns(table)]


def test_every_json_field_is_a_column():
    for table, model in (("doc_refs", DocRef), ("dates", DateMention), ("people", PersonMention),
                         ("statistics", Statistic), ("documents", Metadata)):
        assert set(model.model_fields) <= {n for n, _ in columns(table)}
