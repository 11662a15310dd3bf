"""Reading articles in worker processes changes nothing but the time: same pages, same order,
the same errors, all reported at once."""
from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from generator import build, overrides, pipeline
from generator.errors import InputError

sys.path.insert(0, str(ROOT))

from benchmarks.synth import synthesise  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    # More than one chunk of articles, so that two workers both get work.
    return synthesise(build.CHUNK + 9, tmp_path_factory.mktemp("corpus"), seed=5)


def _pages(corpus, docs, jobs):
    settings = pipeline.Settings(seeds=corpus.seeds, overrides=corpus.overrides, docs=docs, jobs=jobs)
    return pipeline.pages(settings)


def test_two_workers_give_byte_identical_pages_to_one(corpus, tmp_path):
    one = _pages(corpus, tmp_path / "a", jobs=1)
    two = _pages(corpus, tmp_path / "b", jobs=2)
    assert len(one) > 2 * (build.CHUNK + 9)   # an article page each, and the listings
    assert one == two


def test_articles_read_by_workers_are_cached_and_the_next_run_extracts_none(corpus, tmp_path, monkeypatch):
    settings = pipeline.Settings(seeds=corpus.seeds, overrides=corpus.overrides, docs=tmp_path / "docs",
                                 cache=tmp_path / "cache", jobs=2)
    curated = overrides.load(corpus.overrides, metadata_only=True)
    first = build.read_articles(settings, curated)
    assert len(list((tmp_path / "cache").rglob("*.pickle"))) == build.CHUNK + 9

    def extracted(*args):
        raise AssertionError("an article was extracted again")
    monkeypatch.setattr(build, "extract_article", extracted)
    assert build.read_articles(settings, curated) == first


def test_reading_articles_leaves_no_reference_cycles_behind(corpus, tmp_path):
    # read_articles pauses the cycle collector (it would walk the whole corpus again and again):
    # that is only safe while ingest, segment and extract leave no cycles to collect.
    settings = pipeline.Settings(seeds=corpus.seeds, overrides=corpus.overrides, docs=tmp_path / "docs", jobs=1)
    curated = overrides.load(corpus.overrides, metadata_only=True)
    build.read_articles(settings, curated)   # compiles and caches what a first run needs
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        articles, _ = build.read_articles(settings, curated)
        assert len(articles) == build.CHUNK + 9
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


def test_what_a_run_builds_is_frozen_from_the_collector_until_its_pages_are_rendered(corpus, tmp_path, monkeypatch):
    # Else the collections after reading walk the whole corpus once per generation (2.5 s at
    # 10,000 articles); once rendered, the objects go back, even when rendering fails.
    from generator import render
    seen, real = [], render.render

    def rendering(briefing, *args, **kwargs):
        collected = {id(o) for o in gc.get_objects()}   # frozen objects are not among them
        seen.append(any(id(x) in collected for x in (briefing, briefing.articles[0], briefing.actors[0])))
        if len(seen) == 2:
            raise RuntimeError("a template failed")
        return real(briefing, *args, **kwargs)
    monkeypatch.setattr(render, "render", rendering)
    assert gc.get_freeze_count() == 0
    _pages(corpus, tmp_path / "a", jobs=1)
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError):
        _pages(corpus, tmp_path / "b", jobs=1)
    assert seen == [False, False]
    assert gc.get_freeze_count() == 0


def test_a_stage_called_on_its_own_freezes_nothing(corpus, tmp_path):
    # Only a run freezes, and it hands everything back: a caller's own garbage cycles are never
    # kept from the collector by calling a stage.
    from generator import merge
    from generator.lexicon import gazetteer
    settings = pipeline.Settings(seeds=corpus.seeds, overrides=corpus.overrides, docs=tmp_path / "docs", jobs=1)
    articles, extractions = build.read_articles(settings, overrides.load(corpus.overrides, metadata_only=True))
    briefing = merge.merge(articles, extractions, gazetteer())
    assert gc.get_freeze_count() == 0
    assert id(briefing.articles[0]) in {id(o) for o in gc.get_objects()}


def test_bad_articles_in_different_workers_are_all_reported_by_name(corpus, tmp_path):
    files = sorted(corpus.seeds.glob("*.txt"))
    bad = [files[0], files[-1]]   # the first and the last chunk
    saved = {p: p.read_bytes() for p in bad}
    try:
        for p in bad:
            p.write_text("| Ảnh: chú thích |\n", encoding="utf-8")   # a caption and nothing else
        with pytest.raises(InputError) as err:
            _pages(corpus, tmp_path / "docs", jobs=2)
    finally:
        for p, data in saved.items():
            p.write_bytes(data)
    paths = [p.path for p in err.value.problems]
    assert [path for path in paths if path.endswith((bad[0].name, bad[1].name))] == paths and len(paths) == 2


def test_a_small_corpus_is_read_in_this_process_and_a_large_one_by_a_worker_per_core():
    assert build.jobs_for(None, 5) == 1
    assert build.jobs_for(3, 5) == 3
    assert build.jobs_for(0, 5000) == 1
    assert 1 <= build.jobs_for(None, 5000) <= 8


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_workers_leave_when_their_parent_is_killed(tmp_path_factory, sig):
    corpus = synthesise(400, tmp_path_factory.mktemp("big"), seed=6)
    docs = tmp_path_factory.mktemp("docs")
    cmd = [sys.executable, "-m", "generator", "generate", "--seeds", str(corpus.seeds),
           "--overrides", str(corpus.overrides), "--docs", str(docs), "--no-cache", "--jobs", "2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.monotonic() + 30
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        workers = _children(proc.pid)
    assert len(workers) == 2, "no workers started"
    proc.send_signal(sig)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)
    assert not any(docs.iterdir())   # killed before writing: nothing written


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text(encoding="ascii").rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue   # gone meanwhile
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return sorted(out)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a worker that has exited but is not reaped yet is a zombie: gone for our purpose
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
