"""Intake: paths, folders and archives → (source, NFC text), or an :class:`InputError`.

Example::

    >>> text_of("corpus/quang-ngai/thong-bao-12.txt")[:9]   # doctest: +SKIP
    'THÔNG BÁO'
"""
from __future__ import annotations

from pathlib import Path

from extract.errors import InputError
from extract.io.formats import to_text
from extract.io.sources import RawInput, iter_inputs  # noqa: F401


def text_of(path: str | Path, warnings: list | None = None) -> str:
    """The normalised text partydocs extracts from one file (raises InputError); ``warnings`` gets a
    ``quality`` row when bytes had to be replaced."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(str(path), "read", e.strerror or str(e)) from None
    return to_text(data, str(path), warnings)


def read_raw(raw: RawInput, warnings: list | None = None) -> str:
    """Text of one walked input; re-raises the error met while walking."""
    if raw.error is not None:
        raise raw.error
    return to_text(raw.data, raw.source, warnings)
