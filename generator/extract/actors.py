"""Actor mentions: gazetteer names, state organs, titled people, armed groups.

Everything the press may write is data (data/gazetteer/*, data/actors.yml);
this module only knows the shapes: "<title> [<state>] <Name>",
"ông <Name>, <title> ...", "<organ> <state>", "<head> ly khai <place>".
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ..lexicon import Gazetteer, alternation, gazetteer, vocabulary
from ..model import Mention, Span

_V = vocabulary("actors.yml")
_UP = "A-ZÀ-ÁÂÃÈ-ÊÌÍÒ-ÕÙÚÝĂĐĨŨƠƯẠ-ỸĐ"
NAME_TOKEN = re.compile(rf"[{_UP}][\wÀ-ỹ'’\-]*")
_ORGAN = re.compile(alternation(_V["state_organs"]) + r"\s+(?:của\s+)?$")
_BACKREF = re.compile(r"^\s*(?:nước này|quốc gia này|nước mình)\b")
_LOCATIVE = re.compile(r"(?:^|\s)" + alternation(_V["locatives"]) + r"\s+(?:\(\s*)?$")
_HEADS = [*_V["group_heads"], *(h[:1].upper() + h[1:] for h in _V["group_heads"])]
_GROUP = re.compile(
    rf"(?<![\wÀ-ỹ]){alternation(_HEADS)}(?:\s+{alternation(_V['group_fillers'])})?"
    rf"\s+{alternation(_V['group_qualifiers'])}(?:\s+{alternation(_V['group_fillers'])})?\s+"
    rf"(?P<place>[{_UP}][\wÀ-ỹ\-]*(?:[ \-][{_UP}][\wÀ-ỹ\-]*)*)")
_FORMER = alternation(_V["former"])


def slug(text: str) -> str:
    """ASCII slug: lowercase, diacritics dropped, đ -> d, runs of other characters -> '-'."""
    s = unicodedata.normalize("NFC", text).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:80] or "x"


def _edit1(a: str, b: str, limit: int) -> bool:
    """True when a and b differ by at most `limit` edits (small, bounded DP)."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def fuzzy_country(token: str, gaz: Gazetteer) -> str | None:
    """A misspelt country name ("Azerbaija", "Amernia", "Armenian") -> its id."""
    if len(token) < 5 or not token[:1].isupper():
        return None
    best = None
    for surface, key in gaz.surfaces.items():
        entry = gaz.entries[key]
        if entry.kind != "country" or len(surface) < 5 or " " in surface or surface[0] != token[0]:
            continue
        if _edit1(token, surface, 1 if len(surface) < 8 else 2):
            if best is not None and best != key:
                return None
            best = key
    return best


def _title_at(text: str, pos: int, gaz: Gazetteer) -> tuple[str, str] | None:
    for title, role in gaz.titles:
        seg = text[pos:pos + len(title)]
        if seg == title or (seg[:1].lower() + seg[1:] == title[:1].lower() + title[1:]):
            after = text[pos + len(title): pos + len(title) + 1]
            if not after or not (after.isalnum()):
                return title, role
    return None


def _name_at(text: str, pos: int, gaz: Gazetteer, limit: int = 4) -> tuple[int, int] | None:
    """The span of a run of capitalised words at pos that is not a known name."""
    end, count = pos, 0
    while count < limit:
        m = NAME_TOKEN.match(text, end)
        if not m:
            break
        g = gaz.pattern.match(text, m.start())
        if g or _title_at(text, m.start(), gaz):
            break
        end, count = m.end(), count + 1
        if text[end:end + 1] != " ":
            break
        end += 1
    end = len(text[:end].rstrip())
    return (pos, end) if count else None


class _Paragraph:
    """Mention finding over one paragraph; keeps the last state for back-references."""

    def __init__(self, text: str, article: str, index: int, gaz: Gazetteer):
        self.text, self.article, self.index, self.gaz = text, article, index, gaz
        self.out: list[Mention] = []
        self.taken: list[tuple[int, int]] = []

    def span(self, s: int, e: int) -> Span:
        return Span(self.article, self.index, s, e)

    def free(self, s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in self.taken)

    def add(self, m: Mention) -> None:
        self.out.append(m)
        self.taken.append((m.span.start, m.span.end))

    def last_state(self, before: int) -> str | None:
        for m in sorted(self.out, key=lambda m: m.span.start, reverse=True):
            if m.span.start < before and m.kind in ("country", "group"):
                return m.key
        return None


def _affiliation_at(p: _Paragraph, pos: int) -> tuple[str | None, int, str]:
    """(key, end, surface) of a state/organisation named right after a title."""
    text, gaz = p.text, p.gaz
    g = gaz.pattern.match(text, pos)
    if g:
        key = gaz.surfaces[g.group(0)]
        if gaz.entries[key].kind in ("country", "organization", "group"):
            return key, g.end(), g.group(0)
    b = _BACKREF.match(text[pos:])
    if b:
        return p.last_state(pos), pos + b.end(), b.group(0).strip()
    t = NAME_TOKEN.match(text, pos)
    if t:
        key = fuzzy_country(t.group(0), gaz)
        nxt = NAME_TOKEN.match(text, t.end() + 1) if text[t.end():t.end() + 1] == " " else None
        if key and nxt:
            return key, t.end(), t.group(0)
    return None, pos, ""


def find_mentions(text: str, article: str, index: int, gaz: Gazetteer | None = None) -> tuple[Mention, ...]:
    gaz = gaz or gazetteer()
    p = _Paragraph(text, article, index, gaz)
    _people(p)
    _groups(p)
    _names(p)
    roles = [(m.span.end, m.tail) for m in p.out if m.tail]
    out = [replace(m, in_role=True) if any(s <= m.span.start < e for s, e in roles) else m for m in p.out]
    return tuple(sorted(out, key=lambda m: (m.span.start, m.span.end)))


def _people(p: _Paragraph) -> None:
    text, gaz = p.text, p.gaz
    i = 0
    counterpart_role: str | None = None
    while i < len(text):
        if i and (text[i - 1].isalnum()):
            i += 1
            continue
        former = re.match(_FORMER + r"\s+", text[i:], re.I)
        start = i
        pos = i + (former.end() if former else 0)
        t = _title_at(text, pos, gaz)
        honor = None if t else re.match(alternation(gaz.honorifics) + r"\s+", text[pos:])
        if not t and not honor:
            i += 1
            continue
        if t:
            title = t[0]
            pos += len(title)
            while text[pos:pos + 1] == " ":
                pos += 1
            aff, pos2, aff_surface = _affiliation_at(p, pos)
            if aff:
                pos = pos2
            else:
                inner = [gaz.surfaces[g.group(0)] for g in gaz.pattern.finditer(title)]
                inner = [k for k in inner if gaz.entries[k].kind in ("country", "organization", "group")]
                aff = inner[-1] if inner else None
            # "Tổng tham mưu trưởng CSTO, Đại tá Anatoly Sidorov"; "Thủ tướng nước này – ông Nikol Pashinyan"
            sep = re.match(r"\s*(?:,|–|-)?\s*", text[pos:])
            pos2 = pos + sep.end()
            rank = _title_at(text, pos2, gaz)
            if rank:
                pos2 += len(rank[0]) + 1
            hon = re.match(alternation(gaz.honorifics) + r"\s+", text[pos2:])
            if hon:
                pos2 += hon.end()
            name = _name_at(text, pos2, gaz)
            if name is None:
                i = pos
                continue
            role_text = text[start:pos].strip(" ,–-")
            if t[1] == "counterpart" or title.lower().startswith("người đồng cấp"):
                role_text = (counterpart_role + (" " + aff_surface if aff_surface else "")) if counterpart_role else role_text
            else:
                counterpart_role = title
            surface = text[name[0]:name[1]]
            p.add(Mention(key="person:" + slug(surface), surface=surface, span=p.span(name[0], name[1]),
                          kind="person", role=role_text, affiliation=aff, name=surface))
            if aff and aff_surface and not aff_surface.startswith(("nước", "quốc gia")):
                a_start = text.find(aff_surface, start)
                if a_start >= 0 and p.free(a_start, a_start + len(aff_surface)):
                    p.add(Mention(key=aff, surface=aff_surface, span=p.span(a_start, a_start + len(aff_surface)),
                                  kind=gaz.entries[aff].kind, in_role=True))
            i = name[1]
            continue
        # honorific + Name [, appositive title ...]
        pos += honor.end()
        name = _name_at(text, pos, gaz)
        if name is None:
            i = pos
            continue
        role, aff, tail = None, None, None
        app = re.match(r"\s*,\s*([^,.;:“\"]{3,120})", text[name[1]:])
        if app:
            phrase = app.group(1)
            if _title_at(phrase, 0, gaz) or re.match(r"(?:nhà ngoại giao|cựu|nguyên|đặc phái viên|quan chức)", phrase, re.I):
                cut = re.search(r"\s(?:cho biết|nói|cho hay|tuyên bố|gần đây|hôm|ngày|đã|vừa|sẽ)\b", phrase)
                role = phrase[: cut.start()] if cut else phrase
                tail = name[1] + app.start(1) + len(role)
                keys = [gaz.surfaces[m.group(0)] for m in gaz.pattern.finditer(role)
                        if gaz.entries[gaz.surfaces[m.group(0)]].kind in ("country", "organization", "group")]
                grp = _GROUP.search(role)
                if grp:
                    aff = "group:" + slug(grp.group("place"))
                elif keys:
                    aff = keys[-1]
        surface = text[name[0]:name[1]]
        p.add(Mention(key="person:" + slug(surface), surface=surface, span=p.span(name[0], name[1]),
                      kind="person", role=role.strip() if role else None, affiliation=aff, name=surface,
                      tail=tail))
        i = name[1]


def _groups(p: _Paragraph) -> None:
    for m in _GROUP.finditer(p.text):
        place = m.group("place")
        key = "group:" + slug(place)
        s, e = m.start(), m.end()
        if not p.free(s, e):
            continue
        p.add(Mention(key=key, surface=m.group(0), span=p.span(s, e), kind="group", name=place))


def _names(p: _Paragraph) -> None:
    text, gaz = p.text, p.gaz
    for m in gaz.pattern.finditer(text):
        s, e = m.start(), m.end()
        if not p.free(s, e):
            continue
        key = gaz.surfaces[m.group(0)]
        entry = gaz.entries[key]
        before = text[:s]
        organ = _ORGAN.search(before) if entry.kind == "country" else None
        loc = bool(_LOCATIVE.search(before[-30:])) or bool(
            re.search(r"[" + _UP + r"][\wÀ-ỹ\-]+\s*\(\s*$", before[-40:]) and text[e:e + 1] == ")")
        p.add(Mention(key=key, surface=m.group(0), span=p.span(s, e), kind=entry.kind,
                      as_place=loc and entry.kind in ("country", "place"),
                      head=organ.start() if organ else None))
    # Misspelt country names that no pattern above took.
    for t in NAME_TOKEN.finditer(text):
        s, e = t.start(), t.end()
        if not p.free(s, e) or (s and text[s - 1].isalnum()):
            continue
        key = fuzzy_country(t.group(0), gaz)
        if key:
            organ = _ORGAN.search(text[:s])
            p.add(Mention(key=key, surface=t.group(0), span=p.span(s, e), kind="country",
                          head=organ.start() if organ else None))
