"""Issue 16, case 1: no finder takes time that grows faster than the text.

100,000 short lines each holding a figure (``Dòng 17: kết nạp 8 đảng viên``, 4 MB) never finished: a pattern
read after every figure was matched to the end of the text, so the time grew with the square of its length.
Every finder now reads a window around each candidate. Here each finder, and ``analyze``, gets texts of
``SIZE`` and ``4 × SIZE`` built from dense lines of one kind, and the CPU time of the larger is compared with
that of the smaller, measured in the same test: a linear finder takes about 4 times as long, a quadratic one
about 16 times. The bound is generous (6); only finders that take a measurable time on the larger text are
held to it.
"""
from __future__ import annotations

import gc
import sys
import time

import pytest

from extract.context import DocContext
from extract.find import FINDERS
from extract.pipeline import analyze

SIZE = 100_000  # characters; the larger text is four times this
BOUND = 6.0  # t(4 × SIZE) / t(SIZE): 4 when linear, 16 when quadratic
MEASURABLE = 0.3  # seconds of CPU on the larger text below which a ratio is noise

# one line of each kind, varied with the line's number so that no two neighbours are equal
LINES = {
    "figures": lambda i: f"Dòng {i}: kết nạp {i % 90 + 2} đảng viên",
    "dates": lambda i: f"Ngày {i % 28 + 1}/{i % 12 + 1}/20{i % 30 + 10:02d} họp quý {i % 4 + 1}, tháng {i % 12 + 1}",
    "references": lambda i: f"Thực hiện Chỉ thị số {i % 90 + 1}-CT/TW, ngày 15/5/2016 của Bộ Chính trị về công tác",
    "names with titles": lambda i: f"Đồng chí Nguyễn Văn An{'h' * (i % 3)}, Bí thư Huyện ủy phát biểu",
    # the four kinds run on in one line, without a line break or a full stop
    "run-on": lambda i: [f"kết nạp {i % 90 + 2} đảng viên", f"quý {i % 4 + 1}, ngày {i % 28 + 1}/{i % 12 + 1}",
                         f"Chỉ thị số {i % 90 + 1}-CT/TW", "đồng chí Lê Văn Tám, Bí thư"][i % 4],
}


def _text(kind: str, size: int) -> str:
    out, n, i = [], 0, 0
    sep = ", " if kind == "run-on" else "\n"
    while n < size:
        line = LINES[kind](i) + sep
        out.append(line)
        n += len(line)
        i += 1
    return "".join(out)


def _cpu(f) -> float:
    t0 = time.process_time()
    f()
    return time.process_time() - t0


def _cold() -> None:
    """Empty the bounded caches of values (``lru_cache(maxsize=N)``; not the unbounded ones that hold
    compiled patterns and data): the smaller text's values all fit in them, the larger text's do not, so a
    measurement that followed another on the same text would favour the smaller one (seen in CI: ``analyze``
    after the finders took 0.38 s on the smaller text, its statistics alone 0.54 s)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("extract"):
            for value in list(vars(module).values()):
                params = getattr(value, "cache_parameters", None)
                if params is not None and params()["maxsize"] is not None:
                    value.cache_clear()


def _times(text: str) -> dict[str, float]:
    """CPU seconds of each finder (each reading what the earlier ones found) and of ``analyze``, on ``text``;
    each of the two runs starts with empty value caches (:func:`_cold`)."""
    _cold()
    ctx = DocContext(text)
    out = {"sentences": _cpu(lambda: ctx.sentences)}
    for f in FINDERS:
        out[f.name] = _cpu(lambda: ctx.found(f.name))
    _cold()
    out["analyze"] = _cpu(lambda: analyze(text, "big.txt"))
    return out


@pytest.mark.parametrize("kind", list(LINES))
def test_time_grows_linearly_with_the_text(kind):
    analyze(_text(kind, 2000), "warm.txt")  # patterns compiled, data loaded: no one-time cost in the ratio
    gc.collect()
    gc.disable()  # a collection of the many findings of the larger text would weigh on one side only
    try:
        small_text = _text(kind, SIZE)
        first, second = _times(small_text), _times(small_text)  # the slower of two: no lucky run inflates the ratio
        small = {name: max(first[name], second[name]) for name in first}
        large = _times(_text(kind, 4 * SIZE))
    finally:
        gc.enable()
    slow = {name: round(large[name] / max(small[name], 1e-3), 1) for name in large
            if large[name] >= MEASURABLE and large[name] / max(small[name], 1e-3) > BOUND}
    assert not slow, f"{kind}: time grows faster than the text (t(4x)/t(x)): {slow}; small {small}, large {large}"
