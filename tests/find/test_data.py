"""The word lists of extract/data are consistent: every entry NFC and trimmed, none twice in its list (in either tone
placement), none that another list contradicts. One test per list."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from extract.find import places
from extract.find.document import KINDS
from extract.find.lexicon import DATA, load_yaml
from extract.normalize import fold, new_tone

YAMLS = sorted(p.name for p in Path(str(DATA)).glob("*.yaml"))


def _lists(node, path=()):
    """Every list of words in a parsed YAML file, with its path: ``("after", "speaker")``."""
    if isinstance(node, dict):
        if node and all(isinstance(x, (str, int, float)) for x in node.values()):
            yield path + ("keys",), [str(k) for k in node]  # a table of words: "nghìn: 1e3", "TU: Tỉnh ủy"
        for k, v in node.items():
            yield from _lists(v, path + (str(k),))
    elif isinstance(node, list) and node and all(isinstance(x, (str, int, float)) for x in node):
        yield path, [str(x) for x in node]


LISTS = [(name, path, words) for name in YAMLS for path, words in _lists(yaml.safe_load((DATA / name).read_text("utf-8")))]
LISTS.append(("surnames.txt", (), [l.strip() for l in (DATA / "surnames.txt").read_text("utf-8").splitlines()
                                   if l.strip() and not l.startswith("#")]))


@pytest.mark.parametrize("name,path,words", LISTS, ids=[f"{n}:{'/'.join(p)}" for n, p, _ in LISTS])
def test_each_list_is_clean(name, path, words):
    assert all(w and w == w.strip() and unicodedata.is_normalized("NFC", w) for w in words)
    keys = [new_tone(w) for w in words]  # "Đảng ủy" and "Đảng uỷ" are one entry: the code generates the other
    assert len(set(keys)) == len(keys), sorted({w for w, k in zip(words, keys) if keys.count(k) > 1})


@pytest.mark.parametrize("name", YAMLS)
def test_each_file_loads_as_a_mapping(name):
    assert isinstance(load_yaml(name), dict)


def test_a_role_cue_has_one_role():
    roles = load_yaml("roles.yaml")
    role_of: dict[str, str] = {}
    for part in ("after", "before"):
        for role, cues in roles[part].items():
            assert role in ("chair", "speaker", "attendee")
            for cue in cues:
                assert role_of.setdefault(fold(cue), role) == role, cue


def test_units_have_one_level_and_committee_each():
    assert {u.level for u in places.UNITS} == {"p", "d", "c"}
    for field in ("unit", "committee"):
        values = [fold(getattr(u, field)) for u in places.UNITS]
        assert len(set(values)) == len(values), field
    for u in places.UNITS:  # the words the finders derive from them read back to the same unit and level
        assert places.unit_of(u.committee) == u.unit and places.level_of(u.committee) == u.level
    surnames = {fold(s) for _, _, words in LISTS[-1:] for s in words}
    assert not surnames & {fold(u.unit) for u in places.UNITS}


def test_kind_headings_are_document_types_or_listed_apart():
    d, types = load_yaml("document.yaml"), load_yaml("doc_types.yaml")["types"]
    assert {fold(k) for k in d["kinds"]} <= {fold(t) for t in types}
    assert not {fold(k) for k in d["other_kinds"]} & {fold(t) for t in types}
    assert len(KINDS) == len(set(KINDS))


def test_a_trailer_heading_is_no_kind_and_no_byline_label():
    d = load_yaml("document.yaml")
    trailer = {fold(w) for w in d["trailer_headings"]}
    assert not trailer & {fold(k) for k in d["kinds"] + d["other_kinds"]}
    assert not trailer & {fold(w) for w in d["byline_labels"] + d["byline_pairs"]}


def test_a_name_never_starts_with_a_word_that_ends_names():
    never = {fold(w) for w in load_yaml("not_people.yaml")["never_names"]}
    assert not never & {fold(s) for _, _, words in LISTS[-1:] for s in words}


def test_a_relation_cue_names_one_relation():
    seen: dict[str, str] = {}
    for relation, cues in load_yaml("relations.yaml")["cues"].items():
        for cue in cues:
            assert seen.setdefault(fold(cue), relation) == relation, cue
