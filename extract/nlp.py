"""spaCy as the container users can extend: a fast syllable tokenizer and one component per finder.

Each finder of :data:`extract.find.FINDERS` is a registered component (``partydocs_doc_refs``,
``partydocs_dates``, ``partydocs_people``, ``partydocs_statistics``, ``partydocs_metadata``): "find, then
set annotations". It reads the document's :class:`~extract.context.DocContext` (built once, kept on
``doc._.context``), and writes ``doc.spans["doc_refs"|"dates"|"people"|"statistics"]`` (character offsets
snapped to syllable tokens) with the finding dict kept on ``span._.finding``; the metadata component sets
``doc._.metadata``. A component may be left out or run alone: a finder that needs another's findings
(statistics read dates, references and people) has them run through the context. ``partydocs ingest``
calls the finders without building a ``Doc`` (measured cheaper: no tokenisation pass); both paths run the
same finders on the same context, so they give the same findings.

Example::

    >>> nlp = make_nlp()
    >>> doc = nlp("Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016.")
    >>> [s.text for s in doc.spans["doc_refs"]], [s.text for s in doc.spans["dates"]]
    (['Chỉ thị số 05-CT/TW'], ['ngày 15/5/2016'])
    >>> nlp.pipe_names
    ['partydocs_doc_refs', 'partydocs_dates', 'partydocs_people', 'partydocs_statistics', 'partydocs_metadata']
"""
from __future__ import annotations

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.context import DocContext
from extract.find import FINDERS, Finder

for _name in ("context", "metadata"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Span.has_extension("finding"):
    Span.set_extension("finding", default=None)


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


def context_of(doc: Doc) -> DocContext:
    """The document's context, built by the first component that asks."""
    if doc._.context is None or doc._.context.text != doc.text:
        doc._.context = DocContext(doc.text)
    return doc._.context


def _component(finder: Finder):
    def set_annotations(doc: Doc) -> Doc:
        ctx = context_of(doc)
        if not finder.spans:
            doc._.metadata = ctx.found(finder.name)[0]
            return doc
        spans = []
        for f in ctx.kept(finder.name):
            span = doc.char_span(f["start"], f["end"], label=finder.name, alignment_mode="expand")
            if span is not None:
                span._.finding = f
                spans.append(span)
        doc.spans[finder.name] = spans
        return doc

    set_annotations.__doc__ = f"Find {finder.name} in the document and set its annotations."
    return set_annotations


COMPONENTS = tuple(f"partydocs_{f.name}" for f in FINDERS)
for _finder, _component_name in zip(FINDERS, COMPONENTS):
    if _component_name not in Language.factories:
        Language.component(_component_name, func=_component(_finder))


def make_nlp() -> Language:
    """A blank multilingual pipeline with the syllable tokenizer and one component per finder, in order."""
    nlp = spacy.blank("xx")
    nlp.tokenizer = SyllableTokenizer(nlp.vocab)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
