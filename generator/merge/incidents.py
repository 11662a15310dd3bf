"""Events and figures -> incidents, one per clash episode across articles.

Within an article, events less than `GAP_DAYS` apart form one episode; an event dated only
by its month joins an episode of that month; undated events and the article's figures join
its main episode. Across articles, episodes whose dates overlap (within a day) and that
share a belligerent are the same incident (ACLED's rule: same day, same place or actors);
days of fighting between the same two parties at most `EPISODE_GAP_DAYS` apart, and a
ceasefire they agree at most `CEASEFIRE_GAP_DAYS` after, are one episode. An incident is
dated by its day-precise episodes; its casualties keep every report, attributed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..extract.actors import place_authority
from ..extract.cues import CUES
from ..extract.text import clause_before
from ..lexicon import alternation, gazetteer, vocabulary, with_capitals
from ..model import Casualty, Event, Extraction, Figure, Incident, Ref, Report
from .ids import Ids
from .refs import sorted_refs

GAP_DAYS = 2
EPISODE_GAP_DAYS = 1
"""Days of fighting of the same two parties at most this far apart are one episode: consecutive
days are one clash; fighting that resumes after a day or more of calm is a new incident, as the
press and event datasets (ACLED codes per day) report it."""
TOLD_AFTER_DAYS = 7
"""A toll told before the article's news began is of earlier fighting that ended at most this long before it was told."""
CEASEFIRE_GAP_DAYS = 7
"""A ceasefire agreed at most this long after the fighting ends that episode."""
_EV = vocabulary("events.yml")
_ONE_SIDED = frozenset(_EV["one_sided_modes"])
_STATE_MODES = frozenset(_EV["state_modes"])
_FIG = vocabulary("figures.yml")
_LOCATED = re.compile(rf"(?<!\w){alternation(_FIG['located_at'] + _EV['ground_marks'])}\s+"
                      rf"(?:{alternation(_FIG['located_place_words'])}\s+){{0,4}}$", re.IGNORECASE)
_ONE_SIDED_CUE = re.compile(rf"(?<!\w){alternation(with_capitals([w for w, m in _EV['assault'].items() if m in _ONE_SIDED]))}"
                            r"(?!\w)")
_ON_CIVILIANS = re.compile(rf"(?<!\w){alternation(with_capitals(_EV['attacks_on']))}\s+(?:vào\s+)?"
                           rf"(?:(?:một|các|những|hai|ba|nhiều)\s+)?{alternation(_EV['civilian_targets'])}(?!\w)")
# Gunmen, insurgents, terrorists counted where a state fights one armed group are that group's: not
# those loyal to a state ("tay súng thân chính phủ", "tay súng dân quân") nor another's ("của nhóm này").
_HOSTILE = re.compile(rf"(?:\S+\s+){{1,3}}?{alternation(vocabulary('figures.yml')['hostile_people'])}(?!\w)"
                      r"(?!\s+(?:và|cùng)(?!\w))")
_NOT_THE_GROUPS = re.compile(rf"(?<!\w)(?:của|{alternation(vocabulary('figures.yml')['allegiance_marks'])}"
                             rf"|{alternation(vocabulary('figures.yml')['loyalist_people'])})(?!\w)")
# Fighters, whose side a count with none leaves open ("30 chiến binh", "cả bốn tay súng").
_FIGHTERS = re.compile(rf"(?:\S+\s+){{1,3}}?{alternation(vocabulary('figures.yml')['hostile_people'] + vocabulary('figures.yml')['fighter_people'])}"
                       r"(?!\w)")
# Fighting between sides ("Giao tranh sau đó ...", "các cuộc đụng độ"): no attack told again.
_TWO_SIDED = re.compile(rf"(?<!\w){alternation(with_capitals(_EV['two_sided_cues']))}(?!\w)")
# People of another state than the one they were counted in ("5 du khách nước ngoài").
_FOREIGN = re.compile(rf"(?<!\w){alternation(vocabulary('figures.yml')['foreign_marks'])}(?!\w)")
_QUALIFIERS = alternation(vocabulary("figures.yml")["qualifiers"])
# The members of a state's forces, right after their number ("46 thủy thủ", "ít nhất 5 binh sĩ"), and
# all the people counted: not "20 người, trong đó có 5 binh sĩ", "lính đánh thuê", "binh lính và dân thường"
# (but "8 cảnh sát và 14 tay súng" is two counts).
_SERVICE = re.compile(rf"(?:\S+\s+){{1,2}}?{alternation(vocabulary('figures.yml')['service_people'])}(?!\w)"
                      rf"(?!\s+(?:đánh thuê|(?:và|cùng)(?!\s+(?:{_QUALIFIERS}\s+)?\d))(?!\w))")


@dataclass
class Episode:
    """A working cluster while merging (mutable on purpose, never leaves this module)."""

    start: dt.date | None
    end: dt.date | None
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    precise: bool = True
    """Dated to the day (or a span of days); False when only the month is known."""

    apart_from: set[dt.date] = field(default_factory=set)
    """Days of fighting its article tells as days after some of its own (`Event.apart`): kept apart."""


def _precise(e: Event) -> bool:
    return e.date.precision in ("day", "span")


def _article_episodes(x: Extraction) -> list[Episode]:
    dated = sorted((e for e in x.events if e.date and e.date.start), key=lambda e: (e.date.start, e.span.paragraph))
    episodes: list[Episode] = []
    for e in (e for e in dated if _precise(e)):
        end = e.date.end or e.date.start
        if episodes and (e.date.start - episodes[-1].end).days <= GAP_DAYS and e.date.start not in episodes[-1].apart_from:
            ep = episodes[-1]
            ep.end = max(ep.end, end)
        else:
            ep = Episode(e.date.start, end, articles=[x.article])
            episodes.append(ep)
        ep.events.append(e)
        if e.apart and (day := _partner_day(e, x.events)) and day != e.date.start:
            ep.apart_from.add(day)
    # An event dated only by its month ("hồi tháng 6 năm ngoái") joins an episode of that month.
    for e in (e for e in dated if not _precise(e)):
        end = e.date.end or e.date.start
        home = next((ep for ep in episodes if ep.start <= end and e.date.start <= ep.end), None)
        if home is None:
            home = next((ep for ep in episodes if not ep.precise and ep.start == e.date.start), None)
        if home is None:
            home = Episode(e.date.start, end, articles=[x.article], precise=False)
            episodes.append(home)
        home.events.append(e)
    episodes.sort(key=lambda ep: (ep.start, not ep.precise))
    undated = [e for e in x.events if not (e.date and e.date.start)]
    if not episodes and (undated or any(f.since is None for f in x.figures)):
        episodes.append(Episode(None, None, articles=[x.article]))
    if episodes:
        # The article's news: the fighting its first event sentence dates, when it is its latest (what
        # it recalls came before: "Rạng sáng nay (3/1) ... Hôm 27/12 năm ngoái, ... ngày 29/12 ..."),
        # else its most told episode
        lead = min(x.events, key=lambda e: (e.span.paragraph, e.span.start), default=None)
        latest = max((ep for ep in episodes if ep.precise), key=lambda ep: ep.start, default=None)
        main = latest if latest is not None and lead is not None and not lead.apart \
            and any(e is lead for e in latest.events) else \
            max(episodes, key=lambda ep: (len(ep.events), ep.start or dt.date.min))
        main.events.extend(undated)
        # A figure goes with the event its paragraph reports it of ("Tối 25/9, một vụ nổ lớn xảy
        # ra ... Giới chức y tế sáng 26/9 cho biết ít nhất 20 người đã chết"), else to the main one.
        # A figure told on a day before the main episode began is of the latest fighting begun by then
        # ("Hôm 12/1, quân đội Mali tuyên bố ..." in an article whose news is the offensive of 15/1).
        home = {e.span: ep for ep in episodes for e in ep.events}
        for f in x.figures:
            if f.since is None:
                ep = home.get(f.event)
                if ep is None and f.day and main.precise and main.start and f.day < main.start:
                    ep = max((e for e in episodes if e.precise and e.start <= f.day
                              and (f.day - e.end).days <= TOLD_AFTER_DAYS), key=lambda e: e.start, default=None)
                (ep or main).figures.append(f)
    return episodes


def belligerents(ep: Episode, resolve) -> tuple[str, ...]:
    """The two parties most present in the episode: named in its event sentences, or, where those
    name fewer than two, suffering its casualties or making the attacks they are the toll of; in the
    order the articles first name them."""
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for i, e in enumerate(sorted(ep.events, key=lambda e: (e.span.article, e.span.paragraph, e.span.start))):
        for j, k in enumerate(dict.fromkeys(resolve(a) for a in e.actors)):
            counts[k] += 1
            first.setdefault(k, (i, j))
    n = len(ep.events)
    named = len(counts)
    for f in ep.figures:
        for side in (f.party, f.by):   # who suffered it, or made the attack it counts the toll of
            if side:
                k = resolve(side)
                if named >= 2 and k not in counts:
                    continue   # the fighting names its two sides: a third's dead add none ("1 cảnh sát Ai Cập")
                counts[k] += 1
                first.setdefault(k, (n, 0))
    top = sorted(counts, key=lambda k: (-counts[k], first[k], k))[:2]
    return tuple(sorted(top, key=lambda k: (first[k], k)))


def _disputants(x: Extraction, resolve) -> tuple[str, ...]:
    """The sides of an article that reports no fighting (a crisis, a dispute): the two states or
    groups it names most, when both are named at least twice as often as any other; else none."""
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for i, m in enumerate(x.mentions):
        if m.kind in ("country", "group") and not m.as_place and not m.in_role:
            k = resolve(m.key)
            counts[k] += 1
            first.setdefault(k, i)
    top = sorted(counts, key=lambda k: (-counts[k], first[k], k))
    if len(top) < 2 or (len(top) > 2 and counts[top[1]] < 2 * counts[top[2]]):
        return ()
    return tuple(sorted(top[:2], key=lambda k: first[k]))


def _overlap(a: Episode, b: Episode) -> bool:
    if a.start is None or b.start is None:
        return False
    return a.start <= b.end + dt.timedelta(days=1) and b.start <= a.end + dt.timedelta(days=1)


def build_incidents(extractions: tuple[Extraction, ...], resolve, names: dict[str, str], text_of, side_of,
                    published: dict[str, dt.date | None] | None = None):
    """(incidents sorted by date, {article -> [(start, end, incident id)]}, belligerents per incident id,
    belligerents per article: those of its first episode, events recalled in passing: `_passing_mention`)."""
    episodes: list[Episode] = []
    parties: list[set[str]] = []
    article_sides: dict[str, tuple[str, ...]] = {}
    article_main: dict[str, tuple[str, ...]] = {}   # the two sides of an article's main episode
    disputes: dict[str, tuple[str, ...]] = {}
    for x in extractions:
        eps = _article_episodes(x)
        pairs = [belligerents(ep, resolve) for ep in eps]
        if eps:
            article_sides[x.article] = pairs[0]
        elif (disputants := _disputants(x, resolve)):
            disputes[x.article] = disputants
        # An episode whose sentences name nobody ("Giao tranh giữa hai nước đã bước sang ngày thứ
        # hai") is fought by the article's belligerents.
        main = set(pairs[max(range(len(eps)), key=lambda i: len(eps[i].events))]) if eps else set()
        if len(main) == 2:
            article_main[x.article] = tuple(sorted(main))
        for ep, pair in zip(eps, pairs):
            episodes.append(ep)
            parties.append(set(pair) or main)
    # A dispute's sides stand only where no fighting in the briefing involves either of them: an
    # article on a call about that fighting ("Ngoại trưởng Mỹ điện đàm với Thủ tướng Armenia ...")
    # names the caller and one belligerent most, and the caller is no side.
    fighting = set().union(*parties) if parties else set()
    article_sides.update({a: d for a, d in disputes.items() if not fighting & set(d) or set(d) <= fighting})
    # union-find over episodes; each episode is compared only with those starting within a day of its end
    parent = list(range(len(episodes)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i, j):
        parent[find(j)] = find(i)

    order = sorted(range(len(episodes)), key=lambda i: (episodes[i].start or dt.date.max, episodes[i].articles))
    named: dict[int, set[str]] = {}
    by_article = {x.article: x for x in extractions}
    mentioned: dict[str, set[str]] = {}

    def in_article(a: str) -> set[str]:
        if a not in mentioned:
            mentioned[a] = {resolve(m.key) for m in by_article[a].mentions} if a in by_article else set()
        return mentioned[a]

    def named_in(i: int) -> set[str]:
        if i not in named:
            named[i] = {resolve(a) for e in episodes[i].events for a in e.actors}
        return named[i]

    tolls = [_tolls(ep) for ep in episodes]

    def alone_in(i: int, j: int) -> bool:
        """Episode i has one side, which the fighting of episode j names, and i's articles name one of
        j's sides too (not a state only named beside j's fighting, "Ai Cập đang làm trung gian")."""
        return len(parties[i]) == 1 and parties[i] <= named_in(j) and any(
            (parties[j] - parties[i]) & in_article(a) for a in episodes[i].articles)

    for a_i, i in enumerate(order):
        if episodes[i].start is None:
            break
        for b_i in range(a_i + 1, len(order)):
            j = order[b_i]
            if episodes[j].start is None or episodes[j].start > episodes[i].end + dt.timedelta(days=1):
                break
            # one side alone ("vụ tấn công chiều 9/9 đã cướp đi sinh mạng của năm thành viên" of Hamas) is
            # the fighting of the day that names it among its actors ("Israel không kích ... các lãnh đạo
            # Hamas ở Doha", told as Israel against Qatar)
            if _overlap(episodes[i], episodes[j]) and not _kept_apart(episodes[i], episodes[j]) and (
                    parties[i] & parties[j] and not _elsewhere(episodes[i], episodes[j], parties[i], parties[j])
                    or alone_in(i, j) or alone_in(j, i) or _same_toll(episodes[i], episodes[j], tolls[i], tolls[j],
                                                                          parties[i], parties[j])
                    or _sideless_same_toll(episodes[i], episodes[j], tolls[i], tolls[j], parties[i], parties[j])):
                union(i, j)
    _join_days_of_one_episode(episodes, parties, order, union)
    _join_month_to_its_days(episodes, parties, find, union)
    _join_undated(extractions, episodes, parties, order, find, union, resolve, published or {})
    groups: dict[int, list[int]] = defaultdict(list)
    for i in order:
        groups[find(i)].append(i)
    _count_since(extractions, episodes, parties, groups, resolve)
    incidents, membership, sides = [], {}, {}
    passing: list[Event] = []
    dated_articles = {a for ep in episodes if ep.precise and ep.start for a in ep.articles}
    used = Ids()
    for root in sorted(groups, key=lambda r: (episodes[r].start or dt.date.max, r)):
        members = [episodes[i] for i in groups[root]]
        if _passing_mention(members, dated_articles):
            passing.extend(e for ep in members for e in ep.events)
            continue
        inc = _incident(members, resolve, names, used, text_of, side_of, article_main)
        incidents.append(inc)
        sides[inc.id] = set(inc.actors)
        for i in groups[root]:
            for art in episodes[i].articles:
                membership.setdefault(art, []).append((episodes[i].start, episodes[i].end, inc.id))
    incidents.sort(key=lambda inc: (inc.date or dt.date.max, inc.id))
    return tuple(incidents), membership, sides, article_sides, tuple(passing)


UNDATED_NEWS_DAYS = 7
"""An article's undated fighting is the latest incident of its sides that ended at most this long
before the article was published."""


def _join_undated(extractions, episodes: list[Episode], parties: list[set[str]], order: list[int], find, union,
                  resolve, published: dict[str, dt.date | None]) -> None:
    """An article that tells of fighting without dating it ("Vụ Nga bắt giữ ba tàu hải quân ... tại
    eo biển Kerch", a day or two after) is about the latest incident of the same sides that ended
    within `UNDATED_NEWS_DAYS` before it was published, if the briefing has one: the sides its
    undated fighting names, else the two it names most. Without one, it stays an incident of its own."""
    undated = [i for i in order if episodes[i].start is None]
    if not undated:
        return
    by_article = {x.article: x for x in extractions}
    ends: dict[int, tuple[dt.date, set[str]]] = {}   # root -> (end, sides) of each dated incident
    for i in order:
        ep = episodes[i]
        if ep.start is None:
            continue
        root = find(i)
        end, sides = ends.get(root, (ep.end or ep.start, set()))
        ends[root] = (max(end, ep.end or ep.start), sides | parties[i])
    ending: dict[dt.date, list[int]] = defaultdict(list)   # day -> the incidents that end on it
    for root, (end, _) in ends.items():
        ending[end].append(root)
    for i in undated:
        article = episodes[i].articles[0]
        day = published.get(article)
        if day is None:
            continue
        sides = parties[i] or set(_disputants(by_article[article], resolve))
        # both sides, when two are known: Israel's strike on Iran is not Israel's fight with Hamas
        need = min(2, len(sides))
        near = [(len(sides & ends[root][1]), -back, root)
                for back in range(UNDATED_NEWS_DAYS + 1) for root in ending.get(day - dt.timedelta(days=back), ())
                if len(sides & ends[root][1]) >= need > 0]
        if near:
            union(max(near)[2], i)


def _count_since(extractions, episodes: list[Episode], parties: list[set[str]], groups: dict[int, list[int]],
                 resolve) -> None:
    """A toll counted since a day ("kể từ khi chiến sự nổ ra ngày 13/6") goes to the incident of the
    same conflict that began that day (within a day); without one, the toll is left to the
    background its sentence is part of."""
    wanted = [(x.article, f) for x in extractions for f in x.figures if f.since is not None]
    if not wanted:
        return
    sides_of: dict[str, set[str]] = defaultdict(set)
    by_start: dict[dt.date, list[int]] = defaultdict(list)
    for root, members in groups.items():
        start = min((episodes[i].start for i in members if episodes[i].start), default=None)
        if start is not None:
            by_start[start].append(root)
        for i in members:
            for art in episodes[i].articles:
                sides_of[art] |= parties[i]
    group_sides = {root: set().union(*(parties[i] for i in members)) for root, members in groups.items()}
    for article, f in wanted:
        own = sides_of.get(article, set())
        party = resolve(f.party) if f.party else None
        # the same conflict: fought by a side of the article's own fighting, or, in an article that
        # reports none, by the side the toll counts
        near = [(abs(delta), root) for delta in (0, -1, 1) for root in by_start.get(f.since + dt.timedelta(days=delta), ())
                if (group_sides[root] & own and (party is None or party in own | group_sides[root]))
                or (not own and party in group_sides[root])]
        if near:
            root = min(near)[1]
            episodes[groups[root][0]].figures.append(f)


def _join_month_to_its_days(episodes: list[Episode], parties: list[set[str]], find, union) -> None:
    """Fighting an article dates only by its month ("hồi giữa tháng 12", at Yumbi in Mai-Ndombe) is
    the fighting of that month that another article tells to the day, when that is the only such
    incident in a place both name, some side is named and their sides do not differ. Linear: the
    days' episodes are looked up by their month and place."""
    by_place: dict[tuple[int, int, str], list[int]] = defaultdict(list)
    for j, ep in enumerate(episodes):
        if ep.precise and ep.start is not None:
            for place in _places_of(ep):
                by_place[(ep.start.year, ep.start.month, place)].append(j)
    for i, ep in enumerate(episodes):
        if ep.precise or ep.start is None:
            continue
        near = {find(j): j for place in _places_of(ep) for j in by_place.get((ep.start.year, ep.start.month, place), ())
                if not set(episodes[j].articles) & set(ep.articles)}
        if len(near) != 1:
            continue
        j = next(iter(near.values()))
        if (parties[i] or parties[j]) and (not parties[i] or not parties[j] or parties[i] & parties[j]):
            union(j, i)


def _passing_mention(members: list[Episode], dated_articles: set[str]) -> bool:
    """Fighting dated only by its month, told in one paragraph and counted by no figure, by an article
    whose news is fighting dated to the day ("Hồi đầu tháng 2, khu vực biên giới này cũng đã chứng kiến
    nhiều ngày đụng độ"): context it recalls in passing, which goes to the background (merge), not an
    incident of its own."""
    told = {(e.span.article, e.span.paragraph) for ep in members for e in ep.events}
    return all(not ep.precise and not ep.figures for ep in members) and len(told) <= 1 \
        and all(a in dated_articles for a, _ in told)


def _places_of(ep: Episode) -> set[str]:
    return {p for e in ep.events for p in e.places}


def _join_days_of_one_episode(episodes: list[Episode], parties: list[set[str]], order: list[int], union) -> None:
    """Days of fighting between the same two parties a few days apart are one episode, and a
    ceasefire they agree within a week of the fighting ends it (one incident, as in ACLED's
    and UCDP's event coding). Linear: one running cluster per pair of parties."""
    last: dict[frozenset, tuple[int, dt.date]] = {}   # pair -> (an episode of its cluster, the cluster's end)
    for i in order:
        ep = episodes[i]
        if ep.start is None or not ep.precise or len(parties[i]) != 2:
            continue
        pair = frozenset(parties[i])
        end = ep.end or ep.start
        prev = last.get(pair)
        if prev is not None:
            gap = (ep.start - prev[1]).days
            ceasefire = all(e.category == "AGREE" for e in ep.events if e.date and e.date.start)
            if (gap <= EPISODE_GAP_DAYS or (ceasefire and gap <= CEASEFIRE_GAP_DAYS)) \
                    and not _kept_apart(episodes[prev[0]], ep):
                union(prev[0], i)
                end = max(end, prev[1])
        last[pair] = (i, end)


SAME_TOLL_FIGURES = 2
"""Fighting of the same days that two articles count alike, in this many figures (kind and number)
of SAME_TOLL_MIN or more people each, is one incident whoever they name as its sides, unless the
places they name lie in different states."""
SAME_TOLL_MIN = 10
SAME_TOLL_ALONE = 50
"""... or one toll of this many people or more, counted alike as the toll of fighting told on the same
day (the 84 dead of the Nice attack, told by one article as IS's and by another as France's)."""


def _tolls(ep: Episode) -> frozenset[tuple[str, int]]:
    return frozenset((f.kind, f.number) for f in ep.figures if f.number >= SAME_TOLL_MIN)


def _same_toll(a: Episode, b: Episode, tolls_a: frozenset, tolls_b: frozenset,
               sides_a: set[str], sides_b: set[str]) -> bool:
    """Two articles tell the same toll of the same days ("14 tay súng thiệt mạng", "37 người bị
    thương"), though one names the state and the other where its attackers came from."""
    shared = tolls_a & tolls_b
    if set(a.articles) & set(b.articles) or not shared or len(shared) < SAME_TOLL_FIGURES and not (
            a.start == b.start and any(toll[1] >= SAME_TOLL_ALONE and _of_its_fighting(a, toll)
                                       and _of_its_fighting(b, toll) for toll in shared)
            and not _other_groups(sides_a, sides_b)):
        return False
    states_a, states_b = _states_of(a), _states_of(b)
    return not (states_a and states_b and not states_a & states_b)


def _sideless_same_toll(a: Episode, b: Episode, tolls_a: frozenset, tolls_b: frozenset,
                        sides_a: set[str], sides_b: set[str]) -> bool:
    """Fighting told without a side or a place ("76 người đã thiệt mạng trong vụ thảm sát chiều 28/11 tại
    Koshobe") that counts tolls another article counts of the same day's fighting, SAME_TOLL_FIGURES of them or
    one of SAME_TOLL_ALONE people or more, is that fighting: _same_toll's test without its ask that both tell
    the large toll as their fighting's (a follow-up often gives another's count in a sentence of its own: "theo
    con số mà ... công bố hôm 29/11, ít nhất 110 dân thường đã bị giết hại"), which no side named can contradict."""
    if set(a.articles) & set(b.articles) or a.start != b.start or bool(sides_a) == bool(sides_b):
        return False
    sideless = a if not sides_a else b
    shared = tolls_a & tolls_b
    return not _places_of(sideless) and (len(shared) >= SAME_TOLL_FIGURES
                                         or any(toll[1] >= SAME_TOLL_ALONE for toll in shared))


def _other_groups(sides_a: set[str], sides_b: set[str]) -> bool:
    """Each names an armed group as a side, and not the same one (the Taliban at Helmand, IS at Kandahar)."""
    groups_a, groups_b = {s for s in sides_a if _is_group(s)}, {s for s in sides_b if _is_group(s)}
    return bool(groups_a) and bool(groups_b) and not groups_a & groups_b


def _of_its_fighting(ep: Episode, toll: tuple[str, int]) -> bool:
    """The episode counts the toll as that of fighting its article tells (not a war's whole toll recalled)."""
    return any(f.event is not None and (f.kind, f.number) == toll for f in ep.figures)


def _kept_apart(a: Episode, b: Episode) -> bool:
    """Their article tells fighting of one as days before fighting on a day of the other ("một ngày
    sau cuộc không kích ... tối 26/5"): they stay two."""
    return bool(set(a.articles) & set(b.articles)) and (any(b.start <= d <= (b.end or b.start) for d in a.apart_from)
                                                       or any(a.start <= d <= (a.end or a.start) for d in b.apart_from))


def _elsewhere(a: Episode, b: Episode, sides_a: set[str], sides_b: set[str]) -> bool:
    """Fighting of the same days that shares one side, not the other, in other states: Iran's strikes
    on Erbil (Iraq) and, a day later, on Panjgur (Pakistan) are two incidents (not the strikes of two
    allies on one state, nor the two banks of one border)."""
    if not (sides_a - sides_b and sides_b - sides_a):
        return False
    states_a, states_b = _states_of(a), _states_of(b)
    return bool(states_a) and bool(states_b) and not states_a & states_b


def _states_of(ep: Episode) -> set[str]:
    """The states the places of an episode's dated events lie in (or are held by)."""
    return _place_states(p for e in ep.events if e.date and e.date.start for p in e.places) - {None}


def _partner_day(e: Event, events) -> dt.date | None:
    """The day of the fighting the sentence of `e` (an event told as days before it) reports."""
    return next((y.date.start for y in events if not y.apart and y.date and y.span.article == e.span.article
                 and y.span.paragraph == e.span.paragraph and y.span.start <= e.span.start < y.span.end), None)


def _date_text(start, end) -> str:
    if start is None:
        return ""
    if end and end != start:
        return f"{start.day}/{start.month}–{end.day}/{end.month}/{end.year}"
    return f"{start.day}/{start.month}/{start.year}"


def _incident(members: list[Episode], resolve, names, used: Ids, text_of, side_of,
              article_main: dict[str, tuple[str, ...]] | None = None) -> Incident:
    events = [e for ep in members for e in ep.events]
    figures = [f for ep in members for f in ep.figures]
    merged = Episode(None, None, events, figures)
    actors = belligerents(merged, resolve)
    mains = {article_main.get(a) for ep in members for a in ep.articles} if article_main else set()
    if len(actors) == 1 and len(mains) == 1 and (pair := mains.pop()) and actors[0] in pair \
            and all(names.get(k) is not None for k in pair) \
            and any(f.party and resolve(f.party) == actors[0] for f in figures):
        # an attack told by its target alone, who counts its dead ("tên lửa rơi trúng Ganja ...
        # 10 dân thường thiệt mạng"), in an article whose fighting is between two sides is fought
        # by them: the attacker is the other (not an attacker named alone, whose target may be a
        # third: Israel's strike on Rafah in an article on Egypt and Israel)
        actors = (actors[0], next(k for k in pair if k != actors[0]))
    dated = [ep for ep in members if ep.start and ep.precise] or [ep for ep in members if ep.start]
    starts = [ep.start for ep in dated]
    ends = [ep.end for ep in dated if ep.end]
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
    sources = sorted_refs([(e.span.article, e.span.paragraph) for e in events] +
                          [(f.span.article, f.span.paragraph) for f in figures])
    ceasefire = next((Ref(e.span.article, e.span.paragraph) for e in sorted(events, key=lambda e: (e.span.article, e.span.paragraph))
                      if e.category == "AGREE"), None)
    first = min(events, key=lambda e: (e.date is None, e.span.article, e.span.paragraph)) if events else None
    summary = text_of(first.span) if first is not None else ""
    base = f"{start.isoformat() if start else 'undated'}-" + "-".join(a.replace("group-", "") for a in actors[:2])
    if base.endswith("-"):
        base += hashlib.sha1(repr(sources).encode()).hexdigest()[:6]
    iid = used.take(base)
    groups = [a for a in actors[:2] if _is_group(a)]
    home = _home_state(places)
    states = [a for a in actors[:2] if not _is_group(a)]
    struck = states[0] if len(actors) == 2 and len(states) == 1 and home in (states[0], None) else None
    # the attacks of the group's kind on the state's ground: where the places are too small for the
    # gazetteer ("thị trấn Mpeketoni"), those whose sentence says they are in the state
    # ... or, where no sentence of the attack's own says where it was, the incident's sentences together
    where = {e.span: _located_in(text_of(e.span)) for e in events} if struck and not home else {}
    located = struck and (home or set().union(*where.values()) == {struck})
    one_sided = {e.span for e in events if struck and not _STATE_MODES & set(e.modes)
                 and _group_attack(text_of(e.span), _ONE_SIDED & set(e.modes))
                 and (located or where[e.span] == {struck})}
    if one_sided:
        # "Vụ tấn công đã làm ít nhất 120 người thiệt mạng": the attack told again, by no side, is the same
        # (not fighting between sides told anew: "Các cuộc đụng độ sau đó khiến 30 người thiệt mạng")
        one_sided |= {e.span for e in events if not e.actors and not _STATE_MODES & set(e.modes)
                      and not _TWO_SIDED.search(text_of(e.span))}
    casualties = _casualties(figures, resolve, side_of, two_sided=len(actors) == 2,
                             armed_group=groups[0] if len(actors) == 2 and len(groups) == 1 else None,
                             sides=tuple(actors) if len(actors) == 2 else (),
                             attacked=actors[0] if len(actors) == 1 and not _is_group(actors[0]) else None,
                             home=_home(actors, places),
                             struck=struck and (lambda f: f.event in one_sided if f.event is not None
                                                else bool(events) and len(one_sided) == len(events)))
    precision = "day" if start and (not end or end == start) else ("span" if start else "unknown")
    if start and not any(ep.precise for ep in dated):
        precision = "month"
    date_words = "; ".join(dict.fromkeys(e.date.text for e in events if e.date))
    return Incident(iid, start, end if end and end != start else None, date_words or _date_text(start, end),
                    precision, title, kind, modes, places, actors, summary, casualties, sources,
                    ceasefire)


def _home(actors: tuple[str, ...], places: tuple[str, ...]) -> str | None:
    """The state whose people an incident's toll with no side counts, where armed groups alone fight:
    the one its places lie in."""
    return _home_state(places) if actors and all(_is_group(a) for a in actors) else None


def _home_state(places: tuple[str, ...]) -> str | None:
    """The one state every place of the gazetteer among `places` lies in (or is held by), if there
    is one: where fighting with no state among its sides took place."""
    states = _place_states(places)
    return states.pop() if len(states) == 1 and None not in states else None


def _group_attack(text: str, by_mode: bool) -> bool:
    """The sentence tells of an attack of an armed group's kind (a bombing, a massacre, hostages taken:
    `by_mode`; or an attack on a place or people of civilians) whose subject is no state: the last
    state or group its clause names before the cue, after its last speech verb and not as where, is
    not one ("quân đội Nigeria tấn công một ngôi làng", "binh sĩ Burkina Faso thảm sát dân làng";
    but "cảnh sát Kenya cho biết khoảng 50 tay súng al-Shabaab tấn công thị trấn Mpeketoni")."""
    cue = (_ONE_SIDED_CUE if by_mode else _ON_CIVILIANS).search(text)
    if cue is None:
        return False
    gaz = gazetteer()
    start = cue.start() - len(clause_before(text, cue.start()))
    for verb in CUES.speech.finditer(text, start, cue.start()):
        start = verb.end()
    last = None
    for g in gaz.pattern.finditer(text, start, cue.start()):
        key = gaz.surfaces[g.group(0)]
        if (gaz.entries[key].kind in ("country", "group") or gaz.state_of(key)) \
                and not _LOCATED.search(text, max(0, g.start() - 60), g.start()):
            last = key
    return last is None or not (gaz.entries[last].kind == "country" or gaz.state_of(last))


def _located_in(text: str) -> set[str]:
    """The states a sentence says something happened in, by their names or their capitals', after
    "ở", "tại" and words of place ("ở miền Bắc Burkina Faso", "ở thủ đô Baghdad")."""
    gaz = gazetteer()
    return {key for g in gaz.pattern.finditer(text) if gaz.entries[key := gaz.surfaces[g.group(0)]].kind == "country"
            and _LOCATED.search(text, max(0, g.start() - 60), g.start())}


def _place_states(places) -> set[str | None]:
    """The states the places of the gazetteer among `places` lie in or are held by (None for a place
    whose state has no authorities of its own); regions and seas of no state are left out."""
    gaz = gazetteer()
    return {place_authority(entry, gaz) for p in places
            if (key := gaz.surfaces.get(p)) and (entry := gaz.entries[key]).kind == "place"
            and (entry.parent or entry.held_by)}


def _is_group(actor_id: str) -> bool:
    entry = gazetteer().get(actor_id)
    return actor_id.startswith("group-") or (entry is not None and entry.kind == "group")


def _casualties(figures: list[Figure], resolve, side_of, two_sided: bool = True,
                armed_group: str | None = None, sides: tuple[str, ...] = (),
                attacked: str | None = None, home: str | None = None, struck=None) -> tuple[Casualty, ...]:
    """One Casualty per (side, kind, number); every report of it is kept with its reporter.

    Without two sides (fighting within one state, an attack by no named side), a state's toll is
    of everyone it counts, not of a side: "Bộ Y tế Libya cho biết 32 người đã thiệt mạng trong các
    cuộc giao tranh giữa những nhóm vũ trang"; but the members of its forces are its own. Where a
    state fights one armed group (`armed_group`), the gunmen counted with no side are the group's; and
    between two `sides`, the people an attack by one of them killed are the other state's; where the one
    side is a state (`attacked`), those an armed group's attack killed are its own ("JNIM ... tuyên bố giết
    khoảng 300 người" at Barsalogho). Where armed groups alone fight, the people counted with no side,
    not fighters nor foreigners nor those one says it killed, are of the state the fighting took place in
    (`home`): the civilians of Zamzam are Sudan's. Where a state and an armed group fight on the
    state's ground, the people an attack of the group's kind killed (`struck` tells which: bombings,
    massacres, hostages taken), with no side named, are the state's."""
    grouped: dict[tuple, list[tuple[Figure, str | None, str | None]]] = {}
    for f in sorted(figures, key=lambda f: (f.span.article, f.span.paragraph, f.span.start)):
        reporter = resolve(f.reported_by) if f.reported_by else None
        party = resolve(f.party) if f.party else (side_of(reporter) if f.own_side and reporter else None)
        if not f.party and party and not _is_group(party) and _HOSTILE.match(f.text):
            party = None   # "Theo công tố viên, bảy kẻ tấn công đã chết": a state's foes, not its own
        if not two_sided and (f.inferred or (f.own_side and not f.party)) and not _SERVICE.match(f.text):
            party = None
        if party is None and armed_group and _HOSTILE.match(f.text) and not _NOT_THE_GROUPS.search(f.text):
            party = armed_group   # "cả bốn tay súng đã bị tiêu diệt": the gunmen of the group a state fights
        if party is None and f.by and (by := resolve(f.by)) in sides:
            other = next(s for s in sides if s != by)
            # a state's people; those an attack on an armed group's ground killed are not the group's
            party = None if _is_group(other) else other
        elif party is None and f.by and attacked and (by := resolve(f.by)) != attacked and _is_group(by):
            party = attacked
        if party is None and struck and not f.by and struck(f) and not (reporter and _is_group(reporter)) \
                and not _FIGHTERS.match(f.text) and not _SERVICE.match(f.text) and not _FOREIGN.search(f.text):
            party = next(s for s in sides if not _is_group(s))   # the people of the state an armed group struck
        if party is None and home and not (f.by and reporter == resolve(f.by)) and not _FIGHTERS.match(f.text) \
                and not _SERVICE.match(f.text) and not _FOREIGN.search(f.text):
            party = home   # the civilians of the state where armed groups fought (not those one says it killed)
        grouped.setdefault((party, f.kind, f.number), []).append((f, reporter, party))
    # A side given only by who reported a count of people (its own, as a state's toll usually is), where
    # an earlier report gave the same count to another side, is that count told by the other side: Russia's
    # ministry on "thảm kịch khiến 12 người chết" after Ukraine's toll of its 12 dead (not a state's count
    # of its soldiers: "Bộ Quốc phòng Azerbaijan cho biết 49 binh sĩ đã thiệt mạng" is its own).
    first: dict[tuple, tuple] = {}
    for key in list(grouped):
        if key[0] is None:
            continue
        told = first.setdefault(key[1:], key)
        if told != key and all((f.inferred or (f.own_side and not f.party)) and not _SERVICE.match(f.text)
                               for f, _, _ in grouped[key]):
            grouped[told].extend(grouped.pop(key))
    # A figure whose side the text leaves open and that equals one attributed figure of the
    # incident is another report of it ("4 quân nhân thiệt mạng" after "4 quân nhân nước này").
    attributed: dict[tuple, list[tuple]] = defaultdict(list)
    for key in grouped:
        if key[0] is not None:
            attributed[key[1:]].append(key)
    for key in [k for k in grouped if k[0] is None]:
        owners = attributed.get(key[1:], [])
        if len(owners) == 1:
            grouped[owners[0]].extend(grouped.pop(key))
    out = []
    for (party, kind, number), items in grouped.items():
        f0, rep0, _ = items[0]
        reports = tuple(Report(rep, f.qualifier, Ref(f.span.article, f.span.paragraph), f.text) for f, rep, _ in items)
        quals = Counter(f.qualifier for f, _, _ in items)
        qualifier = sorted(quals.items(), key=lambda kv: (-kv[1], kv[0] == "exact", kv[0]))[0][0]
        out.append(Casualty(party, kind, number, qualifier, rep0, Ref(f0.span.article, f0.span.paragraph),
                            f0.text, reports))
    return tuple(out)
