"""Statements -> reactions: third parties only, one per statement across articles.

A statement's speaker is a third party when neither it nor the state it
speaks for is a belligerent of the incident. A call or meeting that a
belligerent reports ("Pashinyan called Putin") becomes a meeting reaction of
each third party it names. The same actor's statements on one incident merge
within an article, and a state's or organisation's statement joins its own
official's there. Across articles they merge when their days agree (an undated
statement counts from `UNDATED_DAYS` before its article to the article's day)
and, unless both are dated, their stances overlap.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from ..extract.actors import polity_key
from ..lexicon import gazetteer
from ..model import Actor, Extraction, Reaction, Ref, Statement
from .ids import Ids
from .refs import sorted_refs

UNDATED_DAYS = 2
"""A statement an article leaves undated is taken to be at most this many days older than the article."""
STANCE_ORDER = ("call_restraint", "call_ceasefire", "call_dialogue", "concern", "condemn", "support",
                "mediation", "mission", "meeting", "other", "condolence")


@dataclass
class Draft:
    """A reaction being assembled (mutable, private to this module)."""

    actor: str
    incident: str | None
    date: dt.date | None
    date_text: str | None
    stance: list[str]
    quote: str | None
    text: str
    refs: list[Ref]
    article: str
    paragraph: int
    from_state: bool = False
    merged: list["Draft"] = field(default_factory=list)


def _incident_for(article: str, date: dt.date | None, membership) -> str | None:
    """The incident a statement of `article` dated `date` is about; an undated one is about the
    news of its article, the latest incident it tells of (the ones before are its background:
    "quân đội Azerbaijan lập các vị trí mới từ ngày 30/3")."""
    options = membership.get(article) or []
    if not options:
        return None
    if len(options) == 1:
        return options[0][2]
    if date is None:
        return max(options, key=lambda o: (o[0] is not None, o[0] or dt.date.min))[2]

    def dist(o):
        s, e, _ = o
        if s is None:
            return 10**6
        return max(0, (s - date).days, (date - (e or s)).days)
    return min(options, key=dist)[2]


def _stances(xs) -> list[str]:
    return sorted(set(xs), key=STANCE_ORDER.index)


def _published_stances(xs: list[str]) -> tuple[str, ...]:
    """Condolences are a stance only where nothing else is said: "gửi lời chia buồn và lên án" condemns."""
    return tuple(s for s in xs if s != "condolence") or (("other",) if xs else ())


def build_reactions(extractions: tuple[Extraction, ...], actors: dict[str, Actor], resolve, membership, sides,
                    article_sides, published: dict[str, dt.date | None] | None = None) -> tuple[Reaction, ...]:
    drafts: list[Draft] = []
    # A breakaway region's authorities are a party to its conflict, whoever the fighting names.
    polities = frozenset(resolve(polity_key(e)) for e in gazetteer().entries.values() if e.polity)
    # ... and a region's own government speaks for the side of the state it is part of (groups.yml
    # `country`: the Kurdistan Regional Government on Iran's strikes on Erbil), unless it is a side itself
    homes = {resolve(e.id): e.parent for e in gazetteer().entries.values() if e.kind == "group" and e.parent}
    for x in extractions:
        for s in x.statements:
            drafts.extend(_drafts(s, x.article, actors, resolve, membership, sides, article_sides, polities, homes))
    drafts = _merge_in_article(drafts, actors)
    drafts = _merge_across(drafts, published or {})
    out, used = [], Ids()
    for d in sorted(drafts, key=lambda d: (d.incident or "", d.date or dt.date.min, d.actor, d.refs[0].article, d.refs[0].paragraph)):
        rid = used.take(f"{d.incident or 'none'}--{d.actor}")
        refs = sorted_refs((r.article, r.paragraph) for r in d.refs)
        out.append(Reaction(rid, d.actor, d.date, d.date_text, d.incident, _published_stances(d.stance), d.quote,
                            d.text, refs))
    return tuple(out)


def _third_party(key: str, parties: set[str], actors: dict[str, Actor], polities=frozenset(), homes=None) -> bool:
    if key in parties or key in polities or (homes and (home := homes.get(key)) is not None and home in parties):
        return False
    a = actors.get(key)
    return not (a and a.affiliation in parties)


def _drafts(s: Statement, article: str, actors, resolve, membership, sides, article_sides,
            polities=frozenset(), homes=None) -> list[Draft]:
    date = s.date.start if s.date else None
    speaker = resolve(s.actor) if s.actor else None
    if speaker and speaker not in actors:
        speaker = None
    incident = _incident_for(article, date, membership)
    parties = set(sides.get(incident, ())) if incident else set(article_sides.get(article, ()))
    ref = Ref(s.spans[0].article, s.spans[0].paragraph)
    common = dict(incident=incident, date=date, date_text=s.date.text if s.date else None,
                  quote=s.quote, text=s.text, article=article, paragraph=ref.paragraph)
    if speaker and _third_party(speaker, parties, actors, polities, homes):
        return [Draft(actor=speaker, stance=_stances(s.stance),
                      from_state=actors[speaker].type in ("country", "organization"),
                      refs=[ref], **common)]
    if "meeting" not in s.stance:
        return []
    # A belligerent's call or meeting: the third parties it names met it.
    met = [resolve(k) for k in s.counterparts]
    met = [k for k in dict.fromkeys(met) if k in actors and _third_party(k, parties, actors, polities, homes)]
    people = {actors[k].affiliation for k in met if actors[k].type == "person"}
    met = [k for k in met if actors[k].type == "person" or k not in people]
    common["quote"] = None
    return [Draft(actor=k, stance=["meeting"], from_state=actors[k].type == "country", refs=[ref], **common)
            for k in met]


def _absorb(into: Draft, d: Draft) -> None:
    into.stance = _stances(into.stance + d.stance)
    into.refs.extend(d.refs)
    if into.date is None and d.date is not None:
        into.date, into.date_text = d.date, d.date_text
    if d.quote and (not into.quote or len(d.quote) > len(into.quote)):
        into.quote = d.quote
    if d.text not in into.text:
        into.text = into.text + " " + d.text


def _near(a: dt.date | None, b: dt.date | None, days: int = 1) -> bool:
    return a is None or b is None or abs((a - b).days) <= days


def _merge_in_article(drafts: list[Draft], actors) -> list[Draft]:
    out: list[Draft] = []
    index: dict[tuple, list[Draft]] = defaultdict(list)   # (article, actor, incident) -> drafts
    for d in drafts:
        key = (d.article, d.actor, d.incident)
        same = next((o for o in index[key] if _near(o.date, d.date)), None)
        if same:
            _absorb(same, d)
        else:
            out.append(d)
            index[key].append(d)
    # A state's or an organisation's undated statement, or one in the paragraph of its own
    # official's, is that official's ("Liên Hợp Quốc kêu gọi ... , Phó phát ngôn viên ... nói").
    officials: dict[tuple, list[Draft]] = defaultdict(list)   # (article, incident, affiliation) -> drafts
    for o in out:
        if actors[o.actor].type == "person" and actors[o.actor].affiliation:
            officials[(o.article, o.incident, actors[o.actor].affiliation)].append(o)
    result = []
    for d in out:
        if d.from_state:
            paragraphs = {x.paragraph for x in d.refs}
            # ... not one of another day ("người phát ngôn ... hôm 10/6 ... Hôm qua, Phó Tổng thống Mỹ")
            people = [o for o in officials.get((d.article, d.incident, d.actor), ())
                      if d.date is None or (any(r.paragraph in paragraphs for r in o.refs)
                                            and (o.date is None or o.date == d.date))]
            if people:
                near = min(people, key=lambda o: (min(abs(r.paragraph - d.paragraph) for r in o.refs), o.paragraph))
                _absorb(near, d)
                continue
        result.append(d)
    return result


def _merge_across(drafts: list[Draft], published: dict[str, dt.date | None]) -> list[Draft]:
    """The same actor's reaction to one incident reported by several articles: one reaction when
    the days agree (a statement the text leaves undated counts from two days before its article's
    publication to the day itself) and, unless both are dated, when a stance is shared."""
    out: list[Draft] = []
    index: dict[tuple, list[Draft]] = defaultdict(list)   # (actor, incident) -> drafts
    for d in sorted(drafts, key=lambda d: (d.article, d.paragraph)):
        same = next((o for o in index[(d.actor, d.incident)] if o.article != d.article and _same_time(o, d, published)
                     and ((o.date and d.date) or set(o.stance) & set(d.stance))), None)
        if same:
            _absorb(same, d)
        else:
            out.append(d)
            index[(d.actor, d.incident)].append(d)
    return out


def _window(d: Draft, published) -> tuple[dt.date, dt.date] | None:
    if d.date is not None:
        return d.date, d.date
    p = published.get(d.article)
    return (p - dt.timedelta(days=UNDATED_DAYS), p) if p else None


def _same_time(a: Draft, b: Draft, published) -> bool:
    if a.date is not None and b.date is not None:
        # one statement dated across a time zone ("Tối 2/4 (giờ Mỹ)", "Sáng 3/4 (giờ Việt Nam)") holds the
        # same stances; a call the next day is another reaction
        return a.date == b.date or (abs((a.date - b.date).days) <= 1 and set(a.stance) == set(b.stance))
    wa, wb = _window(a, published), _window(b, published)
    if wa is None or wb is None:
        return True
    return wa[0] - dt.timedelta(days=1) <= wb[1] and wb[0] - dt.timedelta(days=1) <= wa[1]
