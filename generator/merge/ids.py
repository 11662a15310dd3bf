"""Unique ids for merged records: the base, else base-2, base-3 ..., the first not taken."""
from __future__ import annotations

import hashlib

BASE_LIMIT = 112
"""The longest base kept whole: with a suffix ("-9999") an id stays within the 120 characters a page or an
anchor may take (write.MAX_ID). A longer base (a reaction of an actor with a long name to an incident of two
such) is cut and ends with a digest of the whole, so two bases cut alike stay apart."""


def fit(base: str) -> str:
    if len(base) <= BASE_LIMIT:
        return base
    digest = hashlib.sha1(base.encode("utf-8")).hexdigest()[:8]
    return f"{base[:BASE_LIMIT - 9].rstrip('-')}-{digest}"


class Ids:
    """Hands out ids in that scheme in constant time per id: a base taken a thousand times
    (one actor's reactions to no incident) does not walk its thousand suffixes again each time.
    Ids only ever get taken, so a suffix found taken once stays taken and the search for the
    next one resumes after it."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self._next: dict[str, int] = {}

    def take(self, base: str) -> str:
        base = fit(base)
        rid = base
        if rid in self.used:
            n = self._next.get(base, 2)
            rid = f"{base}-{n}"
            while rid in self.used:
                n += 1
                rid = f"{base}-{n}"
            self._next[base] = n + 1
        self.used.add(rid)
        return rid
