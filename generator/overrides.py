"""Curated editorial input under seeds/overrides/: loading and validation.

This first part covers what every run needs: articles.yml (article metadata)
and the curated prose blocks. Errors name the file and line.
"""
from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import InputError, Problem

ARTICLE_KEYS = ("title", "outlet", "url", "published", "exclude")
MAX_YAML_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Overrides:
    articles: dict = field(default_factory=dict)
    """article id -> {title, outlet, url, published, exclude}"""
    articles_path: str = ""
    prose: dict = field(default_factory=dict)
    """page path -> {"top": markdown, "bottom": markdown}"""
    templates: Path | None = None


class _LineLoader(yaml.SafeLoader):
    """Safe loader that remembers the line of every mapping key (for error messages)."""


def _construct_mapping(loader, node, deep=False):
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
    mapping = LineDict(mapping)
    mapping.lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if hasattr(k, "value")}
    mapping.line = node.start_mark.line + 1
    return mapping


class LineDict(dict):
    lines: dict
    line: int


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml_file(path: Path):
    """Parse a YAML file safely; syntax errors become Problems with a line."""
    data = path.read_bytes()
    if len(data) > MAX_YAML_BYTES:
        raise InputError(Problem(str(path), None, f"file is larger than {MAX_YAML_BYTES} bytes"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(Problem(str(path), data[: exc.start].count(b"\n") + 1, "not UTF-8 text"))
    try:
        loader = _LineLoader(text)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        msg = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(Problem(str(path), mark.line + 1 if mark else None, f"YAML syntax error: {msg}"))


def suggest(key: str, valid) -> str:
    close = difflib.get_close_matches(str(key), list(valid), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _check_articles(data, path: str) -> list[Problem]:
    problems = []
    if data is None:
        return problems
    if not isinstance(data, dict):
        return [Problem(path, getattr(data, "line", 1), "must be a mapping of article id to its metadata")]
    for aid, rec in data.items():
        line = data.lines.get(aid) if isinstance(data, LineDict) else None
        if rec is None:
            continue
        if not isinstance(rec, dict):
            problems.append(Problem(path, line, f"'{aid}' must be a mapping of metadata keys"))
            continue
        for key, value in rec.items():
            kline = rec.lines.get(key, line) if isinstance(rec, LineDict) else line
            if key not in ARTICLE_KEYS:
                problems.append(Problem(path, kline, f"unknown key '{key}' for article '{aid}'{suggest(key, ARTICLE_KEYS)}"))
            elif key == "published" and value is not None and not isinstance(value, dt.date):
                try:
                    dt.date.fromisoformat(str(value))
                except ValueError:
                    problems.append(Problem(path, kline, f"'published' of '{aid}' must be a date YYYY-MM-DD, got {value!r}"))
            elif key == "exclude" and not isinstance(value, bool):
                problems.append(Problem(path, kline, f"'exclude' of '{aid}' must be true or false"))
            elif key in ("title", "outlet", "url") and value is not None and not isinstance(value, (str, int, float)):
                problems.append(Problem(path, kline, f"'{key}' of '{aid}' must be text"))
    return problems


def load(overrides_dir: Path | None, metadata_only: bool = False) -> Overrides:
    """Read seeds/overrides/. With metadata_only, everything but articles.yml is skipped."""
    if overrides_dir is None or not overrides_dir.is_dir():
        return Overrides()
    problems: list[Problem] = []
    articles, apath = {}, ""
    path = overrides_dir / "articles.yml"
    if path.exists():
        apath = str(path)
        try:
            articles = load_yaml_file(path) or {}
            problems.extend(_check_articles(articles, apath))
        except InputError as exc:
            problems.extend(exc.problems)
    prose = {}
    if not metadata_only:
        prose_dir = overrides_dir / "prose"
        if prose_dir.is_dir():
            for f in sorted(prose_dir.rglob("*.md")):
                rel = f.relative_to(prose_dir).as_posix()
                page, _, where = rel[:-3].rpartition(".")
                if where not in ("top", "bottom") or not page:
                    problems.append(Problem(str(f), None, "prose files are named <page>.top.md or <page>.bottom.md (e.g. index.top.md)"))
                    continue
                prose.setdefault(page + ".md", {})[where] = f.read_text(encoding="utf-8").strip() + "\n"
    if problems:
        raise InputError(problems)
    templates = overrides_dir / "templates"
    return Overrides(dict(articles), apath, prose, templates if templates.is_dir() and not metadata_only else None)
