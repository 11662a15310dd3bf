"""One article -> Extraction: the sentence loop that ties the extractors together.

Reads paragraphs in order because Vietnamese news refers back: "cùng ngày"
(the same day), "quan chức này" (this official), "Bộ này" (this ministry),
"họ" (they). That running context is the only state, local to one call.
"""
from __future__ import annotations

import datetime as dt
import re

from ..lexicon import Gazetteer, gazetteer, vocabulary
from ..model import Article, Context, DateValue, Event, Extraction, Figure, Mention, Span, Statement
from .actors import find_mentions, fuzzy_country
from .cues import CUES
from .dates import find_dates
from .figures import find_figures

ACTOR_KINDS = ("person", "country", "organization", "group")
_EV = vocabulary("events.yml")
_CURRENT_DAYS = _EV["current_days"]
_BOUNDARY = re.compile(r",|;|:|\brằng\b|\bvà\b|\btrong khi\b|\bđồng thời\b|–")
_BACKREF_SUBJ = re.compile(
    r"(?:quan chức này|nhà ngoại giao này|ông|bà|Ông|Bà|Bộ này|bộ này|Họ|họ|người này|vị này|ông ấy|bà ấy)(?:\s+\S+){0,3}$")
_SAY = re.compile(r"(?<![\wÀ-ỹ])(?:cho biết|cho hay|tuyên bố|nói|nhấn mạnh|khẳng định|thông báo|bày tỏ|kêu gọi|nêu rõ|phát biểu|hối thúc)(?![\wÀ-ỹ])")
_ACCORDING = re.compile(r"^\s*(?:Theo|theo)\s+")
_TRAILING_ACCORDING = re.compile(r",\s*theo\s+(?P<who>[^,.]{2,40})[.]?\s*$")
_OWN = re.compile(r"(?:của họ|nước này|của mình|phía mình|quốc gia này|nước mình)")
_QUOTE = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"")
_BORDER = re.compile(r"biên giới(?: giữa)? (?P<a>[A-ZÀ-ỸĐ][\wÀ-ỹ\-]+)(?: và |-|–| với )(?P<b>[A-ZÀ-ỸĐ][\wÀ-ỹ\-]+)")
_PLACE = re.compile(r"(?:^|\s)(?P<w>" + "|".join(re.escape(w) for w in _EV["place_words"]) +
                    r")\s+(?P<n>(?:phía\s+)?[A-ZÀ-ỸĐ][\wÀ-ỹ\-]+(?:\s[A-ZÀ-ỸĐ][\wÀ-ỹ\-]+)*)")


def _quotes(text: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in _QUOTE.finditer(text)]


def _in_quote(text: str, pos: int) -> bool:
    return any(m.start() < pos < m.end() for m in _QUOTE.finditer(text))


class _State:
    def __init__(self, article: Article):
        self.article = article
        self.last_day: dt.date | None = None
        self.last_speaker: str | None = None
        self.last_reporter: Mention | None = None


def extract_article(article: Article, gaz: Gazetteer | None = None) -> Extraction:
    gaz = gaz or gazetteer()
    st = _State(article)
    mentions, dates, events, figures, statements, background, reporters = [], [], [], [], [], [], []
    for p in article.body():
        pm = find_mentions(p.text, article.id, p.index, gaz)
        mentions.extend(pm)
        st.last_reporter = None
        prev_background: Context | None = None
        for s in p.sentences:
            text = p.text[s.start:s.end]
            ms = [_shift(m, -s.start) for m in pm if s.start <= m.span.start < s.end]
            span = Span(article.id, p.index, s.start, s.end)
            found = find_dates(text, article.published, st.last_day)
            dvs = [DateValue(f.text, f.value, f.end_value, f.precision,
                             Span(article.id, p.index, s.start + f.start, s.start + f.end)) for f in found]
            dates.extend(dvs)
            for f in found:
                if f.precision == "day" and f.value:
                    st.last_day = f.value
            current, past = _timing(dvs, article.published, text)

            # who speaks, and who is reported
            subjects = _subjects(text, ms, st)
            agency = _agency(text, ms, gaz)
            if agency:
                reporters.append((agency.key, agency.span))
            # An explicit subject beats one recovered from a back-reference ("~key").
            speaker = next((k for _, k in reversed(subjects) if k and not k.startswith("~")), None) or \
                next((k[1:] for _, k in reversed(subjects) if k), None)
            subjects = [(pos, k.lstrip("~") if k else k) for pos, k in subjects]

            # background: history given as context
            is_bg = (past and not current) or (
                CUES.background.search(text) and not current and not _SAY.search(text)) or (
                prev_background is not None and not dvs and not CUES.current.search(text)
                and not _SAY.search(text))
            if is_bg:
                ctx = Context(text, tuple(sorted({d.start.year for d in dvs if d.start} |
                                                {d.end.year for d in dvs if d.end})), span,
                              next((d for d in dvs if d.start), None))
                background.append(ctx)
                prev_background = ctx
            else:
                prev_background = None

            # events on the ground
            if not (past and not current):
                ev = _event(text, ms, dvs, span, article.published)
                if ev:
                    events.append(ev)
                for fig in find_figures(text):
                    figures.append(_figure(fig, text, ms, subjects, agency, st, span, gaz))

            # statements and diplomatic acts (history told as context is not a reaction)
            said = _SAY.search(text) and (current or not CUES.background.search(text))
            stm = _statement(text, ms, dvs, speaker, span, article.published) if (not is_bg or said) else None
            if stm:
                statements.append(stm)
            if speaker:
                st.last_speaker = speaker
    return Extraction(article.id, tuple(mentions), tuple(dates), tuple(events), tuple(figures),
                      tuple(statements), tuple(background), tuple(reporters))


def _shift(m: Mention, by: int) -> Mention:
    """A mention with offsets relative to its sentence (for local reasoning only)."""
    from dataclasses import replace
    return replace(m, span=Span(m.span.article, m.span.paragraph, m.span.start + by, m.span.end + by),
                   tail=None if m.tail is None else m.tail + by, head=None if m.head is None else m.head + by)


def _timing(dvs: list[DateValue], published: dt.date | None, text: str) -> tuple[bool, bool]:
    """(current, past): whether the sentence is dated within the news window, or only before it."""
    if published is None:
        years = [d.start.year for d in dvs if d.start and d.precision in ("year", "month", "span")]
        return (not years, bool(years))
    lo = published - dt.timedelta(days=_CURRENT_DAYS)
    current = past = False
    for d in dvs:
        if d.start is None:
            continue
        local = d.span.start
        if re.search(r"kể từ(?:\s+\S+){0,4}\s*$", text[:max(0, local - _offset(dvs, text))]):
            continue
        end = d.end or d.start
        if end < lo:
            past = True
        elif d.start <= published + dt.timedelta(days=1):
            current = True
    if CUES.current.search(text) and not past:
        current = True
    return current, past


def _offset(dvs: list[DateValue], text: str) -> int:
    """Paragraph offset of the sentence (date spans are paragraph-relative)."""
    for d in dvs:
        i = text.find(d.text)
        if i >= 0:
            return d.span.start - i
    return 0


def _subjects(text: str, ms: list[Mention], st: _State) -> list[tuple[int, str | None]]:
    """For each speech verb: (position, key of its subject or None)."""
    actors = [m for m in ms if m.kind in ACTOR_KINDS and not m.in_role and not m.as_place]
    masked = list(text)
    for m in ms:
        if m.tail:
            end = min(m.tail, len(text))
            if text[end:end + 1] == ",":
                end += 1
            for i in range(m.span.end, end):
                masked[i] = " "
    masked = "".join(masked)
    out: list[tuple[int, str | None]] = []
    according = _ACCORDING.match(text)
    if according:
        first = next((m for m in actors if according.end() <= m.span.start <= according.end() + 4), None)
        if first:
            out.append((0, first.key))
    prev = 0
    for v in CUES.speech.finditer(text):
        if _in_quote(text, v.start()) or re.search(r"(?:để|việc|nhằm|được)\s+$", text[max(0, v.start() - 8):v.start()]):
            continue
        window = masked[prev:v.start()]
        bounds = [b.end() for b in _BOUNDARY.finditer(window) if not _in_quote(text, prev + b.start())]
        w0 = prev + (bounds[-1] if bounds else 0)
        cands = [m for m in actors if w0 <= m.span.start < v.start() and not _in_quote(text, m.span.start)]
        subject = cands[-1].key if cands else None
        if subject is None and _BACKREF_SUBJ.match(text[w0:v.start()].strip()) and st.last_speaker:
            subject = "~" + st.last_speaker
        out.append((v.start(), subject))
        prev = v.end()
    return out


def _agency(text: str, ms: list[Mention], gaz: Gazetteer) -> Mention | None:
    """A news agency the sentence cites ("Theo AP,", ", theo Reuters.")."""
    for m in ms:
        if m.kind != "agency":
            continue
        before = text[max(0, m.span.start - 12):m.span.start]
        if re.search(r"(?:[Tt]heo|với|hãng|Hãng|Đài|đài)\s+(?:hãng\s+|Đài\s+)?$", before):
            return m
    return None


def _reported_only(text: str, pos: int) -> bool:
    """The cue is the topic of a call or meeting ("kêu gọi chấm dứt giao tranh", "về cuộc giao tranh")."""
    clause = re.split(r"[,;:]", text[:pos])[-1]
    return bool(CUES.calls.search(clause) or CUES.meeting_words.search(clause)
                or re.search(r"(?:^|\s)(?:về|sau|kể từ)\s+(?:\S+\s+){0,2}$", clause))


def _event(text: str, ms: list[Mention], dvs: list[DateValue], span: Span, published) -> Event | None:
    assault = [c for c in CUES.assault.finditer(text)
               if not _in_quote(text, c.start()) and not _reported_only(text, c.start())]
    agree = [c for c in CUES.agree.finditer(text) if not _reported_only(text, c.start())]
    if agree and not CUES.agree_done.search(text):
        agree = []
    if not assault and not agree:
        return None
    category = "ASSAULT" if assault else "AGREE"
    cues = assault or agree
    modes = tuple(dict.fromkeys(CUES.assault_modes[c.group(0)] for c in assault)) if assault else ("ceasefire",)
    date = None
    dated = [d for d in dvs if d.start and d.precision in ("day", "span")
             and (published is None or d.start <= published + dt.timedelta(days=1))]
    if dated:
        pos = cues[0].start() + span.start
        date = min(dated, key=lambda d: abs(d.span.start - pos))
    actors = tuple(dict.fromkeys(m.key for m in ms if m.kind in ("country", "group") and not m.as_place))
    return Event(category, modes, date, actors, _places(text, ms), span)


def _places(text: str, ms: list[Mention]) -> tuple[str, ...]:
    out = []
    for m in _BORDER.finditer(text):
        out.append(f"biên giới {m.group('a')}–{m.group('b')}")
    for m in ms:
        if m.kind == "place":
            out.append(m.surface)
    for m in _PLACE.finditer(text):
        name = m.group("n")
        if not any(x.kind in ACTOR_KINDS and x.surface == name for x in ms):
            out.append(f"{m.group('w')} {name}")
    return tuple(dict.fromkeys(out))


def _figure(fig, text, ms, subjects, agency, st: _State, span: Span, gaz) -> Figure:
    # Reporter: the subject of the last speech verb before the figure, else the
    # sentence's "theo X", else who spoke last in this paragraph.
    reporter = None
    for pos, key in subjects:
        if pos < fig.start and key:
            reporter = key
    if reporter is None and agency is not None:
        reporter = agency.key
    if reporter is None and st.last_reporter is not None:
        reporter = st.last_reporter.key
    if reporter is not None and agency is None:
        st.last_reporter = next((m for m in ms if m.key == reporter), st.last_reporter)
    party, own = None, False
    mod_start = fig.noun_end
    in_mod = [m for m in ms if mod_start <= m.span.start < fig.end and m.kind in ("country", "group")]
    if in_mod:
        party = in_mod[0].key
    elif fig.modifier and fuzzy_country(fig.modifier.split()[-1], gaz):
        party = fuzzy_country(fig.modifier.split()[-1], gaz)
    elif _OWN.search(fig.modifier) or _OWN.search(text[max(0, fig.start - 12):fig.start]):
        own = True
    else:
        own = True
    if own and reporter and not reporter.startswith("person:") and gaz.get(reporter) is not None \
            and gaz.entries[reporter].kind == "country":
        party, own = reporter, False
    elif own and reporter and reporter.startswith("group:"):
        party, own = reporter, False
    elif own and (reporter is None or (gaz.get(reporter) is not None and gaz.entries[reporter].kind in ("agency", "organization"))):
        own = False
    words = text[fig.start:fig.end]
    return Figure(fig.kind, fig.number, fig.qualifier, party, reporter, words,
                  Span(span.article, span.paragraph, span.start + fig.start, span.start + fig.end), own)


def _is_past(d: DateValue, published) -> bool:
    return published is not None and (d.end or d.start) < published - dt.timedelta(days=_CURRENT_DAYS)


def _statement(text, ms, dvs, speaker, span: Span, published) -> Statement | None:
    stances = []
    for c in CUES.stances.finditer(text):
        stance = CUES.stance_of[c.group(0)]
        if stance.startswith("call_") and not CUES.call_needs.search(text):
            continue
        if stance == "call_dialogue" and not CUES.dialogue_needs.search(text):
            continue
        if stance == "support" and not CUES.support_needs.search(text):
            continue
        stances.append(stance)
    if not stances:
        return None
    counterparts = tuple(dict.fromkeys(
        m.key for m in ms if m.kind in ACTOR_KINDS and not m.as_place and m.key != speaker and not m.in_role))
    if speaker is None and "meeting" not in stances:
        return None
    date = next((d for d in dvs if d.start and d.precision == "day" and d.span.start >= 0 and not _is_past(d, published)), None)
    quotes = _quotes(text)
    quote = max(quotes, key=len) if quotes else None
    if quote and len(quote.split()) < 3:
        quote = None
    return Statement(speaker or "", date, tuple(dict.fromkeys(stances)), quote, text, (span,), counterparts)
