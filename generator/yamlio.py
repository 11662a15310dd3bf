"""Safe, bounded YAML reading for editor-written files (overrides, front matter).

PyYAML's safe loader still expands anchors and aliases, so a few lines can
grow into gigabytes (a "billion laughs" bomb). Editors have no need for
aliases, so a document that uses them is rejected before it is constructed.
Nesting is bounded too (`MAX_DEPTH`), and so is the size (`MAX_YAML_BYTES`).
Mappings remember the line of each key so errors can point at it.

Events come from libyaml when PyYAML was built with it (the usual wheel): its
scanner and parser are C, so a generated articles.yml of 10,000 entries reads
in 0.55 s instead of 2.3 s. Composing the nodes and constructing the values
stay in Python (`Composer`, `SafeConstructor`), the same code either way, so
both parsers give the same values, the same lines and the same checks.
"""
from __future__ import annotations

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from .errors import InputError, Problem

MAX_YAML_BYTES = 1024 * 1024
MAX_DEPTH = 64
"""Collections nested deeper than this are refused (editors' files nest a few levels); it keeps
composing, which recurses once per level, far from Python's recursion limit."""


class LineDict(dict):
    """A mapping that knows the 1-based line of itself and of each key."""

    line: int = 0
    lines: dict


class _Checks:
    """Composer hooks, mixed in before `Composer`: no aliases, bounded depth."""

    _depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(None, None, "aliases (*name) are not allowed in this file", event.start_mark)
        # Both start events by name: libyaml's check_event compares exact classes, not subclasses.
        if self.check_event(yaml.SequenceStartEvent, yaml.MappingStartEvent):
            if self._depth >= MAX_DEPTH:
                raise yaml.MarkedYAMLError(None, None, f"nested more than {MAX_DEPTH} levels deep",
                                           self.peek_event().start_mark)
            self._depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1
        return super().compose_node(parent, index)

    def construct_object(self, node, deep=False):
        # A value that matches a YAML type but not its range ("2022-02-30", a date) raises
        # ValueError in the constructor; report it at its line like any other YAML error.
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, OverflowError) as exc:
            raise yaml.MarkedYAMLError(None, None, f"invalid value {getattr(node, 'value', '')!r}: {exc}",
                                       node.start_mark) from None


class _PyLoader(_Checks, yaml.SafeLoader):
    """PyYAML's own reader, scanner and parser (when libyaml is missing)."""


if getattr(yaml, "__with_libyaml__", False):
    from yaml._yaml import CParser

    class _Loader(_Checks, Composer, CParser, SafeConstructor, Resolver):
        """libyaml's events, composed and constructed by PyYAML's Python code."""

        def __init__(self, stream):
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

        # CParser composes in C too; take the Python composer's methods (with the checks above).
        get_node = Composer.get_node
        check_node = Composer.check_node
        get_single_node = Composer.get_single_node
else:  # pragma: no cover - the PyYAML wheels ship libyaml
    _Loader = _PyLoader


def _construct_mapping(loader, node, deep=False):
    mapping = LineDict(SafeConstructor.construct_mapping(loader, node, deep=deep))
    mapping.line = node.start_mark.line + 1
    mapping.lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if hasattr(k, "value")}
    return mapping


for _cls in dict.fromkeys((_PyLoader, _Loader)):
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse(text: str, path: str, first_line: int = 1, loader=None):
    """Parse one YAML document; syntax errors become a Problem naming path and line."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_YAML_BYTES:
        raise InputError(Problem(path, None, f"YAML is larger than {MAX_YAML_BYTES} bytes"))
    made = None
    try:
        try:
            made = (loader or _Loader)(text)
        except UnicodeEncodeError:  # a lone surrogate, which libyaml cannot be given; PyYAML refuses it
            made = _PyLoader(text)
        return made.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        msg = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "maximum nesting depth" in msg:
            # libyaml's own bound (PyYAML 6.0.4 on), which its scanner, reading ahead, meets before ours
            msg = f"nested more than {MAX_DEPTH} levels deep"
        # At the end of a text without a final newline libyaml counts one line more than there is.
        line = min(mark.line, text.count("\n")) + first_line if mark else None
        raise InputError(Problem(path, line, f"YAML error: {msg}"))
    except RecursionError:
        raise InputError(Problem(path, None, "YAML is nested too deeply"))
    finally:
        if made is not None:
            made.dispose()


def load_file(path) -> object:
    data = path.read_bytes()
    if len(data) > MAX_YAML_BYTES:
        raise InputError(Problem(str(path), None, f"file is larger than {MAX_YAML_BYTES} bytes"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(Problem(str(path), data[: exc.start].count(b"\n") + 1, "not UTF-8 text"))
    return parse(text, str(path))
