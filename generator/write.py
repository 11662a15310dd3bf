"""Write generated files into docs/: only files we own, only when changed, as one unit.

Ownership. A manifest (docs/.briefing-manifest.json) lists the files the
generator wrote. A file in docs/ that is not in it was written by a person
and is never overwritten or deleted; generated files that are no longer
produced (an article or actor disappeared) are removed.

Atomicity. A run has two phases:

1. Staging: every new or changed file is written in full to a hidden temp
   file (`.briefing-new-*`) beside its target and flushed to disk. Nothing
   the site uses has changed yet; any failure here (an exception, disk full,
   SIGINT, SIGTERM) deletes the temp files and leaves docs/ exactly as it was.
2. Commit: each target is swapped in with os.replace (atomic per file),
   after hard-linking the previous version to a backup (`.briefing-old-*`);
   stale files are moved to backups; the manifest is replaced last. SIGINT
   and SIGTERM are held off until the commit ends (it is only renames, so
   it is short) and then delivered. If a rename fails, every swap made so
   far is undone from the backups, so docs/ is again the previous version.

So after a failed or interrupted run docs/ holds either the complete
previous output or the complete new one, never a mix and never a
half-written file. Only a hard kill (SIGKILL, power loss) inside the commit
phase can leave a mix of old and new generated pages; the next run
completes it, and sweeps any leftover `.briefing-*` temp files.
Hand-written files are never touched in any case.
"""
from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import signal
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, Problem

MANIFEST = ".briefing-manifest.json"
_NEW, _OLD = ".briefing-new-", ".briefing-old-"

# Names Windows reserves whatever the extension ("con.md", "aux"); a checkout
# holding one cannot be cloned there.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_ID = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
MAX_ID = 120


_EMPHASIS_EDGE = re.compile(r"[.\-]_|_[.\-]")


def id_problem(value: str) -> str | None:
    """Why `value` cannot serve as an id (a file name and an anchor in the site), or None if it can.

    An id is ASCII letters, digits, '-', '_' and '.', starts with a letter or
    digit, does not end with '.', has no '_' next to '.' or '-', and is not a
    name Windows reserves: safe in a path, a URL, an HTML id and a Markdown
    attribute list without escaping.
    """
    if not isinstance(value, str) or not value:
        return "it is empty"
    if len(value) > MAX_ID:
        return f"it is longer than {MAX_ID} characters"
    if not _ID.fullmatch(value):
        return "use only ASCII letters, digits, '-', '_' and '.', starting with a letter or digit"
    if value.split(".")[0].lower() in _RESERVED:
        return f"'{value.split('.')[0]}' is a reserved device name on Windows"
    if _EMPHASIS_EDGE.search(value):
        # Markdown reads "_" after or before "." or "-" as emphasis ("0._0_" in "{: #0._0_ }")
        return "do not put '_' next to '.' or '-'"
    return None


def safe_path(docs: Path, rel: str, inside: dict[str, bool] | None = None) -> Path:
    """docs/rel, refusing anything that could land outside docs/ or is not a portable file name.

    `inside` remembers, for one run, which folders resolve into docs/: resolving a path costs a
    system call per component, and the pages of a large briefing share a few dozen folders."""
    reason = None
    if not rel or rel.startswith("/") or "\\" in rel or _CONTROL.search(rel):
        reason = "not a plain relative path"
    elif any(part in ("", ".", "..") for part in rel.split("/")):
        reason = "has an empty, '.' or '..' part"
    elif any(part.split(".")[0].lower() in _RESERVED for part in rel.split("/")):
        reason = "uses a name Windows reserves"
    if reason is None:
        path = docs / rel
        folder = rel.rpartition("/")[0]
        ok = inside.get(folder) if inside is not None else None
        if ok is None:
            # A symlinked folder inside docs/ must not carry a write elsewhere.
            root, parent = docs.resolve(), path.parent.resolve()
            ok = parent == root or root in parent.parents
            if inside is not None:
                inside[folder] = ok
        if ok:
            return path
        reason = "resolves outside the docs folder"
    raise InputError(Problem(rel, None, f"refusing to write this path: {reason}"))


_CONTROL = re.compile("[\x00-\x1f\x7f]")


def read_manifest(docs: Path) -> set[str]:
    path = docs / MANIFEST
    if not path.exists():
        return set()
    try:
        files = json.loads(path.read_text(encoding="utf-8"))["files"]
        if not all(isinstance(f, str) for f in files):
            raise TypeError
        return set(files)
    except (ValueError, KeyError, TypeError):
        raise InputError(Problem(str(path), None, "manifest is damaged; delete it and the generated pages, then regenerate"))


def manifest_text(files) -> str:
    return json.dumps({"generator": "briefing", "files": sorted(files)}, indent=1) + "\n"


def plan(docs: Path, files: dict[str, str], inside: dict[str, bool] | None = None) -> tuple[list[str], list[str]]:
    """(paths to write, paths to remove); raises if a hand-written file is in the way."""
    inside = {} if inside is None else inside
    owned = read_manifest(docs)
    conflicts, writes = [], []
    seen: dict[str, str] = {}
    for rel in sorted(files):
        path = safe_path(docs, rel, inside)
        # Two outputs differing only by case are one file on macOS and Windows.
        other = seen.setdefault(rel.casefold(), rel)
        if other != rel:
            conflicts.append(Problem(rel, None, f"differs from '{other}' only by letter case; ids must differ by more"))
            continue
        try:
            os.lstat(path)
        except (FileNotFoundError, NotADirectoryError):
            writes.append(rel)   # the usual case of a first run: one system call, not four
            continue
        if path.is_dir() and not path.is_symlink():
            conflicts.append(Problem(str(path), None, "is a folder where the generator writes a file; move it"))
            continue
        if path.exists() or path.is_symlink():
            same = path.is_file() and path.read_bytes() == files[rel].encode("utf-8", "surrogatepass")
            if rel not in owned and not same:
                conflicts.append(Problem(str(path), None, "exists and was not written by the generator; "
                                         "move it or rename it (hand-written pages are never overwritten)"))
                continue
            if same:
                continue
        writes.append(rel)
    if conflicts:
        raise InputError(conflicts)
    removes = sorted(r for r in owned - set(files) if safe_path(docs, r, inside).is_file())
    return writes, removes


# ---------------------------------------------------------------- signals

class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived while staging; the run stopped with docs/ untouched."""

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(signal.Signals(signum).name)


@dataclass
class _Guard:
    defer: bool = False
    """True while committing or rolling back: a signal waits in `pending`."""
    pending: int | None = None


@contextmanager
def _signals(guard: _Guard):
    """SIGINT/SIGTERM raise Interrupted while staging and wait while committing.

    Signal handlers can only be set from the main thread; elsewhere the run
    has no signal protection beyond the rollback on exceptions.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        if guard.defer:
            guard.pending = signum
        else:
            raise Interrupted(signum)

    names = [s for s in ("SIGINT", "SIGTERM") if hasattr(signal, s)]
    previous = {s: signal.signal(getattr(signal, s), handler) for s in names}
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(getattr(signal, s), h)


# ---------------------------------------------------------------- the two phases

def _stage(path: Path, text: str, made_dirs: list[Path], staged: list[tuple[Path, Path]],
           present: set[Path] | None = None) -> None:
    """Write text as UTF-8 to a temp file beside path, listed in `staged` from the moment it exists
    (`_flush` then gets every staged file to disk at once). Encoded a slice at a time: the bytes of
    a large page (briefing.json is 85 MB for 10,000 articles) are never all held at once.
    `present`: folders known to exist (so the pages of one folder look its ancestors up once)."""
    if present is None or path.parent not in present:
        missing = [d for d in [path.parent, *path.parent.parents] if not d.exists()]
        for d in reversed(missing):
            d.mkdir()
            made_dirs.append(d)
        if present is not None:
            present.add(path.parent)
    # A name of this process's own, made with O_EXCL: mkstemp's random names and its 0600 mode
    # (then a chmod) cost a quarter of a millisecond a page, seconds for a large briefing.
    # Another writer's file of that name (none: a run sweeps leftovers first) falls back to it.
    tmp = path.parent / f"{_NEW}{os.getpid()}-{next(_SERIAL)}"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        fd, name = tempfile.mkstemp(prefix=_NEW, dir=path.parent)
        tmp = Path(name)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; pages should read like any file
    staged.append((tmp, path))
    with os.fdopen(fd, "wb") as fh:
        for i in range(0, len(text), _SLICE):
            fh.write(text[i:i + _SLICE].encode("utf-8"))


_SERIAL = itertools.count()
_SLICE = 1 << 20
"""Characters encoded and written at a time while staging."""
_SURROGATE = re.compile("[\ud800-\udfff]")


def _backup(path: Path) -> Path:
    """A hard link to the current version of path (or a copy where links are not supported)."""
    fd, name = tempfile.mkstemp(prefix=_OLD, dir=path.parent)
    os.close(fd)
    os.unlink(name)
    try:
        os.link(path, name)
    except OSError:
        shutil.copy2(path, name)
    return Path(name)


def _sweep(docs: Path) -> None:
    """Remove temp and backup files a hard-killed run left behind."""
    for pattern in (_NEW + "*", _OLD + "*"):
        for p in docs.rglob(pattern):
            if p.is_file() and not p.is_symlink():
                p.unlink()


def _prune(docs: Path, start: Path) -> None:
    parent = start
    while parent != docs and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent


def write(docs: Path, files: dict[str, str]) -> tuple[list[str], list[str]]:
    """Make docs/ hold `files` (plus any hand-written files); returns (written, removed)."""
    inside: dict[str, bool] = {}
    writes, removes = plan(docs, files, inside)
    manifest = manifest_text(files)
    mpath = docs / MANIFEST
    if docs.is_dir():
        _sweep(docs)
    if not writes and not removes and mpath.is_file() and mpath.read_text(encoding="utf-8") == manifest:
        return writes, removes
    docs.mkdir(parents=True, exist_ok=True)
    guard = _Guard()
    staged: list[tuple[Path, Path]] = []       # (temp, target)
    made_dirs: list[Path] = []
    present: set[Path] = set()
    done: list[tuple[Path, Path | None]] = []  # (target, backup of its previous version or None)
    with _signals(guard):
        try:
            for rel in writes:
                target = safe_path(docs, rel, inside)
                _stage(target, files[rel], made_dirs, staged, present)
            _stage(mpath, manifest, made_dirs, staged, present)
            _flush([tmp for tmp, _ in staged])
            guard.defer = True
            for rel in removes:
                target = safe_path(docs, rel, inside)
                done.append((target, _backup(target)))
                os.unlink(target)
            for tmp, target in staged:
                done.append((target, _backup(target) if target.exists() else None))
                os.replace(tmp, target)
        except BaseException as exc:
            guard.defer = True
            _rollback(done, staged, made_dirs, docs)
            if isinstance(exc, UnicodeEncodeError):
                _check_encoding(files)   # names every file that cannot be written, not just this one
            raise
        # Committed: the backups are no longer needed.
        for _, backup in done:
            if backup is not None:
                backup.unlink()
        for rel in removes:
            _prune(docs, safe_path(docs, rel, inside).parent)
        _sync_dirs({t.parent for _, t in staged})
    if guard.pending is not None:
        signal.raise_signal(guard.pending)
    return writes, removes


FLUSH_THREADS = 32


def _flush(paths: list[Path]) -> None:
    """fsync every staged file before anything is committed; a failure (EIO, ENOSPC) aborts the run.

    One fsync after another costs a journal commit each (about 4 ms here: 40 s for the 10,000
    pages of a large briefing); issued together from threads, the filesystem commits them in
    groups, some twenty times faster, and each file still reports its own error.
    """
    def sync(path: Path) -> None:
        fd = os.open(path, os.O_RDWR)  # Windows flushes only a handle open for writing
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    if len(paths) <= 2:
        for path in paths:
            sync(path)
        return
    from concurrent.futures import ThreadPoolExecutor   # here: a run that writes nothing never needs it
    with ThreadPoolExecutor(min(FLUSH_THREADS, len(paths))) as pool:
        for _ in pool.map(sync, paths):
            pass


def _check_encoding(files: dict[str, str]) -> None:
    """Raise naming every file that cannot be written as UTF-8 (a lone surrogate from YAML). Run
    only once staging has met one, and rolled back: looking for surrogates in every page first
    took longer than encoding them, which staging does anyway."""
    problems = []
    for rel, text in files.items():
        if not _SURROGATE.search(text):  # the only str UTF-8 cannot encode
            continue
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            problems.append(Problem(rel, None, f"cannot be written as UTF-8: {exc.reason} "
                                               f"({text[exc.start:exc.end]!r}, from an escape like \\ud800 in YAML?)"))
    if problems:
        raise InputError(problems)


def _rollback(done, staged, made_dirs, docs: Path) -> None:
    """Undo the commit so far, newest first, and drop everything staged."""
    for target, backup in reversed(done):
        if backup is None:
            if target.exists():
                target.unlink()
        elif target.exists() and os.path.samefile(backup, target):
            backup.unlink()  # never swapped; and rename() between two links of one file does nothing
        else:
            os.replace(backup, target)
    for tmp, _ in staged:
        if tmp.exists():
            tmp.unlink()
    for d in reversed(made_dirs):
        _prune(docs, d)


def _sync_dirs(dirs) -> None:
    """Flush the renames themselves to disk, where the platform allows it."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    for d in sorted(dirs):
        try:
            fd = os.open(d, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            continue
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)
