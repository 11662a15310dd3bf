"""A content-hash cache of the per-article stages (ingest, segment, extract).

Reading one article is independent of every other, so its result is a
pure function of three things, which together make the key:

- the article's source text and path (front matter depends on the suffix),
- its curated metadata from articles.yml (the publication date resolves
  its dates),
- the generator itself: every code and data file of the package except the
  stages that run after extraction (`DOWNSTREAM`), and the Python version.
  Any edit to an extractor or a vocabulary file gives new keys, so a stale
  result is never served; editing a template or the renderer keeps them.

Each entry is one pickle file, `<dir>/<fingerprint>/<key[:2]>/<key>.pickle`,
holding (format, key, article, extraction). The folder is safe to delete
at any time; an unreadable, truncated or foreign entry counts as a miss
and is rewritten. Folders of older generator versions are pruned so the
cache does not grow with every edit. Entries are written by the generator
on this machine only, like Python's own __pycache__: the folder is local
state, not input, and must not be shared with untrusted parties.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import io
import operator
import os
import pickle
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # imported when an article is packed or unpacked: a run served whole needs no model
    from .model import Article, Extraction

FORMAT = 3
"""Bump when the entry layout changes (2: the pages of a run are stored file by file, as UTF-8;
3: with the navigation's titles)."""
DEFAULT_DIR = Path(".cache/briefing")
KEEP_VERSIONS = 3
"""Folders of this many generator versions are kept (the newest); older ones are pruned."""
_PACKAGE = Path(__file__).parent
_CODE_SUFFIXES = (".py", ".yml", ".yaml", ".json", ".txt")
_VERSION = re.compile(r"[0-9a-f]{32}")


DOWNSTREAM = ("__main__.py", "cli.py", "merge", "curate.py", "render.py", "paging.py", "nav.py", "timeline.py", "export.py",
              "templates")
"""Parts of the package that only run after extraction (data flows one way, so no per-article
stage imports them; tests/test_cache.py checks that). Editing them, the usual work on the site,
keeps the cache; everything else, including a module added later, is part of the fingerprint."""


def fingerprint(package: Path = _PACKAGE, downstream: bool = False) -> str:
    """Hash of the code and reference data that the per-article stages can depend on
    (with `downstream`, of the whole package, templates included: what the pages depend on)."""
    return fingerprints(package)[1 if downstream else 0]


def fingerprints(package: Path = _PACKAGE) -> tuple[str, str]:
    """Both fingerprints, reading the package once."""
    salt = f"briefing-cache {FORMAT} {sys.version} {pickle.DEFAULT_PROTOCOL}".encode()
    upstream, whole = hashlib.sha256(salt), hashlib.sha256(salt)
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package)
        if "__pycache__" in rel.parts or not path.is_file():
            continue
        entry = rel.as_posix().encode() + b"\0" + path.read_bytes() + b"\0"
        whole.update(entry)
        if path.suffix in _CODE_SUFFIXES and rel.parts[0] not in DOWNSTREAM:
            upstream.update(entry)
    return upstream.hexdigest(), whole.hexdigest()


@functools.cache
def _reducers() -> dict:
    """Pickle the model's dataclasses as constructor calls.

    The default for slotted frozen dataclasses restores each object through
    a Python-level __setstate__ that looks the fields up every time; calling
    the constructor with positional fields loads twice as fast.
    """
    from . import model
    table = {}
    for cls in vars(model).values():
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__:
            fields = dataclasses.fields(cls)
            if all(f.init for f in fields):
                table[cls] = _constructor_call(cls, tuple(f.name for f in fields))
    return table


def _constructor_call(cls: type, names: tuple[str, ...]):
    # attrgetter builds the tuple of fields in C: a third of the time of a generator expression
    get = operator.attrgetter(*names)
    if len(names) == 1:
        return lambda obj: (cls, (get(obj),))
    return lambda obj: (cls, get(obj))


_SAFE_GLOBALS = {("datetime", "date"), ("builtins", "set"), ("builtins", "frozenset")}


class _SafeUnpickler(pickle.Unpickler):
    """Loads only the model's own types, dates and built-in containers.

    Anyone who can put a file in the cache folder (a pull request that force-adds
    .cache/, a shared machine) must not be able to run code through it: pickle runs
    code only by naming a global to call, so naming anything else is refused, and
    the entry counts as a miss.
    """

    def find_class(self, module, name):
        if module in ("generator.model", "generator.errors") or (module, name) in _SAFE_GLOBALS:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache entry")


def loads(data: bytes):
    return _SafeUnpickler(io.BytesIO(data)).load()


def dump(value, fh) -> None:
    """Pickle straight into the file: the pages of 10,000 articles are 130 MB, not worth a copy in memory."""
    pickler = pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _reducers()
    pickler.dump(value)


def pack(key: str, article: Article, extraction: Extraction) -> bytes:
    """One article's entry, as stored. Worker processes send the main process these very bytes:
    pickled once for both, and with the constructor reducers, which load faster than the
    default that multiprocessing's own pickling would use."""
    fh = io.BytesIO()
    dump((FORMAT, key, article, extraction), fh)
    return fh.getvalue()


def unpack(data: bytes, key: str | None = None) -> tuple[Article, Extraction] | None:
    """What `pack` packed; None for a damaged or foreign entry, or one stored under another key
    than `key` (None: any key)."""
    from .model import Article, Extraction
    try:
        fmt, stored, article, extraction = loads(data)
    except Exception:  # any damage to the file is a miss; the entry is rewritten
        return None
    if fmt != FORMAT or (key is not None and stored != key) or not isinstance(article, Article) \
            or not isinstance(extraction, Extraction):
        return None
    return article, extraction


@dataclass(frozen=True)
class Cache:
    root: Path
    """The version folder: <cache dir>/<fingerprint>."""
    generator: str
    """The whole generator's fingerprint (`fingerprint(downstream=True)`), part of a run's key."""

    def key(self, path: str, text: str, metadata) -> str:
        # In the file's order and with the types YAML gave: both can show in the output
        # (the order of an article's curated fields, a date against a string).
        meta = repr(list(dict(metadata or {}).items()))
        h = hashlib.sha256()
        for part in (self.root.name, path, meta, text):
            data = part.encode("utf-8")
            h.update(len(data).to_bytes(8, "little") + data)
        return h.hexdigest()

    def _file(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> tuple[Article, Extraction] | None:
        try:
            data = self._file(key).read_bytes()
        except OSError:
            return None
        return unpack(data, key)

    def put(self, key: str, article: Article, extraction: Extraction) -> None:
        self.put_packed(key, pack(key, article, extraction))

    def put_packed(self, key: str, data: bytes) -> None:
        """Store an entry `pack` made."""
        _store(self._file(key), lambda fh: fh.write(data))

    # The pages of a whole run. When no input changed at all (articles, overrides, settings,
    # the generator's code and templates), merging and rendering would give the same pages
    # again; on 10,000 articles they take most of a warm run. One slot: the last run's pages.

    def site_key(self, parts) -> str:
        """Key of a whole run: the full generator fingerprint, then every input as str or bytes."""
        h = hashlib.sha256(self.generator.encode())
        for part in parts:
            data = part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogatepass")
            h.update(len(data).to_bytes(8, "little") + data)
        return h.hexdigest()

    def get_site(self, key: str) -> tuple[dict[str, str], dict[str, str], list] | None:
        """The pages, navigation titles and warnings that `put_site` stored under `key`."""
        try:
            with open(self.root / SITE, "rb") as fh:
                loader = _SafeUnpickler(fh)
                fmt, stored, titles, warnings, count = loader.load()
                if fmt != FORMAT or stored != key or not isinstance(titles, dict) or not isinstance(warnings, list):
                    return None
                pieces: dict[str, list[str]] = {}
                for _ in range(count):
                    path, data = loader.load()
                    pieces.setdefault(path, []).append(data.decode("utf-8", "surrogatepass"))
        except Exception:  # missing or damaged: a miss
            return None
        if not all(isinstance(p, str) for p in pieces):
            return None
        return {path: "".join(parts) for path, parts in pieces.items()}, titles, warnings

    def put_site(self, key: str, files: dict[str, str], titles: dict[str, str], warnings: list) -> None:
        """One pickle of (format, key, titles, warnings, number of pieces), then one of (path, UTF-8 bytes)
        per piece of a file, a file being one piece or more (`SITE_PIECE` characters each). So no
        second copy of the pages is made, not even of one large page (briefing.json is 85 MB for
        10,000 articles); and bytes, because pickling a str makes Python keep a UTF-8 copy inside
        the str for as long as it lives (all the pages once more, until the run ends)."""
        pieces = [(path, i) for path, text in files.items() for i in range(0, max(len(text), 1), SITE_PIECE)]

        def write(fh) -> None:
            dump((FORMAT, key, titles, warnings, len(pieces)), fh)
            for path, i in pieces:
                dump((path, files[path][i:i + SITE_PIECE].encode("utf-8", "surrogatepass")), fh)
        _store(self.root / SITE, write)


SITE = "site.pickle"
SITE_PIECE = 1 << 20
"""Characters per stored piece of a page."""


def _store(path: Path, write) -> None:
    """Write atomically with `write(file)`; a cache that cannot be written only costs speed, never the run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass


def open_cache(directory: Path) -> Cache:
    """The cache of this generator version under `directory`; prunes other versions' folders."""
    upstream, whole = fingerprints()
    root = directory / upstream[:32]
    try:
        root.mkdir(parents=True, exist_ok=True)
        os.utime(root)
        # Only folders named like a fingerprint: --cache-dir may point at a folder with other things in it.
        versions = sorted((p for p in directory.iterdir() if p != root and _VERSION.fullmatch(p.name) and p.is_dir()),
                          key=lambda p: p.stat().st_mtime, reverse=True)
        for old in versions[KEEP_VERSIONS - 1:]:
            shutil.rmtree(old, ignore_errors=True)
    except OSError:
        pass
    return Cache(root, whole)
