"""Casualty figures: "ít nhất 49 binh sĩ ... thiệt mạng", "họ mất 50 người".

The side that suffered a figure is the nationality written with it, else the
reporter's own side when the reporter is a party (belligerents report their
own losses); the reporter is found by the caller (extract/article.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import alternation, vocabulary

_V = vocabulary("figures.yml")
_WORDNUM = alternation(k for k, v in _V["number_words"].items() if v <= 10 and k not in ("mươi", "chục", "tư", "năm"))
_NUM = rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?|{_WORDNUM})"
_MULT = alternation(_V["multipliers"])
_QUAL = alternation(_V["qualifiers"])
_PEOPLE = alternation(_V["people"])
_KIND = alternation(_V["kinds"])
_LOST = alternation(_V["lost_verbs"])
_B = r"(?<![\wÀ-ỹ.,])"

FIGURE = re.compile(
    rf"{_B}(?:(?P<qual>{_QUAL})\s+)?(?P<num>{_NUM})(?:\s+(?P<mult>{_MULT}))?\s+(?P<noun>{_PEOPLE})(?![\wÀ-ỹ])"
    rf"(?P<mod>[^,.;:!?\d“”\"()]{{0,70}}?)\s+(?:(?:đã|đều|bị|đã bị|cũng|được xác nhận)\s+)*(?P<kind>{_KIND})(?![\wÀ-ỹ])")
LOST = re.compile(
    rf"{_B}{_LOST}\s+(?:(?P<qual>{_QUAL})\s+)?(?P<num>{_NUM})(?:\s+(?P<mult>{_MULT}))?\s+(?P<noun>{_PEOPLE})(?![\wÀ-ỹ])")
_BREAKDOWN = re.compile(alternation(_V["breakdown"]) + r"\s*$")
_VAGUE = re.compile(r"hàng\s*$")


@dataclass(frozen=True, slots=True)
class RawFigure:
    start: int
    end: int
    kind: str
    number: int
    qualifier: str
    modifier: str
    """Words between the noun and the verb ("của họ", "Azerbaijan")."""
    noun_end: int


def parse_number(num: str, mult: str | None) -> int | None:
    words = _V["number_words"]
    if num in words:
        value = words[num]
    else:
        cleaned = num.replace(".", "")
        if "," in cleaned:
            try:
                value = float(cleaned.replace(",", "."))
            except ValueError:
                return None
        else:
            value = int(cleaned)
    if mult:
        value = value * _V["multipliers"][mult]
    value = int(round(value))
    return value if value > 0 else None


def find_figures(text: str) -> list[RawFigure]:
    out: list[RawFigure] = []
    for m in FIGURE.finditer(text):
        before = text[: m.start()]
        if _BREAKDOWN.search(before[-20:]) or _VAGUE.search(before[-6:]):
            continue
        number = parse_number(m.group("num"), m.group("mult"))
        if number is None:
            continue
        qual = _V["qualifiers"].get(m.group("qual") or "", "exact")
        out.append(RawFigure(m.start(), m.end(), _V["kinds"][m.group("kind")], number, qual,
                             m.group("mod").strip(), m.end("noun")))
    for m in LOST.finditer(text):
        if any(f.start <= m.start() < f.end for f in out):
            continue
        number = parse_number(m.group("num"), m.group("mult"))
        if number is None:
            continue
        qual = _V["qualifiers"].get(m.group("qual") or "", "exact")
        out.append(RawFigure(m.start(), m.end(), "killed", number, qual, "", m.end("noun")))
    return sorted(out, key=lambda f: f.start)
