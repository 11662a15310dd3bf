"""Pausing Python's cycle collector while a stage builds a mass of long-lived objects."""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def no_cycle_collector():
    """For stages that build millions of small objects and no reference cycles (reading the
    articles, merging, curating, the JSON export): each pass of the cycle collector meanwhile
    walks every object alive, the whole corpus, and at 10,000 articles such passes were a third
    of the merge and of the export, and 40 % of reading the articles back from the cache.
    Reference counting still frees everything.

    On the way out the objects alive are frozen (`gc.freeze`): else the first collections after
    the stage walk all it built, once per generation (2.5 s in all after reading 10,000
    articles), and every later full collection again. `release` hands them back."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


def release() -> None:
    """Let the collector see again what stages froze: once their objects are no longer needed,
    few remain, and cycles among them can be collected as usual."""
    gc.unfreeze()
