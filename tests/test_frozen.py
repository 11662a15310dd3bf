"""`@frozen` (generator/frozen.py) builds the same values as `dataclass(frozen=True, slots=True)`,
only faster: same signature, same defaults, same objects, still read-only."""
from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil

import pytest

import generator
from generator import frozen as frozen_module
from generator.frozen import frozen


def _frozen_classes() -> list[type]:
    """Every class of the package that `@frozen` made (frozen, slotted, with the fast __init__)."""
    found = {}
    for info in pkgutil.walk_packages(generator.__path__, "generator."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value) \
                    and value.__init__.__code__.co_filename.startswith(frozen_module.MARK):
                found[value.__module__ + "." + value.__qualname__] = value
    return [found[k] for k in sorted(found)]


def _stock(cls: type) -> type:
    """The same fields, made by the standard decorator."""
    fields = [(f.name, f.type, dataclasses.field(default=f.default, default_factory=f.default_factory,
                                                  compare=f.compare, hash=f.hash, repr=f.repr))
              for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(cls.__name__, fields, frozen=True, slots=True)


def test_the_model_and_the_extractors_values_are_built_by_frozen():
    names = {c.__module__ + "." + c.__qualname__ for c in _frozen_classes()}
    assert {"generator.model.Span", "generator.model.Mention", "generator.model.Article",
            "generator.extract.dates.Found", "generator.errors.Problem"} <= names


@pytest.mark.parametrize("cls", _frozen_classes(), ids=lambda c: c.__qualname__)
def test_each_class_takes_the_arguments_the_standard_init_takes_and_builds_the_same_value(cls):
    stock = _stock(cls)
    ours, theirs = inspect.signature(cls.__init__).parameters, inspect.signature(stock.__init__).parameters
    assert [(p.name, p.kind) for p in ours.values()] == [(p.name, p.kind) for p in theirs.values()]
    for name in ours:
        if name != "self" and theirs[name].default is not inspect.Parameter.empty \
                and not isinstance(theirs[name].default, type(dataclasses.MISSING)):
            assert ours[name].default is theirs[name].default or repr(ours[name].default) == "<factory>"
    required = [f.name for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    args = {name: f"value of {name}" for name in required}
    a, b = cls(**args), stock(**args)
    assert dataclasses.astuple(a) == dataclasses.astuple(b)
    positional = cls(*args.values())
    assert positional == a and hash(positional) == hash(a)


def test_defaults_and_default_factories_are_filled_and_a_factory_makes_a_new_value_each_time():
    @frozen
    class Probe:
        a: int
        b: str = "b"
        c: dict = dataclasses.field(default_factory=dict)

    one, two = Probe(1), Probe(1)
    assert (one.a, one.b, one.c) == (1, "b", {}) and one == two and one.c is not two.c
    given = {"k": 1}
    assert Probe(2, "x", given).c is given
    assert repr(Probe(3)) == "test_defaults_and_default_factories_are_filled_and_a_factory_makes_a_new_value_each_time.<locals>.Probe(a=3, b='b', c={})"
    with pytest.raises(TypeError):
        Probe()
    with pytest.raises(TypeError):
        Probe(1, "b", {}, "one too many")


def test_a_value_stays_read_only_and_survives_pickling_and_replace():
    @frozen
    class Point:
        x: int
        y: int = 0

    p = Point(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 5
    assert not hasattr(p, "__dict__")
    assert dataclasses.replace(p, y=7) == Point(1, 7)


def test_a_subclass_of_a_frozen_class_sets_its_parents_fields_too():
    @frozen
    class Base:
        a: int
        b: int = 2

    @frozen
    class Child(Base):
        c: int = 3

    assert (Child(1).a, Child(1).b, Child(1).c) == (1, 2, 3) and Child(1, 5, 6) == Child(a=1, b=5, c=6)


def test_fields_named_like_the_generated_codes_helpers_do_not_disturb_it():
    @frozen
    class Probe:
        _put_b: int
        b: int
        _FACTORY: int = 0

    p = Probe(1, 2)
    assert (p._put_b, p.b, p._FACTORY) == (1, 2, 0)


@pytest.mark.parametrize("body", [
    "def __post_init__(self): pass",
    "b: int = dataclasses.field(default=0, init=False)",
    "b: int = dataclasses.field(default=0, kw_only=True)",
])
def test_what_the_fast_init_does_not_reproduce_is_refused_when_the_class_is_made(body):
    source = f"class Probe:\n    a: int\n    {body}\n"
    scope = {"dataclasses": dataclasses}
    exec(source, scope)
    with pytest.raises(TypeError, match="@frozen Probe"):
        frozen(scope["Probe"])
