"""Loads the shipped reference data (generator/data) into read-only values.

The data is general knowledge about the Vietnamese press and international
affairs (names, titles, vocabulary); nothing in it is specific to one corpus.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import yaml

DATA = Path(__file__).parent / "data"


# libyaml's parser when PyYAML has it: the shipped data takes 0.07 s to load instead of 0.6 s.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(name: str):
    with open(DATA / name, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    name: str
    kind: str
    """country | organization | group | agency | place"""
    aliases: tuple[str, ...]
    parent: str | None = None
    """For places: the country; for organs: the parent organisation."""


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

    def get(self, key: str) -> Entry | None:
        return self.entries.get(key)


_FILES = (
    ("countries.yml", "country"),
    ("organizations.yml", "organization"),
    ("groups.yml", "group"),
    ("agencies.yml", "agency"),
    ("places.yml", "place"),
)

WORD = r"[\wÀ-ỹĐđ]"
"""A letter or digit of Vietnamese text (\\w already covers most; listed for clarity)."""


@functools.cache
def gazetteer() -> Gazetteer:
    entries: dict[str, Entry] = {}
    surfaces: dict[str, str] = {}
    for fname, kind in _FILES:
        path = DATA / "gazetteer" / fname
        if not path.exists():
            continue
        for rec in load_yaml(f"gazetteer/{fname}") or []:
            names = [rec["name"], *(rec.get("aliases") or []), *(rec.get("metonyms") or [])]
            entry = Entry(
                id=rec["id"], name=rec["name"], kind=kind,
                aliases=tuple(dict.fromkeys(n for n in names if n)),
                parent=rec.get("country") or rec.get("parent"),
            )
            if entry.id in entries:
                continue
            entries[entry.id] = entry
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
    alternation = "|".join(re.escape(s) for s in sorted(surfaces, key=lambda s: (-len(s), s)))
    pattern = re.compile(rf"(?<!{WORD})(?:{alternation})(?!{WORD})")
    return Gazetteer(MappingProxyType(entries), MappingProxyType(surfaces), titles, honorifics, pattern)


@functools.cache
def vocabulary(name: str) -> MappingProxyType:
    """A cue file from generator/data (events.yml, figures.yml, ...)."""
    return MappingProxyType(load_yaml(name))


def alternation(words) -> str:
    """A regex alternation of literal words, longest first, as a non-capturing group."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"
