"""Parse seed articles (as sources.py read them): front matter, tone marks (orthography.py), paragraphs,
boilerplate.

Metadata comes from (in increasing priority) the text itself (outlet tag),
the article's YAML front matter (.md) and the curated overrides/articles.yml.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from . import yamlio
from .errors import InputError, Problem
from .lexicon import vocabulary
from .model import Article, Paragraph, Stripped
from .orthography import traditional_tones
from .sources import Source

# ---------------------------------------------------------------- parsing

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def split_front_matter(source: Source) -> tuple[dict, str, int]:
    """(metadata, body, line offset of body) for .md files with YAML front matter."""
    m = _FRONT.match(source.text) if source.path.endswith(".md") else None
    if not m:
        return {}, source.text, 0
    meta = yamlio.parse(m.group(1), source.path, first_line=2)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(Problem(source.path, 2, "front matter must be a mapping of keys to values"))
    _check_front_matter(meta, source.path)
    return meta, source.text[m.end():], source.text[: m.end()].count("\n")


def _check_front_matter(meta: dict, path: str) -> None:
    """The keys the generator reads must hold what it expects; other keys are left alone."""
    problems = []
    for key in META_KEYS:
        if key not in meta or meta[key] is None:
            continue
        value, line = meta[key], getattr(meta, "lines", {}).get(key, 0) + 1
        if key == "published":
            try:
                _as_date(value, path, line)
            except InputError as exc:
                problems.extend(exc.problems)
        elif not isinstance(value, (str, int, float)) or isinstance(value, bool):
            problems.append(Problem(path, line, f"'{key}' must be text, got {type(value).__name__}"))
        elif key == "url" and not re.match(r"^https?://\S+$", str(value)):
            problems.append(Problem(path, line, f"'url' must be an http(s) address, got {value!r}"))
    if problems:
        raise InputError(problems)


def split_paragraphs(body: str) -> list[tuple[int, str]]:
    """(line, text) per paragraph: blank-line blocks if the text has any, else lines."""
    lines = body.split("\n")
    blocky = any(not l.strip() for l in lines[:-1]) and sum(1 for l in lines if l.strip()) > 1 \
        and any(a.strip() and b.strip() for a, b in zip(lines, lines[1:])) and "\n\n" in body
    out: list[tuple[int, str]] = []
    if blocky:
        start, buf = 0, []
        for i, line in enumerate(lines + [""]):
            if line.strip():
                if not buf:
                    start = i
                buf.append(line.strip())
            elif buf:
                out.append((start + 1, " ".join(buf)))
                buf = []
    else:
        out = [(i + 1, l.strip()) for i, l in enumerate(lines) if l.strip()]
    return out


def _boilerplate_rules():
    v = vocabulary("boilerplate.yml")
    return (re.compile(v["outlet_tag"]), re.compile(v["credit"]), re.compile(v["bare_credit"]),
            re.compile(v["caption_marker"]), tuple(re.compile(p) for p in v["furniture"]),
            re.compile(v["reporter_lead"]), re.compile(v["byline"]))


def strip_boilerplate(raw_paragraphs: list[tuple[int, str]]) -> tuple[list[Paragraph], str | None]:
    """Mark boilerplate; returns paragraphs and the outlet named by a lead tag."""
    outlet_tag, credit, bare_credit, caption_marker, furniture, reporter_lead, byline = _boilerplate_rules()
    n = len(raw_paragraphs)
    boxed = [False] * n
    # A related box opens with a line starting with "|" and closes with one ending with "|".
    i = 0
    while i < n:
        text = raw_paragraphs[i][1]
        if text.startswith("|"):
            j = i
            while j < n and j - i < 8 and not raw_paragraphs[j][1].endswith("|"):
                j += 1
            if j < n and (j > i or text.endswith("|")):
                for k in range(i, j + 1):
                    boxed[k] = True
                i = j + 1
                continue
        i += 1
    wholes: list[str | None] = []
    for idx, (_, raw) in enumerate(raw_paragraphs):
        if boxed[idx]:
            wholes.append("related_box")
        elif any(p.search(raw) for p in furniture):
            wholes.append("furniture")
        elif credit.search(raw) or bare_credit.match(raw) or caption_marker.search(raw):
            wholes.append("caption")
        else:
            wholes.append(None)
    # The byline closes the text, which a page may follow with its furniture (a related line).
    last = max((i for i, w in enumerate(wholes) if w is None), default=-1)
    if last > 0 and byline.match(raw_paragraphs[last][1]):
        wholes[last] = "byline"
    paragraphs: list[Paragraph] = []
    outlet = None
    for idx, (line, raw) in enumerate(raw_paragraphs):
        start, end, stripped = 0, len(raw), []
        whole = wholes[idx]
        if whole:
            stripped.append(Stripped(whole, 0, len(raw)))
            paragraphs.append(Paragraph(idx + 1, raw, "", 0, 0, tuple(stripped), line=line))
            continue
        if not paragraphs or all(not p.is_body for p in paragraphs):
            m = outlet_tag.match(raw)
            if m:
                outlet = m.group("outlet").strip()
                stripped.append(Stripped("outlet_tag", 0, m.end()))
                start = m.end()
            else:
                m = reporter_lead.match(raw)
                if m:
                    outlet = m.group("outlet").strip()
        if raw.endswith("|"):
            end = len(raw.rstrip("| "))
            stripped.append(Stripped("pipe", end, len(raw)))
        paragraphs.append(Paragraph(idx + 1, raw, raw[start:end], start, end, tuple(stripped), line=line))
    return paragraphs, outlet


# ---------------------------------------------------------------- metadata


META_KEYS = ("title", "outlet", "url", "published")


def _as_date(value, path: str, line: int | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(Problem(path, line, f"'published' must be an ISO date YYYY-MM-DD, got {value!r}"))


def parse_article(source: Source, curated: dict | None = None, curated_path: str = "") -> Article:
    meta, body, offset = split_front_matter(source)
    body = traditional_tones(body)
    raw = [(line + offset, text) for line, text in split_paragraphs(body)]
    paragraphs, outlet = strip_boilerplate(raw)
    if not any(p.is_body for p in paragraphs):
        raise InputError(Problem(source.path, None, "no article text left after removing captions and boxes"))
    fields = {"title": None, "outlet": outlet, "url": None, "published": None}
    for key in META_KEYS:
        if key in meta:
            fields[key] = meta[key]
    marked = []
    for key, value in (curated or {}).items():
        if key in META_KEYS:
            fields[key] = value
            marked.append(key)
    published = _as_date(fields["published"], curated_path if "published" in marked else source.path, None)
    return Article(
        id=source.id, path=source.path,
        title=None if fields["title"] is None else str(fields["title"]),
        outlet=None if fields["outlet"] is None else str(fields["outlet"]),
        url=None if fields["url"] is None else str(fields["url"]),
        published=published, paragraphs=tuple(paragraphs), curated=tuple(marked),
    )


def ingest(sources: tuple[Source, ...], metadata: dict[str, dict], metadata_path: str = "") -> tuple[Article, ...]:
    """Parse every source; articles marked `exclude: true` in the metadata are dropped."""
    articles, problems = [], []
    for source in sources:
        curated = metadata.get(source.id) or {}
        if curated.get("exclude"):
            continue
        try:
            articles.append(parse_article(source, curated, metadata_path))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return tuple(articles)


def with_paragraphs(article: Article, paragraphs) -> Article:
    return replace(article, paragraphs=tuple(paragraphs))
