"""Briefing -> an SVG timeline of the incidents, drawn inline at the top of the incidents page.

Time runs down the page, so that it reads on a 390-px phone: one block per
incident (date, title, reported figures per side, a ceasefire if any), the
time between two incidents written on the axis, and a longer gap drawn
longer. Each block links to the incident's section. No script.

The figures are those of `export.fatality_ranges`: per side and kind, one
number, or the lowest and highest where reports differ (never a sum), with
who reported them. Every string comes from articles, so all text and
attribute values are escaped. Same briefing, same bytes.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Mapping, Sequence

from .export import fatality_ranges
from .model import Briefing, Incident

WIDTH = 360
"""viewBox width: about a phone's content width, so text is drawn near its nominal size there."""
AXIS_X, TEXT_X, TOP = 14, 30, 14
LINE = {"date": 18, "title": 19, "fig": 17, "note": 17}
SIZE = {"date": 13, "title": 14.5, "fig": 13, "note": 12}
CHAR_EM = {"date": 0.6, "title": 0.6, "fig": 0.53, "note": 0.53}
"""Average advance of a character, in em, to wrap lines (measured on Vietnamese text, with a margin)."""
GAP_MIN, GAP_EXTRA, GAP_DAYS_PER_PX = 30, 44, 15
"""Space between two blocks: at least GAP_MIN, plus one pixel per GAP_DAYS_PER_PX days, up to GAP_EXTRA."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def svg(briefing: Briefing, labels: Mapping, incidents: Sequence[Incident] | None = None,
        names: Mapping[str, str] | None = None) -> str:
    """The timeline of `incidents` (by default all of the briefing's: a page draws those it lists, since
    each block links to its section on the same page) as an <svg> element ('' when there is none)."""
    incidents = briefing.incidents if incidents is None else incidents
    if not incidents:
        return ""
    names = party_names(briefing) if names is None else names
    dated = sorted((i for i in incidents if i.date), key=lambda i: (i.date, i.id))
    ordered = dated + [i for i in incidents if not i.date]
    parts, y, previous = [], TOP, None
    for incident in ordered:
        if previous is not None:
            gap = GAP_MIN
            if previous.date and incident.date:
                days = (incident.date - previous.date).days
                gap += min(GAP_EXTRA, days // GAP_DAYS_PER_PX)
                parts.append(_text(TEXT_X, y + gap // 2 + 4, "note", elapsed(previous.date, incident.date)))
            y += gap
        block, height = _block(incident, y, names, labels)
        parts.append(block)
        previous, y = incident, y + height
    height = y + TOP
    axis = f'<line class="tl-axis" x1="{AXIS_X}" y1="{TOP}" x2="{AXIS_X}" y2="{y:g}" stroke="#9fa8da" stroke-width="2"/>'
    return (f'<svg class="timeline-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:g}" '
            f'width="100%" role="group" aria-labelledby="tl-title">'
            f'<title id="tl-title">Dòng thời gian các sự kiện</title>\n{axis}\n' + "\n".join(parts) + "\n</svg>")


def party_names(briefing: Briefing) -> dict[str, str]:
    """Display names of everything a figure can name as its side or its reporter: actors, news agencies."""
    return {a.id: a.name for a in briefing.actors} | {a.id: a.name for a in briefing.agencies}


def elapsed(start: dt.date, end: dt.date) -> str:
    """'10 tháng sau', '1 năm 2 tháng sau', '3 ngày sau' (calendar months, rounded down)."""
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    if months < 1:
        days = (end - start).days
        return "cùng ngày" if days == 0 else f"{days} ngày sau"
    years, months = divmod(months, 12)
    text = " ".join(p for p in (f"{years} năm" if years else "", f"{months} tháng" if months else "") if p)
    return f"{text} sau"


def figure_lines(incident: Incident, names: Mapping[str, str], labels: Mapping) -> list[str]:
    """One line per side: 'Armenia: ít nhất 49 thiệt mạng, 12 bị bắt (theo Armenia, Nikol Pashinyan)'."""
    kinds = list(labels["kinds"])
    order = {p: n for n, p in enumerate(incident.actors)}
    by_party: dict[str | None, list[dict]] = {}
    for r in fatality_ranges(incident):
        by_party.setdefault(r["party"], []).append(r)
    lines = []
    for party in sorted(by_party, key=lambda p: (p is None, order.get(p, len(order)), p or "")):
        ranges = sorted(by_party[party], key=lambda r: kinds.index(r["kind"]) if r["kind"] in kinds else len(kinds))
        figures = ", ".join(f"{_amount(incident, party, r, labels)} {labels['kinds'].get(r['kind'], r['kind'])}"
                            for r in ranges)
        reporters = sorted({names.get(x, x) for r in ranges for x in r["reported_by"]})
        side = names.get(party, party) if party else labels["unknown_party"]
        lines.append(f"{side}: {figures}" + (f" (theo {', '.join(reporters)})" if reporters else ""))
    return lines


def _amount(incident: Incident, party: str | None, r: dict, labels: Mapping) -> str:
    """'ít nhất 49', or '27 – khoảng 100' where reports differ; each number keeps its qualifier."""
    def with_qualifier(number: int) -> str:
        quals = {c.qualifier for c in incident.casualties
                 if c.party == party and c.kind == r["kind"] and c.number == number}
        word = labels["qualifiers"].get(quals.pop(), "") if len(quals) == 1 else ""
        return f"{word} {number:,}".replace(",", ".").strip()
    if r["low"] == r["high"]:
        return with_qualifier(r["low"])
    return f"{with_qualifier(r['low'])} – {with_qualifier(r['high'])}"


def _block(incident: Incident, y: float, names: Mapping[str, str], labels: Mapping) -> tuple[str, float]:
    """One incident's linked group at height y, and the height it takes."""
    date = _vdate(incident.date) or "Chưa rõ ngày"
    if incident.end_date and incident.end_date != incident.date:
        date += f" – {_vdate(incident.end_date)}"
    rows = [("date", date)]
    rows += [("title", line) for line in wrap(incident.title, "title")]
    for fig in figure_lines(incident, names, labels):
        rows += [("fig", line) for line in wrap(fig, "fig")]
    if incident.ceasefire:
        rows.append(("note", "Có thỏa thuận ngừng bắn trong đợt này"))
    out, h = [], 0
    for kind, line in rows:
        h += LINE[kind]
        out.append(_text(TEXT_X, y + h - 4, kind, line))
    dot = f'<circle class="tl-dot" cx="{AXIS_X}" cy="{y + LINE["date"] - 8:g}" r="6" fill="#3f51b5"/>'
    href = html.escape(f"#{incident.id}", quote=True)
    return f'<a href="{href}">{dot}' + "".join(out) + "</a>", h


def wrap(text: str, kind: str) -> list[str]:
    """Greedy word wrap to the drawing width (SVG text does not wrap by itself)."""
    limit = max(12, int((WIDTH - TEXT_X - 4) / (SIZE[kind] * CHAR_EM[kind])))
    lines, line = [], ""
    for word in _clean(text).split(" "):
        if line and len(line) + 1 + len(word) > limit:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + ([line] if line else [])


def _text(x: float, y: float, kind: str, text: str) -> str:
    weight = ' font-weight="bold"' if kind in ("date", "title") else ""
    fill = {"date": "#3f51b5", "note": "#666"}.get(kind, "currentColor")
    return (f'<text class="tl-{kind}" x="{x}" y="{y:g}" font-size="{SIZE[kind]}" fill="{fill}"{weight}>'
            f"{html.escape(_clean(text), quote=True)}</text>")


def _clean(text) -> str:
    return " ".join(_CONTROL.sub(" ", str(text or "")).split())


def _vdate(d: dt.date | None) -> str:
    return f"{d.day}/{d.month}/{d.year}" if d else ""
