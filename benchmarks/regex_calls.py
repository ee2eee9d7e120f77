"""Regex calls per finding of each finder (issue 19): every compiled pattern of the ``extract`` modules, and their
``regex``/``re`` module functions, counted while one finder runs. Used by ``bench_finders.py --calls``.

A call is one ``match``/``search``/``fullmatch``/``finditer``/``findall``/``sub``/``split`` (a ``finditer`` over a
whole text is one call, however many matches it yields). The patterns are wrapped in this process only, after
import: the timings of ``bench_finders.py`` are taken without them.

    python benchmarks/bench_finders.py --calls
"""
from __future__ import annotations

import re
import sys
import types

import regex

METHODS = frozenset({"match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split"})
PATTERN_TYPES = (re.Pattern, type(regex.compile("")))


class Counter:
    def __init__(self):
        self.calls = 0


class _CountedPattern:
    """A compiled pattern whose matching methods count their calls."""

    __slots__ = ("_p", "_c")

    def __init__(self, p, counter: Counter):
        self._p, self._c = p, counter

    def __getattr__(self, name):
        attr = getattr(self._p, name)
        if name not in METHODS:
            return attr
        c = self._c

        def counted(*a, **k):
            c.calls += 1
            return attr(*a, **k)
        return counted


class _CountedModule(types.ModuleType):
    """``regex`` or ``re`` as a module sees it: its matching functions count their calls."""

    def __init__(self, mod, counter: Counter):
        super().__init__(mod.__name__)
        self._mod, self._c = mod, counter

    def __getattr__(self, name):
        attr = getattr(self._mod, name)
        if name not in METHODS:
            return attr
        c = self._c

        def counted(*a, **k):
            c.calls += 1
            return attr(*a, **k)
        return counted


def _wrap(value, counter: Counter, depth: int = 0):
    if isinstance(value, PATTERN_TYPES):
        return _CountedPattern(value, counter)
    if depth < 2 and type(value) is tuple:  # (a NamedTuple such as a Finder is left whole)
        return tuple(_wrap(v, counter, depth + 1) for v in value)
    if depth < 2 and type(value) is list:
        return [_wrap(v, counter, depth + 1) for v in value]
    return value


def install(prefix: str = "extract") -> Counter:
    """Wrap the patterns of every loaded module under ``prefix`` (and of the objects they hold, such as the
    lexicon's ``Anchors``); return the counter they all add to."""
    counter = Counter()
    for name, mod in list(sys.modules.items()):
        if not (name == prefix or name.startswith(prefix + ".")) or mod is None:
            continue
        for key, value in list(vars(mod).items()):
            if value is regex or value is re:
                setattr(mod, key, _CountedModule(value, counter))
            elif isinstance(value, PATTERN_TYPES) or type(value) in (tuple, list):
                setattr(mod, key, _wrap(value, counter))
            elif hasattr(value, "__dict__") and not isinstance(value, (type, types.ModuleType, types.FunctionType)):
                for k, v in list(vars(value).items()):  # an Anchors set: its compiled word patterns
                    if isinstance(v, PATTERN_TYPES):
                        setattr(value, k, _CountedPattern(v, counter))
    return counter


def calls_per_finding(texts: list[str]) -> dict[str, tuple[int, int]]:
    """``finder → (regex calls, findings)`` over ``texts``, each finder run on every document's context in
    the registry's order."""
    from extract.context import DocContext
    from extract.find import FINDERS

    counter = install()
    out = {}
    ctxs = [DocContext(t) for t in texts]
    for ctx in ctxs:  # what every finder reads first, counted apart
        ctx.sentences, ctx.own_date, ctx.scope, ctx.trailer_start
    for f in FINDERS:
        before, found = counter.calls, 0
        for ctx in ctxs:
            found += len(ctx.found(f.name))
        out[f.name] = (counter.calls - before, found)
    return out
