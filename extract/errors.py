"""partydocs' own exception types; the CLI turns each into one line on stderr.

Example::

    >>> str(InputError("a.txt", "decode", "binary data (NUL bytes)"))
    'a.txt: decode: binary data (NUL bytes)'
"""
from __future__ import annotations


class PartydocsError(Exception):
    """Base of every error partydocs raises on purpose."""


class InputError(PartydocsError):
    """One input could not be read or decoded; the batch goes on without it."""

    def __init__(self, source: str, stage: str, message: str):
        super().__init__(f"{source}: {stage}: {message}")
        self.source, self.stage, self.message = source, stage, message

    def __reduce__(self):  # crosses process boundaries (worker → writer) intact
        return InputError, (self.source, self.stage, self.message)


class StoreError(PartydocsError):
    """The database could not be opened or written (locked, read-only, disk full)."""


class QueryError(PartydocsError):
    """A SQL statement given to ``partydocs query`` failed."""
