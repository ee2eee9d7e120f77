"""spaCy as the container users can extend: a fast syllable tokenizer and one thin component per finder.

Each component is "find, then set annotations": it calls the plain finder on
``doc.text`` and writes ``doc.spans["doc_refs"|"dates"|"people"|"statistics"]``
(character offsets snapped to syllable tokens) with the finding dict kept on
``span._.finding``. ``partydocs ingest`` calls the finders directly, without
building a ``Doc`` (measured cheaper: no tokenisation pass); the two paths
share every finder, so they give the same findings.

Example::

    >>> nlp = make_nlp()
    >>> doc = nlp("Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016.")
    >>> [s.text for s in doc.spans["doc_refs"]]
    ['Chỉ thị số 05-CT/TW']
"""
from __future__ import annotations

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.pipeline import analyze

CATEGORIES = ("doc_refs", "dates", "people", "statistics")

if not Span.has_extension("finding"):
    Span.set_extension("finding", default=None)
if not Doc.has_extension("partydocs"):
    Doc.set_extension("partydocs", default=None)


class SyllableTokenizer:
    """Whitespace syllables, punctuation split off the ends: ``"(khóa XII),"`` → ``( khóa XII ) ,``;
    symbols such as ``05-CT/TW`` stay one token, and ``doc.text`` is always the input text."""

    _PIECE = regex.compile(r"^([\p{Ps}\p{Pi}\"'“‘]*)(.*?)([\p{Pe}\p{Pf}\"'”’.,;:!?…]*)$")

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = [], []
        for m in regex.finditer(r"\S+|\s+", text):
            w = m.group()
            if w.isspace():
                if w == " " and words:
                    spaces[-1] = True
                else:
                    words.append(w)
                    spaces.append(False)
                continue
            lead, core, trail = self._PIECE.match(w).groups()
            for p in [*lead, core, *trail] if core else list(w):
                if p:
                    words.append(p)
                    spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)


@Language.component("partydocs_findings")
def findings_component(doc: Doc) -> Doc:
    """Run every finder on the text and set ``doc.spans[category]``."""
    result = analyze(doc.text, "<spacy>")
    doc._.partydocs = result
    for cat in CATEGORIES:
        spans = []
        for f in result[cat]:
            span = doc.char_span(f["start"], f["end"], label=cat, alignment_mode="expand")
            if span is not None:
                span._.finding = f
                spans.append(span)
        doc.spans[cat] = spans
    return doc


def make_nlp() -> Language:
    """A blank multilingual pipeline with the syllable tokenizer and the partydocs component."""
    nlp = spacy.blank("xx")
    nlp.tokenizer = SyllableTokenizer(nlp.vocab)
    nlp.add_pipe("partydocs_findings")
    return nlp
