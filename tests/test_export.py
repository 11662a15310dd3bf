"""The JSON export is written by its own encoder (generator/export.py): it must be, character for
character, what json.dumps(to_dict(b), ensure_ascii=False, indent=2) writes."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT
from generator import build, export, pipeline
from generator.model import Briefing

CORPORA = {"seeds": ROOT / "seeds", "devset": ROOT / "tests/devset/seeds", "devset2": ROOT / "tests/devset2/seeds",
           "heldout": ROOT / "tests/heldout/seeds", "hostile": ROOT / "tests/fixtures/hostile/seeds"}


def _reference(b: Briefing) -> str:
    return json.dumps(export.to_dict(b), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("name", CORPORA)
def test_the_export_is_exactly_what_json_dumps_writes(name):
    seeds = CORPORA[name]
    overrides = seeds / "overrides" if (seeds / "overrides").is_dir() else seeds.parent / "overrides"
    settings = pipeline.Settings(seeds=seeds, overrides=overrides if overrides.is_dir() else None)
    briefing, _ = build.build_briefing(settings)
    assert briefing.incidents and briefing.actors
    assert export.to_json(briefing) == _reference(briefing)


def test_an_empty_briefing_exports_like_json_dumps():
    b = Briefing((), (), (), (), ())
    assert export.to_json(b) == _reference(b)


AWKWARD = [
    "", "plain", 'quote " and \\ backslash', "tab\tnew\nline\rcr", "\x00\x01\x1f\x7f", "é ạ ư 漢 😀",
    "\u2028\u2029 line separators", "\ud800 lone surrogate", "</script><!--", 0, -1, 10**30, 1.5, -0.0, 1e300,
    float("nan"), float("inf"), -float("inf"), True, False, None, [], {}, [[]], {"": {}},
    {"a": [1, {"b": [None, True, "x"]}], "c": []}, {7: "int key", 2.5: "float key", True: "bool", None: "none"},
    (1, "tuple"),
]


@pytest.mark.parametrize("value", AWKWARD, ids=repr)
@pytest.mark.parametrize("level", [0, 1, 3])
def test_every_json_value_is_written_as_json_dumps_writes_it_at_any_depth(value, level):
    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)
    assert export._Indented().encode(value, level) == expected


def test_a_value_json_cannot_write_is_refused_as_json_dumps_refuses_it():
    with pytest.raises(TypeError):
        export._Indented().encode({"a": {1, 2}}, 0)


def test_text_with_lone_surrogates_or_any_character_exports_like_json_dumps():
    from generator.model import Article
    titles = ["\ud800", "\ud83d\ude00 two halves", "😀 ạ \u2028", "\x00", ""]
    b = Briefing(tuple(Article(f"a{i}", f"a{i}.txt", t, "VnExpress", None, None, ()) for i, t in enumerate(titles)),
                 (), (), (), ())
    assert export.to_json(b) == _reference(b)
