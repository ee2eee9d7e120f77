"""schemas/README.md, the contract page users read, is what the code generates today."""
from __future__ import annotations

from extract.contract import PAGE, render
from tests.helpers import run_cli


def test_the_contract_page_is_up_to_date():
    assert PAGE.read_text(encoding="utf-8") == render(), "run: python -m extract.contract"


def test_the_page_lists_every_record_field_table_and_view():
    from extract.views import VIEWS
    from schemas.ddl import TABLES, columns
    from schemas.records import DocRef, Statistic

    page = render()
    for name in [*TABLES, *VIEWS, "partydocs_meta"]:
        assert f"### `{name}`" in page
    for model in (DocRef, Statistic):
        assert all(f"| `{f}` |" in page for f in model.model_fields)
    assert all(f"| `{c}` | {t}" in page for c, t in columns("statistics"))


def test_help_points_at_the_contract_page():
    assert "schemas/README.md" in run_cli("extract", "--help").stdout
    assert "schemas/README.md" in run_cli("query", "--help").stdout
