"""Synthetic corpora in the style of the seeds, for the benchmark.

Each synthetic article recombines real paragraphs of `seeds/*.txt` (one
base seed in its own order, some paragraphs dropped, a few borrowed from
other seeds) and varies what a longer conflict would vary:

- dates: the article is moved to a new publication day; every "13/9",
  "20.9", "9/11/2020", "tháng 9/2020" and "năm 2020" moves with it, by
  whole weeks so that "hôm thứ Ba" still names the right weekday;
- belligerents: the two countries the base seed is about become another
  pair of countries from the gazetteer (name, aliases and capitals);
- people: every two-word Latin-script name becomes a name from a pool,
  consistently within one conflict, so the same cast recurs across its
  articles the way real coverage does;
- figures: every other number is scaled by a per-article factor.

Articles cluster into stories (a few outlets covering the same clash on
nearby days), so cross-article merging is exercised as it would be on a
real corpus. Everything derives from one seed number: the same arguments
give byte-identical files.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

OUTLETS = ("Tổ Quốc", "TTXVN", "Báo Quốc tế", "VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân trí",
           "VietnamPlus", "Người Lao Động", "Tiền Phong", "Báo Điện tử Đảng Cộng sản Việt Nam", "Lao Động")
FIRST = ("Aleksandr", "Ahmed", "Ali", "Anna", "Arman", "Boris", "Carlos", "Daniel", "David", "Dmitry", "Elena",
         "Farid", "Hassan", "Igor", "Ivan", "Javier", "Karim", "Kemal", "Leila", "Marco", "Maria", "Mehmet",
         "Mikhail", "Nadia", "Narek", "Omar", "Pavel", "Rashid", "Samir", "Sergei", "Tigran", "Viktor", "Yusuf")
LAST = ("Abbasov", "Ahmadi", "Aliyeva", "Bakirov", "Demir", "Duarte", "Fischer", "Grigoryan", "Hakobyan",
        "Haddad", "Ibrahimov", "Jansen", "Kaya", "Khalil", "Kovalenko", "Lindqvist", "Mammadov", "Marino",
        "Mendes", "Nazarov", "Novak", "Orlov", "Petrosyan", "Rahimov", "Rossi", "Sarkisov", "Sokolov",
        "Tahirov", "Volkov", "Yilmaz", "Zakharov")
# Vietnamese words written in plain ASCII that can start a capitalised pair ("Theo Reuters").
# The disputed region the seeds' conflict is about. Every synthetic conflict gets a region of its
# own, as real ones have: one shared region (and its separatist forces, a party to the fighting)
# would make unrelated conflicts one, and their incidents merge across the whole corpus.
SEED_REGIONS = ("Nagorno-Karabakh", "Karabakh")
_REGION_HEADS = ("Vel", "Kor", "Tam", "Ost", "Mar", "Sul", "Bren", "Dal", "Ira", "Zel", "Pol", "Nov")
_REGION_TAILS = ("istan", "avia", "onia", "esh", "ava", "ungar", "eria", "ovo")
_NOT_A_NAME = {"Theo", "Trong", "Sau", "Tin", "Cho", "Con", "Ban", "Khi", "Hai", "Ba", "Video", "Ngay", "Tuy",
               "Trang", "Anh", "Ai", "Nam", "Tin", "Cuba", "New"}
_NAME = re.compile(r"(?<![\w\-])([A-Z][a-z]+)((?: [A-Z][a-z]+){1,2})(?![\w\-])")
# One pass over the text: a full date, a day/month, a month/year, a year after "năm", or a bare number.
_TOKEN = re.compile(
    r"(?P<dmy>(?<![\d/.])(?P<d1>\d{1,2})(?P<s1>[/.])(?P<m1>\d{1,2})(?P=s1)(?P<y1>(?:19|20)\d\d)(?![\d/]|\.\d))"
    r"|(?P<my>(?<=tháng )(?P<m2>\d{1,2})/(?P<y2>(?:19|20)\d\d)(?!\d))"
    r"|(?P<dm>(?<![\d/.,])(?P<d3>\d{1,2})(?P<s3>[/.])(?P<m3>\d{1,2})(?![\d/]|[.,]\d))"
    r"|(?P<y>(?<=năm )(?:19|20)\d\d(?!\d))"
    r"|(?P<n>(?<![\w.,/])(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\w/]|[.,]\d))")


@dataclass(frozen=True)
class Seed:
    id: str
    published: dt.date
    lines: tuple[str, ...]
    pair: tuple[str, str]
    """Gazetteer ids of the two countries the seed is mostly about."""


@dataclass(frozen=True)
class Corpus:
    seeds: Path
    overrides: Path
    articles: int
    bytes: int
    """UTF-8 bytes of article text written."""


@functools.cache
def _countries() -> tuple[dict, ...]:
    with open(ROOT / "generator" / "data" / "gazetteer" / "countries.yml", encoding="utf-8") as fh:
        return tuple(yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


def _surfaces(rec: dict) -> list[str]:
    return [rec["name"], *(rec.get("aliases") or []), *(rec.get("metonyms") or [])]


def _word(surface: str) -> str:
    # Python's \w already covers Vietnamese letters; a wider class would only slow compiling.
    return rf"(?<!\w){re.escape(surface)}(?!\w)"


def _replacer(table: dict[str, str]):
    """Replace whole words by their value in one pass.

    A bare alternation of literals lets the regex engine skip ahead on the
    first letters; word boundaries are checked on each match instead of by
    lookarounds, which would disable that and cost ten times more.
    """
    pattern = re.compile("|".join(re.escape(s) for s in sorted(table, key=len, reverse=True)))

    def sub(m: re.Match) -> str:
        s, e, text = m.start(), m.end(), m.string
        if (s and (text[s - 1].isalnum() or text[s - 1] == "_")) or (e < len(text) and (text[e].isalnum() or text[e] == "_")):
            return m.group(0)
        return table[m.group(0)]
    return lambda line: pattern.sub(sub, line)


def load_seeds(seeds: Path = SEEDS) -> list[Seed]:
    """The real seeds with their publication dates and their two main countries."""
    meta = yaml.safe_load((seeds / "overrides" / "articles.yml").read_text(encoding="utf-8")) or {}
    countries = _countries()
    patterns = {c["id"]: re.compile("|".join(_word(s) for s in sorted(_surfaces(c), key=len, reverse=True)))
                for c in countries}
    out = []
    for path in sorted(seeds.glob("*.txt")):
        published = (meta.get(path.stem) or {}).get("published")
        if not isinstance(published, dt.date):
            continue
        text = path.read_text(encoding="utf-8")
        counts = sorted(((len(p.findall(text)), cid) for cid, p in patterns.items()), reverse=True)
        pair = (counts[0][1], counts[1][1])
        out.append(Seed(path.stem, published, tuple(l for l in text.splitlines() if l.strip()), pair))
    if not out:
        raise SystemExit(f"no seeds with a published date in {seeds}/overrides/articles.yml")
    return out


def _week_shift(days: int) -> dt.timedelta:
    """Whole weeks, rounded down: weekday names in the text stay true, no date moves past publication."""
    return dt.timedelta(days=7 * (days // 7))


def _vary(line: str, shift: dt.timedelta, years: int, scale: float) -> str:
    """Move dates by `shift` (and bare years by `years`), scale the other numbers."""
    def sub(m: re.Match) -> str:
        try:
            if m.group("dmy"):
                d = dt.date(int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))) + shift
                s = m.group("s1")
                return f"{d.day}{s}{d.month}{s}{d.year}"
            if m.group("my"):
                return f"{m.group('m2')}/{int(m.group('y2')) + years}"
            if m.group("dm"):
                # The year only matters for the shift; any non-leap year will do.
                d = dt.date(2001, int(m.group("m3")), int(m.group("d3"))) + shift
                return f"{d.day}{m.group('s3')}{d.month}"
            if m.group("y"):
                return str(int(m.group("y")) + years)
        except ValueError:
            return m.group(0)  # not a real date ("32/13"): leave it alone
        raw = m.group("n")
        value = int(raw.replace(".", ""))
        if value < 2:
            return raw
        new = max(2, round(value * scale))
        if value >= 1000:
            new = round(new, -2)
        return f"{new:,}".replace(",", ".") if "." in raw or new >= 10000 else str(new)
    return _TOKEN.sub(sub, line)


class _Cast:
    """A consistent replacement for every person name, per conflict."""

    def __init__(self, rng: random.Random):
        self.rng, self.full, self.last = rng, {}, {}
        self._surnames = None

    def rename(self, line: str) -> str:
        def sub(m: re.Match) -> str:
            first, rest = m.group(1), m.group(2).strip()
            if first in _NOT_A_NAME:
                return m.group(0)
            key = f"{first} {rest}"
            if key not in self.full:
                new_last = self.rng.choice(LAST)
                self.full[key] = f"{self.rng.choice(FIRST)} {new_last}"
                self.last[rest.split()[-1]] = new_last
                self._surnames = None
            return self.full[key]
        line = _NAME.sub(sub, line)
        if self.last:
            if self._surnames is None:
                self._surnames = _replacer(self.last)
            line = self._surnames(line)
        return line


def synthesise(n: int, out: Path, seed: int = 7, seeds: Path = SEEDS) -> Corpus:
    """Write n articles into out/seeds/ and their metadata into out/seeds/overrides/articles.yml."""
    rng = random.Random(seed)
    base = load_seeds(seeds)
    countries = {c["id"]: c for c in _countries()}
    pool = sorted(countries)
    n_conflicts = max(2, min(60, n // 40))
    conflicts = [tuple(rng.sample(pool, 2)) for _ in range(n_conflicts)]
    casts = [_Cast(random.Random(seed * 1000 + i)) for i in range(n_conflicts)]
    regions = [_replacer(dict.fromkeys(SEED_REGIONS, _region(i))) for i in range(n_conflicts)]
    n_stories = max(2, n // 6)
    day0 = dt.date(2019, 1, 7)
    stories = [(rng.randrange(n_conflicts), day0 + dt.timedelta(days=rng.randrange(6 * 365)))
               for _ in range(n_stories)]
    seeds_dir = out / "seeds"
    (seeds_dir / "overrides").mkdir(parents=True, exist_ok=True)
    meta_lines = ["# Synthetic corpus for the benchmark (benchmarks/synth.py); regenerate, do not edit."]
    total = 0
    for i in range(n):
        conflict, anchor = stories[rng.randrange(n_stories)]
        a, b = conflicts[conflict]
        src = base[rng.randrange(len(base))]
        shift = _week_shift((anchor + dt.timedelta(days=rng.randrange(3)) - src.published).days)
        published = src.published + shift
        scale = rng.uniform(0.5, 2.0)
        # The lead stays first; the rest keep their order, some dropped, a few borrowed.
        picked = [(src, src.lines[0])] + [(src, l) for l in src.lines[1:] if rng.random() < 0.75]
        for _ in range(rng.randrange(4)):
            other = base[rng.randrange(len(base))]
            picked.insert(rng.randrange(1, len(picked) + 1), (other, other.lines[rng.randrange(len(other.lines))]))
        lines = []
        for s, line in picked:
            own_shift = _week_shift((published - s.published).days)
            line = casts[conflict].rename(_vary(line, own_shift, published.year - s.published.year, scale))
            lines.append(regions[conflict](_swapper(s.pair, (a, b))(line)))
        text = "\n".join(lines) + "\n"
        data = text.encode("utf-8")
        total += len(data)
        aid = f"{i:05d}_{hashlib.sha1(data).hexdigest()[:16]}"
        (seeds_dir / f"{aid}.txt").write_bytes(data)
        # No title: overrides cap articles.yml at 1 MB, which 10,000 titled entries would pass.
        meta_lines.append(f"{aid}: {{outlet: {json.dumps(rng.choice(OUTLETS), ensure_ascii=False)}, "
                          f"published: {published}}}")
    (seeds_dir / "overrides" / "articles.yml").write_text("\n".join(meta_lines) + "\n", encoding="utf-8")
    return Corpus(seeds_dir, seeds_dir / "overrides", n, total)


def _region(n: int) -> str:
    """The n-th made-up region name, different for every n below 96 ("Velistan", "Korava-2" after)."""
    head, tail = _REGION_HEADS[n % len(_REGION_HEADS)], _REGION_TAILS[(n // len(_REGION_HEADS)) % len(_REGION_TAILS)]
    rounds = n // (len(_REGION_HEADS) * len(_REGION_TAILS))
    return head + tail + (f"-{rounds + 1}" if rounds else "")


@functools.cache
def _swapper(old: tuple[str, str], new: tuple[str, str]):
    """Every written form of the two countries becomes the other pair's, in one pass (capitals for capitals)."""
    countries = {c["id"]: c for c in _countries()}
    table: dict[str, str] = {}
    for o, n in zip(old, new):
        capital = (countries[n].get("metonyms") or [countries[n]["name"]])[0]
        for surface in _surfaces(countries[o]):
            table.setdefault(surface, capital if surface in (countries[o].get("metonyms") or []) else countries[n]["name"])
    return _replacer(table)
