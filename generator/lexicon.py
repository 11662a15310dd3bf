"""Loads the shipped reference data (generator/data) into read-only values.

The data is general knowledge about the Vietnamese press and international
affairs (names, titles, vocabulary); nothing in it is specific to one corpus.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import yaml

from .frozen import frozen

DATA = Path(__file__).parent / "data"


# libyaml's parser when PyYAML has it: the shipped data takes 0.07 s to load instead of 0.6 s.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(name: str):
    with open(DATA / name, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)


_PEOPLE_LINE = re.compile(r'- name: ("[^"\\]*")|  aliases: (\[[^\\]*\])|  of: ("[^"\\]*")')


def read_people(text: str) -> list[dict] | None:
    """people.yml as it is written (a quoted name, a list of quoted aliases and a quoted id per line, JSON's
    syntax as well as YAML's), read as JSON: 0.01 s where the YAML loader takes 0.15 s, on every cold run
    that extracts. None at the first line of another shape: then the YAML loader reads the file."""
    out: list[dict] = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        m = _PEOPLE_LINE.fullmatch(line)
        if m is None or (m.group(1) is None and not out):
            return None
        name, aliases, of = m.groups()
        if name is not None:
            out.append({"name": json.loads(name)})
        elif aliases is not None:
            out[-1]["aliases"] = json.loads(aliases)
        else:
            out[-1]["of"] = json.loads(of)
    return out


@frozen
class Entry:
    id: str
    name: str
    kind: str
    """country | organization | group | agency | place"""
    aliases: tuple[str, ...]
    parent: str | None = None
    """For places: the country; for organs: the parent organisation; for a state's armed force
    (organizations.yml `country`): that state; for a regional government (groups.yml `country`):
    the state it governs a region of."""
    polity: bool = False
    """A breakaway region with authorities of its own (places.yml `polity: true`): named as a
    party rather than as a place, it stands for those authorities."""
    authorities: tuple[str, ...] = ()
    """For a polity: the names of its self-proclaimed state (places.yml `authorities`), also among
    `aliases`: they stand for its authorities, not for the land."""
    held_by: str | None = None
    """For a place another power holds than the state it belongs to (places.yml `held_by`): that power's
    id, a state's or a breakaway region's. Its local authorities and office holders are that power's."""


@dataclass(frozen=True)
class Gazetteer:
    entries: MappingProxyType
    """id -> Entry"""
    surfaces: MappingProxyType
    """surface form (as written) -> id"""
    titles: tuple[tuple[str, str], ...]
    """(title, role key), longest first"""
    honorifics: tuple[str, ...]
    pattern: re.Pattern
    """One alternation of every surface form, longest first."""
    metonyms: frozenset = frozenset()
    """Surfaces that name a state by its capital or seat of power ("Kabul", "Nhà Trắng"): a
    place, where the text says where something happened."""

    def get(self, key: str) -> Entry | None:
        return self.entries.get(key)

    def state_of(self, key: str) -> str | None:
        """The state an organisation belongs to (organizations.yml `country`: the IRGC is Iran's),
        else None."""
        entry = self.entries.get(key)
        if entry is None or entry.kind != "organization" or not entry.parent:
            return None
        state = self.entries.get(entry.parent)
        return state.id if state is not None and state.kind == "country" else None


_FILES = (
    ("countries.yml", "country"),
    ("organizations.yml", "organization"),
    ("groups.yml", "group"),
    ("agencies.yml", "agency"),
    ("places.yml", "place"),
)

WORD = r"\w"
"""A word character: Python's \\w for text (a letter or digit, by str.isalnum, or "_"). It holds every precomposed
Vietnamese letter, which is all NFC gives for Vietnamese text (`sources` normalises every article). A class that
also spelt out the range "À-ỹ" cost the regex compiler, which is Python, a loop over that range's 7,738 code points
at every copy of it: some 0.15 s of every process's start-up, over the patterns that repeat it. What that range
added and \\w lacks, accepted as no word: "×", "÷", and combining marks that NFC leaves apart where no precomposed
letter exists (Yoruba "Ọ̀"); no corpus here has one."""


@functools.cache
def gazetteer() -> Gazetteer:
    entries: dict[str, Entry] = {}
    surfaces: dict[str, str] = {}
    metonyms: set[str] = set()
    for fname, kind in _FILES:
        path = DATA / "gazetteer" / fname
        if not path.exists():
            continue
        for rec in load_yaml(f"gazetteer/{fname}") or []:
            names = [rec["name"], *(rec.get("aliases") or []), *(rec.get("metonyms") or []),
                     *(rec.get("authorities") or [])]
            entry = Entry(
                id=rec["id"], name=rec["name"], kind=kind,
                aliases=tuple(dict.fromkeys(n for n in names if n)),
                parent=rec.get("country") or rec.get("parent"),
                polity=bool(rec.get("polity")),
                authorities=tuple(rec.get("authorities") or ()),
                held_by=rec.get("held_by"),
            )
            if entry.id in entries:
                continue
            entries[entry.id] = entry
            metonyms.update(rec.get("metonyms") or ())
            for surface in entry.aliases:
                surfaces.setdefault(surface, entry.id)
                # Lowercase-initial aliases also occur capitalised at a sentence start.
                if surface[:1].islower():
                    surfaces.setdefault(surface[:1].upper() + surface[1:], entry.id)
    titles_raw = load_yaml("gazetteer/titles.yml") or []
    titles = tuple(sorted(((t["title"], t.get("role") or "other") for t in titles_raw),
                          key=lambda t: (-len(t[0]), t[0])))
    hon_path = DATA / "gazetteer" / "honorifics.yml"
    honorifics = tuple(load_yaml("gazetteer/honorifics.yml") or []) if hon_path.exists() else ("ông", "bà", "Ông", "Bà")
    pattern = re.compile(rf"(?<!{WORD}){trie(surfaces)}(?!{WORD})")
    return Gazetteer(MappingProxyType(entries), MappingProxyType(surfaces), titles, honorifics, pattern,
                     frozenset(metonyms))


@functools.cache
def people() -> MappingProxyType:
    """Well-known people's full names as written (gazetteer/people.yml name and aliases) -> the id of
    the state, organisation or armed group each belongs to."""
    out: dict[str, str] = {}
    path = DATA / "gazetteer" / "people.yml"
    records = (read_people(path.read_text(encoding="utf-8")) or load_yaml("gazetteer/people.yml")) if path.exists() else []
    for rec in records or []:
        for name in (rec["name"], *(rec.get("aliases") or ())):
            out.setdefault(name, rec["of"])
    return MappingProxyType(out)


@functools.cache
def vocabulary(name: str) -> MappingProxyType:
    """A cue file from generator/data (events.yml, figures.yml, ...)."""
    return MappingProxyType(load_yaml(name))


def with_capitals(words) -> list[str]:
    """The words, and each as written opening a sentence: its first letter capitalised."""
    words = list(words)
    return [*words, *(w[:1].upper() + w[1:] for w in words)]


def alternation(words, not_after: str | None = None) -> str:
    """A regex alternation of literal words, longest first, as a non-capturing group; with
    `not_after` (a character class), only where the text before is not one of its characters."""
    return trie(words, not_after)


def trie(words, not_after: str | None = None) -> str:
    """A regex matching exactly what the alternation of `words`, longest first, matches, and
    in the same order of preference; built as a trie of shared prefixes.

    Why: Python's regex engine tries an alternation's branches one by one at every position,
    so a plain alternation of the gazetteer's 1,000 names scans text at some 0.3 MB/s; the
    trie fails on the first character almost everywhere (8 MB/s). The words that can match
    at one position are prefixes of one another, so "the longer first" is the whole order.
    (Under re.IGNORECASE that holds only for words written in one case, as the vocabularies are.)

    `not_after`: when the words start with few distinct characters (GUARDED_FIRSTS at most), it
    is checked after a word's first character, as `c(?<!{not_after}c)`, not before it as
    `(?<!{not_after})`. A pattern that opens with a look-behind makes the engine try it at every
    position, while one that opens with a literal lets it skip in C to the positions where a
    word's first character stands; at a position holding c the two say the same thing. With
    many first characters there is little to skip, and guarding each of them made extraction
    slower (2 % more instructions over the synthetic benchmark), so the look-behind stays in front.
    """
    root: dict = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, guard: str | None = None) -> str:
        branches = [re.escape(ch) + (f"(?<!{guard}{re.escape(ch)})" if guard else "") + build(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    if not_after and (len(root) > GUARDED_FIRSTS or "" in root):   # "": the empty word has no first character
        return f"(?<!{not_after})(?:" + build(root) + ")"
    return "(?:" + build(root, not_after) + ")"


GUARDED_FIRSTS = 12
"""At most this many distinct first characters, `trie` checks `not_after` after each of them."""
