"""Faster pattern compiling: the ``regex`` package's flag constants as plain integers.

``regex`` keeps its flags (``IGNORECASE``, ``FULLCASE``, ``VERSION1`` …) as members of an ``enum.IntFlag``;
its parser, written in Python, combines them at every node (``info.flags & CASE_FLAGS``), and on Python
3.11 each ``&`` of two ``IntFlag`` members builds a new enum member through ``enum.__call__``: 270,000 such
operations while the finders' ~360 patterns compile, a quarter of the time a process spends starting
(``python benchmarks/bench_start.py`` measures the first ``analyze`` of a process). The members are
``int`` subclasses with the same values, so the same flags as plain ``int`` give the same compiled
patterns; only ``Pattern.flags`` reads as an ``int`` instead of an enum member.

:func:`use_plain_flags` swaps them in the three modules that hold them; a ``regex`` without the enum
(older, or changed) is left as it is. ``tests/test_compile_speed.py`` checks that the finders' patterns
compile to the same flags, groups and matches as in a process without the swap.

    >>> use_plain_flags(); import regex
    >>> type(regex.IGNORECASE) is int, bool(regex.compile("(?i)ỦY BAN").search("ủy ban"))
    (True, True)
"""
from __future__ import annotations

import regex

try:
    from regex import _main, _regex_core
except ImportError:  # a regex laid out otherwise: nothing to swap
    _main = _regex_core = None


def use_plain_flags() -> None:
    """Replace ``regex``'s ``IntFlag`` constants (and the tables keyed or valued by them) with ``int``s."""
    kind = getattr(_regex_core, "RegexFlag", None)
    if kind is None:
        return

    def plain(v):
        return int(v) if isinstance(v, kind) else v

    for module in (_regex_core, _main, regex):
        for name, value in list(vars(module).items()):
            if isinstance(value, kind):
                setattr(module, name, int(value))
            elif isinstance(value, dict) and any(isinstance(x, kind) for x in (*value, *value.values())):
                setattr(module, name, {plain(k): plain(v) for k, v in value.items()})
