"""Write generated files into docs/: only files we own, only when changed, atomically.

A manifest (docs/.briefing-manifest.json) lists the files the generator
wrote. A file in docs/ that is not in it was written by a person and is
never overwritten or deleted; generated files that are no longer produced
are removed.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path, PurePosixPath

from .errors import InputError, Problem

MANIFEST = ".briefing-manifest.json"


def safe_path(docs: Path, rel: str) -> Path:
    p = PurePosixPath(rel)
    if p.is_absolute() or ".." in p.parts or "\x00" in rel or not rel:
        raise InputError(Problem(rel, None, "refusing to write outside the docs folder"))
    return docs.joinpath(*p.parts)


def read_manifest(docs: Path) -> set[str]:
    path = docs / MANIFEST
    if not path.exists():
        return set()
    try:
        return set(json.loads(path.read_text(encoding="utf-8"))["files"])
    except (ValueError, KeyError, TypeError):
        raise InputError(Problem(str(path), None, "manifest is damaged; delete it and the generated pages, then regenerate"))


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def plan(docs: Path, files: dict[str, str]) -> tuple[list[str], list[str]]:
    """(paths to write, paths to remove); raises if a hand-written file is in the way."""
    owned = read_manifest(docs)
    conflicts, writes = [], []
    for rel in sorted(files):
        path = safe_path(docs, rel)
        data = files[rel].encode("utf-8")
        if path.exists():
            if rel not in owned and path.read_bytes() != data:
                conflicts.append(Problem(str(path), None, "exists and was not written by the generator; "
                                         "move it or rename it (hand-written pages are never overwritten)"))
                continue
            if path.read_bytes() == data:
                continue
        writes.append(rel)
    if conflicts:
        raise InputError(conflicts)
    removes = sorted(r for r in owned - set(files) if safe_path(docs, r).exists())
    return writes, removes


def write(docs: Path, files: dict[str, str]) -> tuple[list[str], list[str]]:
    writes, removes = plan(docs, files)
    for rel in writes:
        _atomic_write(safe_path(docs, rel), files[rel].encode("utf-8"))
    for rel in removes:
        safe_path(docs, rel).unlink()
        parent = safe_path(docs, rel).parent
        while parent != docs and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    manifest = json.dumps({"generator": "briefing", "files": sorted(files)}, indent=1) + "\n"
    mpath = docs / MANIFEST
    if not mpath.exists() or mpath.read_text(encoding="utf-8") != manifest:
        _atomic_write(mpath, manifest.encode("utf-8"))
    return writes, removes
