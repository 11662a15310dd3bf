"""`@frozen`: a frozen, slotted dataclass that is built at the speed of a mutable one.

A frozen dataclass's generated `__init__` sets each field with `object.__setattr__`, found
again by attribute lookup for every field of every object: building one costs two to three
times what a plain slotted class costs. The model's values are built by the hundred for every
article (each mention, span and date, then again when the per-article cache is read back), so
that cost showed in extraction and made up most of reading an article from the cache.

`frozen` keeps everything `dataclass(frozen=True, slots=True)` makes (equality, hashing, repr,
`replace`, `fields`, pickling, assignment refused) and replaces only `__init__` with one of the
same signature that stores each field through its slot's own descriptor.
"""
from __future__ import annotations

import dataclasses
import keyword


class _Factory:
    """The default of a field filled by its default factory (shown as dataclasses shows it)."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()
MARK = "<@frozen __init__ of"
"""How a generated __init__'s code names its file (tracebacks show it)."""


def frozen(cls: type) -> type:
    cls = dataclasses.dataclass(frozen=True, slots=True)(cls)
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"@frozen {cls.__qualname__}: __post_init__ is not supported")
    # The generated code's own names carry a prefix no field may take, so no field shadows them.
    scope: dict = {"__frozen_factory": _FACTORY}
    params, body = [], []
    for f in dataclasses.fields(cls):
        if not f.init or f.kw_only or not f.name.isidentifier() or keyword.iskeyword(f.name) \
                or f.name == "self" or f.name.startswith("__frozen_"):
            raise TypeError(f"@frozen {cls.__qualname__}: field {f.name!r} is not supported")
        put, value = f"__frozen_put_{f.name}", f.name
        # The slot's own descriptor (a parent dataclass holds its fields' slots) sets the field
        # without going through the frozen __setattr__.
        slot = next(c.__dict__[f.name] for c in cls.__mro__ if f.name in c.__dict__)
        scope[put] = slot.__set__
        if f.default is not dataclasses.MISSING:
            scope[f"__frozen_default_{f.name}"] = f.default
            params.append(f"{f.name}=__frozen_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"__frozen_make_{f.name}"] = f.default_factory
            params.append(f"{f.name}=__frozen_factory")
            value = f"__frozen_make_{f.name}() if {f.name} is __frozen_factory else {f.name}"
        else:
            params.append(f.name)
        body.append(f"{put}(self, {value})")
    source = f"def __init__(self, {', '.join(params)}):\n    " + ("\n    ".join(body) or "pass")
    exec(compile(source, f"{MARK} {cls.__qualname__}>", "exec"), scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    cls.__init__ = init
    return cls
