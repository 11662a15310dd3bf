"""Pausing Python's cycle collector while a stage builds a mass of long-lived objects."""
from __future__ import annotations

import gc
from contextlib import contextmanager

_freezing = False
"""True inside `freezing_stages`: stages then freeze what they built as they end."""


@contextmanager
def no_cycle_collector():
    """For stages that build millions of small objects and no reference cycles (reading the
    articles, merging, curating, the JSON export): each pass of the cycle collector meanwhile
    walks every object alive, the whole corpus, and at 10,000 articles such passes were a third
    of the merge and of the export, and 40 % of reading the articles back from the cache.
    Reference counting still frees everything.

    Inside `freezing_stages`, the objects alive are frozen (`gc.freeze`) on the way out: when
    the collector comes back on, everything allocated meanwhile is in its youngest generation,
    and the next collections walked it all once per generation (2.5 s in all after reading
    10,000 articles), and every later full collection again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if _freezing:
                gc.freeze()
            gc.enable()


@contextmanager
def freezing_stages():
    """A run: what its stages build stays frozen until it ends, then the collector sees it all
    again (whatever is left, and any cycles among it, are collected as usual). A stage called
    on its own freezes nothing. Where the process had frozen objects of its own, nothing is
    frozen either: unfreezing at the end would hand those back too."""
    global _freezing
    if _freezing or gc.get_freeze_count():
        yield
        return
    _freezing = True
    try:
        yield
    finally:
        _freezing = False
        gc.unfreeze()
