"""Curated editorial input under seeds/overrides/: loading and validation.

Editors are journalists, not programmers, so every file has a schema (below,
as data) and every mistake is reported as FILE:LINE: message, all at once:
YAML syntax, unknown keys (with the nearest valid key), wrong types or
values, dates that are not dates. Whether an id still exists is checked
later, against the extracted briefing (generator/curate.py).

Files (all optional):
  articles.yml     article id -> title, outlet, url, published, exclude
  actors.yml       actor id -> name, aliases, type, roles, affiliation, description, hide, merge_into, add, mentions
  incidents.yml    incident id -> title, date, end_date, places, summary, hide, merge_into, split, casualties, add_casualties
  reactions.yml    reaction id -> actor, date, incident, stance, quote, summary, hide, add, sources
  background.yml   background id -> hide, add, period, text, sources
  prose/<page>.top.md, prose/<page>.bottom.md   Markdown placed at the top or bottom of a generated page
  templates/<name>.md.j2                        replaces the page template of the same name
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import yamlio
from .errors import InputError, Problem
from .write import id_problem
from .yamlio import LineDict

TYPES = ("person", "country", "organization", "group", "other")
KINDS = ("killed", "wounded", "captured", "missing", "displaced")
QUALIFIERS = ("exact", "at_least", "about", "more_than", "up_to")
STANCES = ("call_restraint", "call_ceasefire", "call_dialogue", "concern", "condemn", "support",
           "mediation", "mission", "meeting", "other")

FIGURE = {"party": "str?", "kind": f"enum:{'|'.join(KINDS)}", "number": "int", "qualifier": f"enum:{'|'.join(QUALIFIERS)}",
          "reported_by": "str?", "source": "ref", "hide": "bool", "note": "str?"}
SCHEMAS = {
    "articles.yml": {"title": "str?", "outlet": "str?", "url": "url?", "published": "date?", "exclude": "bool"},
    "actors.yml": {"name": "str", "aliases": "list[str]", "type": f"enum:{'|'.join(TYPES)}", "roles": "list[str]",
                   "affiliation": "str?", "description": "str?", "hide": "bool", "merge_into": "str", "add": "bool",
                   "mentions": "list[ref]"},
    "incidents.yml": {"title": "str", "date": "date?", "end_date": "date?", "places": "list[str]", "summary": "str?",
                      "hide": "bool", "merge_into": "str", "split": "list[split]", "casualties": "map[figure]",
                      "add_casualties": "list[figure]"},
    "reactions.yml": {"actor": "str", "date": "date?", "incident": "str?", "stance": f"list[enum:{'|'.join(STANCES)}]",
                      "quote": "str?", "summary": "str?", "hide": "bool", "add": "bool", "sources": "list[ref]"},
    "background.yml": {"hide": "bool", "add": "bool", "period": "str?", "text": "str", "sources": "list[ref]"},
}
SPLIT = {"id": "str", "articles": "list[str]", "title": "str?"}
REF = re.compile(r"^(?P<article>[^#\s]+)#p(?P<paragraph>\d+)$")


@dataclass(frozen=True)
class Overrides:
    articles: dict = field(default_factory=dict)
    """article id -> {title, outlet, url, published, exclude}"""
    articles_path: str = ""
    actors: dict = field(default_factory=dict)
    incidents: dict = field(default_factory=dict)
    reactions: dict = field(default_factory=dict)
    background: dict = field(default_factory=dict)
    paths: dict = field(default_factory=dict)
    """file name -> path as given, for messages"""
    prose: dict = field(default_factory=dict)
    """page path -> {"top": markdown, "bottom": markdown}"""
    prose_paths: dict = field(default_factory=dict)
    """page path -> {"top": file, "bottom": file}, for messages"""
    templates: Path | None = None

    def line(self, file: str, item_id: str, key: str | None = None) -> int | None:
        data = getattr(self, file.removesuffix(".yml"), None)
        if not isinstance(data, LineDict):
            return None
        rec = data.get(item_id)
        if key and isinstance(rec, LineDict) and key in rec.lines:
            return rec.lines[key]
        return data.lines.get(item_id)


def suggest(key, valid) -> str:
    close = difflib.get_close_matches(str(key), list(valid), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def parse_ref(value) -> tuple[str, int] | None:
    """A paragraph reference: {article: ID, paragraph: N} or "ID#pN"."""
    if isinstance(value, str):
        m = REF.match(value.strip())
        return (m.group("article"), int(m.group("paragraph"))) if m else None
    if isinstance(value, dict) and set(value) == {"article", "paragraph"} \
            and isinstance(value["article"], str) and isinstance(value["paragraph"], int) and not isinstance(value["paragraph"], bool):
        return value["article"], value["paragraph"]
    return None


class _Checker:
    def __init__(self, path: str):
        self.path, self.problems = path, []

    def err(self, line, msg):
        self.problems.append(Problem(self.path, line, msg))

    def value(self, spec: str, value, where: str, line) -> None:
        nullable = spec.endswith("?")
        spec = spec.rstrip("?")
        if value is None:
            if not nullable:
                self.err(line, f"{where} must not be empty")
            return
        if spec == "str":
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                self.err(line, f"{where} must be text, got {type(value).__name__}")
        elif spec == "url":
            if not isinstance(value, str) or not re.match(r"^https?://\S+$", value):
                self.err(line, f"{where} must be an http(s) address, got {value!r}")
        elif spec == "bool":
            if not isinstance(value, bool):
                self.err(line, f"{where} must be true or false, got {value!r}")
        elif spec == "int":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                self.err(line, f"{where} must be a whole number, got {value!r}")
        elif spec == "date":
            if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
                try:
                    dt.date.fromisoformat(str(value))
                except ValueError:
                    self.err(line, f"{where} must be a date YYYY-MM-DD, got {value!r}")
        elif spec.startswith("enum:"):
            options = spec[5:].split("|")
            if value not in options:
                self.err(line, f"{where} must be one of {', '.join(options)}, got {value!r}{suggest(value, options)}")
        elif spec == "ref":
            if parse_ref(value) is None:
                self.err(line, f"{where} must be a paragraph reference like '000_abc#p3' or {{article: 000_abc, paragraph: 3}}")
        elif spec.startswith("list[") or spec.startswith("map["):
            inner = spec[spec.index("[") + 1:-1]
            if spec.startswith("list["):
                if not isinstance(value, list):
                    self.err(line, f"{where} must be a list (one '- item' per line)")
                    return
                items = [(f"{where}[{i + 1}]", v) for i, v in enumerate(value)]
            else:
                if not isinstance(value, dict):
                    self.err(line, f"{where} must be a mapping")
                    return
                items = [(f"{where}.{k}", v) for k, v in value.items()]
            for w, v in items:
                vline = value.lines.get(w.rsplit(".", 1)[-1], line) if isinstance(value, LineDict) else line
                if inner in ("figure", "split"):
                    self.record(v, FIGURE if inner == "figure" else SPLIT, w, getattr(v, "line", vline))
                else:
                    self.value(inner, v, w, vline)

    def record(self, rec, schema: dict, where: str, line) -> None:
        if not isinstance(rec, dict):
            self.err(line, f"{where} must be a mapping of keys to values")
            return
        for key, value in rec.items():
            kline = rec.lines.get(key, line) if isinstance(rec, LineDict) else line
            if key not in schema:
                self.err(kline, f"unknown key '{key}' in {where}{suggest(key, schema)}")
                continue
            self.value(schema[key], value, f"{where}.{key}", kline)


def check_file(name: str, data, path: str) -> list[Problem]:
    c = _Checker(path)
    if data is None:
        return []
    if not isinstance(data, dict):
        c.err(getattr(data, "line", 1), "must be a mapping of ids to their settings")
        return c.problems
    wrapper = name.removesuffix(".yml")
    if list(data) == [wrapper] and isinstance(data[wrapper], dict) and data[wrapper] \
            and all(v is None or isinstance(v, dict) for v in data[wrapper].values()):
        # "articles:\n  000_abc: {...}", as a schema's example block reads: one clear error, not one per id
        c.err(data.lines.get(wrapper) if isinstance(data, LineDict) else None,
              f"ids go at the top level of {name}: remove the line '{wrapper}:' and unindent the entries under it")
        return c.problems
    for item_id, rec in data.items():
        line = data.lines.get(item_id) if isinstance(data, LineDict) else None
        if rec is None:
            continue
        c.record(rec, SCHEMAS[name], str(item_id), line)
        # Ids an editor invents become file names and anchors: check them here, where the line is known.
        new_ids = [(str(item_id), line)] if isinstance(rec, dict) and rec.get("add") else []
        if name == "incidents.yml" and isinstance(rec, dict) and isinstance(rec.get("split"), list):
            new_ids += [(str(part.get("id")), getattr(part, "line", line)) for part in rec["split"] if isinstance(part, dict)]
        for new_id, where in new_ids:
            why = id_problem(new_id)
            if why:
                c.err(where, f"'{new_id}' cannot be an id: {why}")
    return c.problems


def load(overrides_dir: Path | None, metadata_only: bool = False) -> Overrides:
    """Read and validate seeds/overrides/. With metadata_only, everything but articles.yml is skipped."""
    if overrides_dir is None:
        return Overrides()
    if not overrides_dir.is_dir():
        if overrides_dir.exists():
            raise InputError(Problem(str(overrides_dir), None, "the overrides path is not a folder"))
        return Overrides()
    problems: list[Problem] = []
    loaded, paths = {}, {}
    names = ["articles.yml"] if metadata_only else list(SCHEMAS)
    for name in names:
        path = overrides_dir / name
        if not path.exists():
            continue
        paths[name] = str(path)
        try:
            data = yamlio.load_file(path)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        problems.extend(check_file(name, data, str(path)))
        loaded[name] = data if data is not None else LineDict()
    if not metadata_only:
        for path in sorted(overrides_dir.glob("*.y*ml")):
            if path.name not in SCHEMAS:
                problems.append(Problem(str(path), None, f"unknown overrides file{suggest(path.name, SCHEMAS)}; "
                                                         f"known: {', '.join(SCHEMAS)}"))
    prose, prose_paths = {}, {}
    if not metadata_only:
        prose_dir = overrides_dir / "prose"
        if prose_dir.is_dir():
            for f in sorted(prose_dir.rglob("*.md")):
                rel = f.relative_to(prose_dir).as_posix()
                page, _, where = rel[:-3].rpartition(".")
                if where not in ("top", "bottom") or not page:
                    problems.append(Problem(str(f), None, "prose files are named <page>.top.md or <page>.bottom.md "
                                                          "(e.g. index.top.md for the overview)"))
                    continue
                try:
                    text = f.read_text(encoding="utf-8").strip() + "\n"
                except UnicodeDecodeError:
                    problems.append(Problem(str(f), None, "not UTF-8 text"))
                    continue
                prose.setdefault(page + ".md", {})[where] = text
                prose_paths.setdefault(page + ".md", {})[where] = str(f)
    if problems:
        raise InputError(problems)
    templates = overrides_dir / "templates"
    return Overrides(
        articles=loaded.get("articles.yml", {}), articles_path=paths.get("articles.yml", ""),
        actors=loaded.get("actors.yml", {}), incidents=loaded.get("incidents.yml", {}),
        reactions=loaded.get("reactions.yml", {}), background=loaded.get("background.yml", {}),
        paths=paths, prose=prose, prose_paths=prose_paths,
        templates=templates if templates.is_dir() and not metadata_only else None)
