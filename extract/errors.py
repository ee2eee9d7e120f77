"""partydocs' own exception types; the CLI turns each into one line on stderr.

Example::

    >>> str(InputError("a.txt", "decode", "binary data (NUL bytes)"))
    'a.txt: decode: binary data (NUL bytes)'
"""
from __future__ import annotations

import unicodedata

_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_HIDDEN_KINDS = ("Cc", "Cf", "Cs", "Zl", "Zp")  # controls, format (bidi, zero-width), surrogates, separators


def _escape(ch: str) -> str:
    if ch in _SHORT:
        return _SHORT[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name (surrogateescape): the byte itself
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    r"""``text`` with every character that could forge or hide part of a message escaped: control
    characters and line breaks, bidi and zero-width marks, undecodable bytes of a file name.

        >>> printable("Tin nóng\nerror: giả.txt\x1b[31m\u202e")
        'Tin nóng\\nerror: giả.txt\\x1b[31m\\u202e'
    """
    if text.isprintable():  # the common case, in C
        return text
    return "".join(_escape(c) if unicodedata.category(c) in _HIDDEN_KINDS else c for c in text)


def one_line(message: str) -> str:
    """A message on one printable line: whitespace runs (line breaks too) become one space."""
    return printable(" ".join(message.split()))


class PartydocsError(Exception):
    """Base of every error partydocs raises on purpose."""


class InputError(PartydocsError):
    """One input could not be read or decoded; the batch goes on without it.

    The source is escaped and the message is one line (a name or a library's message may hold line
    breaks or terminal control codes)."""

    def __init__(self, source: str, stage: str, message: str):
        source, message = printable(source), one_line(message)
        super().__init__(f"{source}: {stage}: {message}")
        self.source, self.stage, self.message = source, stage, message

    def __reduce__(self):  # crosses process boundaries (worker → writer) intact
        return InputError, (self.source, self.stage, self.message)


class StoreError(PartydocsError):
    """The database could not be opened or written (locked, read-only, disk full)."""


class DatabaseLocked(StoreError):
    """Another process holds the database file's lock (DuckDB lets one writer, and no reader beside it)."""


class QueryError(PartydocsError):
    """A SQL statement given to ``partydocs query`` failed."""
