"""Events and figures -> incidents, one per clash episode across articles.

Within an article, dated events less than `GAP_DAYS` apart form one episode;
undated events and figures join the article's main episode. Across articles,
episodes whose dates overlap (within a day) and that share a belligerent are
the same incident (ACLED's rule: same day, same place or actors).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..lexicon import vocabulary
from ..model import Casualty, Event, Extraction, Figure, Incident, Ref, Report

GAP_DAYS = 2
_EV = vocabulary("events.yml")


@dataclass
class Episode:
    """A working cluster while merging (mutable on purpose, never leaves this module)."""

    start: dt.date | None
    end: dt.date | None
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)


def _article_episodes(x: Extraction) -> list[Episode]:
    dated = sorted((e for e in x.events if e.date and e.date.start), key=lambda e: (e.date.start, e.span.paragraph))
    episodes: list[Episode] = []
    for e in dated:
        end = e.date.end or e.date.start
        if episodes and (e.date.start - episodes[-1].end).days <= GAP_DAYS:
            ep = episodes[-1]
            ep.end = max(ep.end, end)
        else:
            ep = Episode(e.date.start, end, articles=[x.article])
            episodes.append(ep)
        ep.events.append(e)
    undated = [e for e in x.events if not (e.date and e.date.start)]
    if not episodes and (undated or x.figures):
        if not undated and not x.figures:
            return []
        episodes.append(Episode(None, None, articles=[x.article]))
    if episodes:
        main = max(episodes, key=lambda ep: (len(ep.events), ep.start or dt.date.min))
        main.events.extend(undated)
        for f in x.figures:
            main.figures.append(f)
    return episodes


def belligerents(ep: Episode, resolve) -> tuple[str, ...]:
    """The two parties most present in the episode's event sentences, plus any group that suffered losses."""
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for i, e in enumerate(ep.events):
        for k in dict.fromkeys(resolve(a) for a in e.actors):
            counts[k] += 1
            first.setdefault(k, i)
    top = [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]], kv[0]))[:2]]
    for f in ep.figures:
        if f.party and resolve(f.party) not in top and resolve(f.party).startswith("group"):
            top.append(resolve(f.party))
    return tuple(top)


def _overlap(a: Episode, b: Episode) -> bool:
    if a.start is None or b.start is None:
        return False
    return a.start <= b.end + dt.timedelta(days=1) and b.start <= a.end + dt.timedelta(days=1)


def build_incidents(extractions: tuple[Extraction, ...], resolve, names: dict[str, str], text_of, side_of):
    """(incidents sorted by date, {(article, episode-index) -> incident id}, belligerents per incident id)."""
    episodes: list[Episode] = []
    for x in extractions:
        episodes.extend(_article_episodes(x))
    parties = [set(belligerents(ep, resolve)) for ep in episodes]
    # union-find over episodes of different articles
    parent = list(range(len(episodes)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(episodes)), key=lambda i: (episodes[i].start or dt.date.max, episodes[i].articles))
    for a_i, i in enumerate(order):
        for j in order[a_i + 1:]:
            if episodes[j].start and episodes[i].end and episodes[j].start > episodes[i].end + dt.timedelta(days=1):
                break
            if _overlap(episodes[i], episodes[j]) and parties[i] & parties[j]:
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in order:
        groups[find(i)].append(i)
    incidents, membership, sides = [], {}, {}
    used: set[str] = set()
    for root in sorted(groups, key=lambda r: (episodes[r].start or dt.date.max, r)):
        members = [episodes[i] for i in groups[root]]
        inc = _incident(members, resolve, names, used, text_of, side_of)
        incidents.append(inc)
        sides[inc.id] = set(inc.actors)
        for i in groups[root]:
            for art in episodes[i].articles:
                membership.setdefault(art, []).append((episodes[i].start, episodes[i].end, inc.id))
    incidents.sort(key=lambda inc: (inc.date or dt.date.max, inc.id))
    return tuple(incidents), membership, sides


def _date_text(start, end) -> str:
    if start is None:
        return ""
    if end and end != start:
        return f"{start.day}/{start.month}–{end.day}/{end.month}/{end.year}"
    return f"{start.day}/{start.month}/{start.year}"


def _incident(members: list[Episode], resolve, names, used: set[str], text_of, side_of) -> Incident:
    events = [e for ep in members for e in ep.events]
    figures = [f for ep in members for f in ep.figures]
    merged = Episode(None, None, events, figures)
    actors = belligerents(merged, resolve)
    starts = [ep.start for ep in members if ep.start]
    ends = [ep.end for ep in members if ep.end]
    start = min(starts) if starts else None
    end = max(ends) if ends else None
    has_assault = any(e.category == "ASSAULT" for e in events)
    kind = "ASSAULT" if has_assault else "AGREE"
    modes = tuple(sorted({m for e in events if e.category == kind for m in e.modes}))
    places = tuple(dict.fromkeys(p for e in sorted(events, key=lambda e: (e.span.article, e.span.paragraph))
                                 for p in e.places))
    label = [names.get(a, a) for a in actors[:2]]
    if len(label) == 2:
        title = _EV["titles"][kind].format(a=label[0], b=label[1])
    elif places:
        title = _EV["titles"]["ASSAULT_one"].format(place=places[0])
    else:
        title = _EV["titles"][kind].format(a=label[0] if label else "?", b="?")
    sources = tuple(sorted({Ref(e.span.article, e.span.paragraph) for e in events} |
                           {Ref(f.span.article, f.span.paragraph) for f in figures},
                           key=lambda r: (r.article, r.paragraph)))
    ceasefire = next((Ref(e.span.article, e.span.paragraph) for e in sorted(events, key=lambda e: (e.span.article, e.span.paragraph))
                      if e.category == "AGREE"), None)
    first = min(events, key=lambda e: (e.date is None, e.span.article, e.span.paragraph)) if events else None
    summary = text_of(first.span) if first is not None else ""
    base = f"{start.isoformat() if start else 'undated'}-" + "-".join(a.replace("group-", "") for a in actors[:2])
    if base.endswith("-"):
        base += hashlib.sha1(repr(sources).encode()).hexdigest()[:6]
    iid, n = base, 2
    while iid in used:
        iid, n = f"{base}-{n}", n + 1
    used.add(iid)
    casualties = _casualties(figures, resolve, side_of)
    precision = "day" if start and (not end or end == start) else ("span" if start else "unknown")
    date_words = "; ".join(dict.fromkeys(e.date.text for e in events if e.date))
    return Incident(iid, start, end if end and end != start else None, date_words or _date_text(start, end),
                    precision, title, kind, modes, places, actors, summary, casualties, sources,
                    ceasefire)


def _casualties(figures: list[Figure], resolve, side_of) -> tuple[Casualty, ...]:
    """One Casualty per (side, kind, number); every report of it is kept with its reporter."""
    grouped: dict[tuple, list[tuple[Figure, str | None, str | None]]] = {}
    for f in sorted(figures, key=lambda f: (f.span.article, f.span.paragraph, f.span.start)):
        reporter = resolve(f.reported_by) if f.reported_by else None
        party = resolve(f.party) if f.party else (side_of(reporter) if f.own_side and reporter else None)
        grouped.setdefault((party, f.kind, f.number), []).append((f, reporter, party))
    out = []
    for (party, kind, number), items in grouped.items():
        f0, rep0, _ = items[0]
        reports = tuple(Report(rep, f.qualifier, Ref(f.span.article, f.span.paragraph), f.text) for f, rep, _ in items)
        quals = Counter(f.qualifier for f, _, _ in items)
        qualifier = sorted(quals.items(), key=lambda kv: (-kv[1], kv[0] == "exact", kv[0]))[0][0]
        out.append(Casualty(party, kind, number, qualifier, rep0, Ref(f0.span.article, f0.span.paragraph),
                            f0.text, reports))
    return tuple(out)
