"""The whole generator, stage by stage: ingest -> segment -> extract -> merge -> overrides -> render -> write."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from . import curate, ingest, overrides, render, segment, write
from .errors import InputError, Problem
from .extract.article import extract_article
from .lexicon import gazetteer, vocabulary
from .merge import merge
from .model import Briefing


@dataclass(frozen=True)
class Settings:
    seeds: Path = Path("seeds")
    overrides: Path | None = Path("seeds/overrides")
    docs: Path = Path("docs")
    use_overrides: bool = True
    """False: only articles.yml metadata applies (--no-overrides)."""
    max_bytes: int = ingest.DEFAULT_MAX_BYTES
    strict: bool = False
    """Stale overrides (ids that no longer exist) are errors, not warnings."""


def build_briefing(settings: Settings, warn=None) -> tuple[Briefing, overrides.Overrides]:
    """Everything up to the rendered pages; no file is written. `warn` receives stale-override warnings."""
    curated = overrides.load(settings.overrides, metadata_only=not settings.use_overrides)
    sources = ingest.read_sources(settings.seeds, settings.max_bytes)
    articles = tuple(segment.segment(a) for a in ingest.ingest(sources, curated.articles, curated.articles_path))
    gaz = gazetteer()
    extractions = tuple(extract_article(a, gaz) for a in articles)
    briefing = merge(articles, extractions, gaz)
    if settings.use_overrides:
        briefing, stale = curate.apply(briefing, curated)
        if stale and settings.strict:
            raise InputError([replace(p, severity="error") for p in stale])
        for problem in stale:
            (warn or (lambda p: None))(problem)
    return briefing, curated


def hand_written_pages(docs: Path, generated: dict[str, str]) -> list[str]:
    """Markdown pages in docs/ that a person wrote (not generated, not in the manifest)."""
    if not docs.is_dir():
        return []
    owned = write.read_manifest(docs)
    out = []
    for p in sorted(docs.rglob("*.md")):
        rel = p.relative_to(docs).as_posix()
        if rel not in generated and rel not in owned and not any(part.startswith(".") for part in p.parts):
            out.append(rel)
    return out


def pages(settings: Settings, warn=None) -> dict[str, str]:
    briefing, curated = build_briefing(settings, warn)
    templates = [curated.templates] if curated.templates else []
    files = render.render(briefing, templates)
    files[".nav.yml"] = render.nav(vocabulary("labels.yml"), hand_written_pages(settings.docs, files))
    return files


def generate(settings: Settings, warn=None) -> tuple[list[str], list[str]]:
    """Render and write; returns (written, removed) paths relative to docs/."""
    return write.write(settings.docs, pages(settings, warn))
