"""Build the briefing: read every article (or take it from the per-article cache), extract,
merge and curate. A run served whole from the cache skips all of it, so pipeline.py imports
this module only when it has to build."""
from __future__ import annotations

import gc
import os
import signal
import threading
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from . import cache, curate, ingest, merge, overrides, render, segment
from .cycles import no_cycle_collector
from .errors import InputError, Problem
from .lexicon import gazetteer
from .model import Article, Briefing, Extraction
from .sources import Source, read_sources

if TYPE_CHECKING:
    from .pipeline import Settings


def check_prose(curated: overrides.Overrides) -> None:
    """Editors' prose blocks must not carry unsafe links or attributes: all problems, full paths."""
    problems = []
    for page, blocks in sorted(curated.prose.items()):
        for where, text in sorted(blocks.items()):
            try:
                render.prose(text, curated.prose_paths.get(page, {}).get(where, page))
            except InputError as exc:
                problems.extend(exc.problems)
    if problems:
        raise InputError(problems)


def build_briefing(settings: Settings, warn=None, sources=None) -> tuple[Briefing, overrides.Overrides]:
    """Everything up to the rendered pages; no file is written. `warn` receives stale-override warnings."""
    curated = overrides.load(settings.overrides, metadata_only=not settings.use_overrides)
    check_prose(curated)
    articles, extractions = read_articles(settings, curated, sources)
    briefing = merge.merge(articles, extractions, gazetteer())
    del articles, extractions   # the briefing holds the articles; the extractions are merged
    if settings.use_overrides:
        with no_cycle_collector():
            briefing, stale = curate.apply(briefing, curated)
        if stale and settings.strict:
            raise InputError([replace(p, severity="error") for p in stale])
        for problem in stale:
            (warn or (lambda p: None))(problem)
    return briefing, curated


def extract_article(article: Article, gaz) -> Extraction:
    """The extract stage. Imported on first use: its vocabularies compile some 0.2 s of regular
    expressions, which a run whose articles all come from the per-article cache never needs."""
    from .extract.article import extract_article as extract
    return extract(article, gaz)


def _read_chunk(chunk: tuple[Source, ...], metadata: dict, metadata_path: str,
                store: cache.Cache | None = None, keys: dict[str, str] | None = None, packed: bool = False
                ) -> tuple[list, list[Problem]]:
    """Ingest, segment and extract some articles, and cache each under its key in `keys`; with
    `packed`, each comes as the bytes of its cache entry (`cache.pack`), else as (article,
    extraction). A bad one fails the whole run, so a chunk with one reads no further and returns
    its problems, which are reported with the other chunks'. (A worker process stores what it
    read itself, and sends the same bytes: pickled once, in parallel, not again by the main
    process alone.)"""
    try:
        articles = ingest.ingest(chunk, metadata, metadata_path)
    except InputError as exc:
        return [], exc.problems
    gaz = gazetteer()
    keys = keys or {}
    out = []
    for article in map(segment.segment, articles):
        extraction = extract_article(article, gaz)
        key = keys.get(article.id)
        if packed or (store is not None and key):
            data = cache.pack(key or "", article, extraction)
            if store is not None and key:
                store.put_packed(key, data)
        out.append(data if packed else (article, extraction))
    return out, []


CHUNK = 32
"""Articles per task of a parallel read: large enough that pickling them is a small cost."""


def jobs_for(requested: int | None, articles: int) -> int:
    """Worker processes for reading `articles` articles: 1 for a small corpus, where starting
    workers costs more than it saves, or where fork() is not how processes start."""
    if requested is not None:
        return max(1, requested)
    if articles < 4 * CHUNK:
        return 1
    import multiprocessing   # here: a run of a few articles need not pay for importing it
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 8))


def _start_worker(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle, once
    gc.enable()   # forked from a parent that paused it while it gathers the articles

    def watch() -> None:
        # A parent killed outright (SIGTERM, SIGKILL) cannot shut its pool down, and a worker
        # waits for work forever, holding the terminal's or CI's pipes open. So it leaves.
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


def _read(todo: tuple[Source, ...], metadata: dict, metadata_path: str, jobs: int,
          store: cache.Cache | None = None, keys: dict[str, str] | None = None
          ) -> list[tuple[Article, Extraction]]:
    """Every article of `todo`, in order, all bad ones reported at once, each cached under its
    key in `keys`. Articles are independent of each other until merge, so with several cores
    they are read by worker processes."""
    chunks = [todo[i:i + CHUNK] for i in range(0, len(todo), CHUNK)]
    # Each task carries its own articles' metadata and keys only, not the whole corpus'.
    metas = [{s.id: metadata[s.id] for s in chunk if s.id in metadata} for chunk in chunks]
    keyed = [{s.id: keys[s.id] for s in chunk if s.id in keys} for chunk in chunks] if keys else [None] * len(chunks)
    if jobs > 1 and len(chunks) > 1:
        import concurrent.futures
        import multiprocessing
        context = multiprocessing.get_context("fork")
        with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                                                    initargs=(os.getpid(),)) as pool:
            results = [([cache.unpack(data) for data in done], found) for done, found in
                       pool.map(_read_chunk, chunks, metas, [metadata_path] * len(chunks), [store] * len(chunks),
                                keyed, [True] * len(chunks))]
    else:
        results = [_read_chunk(chunk, meta, metadata_path, store, k) for chunk, meta, k in zip(chunks, metas, keyed)]
    problems = [p for _, found in results for p in found]
    if problems:
        raise InputError(problems)
    return [pair for done, _ in results for pair in done]


def read_articles(settings: Settings, curated: overrides.Overrides,
                  sources: tuple[Source, ...] | None = None) -> tuple[tuple[Article, ...], tuple[Extraction, ...]]:
    """Ingest, segment and extract every article; an unchanged one comes from the cache instead."""
    with no_cycle_collector():
        return _read_articles(settings, curated, sources)


def _read_articles(settings: Settings, curated: overrides.Overrides, sources: tuple[Source, ...] | None
                   ) -> tuple[tuple[Article, ...], tuple[Extraction, ...]]:
    if sources is None:
        sources = read_sources(settings.seeds, settings.max_bytes)
    store = cache.open_cache(settings.cache) if settings.cache else None
    done: dict[str, tuple[Article, Extraction]] = {}
    keys: dict[str, str] = {}
    if store:
        for s in sources:
            keys[s.id] = store.key(s.path, s.text, curated.articles.get(s.id))
            hit = store.get(keys[s.id])
            if hit:
                done[s.id] = hit
    todo = tuple(s for s in sources if s.id not in done)
    if todo:
        for article, extraction in _read(todo, curated.articles, curated.articles_path,
                                         jobs_for(settings.jobs, len(todo)), store, keys):
            done[article.id] = (article, extraction)
    pairs = [done[s.id] for s in sources if s.id in done]
    return tuple(a for a, _ in pairs), tuple(x for _, x in pairs)
