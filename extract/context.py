"""One document's context, built once after segmentation: what every finder reads and none recomputes.

A :class:`DocContext` holds the text and its lowercased form, the sentences and paragraphs, the anchor
positions a finder scans (each set found once per document), the header's parts (the place-date line,
the dateline, the committees it names), the document's own date and the date that dates its citations,
its own numbers, and where a web page's closing list of other articles starts. It also holds what each
finder found, so a later finder reads an earlier one's results (statistics read the dates, references
and people) and every finder runs once: :meth:`DocContext.found` runs a registered finder
(:data:`extract.find.FINDERS`) the first time it is asked.

Example::

    >>> ctx = DocContext("HUYỆN ỦY MỘ ĐỨC\\nSố 12-TB/HU\\nMộ Đức, ngày 05 tháng 7 năm 2024\\n\\n"
    ...                  "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.")
    >>> ctx.own_date, ctx.citing_date, ctx.scope
    (RefDate(date='2024-07-05', year=2024), '2024-07-05', {'d': 'huyện Mộ Đức', 'own': 'd'})
    >>> [r["symbol"] for r in ctx.own_refs], [r["symbol"] for r in ctx.found("doc_refs")]
    (['12-TB/HU'], ['12-TB/HU', '05-CT/TW'])
"""
from __future__ import annotations

import functools
from typing import Callable, Optional

from extract.find import date_year, document
from extract.find.document import DATELINE_REACH, RefDate, dateline, place_date, reference_date
from extract.find.lexicon import Anchors
from extract.segment import SentenceSpan, split_sentences


class DocContext:
    """The context of one document (see the module docstring); attributes are computed on first use.

    ``own_date`` and ``found`` may be given to read a finder on its own: ``DocContext(text,
    own_date=RefDate(None, 2024), found={"dates": []})`` runs the statistics without dates.
    """

    def __init__(self, text: str, *, sentences: Optional[list[SentenceSpan]] = None,
                 own_date: Optional[RefDate] = None, found: Optional[dict[str, list[dict]]] = None):
        self.text = text
        self._found: dict[str, list[dict]] = dict(found or {})
        self._positions: dict[object, list[int]] = {}
        if sentences is not None:
            self.__dict__["sentences"] = sentences
        if own_date is not None:
            self.__dict__["own_date"] = own_date

    # ---- the text --------------------------------------------------------------------------------
    @functools.cached_property
    def lower(self) -> Optional[str]:
        """The lowercased text, or None when lowercasing changes its length (``İ``): offsets would drift."""
        low = self.text.lower()
        return low if len(low) == len(self.text) else None

    @functools.cached_property
    def sentences(self) -> list[SentenceSpan]:
        """Sentences with their paragraph numbers and exact offsets (:func:`extract.segment.split_sentences`)."""
        return split_sentences(self.text)

    @functools.cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each paragraph: from its first sentence's start to its last one's end."""
        out: dict[int, tuple[int, int]] = {}
        for s in self.sentences:
            out[s.paragraph] = (out.get(s.paragraph, (s.start, s.end))[0], s.end)
        return list(out.values())

    def anchors(self, anchors: Anchors) -> list[int]:
        """Where ``anchors`` say a pattern may start, found once per document for each set of anchors."""
        return self.positions(anchors, lambda: anchors.starts(self.text, self.lower))

    def positions(self, key: object, scan: Callable[[], list[int]]) -> list[int]:
        """The offsets ``scan()`` finds in the text, computed once per document for ``key``."""
        if key not in self._positions:
            self._positions[key] = scan()
        return self._positions[key]

    # ---- the header and the document's own date ---------------------------------------------------
    @functools.cached_property
    def head(self) -> str:
        """The first characters, where the header, the title and the dateline stand."""
        return self.text[:document.HEAD_CHARS]

    @functools.cached_property
    def place_date(self):
        """The header's place-date line (``Quảng Ngãi, ngày 13 tháng 10 năm 2021``) as a match, or None."""
        return place_date(self.text)

    @functools.cached_property
    def dateline(self):
        """A news page's dateline near the top (``29-11-2021 15:37``) as a match, or None."""
        return dateline(self.text[:DATELINE_REACH])

    @functools.cached_property
    def own_date(self) -> RefDate:
        """The document's own date and year: its place-date line's, else its dateline's, else the year it
        makes clear (:func:`extract.find.document.reference_date`)."""
        return reference_date(self.text, self.place_date, self.dateline)

    @property
    def citing_date(self) -> Optional[str]:
        """The date the document's citations are made on (SPEC §2: a cited symbol is the one known
        before it): its own date."""
        return self.own_date.date

    @property
    def citing_year(self) -> Optional[int]:
        """The year the document's citations are made in: its own date's, else the year it makes clear, else the
        latest cited document's (:func:`extract.find.date_year.citing_year`)."""
        return self.own_date.year or (date_year.citing_year(self.text) if self.own_date.date is None else None)

    @functools.cached_property
    def scope(self) -> dict[str, str]:
        """The province, district and commune its header's committees name (:func:`document.header_scope`)."""
        return document.header_scope(self.text)

    @functools.cached_property
    def trailer_start(self) -> int:
        """Where a web page's closing list of other articles (``Tin liên quan``) starts, else the text's end."""
        return document.trailer_start(self.text, self.lower)

    # ---- what the finders found ------------------------------------------------------------------
    def found(self, name: str) -> list[dict]:
        """What the finder ``name`` found in the whole text (run on first ask, then kept)."""
        if name not in self._found:
            from extract.find import FINDER

            self._found[name] = FINDER[name].find(self)
        return self._found[name]

    def kept(self, name: str) -> list[dict]:
        """The findings of ``name`` that belong to this document: those before a closing list of other
        articles (what follows ``Tin liên quan`` names other pages' findings)."""
        end = self.trailer_start
        found = self.found(name)
        return found if end >= len(self.text) else [f for f in found if f["start"] < end]

    @property
    def own_refs(self) -> list[dict]:
        """The document's own numbers (``Số 52-TB/HU`` in its header), from the references found."""
        return [r for r in self.found("doc_refs") if r.get("self")]
