"""Reading editors' YAML (generator/yamlio.py): libyaml's speed with the same values, lines and
refusals as PyYAML's own parser; aliases, deep nesting and bad values are clear errors with a line."""
from __future__ import annotations

import pytest
import yaml

from conftest import ROOT
from generator import yamlio
from generator.errors import InputError

LOADERS = [pytest.param(yamlio._Loader, id="libyaml"), pytest.param(yamlio._PyLoader, id="pure-python")]


def _lines(value):
    """The value with every mapping's own line and key lines, as overrides.py reads them."""
    if isinstance(value, dict):
        return ("map", getattr(value, "line", None), getattr(value, "lines", None),
                [(k, _lines(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [_lines(v) for v in value])
    return (type(value).__name__, value)


def _problem(text: str, loader) -> str:
    with pytest.raises(InputError) as exc:
        yamlio.parse(text, "x.yml", loader=loader)
    (problem,) = exc.value.problems
    return str(problem)


def test_libyaml_is_used_when_pyyaml_has_it():
    assert (yamlio._Loader is not yamlio._PyLoader) == bool(getattr(yaml, "__with_libyaml__", False))


@pytest.mark.parametrize("path", sorted(ROOT.glob("seeds/overrides/*.yml")) + sorted(ROOT.glob("tests/*/overrides/*.yml")),
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_both_parsers_give_the_same_values_and_lines_for_the_shipped_overrides(path):
    text = path.read_text(encoding="utf-8")
    assert _lines(yamlio.parse(text, str(path), loader=yamlio._Loader)) == \
        _lines(yamlio.parse(text, str(path), loader=yamlio._PyLoader))


def test_both_parsers_give_the_same_values_and_lines_for_every_yaml_form_editors_write():
    text = """\
# comment
plain: word
quoted: "a \\"b\\" ạ"
single: 'it''s'
date: 2024-02-29
number: 12
negative: -3
float: 1.5
bool: yes
empty:
flow: {a: 1, b: [x, "y"]}
block:
  - id: one
    list: [1, 2]
  - id: two
    nested:
      deeper: {k: v}
folded: >
  one
  two
literal: |
  keep
  lines
"2022-09-13": key that looks like a date
"""
    values = yamlio.parse(text, "x.yml", loader=yamlio._Loader)
    assert values["date"].isoformat() == "2024-02-29" and values["block"][1]["nested"].line == 17
    assert values.lines["literal"] == 21
    assert _lines(values) == _lines(yamlio.parse(text, "x.yml", loader=yamlio._PyLoader))


@pytest.mark.parametrize("loader", LOADERS)
def test_an_alias_is_refused_at_its_line(loader):
    assert _problem("a: &x [1, 2]\nb: 1\nc: *x\n", loader) == "x.yml:3: YAML error: aliases (*name) are not allowed in this file"


@pytest.mark.parametrize("loader", LOADERS)
def test_nesting_deeper_than_the_bound_is_refused_at_its_line_and_the_bound_itself_is_read(loader):
    depth = yamlio.MAX_DEPTH
    assert yamlio.parse("[" * depth + "]" * depth, "x.yml", loader=loader) is not None
    block = "".join("  " * i + f"k{i}:\n" for i in range(depth + 5))
    assert _problem(block, loader) == f"x.yml:{depth + 1}: YAML error: nested more than {depth} levels deep"
    assert _problem("[" * 100_000, loader).startswith("x.yml:1: YAML error: nested more than")


@pytest.mark.parametrize("loader", LOADERS)
def test_a_value_out_of_its_types_range_is_an_error_at_its_line_not_a_crash(loader):
    assert _problem("a:\n  published: 2022-02-30\n", loader) == \
        "x.yml:2: YAML error: invalid value '2022-02-30': day is out of range for month"


@pytest.mark.parametrize("text", ["a: \ud800\n", "a: \x00\n", "good:\n  title: [unclosed\n", "x:\n\tname: tab\n"])
def test_text_libyaml_cannot_take_or_refuses_is_a_clear_error(text):
    with pytest.raises(InputError) as exc:
        yamlio.parse(text, "x.yml")
    assert all(p.path == "x.yml" and "YAML error" in p.message for p in exc.value.problems)


def test_the_size_bound_holds_before_any_parsing():
    with pytest.raises(InputError, match="larger than"):
        yamlio.parse("a: " + "x" * yamlio.MAX_YAML_BYTES, "x.yml")


def test_front_matter_lines_count_from_where_the_document_starts():
    with pytest.raises(InputError) as exc:
        yamlio.parse("title: ok\nbad: *x\n", "fm.md", first_line=2)
    assert exc.value.problems[0].line == 3


@pytest.mark.parametrize("text, line", [("title: [unclosed", 1), ("title: [unclosed\n", 2), ("a: 1\nb: [x", 2),
                                        ("good:\n  title: [unclosed\n", 3), ("a: 'abc\n", 2)])
@pytest.mark.parametrize("loader", LOADERS)
def test_an_error_at_the_end_of_the_text_names_the_same_line_with_either_parser(text, line, loader):
    assert _problem(text, loader).startswith(f"x.yml:{line}: YAML error")
