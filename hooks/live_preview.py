"""MkDocs hook: live preview. Under `mkdocs serve`, editing seeds/ regenerates docs/ and reloads the browser.

`mkdocs serve` already watches docs/ and mkdocs.yml and reloads the open
pages after each rebuild. This hook adds the articles and the overrides to
that same watcher (`on_serve`) and, before each build while serving, runs
the generator (`on_pre_build`), so one watcher does everything.

Only while serving: under `mkdocs build` the hook does nothing. Generating
is a separate step (`briefing generate`) whose output is committed, so the
site builds from docs/ with MkDocs alone, or with whatever replaces it.

Where the articles are: $BRIEFING_SEEDS and $BRIEFING_OVERRIDES (which
`briefing serve --seeds ... --overrides ...` sets), else seeds/ and
seeds/overrides/ beside mkdocs.yml.
"""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.hooks.live_preview")

# MkDocs loads a hook module once per process and keeps it across rebuilds,
# so these survive from one build to the next.
_serving = False
_generated_from: tuple | None = None
"""Fingerprint of the inputs the last generation read: skip it when nothing changed."""


def on_startup(command: str, **kwargs) -> None:
    global _serving
    _serving = command == "serve"


def on_serve(server, config: MkDocsConfig, **kwargs):
    seeds, overrides = _inputs(config)
    for path in (seeds, overrides):
        if path.exists() and not (path == overrides and overrides.is_relative_to(seeds)):
            server.watch(str(path))
    return server


def on_pre_build(config: MkDocsConfig, **kwargs) -> None:
    global _generated_from
    if not _serving:
        return
    seeds, overrides = _inputs(config)
    fingerprint = _fingerprint(seeds, overrides)
    # Writing docs/ wakes the watcher again; with the inputs unchanged, that
    # rebuild must not generate once more.
    if fingerprint == _generated_from:
        return
    _generated_from = fingerprint
    root = Path(config.config_file_path).parent
    args = [sys.executable, "-m", "generator", "generate", "--seeds", str(seeds),
            "--overrides", str(overrides), "--docs", config.docs_dir]
    result = subprocess.run(args, cwd=root, capture_output=True, text=True)
    if result.returncode != 0:
        # Keep serving the last good pages; the reader of the log sees why.
        log.error("briefing generate failed; the pages were not updated:\n%s", result.stderr.strip())
    else:
        log.info(result.stdout.strip())


def _inputs(config: MkDocsConfig) -> tuple[Path, Path]:
    root = Path(config.config_file_path).parent
    seeds = Path(os.environ.get("BRIEFING_SEEDS") or root / "seeds")
    overrides = Path(os.environ.get("BRIEFING_OVERRIDES") or seeds / "overrides")
    return seeds.resolve(), overrides.resolve()


def _fingerprint(*folders: Path) -> tuple:
    """Every file under the folders with its size and modification time."""
    files = {p for folder in folders if folder.is_dir() for p in folder.rglob("*") if p.is_file()}
    return tuple(sorted((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in files))
