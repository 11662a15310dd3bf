"""Run `briefing` exactly as the command line does, timing its stages.

    python -m benchmarks.child TIMINGS.json generate --seeds ... --docs ...

The stage functions are wrapped in place (the pipeline itself carries no
timing code), then `generator.cli.main` runs with the given arguments. The
seconds spent in each wrapped function, the import time and the wall time
of main are written as JSON. Extraction is timed per call of
`extract_article`, so it shows only the articles the cache did not serve.
Worker processes (`--jobs` above 1) keep their own timers, which are lost:
such a run reports the stage "articles" (read, ingest, segment and extract) as a whole.
"""
from __future__ import annotations

import json
import sys
import time
from collections import defaultdict

_T0 = time.perf_counter()
import generator.cli  # noqa: E402  (the import is part of what is measured)
from generator import ingest, merge, overrides, pipeline, render, segment, write  # noqa: E402

IMPORTED = time.perf_counter() - _T0
TIMES: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)

# (module, attribute, stage name). Wrapped where the pipeline looks them up.
STAGES = (
    (overrides, "load", "overrides"),
    (pipeline, "read_articles", "articles"),  # read + ingest + segment + extract, or the cache
    (ingest, "read_sources", "read"),
    (ingest, "parse_article", "ingest"),
    (segment, "segment", "segment"),
    (pipeline, "extract_article", "extract"),
    (merge, "merge", "merge"),  # the package's function, which the pipeline imports when it merges
    (render, "render", "render"),
    (write, "write", "write"),
)


def _timed(name: str, fn):
    def wrapper(*args, **kwargs):
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMES[name] += time.perf_counter() - t
            CALLS[name] += 1
    return wrapper


JOBS: list[int] = []


def _recording_jobs(fn):
    def wrapper(*args, **kwargs):
        JOBS.append(fn(*args, **kwargs))
        return JOBS[-1]
    return wrapper


def main() -> int:
    out, argv = sys.argv[1], sys.argv[2:]
    pipeline.jobs_for = _recording_jobs(pipeline.jobs_for)
    for module, attr, name in STAGES:
        if hasattr(module, attr):
            setattr(module, attr, _timed(name, getattr(module, attr)))
    t = time.perf_counter()
    rc = generator.cli.main(argv)
    wall = time.perf_counter() - t
    with open(out, "w", encoding="utf-8") as fh:
        json.dump({"import": IMPORTED, "main": wall, "stages": dict(TIMES), "calls": dict(CALLS), "rc": rc,
                   "jobs": JOBS[-1] if JOBS else None}, fh)
    return rc


if __name__ == "__main__":
    sys.exit(main())
