"""Merge: per-article extractions -> one Briefing (actors, incidents, reactions, background)."""
from __future__ import annotations

from ..cycles import no_cycle_collector
from ..lexicon import Gazetteer, gazetteer
from ..model import Agency, Article, Briefing, Context, Event, Extraction, Span
from .actors import build_actors
from .background import build_background
from .incidents import build_incidents
from .reactions import build_reactions


def merge(articles: tuple[Article, ...], extractions: tuple[Extraction, ...], gaz: Gazetteer | None = None) -> Briefing:
    with no_cycle_collector():
        return _merge(articles, extractions, gaz)


def _merge(articles: tuple[Article, ...], extractions: tuple[Extraction, ...], gaz: Gazetteer | None) -> Briefing:
    gaz = gaz or gazetteer()
    by_id = {a.id: a for a in articles}
    actors, ids = build_actors(extractions, gaz)
    index = {a.id: a for a in actors}

    def resolve(key: str) -> str:
        return ids.get(key, key)

    def text_of(span: Span) -> str:
        return by_id[span.article].paragraph(span.paragraph).text[span.start:span.end]

    def side_of(actor_id: str) -> str | None:
        a = index.get(actor_id)
        if a is None:
            return None
        if a.type in ("country", "group"):
            return a.id
        # a person's side is the state or group he serves; a UN envoy's own side is none
        side = index.get(a.affiliation) if a.affiliation else None
        return side.id if side is not None and side.type in ("country", "group") else None

    names = {a.id: a.name for a in actors}
    published = {a.id: a.published for a in articles}
    incidents, membership, sides, article_sides, passing = build_incidents(extractions, resolve, names, text_of,
                                                                           side_of, published)
    reactions = build_reactions(extractions, index, resolve, membership, sides, article_sides, published)
    contexts = [c for x in extractions for c in x.background]
    background = build_background(contexts + _recalled(passing, contexts, text_of))
    agencies = sorted({k for x in extractions for k, _ in ((m.key, m.span) for m in x.mentions if m.kind == "agency")})
    agency_list = tuple(Agency(k, gaz.entries[k].name) for k in agencies if gaz.get(k))
    return Briefing(articles, actors, incidents, reactions, background, agency_list)


def _recalled(events: tuple[Event, ...], contexts: list[Context], text_of) -> list[Context]:
    """Fighting recalled in passing (no incident of its own) as background, where its sentence
    is not background already."""
    held = {(c.span.article, c.span.paragraph, c.span.start) for c in contexts}
    out, seen = [], set()
    for e in events:
        where = (e.span.article, e.span.paragraph, e.span.start)
        if where in held or where in seen:
            continue
        seen.add(where)
        years = tuple(sorted({d.year for d in (e.date.start, e.date.end) if d})) if e.date else ()
        out.append(Context(text_of(e.span), years, e.span, e.date))
    return out
