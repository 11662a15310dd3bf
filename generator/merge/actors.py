"""Mentions across articles -> one Actor per real-world entity.

People are keyed by their full name; a surname alone ("ông Blinken",
"Tổng thống Putin") or a transliteration variant ("Sergey"/"Sergei") joins
the full name it belongs to. Agencies and places are not actors.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..extract.actors import _edit1, slug
from ..lexicon import Gazetteer, people, vocabulary
from ..model import Actor, Extraction, Mention
from .ids import Ids
from .refs import sorted_refs

ACTOR_KINDS = ("person", "country", "organization", "group")
# A particle glued to a surname ("al-Burhan"): the press also writes the surname without it.
_PARTICLE = re.compile(r"^(?:" + "|".join(vocabulary("actors.yml")["name_particles"]) + r")-(?=\w)", re.I)
_GROUP_NAME = re.compile(r"\s+(?:vùng|khu vực|tại|ở|của)\s+")


def _initial_of(initial: str, given: str) -> bool:
    """"V." is the initial of "Vladimir"."""
    return len(initial) == 2 and initial.endswith(".") and len(given) > 2 and given[0] == initial[0]


def _tokens(name: str) -> list[str]:
    # "V.Putin" is two words, an initial and a surname
    return re.sub(r"(?<!\w)(\w\.)(?=\w)", r"\1 ", name).split()


def person_resolver(mentions: list[Mention]) -> dict[str, str]:
    """Map every person key to the key of its fullest name."""
    names: dict[str, str] = {}
    for m in mentions:
        if m.kind == "person":
            names.setdefault(m.key, m.name or m.surface)
    full = sorted((k for k, n in names.items() if len(_tokens(n)) >= 2), key=lambda k: (-len(names[k]), k))
    canon: dict[str, str] = {}
    # Transliteration variants share the last name ("Sergey"/"Sergei Lavrov"): compared only
    # within one last name, so the work stays linear in the number of people.
    by_surname: dict[str, list[str]] = defaultdict(list)
    for k in full:
        by_surname[_tokens(names[k])[-1]].append(k)
    for k in full:
        if k in canon:
            continue
        canon[k] = k
        first, *middle, last = _tokens(names[k])
        for other in by_surname[last]:
            if other in canon:
                continue
            o_first, *o_middle, _ = _tokens(names[other])
            if middle and o_middle and not all(_edit1(a, b, 2) or _initial_of(a, b) or _initial_of(b, a)
                                               for a, b in zip(middle, o_middle)):
                continue   # "Muhammad Ijaz Khan" and "Muhammad Azam Khan" are two people; "George W. Bush" is one
            if _edit1(o_first, first, 2) or _initial_of(o_first, first) or _initial_of(first, o_first):
                canon[other] = k
    # A one-word name is the full name's last word ("Pashinyan"), or, for names written
    # given-name first and used so in second mentions (Thai, Malay: "Phumtham", "Anwar"), its first.
    by_last: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for k in full:
        last = _tokens(names[k])[-1]
        by_last[last].add(canon[k])
        bare = _PARTICLE.sub("", last)
        if bare != last:
            by_last[bare].add(canon[k])   # "tướng Burhan" is Abdel Fattah al-Burhan
        by_first[_tokens(names[k])[0]].add(canon[k])
    for k, n in names.items():
        if k in canon:
            continue
        owners = by_last.get(n) or by_first.get(n) or set()
        canon[k] = next(iter(owners)) if len(owners) == 1 else k
    return canon


def _group_name(surfaces: list[str], place: str, proper=frozenset()) -> str:
    """The plainest written form: "chính quyền ly khai X" over "lực lượng ly khai vùng X"; a
    sentence's capital dropped, but not a name's (`proper`: "DPR", not "dPR")."""
    def plain(s: str) -> str:
        s = _GROUP_NAME.sub(" ", s)
        return s if s in proper else s[:1].lower() + s[1:]
    ranked = sorted(surfaces, key=lambda s: (not s.lower().startswith("chính quyền"), len(plain(s)), s))
    return plain(ranked[0]) if ranked else place


def _person_of(name: str, aliases) -> str | None:
    """The state, organisation or group a well-known person belongs to, by a full name of his as
    people.yml spells it (its aliases hold the spellings without diacritics): not by a folded form,
    under which two-syllable Sino-Vietnamese names ("Lý Huy") would match others."""
    known = people()
    return next((known[n] for n in (name, *aliases) if len(_tokens(n)) > 1 and n in known), None)


def build_actors(extractions: tuple[Extraction, ...], gaz: Gazetteer) -> tuple[tuple[Actor, ...], dict[str, str]]:
    """(actors sorted by id, map from every mention key to its actor id)."""
    mentions = [m for x in extractions for m in x.mentions if m.kind in ACTOR_KINDS]
    persons = person_resolver(mentions)
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        key = persons.get(m.key, m.key) if m.kind == "person" else m.key
        by_key[key].append(m)
    # Persons known only by a surname with no title are too weak to list.
    ids: dict[str, str] = {}
    used = Ids()
    records = []
    for key in sorted(by_key):
        ms = by_key[key]
        kind = ms[0].kind
        if kind == "person":
            name = max((m.name or m.surface for m in ms), key=lambda n: (len(_tokens(n)), len(n), n))
            if len(_tokens(name)) < 2 and not any(m.role for m in ms):
                continue
            base = slug(name)
        elif kind == "group" and key.startswith("group:"):
            name = _group_name([m.surface for m in ms], ms[0].name or key[6:], gaz.surfaces)
            base = "group-" + key[6:]
        elif key.startswith("org:"):
            name = ms[0].name or ms[0].surface   # an organisation the text introduced
            base = key[4:]
        else:
            entry = gaz.get(key)
            name = entry.name if entry else ms[0].surface
            base = key
        aid = used.take(base)
        ids[key] = aid
        records.append((key, aid, name, kind, ms))
    for k, v in persons.items():
        if v in ids:
            ids.setdefault(k, ids[v])
    actors = []
    for key, aid, name, kind, ms in records:
        surfaces = [m.surface for m in ms]
        if kind == "group" and key.startswith("group:"):
            surfaces.append(ms[0].name or "")
        aliases = tuple(sorted({s for s in surfaces if s and s != name}))
        roles = tuple(dict.fromkeys(m.role for m in ms if m.role))
        affs = Counter(ids.get(m.affiliation, m.affiliation) for m in ms if m.affiliation)
        if not affs and kind == "person" and (known_as := _person_of(name, aliases)):
            affs = Counter({ids.get(known_as, known_as): 1})   # "Tổng thống Yoon Suk-yeol": a known person's state
        affs = affs or Counter(ids.get(m.office_state, m.office_state) for m in ms if m.office_state)
        affiliation = sorted(affs.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if affs else None
        if affiliation is None and (state := gaz.state_of(key)):
            affiliation = ids.get(state, state)   # a state's armed force (the IRGC) is that state's
        refs = sorted_refs((m.span.article, m.span.paragraph) for m in ms)
        actors.append(Actor(aid, name, kind, aliases, roles, affiliation, refs))
    actors.sort(key=lambda a: a.id)
    # Affiliations that point at keys we never listed (e.g. a state only named in a title).
    known = {a.id for a in actors}
    actors = [a if a.affiliation in known or a.affiliation is None else
              Actor(a.id, a.name, a.type, a.aliases, a.roles, None, a.mentions) for a in actors]
    return tuple(actors), ids
