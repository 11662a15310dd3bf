"""Apply curated overrides to the extracted briefing (a pure function).

Every item an editor touches records which fields came from the overrides
(`curated`), so the site can mark them and the export can say so. An
override whose id no longer exists (an article was removed, extraction
changed) is *stale*: reported as a warning naming its file and line, an
error under --strict. Ids are stable: they derive from names, dates and
belligerents, never from the order of the articles.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .errors import Problem
from .model import Actor, Background, Briefing, Casualty, Incident, Reaction, Ref, Report
from .overrides import Overrides, parse_ref


def casualty_id(c: Casualty) -> str:
    """Stable id of a figure inside its incident: side, kind and number."""
    return f"{c.party or 'khong-ro'}-{c.kind}-{c.number}"


def _date(v) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


class _Apply:
    def __init__(self, b: Briefing, o: Overrides):
        self.b, self.o = b, o
        self.problems: list[Problem] = []
        self.paragraphs = {a.id: len(a.paragraphs) for a in b.articles}

    def stale(self, file: str, item: str, msg: str, key: str | None = None) -> None:
        self.problems.append(Problem(self.o.paths.get(file, file), self.o.line(file, item, key), msg, "warning"))

    def ref(self, file: str, item: str, value, key: str) -> Ref | None:
        article, paragraph = parse_ref(value)
        if article not in self.paragraphs:
            self.stale(file, item, f"'{item}': article '{article}' does not exist (removed or excluded?)", key)
            return None
        if not 1 <= paragraph <= self.paragraphs[article]:
            self.stale(file, item, f"'{item}': article '{article}' has no paragraph {paragraph}", key)
            return None
        return Ref(article, paragraph)

    def refs(self, file, item, values, key) -> tuple[Ref, ...]:
        out = [self.ref(file, item, v, key) for v in values or []]
        return tuple(sorted({r for r in out if r}, key=lambda r: (r.article, r.paragraph)))

    # ------------------------------------------------------------ actors
    def actors(self) -> None:
        actors = {a.id: a for a in self.b.actors}
        rename: dict[str, str | None] = {}
        for aid, rec in (self.o.actors or {}).items():
            rec = rec or {}
            if aid not in actors and not rec.get("add"):
                self.stale("actors.yml", aid, f"actor '{aid}' does not exist (to add one, set add: true)")
                continue
            if rec.get("add") and aid not in actors:
                actors[aid] = Actor(aid, str(rec.get("name") or aid), rec.get("type") or "other", (), (), None,
                                    self.refs("actors.yml", aid, rec.get("mentions"), "mentions"),
                                    curated=("add",))
            a = actors[aid]
            fields = [k for k in ("name", "aliases", "type", "roles", "affiliation", "description", "mentions") if k in rec]
            changes = {}
            if "name" in rec:
                changes["name"] = str(rec["name"])
                changes["aliases"] = tuple(sorted(set(a.aliases) | {a.name} - {str(rec["name"])}))
            if "aliases" in rec:
                changes["aliases"] = tuple(sorted(set(changes.get("aliases", a.aliases)) | {str(x) for x in rec["aliases"]}))
            for key in ("type", "description"):
                if key in rec:
                    changes[key] = rec[key]
            if "roles" in rec:
                changes["roles"] = tuple(str(x) for x in rec["roles"])
            if "affiliation" in rec:
                changes["affiliation"] = rec["affiliation"]
            if "mentions" in rec and "add" not in a.curated:
                changes["mentions"] = tuple(sorted(set(a.mentions) | set(self.refs("actors.yml", aid, rec["mentions"], "mentions")),
                                                   key=lambda r: (r.article, r.paragraph)))
            marks = a.curated if "add" in a.curated else tuple(dict.fromkeys(a.curated + tuple(fields)))
            actors[aid] = replace(a, **changes, curated=marks)
            if rec.get("hide"):
                rename[aid] = None
            elif rec.get("merge_into"):
                target = rec["merge_into"]
                if target not in actors and target not in (self.o.actors or {}):
                    self.stale("actors.yml", aid, f"'{aid}': merge_into '{target}' is not an actor", "merge_into")
                else:
                    rename[aid] = target
        for src, dst in sorted(rename.items()):
            if dst is None:
                actors.pop(src, None)
                continue
            while dst in rename and rename[dst]:
                dst = rename[dst]
            a, t = actors.pop(src), actors[dst]
            actors[dst] = replace(t, aliases=tuple(sorted((set(t.aliases) | set(a.aliases) | {a.name}) - {t.name})),
                                  roles=tuple(dict.fromkeys(t.roles + a.roles)),
                                  mentions=tuple(sorted(set(t.mentions) | set(a.mentions), key=lambda r: (r.article, r.paragraph))),
                                  curated=tuple(dict.fromkeys(t.curated + ("merged",))))
        self.rename = rename
        for aid, a in list(actors.items()):
            if a.affiliation is not None:
                aff = self.actor_ref(a.affiliation)
                if aff != a.affiliation or (aff and aff not in actors):
                    actors[aid] = replace(a, affiliation=aff if aff in actors else None)
        self.b = replace(self.b, actors=tuple(sorted(actors.values(), key=lambda a: a.id)))
        self.actor_ids = set(actors)

    def actor_ref(self, aid: str | None) -> str | None:
        seen = set()
        while aid in self.rename and aid not in seen:
            seen.add(aid)
            aid = self.rename[aid]
        return aid

    def _rewrite_actors(self) -> None:
        """References to merged actors point at the merge target; hidden ones disappear."""
        if not self.rename:
            return
        fix = self.actor_ref
        incidents = []
        for i in self.b.incidents:
            cas = tuple(replace(c, party=fix(c.party), reported_by=fix(c.reported_by),
                                reports=tuple(replace(r, reported_by=fix(r.reported_by)) for r in c.reports))
                        for c in i.casualties)
            incidents.append(replace(i, actors=tuple(dict.fromkeys(x for x in map(fix, i.actors) if x)), casualties=cas))
        reactions = tuple(replace(r, actor=fix(r.actor)) for r in self.b.reactions if fix(r.actor))
        self.b = replace(self.b, incidents=tuple(incidents), reactions=reactions)

    # ------------------------------------------------------------ incidents
    def incidents(self) -> None:
        incidents = {i.id: i for i in self.b.incidents}
        moved: dict[str, str | None] = {}
        for iid, rec in (self.o.incidents or {}).items():
            rec = rec or {}
            if iid not in incidents:
                self.stale("incidents.yml", iid, f"incident '{iid}' does not exist")
                continue
            i = incidents[iid]
            for part in rec.get("split") or []:
                i = self._split(incidents, i, part)
            changes, fields = {}, []
            for key in ("title", "summary"):
                if key in rec:
                    changes[key], fields = str(rec[key] or ""), fields + [key]
            if "date" in rec:
                changes["date"], fields = _date(rec["date"]), fields + ["date"]
                changes["precision"] = "day" if rec["date"] else "unknown"
            if "end_date" in rec:
                changes["end_date"], fields = _date(rec["end_date"]), fields + ["end_date"]
            if "places" in rec:
                changes["places"], fields = tuple(str(p) for p in rec["places"]), fields + ["places"]
            casualties = list(i.casualties)
            by_id = {casualty_id(c): n for n, c in enumerate(casualties)}
            drop = set()
            for cid, edit in (rec.get("casualties") or {}).items():
                if cid not in by_id:
                    self.stale("incidents.yml", iid, f"'{iid}': no casualty figure '{cid}' (known: {', '.join(sorted(by_id)) or 'none'})", "casualties")
                    continue
                n = by_id[cid]
                if (edit or {}).get("hide"):
                    drop.add(n)
                    continue
                c = casualties[n]
                upd = {k: edit[k] for k in ("party", "kind", "number", "qualifier", "reported_by") if k in (edit or {})}
                casualties[n] = replace(c, **upd, curated=True)
            casualties = [c for n, c in enumerate(casualties) if n not in drop]
            for n, add in enumerate(rec.get("add_casualties") or []):
                source = self.ref("incidents.yml", iid, add.get("source"), "add_casualties") if add.get("source") else None
                if add.get("source") and source is None:
                    continue
                src = source or (i.sources[0] if i.sources else Ref("", 0))
                casualties.append(Casualty(add.get("party"), add["kind"], add["number"], add.get("qualifier", "exact"),
                                           add.get("reported_by"), src, add.get("note") or "",
                                           (Report(add.get("reported_by"), add.get("qualifier", "exact"), src, add.get("note") or ""),),
                                           curated=True))
            if rec.get("casualties") or rec.get("add_casualties"):
                fields.append("casualties")
            incidents[iid] = replace(i, **changes, casualties=tuple(casualties),
                                     curated=tuple(dict.fromkeys(i.curated + tuple(fields))))
            if rec.get("hide"):
                moved[iid] = None
            elif rec.get("merge_into"):
                if rec["merge_into"] not in incidents:
                    self.stale("incidents.yml", iid, f"'{iid}': merge_into '{rec['merge_into']}' is not an incident", "merge_into")
                else:
                    moved[iid] = rec["merge_into"]
        for src, dst in sorted(moved.items()):
            i = incidents.pop(src)
            if dst is None:
                continue
            t = incidents[dst]
            incidents[dst] = replace(
                t, actors=tuple(dict.fromkeys(t.actors + i.actors)), places=tuple(dict.fromkeys(t.places + i.places)),
                casualties=t.casualties + i.casualties,
                sources=tuple(sorted(set(t.sources) | set(i.sources), key=lambda r: (r.article, r.paragraph))),
                date=min(filter(None, (t.date, i.date)), default=None),
                end_date=max(filter(None, (t.end_date, i.end_date, t.date, i.date)), default=None) if (t.date or i.date) else None,
                curated=tuple(dict.fromkeys(t.curated + ("merged",))))
        reactions = tuple(replace(r, incident=moved.get(r.incident, r.incident)) for r in self.b.reactions
                          if not (r.incident in moved and moved[r.incident] is None))
        for iid, i in incidents.items():
            if i.end_date and i.date and i.end_date <= i.date:
                incidents[iid] = replace(i, end_date=None)
        self.b = replace(self.b, incidents=tuple(sorted(incidents.values(), key=lambda i: (i.date or dt.date.max, i.id))),
                         reactions=reactions)

    def _split(self, incidents: dict, i: Incident, part: dict) -> Incident:
        """Move what the listed articles report into a new incident."""
        arts = set(part.get("articles") or [])
        new_id = str(part["id"])
        if new_id in incidents:
            self.stale("incidents.yml", i.id, f"'{i.id}': split id '{new_id}' already exists", "split")
            return i
        unknown = arts - set(self.paragraphs)
        if unknown:
            self.stale("incidents.yml", i.id, f"'{i.id}': split names unknown articles {sorted(unknown)}", "split")
        keep = lambda r: r.article not in arts
        new = replace(i, id=new_id, title=str(part.get("title") or i.title),
                      sources=tuple(r for r in i.sources if not keep(r)),
                      casualties=tuple(c for c in i.casualties if not keep(c.source)), curated=("split",))
        incidents[new_id] = new
        self.b = replace(self.b, reactions=tuple(
            replace(r, incident=new_id) if r.incident == i.id and all(not keep(s) for s in r.sources) else r
            for r in self.b.reactions))
        return replace(i, sources=tuple(r for r in i.sources if keep(r)),
                       casualties=tuple(c for c in i.casualties if keep(c.source)),
                       curated=tuple(dict.fromkeys(i.curated + ("split",))))

    # ------------------------------------------------------------ reactions
    def reactions(self) -> None:
        reactions = {r.id: r for r in self.b.reactions}
        incident_ids = {i.id for i in self.b.incidents}
        for rid, rec in (self.o.reactions or {}).items():
            rec = rec or {}
            if rid not in reactions and not rec.get("add"):
                self.stale("reactions.yml", rid, f"reaction '{rid}' does not exist (to add one, set add: true)")
                continue
            if rec.get("hide"):
                reactions.pop(rid, None)
                continue
            if rid not in reactions:
                sources = self.refs("reactions.yml", rid, rec.get("sources"), "sources")
                reactions[rid] = Reaction(rid, str(rec.get("actor") or ""), None, None, None, (), None, "", sources,
                                          curated=("add",))
            r = reactions[rid]
            changes = {}
            if "actor" in rec:
                changes["actor"] = self.actor_ref(str(rec["actor"]))
            if "date" in rec:
                changes["date"], changes["date_text"] = _date(rec["date"]), None
            if "incident" in rec:
                changes["incident"] = rec["incident"]
            if "stance" in rec:
                changes["stance"] = tuple(rec["stance"])
            for key in ("quote", "summary"):
                if key in rec:
                    changes[key] = rec[key] if key == "quote" else str(rec[key] or "")
            if "sources" in rec and "add" not in r.curated:
                changes["sources"] = tuple(sorted(set(r.sources) | set(self.refs("reactions.yml", rid, rec["sources"], "sources")),
                                                  key=lambda x: (x.article, x.paragraph)))
            r = replace(r, **changes, curated=tuple(dict.fromkeys(r.curated + tuple(k for k in changes if k != "date_text"))))
            if r.actor not in self.actor_ids:
                self.stale("reactions.yml", rid, f"'{rid}': actor '{r.actor}' does not exist", "actor")
                reactions.pop(rid, None)
                continue
            if r.incident is not None and r.incident not in incident_ids:
                self.stale("reactions.yml", rid, f"'{rid}': incident '{r.incident}' does not exist", "incident")
                r = replace(r, incident=None)
            if not r.sources:
                self.stale("reactions.yml", rid, f"'{rid}' has no sources: every fact on the site must cite a paragraph", "sources")
                reactions.pop(rid, None)
                continue
            reactions[rid] = r
        self.b = replace(self.b, reactions=tuple(sorted(reactions.values(),
                                                        key=lambda r: (r.incident or "", r.date or dt.date.min, r.id))))

    # ------------------------------------------------------------ background
    def background(self) -> None:
        items = {g.id: g for g in self.b.background}
        for gid, rec in (self.o.background or {}).items():
            rec = rec or {}
            if gid not in items and not rec.get("add"):
                self.stale("background.yml", gid, f"background entry '{gid}' does not exist (to add one, set add: true)")
                continue
            if rec.get("hide"):
                items.pop(gid, None)
                continue
            if gid not in items:
                sources = self.refs("background.yml", gid, rec.get("sources"), "sources")
                if not sources:
                    self.stale("background.yml", gid, f"'{gid}' has no sources: every fact on the site must cite a paragraph", "sources")
                    continue
                period = rec.get("period")
                year = int(str(period)[:4]) if period and str(period)[:4].isdigit() else 9999
                items[gid] = Background(gid, None if period is None else str(period), (year, 0, 0),
                                        str(rec.get("text") or ""), sources, curated=("add",))
                continue
            g = items[gid]
            changes = {k: rec[k] for k in ("period", "text") if k in rec}
            items[gid] = replace(g, **changes, curated=tuple(dict.fromkeys(g.curated + tuple(changes))))
        self.b = replace(self.b, background=tuple(sorted(items.values(), key=lambda g: (g.sort_key, g.id))))


def apply(briefing: Briefing, overrides: Overrides) -> tuple[Briefing, list[Problem]]:
    """The briefing with every override applied, and the stale-override warnings."""
    run = _Apply(briefing, overrides)
    run.actors()
    run._rewrite_actors()
    run.incidents()
    run.reactions()
    run.background()
    return replace(run.b, prose=overrides.prose), run.problems
