"""The data model: frozen values passed from one stage to the next.

Provenance travels with every value: a `Span` names the article, the
paragraph (1-based, counted over the raw file so boilerplate keeps its
number) and character offsets into that paragraph's text.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import field

from .frozen import frozen


@frozen
class Span:
    article: str
    """Article id (the seed's file stem)."""
    paragraph: int
    """1-based paragraph number in the article as written."""
    start: int
    """Offset of the first character in the paragraph's text."""
    end: int
    """Offset one past the last character."""

    @property
    def ref(self) -> tuple[str, int]:
        return (self.article, self.paragraph)


@frozen
class Stripped:
    """A piece of a paragraph that is not article body (caption, credit, box)."""

    kind: str
    """One of the boilerplate kinds in data/boilerplate.yml."""
    start: int
    end: int


@frozen
class Sentence:
    start: int
    """Offset into the paragraph's text."""
    end: int


@frozen
class Paragraph:
    index: int
    """1-based position among the article's paragraphs (stable anchor)."""
    raw: str
    """The paragraph as written (NFC)."""
    text: str
    """The body text the extractors see: `raw[body_start:body_end]`, or "" for boilerplate."""
    body_start: int
    body_end: int
    stripped: tuple[Stripped, ...] = ()
    """Boilerplate removed from `raw`, with offsets into `raw`."""
    sentences: tuple[Sentence, ...] = ()
    """Filled by the segment stage."""
    line: int = 0
    """1-based line of the source file where the paragraph starts (for error messages)."""

    @property
    def is_body(self) -> bool:
        return bool(self.text)


@frozen
class Article:
    id: str
    path: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    paragraphs: tuple[Paragraph, ...]
    language: str = "vi"
    curated: tuple[str, ...] = ()
    """Metadata fields that came from the curated overrides."""

    def paragraph(self, index: int) -> Paragraph:
        return self.paragraphs[index - 1]

    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.is_body)


# ---------------------------------------------------------------- extraction

@frozen
class DateValue:
    """A date expression resolved against the publication date."""

    text: str
    """The words as written ("rạng sáng 13/9")."""
    start: dt.date | None
    end: dt.date | None
    precision: str
    """day | span | month | year | unknown (UCDP-style date precision)."""
    span: Span


@frozen
class Mention:
    """An actor mention: a surface form pointing at a canonical key."""

    key: str
    """Canonical actor key (gazetteer id, or a derived key for discovered names)."""
    surface: str
    span: Span
    kind: str
    """person | country | organization | group | agency | place"""
    role: str | None = None
    """Title as written before the name ("Thủ tướng Armenia")."""
    affiliation: str | None = None
    """Key of the state or organisation named with the title."""
    name: str | None = None
    """Display name for discovered actors (persons, groups)."""
    as_place: bool = False
    """The name stands for a location here ("tại Samarkand"), not an acting party."""
    head: int | None = None
    """Start of the whole phrase that speaks for the actor ("Bộ Quốc phòng Nga"), if wider than the name."""
    tail: int | None = None
    """End of the person's apposition ("ông X, Cố vấn Tổng thống Nga"), if any."""
    in_role: bool = False
    """Named inside a person's title or apposition ("Cố vấn Tổng thống Nga"): not a speaker there."""
    office_state: str | None = None
    """For a state office named without its state ("Thủ tướng Imran Khan"): the state the sentence
    gives it (extract/actors.py `_state_of_office`), used only when no mention names one."""


@frozen
class Figure:
    """A casualty figure as one article reports it."""

    kind: str
    """killed | wounded | captured | missing | displaced"""
    number: int
    qualifier: str
    """exact | at_least | about | more_than | up_to"""
    party: str | None
    """Actor key of the side that suffered it, None when combined or unknown."""
    reported_by: str | None
    """Actor or agency key of who reported it."""
    text: str
    span: Span
    own_side: bool = False
    """The side is the reporter's own (resolved once the reporter's affiliation is known)."""
    inferred: bool = False
    """`party` is the reporting state, inferred (the text names no side): such a side is dropped
    where an incident has no two sides, for a state's toll there counts everyone."""
    event: Span | None = None
    """The sentence of the event this is a toll of: the one its own sentence reports, else the
    last one its paragraph reported before it; None: the article's main episode."""
    by: str | None = None
    """With no side of its own: the side that made the attack it counts the toll of ("một cuộc tấn
    công của Israel ... làm ít nhất 10 người thiệt mạng"); the people are of the incident's other side."""
    since: dt.date | None = None
    """A toll counted since this day ("kể từ khi chiến sự nổ ra ngày 13/6"): the toll of the
    fighting that began on it, wherever the briefing reports that fighting."""
    day: dt.date | None = None
    """Where no event of its paragraph is named as its own: the day its sentence gives for it or for the
    report of it ("Hôm 12/1, quân đội Mali tuyên bố khoảng 100 tay súng đã bị tiêu diệt"); the toll is
    of fighting that began no later."""


@frozen
class Event:
    """A violent clash or ceasefire sentence of one article."""

    category: str
    """ASSAULT | AGREE (PLOVER event types)."""
    modes: tuple[str, ...]
    """PLOVER-style modes named in the sentence (artillery, drone, armed_clash ...)."""
    date: DateValue | None
    actors: tuple[str, ...]
    places: tuple[str, ...]
    span: Span
    apart: bool = False
    """Told as an event some days before another ("một tuần sau khi ... bị tấn công hôm 13/6"): its
    own episode, whatever the gap between their days."""


@frozen
class Statement:
    """A third-party statement or diplomatic act in one article."""

    actor: str
    date: DateValue | None
    stance: tuple[str, ...]
    quote: str | None
    text: str
    spans: tuple[Span, ...]
    counterparts: tuple[str, ...] = ()
    """Actors addressed or met (used to tell belligerents from third parties)."""


@frozen
class Context:
    """A background sentence: history given as context."""

    text: str
    years: tuple[int, ...]
    span: Span
    date: DateValue | None = None


@frozen
class Extraction:
    """Everything extracted from one article."""

    article: str
    mentions: tuple[Mention, ...]
    dates: tuple[DateValue, ...]
    events: tuple[Event, ...]
    figures: tuple[Figure, ...]
    statements: tuple[Statement, ...]
    background: tuple[Context, ...]
    reporters: tuple[tuple[str, Span], ...] = ()
    """News agencies cited as sources ("theo AP")."""


# ---------------------------------------------------------------- briefing

@frozen
class Ref:
    article: str
    paragraph: int


@frozen
class Actor:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    affiliation: str | None
    mentions: tuple[Ref, ...]
    description: str | None = None
    curated: tuple[str, ...] = ()


@frozen
class Report:
    """One article's report of a figure: who said it, how, where."""

    reported_by: str | None
    qualifier: str
    source: Ref
    text: str


@frozen
class Casualty:
    """A figure for one side and kind; the same number from several reports is one Casualty."""

    party: str | None
    kind: str
    number: int
    qualifier: str
    reported_by: str | None
    source: Ref
    text: str
    reports: tuple[Report, ...] = ()
    curated: bool = False


@frozen
class Incident:
    id: str
    date: dt.date | None
    end_date: dt.date | None
    date_text: str
    precision: str
    title: str
    type: str
    modes: tuple[str, ...]
    places: tuple[str, ...]
    actors: tuple[str, ...]
    summary: str
    casualties: tuple[Casualty, ...]
    sources: tuple[Ref, ...]
    ceasefire: Ref | None = None
    curated: tuple[str, ...] = ()


@frozen
class Reaction:
    id: str
    actor: str
    date: dt.date | None
    date_text: str | None
    incident: str | None
    stance: tuple[str, ...]
    quote: str | None
    summary: str
    sources: tuple[Ref, ...]
    curated: tuple[str, ...] = ()


@frozen
class Background:
    id: str
    period: str | None
    sort_key: tuple[int, int, int]
    text: str
    sources: tuple[Ref, ...]
    curated: tuple[str, ...] = ()


@frozen
class Agency:
    id: str
    name: str


@frozen
class Briefing:
    articles: tuple[Article, ...]
    actors: tuple[Actor, ...]
    incidents: tuple[Incident, ...]
    reactions: tuple[Reaction, ...]
    background: tuple[Background, ...]
    agencies: tuple[Agency, ...] = ()
    prose: dict = field(default_factory=dict, hash=False, compare=False)
    """Curated Markdown blocks per page, {page: {"top": str, "bottom": str}}."""
