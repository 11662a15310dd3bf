"""Briefing -> the machine-readable export (contract: shared/eval/SCHEMA.md) and incidents.csv."""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict

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


def to_dict(b: Briefing) -> dict:
    return {
        "schema": SCHEMA_VERSION,
        "articles": [{"id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url,
                      "published": _date(a.published), "language": a.language,
                      "curated": list(a.curated)} for a in b.articles],
        "actors": [{"id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases),
                    "roles": list(a.roles), "affiliation": a.affiliation, "description": a.description,
                    "mentions": [_ref(r) for r in a.mentions], "curated": list(a.curated)} for a in b.actors],
        "incidents": [{
            "id": i.id, "date": _date(i.date), "end_date": _date(i.end_date), "date_text": i.date_text,
            "date_precision": i.precision, "title": i.title, "type": i.type, "modes": list(i.modes),
            "places": list(i.places), "actors": list(i.actors), "summary": i.summary,
            "casualties": [{"party": c.party, "kind": c.kind, "number": c.number, "qualifier": c.qualifier,
                            "reported_by": c.reported_by, "source": _ref(c.source), "text": c.text,
                            "reports": [{"reported_by": r.reported_by, "qualifier": r.qualifier,
                                         "source": _ref(r.source), "text": r.text} for r in c.reports],
                            "curated": c.curated} for c in i.casualties],
            "fatalities": fatality_ranges(i),
            "ceasefire": _ref(i.ceasefire) if i.ceasefire else None,
            "sources": [_ref(r) for r in i.sources], "curated": list(i.curated)} for i in b.incidents],
        "reactions": [{"id": r.id, "actor": r.actor, "date": _date(r.date), "date_text": r.date_text,
                       "incident": r.incident, "stance": list(r.stance), "quote": r.quote, "summary": r.summary,
                       "sources": [_ref(x) for x in r.sources], "curated": list(r.curated)} for r in b.reactions],
        "background": [{"id": g.id, "period": g.period, "text": g.text, "sources": [_ref(x) for x in g.sources],
                        "curated": list(g.curated)} for g in b.background],
        "agencies": [{"id": a.id, "name": a.name} for a in b.agencies],
    }


def to_json(b: Briefing) -> str:
    return json.dumps(to_dict(b), ensure_ascii=False, indent=2) + "\n"


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
