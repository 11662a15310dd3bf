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
MAX_QUOTE = 600
"""An unclosed quote longer than this is treated as a stray mark, not a quotation."""


def _inside_quote(text: str, pos: int) -> bool:
    depth, straight, start = 0, False, 0
    for i, ch in enumerate(text[:pos]):
        if ch in _OPEN:
            depth, start = depth + 1, i
        elif ch in _CLOSE and depth:
            depth -= 1
        elif ch == '"':
            straight, start = not straight, i
    return (depth > 0 or straight) and pos - start < MAX_QUOTE


def sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for m in _END.finditer(text):
        end = m.end()
        if _ABBREV.search(text[max(0, m.start() - 4): m.start() + 1]):
            continue
        if _inside_quote(text, m.start()) and not _inside_quote(text, end):
            pass  # the quote closes here: a real boundary
        elif _inside_quote(text, m.start()):
            continue
        out.append(Sentence(start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        out.append(Sentence(start, len(text.rstrip()) if text.rstrip() else len(text)))
    return tuple(s for s in out if s.end > s.start)


def segment(article: Article) -> Article:
    paragraphs = tuple(
        replace(p, sentences=sentences(p.text)) if p.is_body else p for p in article.paragraphs
    )
    return replace(article, paragraphs=paragraphs)


def sentence_text(paragraph: Paragraph, sentence: Sentence) -> str:
    return paragraph.text[sentence.start: sentence.end]
