"""One spelling of the Vietnamese tone mark's place (data/orthography.yml): "hoà" is read as
"hòa", "thuỷ" as "thủy", so that every vocabulary needs one form of each word. Only a tone mark
moves, within one syllable: the text keeps its length, and every offset into it stays true."""
from __future__ import annotations

import functools
import re
import unicodedata

from .lexicon import load_yaml

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


@functools.cache
def _rules() -> tuple[re.Pattern, frozenset[str], int]:
    data = load_yaml("orthography.yml")
    pairs = []
    for first, seconds in data["glides"].items():
        toned = "".join(unicodedata.normalize("NFC", v + mark) for v in seconds for mark in _TONE_MARKS)
        pairs.append(f"{re.escape(first)}[{toned}]")
    # The pair at a word's end opens the match (a scan for its first vowel is fast); what stands
    # before it, the onset, is checked on the few matches.
    pattern = re.compile(rf"(?:{'|'.join(pairs)})(?![^\W\d_])", re.IGNORECASE)
    return pattern, frozenset(data["onsets"]) | {""}, max(map(len, data["onsets"]))


def traditional_tones(text: str) -> str:
    """`text` (NFC) with the tone of each open oa, oe, uy syllable on its first vowel."""
    pattern, onsets, reach = _rules()   # reach: the letters of the longest onset ("ngh")

    def move(m: re.Match) -> str:
        start = m.start()
        lead = start
        while lead > 0 and start - lead < reach and text[lead - 1].isalpha():
            lead -= 1
        pair = m.group(0)
        if (lead > 0 and text[lead - 1].isalpha()) or text[lead:start].lower() not in onsets:
            return pair   # a longer word, or letters before the pair that are no onset
        base, mark = unicodedata.normalize("NFD", pair[1])
        return unicodedata.normalize("NFC", pair[0] + mark) + base
    return pattern.sub(move, text)
