"""The finders' patterns compile alike with ``regex``'s flags as plain integers (extract.find.compile_speed)
and in a process that never swapped them: same flags, same groups, same matches."""
from __future__ import annotations

import json
import subprocess
import sys

import regex

import extract.find  # noqa: F401  (swaps the flags, then compiles every finder's patterns)
from tests.helpers import BULLETIN

# a process that imports regex alone: its flags are the IntFlag members
PLAIN = r"""
import json, sys
import regex
assert isinstance(regex.IGNORECASE, regex.RegexFlag)
rows, text = json.load(sys.stdin)
out = []
for pattern, flags in rows:
    p = regex.compile(pattern, flags)
    m = p.search(text)
    out.append([int(p.flags), sorted(p.groupindex.items()), m.span() if m else None])
print(json.dumps(out))
"""


def _finder_patterns() -> list[regex.Pattern]:
    seen, out = set(), []
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("extract.find"):
            continue
        for value in vars(module).values():
            if isinstance(value, regex.Pattern) and value.pattern not in seen:
                seen.add(value.pattern)
                out.append(value)
    return out


def test_flags_are_plain_integers_here():
    assert type(regex.IGNORECASE) is int and type(regex.compile("(?i)a").flags) is int


def test_patterns_compile_as_in_a_process_without_the_swap():
    patterns = _finder_patterns()
    assert len(patterns) > 150  # the finders' module-level patterns (about 300)
    rows = [[p.pattern, int(p.flags)] for p in patterns]
    r = subprocess.run([sys.executable, "-c", PLAIN], input=json.dumps([rows, BULLETIN]), capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    theirs = json.loads(r.stdout)
    found = 0
    for p, (flags, groups, span) in zip(patterns, theirs):
        m = p.search(BULLETIN)
        assert (int(p.flags), sorted(map(list, p.groupindex.items())), list(m.span()) if m else None) == \
            (flags, groups, span), p.pattern[:200]
        found += m is not None
    assert found > 20  # the bulletin meets many of them: the matches compared are not all "none"
