"""Sources of a merged record: distinct paragraphs, in article then paragraph order."""
from __future__ import annotations

from typing import Iterable

from ..model import Ref


def sorted_refs(pairs: Iterable[tuple[str, int]]) -> tuple[Ref, ...]:
    """(article, paragraph) pairs -> sorted distinct Refs. Pairs, not Refs, are collected on the
    way: a tuple hashes and compares in C, a dataclass in Python (a hub actor has 100,000 mentions)."""
    return tuple(Ref(a, p) for a, p in sorted(set(pairs)))
