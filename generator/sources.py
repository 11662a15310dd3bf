"""Read seed files from disk: the article files of a folder, decoded and checked.

Apart from ingest.py (which parses them into articles) because every run reads them, also one
whose pages all come from the cache: its key is made of the files as read here.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from .errors import InputError, Problem
from .frozen import frozen
from .write import MAX_ID, id_problem

SEED_SUFFIXES = (".txt", ".md")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


@frozen
class Source:
    """A seed file as read from disk, before parsing."""

    id: str
    path: str
    text: str


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _looks_utf16(data: bytes) -> bool:
    """Mostly-ASCII UTF-16 has a NUL in every other byte."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    return max(even, odd) > len(data) // 8 and min(even, odd) < max(even, odd) // 8


def decode(data: bytes, path: str) -> str:
    """UTF-8 with or without BOM, or UTF-16 with a BOM; anything else is an error.

    Control characters (other than tab and newline) carry no text and can
    upset tools downstream, so they become spaces.
    """
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(Problem(path, None, f"not valid UTF-16 ({exc.reason})"))
    else:
        if b"\x00" in data:
            if _looks_utf16(data):
                raise InputError(Problem(path, None, "looks like UTF-16 without a byte-order mark; save the article as UTF-8"))
            raise InputError(Problem(path, None, "binary file (NUL bytes), not a text article"))
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(Problem(path, line, "not UTF-8 text; save the article as UTF-8"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", text))


def _suggest_id(stem: str) -> str:
    s = unicodedata.normalize("NFKD", stem.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9_-]+", "-", s).strip("-_")[:MAX_ID]


def article_id(path: Path) -> tuple[str | None, Problem | None]:
    """The article id of a seed file: its name without the extension, if that is a safe id."""
    stem = path.name[: -len(path.suffix)]
    reason = id_problem(stem)
    if reason is None:
        return stem, None
    hint = _suggest_id(stem)
    hint = f", e.g. '{hint}{path.suffix}'" if hint and id_problem(hint) is None else ""
    return None, Problem(str(path), None, f"the file name is the article id, and this one cannot be: {reason}; "
                                          f"rename the file{hint}")


def read_sources(seeds: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Source, ...]:
    """Every article file directly in `seeds`, sorted by id; all problems at once.

    Files whose name starts with '.' are skipped like any hidden file (macOS
    leaves `._name.txt` copies on shared drives); subfolders are not articles.
    """
    if not seeds.is_dir():
        what = "is not a folder" if seeds.exists() else "not found"
        raise InputError(Problem(str(seeds), None, f"seeds folder {what}"))
    problems: list[Problem] = []
    by_id: dict[str, Source] = {}
    for path in sorted(seeds.iterdir()):
        if path.name.startswith(".") or path.suffix.lower() not in SEED_SUFFIXES or not path.is_file():
            continue
        aid, problem = article_id(path)
        if problem:
            problems.append(problem)
            continue
        try:
            size = path.stat().st_size
            if size > max_bytes:
                problems.append(Problem(str(path), None, f"file is {size} bytes, over the limit of {max_bytes} "
                                                         "(raise it with --max-bytes)"))
                continue
            data = path.read_bytes()
        except OSError as exc:
            problems.append(Problem(str(path), None, f"cannot read: {exc.strerror or exc}"))
            continue
        try:
            text = decode(data, str(path))
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if not text.strip():
            problems.append(Problem(str(path), None, "empty article"))
            continue
        # Ids differing only by case would be one page on macOS and Windows.
        key = aid.casefold()
        if key in by_id:
            problems.append(Problem(str(path), None, f"duplicate article id '{aid}' (also {by_id[key].path})"))
            continue
        by_id[key] = Source(aid, str(path), text)
    if problems:
        raise InputError(problems)
    if not by_id:
        raise InputError(Problem(str(seeds), None, "no articles (.txt or .md) in the seeds folder"))
    return tuple(sorted(by_id.values(), key=lambda s: s.id))
