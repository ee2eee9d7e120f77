"""Count the regex calls a finder makes (issue 19: cost per finding follows regex calls per finding).

    with counting("extract.find.stats") as calls:
        ...run the finder...
    calls[0]  # match/search/fullmatch/finditer/… calls on the finder's compiled patterns

Every compiled pattern (``regex`` or ``re``) held by a module of the finder's package, or by the namespace of a
cached zero-argument ``lex()`` of one (the statistics finder builds its patterns there on first use), is
replaced for the duration by a proxy that counts each call and then makes it. Benchmark-only: the finders
themselves are never changed, and the patterns are put back on exit.
"""
from __future__ import annotations

import contextlib
import re
import sys
from types import SimpleNamespace

import regex

_PATTERN_TYPES = (type(regex.compile("")), re.Pattern)
_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")


def _proxy_class(counter: list[int]) -> type:
    class Counted:
        __slots__ = ("pattern_object",)

        def __init__(self, p):
            self.pattern_object = p

        def __getattr__(self, name):  # .pattern, .flags, …
            return getattr(self.pattern_object, name)

    def method(name):
        def call(self, *args, **kwargs):
            counter[0] += 1
            return getattr(self.pattern_object, name)(*args, **kwargs)
        return call

    for name in _METHODS:
        setattr(Counted, name, method(name))
    return Counted


def _holders(package: str) -> list:
    """The modules of ``package`` and the namespaces their cached ``lex()`` returns."""
    out = []
    for name, mod in list(sys.modules.items()):
        if mod is None or not (name == package or name.startswith(package + ".")):
            continue
        out.append(mod)
        lex = getattr(mod, "lex", None)
        if callable(lex) and hasattr(lex, "cache_info"):
            ns = lex()
            if isinstance(ns, SimpleNamespace) and ns not in out:
                out.append(ns)
    return out


@contextlib.contextmanager
def counting(package: str):
    """Count the calls on ``package``'s compiled patterns inside the block: yields a one-item list."""
    counter = [0]
    counted = _proxy_class(counter)
    swapped = []
    for holder in _holders(package):
        for key, value in list(vars(holder).items()):
            if isinstance(value, _PATTERN_TYPES):
                setattr(holder, key, counted(value))
                swapped.append((holder, key, value))
    try:
        yield counter
    finally:
        for holder, key, value in swapped:
            setattr(holder, key, value)
