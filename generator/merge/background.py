"""Background sentences -> deduplicated, dated context entries, oldest first."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from ..model import Background, Context, Ref

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


def build_background(contexts: list[Context]) -> tuple[Background, ...]:
    # Consecutive sentences of one paragraph form one entry.
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
                        "refs": [Ref(c.span.article, c.span.paragraph) for c in group]})
    # Two entries are one fact told twice when their texts are equal, or when they share the
    # period and most words and the second adds no number of its own (else both are kept).
    merged: list[dict] = []
    by_period: dict[str | None, list[dict]] = {}
    by_text: dict[str, dict] = {}
    for e in entries:
        twin = by_text.get(e["text"]) or next((m for m in by_period.get(e["period"], ()) if (
            e["period"] is not None and _numbers(e["text"]) <= _numbers(m["text"])
            and len(_words(m["text"]) & _words(e["text"])) >= 0.6 * min(len(_words(m["text"])), len(_words(e["text"]))))), None)
        if twin:
            twin["refs"].extend(e["refs"])
        else:
            merged.append(e)
            by_period.setdefault(e["period"], []).append(e)
            by_text[e["text"]] = e
    out = []
    for e in merged:
        digest = hashlib.sha1(e["text"].encode()).hexdigest()[:8]
        refs = tuple(sorted(set(e["refs"]), key=lambda r: (r.article, r.paragraph)))
        out.append(Background(f"bg-{e['period'] or 'context'}-{digest}", e["period"], e["key"], e["text"], refs))
    out.sort(key=lambda b: (b.sort_key, b.id))
    return tuple(out)
