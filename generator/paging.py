"""Where each listed item lives: listing pages split into parts of at most PAGE_ITEMS items.

A listing (incidents, reactions, background, actors, sources) whose items all
fit on one page stays one page, its section's top page, as on a small
briefing. Otherwise the top page becomes a short index and the items go to
parts keyed by what a reader navigates by, in reading order, keys ascending and
the items without a key last: a year's items share a page while they fit in
one (`2022.md`), else each month has its own (`2022-09.md`); likewise a decade
or its years, an actor type or its initials. A key with more than PAGE_ITEMS
items takes numbered parts (`2022-09.md`, `2022-09-2.md`, ...; the first keeps
its path as the key grows). No I/O: the same items give the same paths.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Generic, Iterable, TypeVar

PAGE_ITEMS = {"incidents": 20, "reactions": 50, "background": 50, "actors": 50, "sources": 50}
"""The most items a listing page holds, per listing: the bound that keeps every listing page the
same size whatever the size of the corpus. An incident (its figures, their reporters, its block
of the timeline) weighs some 6 KB of Markdown, a reaction 1 KB, an actor or article one line."""
FIGURES_PER_ITEM = 5
"""An incident takes one item's room, and one more for every this many casualty figures: its
figures, one row each with their reporters, are most of its size, and an incident that a hundred
articles report has a hundred figures or more."""


def incident_weight(incident) -> float:
    return 1 + len(incident.casualties) / FIGURES_PER_ITEM
OVERVIEW_ITEMS = 10
"""The most incidents the overview shows in each of its lists (the most recent ones)."""
ACTOR_ITEMS = 30
"""The most items each list of an actor's page shows (the articles that name it, its incidents,
its reactions, the actors affiliated to it): a country named in every article would otherwise
list them all. The page gives the total and links to the listing that holds every item."""
ACTOR_CITES = 5
"""The most citations a reaction's line on an actor's page gives (a statement repeated by many
articles has them all); the reaction it links to cites every one."""
LISTING_CITES = 10
"""The most citations an entry of a listing gives as its sources (a background fact, an incident or
a reaction repeated by hundreds of articles); briefing.json, linked beside them, holds every one."""

T = TypeVar("T")


@dataclass(frozen=True)
class Part(Generic[T]):
    path: str
    key: str
    """What the items share ('2022-09', '2022', 'person'); '' for the items without one."""
    number: int
    """1, 2, ... within its key."""
    of: int
    """How many parts its key has."""
    items: tuple[T, ...]


@dataclass(frozen=True)
class Listing(Generic[T]):
    top: str
    items: tuple[T, ...]
    """Every item, in reading order."""
    parts: tuple[Part[T], ...]
    """Empty when every item fits on the top page."""
    where: dict[str, str]
    """Item id -> the page that lists it."""

    @functools.cached_property
    def _position(self) -> dict[int, int]:
        return {id(p): n for n, p in enumerate(self.parts)}

    @functools.cached_property
    def _by_key(self) -> dict[str, list[Part[T]]]:
        out: dict[str, list[Part[T]]] = {}
        for p in self.parts:
            out.setdefault(p.key, []).append(p)
        return out

    def neighbours(self, part: Part[T]) -> tuple[Part[T] | None, Part[T] | None]:
        """The parts before and after this one, in reading order."""
        n = self._position[id(part)]
        return (self.parts[n - 1] if n else None), (self.parts[n + 1] if n + 1 < len(self.parts) else None)

    def siblings(self, part: Part[T]) -> list[Part[T]]:
        """Every part of its key, itself included."""
        return self._by_key[part.key]

    def keys(self) -> list[tuple[str, Part[T], int]]:
        """(key, its first part, its number of items) for every key, in reading order."""
        out: dict[str, tuple[Part[T], int]] = {}
        for p in self.parts:
            first, n = out.get(p.key, (p, 0))
            out[p.key] = (first, n + len(p.items))
        return [(k, first, n) for k, (first, n) in out.items()]


def paginate(top: str, folder: str, keyed: Iterable[tuple[str, str, str, T]], no_key: str,
             limit: float, order=None, weight=None) -> Listing[T]:
    """Items as (coarse key, fine key, id, item) in reading order -> their listing.

    The items of a coarse key (a year, a decade, an actor type) share a part when they fit in
    one; otherwise they go by their fine key (a month, a year, a type and initial). `folder`
    holds the parts, `no_key` names the part(s) of the items whose keys are ''; keys must be
    safe as file names. Keys follow `order` (a sort key on them), by default ascending with ''
    last (a coarse key must sort where its fine keys would).

    `weight` (an item -> how many items' room it takes, 1 by default) lets a large item, an
    incident reported by a hundred articles, take the room of several small ones: `limit` bounds
    the weight of a page, and an item heavier than it has a part to itself."""
    keyed = list(keyed)
    items = tuple(item for *_, item in keyed)
    weights = [weight(item) if weight else 1 for *_, item in keyed]
    if sum(weights) <= limit:
        return Listing(top, items, (), {iid: top for _, _, iid, _ in keyed})
    coarse_size: dict[str, float] = {}
    for (coarse, *_), w in zip(keyed, weights):
        coarse_size[coarse] = coarse_size.get(coarse, 0) + w
    by_key: dict[str, list[tuple[str, T, float]]] = {}
    for (coarse, fine, iid, item), w in zip(keyed, weights):
        by_key.setdefault(coarse if coarse_size[coarse] <= limit else fine, []).append((iid, item, w))
    parts, where = [], {}
    for key in sorted(by_key, key=order or (lambda k: (k == "", k))):
        group = by_key[key]
        chunks: list[list[tuple[str, T, float]]] = [[]]
        room = limit
        for entry in group:
            if chunks[-1] and entry[2] > room:
                chunks.append([])
                room = limit
            chunks[-1].append(entry)
            room -= entry[2]
        for number, chunk in enumerate(chunks, 1):
            path = f"{folder}/{key or no_key}{'' if number == 1 else f'-{number}'}.md"
            parts.append(Part(path, key, number, len(chunks), tuple(item for _, item, _ in chunk)))
            where.update((iid, path) for iid, _, _ in chunk)
    return Listing(top, items, tuple(parts), where)


def recent(items: Iterable[T], date_of, limit: int | None = None) -> list[T]:
    """The `limit` (OVERVIEW_ITEMS) items with the latest dates (undated ones only to fill up),
    in their given order."""
    def rank(item):
        date = date_of(item)
        return (date is not None, date.toordinal() if date is not None else 0)
    return top(items, rank, OVERVIEW_ITEMS if limit is None else limit)


def top(items: Iterable[T], rank, limit: int) -> list[T]:
    """The `limit` items of highest `rank` (on a tie, the later one), in their given order."""
    items = list(items)
    if len(items) <= limit:
        return items
    ranked = sorted(range(len(items)), key=lambda n: (rank(items[n]), n))
    keep = set(ranked[-limit:])
    return [x for n, x in enumerate(items) if n in keep]
