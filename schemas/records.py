"""The records partydocs produces (listed in ``schemas/README.md``), declared once.

JSON output and the DuckDB tables are both derived from these models
(see ``schemas.ddl``); nothing else in the project restates their fields.

Example::

    >>> DateMention(start=0, end=8, text="năm 2021", kind="year", value="2021",
    ...             start_date="2021-01-01", end_date="2021-12-31").value
    '2021'
"""
from __future__ import annotations

import re
from datetime import date
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# value shapes per date kind (SPEC §3); XXXX stands for an unknown year
_Y = r"(?:\d{4}|XXXX)"
DATE_VALUE = {
    "date": re.compile(rf"^{_Y}-\d{{2}}-\d{{2}}$"),
    "datetime": re.compile(rf"^{_Y}-\d{{2}}-\d{{2}}T\d{{2}}:\d{{2}}(?::\d{{2}})?$"),  # "…T17:21:55": seconds too
    "month": re.compile(rf"^{_Y}-\d{{2}}$"),
    "quarter": re.compile(rf"^{_Y}-Q[1-4]$"),
    "half": re.compile(rf"^{_Y}-H[12]$"),
    "period": re.compile(rf"^{_Y}-\d{{2}}/{_Y}-\d{{2}}$"),
    "year": re.compile(rf"^{_Y}$"),
    "range": re.compile(r"^[\dX:T-]+/[\dX:T-]+$"),
    "duration": re.compile(r"^P(?:\d+(?:\.\d+)?[YMWD])+$"),
}

DateKind = Literal["date", "datetime", "month", "quarter", "half", "period", "year", "range", "duration"]
Role = Literal["chair", "speaker", "attendee", "signer", "author", "mentioned"]
StatKind = Literal["count", "percent", "ratio", "money", "range", "measure"]
Relation = Literal["cites", "implements", "continues", "amends", "replaces", "reviews", "guides"]


class Record(BaseModel):
    """Base of every record: closed (no unknown fields), validated on assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


def _check_iso_date(v: Optional[str]) -> Optional[str]:
    if v is None:
        return v
    if not ISO_DATE.match(v):
        raise ValueError(f"not an ISO date: {v!r}")
    date.fromisoformat(v)  # raises on 2021-02-31
    return v


class Span(Record):
    """A finding located in the document text: ``text == doc_text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    sentence_id: Optional[int] = None

    @model_validator(mode="after")
    def _offsets(self):
        if self.end <= self.start:
            raise ValueError(f"empty or inverted span {self.start}..{self.end}")
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}..{self.end} does not fit text {self.text!r}")
        return self


class Metadata(Record):
    """Document metadata: title, kind (``THÔNG BÁO``), own number (``336-BS/VPTU``), place, date, signers, author."""

    title: Optional[str] = None
    doc_kind: Optional[str] = None
    number: Optional[str] = None
    place: Optional[str] = None
    issued_date: Optional[str] = None
    signers: list[str] = Field(default_factory=list)
    author: Optional[str] = None

    @field_validator("issued_date")
    @classmethod
    def _iso_issued(cls, v: Optional[str]) -> Optional[str]:
        return _check_iso_date(v)


class DocRef(Span):
    """A mention of one document: ``Chỉ thị số 05-CT/TW``, ``Nghị quyết Trung ương 4 khóa XII``."""

    doc_type: Optional[str] = None
    number: Optional[str] = None
    symbol: Optional[str] = None
    type_code: Optional[str] = None
    issuer_code: Optional[str] = None
    issued_date: Optional[str] = None
    issuer: Optional[str] = None
    term: Optional[int] = Field(default=None, ge=1, le=30)
    plenum: Optional[int] = Field(default=None, ge=1, le=30)
    congress: Optional[int] = Field(default=None, ge=1, le=40)
    subject: Optional[str] = None
    self: bool = False
    canonical_id: Optional[str] = None
    scope: Optional[str] = None  # the province or district of a local document ("Bắc Giang"): part of its id

    @field_validator("issued_date")
    @classmethod
    def _iso_issued(cls, v: Optional[str]) -> Optional[str]:
        return _check_iso_date(v)


class DateMention(Span):
    """A date or period: ``Quý III/2021`` → kind ``quarter``, value ``2021-Q3``."""

    kind: DateKind
    value: str
    start_date: Optional[str] = None
    end_date: Optional[str] = None

    @field_validator("start_date", "end_date")
    @classmethod
    def _iso_interval(cls, v: Optional[str]) -> Optional[str]:
        return _check_iso_date(v)

    @model_validator(mode="after")
    def _value_shape(self):
        if not DATE_VALUE[self.kind].match(self.value):
            raise ValueError(f"value {self.value!r} is not a {self.kind}")
        if (self.start_date is None) != (self.end_date is None):
            raise ValueError("start_date and end_date are both set or both null")
        if self.start_date and self.start_date > self.end_date:
            raise ValueError(f"interval {self.start_date}..{self.end_date} is inverted")
        return self


class PersonMention(Span):
    """A person's name: ``đồng chí Trịnh Tiến Duy, Tỉnh ủy viên`` → name ``Trịnh Tiến Duy``."""

    name: str
    titles: list[str] = Field(default_factory=list)
    title_expansions: list[Optional[str]] = Field(default_factory=list)
    honorific: Optional[str] = None
    role: Role = "mentioned"
    person_id: str
    # the posts an appointment, election or transfer in this clause gives the person ("được bầu giữ chức
    # Bí thư Huyện ủy"): no titles of this mention (SPEC §4)
    appointed_to: list[str] = Field(default_factory=list)


class Statistic(Span):
    """A quantity: ``19/28 đề án`` → ratio 19/28 of ``đề án``."""

    kind: StatKind
    value: Optional[float] = None
    unit: Optional[str] = None
    numerator: Optional[float] = None
    denominator: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    qualifier: Optional[str] = None  # hơn, gần, khoảng, trên, dưới …
    predicate: Optional[str] = None  # kết nạp, đạt, giảm …
    period: Optional[str] = None  # value of the governing date finding, e.g. 2021-H1
    period_start: Optional[str] = None  # its first and last day (ISO), e.g. 2021-01-01 .. 2021-06-30
    period_end: Optional[str] = None
    qualifies: Optional[int] = None  # index of the statistic a percentage qualifies
    target: bool = False  # a goal, not a result: "phấn đấu kết nạp 200 đảng viên"
    category: Optional[str] = None  # the part of a breakdown it counts: "trong đó nữ 41" → "nữ"

    @field_validator("period_start", "period_end")
    @classmethod
    def _iso_period(cls, v: Optional[str]) -> Optional[str]:
        return _check_iso_date(v)

    @model_validator(mode="after")
    def _shape(self):
        if self.kind == "ratio" and (self.numerator is None or self.denominator is None):
            raise ValueError("a ratio needs numerator and denominator")
        if self.kind == "range" and (self.low is None or self.high is None):
            raise ValueError("a range needs low and high")
        if self.kind in ("count", "percent", "money", "measure") and self.value is None:
            raise ValueError(f"a {self.kind} needs a value")
        return self


class Sentence(Record):
    """One sentence of a document, with its paragraph number and offsets."""

    doc_id: str
    sentence_id: int
    paragraph: int
    start: int
    end: int
    text: str
    words: Optional[list[str]] = None


class RefRelation(Record):
    """A reference → reference edge inside one sentence: ``Kế hoạch 52-KH/HU … về thực hiện Chỉ thị số 17-CT/TU``
    → implements."""

    doc_id: str
    source_canonical_id: str
    target_canonical_id: str
    relation: Relation
    cue: Optional[str] = None
    sentence_id: Optional[int] = None


class CitationEdge(Record):
    """Document → cited document, one row per citing document and cited id."""

    citing_doc_id: str
    cited_canonical_id: str
    relation: Relation = "cites"
    count: int = 1


class CopyOf(Record):
    """A near-duplicate copy of a stored document (the same bulletin as HTML, DOCX, text or retyped, SPEC §8):
    ``duplicate_of`` is the first copy's doc_id, ``similarity`` the Jaccard similarity of their word shingles."""

    duplicate_of: Optional[str] = None
    similarity: Optional[float] = None


class IngestError(Record):
    """An input that could not be processed, with the stage that failed."""

    source: str
    stage: str
    message: str


class Document(Record):
    """One input document with all its findings: the JSON line of ``partydocs extract``."""

    doc_id: str
    source: str
    metadata: Metadata = Field(default_factory=Metadata)
    doc_refs: list[DocRef] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    people: list[PersonMention] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)
    ref_relations: list[RefRelation] = Field(default_factory=list)
    sentences: Optional[list[Sentence]] = None  # with their words, when word segmentation is asked for

    def check_offsets(self, text: str) -> None:
        """Raise ValueError unless every finding's text is ``text[start:end]``."""
        for cat in ("doc_refs", "dates", "people", "statistics"):
            for f in getattr(self, cat):
                if text[f.start:f.end] != f.text:
                    raise ValueError(f"{cat} {f.text!r} does not match text at {f.start}..{f.end}")
