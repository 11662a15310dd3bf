"""Casualty figures: "ít nhất 49 binh sĩ ... thiệt mạng", "họ mất 50 người",
"số người thiệt mạng ... đã tăng lên 15 người", "tiêu diệt hơn 200 tay súng".

The side that suffered a figure is the side written with it ("binh sĩ Armenia",
"... ở phía Thái Lan"), else the side of the figure it is joined to ("và 30
người bị thương", "46 người khác"), else the reporter's own side when the
reporter is a party (belligerents report their own losses); losses inflicted on
the enemy are never the reporter's own. The reporter is found by the caller
(extract/article.py). A breakdown ("gồm 14 dân thường và 1 binh sĩ") and an
increment ("thêm 17") are not figures of their own.
"""
from __future__ import annotations

import bisect
import re

from ..frozen import frozen
from ..lexicon import alternation, gazetteer, vocabulary, with_capitals
from .actors import ABBREVIATION, UPPER
from .text import clause_before, in_quote

_V = vocabulary("figures.yml")
# Capitalised too, opening a sentence: "Hai nhân viên bảo vệ khác bị thương".
_WORDNUM = alternation(with_capitals([k for k, v in _V["number_words"].items() if v <= 10
                                      and k not in ("mươi", "chục", "tư", "năm")]))
# "năm" is five only where no word before it makes it a year ("mỗi năm", "cuối năm", "trong năm"); a
# people noun must follow any number here, so "năm người" is five people.
_FIVE = (r"(?<!\w)(?=[Nn]ăm)(?<!\d\s)"   # the cheap test first: most positions are no "năm"
         + "".join(rf"(?<!{w}\s)" for w in with_capitals([*_V["year_before"], *_V["number_words"]])) + r"[Nn]ăm")
# Thousands as the Vietnamese press writes them ("1.000"), or the English way ("1,000"), which a
# count of people without a multiplier cannot mean as a decimal; "1,5 triệu" is one and a half million.
# Tens spelled out, with their unit ("Tám mươi tư người", "mười lăm binh sĩ").
_TENS = alternation(with_capitals(_V["tens_words"]))
_UNIT = alternation(_V["compound_units"])
_SPELLED = ("".join(rf"(?<!{w}\s)" for w in _V["spelled_not_after"])
            + rf"(?:{_TENS}\s+{_V['tens_mark']}|{alternation(with_capitals([_V['ten']]))})(?:\s+{_UNIT})?(?!\w)")
_NUM = rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d+(?:,\d+)?|{_SPELLED}|{_WORDNUM}|{_FIVE})"
_ENGLISH_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_MULT = alternation(_V["multipliers"])
_QUALS = {**_V["qualifiers"], **{k[:1].upper() + k[1:]: v for k, v in _V["qualifiers"].items()}}
_QUAL = alternation(_QUALS)
# In a toll, where "số" has already said people are counted, any of these: "số thành viên lực lượng an ninh hy sinh";
# elsewhere not before a word that makes it another noun ("Hai quân đội").
_PEOPLE_WORD = alternation(_V["people"])
_PEOPLE = _PEOPLE_WORD + rf"(?!\s+{alternation(_V['not_people_after'])}(?!\w))"
_KIND = alternation(_V["kinds"])
_LOST = alternation(_V["lost_verbs"] + _V["captured_verbs"])
_CAPTURED_VERBS = frozenset(_V["captured_verbs"])
_HOSTILE = frozenset(_V["hostile_people"])
_ENEMY = re.compile(rf"{alternation(_V['enemy_marks'])}(?!\w)")
_HYPOTHETICAL = re.compile(rf"(?<!\w){alternation(with_capitals(_V['hypothetical_marks']))}(?!\w)"
                           rf"(?!\s+{alternation(_V['hypothetical_not_before'])}(?!\w))")
_CONSEQUENT = re.compile(rf"(?<!\w){alternation(_V['hypothetical_consequents'])}(?!\w)")
_KIND_NOT_BEFORE = {k: re.compile(rf"\s+{alternation(v)}(?!\w)") for k, v in _V["kind_not_before"].items()}
_KIND_ASKED = {k: re.compile(rf"(?<!\w){alternation(with_capitals(v))}(?!\w)") for k, v in _V["kind_asked"].items()}
_KIND_NEGATED = {k: re.compile(rf"(?<!\w){alternation(v)}(?!\w)") for k, v in _V["kind_negated"].items()}
CLAUSE_REACH = 80
"""How far back a figure's clause is looked for (where it opens, for what opens it)."""
_CARRIED_KINDS = frozenset(_V["carried_kinds"])
_CARRIED = re.compile(rf"(?<!\w){alternation(_V['carried_marks'])}\s+(?:\S+\s+){{0,2}}$")
_NOT_OF_FOES = frozenset(_V["not_of_foes"])
# a kind word that is part of an attack's name ("vụ đánh bom liều chết"), not another count
_KIND_IN_NAME = "".join(rf"(?<!{re.escape(w)} )" for w in _V["kind_in_names"])
_B = r"(?<![\w.,])"
_W = r"(?!\w)"

FIGURE = re.compile(
    # a range counts its lower bound, at least: "từ 7 đến 8 binh sĩ", "10 đến 12 người", "2-3 lính"
    rf"{_B}(?:(?P<qual>{_QUAL})\s+)?(?:từ\s+(?=\S+\s*(?:-|–|đến|tới)))?(?P<num>{_NUM})"
    rf"(?:\s*(?:-|–|đến|tới)\s*(?P<upto>{_NUM}))?(?:\s+(?P<mult>{_MULT}))?\s+(?P<noun>{_PEOPLE}){_W}"
    # not over a second count: "ba binh sĩ Israel và một cảnh sát Ai Cập đã thiệt mạng" is two (so is
    # "hai trẻ em và làm ba bé gái khác bị thương"), and
    # "45 người ..., cùng hàng trăm người bị thương" counts the wounded in hundreds, not 45
    rf"(?P<mod>(?:(?!\s(?:và\s+(?:{alternation(_V['causes'])}\s+)?{_NUM}|(?:và|cùng)\s+hàng\s+(?:chục|trăm|nghìn|ngàn))\s+{_PEOPLE}{_W})[^,.;:!?\d“”\"()]){{0,70}}?)"
    rf"\s+(?:(?:đã|đều|bị|đã bị|cũng|được xác nhận)\s+)*(?P<kind>{_KIND}){_W}")
# The words that end a figure's modifier after its noun (LOST, BODIES_FOUND): another clause or a preposition,
# or an aside masked out ("bắt giữ hơn 250 “phần tử khủng bố”, trong đó có bốn thủ lĩnh chính, phá hủy ..."): three
# spaces, which a mask leaves and the press does not write (where raw text has them, the modifier ends sooner).
_MOD_END = r"(?=\s{3}|\s*(?:[,.;:!?“”\"()]|$|\s(?:và|cùng|của|đã|tại|ở|trong|khi|sau|nhưng|vì|do|để|nhằm|mà|theo)\s))"
# "họ mất 50 người" (lost: killed on the speaker's side); "tiêu diệt hơn 200 tay súng Taliban" (killed).
LOST = re.compile(
    rf"{_B}(?P<verb>{_LOST})\s+(?:(?P<qual>{_QUAL})\s+)?(?P<num>{_NUM})(?:\s+(?P<mult>{_MULT}))?\s+(?P<noun>{_PEOPLE}){_W}"
    rf"(?P<mod>[^,.;:!?\d“”\"()]{{0,40}}?){_MOD_END}")
# Bodies found, pulled out or buried are people killed (figures.yml `bodies`): "binh sĩ đã tìm thấy 73 thi
# thể", "240 thi thể đã được kéo ra", "thi thể của khoảng 1.500 tay súng Hamas đã được tìm thấy".
_BODIES = alternation(_V["bodies"])
_BODY_MARK = alternation(_V["body_verb_marks"])
BODIES_FOUND = re.compile(
    rf"{_B}{alternation(with_capitals(_V['body_verbs_before']))}(?:\s+{_BODY_MARK})?\s+(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?P<num>{_NUM})(?:\s+(?P<mult>{_MULT}))?\s+(?P<noun>{_BODIES}){_W}(?P<mod>[^,.;:!?\d“”\"()]{{0,40}}?)"
    rf"(?:{_MOD_END}|(?=\s(?:trên|khỏi|từ|nằm|bị|được)\s))")
BODIES_LAID = re.compile(
    rf"{_B}(?:(?P<of>{alternation(with_capitals(_V['bodies']))})\s+{_V['bodies_of']}\s+)?(?:(?P<qual>{_QUAL})\s+)?(?P<num>{_NUM})(?:\s+(?P<mult>{_MULT}))?"
    # ... the verb in the bodies' own clause: not over "và"/"nhưng" to another subject's
    rf"\s+(?P<noun>{_BODIES}|{_PEOPLE}){_W}(?P<mod>(?:(?!\s(?:và|nhưng)\s)[^,.;:!?\d“”\"()]){{0,60}}?)"
    rf"\s+(?:(?:đã|đều|cũng|{_BODY_MARK})\s+)*{alternation(_V['body_verbs_after'])}{_W}")
_BODY_EXCHANGED = re.compile(rf"(?<!\w){alternation(with_capitals(_V['body_exchange_verbs']))}(?!\w)[^,.;:!?]*$")
_BODY_NOUNS = frozenset(_V["bodies"])
_BODY_GATE = tuple(b[1:] for b in _V["bodies"])   # "hi thể": either case of the first letter, not "thiệt"
# ... the enemy's, by what is said of them: "sáu thi thể được cho là của các tay súng".
_OF_HOSTILE = re.compile(rf"(?<!\w){_V['bodies_of']}\s+(?:các\s+|những\s+)?{alternation(_V['hostile_people'])}(?!\w)")
# A day and month as the press writes them: "22/9", "22-9", "22.9", "22 tháng 9".
_DAY = r"\d{1,2}(?:[/.\-]|\s+tháng\s+)\d{1,2}"
# A toll: "số người thiệt mạng ở phía Thái Lan ... đã tăng lên 15 người", "nâng tổng số binh sĩ thiệt mạng lên 20 người".
TOLL = re.compile(
    rf"(?<!\w)(?:[Tt]ổng\s+)?[Ss]ố\s+(?:{_PEOPLE_WORD}\s+(?P<side>{UPPER}[\w\-]*\s+(?:{UPPER}[\w\-]*\s+)?)?"
    # ... and a few syllables on who they were, no casualty word among them: "số thành viên lực lượng an ninh hy
    # sinh", "số binh sĩ Nga tại Ukraine thiệt mạng"
    rf"(?:(?!{_KIND}{_W}|{alternation(_V['toll_words_not'])}\s|{_PEOPLE_WORD}\s)[^\W\d_]+\s+){{0,6}}?)?"
    rf"(?:(?:đã|bị)\s+)?(?P<kind>{_KIND}){_W}"
    # ... over a day, or a number that is part of a name ("căn cứ Tower 22"), but no other number;
    # over an aside between commas or in brackets ("ở thành phố Ahvaz, thủ phủ tỉnh Khuzestan, ...,
    # sáng qua (22/9) đã tăng lên 25 người"), but not over another count ("số người bị thương"; a
    # suicide bombing, "vụ đánh bom liều chết", counts none)
    rf"(?P<mod>(?:(?!{_KIND_IN_NAME}{_KIND})(?:[^.;:!?\d“”\"]|(?>{_DAY}(?:[/.\-]\d{{4}}|\s+năm\s+\d{{4}})?)"
    rf"|(?>\d{{1,2}}(?=\s*{alternation(_V['day_span_links'])}\s*{_DAY}))"
    rf"|(?<!\w)(?>{UPPER}[\w\-]*\s\d{{1,4}}(?![\d/.,]))))"
    rf"{{0,150}}?)\s+(?:(?:đã|đều|chính thức|hiện)\s+)*{alternation(_V['toll_verbs'])}\s+"
    rf"(?:(?P<qual>{_QUAL})\s+)?(?P<num>{_NUM})(?:\s+(?P<mult>{_MULT}))?(?:\s+(?P<noun>{_PEOPLE}))?{_W}")
# "3 binh sĩ bị thương; đến cuối ngày, con số được nâng lên 4 người": the same count, revised.
REVISED = re.compile(rf"(?<!\w){alternation(with_capitals(_V['revised_figure']))}\s+"
                     rf"(?:{alternation(_V['revised_fillers'])}\s+)*"
                     rf"{alternation(_V['toll_verbs'])}\s+(?:(?P<qual>{_QUAL})\s+)?(?P<num>{_NUM})(?:\s+(?P<mult>{_MULT}))?"
                     rf"(?:\s+(?P<noun>{_PEOPLE}))?(?=\s*(?:[,.;:!?)](?!\d)|$)|\s{{3,}})")   # or an aside masked
# "dẫn lời 2 quan chức Mỹ cho biết ...": people who speak between the number and the verb are sources.
_SPEECH = re.compile(rf"{_B}{alternation(_V['source_verbs'])}{_W}")
# "10.000 người chạy sang Chad để tránh bị giết": fleeing is the count's verb; without these, a
# later verb of the clause is ("10 người dân chạy trốn đã bị bắn chết").
_CLAUSE_END = re.compile(r"[,.;:!?]")
_PURPOSE = re.compile(rf"{_B}{alternation(_V['flight_purposes'])}{_W}")
_INFLICTED = set(_V["inflicted_kinds"])
_PASSIVE_KINDS = frozenset(_V["passive_kinds"])
# A passive's mark that is a word of its own: not the last syllable of "trang bị", "thiết bị".
PASSIVE = re.compile("".join(rf"(?<!{re.escape(w.rsplit(' ', 1)[0])} )" for w in _V["not_passive"])
                     + rf"(?<!\w){alternation(_V['passive_marks'])}(?!\w)")
# A total broken down by side: "2 người thiệt mạng, gồm 1 người phía Afghanistan và 1 người phía Iran".
_BY_SIDE = re.compile(
    rf"\s*[,(]?\s*{alternation(_V['breakdown'])}\s+(?P<n1>{_NUM})\s+(?P<p1>{_PEOPLE})\s+(?:ở\s+|của\s+|thuộc\s+)?"
    rf"(?:phía|bên)\s+(?P<s1>)(?={UPPER})[^,.;:()“”\"]{{1,40}}?\s+và\s+(?P<n2>{_NUM})\s+(?P<p2>{_PEOPLE})\s+"
    rf"(?:ở\s+|của\s+|thuộc\s+)?(?:phía|bên)\s+(?P<s2>)(?={UPPER})")
_BREAKDOWN = re.compile(alternation(_V["breakdown"]) + r"\s*$")
_DENIED = re.compile(rf"(?<!\w){alternation(_V['denials'])}\s+(?:(?:hề|bị|có)\s+)?$")
_AMONG = frozenset(_V["breakdown_among"])
_COUNT = re.compile(rf"(?<!\w){_NUM}\s+(?:{_MULT}\s+)?(?:{_PEOPLE})(?!\w)")
_DOCUMENT = re.compile(r"(?<!\w)" + alternation(with_capitals(_V["breakdown_documents"])) + r"\s+$")
_VAGUE = re.compile(r"hàng\s*$")
_INCREMENT = re.compile(alternation(_V["increment"]) + r"\s*$")
# A breakdown given as an aside is masked before matching: "3 quân nhân, gồm một sĩ quan, đã thiệt mạng".
# An acronym in brackets may stand in it: ", trong đó có 2-3 lính thuộc Nhóm Tác chiến đặc biệt (SSG),".
_ASIDE = re.compile(rf",\s*{alternation(_V['breakdown'] + _V['mostly'])}\s+(?:[^,.;:()“”\"]|\([^,.;:()“”\"]{{1,15}}\)){{1,70}},"
                    rf"|\(\s*{alternation(_V['breakdown'])}\s+[^()]{{1,60}}\)"
                    # "hơn 14.000 người, gần một nửa trong số đó là trẻ em, đã phải rời bỏ nhà cửa"
                    rf"|,\s*(?:{alternation(_V['share_leads'])}\s+)?(?:{alternation(_V['shares'])}|\d+(?:,\d+)?\s*%)"
                    rf"(?:\s+{alternation(_V['share_of'])})?\s+là\s+[^,.;:()“”\"]{{1,60}},")
# A word or two quoted inside a figure's words is one of them: "hai phần tử IS-K “cấp cao” bị tiêu diệt"; not a
# casualty verb, which the quotation marks as the speaker's word ("đã “vô hiệu hóa” 595 phần tử", killed or taken).
_SHORT_QUOTE = re.compile(r"“([^“”\d,.;:!?]{1,24})”")
_QUOTED_VERBS = frozenset(_V["lost_verbs"] + _V["captured_verbs"] + list(_V["kinds"]))
# An acronym in brackets after a name among a figure's words: "bốn binh sĩ thuộc Lực lượng Biên phòng (FC) đã hy sinh".
_ACRONYM_ASIDE = re.compile(rf"\s\(\s*{ABBREVIATION}\s*\)")
# An age is no count, and no digit a figure's words may not hold: "29 trẻ em dưới 15 tuổi", "từ 7 đến 12 tuổi".
_AGE = re.compile(rf"(?<!\w)(?:{alternation(_V['age_leads'])}\s+)?\d{{1,3}}(?:\s*(?:-|–|đến|tới)\s*\d{{1,3}})?\s+{re.escape(_V['age_word'])}(?!\w)")
# The first half of "11 dân thường và 1 binh sĩ đã thiệt mạng" (written before the second figure).
_CONJUNCT = re.compile(rf"{_B}(?:(?P<qual>{_QUAL})\s+)?(?P<num>{_NUM})(?:\s+(?P<mult>{_MULT}))?\s+(?P<noun>{_PEOPLE}){_W}"
                       rf"(?P<mod>[^,.;:!?\d“”\"()]{{0,70}}?)\s+và\s+$")
# "ở phía Thái Lan" right after the verb names the side that suffered the figure.
KIND_WORD = re.compile(rf"(?<!\w){_KIND}{_W}")
"""A casualty verb or noun ("thiệt mạng", "bị thương") standing as a word."""
_SIDE = re.compile(r"\s*(?:ở|tại|về|bên)?\s*(?:phía|bên)\s+")
# Every figure has a number, and a people noun or (a toll) "số": a sentence lacking either
# has none, and skips the scans below. (Masking only blanks runs of two or more characters,
# so it makes no such word appear.)
_ANY_NUMBER = re.compile(rf"\d|{_WORDNUM}|[Nn]ăm")   # a gate: FIGURE tells five from a year
_ANY_PEOPLE = re.compile(rf"{_PEOPLE}|{_BODIES}")


def _breaks_down(text: str, at: int) -> bool:
    """A breakdown word ends right before `at`, and breaks down no document ("danh sách gồm"); "trong
    đó" breaks down a count of people before it in its sentence, not a vague one ("“hàng chục người”
    đã bị sát hại, trong đó có bảy người tử vong ...": the seven are the one number given)."""
    m = _BREAKDOWN.search(text, max(0, at - 20), at)
    if m is None or _DOCUMENT.search(text, max(0, m.start() - 20), m.start()):
        return False
    if m.group(0).rstrip() not in _AMONG:
        return True
    lo = max(0, m.start() - 200)
    opened = max(text.rfind(".", lo, m.start()), text.rfind("!", lo, m.start()), text.rfind("?", lo, m.start())) + 1
    return _COUNT.search(text, max(opened, lo), m.start()) is not None


@frozen
class RawFigure:
    start: int
    end: int
    kind: str
    number: int
    qualifier: str
    modifier: str
    """Words between the noun and the verb ("của họ", "Azerbaijan")."""
    noun_end: int
    side: int | None = None
    """Offset of the name in a "phía X" phrase after the verb, if any."""
    other: bool = False
    """"N người khác", "... và N người bị thương": the same side as the figure before it."""
    inflicted: bool = False
    """Killed by the speaker's side ("tiêu diệt 200 tay súng"): never the speaker's own losses."""
    toll: bool = False
    """A toll ("số người thiệt mạng trong vụ tấn công ... đã tăng lên 25"): where no side is written with its people,
    the words from `noun_end` describe what they died in."""


# A named person's fate: "khiến Trưởng bộ phận an ninh Orkhan Asgarov thiệt mạng", "binh sĩ Narek
# Baghdasaryan, 20 tuổi, thiệt mạng": one person, by name.
_NAMED_FATE = re.compile(rf"(?:\s*,\s*\d{{1,3}}\s+{_V['age_word']}\s*,)?\s+(?:{alternation(_V['fate_fillers'])}\s+)*"
                         rf"(?P<kind>{_KIND}){_W}")


# "binh sĩ Orkhan Novruzalizade": a name of two to four words after a noun for people.
_NOUN_NAME = re.compile(rf"(?<!\w)(?:{_PEOPLE})\s+(?P<name>{UPPER}[\w'’\-]+(?:\s+{UPPER}[\w'’\-]+){{1,3}})")


def named_figures(text: str, mentions, found: list[RawFigure]) -> list[RawFigure]:
    """A figure of one for each person the sentence says was killed, wounded, captured or went
    missing: the people its mentions name (outside quotations), and names after a noun for
    people; not where a counted figure covers the name."""
    if not KIND_WORD.search(text):
        return []
    out = []
    # (start, end of the name, start of the figure: the noun before the name, where one stands)
    named = {(m.span.start, m.tail or m.span.end, m.span.start) for m in mentions
             if m.kind == "person" and not in_quote(text, m.span.start)}
    named |= {(m.start("name"), m.end("name"), m.start()) for m in _NOUN_NAME.finditer(text)}
    taken, mine = _Coverage(len(text)), _Coverage(len(text))
    for f in found:
        taken.add(f)
    starts = sorted(f.start for f in found)
    for start, end, opens in sorted(named):
        if mine.covers(start):
            continue
        m = _NAMED_FATE.match(text, end)
        # not a known state or body after the noun ("binh sĩ Thái Lan bị thương"), not one who
        # captures ("Tướng X bắt giữ Y"), not one who flees; not where a counted figure stands
        if m is None or _V["kinds"][m.group("kind")] == "displaced" or m.group("kind") in _PASSIVE_KINDS \
                or gazetteer().pattern.match(text, start) \
                or taken.covers(start) or _starts_within(starts, start, m.end()):
            continue
        out.append(mine.add(RawFigure(opens, m.end(), _V["kinds"][m.group("kind")], 1, "exact", "", end,
                                      inflicted=m.group("kind") in _INFLICTED)))
    return out


class _Coverage:
    """Which offsets of a text the figures found so far cover: asked once per match, so a
    sentence of thousands of figures is read in linear time, not compared with each before it."""

    def __init__(self, length: int):
        self._covered = bytearray(length + 1)

    def add(self, f: RawFigure) -> RawFigure:
        self._covered[f.start:f.end] = b"\x01" * (f.end - f.start)
        return f

    def covers(self, at: int) -> bool:
        return bool(self._covered[at])


def _starts_within(starts: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def parse_number(num: str, mult: str | None) -> int | None:
    words = _V["number_words"]
    if num.lower() in words:
        value = words[num.lower()]
    elif " " in num:   # spelled out (_SPELLED): tens, then maybe a unit
        parts = num.lower().split()
        tens = 1 if parts[0] == _V["ten"] else words[parts[0]]
        value = tens * 10 + _V["compound_units"].get(parts[-1], 0)
    else:
        cleaned = num.replace(".", "")
        if not mult and _ENGLISH_THOUSANDS.fullmatch(cleaned):
            value = int(cleaned.replace(",", ""))
        elif "," in cleaned:
            try:
                value = float(cleaned.replace(",", "."))
            except ValueError:
                return None
        else:
            value = int(cleaned)
    if mult:
        value = value * _V["multipliers"][mult]
    value = int(round(value))
    return value if value > 0 else None


def _mask(text: str) -> str:
    text = _ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    if "(" in text:
        text = _ACRONYM_ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    if "“" in text:
        text = _SHORT_QUOTE.sub(lambda m: m.group(0) if m.group(1) in _QUOTED_VERBS else f" {m.group(1)} ", text)
    return _AGE.sub(lambda m: " " * len(m.group(0)), text) if _V["age_word"] in text else text


def _qual(m) -> str:
    if not m.group("qual") and m.re.groupindex.get("upto") and m.group("upto"):
        return "at_least"   # "từ 7 đến 8 binh sĩ"
    return _QUALS.get(m.group("qual") or "", "exact")


def _names_side(text: str, at: int) -> bool:
    """A state or an armed group is named at `at` (after spaces): the people before it are its."""
    while text[at:at + 1] == " ":
        at += 1
    gaz = gazetteer()
    g = gaz.pattern.match(text, at)
    return g is not None and gaz.entries[gaz.surfaces[g.group(0)]].kind in ("country", "group")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` opens, looked for at most CLAUSE_REACH characters back."""
    return at - len(clause_before(text, at, max(0, at - CLAUSE_REACH), ",.;:!?"))


def _supposed(text: str, at: int) -> bool:
    """The count at `at` is in a clause a case supposed opens ("Khi ai đó giết một người Côte d'Ivoire, ...", "nếu
    5 binh sĩ bị thương"), not in what follows from it ("... thì số người thiệt mạng đã lên tới 20 người")."""
    opens = _clause_start(text, at)
    mark = None
    for mark in _HYPOTHETICAL.finditer(text, opens, at):
        pass
    return mark is not None and _CONSEQUENT.search(text, mark.end(), at) is None


def find_figures(text: str) -> list[RawFigure]:
    if not (_ANY_NUMBER.search(text) and ("ố" in text or _ANY_PEOPLE.search(text))):
        return []
    masked = _mask(text)
    out: list[RawFigure] = []
    cov = _Coverage(len(masked))

    def keep(f: RawFigure) -> None:
        if _supposed(masked, f.start):
            return
        out.append(cov.add(f))

    def side_after(end: int) -> int | None:
        s = _SIDE.match(masked, end)
        return s.end() if s else None

    for m in TOLL.finditer(masked):
        number = parse_number(m.group("num"), m.group("mult"))
        if number is None:
            continue
        # "số binh sĩ Campuchia tử trận đã tăng ... lên ba người": the side named before the verb
        # ... and a toll of kills inflicted ("nâng số kẻ tấn công bị tiêu diệt lên sáu") is of the side
        # its reporter fights, as a count of them is
        keep(RawFigure(m.start(), m.end(), _V["kinds"][m.group("kind")], number, _qual(m),
                       m.group("mod").strip(), m.start("side") if m.group("side") else m.end("kind"),
                       side_after(m.end()), inflicted=m.group("kind") in _INFLICTED, toll=True))
    categories = set(_V["categories"])
    for m in FIGURE.finditer(masked):
        if cov.covers(m.start()):
            continue
        before = masked[max(0, m.start() - 100): m.start()]   # all a figure looks back on
        if _breaks_down(masked, m.start()) or _VAGUE.search(before[-6:]) or _INCREMENT.search(before[-8:]):
            continue
        number = parse_number(m.group("num"), m.group("mult"))
        qualifier = _qual(m)
        if m.group("upto") and number is not None:
            upto = parse_number(m.group("upto"), m.group("mult"))
            if upto is None or not number < upto <= 3 * number + 2 or 1900 <= number < upto <= 2100:
                # not a range of counts ("giai đoạn 2020-2022 người dân ...", "tỷ số 2-1"): the number
                # next to the people counts them
                number, qualifier = upto, _QUALS.get(m.group("qual") or "", "exact")
        if number is None:
            continue
        if _SPEECH.search(m.group("mod")):
            continue   # "dẫn lời 2 quan chức Mỹ cho biết nhiều binh sĩ bị thương": the sources, not the toll
        if _DENIED.search(masked, max(0, m.start("kind") - 20), m.start("kind")):
            continue   # "... và không ai bị thương"
        if m.group("kind") in _PASSIVE_KINDS and not PASSIVE.search(masked, m.end("noun"), m.start("kind")):
            continue
        if (nots := _KIND_NOT_BEFORE.get(m.group("kind"))) and nots.match(masked, m.end("kind")):
            continue   # "mất liên lạc với thế giới bên ngoài": cut off, not missing
        if (asked := _KIND_ASKED.get(m.group("kind"))) and (
                asked.search(masked, _clause_start(masked, m.start()), m.start("kind"))
                or _KIND_NEGATED[m.group("kind")].search(masked, m.end("num"), m.start("kind"))):
            continue   # "để họ đầu hàng", "hối thúc 300 phiến quân đầu hàng", "30 tay súng chưa đầu hàng": none done
        if m.group("kind") in _CARRIED_KINDS and _CARRIED.search(masked, max(0, m.start() - 30), m.start()):
            continue   # "Chiếc Su-24 chở hai phi công Nga bị bắn hạ": the aircraft was
        if m.group("kind") in _NOT_OF_FOES and m.group("noun") in _HOSTILE:
            continue   # "Ba tay súng đã tẩu thoát và vẫn chưa rõ tung tích": they got away
        kind = _V["kinds"][m.group("kind")]
        if kind == "displaced":
            # "10 người dân chạy trốn đã bị bắn chết": the flight qualifies the people; the clause's verb counts them
            stop = _CLAUSE_END.search(masked, m.end())
            later = KIND_WORD.search(masked, m.end(), stop.start() if stop else len(masked))
            if later and _V["kinds"][later.group(0)] != "displaced" and not _PURPOSE.search(masked, m.end(), later.start()):
                kind = _V["kinds"][later.group(0)]
        mod = m.group("mod").strip()
        window = before[-100:]
        first = _CONJUNCT.search(window)
        if first and KIND_WORD.search(first.group("mod")):
            first = None  # "27 người đã thiệt mạng và 200 người bị thương": two figures, not one split
        if first:
            s0 = m.start() - len(window) + first.start()
            if _breaks_down(masked, s0):
                continue   # "25 người thiệt mạng, trong đó 20 dân thường ... và 5 binh sĩ ...": its parts
            if first.group("noun") != m.group("noun") and {first.group("noun"), m.group("noun")} <= categories \
                    and not first.group("mod").strip().startswith("khác") \
                    and not (_names_side(masked, s0 + first.start("mod") - first.start())
                             and _names_side(masked, m.start("mod"))):
                continue  # "11 dân thường và 1 binh sĩ": a breakdown of a total by category
                # (not "15 binh sĩ khác và 3 dân thường": more people, beside those counted before;
                # nor "3 binh sĩ Israel và 1 cảnh sát Ai Cập": a count of each side)
            n0 = parse_number(first.group("num"), first.group("mult"))
            if n0:
                keep(RawFigure(s0, m.end(), kind, n0, _qual(first), first.group("mod").strip(),
                               s0 + first.end("noun") - first.start(),
                               other=first.group("mod").strip().startswith("khác")))
        sided = _BY_SIDE.match(text, m.end())
        parts = [parse_number(sided.group(n), None) for n in ("n1", "n2")] if sided else []
        if parts and all(parts) and sum(parts) == number:
            # the parts, each with its side, rather than the total of both
            for (n, noun, side), part in zip((("n1", "p1", "s1"), ("n2", "p2", "s2")), parts):
                keep(RawFigure(sided.start(n), sided.end(noun), kind, part, "exact", "",
                               sided.end(noun), sided.start(side)))
            continue
        # "58 binh sĩ Pakistan đã thiệt mạng và 30 người bị thương": the second figure, naming
        # no side of its own, counts the same side as the first ("46 người khác" likewise).
        joined = bool(out) and out[-1].end <= m.start() and re.fullmatch(r"\s*(?:,\s*)?và\s*", masked[out[-1].end:m.start()])
        keep(RawFigure(m.start(), m.end(), kind, number, qualifier, mod, m.end("noun"),
                       side_after(m.end()), mod.startswith("khác") or bool(joined),
                       inflicted=m.group("kind") in _INFLICTED))
    for m in LOST.finditer(masked):
        if cov.covers(m.start()):
            continue
        number = parse_number(m.group("num"), m.group("mult"))
        if number is None:
            continue
        own = m.group("verb") in _V["own_loss_verbs"] and m.group("noun") not in _HOSTILE \
            and not _ENEMY.match(m.group("mod").strip())
        keep(RawFigure(m.start(), m.end(), "captured" if m.group("verb") in _CAPTURED_VERBS else "killed",
                       number, _qual(m), m.group("mod").strip(), m.end("noun"), inflicted=not own))
    if any(b in masked for b in _BODY_GATE):
        for pattern in (BODIES_FOUND, BODIES_LAID):
            for m in pattern.finditer(masked):
                if cov.covers(m.start()) or (m.group("noun") not in _BODY_NOUNS and not m.group("of")):
                    continue
                number = parse_number(m.group("num"), m.group("mult"))
                if number is None or _breaks_down(masked, m.start()) \
                        or _BODY_EXCHANGED.search(masked, max(0, m.start() - 80), m.start()):
                    continue   # "Nga trao trả 212 thi thể binh sĩ Ukraine được tìm thấy ...": handed over
                mod = m.group("mod").strip()
                keep(RawFigure(m.start(), m.end(), "killed", number, _qual(m), mod, m.end("noun"),
                               inflicted=m.group("noun") in _HOSTILE or bool(_ENEMY.match(mod) or _OF_HOSTILE.search(mod))))
    if "on số" in masked:   # "con số", "Con số"
        counted = sorted(out, key=lambda f: f.end)
        ends = [f.end for f in counted]
        for m in REVISED.finditer(masked):
            i = bisect.bisect_right(ends, m.start())
            number = parse_number(m.group("num"), m.group("mult"))
            if i and number is not None and not cov.covers(m.start("num")):
                last = counted[i - 1]
                keep(RawFigure(m.start(), m.end(), last.kind, number, _qual(m), "", m.end(), other=True,
                               inflicted=last.inflicted))
    return sorted(out, key=lambda f: f.start)
