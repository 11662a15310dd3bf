"""Small text helpers shared by the sentence-level extractors."""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from ..lexicon import alternation, vocabulary
from ..model import DateValue, Mention, Span

ACTOR_KINDS = ("person", "country", "organization", "group")
_R = vocabulary("reactions.yml")
ASIDE_OF_STATE = re.compile(rf"\s*{alternation(_R['aside_state_leads'])}"
                            rf"(?!\s+{alternation(_R['aside_state_not_before'])}(?!\w))\s")
"""An aside saying what state the one named before its comma is: "Iran, nước hậu thuẫn Hamas, lên án" (not the
state named again: "..., nước này cho biết")."""
CURRENT_DAYS = vocabulary("events.yml")["current_days"]
"""The most days an article's news may lie before its publication to be current, not history."""
# Quotations, also with mismatched marks ("... ” / “ ... "), as the press often types them.
# Bounded in length: an opening mark never closed must not make every lookup scan to the
# end of a long paragraph (that made extraction quadratic in the paragraph's length).
MAX_QUOTE = 600
QUOTE = re.compile(rf"“([^”\"]{{3,{MAX_QUOTE}}})[”\"]|\"([^\"”]{{3,{MAX_QUOTE}}})[\"”]")


@functools.lru_cache(maxsize=256)
def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every quotation in text; a pure function, cached because the
    sentence-level extractors ask about the same sentence many times."""
    return tuple((m.start(), m.end()) for m in QUOTE.finditer(text))


def in_quote(text: str, pos: int) -> bool:
    spans = quote_spans(text)
    i = bisect.bisect_left(spans, (pos, -1)) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


def is_past(d: DateValue, published) -> bool:
    """The date lies before the news window of an article published on `published`."""
    return published is not None and (d.end or d.start) < published - dt.timedelta(days=CURRENT_DAYS)


def shift(m: Mention, by: int) -> Mention:
    """A mention with offsets relative to its sentence (for local reasoning only)."""
    # Positional, not dataclasses.replace: this runs for every mention of every sentence.
    return Mention(m.key, m.surface, Span(m.span.article, m.span.paragraph, m.span.start + by, m.span.end + by),
                   m.kind, m.role, m.affiliation, m.name, m.as_place,
                   None if m.head is None else m.head + by, None if m.tail is None else m.tail + by, m.in_role,
                   m.office_state)


def in_sentence(mentions, start: int, end: int) -> list[Mention]:
    """The mentions (sorted by start) that start in [start, end), shifted to the sentence."""
    i = bisect.bisect_left(mentions, start, key=lambda m: m.span.start)
    j = i
    while j < len(mentions) and mentions[j].span.start < end:
        j += 1
    if not start:   # a paragraph's first sentence, most sentences: shifting by 0 gives equal values
        return list(mentions[i:j])
    return [shift(m, -start) for m in mentions[i:j]]


_AND = re.compile(r"\svà\s")


def clause_before(text: str, end: int, start: int = 0, seps: str = ",;:", and_: bool = False) -> str:
    """`re.split("[<seps>]" (+ r"|\\svà\\s" with and_), text[start:end])[-1]`: the text after the
    last separator before `end`. Found with rfind rather than by splitting the whole prefix,
    which made every cue of a long sentence cost its length again. No " và " match spans a
    separator, so splitting only what follows the last separator gives the same last piece."""
    cut = max(text.rfind(ch, start, end) for ch in seps) + 1
    piece = text[max(cut, start):end]
    return _AND.split(piece)[-1] if and_ and "và" in piece else piece
