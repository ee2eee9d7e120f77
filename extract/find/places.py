"""Administrative units and Party committees (``data/units.yaml``): the words every finder uses for them.

A unit (``tỉnh``, ``thành phố``, ``huyện``, ``xã`` …) has a level (p province, d district, c commune) and a
Party committee (``Tỉnh ủy``, ``Huyện ủy``, ``Đảng ủy xã``); its Party organisation is ``Đảng bộ`` + the unit.
They are written once, in the data file; both tone placements and the capitals are generated here.

Example::

    >>> units("p"), committees("d")
    (['tỉnh', 'thành phố'], ['Huyện ủy', 'Quận ủy', 'Thị ủy'])
    >>> unit_of("đảng bộ thị xã"), unit_of("huyện uỷ"), level_of("Thành uỷ")
    ('thị xã', 'huyện', 'p')
"""
from __future__ import annotations

from typing import NamedTuple

from extract.find.lexicon import load_yaml
from extract.normalize import fold


class Unit(NamedTuple):
    unit: str  # "thị xã"
    level: str  # "d"
    committee: str  # "Thị ủy"


UNITS = tuple(Unit(str(u["unit"]), str(u["level"]), str(u["committee"])) for u in load_yaml("units.yaml")["units"])
PARTY_ORG = "Đảng bộ"  # the Party organisation of a unit: "Đảng bộ huyện"
ORGANS = tuple(str(o) for o in load_yaml("units.yaml")["organs"])  # a committee's boards: "Ban Tổ chức"


def units(levels: str = "pdc") -> list[str]:
    """The unit words of ``levels``, in data order: ``units("d")`` → ``["huyện", "quận", "thị xã"]``."""
    return [u.unit for u in UNITS if u.level in levels]


def committees(levels: str = "pdc") -> list[str]:
    """The Party committees of the units of ``levels``: ``committees("p")`` → ``["Tỉnh ủy", "Thành ủy"]``."""
    return [u.committee for u in UNITS if u.level in levels]


def party_orgs(levels: str = "pdc") -> list[str]:
    """The Party organisations of the units of ``levels``: ``["Đảng bộ tỉnh", "Đảng bộ thành phố"]`` for p."""
    return [f"{PARTY_ORG} {u.unit}" for u in UNITS if u.level in levels]


# each spelling of a unit or committee, folded → its unit ("huyện uỷ" → "huyện"), longest first: "thị xã" is
# looked for before "xã"
_UNIT_OF = sorted({**{fold(u.committee): u.unit for u in UNITS}, **{fold(u.unit): u.unit for u in UNITS}}.items(),
                  key=lambda kv: -len(kv[0]))
_LEVEL_OF = {**{fold(u.committee): u.level for u in UNITS}, **{fold(u.unit): u.level for u in UNITS}}


def unit_of(committee: str) -> str:
    """The unit a committee's or organisation's name holds: ``đảng bộ thị xã`` → ``thị xã``, ``huyện ủy`` →
    ``huyện`` (``huyện`` when it names none)."""
    key = f" {fold(committee)} "
    return next((unit for k, unit in _UNIT_OF if f" {k} " in key), "huyện")


def level_of(name: str) -> str | None:
    """The level of a unit or committee: ``Tỉnh ủy`` → ``"p"``, ``xã`` → ``"c"``; None for another name."""
    return _LEVEL_OF.get(fold(name))
