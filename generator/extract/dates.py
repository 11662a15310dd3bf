"""Vietnamese date expressions resolved against the publication date.

Precision follows UCDP's date_prec in spirit: day, span, month, year; a
date the text leaves open keeps its words and no value.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ..frozen import frozen
from ..lexicon import alternation, vocabulary, with_capitals

_V = vocabulary("dates.yml")
_DAYW = alternation(with_capitals(_V["day_words"]))
_WEEKDAY = alternation(_V["weekdays"])
_REL = alternation(with_capitals(_V["relative"]))
_WEEK_PART = alternation(with_capitals(_V["week_parts"]))
_SAME = alternation(with_capitals(_V["same_day"]))
_LATER = alternation(with_capitals(_V["hours_later"]))
_B = r"(?<![\w/.\-])"
_E = r"(?!\w|[/.\-]\d)"

# (checked on a bracketed day's few matches, not compiled into its pattern as look-behinds: 120 of
# them took 0.07 s to compile in every process)
_DAY_NAMES = with_capitals([*_V["relative"], *_V["weekdays"], *_V["same_day"], *_V["bracket_day_names"]])
_DAY_NAME_BEFORE = re.compile(rf"(?<!\w){alternation(_DAY_NAMES)} \($")
_NAME_REACH = 24
"""Characters before a bracketed day in which the day's name ends ("ngày hôm sau (" is 14)."""
_DAYW_FULL = alternation(with_capitals(_V["day_words_before_a_date_in_full"]))
_NUMW = alternation(with_capitals(_V["day_counts"]))
_WEEKDAY_CAP = alternation([w for w in _V["weekdays"] if w[:1].isupper() or w.split()[-1][:1].isupper()])
# What a number counts, after which four digits are a count, not a year: people, units.
_COUNTED = alternation(vocabulary("figures.yml")["people"] + _V["count_units"]) + r"(?!\w)"

# What joins a night_span's two days ("đêm 12 đến rạng sáng 13/9", "ngày 19-20/9"): part of its need too.
_DAYS_JOINED = r"(?:\s+(?:và|đến|tới|-|–)\s+(?:rạng sáng|sáng|ngày|đêm)?\s*|\s*[-–]\s*)"

# (kind, digit, need, pattern): a pattern runs only over text where its `need`, a part every
# match has, occurs, and with `digit`, only where the text holds a digit, which every match
# then has (six sentences in ten have none: one scan for a digit spares them a dozen needs).
# Each pattern opens with a look-behind, which keeps the regex engine from skipping ahead to a
# likely first character; the needs are scanned at memory speed, and most sentences lack most
# of them. A need is a literal where it can be (`in` costs a fraction of a regex search), else
# a pattern. A literal that most sentences hold ("gày", "năm", a digit by a "/") spares few of them
# the pattern's scan, which then fails: the need is then a longer part of the match, opening with
# a letter or a digit the engine skips ahead to ("ngày\s+sau", a full date's digits and separators).
_PATTERNS = [
    ("month_span", True, "háng", re.compile(
        rf"{_B}(?:[Tt]ừ\s+)?[Tt]háng\s+(\d{{1,2}})[/\-.](\d{{4}})\s+(?:đến|tới)\s+(?:tháng\s+)?(\d{{1,2}})[/\-.](\d{{4}}){_E}")),
    # "đêm 12 đến rạng sáng 13/9", "ngày 19-20/9", "hôm 13 và 14/10", "từ 12 đến 14/9". (Not "đêm 1 rạng sáng 2/4":
    # what happens past midnight is of the 2nd, which dm_slash reads.)
    ("night_span", True, re.compile(rf"\d{_DAYS_JOINED}\d\d?[/\-]\d"), re.compile(
        rf"{_B}(?:[Đđ]êm|[Nn]gày|[Hh]ôm|[Tt]ối|[Tt]ừ|[Cc]ác ngày)\s+(\d{{1,2}}){_DAYS_JOINED}"
        rf"(\d{{1,2}})[/\-](\d{{1,2}}){_E}")),
    ("full", True, re.compile(r"\d[/\-.]\d\d?[/\-.]\d\d\d\d"), re.compile(rf"{_B}(?:(?:{_DAYW_FULL})\s+)?(\d{{1,2}})[/\-.](\d{{1,2}})[/\-.](\d{{4}}){_E}")),
    # "ngày 9/11 năm 2020", "ngày 9 tháng 11 năm 2020", "ngày 9/11 năm ngoái": a day and its year,
    # before the month and its year ("tháng 11 năm 2020") or the day alone ("ngày 9/11") take them.
    ("dmy", True, re.compile(r"\d\s+năm\s"), re.compile(
        rf"{_B}(?:(?:{_DAYW})\s+)?(\d{{1,2}})(?:/|\s+tháng\s+)(\d{{1,2}})\s+năm\s+(1[89]\d\d|20\d\d|ngoái|trước(?!\s+đó)|nay){_E}")),
    ("month_year", True, "háng", re.compile(rf"{_B}[Tt]háng\s+(\d{{1,2}})(?:[/\-.]|\s+năm\s+)(\d{{4}}){_E}")),
    # "tháng 6 năm ngoái", "năm nay": a month or year named relative to the publication.
    ("month_rel", True, "háng", re.compile(rf"{_B}[Tt]háng\s+(\d{{1,2}})\s+(năm ngoái|năm trước|năm nay){_E}")),
    ("year_rel", False, "năm n", re.compile(rf"{_B}(?<!\d\s)(năm ngoái|năm nay){_E}")),
    # "ngày 13 tháng 9", "sáng 13 tháng 9", "hôm qua (13 tháng 9)"
    ("dm_words", True, "háng", re.compile(rf"{_B}(?:{_DAYW_FULL})\s+(\d{{1,2}})\s+tháng\s+(\d{{1,2}}){_E}")),
    ("dm_words", True, re.compile(r"\(\d{1,2}\s+tháng"), _BRACKETED_WORDS := re.compile(rf"(?<=\()(\d{{1,2}})\s+tháng\s+(\d{{1,2}}){_E}")),
    ("dm_slash", True, "/", re.compile(rf"{_B}(?:(?:{_DAYW})\s+)?(\d{{1,2}})/(\d{{1,2}}){_E}")),
    ("dm_dot", True, re.compile(r"\d[.\-]\d"), re.compile(rf"{_B}(?:{_DAYW})\s+(?:\(\s*)?(\d{{1,2}})[.\-](\d{{1,2}}){_E}")),
    # "hôm qua (17-10)", "thứ Bảy (1-8)", "sáng nay (21-5, giờ địa phương)": a day in brackets of its own
    ("dm_dot", True, re.compile(r"\(\d{1,2}[.\-]\d"), _BRACKETED_DOT := re.compile(r"(?<=\()(\d{1,2})[.\-](\d{1,2})(?=\s*[),])")),
    ("year_span", True, re.compile(r"\d\d\d\d\s*(?:-|–|đến|tới)"), re.compile(rf"{_B}(?:[Nn]ăm|[Tt]ừ năm|[Gg]iai đoạn)\s+(1[89]\d\d|20\d\d)\s*(?:-|–|đến|tới)\s*(?:năm\s+)?(1[89]\d\d|20\d\d){_E}")),
    ("year", True, re.compile(r"ăm\s+(?:1[89]|20)\d\d"), re.compile(rf"{_B}[Nn]ăm\s+(1[89]\d\d|20\d\d){_E}")),
    # Years without "năm": a range ("Chiến tranh Triều Tiên 1950-1953"), a decade ("thập niên
    # 1950"), a year after a war's name ("cuộc chiến 2020"). The press writes a count of a
    # thousand or more with a dot ("1.950"), so four bare digits there are a year.
    # (Not a range of counts: "1900-2000 binh sĩ".)
    ("year_span", True, re.compile(r"\d\d\d\d\s*[-–]\s*\d\d\d\d"),
     re.compile(rf"{_B}(1[89]\d\d|20\d\d)\s*[-–]\s*(1[89]\d\d|20\d\d){_E}(?!\s*{_COUNTED})")),
    ("decade", True, re.compile(r"hập (?:niên|kỷ)\s+\d"), re.compile(rf"{_B}[Tt]hập (?:niên|kỷ)\s+(1[89]\d0|20\d0){_E}")),
    ("year", True, re.compile(r"(?:hiến|tranh|đột)\s+(?:1[89]|20)\d\d"), re.compile(
        rf"{_B}(?:[Cc]hiến tranh|[Cc]uộc chiến(?: tranh)?|[Cc]uộc xung đột|[Xx]ung đột)\s+(1[89]\d\d|20\d\d){_E}")),
    # A month without its year: the last such month up to the publication ("từ đầu tháng 5").
    ("month_only", True, "háng", re.compile(rf"{_B}[Tt]háng\s+(\d{{1,2}}){_E}")),
    # Lower-case "ngày thứ hai" is mostly ordinal ("bước sang ngày thứ hai", the second day):
    # after "ngày" only the capitalised weekday names count.
    ("weekday", False, re.compile(rf"(?:ôm|ào)\s+{_WEEKDAY}"), re.compile(rf"{_B}(?:[Hh]ôm|[Vv]ào)\s+({_WEEKDAY}){_E}")),
    ("weekday", False, re.compile(rf"gày\s+{_WEEKDAY_CAP}"), re.compile(rf"{_B}[Nn]gày\s+({_WEEKDAY_CAP}){_E}")),
    # "Trước đó một ngày," / "Một ngày sau," : counted from the last day written before.
    ("day_before", False, re.compile(r"rước đó\s+\S+\s+ngày"), re.compile(rf"{_B}[Tt]rước đó\s+({_NUMW}|\d{{1,2}})\s+ngày(?=\s*,)")),
    ("day_before", False, re.compile(r"ngày\s+trước đó"), re.compile(rf"{_B}({_NUMW}|\d{{1,2}})\s+ngày\s+trước đó{_E}")),
    ("day_after", False, re.compile(r"ngày\s+sau"), re.compile(rf"(?:^|(?<=[.;]\s))({_NUMW}|\d{{1,2}})\s+ngày\s+sau(?:\s+đó)?(?=\s*,)")),
    ("relative", False, re.compile(_REL), re.compile(rf"{_B}({_REL}){_E}")),
    ("week_part", False, "tuần", re.compile(rf"(?<![Bb]ắt ){_B}({_WEEK_PART}){_E}(?!\s+(?:tới|sau|kế tiếp|tra)(?!\w))")),
    ("same_day", False, re.compile(_SAME), re.compile(
        rf"{_B}" + "".join(rf"(?<!{re.escape(w)} )" for w in with_capitals(_V["same_day_not_after"]))
        + rf"({_SAME}){_E}(?!(?<=rong ngày)\s+{alternation(_V['same_day_not_before'])}{_E})"
        + rf"(?!\s+{alternation(_V['same_day_not_until'])}{_E})")),
    ("same_day", False, re.compile(_LATER), re.compile(rf"{_B}({_LATER})(?=\s*(?:,|đó{_E}))")),
]
_WORD_PATTERNS = [p for p in _PATTERNS if not p[1]]
"""The patterns a sentence without a digit may match, in their order: the loop over such a sentence
skips the others without testing each."""

_DIGIT = re.compile(r"\d")

_DAY_MONTH = ("dm_slash", "dm_words", "dm_dot")
# An event named by its day: "vụ tấn công ngày 7/10", "cuộc chiến tranh hồi 8/8".
_NAMED_EVENT = re.compile("".join(rf"(?<!{re.escape(w)} )" for w in _V["new_event_verbs"])
                          + rf"(?<!\w){alternation(with_capitals(vocabulary('events.yml')['event_classifiers']))}"
                          r"\s+(?:\S+\s+){1,4}$")
# A day written with its year, which a later mention of the same day without one keeps.
WITH_YEAR = ("full", "dmy")

_JOINED = re.compile(r"\s*(?:đến|tới|và|-|–)\s*")


@frozen
class Found:
    start: int
    end: int
    text: str
    value: dt.date | None
    end_value: dt.date | None
    precision: str
    kind: str


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _count(text: str) -> int | None:
    """The number of days in "Trước đó một ngày" / "Hai ngày sau"."""
    m = re.search(r"\d+", text)
    if m:
        return int(m.group(0))
    for w in text.lower().split():
        if w in _V["day_counts"]:
            return _V["day_counts"][w]
    return None


def _resolve_dm(day: int, month: int, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    date = _safe(published.year, month, day)
    if date and (date - published).days > _V["future_days"]:
        date = _safe(published.year - 1, month, day)
    return date


def _month_end(y: int, m: int) -> dt.date | None:
    if not 1 <= m <= 12:
        return None
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def find_dates(text: str, published: dt.date | None, last_day: dt.date | None = None,
               years: dict[tuple[int, int], dt.date] | None = None) -> list[Found]:
    """Every date expression in text, left to right, without overlaps.

    `last_day` is the last day-precise date written before `text` in the
    article; "cùng ngày" (the same day) resolves to it. `years` maps (month, day) to the day the
    article first wrote with its year in telling of fighting ("cuộc tấn công ngày 7/10 năm ngoái"):
    the press gives a day's year once, and an event named again by that day without it ("vụ tấn công
    ngày 7/10") is of that day; a day that sets the time of the news ("Ngày 24/2, Nga tấn công ...",
    "Nga mở đợt không kích vào Kiev ngày 24/2") is the one nearest the publication, as ever.
    """
    taken = bytearray(len(text))   # 1 where a date already found stands: overlaps are checked in its length
    out: list[Found] = []
    for kind, _, need, pattern in _PATTERNS if _DIGIT.search(text) else _WORD_PATTERNS:
        if need not in text if need.__class__ is str else need.search(text) is None:
            continue
        for m in pattern.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            found = _interpret(kind, m, published, last_day)
            if found is not None and years and found.kind in _DAY_MONTH and found.value and \
                    (known := years.get((found.value.month, found.value.day))) is not None and \
                    _NAMED_EVENT.search(text, max(0, m.start() - 40), m.start()):
                found = Found(found.start, found.end, found.text, known, known, "day", found.kind)
            if found is None:
                continue
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            out.append(found)
    out.sort(key=lambda f: f.start)
    # "Từ ngày 27/9 đến ngày 10/11 năm 2020": a day joined to a day with its year has that year too
    for i in range(len(out) - 2, -1, -1):
        f, g = out[i], out[i + 1]
        if g.kind == "dmy" and g.value and f.kind in _DAY_MONTH and f.value \
                and _JOINED.fullmatch(text, f.end, g.start):
            d = _safe(g.value.year, f.value.month, f.value.day)
            if d and d <= g.value:
                out[i] = Found(f.start, f.end, f.text, d, d, "day", f.kind)
    # "cùng ngày" resolves to the nearest day date before it in the same text too.
    resolved, prev = [], last_day
    for f in out:
        if f.kind == "same_day":
            f = Found(f.start, f.end, f.text, prev, prev, "day" if prev else "unknown", f.kind)
        elif f.kind in ("day_before", "day_after"):
            n = _count(f.text)
            d = prev + dt.timedelta(days=-n if f.kind == "day_before" else n) if prev and n else None
            f = Found(f.start, f.end, f.text, d, d, "day" if d else "unknown", f.kind)
        if f.precision == "day" and f.value:
            prev = f.value
        resolved.append(f)
    return resolved


def _interpret(kind, m, published, last_day) -> Found | None:
    g = [int(x) if x and x.isdigit() else x for x in m.groups()]
    text = m.group(0).strip()
    s, e = m.start(), m.end()
    if m.re in (_BRACKETED_WORDS, _BRACKETED_DOT) \
            and not _DAY_NAME_BEFORE.search(m.string, max(0, s - _NAME_REACH), s):
        return None   # "thông qua (12-3)", "Cuba (12-3)": no day's name before the bracket
    if kind == "month_span":
        if not (1 <= g[0] <= 12 and 1 <= g[2] <= 12):
            return None
        return Found(s, e, text, dt.date(g[1], g[0], 1), _month_end(g[3], g[2]), "span", kind)
    if kind == "night_span":
        if not (1 <= g[0] <= 31 and 1 <= g[1] <= 31 and 1 <= g[2] <= 12) or g[0] > g[1]:
            return None
        end = _resolve_dm(g[1], g[2], published)
        start = _safe(end.year, g[2], g[0]) if end else None
        return Found(s, e, text, start, end, "span", kind)
    if kind == "full":
        date = _safe(g[2], g[1], g[0])
        return Found(s, e, text, date, date, "day", kind) if date else None
    if kind == "dmy":
        year = g[2] if isinstance(g[2], int) else None
        if year is None and published is not None:
            year = published.year - (0 if g[2] == "nay" else 1)
        date = _safe(year, g[1], g[0]) if year else None
        if year and date is None:
            return None
        return Found(s, e, text, date, date, "day" if date else "unknown", kind)
    if kind == "month_year":
        if not 1 <= g[0] <= 12:
            return None
        return Found(s, e, text, dt.date(g[1], g[0], 1), _month_end(g[1], g[0]), "month", kind)
    if kind in _DAY_MONTH:
        day, month = g[0], g[1]
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        date = _resolve_dm(day, month, published)
        return Found(s, e, text, date, date, "day" if date else "unknown", kind)
    if kind == "year_span":
        if g[0] > g[1]:
            return None
        return Found(s, e, text, dt.date(g[0], 1, 1), dt.date(g[1], 12, 31), "span", kind)
    if kind == "year":
        return Found(s, e, text, dt.date(g[0], 1, 1), dt.date(g[0], 12, 31), "year", kind)
    if kind == "decade":
        return Found(s, e, text, dt.date(g[0], 1, 1), dt.date(g[0] + 9, 12, 31), "span", kind)
    if kind in ("month_rel", "year_rel", "month_only"):
        if published is None:
            return Found(s, e, text, None, None, "unknown", kind)
        month = g[0] if kind != "year_rel" else None
        if month is not None and not 1 <= month <= 12:
            return None
        rel = g[-1] if kind != "month_only" else None
        year = published.year - (1 if rel in ("năm ngoái", "năm trước") else 0)
        if kind == "month_only" and month > published.month:
            year -= 1
        if month is None:
            return Found(s, e, text, dt.date(year, 1, 1), dt.date(year, 12, 31), "year", kind)
        return Found(s, e, text, dt.date(year, month, 1), _month_end(year, month), "month", kind)
    if kind in ("day_before", "day_after"):
        return Found(s, e, text, None, None, "unknown", kind)
    if kind == "weekday":
        if published is None:
            return Found(s, e, text, None, None, "unknown", kind)
        target = _V["weekdays"][m.group(1)]
        back = (published.weekday() - target) % 7
        date = published - dt.timedelta(days=back)
        return Found(s, e, text, date, date, "day", kind)
    if kind == "relative":
        if published is None:
            return Found(s, e, text, None, None, "unknown", kind)
        key = m.group(1)
        date = published - dt.timedelta(days=_V["relative"].get(key, _V["relative"].get(key[:1].lower() + key[1:], 0)))
        return Found(s, e, text, date, date, "day", kind)
    if kind == "week_part":
        key = m.group(1)
        offset, first, last = _V["week_parts"].get(key) or _V["week_parts"][key[:1].lower() + key[1:]]
        if published is not None and offset < 0 and first >= 5 and published.weekday() >= first:
            offset = 0   # "cuối tuần qua" in a weekend's paper: the weekend that is ending
        monday = published - dt.timedelta(days=published.weekday() - 7 * offset) if published else None
        if monday is None or monday + dt.timedelta(days=first) > published:
            return Found(s, e, text, None, None, "unknown", kind)
        start, end = monday + dt.timedelta(days=first), min(monday + dt.timedelta(days=last), published)
        return Found(s, e, text, start, end, "day" if start == end else "span", kind)
    if kind == "same_day":
        return Found(s, e, text, last_day, last_day, "day" if last_day else "unknown", kind)
    return None
