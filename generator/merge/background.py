"""Background sentences -> deduplicated, dated context entries, oldest first."""
from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import Counter, defaultdict

from ..model import Background, Context
from .refs import sorted_refs

_NUM = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")


def _period(c: Context) -> tuple[str | None, tuple[int, int, int]]:
    d = c.date
    if d is None or d.start is None:
        if c.years:
            y0, y1 = min(c.years), max(c.years)
            return (str(y0) if y0 == y1 else f"{y0}-{y1}"), (y0, 0, 0)
        return None, (9999, 0, 0)
    if d.precision == "day":
        return d.start.isoformat(), (d.start.year, d.start.month, d.start.day)
    if d.precision == "month":
        return f"{d.start.year}-{d.start.month:02d}", (d.start.year, d.start.month, 0)
    y0, y1 = min(c.years or (d.start.year,)), max(c.years or (d.start.year,))
    return (str(y0) if y0 == y1 else f"{y0}-{y1}"), (y0, 0, 0)


def _words(text: str) -> set[str]:
    return set(unicodedata.normalize("NFC", text.lower()).split())


def _numbers(text: str) -> set[str]:
    return {n.replace(".", "") for n in _NUM.findall(text)}


def _shared_words_needed(n: int) -> int:
    """Words two entries must share when the smaller has n words: 60 % of them (the same float
    comparison as `shared >= 0.6 * n`, for a whole number of shared words)."""
    return math.ceil(0.6 * n)


class _Twins:
    """The first kept entry of the same period that a new entry tells again, found without
    comparing every pair (a period such as a year gathers thousands of entries in a large corpus).

    A twin holds every number of the new entry, so when it has numbers the candidates are the
    kept entries holding all of them. Otherwise, prefix filtering, as in set-similarity joins:
    with every entry's words ordered rarest first, two word sets that share at least t words, the
    smaller of size s, share a word among the first s - t + 1 words of the smaller one (else all
    t shared words would sit in its last t - 1). So the candidates are the kept entries whose
    prefix holds one of its words (they are the smaller) and those holding one of its prefix words
    (it is the smaller). Each candidate is then checked with the full rule, in the order kept."""

    def __init__(self, texts) -> None:
        self.counts: Counter = Counter()
        self.vocabulary: dict[str, str] = {}  # one string per distinct word, shared by every set
        for text in texts:
            for w in _words(text):
                self.counts[self.vocabulary.setdefault(w, w)] += 1
        self.periods: dict[str, _Period] = defaultdict(_Period)

    def describe(self, e: dict) -> None:
        """An entry's words, rarest first, and numbers: made when its turn comes, kept only if it is."""
        e["words"] = {self.vocabulary[w] for w in _words(e["text"])}
        e["numbers"] = _numbers(e["text"])
        words = sorted(e["words"], key=lambda w: (self.counts[w], w))
        e["prefix"] = words[:len(words) - _shared_words_needed(len(words)) + 1]

    def add(self, e: dict) -> None:
        self.periods[e["period"]].add(e)

    def first(self, e: dict) -> dict | None:
        period = self.periods.get(e["period"])
        return period.first(e) if period else None


class _Period:
    """The kept entries of one period, indexed by their numbers and words (by position, which is
    the order they were kept in)."""

    def __init__(self) -> None:
        self.kept: list[dict] = []
        self.by_number: dict[str, list[int]] = defaultdict(list)
        self.by_prefix_word: dict[str, list[int]] = defaultdict(list)
        self.by_word: dict[str, list[int]] = defaultdict(list)
        self.wordless: list[int] = []

    def add(self, e: dict) -> None:
        i = len(self.kept)
        self.kept.append(e)
        for n in e["numbers"]:
            self.by_number[n].append(i)
        if not e["words"]:
            self.wordless.append(i)
        for w in e["prefix"]:
            self.by_prefix_word[w].append(i)
        for w in e["words"]:
            self.by_word[w].append(i)

    def first(self, e: dict) -> dict | None:
        if e["numbers"]:
            holding = sorted((self.by_number.get(n, ()) for n in e["numbers"]), key=len)
            candidates = sorted(set(holding[0]).intersection(*holding[1:]))
        elif not e["words"]:  # shares "most" of nothing with anyone: every entry of the period is a candidate
            candidates = range(len(self.kept))
        else:
            found = set(self.wordless)
            for w in e["words"]:
                found.update(self.by_prefix_word.get(w, ()))
            for w in e["prefix"]:
                found.update(self.by_word.get(w, ()))
            candidates = sorted(found)
        for i in candidates:
            m = self.kept[i]
            if e["numbers"] <= m["numbers"] and len(m["words"] & e["words"]) >= 0.6 * min(len(m["words"]), len(e["words"])):
                return m
        return None


def entries_of(contexts: list[Context]) -> list[dict]:
    """One entry per run of consecutive background sentences of one paragraph: its period, sort
    key, text and (article, paragraph) sources."""
    grouped: list[list[Context]] = []
    for c in contexts:
        prev = grouped[-1][-1] if grouped else None
        if prev and prev.span.article == c.span.article and prev.span.paragraph == c.span.paragraph \
                and (not c.years or c.years == prev.years or not prev.years):
            grouped[-1].append(c)
        else:
            grouped.append([c])
    entries = []
    for group in grouped:
        head = next((c for c in group if c.date), group[0])
        period, key = _period(head)
        text = " ".join(c.text for c in group)
        entries.append({"period": period, "key": key, "text": text,
                        "refs": [(c.span.article, c.span.paragraph) for c in group]})
    return entries


def build_background(contexts: list[Context]) -> tuple[Background, ...]:
    entries = entries_of(contexts)
    # Two entries are one fact told twice when their texts are equal, or when they share the
    # period and most words and the second adds no number of its own (else both are kept).
    merged: list[dict] = []
    twins = _Twins(e["text"] for e in entries if e["period"] is not None)
    by_text: dict[str, dict] = {}
    for e in entries:
        twin = by_text.get(e["text"])
        if twin is None and e["period"] is not None:
            twins.describe(e)
            twin = twins.first(e)
        if twin:
            twin["refs"].extend(e["refs"])
            for field in ("words", "numbers", "prefix"):
                e.pop(field, None)
        else:
            merged.append(e)
            if e["period"] is not None:
                twins.add(e)
            by_text[e["text"]] = e
    out = []
    for e in merged:
        digest = hashlib.sha1(e["text"].encode()).hexdigest()[:8]
        refs = sorted_refs(e["refs"])
        out.append(Background(f"bg-{e['period'] or 'context'}-{digest}", e["period"], e["key"], e["text"], refs))
    out.sort(key=lambda b: (b.sort_key, b.id))
    return tuple(out)
