"""The analyst's notebook runs clean (executed with nbclient, so it can never rot)."""
from __future__ import annotations

import os

import nbformat
from nbclient import NotebookClient

from tests.conftest import ROOT


def test_notebook_executes(tmp_path, monkeypatch):
    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    monkeypatch.setenv("PARTYDOCS_ROOT", str(ROOT))
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert os.environ["PARTYDOCS_ROOT"] == str(ROOT)
