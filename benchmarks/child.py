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

import importlib.abc
import importlib.machinery
import json
import sys
import time
from collections import defaultdict

_T0 = time.perf_counter()
import generator.cli  # noqa: E402  (the import is part of what is measured)
from generator import sources, write  # noqa: E402

IMPORTED = time.perf_counter() - _T0
TIMES: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)

# (module, attribute, stage name). Wrapped where the pipeline looks them up.
STAGES = (
    (sources, "read_sources", "read"),
    (write, "write", "write"),
)
# Modules the pipeline imports only when it builds (a run served from the cache never does):
# wrapped as they are imported, so that importing them here does not add to a warm run.
LATER = {
    "generator.overrides": (("load", "overrides"),),
    "generator.ingest": (("parse_article", "ingest"),),
    "generator.segment": (("segment", "segment"),),
    "generator.build": (("read_articles", "articles"),  # read + ingest + segment + extract, or the cache
                        ("extract_article", "extract"), ("jobs_for", None)),
    "generator.merge": (("merge", "merge"),),  # the package's function, which build calls through the package
    "generator.render": (("render", "render"),),
}


class _WrapOnImport(importlib.abc.MetaPathFinder):
    """Finds the modules of LATER as usual and wraps their stage functions once they are executed."""

    def find_spec(self, name, path, target=None):
        if name not in LATER:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            for attr, stage in LATER[name]:
                fn = getattr(module, attr)
                setattr(module, attr, _recording_jobs(fn) if stage is None else _timed(stage, fn))
        spec.loader.exec_module = exec_module
        return spec


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
    sys.meta_path.insert(0, _WrapOnImport())
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
