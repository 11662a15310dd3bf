"""Split body paragraphs into sentences (offsets only).

A sentence ends at . ! ? … (and any closing quotes) followed by a space and
an opening quote, a capital letter or a digit. Full stops inside numbers
("6.600"), dates ("20.9") and after initials or abbreviations do not end one,
and neither does punctuation inside an open quotation.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .model import Article, Paragraph, Sentence

_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-ZÀ-ỸĐ0-9])")
_ABBREV = re.compile(r"(?:\b[A-ZĐ]|\bTP|\bThS|\bTS|\bGS|\bPGS|\bBS|\bSt|\bMr|\bMrs|\bDr|\bNo|\bvs|\bv\.v)\.$")
_OPEN, _CLOSE = "“‘", "”’"
_QUOTE_MARK = re.compile("[" + _OPEN + _CLOSE + '"]')
MAX_QUOTE = 600
"""An unclosed quote longer than this is treated as a stray mark, not a quotation."""


class _QuoteState:
    """Whether a position is inside a quotation, for positions asked in increasing order.

    One left-to-right pass over the paragraph in all (asking from the start each
    time made segmentation quadratic in the paragraph's length), visiting only its
    quotation marks (a loop over every character was most of segmenting).
    """

    def __init__(self, text: str):
        self.text, self.i, self.depth, self.straight, self.start = text, 0, 0, False, 0

    def inside(self, pos: int) -> bool:
        if self.i < pos:
            for m in _QUOTE_MARK.finditer(self.text, self.i, pos):
                ch, at = m.group(), m.start()
                if ch in _OPEN:
                    self.depth, self.start = self.depth + 1, at
                elif ch in _CLOSE and self.depth:
                    self.depth -= 1
                elif ch == '"':
                    self.straight, self.start = not self.straight, at
            self.i = pos
        return (self.depth > 0 or self.straight) and pos - self.start < MAX_QUOTE


def sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    state = _QuoteState(text)
    for m in _END.finditer(text):
        end = m.end()
        if _ABBREV.search(text[max(0, m.start() - 4): m.start() + 1]):
            continue
        opened = state.inside(m.start())
        if opened and not state.inside(end):
            pass  # the quote closes here: a real boundary
        elif opened:
            continue
        out.append(Sentence(start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        out.append(Sentence(start, len(text.rstrip()) if text.rstrip() else len(text)))
    return tuple(s for s in _bounded(text, out) if s.end > s.start)


MAX_SENTENCE = 1000
"""Longer runs are cut at a space: news sentences are far shorter, and the sentence-level
extractors look back within a sentence, so an unbounded one would make them quadratic."""


def _bounded(text: str, spans: list[Sentence]) -> list[Sentence]:
    out = []
    for s in spans:
        start = s.start
        while s.end - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut if cut > start else start + MAX_SENTENCE
            out.append(Sentence(start, cut))
            start = cut + 1 if text[cut:cut + 1] == " " else cut
        out.append(Sentence(start, s.end))
    return out


def segment(article: Article) -> Article:
    paragraphs = tuple(
        replace(p, sentences=sentences(p.text)) if p.is_body else p for p in article.paragraphs
    )
    return replace(article, paragraphs=paragraphs)


def sentence_text(paragraph: Paragraph, sentence: Sentence) -> str:
    return paragraph.text[sentence.start: sentence.end]
