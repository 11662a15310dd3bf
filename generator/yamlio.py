"""Safe, bounded YAML reading for editor-written files (overrides, front matter).

PyYAML's safe loader still expands anchors and aliases, so a few lines can
grow into gigabytes (a "billion laughs" bomb). Editors have no need for
aliases, so a document that uses them is rejected before it is constructed.
Mappings remember the line of each key so errors can point at it.
"""
from __future__ import annotations

import yaml

from .errors import InputError, Problem

MAX_YAML_BYTES = 1024 * 1024


class LineDict(dict):
    """A mapping that knows the 1-based line of itself and of each key."""

    line: int = 0
    lines: dict


class _Loader(yaml.SafeLoader):
    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(None, None, "aliases (*name) are not allowed in this file", event.start_mark)
        return super().compose_node(parent, index)


def _construct_mapping(loader, node, deep=False):
    mapping = LineDict(yaml.SafeLoader.construct_mapping(loader, node, deep=deep))
    mapping.line = node.start_mark.line + 1
    mapping.lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if hasattr(k, "value")}
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse(text: str, path: str, first_line: int = 1):
    """Parse one YAML document; syntax errors become a Problem naming path and line."""
    if len(text.encode("utf-8")) > MAX_YAML_BYTES:
        raise InputError(Problem(path, None, f"YAML is larger than {MAX_YAML_BYTES} bytes"))
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        msg = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(Problem(path, (mark.line + first_line) if mark else None, f"YAML error: {msg}"))
    except RecursionError:
        raise InputError(Problem(path, None, "YAML is nested too deeply"))
    finally:
        loader.dispose()


def load_file(path) -> object:
    data = path.read_bytes()
    if len(data) > MAX_YAML_BYTES:
        raise InputError(Problem(str(path), None, f"file is larger than {MAX_YAML_BYTES} bytes"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(Problem(str(path), data[: exc.start].count(b"\n") + 1, "not UTF-8 text"))
    return parse(text, str(path))
