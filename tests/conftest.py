"""Shared fixtures: the repo root, the bundled corpus and (when present) ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "dev" / "gold").is_dir():
        pytest.skip("../shared/dev is not present on this machine")
    return SHARED
