"""A run of the generator: read the seed files; if no input changed since the last run, take its
pages from the cache, else build them (build.py: ingest -> segment -> extract -> merge -> overrides,
then render.py); write them."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import cache, cycles, nav, sources, write


@dataclass(frozen=True)
class Settings:
    seeds: Path = Path("seeds")
    overrides: Path | None = Path("seeds/overrides")
    docs: Path = Path("docs")
    use_overrides: bool = True
    """False: only articles.yml metadata applies (--no-overrides)."""
    max_bytes: int = sources.DEFAULT_MAX_BYTES
    strict: bool = False
    """Stale overrides (ids that no longer exist) are errors, not warnings."""
    cache: Path | None = None
    """Folder of the per-article cache (generator/cache.py); None reads every article afresh."""
    jobs: int | None = None
    """Worker processes that read articles; None: one per core for a large corpus, else 1."""


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
    warn = warn or (lambda problem: None)
    found = sources.read_sources(settings.seeds, settings.max_bytes)
    store = cache.open_cache(settings.cache) if settings.cache else None
    key = store.site_key(_run_inputs(settings, found)) if store else None
    memo = store.get_site(key) if store else None
    if memo:  # nothing changed since the last run: its pages, and its warnings again
        files, titles, warnings = memo
        for problem in warnings:
            warn(problem)
    else:
        # Here, not above: a run served from the cache reads, merges and renders nothing, and
        # skips importing all of that (the model, YAML, Jinja, the vocabularies).
        from . import build, render
        from .lexicon import vocabulary
        warnings = []
        with cycles.freezing_stages():
            briefing, curated = build.build_briefing(settings, lambda p: (warnings.append(p), warn(p)), found)
            del found   # the articles carry their text now: not a second copy of the corpus through render
            templates = [curated.templates] if curated.templates else []
            files = render.render(briefing, templates,
                                  bytecode_dir=settings.cache / "jinja" if settings.cache else None)
            del briefing
        titles = nav.titles(vocabulary("labels.yml"))
        if store:
            store.put_site(key, files, titles, warnings)
    files = dict(files)
    files[".nav.yml"] = nav.nav(titles, hand_written_pages(settings.docs, files))
    return files


def _run_inputs(settings: Settings, found: tuple[sources.Source, ...]):
    """Everything the pages depend on besides the generator itself: the settings, the articles
    as read, and every file under the overrides folder (metadata, prose, templates, curation).
    Hand-written pages only shape the navigation, which is computed on every run."""
    yield repr((settings.use_overrides, settings.strict, settings.max_bytes))
    for s in found:
        yield s.path
        yield s.text
    folder = settings.overrides
    if folder is not None and folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                yield path.relative_to(folder).as_posix()
                yield path.read_bytes()


def generate(settings: Settings, warn=None) -> tuple[list[str], list[str]]:
    """Render and write; returns (written, removed) paths relative to docs/."""
    return write.write(settings.docs, pages(settings, warn))
