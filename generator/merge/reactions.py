"""Statements -> reactions: third parties only, one per statement across articles.

A statement's speaker is a third party when neither it nor the state it
speaks for is a belligerent of the incident. A call or meeting that a
belligerent reports ("Pashinyan called Putin") becomes a meeting reaction of
each third party it names. The same actor's statements on one incident merge
within an article; across articles they merge when their dates agree and
their stances overlap.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from ..model import Actor, Extraction, Reaction, Ref, Statement

STANCE_ORDER = ("call_restraint", "call_ceasefire", "call_dialogue", "concern", "condemn", "support",
                "mediation", "mission", "meeting", "other")


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
    options = membership.get(article) or []
    if not options:
        return None
    if date is None or len(options) == 1:
        return options[0][2]

    def dist(o):
        s, e, _ = o
        if s is None:
            return 10**6
        return max(0, (s - date).days, (date - (e or s)).days)
    return min(options, key=dist)[2]


def _stances(xs) -> list[str]:
    return sorted(set(xs), key=STANCE_ORDER.index)


def build_reactions(extractions: tuple[Extraction, ...], actors: dict[str, Actor], resolve, membership, sides,
                    article_sides) -> tuple[Reaction, ...]:
    drafts: list[Draft] = []
    for x in extractions:
        for s in x.statements:
            drafts.extend(_drafts(s, x.article, actors, resolve, membership, sides, article_sides))
    drafts = _merge_in_article(drafts, actors)
    drafts = _merge_across(drafts)
    out, used = [], set()
    for d in sorted(drafts, key=lambda d: (d.incident or "", d.date or dt.date.min, d.actor, d.refs[0].article, d.refs[0].paragraph)):
        base = f"{d.incident or 'none'}--{d.actor}"
        rid, n = base, 2
        while rid in used:
            rid, n = f"{base}-{n}", n + 1
        used.add(rid)
        refs = tuple(sorted(set(d.refs), key=lambda r: (r.article, r.paragraph)))
        out.append(Reaction(rid, d.actor, d.date, d.date_text, d.incident, tuple(d.stance), d.quote, d.text, refs))
    return tuple(out)


def _third_party(key: str, parties: set[str], actors: dict[str, Actor]) -> bool:
    if key in parties:
        return False
    a = actors.get(key)
    return not (a and a.affiliation in parties)


def _drafts(s: Statement, article: str, actors, resolve, membership, sides, article_sides) -> list[Draft]:
    date = s.date.start if s.date else None
    incident = _incident_for(article, date, membership)
    parties = set(sides.get(incident, ())) if incident else set(article_sides.get(article, ()))
    ref = Ref(s.spans[0].article, s.spans[0].paragraph)
    speaker = resolve(s.actor) if s.actor else None
    if speaker and speaker not in actors:
        speaker = None
    common = dict(incident=incident, date=date, date_text=s.date.text if s.date else None,
                  quote=s.quote, text=s.text, article=article, paragraph=ref.paragraph)
    if speaker and _third_party(speaker, parties, actors):
        return [Draft(actor=speaker, stance=_stances(s.stance), from_state=actors[speaker].type == "country",
                      refs=[ref], **common)]
    if "meeting" not in s.stance:
        return []
    # A belligerent's call or meeting: the third parties it names met it.
    met = [resolve(k) for k in s.counterparts]
    met = [k for k in dict.fromkeys(met) if k in actors and _third_party(k, parties, actors)]
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


def _merge_in_article(drafts: list[Draft], actors) -> list[Draft]:
    out: list[Draft] = []
    for d in drafts:
        same = next((o for o in out if o.article == d.article and o.actor == d.actor and o.incident == d.incident
                     and (o.date is None or d.date is None or abs((o.date - d.date).days) <= 1)), None)
        if same:
            _absorb(same, d)
        else:
            out.append(d)
    # A state's undated statement, or one in the paragraph of its own official's, is that official's.
    result = []
    for d in out:
        if d.from_state:
            people = [o for o in out if o is not d and o.article == d.article and o.incident == d.incident
                      and actors[o.actor].type == "person" and actors[o.actor].affiliation == d.actor
                      and (d.date is None or any(r.paragraph in {x.paragraph for x in d.refs} for r in o.refs))]
            if people:
                near = min(people, key=lambda o: (min(abs(r.paragraph - d.paragraph) for r in o.refs), o.paragraph))
                _absorb(near, d)
                continue
        result.append(d)
    return result


def _merge_across(drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for d in sorted(drafts, key=lambda d: (d.article, d.paragraph)):
        same = next((o for o in out if o.actor == d.actor and o.incident == d.incident and o.article != d.article
                     and (o.date is None or d.date is None or abs((o.date - d.date).days) <= 1)
                     and set(o.stance) & set(d.stance)), None)
        if same:
            _absorb(same, d)
        else:
            out.append(d)
    return out
