"""Briefing -> the machine-readable export (contract: shared/eval/SCHEMA.md) and incidents.csv."""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from json.encoder import encode_basestring as _esc  # the C escaper (ensure_ascii=False)

from .cycles import no_cycle_collector
from .model import Briefing, Casualty, Incident, Ref

SCHEMA_VERSION = 1


def _ref(r: Ref) -> dict:
    return {"article": r.article, "paragraph": r.paragraph}


def _date(d) -> str | None:
    return d.isoformat() if d else None


def fatality_ranges(incident: Incident) -> list[dict]:
    """Per side and kind, the lowest and highest reported figure (never a sum)."""
    by: dict[tuple, list[Casualty]] = defaultdict(list)
    for c in incident.casualties:
        by[(c.party or "", c.kind)].append(c)
    out = []
    for (party, kind), cs in sorted(by.items()):
        nums = [c.number for c in cs]
        out.append({"party": party or None, "kind": kind, "low": min(nums), "high": max(nums),
                    "reported_by": sorted({r.reported_by or "" for c in cs for r in (c.reports or ())} - {""})})
    return out


def _article(a, ref=_ref) -> dict:
    return {"id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url,
            "published": _date(a.published), "language": a.language, "curated": list(a.curated)}


def _actor(a, ref=_ref) -> dict:
    return {"id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases),
            "roles": list(a.roles), "affiliation": a.affiliation, "description": a.description,
            "mentions": [ref(r) for r in a.mentions], "curated": list(a.curated)}


def _incident(i: Incident, ref=_ref) -> dict:
    return {
        "id": i.id, "date": _date(i.date), "end_date": _date(i.end_date), "date_text": i.date_text,
        "date_precision": i.precision, "title": i.title, "type": i.type, "modes": list(i.modes),
        "places": list(i.places), "actors": list(i.actors), "summary": i.summary,
        "casualties": [{"party": c.party, "kind": c.kind, "number": c.number, "qualifier": c.qualifier,
                        "reported_by": c.reported_by, "source": ref(c.source), "text": c.text,
                        "reports": [{"reported_by": r.reported_by, "qualifier": r.qualifier,
                                     "source": ref(r.source), "text": r.text} for r in c.reports],
                        "curated": c.curated} for c in i.casualties],
        "fatalities": fatality_ranges(i),
        "ceasefire": ref(i.ceasefire) if i.ceasefire else None,
        "sources": [ref(r) for r in i.sources], "curated": list(i.curated)}


def _reaction(r, ref=_ref) -> dict:
    return {"id": r.id, "actor": r.actor, "date": _date(r.date), "date_text": r.date_text,
            "incident": r.incident, "stance": list(r.stance), "quote": r.quote, "summary": r.summary,
            "sources": [ref(x) for x in r.sources], "curated": list(r.curated)}


def _background(g, ref=_ref) -> dict:
    return {"id": g.id, "period": g.period, "text": g.text, "sources": [ref(x) for x in g.sources],
            "curated": list(g.curated)}


def _agency(a, ref=_ref) -> dict:
    return {"id": a.id, "name": a.name}


def _sections(b: Briefing):
    """(key, records, record -> dict): the export's top level, in order."""
    return (("articles", b.articles, _article), ("actors", b.actors, _actor), ("incidents", b.incidents, _incident),
            ("reactions", b.reactions, _reaction), ("background", b.background, _background),
            ("agencies", b.agencies, _agency))


def to_dict(b: Briefing) -> dict:
    out: dict = {"schema": SCHEMA_VERSION}
    for key, records, as_dict in _sections(b):
        out[key] = [as_dict(r) for r in records]
    return out


def to_json(b: Briefing) -> str:
    """`json.dumps(to_dict(b), ensure_ascii=False, indent=2) + "\n"`, character for character
    (tests/test_export.py checks it), twice as fast and in half the memory.

    json.dumps with an indent runs in pure Python, nesting a generator per level, and gathers
    millions of small strings before joining them, on top of the whole dict tree: 205 MB at its
    peak to write the 49 MB of text of 3,000 articles (traced), where this takes 115 MB. Here
    each record becomes a dict and then its text on its own, and a paragraph reference, the most
    frequent value, is written once per nesting level and reused."""
    with no_cycle_collector():
        return _json(b)


def _json(b: Briefing) -> str:
    # Gathered as UTF-8, half the size of the text of Vietnamese JSON in a Python str: the
    # pieces and the result are the peak of the export.
    enc, out = _Indented(), bytearray()

    def put(text: str) -> None:
        out.extend(text.encode("utf-8", "surrogatepass"))
    put('{\n  "schema": ' + enc.encode(SCHEMA_VERSION, 1))
    for key, records, as_dict in _sections(b):
        put(",\n  " + _esc(key) + ": ")
        if not records:
            put("[]")
            continue
        sep = "[\n    "
        for r in records:
            put(sep + enc.encode(as_dict(r, ref=_RefValue), 2))
            sep = ",\n    "
        put("\n  ]")
    put("\n}\n")
    return out.decode("utf-8", "surrogatepass")


class _RefValue(tuple):
    """A paragraph reference on its way into the JSON text: written as `_ref` would be."""

    def __new__(cls, r: Ref):
        return tuple.__new__(cls, (r.article, r.paragraph))


def _float(x: float) -> str:
    if x != x:
        return "NaN"
    if x in (float("inf"), -float("inf")):
        return "Infinity" if x > 0 else "-Infinity"
    return float.__repr__(x)


def _key(k) -> str:
    """A dict key as json.dumps writes it (it turns numbers, booleans and None into text)."""
    if isinstance(k, str):
        return k
    if k is True or k is False or k is None:
        return "true" if k is True else "false" if k is False else "null"
    if isinstance(k, float):
        return _float(k)
    if isinstance(k, int):
        return int.__repr__(k)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")


class _Indented:
    """Values as `json.dumps(value, ensure_ascii=False, indent=2)` writes them at a given nesting
    level: one Python call per value, where the standard encoder nests generators."""

    _NL = tuple("\n" + "  " * i for i in range(64))

    def __init__(self) -> None:
        self._refs: dict[tuple, str] = {}

    def encode(self, value, level: int) -> str:
        out: list[str] = []
        self._value(value, level, out.append)
        return "".join(out)

    def _value(self, o, level: int, w) -> None:
        t = type(o)
        if t is str:
            w(_esc(o))
        elif t is _RefValue:
            key = (o, level)
            text = self._refs.get(key)
            if text is None:
                nl = self._NL[level + 1]
                text = self._refs[key] = (f'{{{nl}"article": {_esc(o[0])},{nl}"paragraph": '
                                          f'{self.encode(o[1], level + 1)}{self._NL[level]}}}')
            w(text)
        elif isinstance(o, dict):
            if not o:
                w("{}")
                return
            nl, sep = self._NL[level + 1], "{"
            for k, v in o.items():
                w(sep + nl + _esc(_key(k)) + ": ")
                self._value(v, level + 1, w)
                sep = ","
            w(self._NL[level] + "}")
        elif isinstance(o, (list, tuple)):
            if not o:
                w("[]")
                return
            nl, sep = self._NL[level + 1], "["
            for v in o:
                w(sep + nl)
                self._value(v, level + 1, w)
                sep = ","
            w(self._NL[level] + "]")
        elif isinstance(o, str):
            w(_esc(o))
        elif o is None:
            w("null")
        elif o is True:
            w("true")
        elif o is False:
            w("false")
        elif isinstance(o, int):
            w(int.__repr__(o))
        elif isinstance(o, float):
            w(_float(o))
        else:
            raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


CSV_COLUMNS = ("event_id", "event_date", "end_date", "date_precision", "event_type", "sub_event_type",
               "actor1", "actor2", "location", "fatalities_actor1_low", "fatalities_actor1_high",
               "fatalities_actor2_low", "fatalities_actor2_high", "fatalities_unattributed_low",
               "fatalities_unattributed_high", "sources", "notes")


def to_csv(b: Briefing) -> str:
    """One row per incident, in the manner of ACLED's columns; figures per side, never summed."""
    names = {a.id: a.name for a in b.actors}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for i in b.incidents:
        killed = {r["party"]: r for r in fatality_ranges(i) if r["kind"] == "killed"}
        sides = list(i.actors[:2]) + [None] * (2 - len(i.actors[:2]))

        def cells(party):
            r = killed.get(party)
            return [r["low"], r["high"]] if r else ["", ""]
        others = [r for p, r in killed.items() if p not in sides[:2] or p is None]
        other = [min(r["low"] for r in others), max(r["high"] for r in others)] if others else ["", ""]
        notes = []
        if i.ceasefire:
            notes.append("ngừng bắn trong đợt")
        if len(set(sides) - {None}) < len({p for p in killed if p}):
            notes.append("thương vong của bên khác: " + ", ".join(names.get(p, p) for p in killed if p and p not in sides))
        w.writerow([_cell(v) for v in [i.id, i.date.isoformat() if i.date else "", i.end_date.isoformat() if i.end_date else "",
                    i.precision, i.type, "|".join(i.modes),
                    names.get(sides[0], sides[0] or ""), names.get(sides[1], sides[1] or ""),
                    "; ".join(i.places), *(cells(sides[0]) if sides[0] else ["", ""]),
                    *(cells(sides[1]) if sides[1] else ["", ""]), *other,
                    " ".join(f"{r.article}#p{r.paragraph}" for r in i.sources), "; ".join(notes)]])
    return buf.getvalue()


def _cell(value):
    """A spreadsheet reads a cell starting with = + - @ as a formula: text from articles must
    not run as one, so such text gets a leading apostrophe (the usual CSV-injection guard)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
