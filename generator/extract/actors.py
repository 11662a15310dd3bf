"""Actor mentions: gazetteer names, state organs, titled people, armed groups.

Everything the press may write is data (data/gazetteer/*, data/actors.yml);
this module only knows the shapes: "<title> [<state>] <Name>",
"ông <Name>, <title> ...", "<organ> <state>", "<head> ly khai <place>".
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from ..letters import fold
from ..lexicon import WORD, Gazetteer, alternation, gazetteer, people, vocabulary, with_capitals
from ..model import Mention, Span

_V = vocabulary("actors.yml")
# Upper-case Latin letters, Vietnamese included. (A range such as "Ạ-Ỹ" would not do: the
# Vietnamese block alternates upper- and lower-case letters, so it also holds "ở", "ạ" ...)
_UP = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
UPPER = f"[{_UP}]"
ABBREVIATION = r"[A-ZĐ][A-ZĐ0-9]{1,7}"
"""An organisation's abbreviation: "WCK", "SPLA", "F1"."""
NAME_TOKEN = re.compile(rf"{UPPER}[\w'’\-]*")
_DIGIT = re.compile(r"\d")
_INITIAL = re.compile(rf"(?:{UPPER}\.){{1,3}}(?= {UPPER})")   # "B. Santosh Babu", "R.G.K. Kapoor"
_GLUED_INITIAL = re.compile(rf"{UPPER}\.(?={UPPER}\w)")
"""An initial written against the surname, as some Vietnamese outlets do ("V.Putin", "X.Lavrov")."""
_ORGAN = re.compile(alternation(_V["state_organs"]) + r"\s+(?:của\s+)?$")
_ORGANS = tuple(_V["state_organs"])
_ORGAN_LONGEST = max(map(len, _ORGANS))
_ORGAN_REACH = 200
"""How far before a state's name its organ's name may start ("Bộ Quốc phòng Nga")."""
_BACKREF = re.compile(r"\s*" + alternation(_V["back_references"]) + r"\b")
_LOCATIVE = re.compile(r"(?:^|[\s(])" + alternation(with_capitals(_V["locatives"]))
                       + r"\s+(?:\(\s*)?$")
"""Also capitalised at a sentence start ("Tại Nhà Trắng") and in brackets ("(giờ Washington)")."""
_HEADS = with_capitals(_V["group_heads"])
_GROUP_LEAD = (rf"(?P<head>{alternation(_HEADS, not_after=WORD)})(?:\s+{alternation(_V['group_fillers'])})?"
               rf"\s+(?P<qualifier>{alternation(_V['group_qualifiers'])})(?:\s+{alternation(_V['group_fillers'])})?\s+")
_GROUP = re.compile(_GROUP_LEAD + rf"(?P<place>[{_UP}][\w\-]*(?:[ \-][{_UP}][\w\-]*)*)")
_GROUP_TITLE = re.compile(_GROUP_LEAD + rf"(?:{alternation(_V['self_styled'])}\s+)?[“\"]?(?=[{_UP}])")
"""... and in a title, maybe self-styled and quoted: "Thủ lĩnh lực lượng ly khai tự xưng “Cộng hòa Nhân dân Donetsk”"."""
_PLURAL_TITLE = re.compile(rf"(?<!\w)(?<![Tt]hứ ){alternation(with_capitals(_V['plural_title_marks']))}\s+$")
_NOT_OPENER = re.compile(rf"{alternation(_V['not_name_openers'])}(?!\w)")
_MINISTRY_TERRITORIES = frozenset(_V["ministry_territories"])
_NOT_GROUP = re.compile(rf"{alternation(_V['not_group_names'])}(?!\w)")
_OWN_STATE_AFTER = re.compile(r"\s*(?:của\s|\()")
_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)")
_ARMED_GROUP = re.compile(rf"{alternation(with_capitals(_V['armed_group_heads']), not_after=WORD)}\s+(?=[{_UP}])")
_ARMED_PLACE = re.compile(rf"{alternation(with_capitals(_V['armed_place_heads']), not_after=WORD)}\s+(?=[{_UP}])")
_ORG_HEAD = re.compile(rf"{alternation(with_capitals(_V['organisation_heads']), not_after=WORD)}\s+(?=[{_UP}])")
_ORG_WORD = re.compile(rf"{UPPER}[\w'’&\-]*")
_ORG_JOIN = re.compile(rf"\s+(?:{alternation(_V['organisation_name_particles'])}\s+)?(?={UPPER})")
_ORG_NAME_STOP = re.compile(rf"{alternation(_V['organisation_name_stops'])}(?!\w)")
_ORG_ABBR = re.compile(rf"\s*\(\s*(?P<abbr>{ABBREVIATION})\s*\)")
"""An abbreviation in brackets after a name: "World Central Kitchen (WCK)"."""
# A body named in Vietnamese, introduced with its abbreviation: "Mặt trận Cách mạng Quốc gia (BRN)",
# "Hiệp hội Báo chí liên Mỹ (SIP)". Its head opens the name; capitalised words (and a few lower-case
# ones: a word's later syllables, "Cách mạng Quốc gia", and "liên Mỹ", "toàn Manipur") follow, the
# abbreviation closes it. Possessive: where no bracket follows, the words are not split again another way
# (a run of capitalised words made that exponential).
_LOW = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and c.isalpha())
_LOWER_SYLLABLE = rf"[{_LOW}][\w'’\-]*+"
_NAMED_BODY = re.compile(
    rf"(?P<head>{alternation(_V['named_body_heads'], not_after=WORD)})"
    rf"(?P<words>(?:\s+{UPPER}[\w'’\-]*+(?:\s+{_LOWER_SYLLABLE}){{0,3}}+)++"
    # ... or written in sentence case, as the press often writes a translated name: "Liên minh các lực
    # lượng kháng chiến (UFR)"
    rf"|(?:\s+{_LOWER_SYLLABLE}){{2,6}}+)"
    rf"(?=\s*\(\s*{ABBREVIATION}\s*\))")
_NAME_NEXT = re.compile(rf"\s+{UPPER}")
_AFTER_PARTY = re.compile(rf"(?<!\w){alternation(_V['party_words'])}\s+$")
_ARMED_BODY_WORDS = re.compile(
    rf"(?<!\w){alternation(_V['armed_body_words'] + [w.lower() for w in _V['armed_body_words']])}(?!\w)")
_STATE_QUALIFIERS = set(_V["state_forces"]["qualifiers"])
_STATE_HEADS = set(_V["state_forces"]["heads"])
_FORMER = alternation(_V["former"])
_FORMER_RE = re.compile(_FORMER + r"\s+", re.I)
_ORGAN_HEAD = re.compile(alternation(with_capitals(_V["organ_heads"]))
                         + r"(?!\w)")
_KNOWN_ORGAN = re.compile(alternation(_V["state_organs"]) + r"(?!\w)")
_ORGAN_OWN_NAME = re.compile(rf"\s+{UPPER}\w*\s+(?P<rest>[a-zà-ỹđ]\w*)")
_DATELINE = re.compile(rf"(?<!\w){alternation(_V['correspondents'])}(?:\s+thường trú)?(?:\s+(?:của\s+)?{UPPER}\S*){{1,2}}"
                       r"(?:\s+thường trú)?\s+(?:tại|ở)\s+$")
""""phóng viên TTXVN tại", "phóng viên thường trú TTXVN tại", "phóng viên VTV thường trú tại": an agency named (not "hai
phóng viên thiệt mạng tại Ukraine")."""
_DOCUMENT = re.compile(alternation(_V["document_words"]) + r"\s+$")
_NOT_NAMES = re.compile(alternation(_V["not_names"], not_after=WORD) + rf"(?!{WORD})")
_PRONOUN_NAMES = frozenset(_V["pronoun_names"])
_PRONOUN_PASSIVE = re.compile(r"\s+" + alternation(_V["pronoun_passives"]) + r"\s+(?!cho là)[a-zà-ỹđ]")
_ORGAN_STOP = re.compile(alternation(_V["organ_stops"]) + r"(?!\w)")
_ORGAN_END_STOP = re.compile(alternation(_V["organ_end_stops"]) + r"(?!\w)")
_CONNECTOR = re.compile(r"(" + alternation(_V["role_connectors"]) + r")\s+")
_LOCATING = {"tại", "ở"}
_UNIT = re.compile(alternation(_V["admin_units"]) + r"\s+(?=" + UPPER + ")")
_APPOS = re.compile(r"\s*,\s*(?:với tư cách(?: là)?|trong vai trò|là)?\s*")
_WORD = re.compile(r"[\w'’\-]+")
# Patterns of the hot paths, compiled once and matched at an offset (never on a slice of the
# rest of the paragraph, which made each person cost the paragraph's length).
_ABBR = re.compile(r"\s*\(\s*[^()\s]{1,12}\s*\)")
_ABBR_NAME = re.compile(rf"\s+{UPPER}")
_ACRONYM_ONLY = re.compile(ABBREVIATION)
_ORG_ASIDE = re.compile(rf",\s+(?P<body>[a-zà-ỹđ][^,.;:()“”\"]{{1,60}}?),\s+(?={UPPER})")
_APPOS_STOP = re.compile(r",|;|\.|:|“|\"|\s(?:cho biết|nói|cho hay|tuyên bố|đã|vừa|sẽ|bày tỏ|kêu gọi)(?!\w)")
_ROLE_SEP = re.compile(rf"\s*(?:(?:{alternation(_V['office_then'])})(?:\s+là(?!\w)|(?=\s*,)))?\s*(?:,|–|-)?\s*")
_APPOS_AFTER = re.compile(r"\s*,\s*([^,.;:“\"]{3,120})")
_APPOS_ROLE = re.compile(alternation(_V["apposition_roles"]), re.I)
_ROLE_CUT = re.compile(r"\s" + alternation(_V["apposition_ends"]) + r"\b")
_INTRO_LEAD = re.compile(alternation(_V["apposition_leads"]) + r"\s+")
_SENTENCE_LEAD = re.compile(rf"{alternation(_V['sentence_leads'])}\s+(?={UPPER})")
_CLAUSE_COMMA = re.compile(r",\s+(?=" + UPPER + ")")
_LEADER_BEFORE = re.compile(rf"{alternation(_V['leader_before'], not_after=WORD)}\s+(?={UPPER})")
_LED_BY_PERSON = re.compile(rf"{alternation(_V['leader_by'], not_after=WORD)}\s+(?={UPPER})")
_GROUP_NAME_WORD = re.compile(rf"{alternation(_V['group_name_words'])}(?!\w)")
_WORD_BEFORE = re.compile(rf"(?<![\w'’\-]){UPPER}")
_APPOSED_GROUP = re.compile(rf",\s+(?:một\s+)?{alternation(_V['apposed_group']['heads'])}\s+"
                            rf"{alternation(_V['apposed_group']['descriptors'])}(?!\w)")
_APPOSED_AFTER = re.compile(rf"(?:^|[,.;:!?“”\"(]\s*|(?<!\w){alternation(_V['apposed_group']['after'])}\s+)$")
_NAMED_GROUP = re.compile(
    rf"{alternation(with_capitals(_V['named_group_heads']), not_after=WORD)}\s+(?={_GROUP_NAME_WORD.pattern})")
_DEPUTY = re.compile(alternation(_V["deputy_prefixes"]) + " ")
_DEPUTY_BEFORE = re.compile(rf"(?<!\w){alternation(_V['deputy_prefixes'])} $")
_COUNTED = re.compile(rf"(?<!\w){alternation(with_capitals(_V['count_words']))}\s+$")
_LEADS_AFTER = re.compile(rf"\s+{alternation(_V['leads_after'])}(?!\w)")
_LEAD_AFTER_COMMA = re.compile(r",\s+" + alternation(_V["apposition_leads"]) + r"\s")
# Where one may stand: a sentence's first two to five words, all capitalised, then a comma.
# (Sentence ends are found first: a pattern opening with a look-behind is tried at every position.)
_SENTENCE_END = re.compile(r"[.!?]\s+")
_INTRODUCED = re.compile(rf"{UPPER}[\w'’.\-]*(?:\s+(?:[\w'’\-]+\s+)?{UPPER}[\w'’.\-]*){{1,4}},")
_FRONTED_LOCATIVE = re.compile(rf"(?:(?<![\s\S])|(?<=[.!?…”] )){alternation(_V['fronted_locatives'])}\s+$")
_NAME_PAREN = re.compile(r"[" + _UP + r"][\w\-]+\s*\(\s*$")
_PARTICLES = re.compile(r"(?:" + alternation(_V["name_particles"]) + rf"[ \-])+(?={UPPER})")
"""Lower-case particles between the words of a name ("von der ", "al-"), before a capital."""
_CAPITAL_RUN = re.compile(rf"{UPPER}[\w'’\-]*(?:[ \-](?:{alternation(_V['name_particles'])}[ \-])*{UPPER}[\w'’\-]*)+")
"""Capitalised words in a row, with the particles of names between ("Osama bin Laden")."""
_NAMED_FOR = re.compile(rf"(?:^|\s){alternation(with_capitals(_V['named_for_people']))}\s+$")
_NAME_GAP = re.compile(r"[ \-]")
_CAPITAL_PARTICLES = frozenset(w.capitalize() for w in _V["name_particles"] if " " not in w)
_ACRONYM = re.compile(rf"({ABBREVIATION})\s+(?=" + UPPER + r"[\w'’\-]*\s+" + UPPER + ")")
"""An abbreviation followed by a name of two words or more."""
# (or an organ's own name, a capitalised word that is no known name: "Quân đội Phòng vệ Nagorno-Karabakh")
_POLITY_PARTY = re.compile(rf"(?<!\w){alternation(with_capitals(_V['polity_party_marks']))}"
                           rf"(?:(?:\s+[a-zà-ỹđ]+){{0,2}}|\s+(?P<own>{UPPER}\w*)(?:\s+[a-zà-ỹđ]+)?)\s+$")
_FIELD = re.compile(r"(?:và\s+|,\s+(?=[" + _UP + r"]))?(?P<field>" + alternation(_V["title_fields"]) + r")(?![^\W_])",
                    re.IGNORECASE)
"""Written "Nhân quyền", "Nhân Quyền" or "Ngân hàng Trung ương" (the caller asks for a capital first); joined
by "và", or listed with commas ("Giám đốc Tìm kiếm, Cứu nạn và Tác chiến")."""
_FIELD_NEXT = re.compile(r" +")
_INTERIM = re.compile(alternation(_V["interim_marks"]) + r"\s+")
_PORTFOLIO = re.compile(alternation(_V["portfolio"]) + r"\s+")
_PORTFOLIO_STOP = re.compile(alternation(_V["portfolio_stops"]) + r"(?!\w)")
_PORTFOLIO_WORDS = 10
# A portfolio that may come before the state: "phụ trách" is never a verb of motion, as "về" is.
_PORTFOLIO_FIRST = re.compile(alternation(_V["portfolio_first"]) + r"\s+")
_DASH = re.compile(r"[-–]\s*")
_PLURAL = re.compile(alternation(_V["organ_plurals"]) + r"\s+")
_REGION_PART = re.compile(rf"(?<!\w){alternation(_V['region_parts']['words'])} "
                          rf"({alternation(_V['region_parts']['parts'])}) (?=\S)")
_LOCAL_OFFICES = frozenset(_V["local_offices"])
_PLACE_BEFORE_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)* (?=\S+ \S)")
# (the word boundary checked after a mark's first letter: the engine skips to where one can start)
_TOWN = re.compile(alternation(with_capitals(_V["town_marks"]), not_after=r"\w")
                   + r" ([A-Z][a-z]+(?:-[A-Z]?[a-z]+)*)(?!\w)")
_NOT_PERSON_OPENER = re.compile(rf"{alternation(_V['not_person_openers'])}(?!\w)")
_FAITH = re.compile(rf"(?:{alternation(_V['faiths_before_names'])} +)+")
_FAITH_WORD = re.compile(rf"{alternation(_V['faiths_before_names'])}(?!\w)")
_LANGUAGE = re.compile("".join(rf"(?<!{re.escape(w)} )" for w in with_capitals(_V["language_not_after"]))
                       + rf"(?<!\d )(?<!\w){alternation(with_capitals(_V['language_words']))}\s+$")
_LANGUAGE_WORD = re.compile(alternation(with_capitals(_V["language_words"])))
"""A cheap test before _LANGUAGE, whose look-behinds would otherwise run at every gazetteer name."""
_TIME_ZONE = re.compile(rf"(?:[,(]\s*|(?<!\w)theo\s+){alternation(with_capitals(_V['time_zone_words']))}\s+$")
_FUZZY_TOKEN = re.compile(rf"{UPPER}[\w'’\-]{{5,}}")
"""NAME_TOKEN of six letters or more: fuzzy_country takes no shorter one."""


def polity_key(entry) -> str:
    """The group key of a breakaway region's authorities: the key of "lực lượng ly khai <region>"."""
    return "group:" + slug(entry.name)


def place_authority(entry, gaz: Gazetteer) -> str | None:
    """Whose authorities a place's are: the power that holds it (`held_by`), else the state it belongs
    to; a breakaway region's own ("Giới chức Sukhumi": Abkhazia's), a state's id, or None."""
    holder = gaz.get(entry.held_by or entry.parent or "")
    if holder is None:
        return None
    if holder.polity:
        return polity_key(holder)
    return holder.id if holder.kind == "country" else None


# Cached: an article slugs the same names again and again (a person at each mention of them), and
# folding goes letter by letter.
@functools.lru_cache(maxsize=4096)
def slug(text: str) -> str:
    """ASCII slug: lowercase, letters folded ("Yalçın" -> "yalcin", đ -> d), runs of other characters -> '-'."""
    s = fold(text).lower()
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


@dataclass(frozen=True)
class _Compiled:
    """What the mention finders build once from a gazetteer."""

    titles: re.Pattern
    """Every title, with either case of its first letter, longest first."""
    title_of: dict[str, tuple[str, str]]
    """A title as matched -> (title, role key)."""
    honorific: re.Pattern
    trigger: re.Pattern
    """Where _people may find someone: a word start, then a title or an honorific, maybe after
    "cựu"/"nguyên". Searching for it skips the rest of the text in C."""
    countries: dict[str, tuple[tuple[str, str], ...]]
    """Single-word country names of five letters or more, by first letter (fuzzy_country)."""
    fuzzy: dict[str, str | None]
    """fuzzy_country's answers so far: a corpus repeats its capitalised words, and each costs
    some hundred edit-distance tables."""


_COMPILED: dict[int, tuple[Gazetteer, _Compiled]] = {}


def _compiled(gaz: Gazetteer) -> _Compiled:
    """Looked up by the gazetteer's identity, not its value: it is asked for at every capitalised
    word, and hashing a gazetteer's tuple of titles each time costs more than the lookup saves."""
    hit = _COMPILED.get(id(gaz))
    if hit is not None and hit[0] is gaz:
        return hit[1]
    title_of: dict[str, tuple[str, str]] = {}
    for title, role in gaz.titles:
        # the press capitalises a title's later words or not ("Chánh Văn phòng", "Chánh văn phòng")
        for written in (title, title[:1] + title[1:].lower()):
            for variant in (written, written[:1].lower() + written[1:], written[:1].upper() + written[1:]):
                title_of.setdefault(variant, (title, role))
    titles = re.compile(alternation(title_of) + r"(?![^\W_])")
    honorific = re.compile(alternation(gaz.honorifics) + r"\s+")
    trigger = re.compile(rf"(?<![^\W_])(?:(?i:{_FORMER})\s+)?(?:{titles.pattern}|{honorific.pattern})")
    countries: dict[str, list[tuple[str, str]]] = {}
    for surface, key in gaz.surfaces.items():
        # not a capital standing for its state: a place one letter off it is another place ("Amara", not "Asmara");
        # not a Vietnamese transliteration, whose tone marks a Latin name differs by ("Baron", not "Barên")
        if gaz.entries[key].kind == "country" and len(surface) >= 5 and " " not in surface \
                and surface not in gaz.metonyms and surface.isascii():
            countries.setdefault(surface[0], []).append((surface, key))
    made = _Compiled(titles, title_of, honorific, trigger, {k: tuple(v) for k, v in countries.items()}, {})
    _COMPILED[id(gaz)] = (gaz, made)
    return made


def fuzzy_country(token: str, gaz: Gazetteer) -> str | None:
    """A misspelt country name ("Azerbaija", "Amernia", "Armenian") -> its id. Not a word of five letters,
    one letter off as many words are ("Norte" from "Norge")."""
    if len(token) < 6 or not token[:1].isupper():
        return None
    c = _compiled(gaz)
    if token in c.fuzzy:
        return c.fuzzy[token]
    best = None
    for surface, key in c.countries.get(token[0], ()):
        if _edit1(token, surface, 1 if len(surface) < 8 else 2):
            if best is not None and best != key:
                best = None
                break
            best = key
    if len(c.fuzzy) > 100_000:
        c.fuzzy.clear()
    c.fuzzy[token] = best
    return best


def _title_at(text: str, pos: int, gaz: Gazetteer) -> tuple[str, str] | None:
    c = _compiled(gaz)
    m = c.titles.match(text, pos)
    if m:
        return c.title_of[m.group(0)]
    # a deputy's title: "Phó Cảnh sát trưởng" (written as the title it deputises, after the prefix)
    deputy = _DEPUTY.match(text, pos)
    if deputy and (m := c.titles.match(text, deputy.end())):
        title, role = c.title_of[m.group(0)]
        return deputy.group(0) + title, role
    return None


def _name_at(text: str, pos: int, gaz: Gazetteer, limit: int = 4) -> tuple[int, int] | None:
    """The span of a run of capitalised words at pos that is not a known name.

    Initials count as words ("Đại tá B. Santosh Babu"); an organ word ("Bộ", "Ủy ban")
    never starts a person's name.
    """
    if _ORGAN_HEAD.match(text, pos) or _PLURAL.match(text, pos) or _NOT_PERSON_OPENER.match(text, pos) \
            or (_DEPUTY.match(text, pos) and _title_at(text, pos, gaz)):
        return None
    if faith := _FAITH.match(text, pos):
        if not NAME_TOKEN.match(text, faith.end()) or _FAITH_WORD.match(text, faith.end()):
            return None   # "Các giáo sĩ Hồi giáo Sunni và Shiite": faiths alone
        pos = faith.end()
    end, count = pos, 0
    while count < limit:
        ini = _INITIAL.match(text, end)
        if ini:
            end = ini.end() + 1
            continue
        glued = _GLUED_INITIAL.match(text, end)
        if glued:
            end = glued.end()
            continue
        m = NAME_TOKEN.match(text, end)
        if not m and count:
            particles = _PARTICLES.match(text, end)   # "Ursula von der Leyen", "Abdel Fattah al-Burhan"
            m = NAME_TOKEN.match(text, particles.end()) if particles else None
            if m and limit == 4:
                limit = 5   # such names run longer: "Mohammed bin Abdulrahman Al Thani"
        if not m or _DIGIT.search(m.group(0)):
            break   # not a model's designation: "máy bay chỉ huy Il-22"
        g = gaz.pattern.match(text, m.start())
        if g and count and g.end() == m.end() and gaz.entries[gaz.surfaces[g.group(0)]].kind in ("group", "organization") \
                and not g.group(0).isupper():
            g = None   # a surname that is also a group's name: "Ngoại trưởng Thérèse Kayikwamba Wagner"
        elif g and count and g.end() == m.end() and gaz.entries[gaz.surfaces[g.group(0)]].kind == "place":
            g = None   # ... or a place's: "Tư lệnh SDF Mazloum Kobani"
        elif g and count and g.end() == m.end() and text[m.end():m.end() + 1] == " " \
                and (after := NAME_TOKEN.match(text, m.end() + 1)) and not gaz.pattern.match(text, after.start()) \
                and not _title_at(text, after.start(), gaz):
            g = None   # a name's middle word that is also a state's: "Đại sứ Trung Quốc Vương Anh Phàm"
        if g or _title_at(text, m.start(), gaz):
            break
        if m.group(0) in _CAPITAL_PARTICLES and limit == 4:
            limit = 5   # ... written capitalised too: "Zine El Abidine Ben Ali"
        end, count = m.end(), count + 1
        if text[end:end + 1] != " ":
            break
        end += 1
    end = len(text[:end].rstrip())
    return (pos, end) if count else None


def _organ_end(text: str, pos: int, gaz: Gazetteer) -> int | None:
    """End of an organ's name at pos ("Bộ Tư lệnh Chiến khu miền Tây của Quân Giải phóng Nhân dân"),
    which runs up to the state or organisation it belongs to; else the longest known organ."""
    head = _ORGAN_HEAD.match(text, pos)
    if not head:
        return None
    q, words, capitals = head.end(), 0, 0
    while words < 10:
        while text[q:q + 1] == " ":
            q += 1
        if gaz.pattern.match(text, q):
            return len(text[:q].rstrip())
        w = _WORD.match(text, q)
        # "tại", "ở", "đọc" end it only after a run of capitalised words, a person's name that the
        # organ would otherwise swallow ("Bộ trưởng Thông tin Barnaba Marial Benjamin đọc tại Juba";
        # not "Văn phòng đại diện tại Đài Bắc")
        if not w or _ORGAN_STOP.match(text, q) or (capitals >= 2 and _ORGAN_END_STOP.match(text, q)):
            break
        capitals = capitals + 1 if w.group(0)[:1].isupper() else 0
        q, words = w.end(), words + 1
    known = _KNOWN_ORGAN.match(text, pos)
    if known:
        return known.end()
    # An organ's own name capitalises its first word only ("Hội đồng Chủ quyền", "Bộ Chỉ huy Trung
    # tâm"): a capitalised word with a lower-case one after it is the organ's, not a person's name.
    own = _ORGAN_OWN_NAME.match(text, head.end())
    if not own or _ORGAN_STOP.match(text, own.start("rest")):
        return head.end()
    end = own.end()
    while (more := _ORGAN_OWN_NAME.match(text, end)) and not _ORGAN_STOP.match(text, more.start("rest")) \
            and not _PARTICLES.match(text, more.start("rest")):
        end = more.end()   # "Ủy ban An ninh Quốc gia": each capitalised word with its lower-case one,
        # not a name's particle ("Hội đồng Tổng thống Mohamed al-Menfi")
    return end


def _role_tail(p: "_Paragraph", pos: int) -> tuple[str | None, str, int, list[tuple[int, int, str]]]:
    """What qualifies a title, up to the person's name: the state or organisation
    ("Ngoại trưởng Mỹ"), an organ ("Bộ trưởng Y tế công cộng Thái Lan"), a posting
    ("Đại sứ Campuchia tại Liên hợp quốc") or an outlet ("Tổng biên tập tờ Thời báo Hoàn Cầu").

    Returns (affiliation key, its surface, end of the role, [(start, end, key)] of the known
    names inside it).
    """
    text, gaz = p.text, p.gaz
    aff, aff_surface, inner, end = None, "", [], pos
    place_state = None
    located = False
    if (abbr := _ORG_ABBR.match(text, end)) and _ABBR_NAME.match(text, abbr.end()):
        # "Chủ tịch Ủy ban châu Âu (EC) Ursula von der Leyen": the title's organ, abbreviated (not a
        # caption's "(trái)": "Tổng thống (trái) Zelensky")
        end = abbr.end()
    for _ in range(6):
        q = end
        while text[q:q + 1] == " ":
            q += 1
        plural = _PLURAL.match(text, q)   # "Tổng Tham mưu trưởng các lực lượng vũ trang Iran"
        if plural and _ORGAN_HEAD.match(text, plural.end()):
            q = plural.end()
        quoted = text.startswith(_OPENING_QUOTES, q) and gaz.pattern.match(text, q + 1) is not None
        g = gaz.pattern.match(text, q + quoted)   # "... tự xưng “Cộng hòa Nhân dân Donetsk” (DPR) Alexander Zakharchenko"
        if g and quoted and not text.startswith(_CLOSING_QUOTES, g.end()):
            g = None
        if g:
            key = gaz.surfaces[g.group(0)]
            entry = gaz.entries[key]
            inner.append((g.start(), g.end(), key))
            if entry.kind in ("country", "organization", "group") and aff is None and not located:
                aff, aff_surface = key, g.group(0)
            elif entry.polity and aff is None and not located:
                aff, aff_surface = polity_key(entry), g.group(0)   # "Thanh tra nhân quyền của Nagorno-Karabakh"
            elif entry.kind == "place" and place_state is None and entry.parent:
                place_state = place_authority(entry, gaz)
            end, located = g.end(), False
            if text.startswith(_CLOSING_QUOTES, end) and g.start() and text.startswith(_OPENING_QUOTES, g.start() - 1):
                end += 1
            abbr = _ABBR.match(text, end)   # "Liên minh châu Âu (EU)"
            if abbr:
                end = abbr.end()
            continue
        b = _BACKREF.match(text, q)
        if b and aff is None:
            aff, aff_surface, end = p.last_state(q), b.group(0).strip(), b.end()
            continue
        t = NAME_TOKEN.match(text, q)
        if t and aff is None:
            # a misspelt state ("Tổng thống Azerbaija Ilham Aliyev") is followed by a full name;
            # "Thiếu tướng Polad Hashimov" is a name that happens to look like "Poland"
            key = fuzzy_country(t.group(0), gaz)
            nxt = _name_at(text, t.end() + 1, gaz) if text[t.end():t.end() + 1] == " " else None
            if key and nxt and len(text[nxt[0]:nxt[1]].split()) >= 2:
                inner.append((q, t.end(), key))
                aff, aff_surface, end = key, t.group(0), t.end()
                continue
        u = _UNIT.match(text, q)
        if u:
            # "tỉnh Sistan-Baluchestan Alireza Marhamati": an unknown unit's name is one word
            # when a name of two or more words follows it
            g = gaz.pattern.match(text, u.end())
            if g:
                continue_at = u.end()
            else:
                t = NAME_TOKEN.match(text, u.end())
                rest = _name_at(text, t.end() + 1, gaz) if t and text[t.end():t.end() + 1] == " " else None
                continue_at = t.end() if t and rest and len(text[rest[0]:rest[1]].split()) >= 2 else None
            if continue_at is not None:
                end = continue_at
                continue
        lead = _GROUP_TITLE.match(text, q)
        if lead:
            # "Thủ lĩnh lực lượng ly khai Arayik Harutyunyan": the title's group, then the person;
            # a known name after it is the group's place, read next round; an unknown run of two
            # words or more is the person's name, not the place ("chính quyền ly khai Nagorno-
            # Karabakh" holds a place, "lãnh đạo chính quyền ly khai Arayik Harutyunyan" a name)
            if gaz.pattern.match(text, lead.end()):
                end = lead.end()
                continue
            if text.startswith(_OPENING_QUOTES, lead.end() - 1):
                break   # "tự xưng “Ambazonia Defence Forces” Lucas Ayaba Cho": an unknown group's quoted name, no person's
            name = _name_at(text, lead.end(), gaz)
            # not after "thân Iran" (the group's own name follows: "phiến quân thân Iran Kataib
            # Hezbollah"), nor a place ("Tây Papua") or a run holding a known name ("Đông Ukraine ...")
            if name and len(text[name[0]:name[1]].split()) >= 2 and not lead.group("qualifier").startswith("thân") \
                    and not _NOT_OPENER.match(text, name[0]) and not gaz.pattern.search(text, name[0], name[1]):
                end = lead.end()
                break
        interim = _INTERIM.match(text, q)
        if interim and (gaz.pattern.match(text, interim.end()) or _UNIT.match(text, interim.end())):
            end = interim.end()
            continue
        if interim and end == pos and _name_at(text, interim.end(), gaz):
            end = interim.end()   # right before its holder: "Tổng thống mãn nhiệm Mahamadou Issoufou"
            break
        field = _FIELD.match(text, q)
        if field and (field.group("field")[0].isupper() or (
                end == pos and (after := _FIELD_NEXT.match(text, field.end())) is not None
                and (_CONNECTOR.match(text, after.end()) or gaz.pattern.match(text, after.end())
                     or _UNIT.match(text, after.end())))):
            # lower-case right after the title, when the role goes on to its organ or state
            # ("Điều phối viên nhân đạo của Liên Hợp Quốc"; not "Bộ trưởng thông tin rằng ...")
            end = field.end()
            continue
        portfolio = _portfolio(p, q)
        owner = None
        if portfolio and aff is None:
            # before the state only after "phụ trách", or when the state closes it ("Đại diện cấp
            # cao về chính sách đối ngoại của EU Josep Borrell"): "về" may be "returns to"
            owner = next((k for _, _, k in reversed(portfolio[1]) if gaz.entries[k].kind in ("country", "organization")), None)
            # ... or when it is a region of no one state the holder is posted to, a name after it ("Đặc phái
            # viên của Tổng thư ký Liên Hợp Quốc về Tây Phi Mohamed Ibn Chambas")
            if owner is None and not _PORTFOLIO_FIRST.match(text, q) and not (
                    portfolio[1] and all(gaz.entries[k].kind == "place" and not gaz.entries[k].parent
                                         for _, _, k in portfolio[1])):
                portfolio = None   # ... of no state's ground: "Thủ tướng về Kandahar Abdul Ghani Baradar" is a journey
        if portfolio:
            end, more = portfolio
            inner.extend(more)
            if aff is None:   # "Bộ trưởng phụ trách châu Phi của Anh James Duddridge"
                aff = owner
                aff_surface = next((text[a:b] for a, b, k in reversed(more) if k == aff), "")
            continue
        c = _CONNECTOR.match(text, q)
        if c and (gaz.pattern.match(text, c.end()) or _ORGAN_HEAD.match(text, c.end())):
            end, located = c.end(), c.group(1).lower() in _LOCATING
            continue
        o = _organ_end(text, q, gaz)
        if o:
            end = o
            continue
        break
    if aff is not None and (aside := _ORG_ASIDE.match(text, end)) is not None \
            and not gaz.pattern.match(text, aside.end()) \
            and (name := _name_at(text, aside.end(), gaz)) and len(text[name[0]:name[1]].split()) >= 2:
        # "Người phát ngôn Lữ đoàn Al-Qassam, cánh vũ trang của Hamas, Abu Obeida": an aside on the
        # organisation, then the person
        end = aside.end("body")
    if aff is None and place_state:
        aff = place_state
    return aff, aff_surface, end, inner


def _portfolio(p: "_Paragraph", pos: int) -> tuple[int, list[tuple[int, int, str]]] | None:
    """(end, known names inside) of a portfolio in a title, up to the person's name: "về chính
    sách đối ngoại và an ninh" (Kaja Kallas), "về đối thoại Belgrade - Pristina" (Miroslav
    Lajčák). Lower-case words, known names and dashes; None unless a capitalised word that is
    no known name follows, to open the name."""
    text, gaz = p.text, p.gaz
    opened = _PORTFOLIO.match(text, pos)
    if not opened:
        return None
    q, inner, words = opened.end(), [], 0
    named_field = _PORTFOLIO_FIRST.match(text, pos) is not None
    while words < _PORTFOLIO_WORDS:
        g = gaz.pattern.match(text, q)
        w = None if g else _DASH.match(text, q) or _WORD.match(text, q)
        if g:
            inner.append((q, g.end(), gaz.surfaces[g.group(0)]))
            q = g.end()
            abbr = _ABBR.match(text, q)   # "của Liên minh châu Âu (EU) Josep Borrell"
            if abbr:
                q = abbr.end()
        elif w and (w.group(0)[0] in "-–" or w.group(0)[0].islower()):
            if w.group(0) != "và" and _ORGAN_STOP.match(text, q) or _PORTFOLIO_STOP.match(text, q):
                return None   # "về nước sau cuộc gặp", "về cơ bản ủng hộ": a verb, no portfolio
            q = w.end()
        elif w and named_field and w.group(0)[0].isupper() and text[w.end():w.end() + 1] == " " \
                and text[w.end() + 1:w.end() + 2].islower():
            # "phụ trách Chính sách láng giềng và Đàm phán mở rộng Johannes Hahn": a capitalised syllable that a
            # lower-case one follows opens a field's name, a Vietnamese phrase, not a foreign name
            q = w.end()
        else:
            break
        words += 1
        while text[q:q + 1] == " ":
            q += 1
    if not words or not NAME_TOKEN.match(text, q) or gaz.pattern.match(text, q) or _ORGAN_HEAD.match(text, q) \
            or _title_at(text, q, gaz):
        return None
    return len(text[:q].rstrip()), inner


_OPENING_QUOTES, _CLOSING_QUOTES = ("“", '"'), ("”", '"')
_LED_BY = re.compile(rf"(?<!\w)do\s+(.+?)\s+{alternation(_V['led_by'])}(?!\w)")
_FOR_A_PRINCIPAL = frozenset(("spokesperson", "adviser"))
"""Roles held for a principal, who may be named between the title and the holder."""
_PRINCIPAL_OFFICES = tuple(_V["principal_offices"])
_NAME_COMMA = re.compile(r",\s+")
_HOLDER_END = re.compile(r"\s*(?:(,)\s*|[.;]|$)")


def towns_named(texts) -> frozenset[str]:
    """One-word Latin-script names the texts give places ("ở thành phố Uman", "tại Kremenchuk"): a
    local office's title before one of them names that place, not its holder ("Thị trưởng Uman Iryna
    Pletnyova")."""
    return frozenset(m.group(1) for t in texts for m in _TOWN.finditer(t))


class _Paragraph:
    """Mention finding over one paragraph; keeps the last state for back-references."""

    def __init__(self, text: str, article: str, index: int, gaz: Gazetteer, towns: frozenset[str] = frozenset()):
        self.text, self.article, self.index, self.gaz = text, article, index, gaz
        self.out: list[Mention] = []
        self.taken = bytearray(len(text))
        """1 where a mention already covers the character (a mask keeps `free` linear)."""
        self.towns = towns
        """One-word names the article gives places ("ở thành phố Uman"): see `towns_named`."""
        self.titles: dict[int, int] = {}
        """Start -> end of every title read: a state's name that opens one is no mention of it
        ("Thái tử Ả Rập Xê Út": "Thái" is not Thailand there)."""

    def span(self, s: int, e: int) -> Span:
        return Span(self.article, self.index, s, e)

    def free(self, s: int, e: int) -> bool:
        return not any(self.taken[s:e])

    def add(self, m: Mention) -> None:
        self.out.append(m)
        self.take(m.span.start, m.span.end)

    def take(self, s: int, e: int) -> None:
        """Cover [s, e) without a mention: no later pass finds one there."""
        self.taken[s:e] = b"\x01" * (e - s)

    def add_person(self, name: tuple[int, int], role: str | None, aff: str | None, tail: int | None) -> None:
        surface = self.text[name[0]:name[1]]
        self.add(Mention(key="person:" + slug(surface), surface=surface, span=self.span(*name), kind="person",
                         role=role, affiliation=aff, name=surface, tail=tail))

    def last_state(self, before: int) -> str | None:
        best = None
        for m in self.out:
            if m.span.start < before and m.kind in ("country", "group") and (best is None or m.span.start > best.span.start):
                best = m
        return best.key if best else None


def _apposition(p: "_Paragraph", end: int) -> int | None:
    """End of a title set after a name ("Anwar Ibrahim, Chủ tịch ASEAN năm 2025, bày tỏ";
    "Anwar Ibrahim, với tư cách Chủ tịch ASEAN, cho biết"), when it names no other person
    (then it is a list: "Thủ tướng Hun Manet, Quyền Thủ tướng Phumtham")."""
    text, gaz = p.text, p.gaz
    m = _APPOS.match(text, end)
    if not m:
        return None
    t = _title_at(text, m.end(), gaz)
    if not t or t[1] == "counterpart":
        return None
    q = m.end() + len(t[0])
    _, _, q, _ = _role_tail(p, q)
    while text[q:q + 1] == " ":
        q += 1
    if _name_at(text, q, gaz):
        return None
    stop = _APPOS_STOP.search(text, q)
    return stop.start() if stop else len(text)


def find_mentions(text: str, article: str, index: int, gaz: Gazetteer | None = None,
                  introduced: dict[str, Mention] | None = None, towns: frozenset[str] = frozenset()
                  ) -> tuple[Mention, ...]:
    """Every actor, place and agency named in a paragraph. `introduced` maps the abbreviations of the
    organisations earlier paragraphs introduced ("World Central Kitchen (WCK)") to their mention;
    `towns` are the one-word names its article gives places (`towns_named`)."""
    gaz = gaz or gazetteer()
    p = _Paragraph(text, article, index, gaz, towns)
    _people(p)
    _introduced(p)
    _leaders(p)
    _groups(p)
    _organisations(p)
    _known_people(p)
    _names(p)
    if introduced:
        _abbreviations(p, introduced)
    roles = [(m.span.end, m.tail) for m in p.out if m.tail]
    out = [replace(m, in_role=True) if any(s <= m.span.start < e for s, e in roles) else m
           for m in p.out] if roles else p.out
    out = sorted(out, key=lambda m: (m.span.start, m.span.end))
    if any(m.kind == "person" and m.role and not m.affiliation for m in out):
        out = _state_of_office(text, out, gaz)
    return tuple(out)


_STATE_OFFICES = frozenset(_V["state_offices"])
# The state's clause must say something (not "Israel tiếp tục không kích Gaza và Tổng thống Erdogan
# lên án"): one of the speech verbs of reactions.yml.
_STATE_SAYS = re.compile(rf"(?<!\w){alternation(vocabulary('reactions.yml')['speech_verbs'])}(?!\w)")
# What may open the sentence before the state: nothing, or a short lead-in ("Ngày 27/2, ").
_LEAD_IN = re.compile(r"\s*(?:[^,.;:]{1,30},\s*)?")


def _state_of_office(text: str, ms: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A state office named without its state belongs to the state whose name opens the sentence
    (maybe after a lead-in: "Ngày 27/2, "), when that state says something and the office
    holder's clause is joined to its by "và" ("Pakistan phủ nhận mọi liên quan và Thủ tướng Imran
    Khan đề nghị ...")."""
    title_of = _compiled(gaz).title_of
    out = []
    for m in ms:
        if m.kind == "person" and m.role and not m.affiliation and f" và {m.role} " in text \
                and (title_of.get(m.role) or ("", ""))[1] in _STATE_OFFICES:
            local = m.span.start
            opens = _sentence_start(text, local)
            first = next((o for o in ms if o.span.start >= opens), None)
            before = text[opens:local]
            if first is not None and first is not m and first.kind == "country" and not first.as_place \
                    and _LEAD_IN.fullmatch(text, opens, first.span.start) \
                    and before.endswith(f" và {m.role} ") \
                    and _STATE_SAYS.search(text, first.span.end, local - len(m.role) - 4) and not any(
                        o.kind in ("country", "person", "organization", "group") and first.span.end <= o.span.start < local
                        for o in ms):
                m = replace(m, office_state=first.key)
        out.append(m)
    return out


def _sentence_start(text: str, pos: int) -> int:
    start = 0
    for e in _SENTENCE_END.finditer(text, 0, pos):
        start = e.end()
    return start


def _people(p: _Paragraph) -> None:
    text, gaz = p.text, p.gaz
    i = 0
    counterpart_role: str | None = None
    c = _compiled(gaz)
    honorific, trigger = c.honorific, c.trigger
    while i < len(text):
        # Only a word that starts a title or an honorific (maybe after "cựu") can start a person.
        hit = trigger.search(text, i)
        if hit is None:
            break
        i = hit.start()
        former = _FORMER_RE.match(text, i)
        start = i
        pos = i + (former.end() if former else 0)
        t = _title_at(text, pos, gaz)
        if t and not former and (deputy := _DEPUTY_BEFORE.search(text, max(0, start - 5), start)):
            start = deputy.start()   # "Phó Cảnh sát trưởng Mastung Nawaz Gishkori": the deputy's title
        if t and text[max(0, pos - 3):pos] in ("Bộ ", "bộ "):
            t = None   # "Bộ Chỉ huy Trung tâm Mỹ (CENTCOM)", "Bộ Tư lệnh": an organ, not a commander
        honor = None if t else honorific.match(text, pos)
        if not t and not honor:
            i += 1
            continue
        if t:
            title = t[0]
            p.titles[pos] = pos + len(title)
            pos += len(title)
            while text[pos:pos + 1] == " ":
                pos += 1
            after_title = pos
            aff, aff_surface, pos, inner_names = _role_tail(p, pos)
            if not aff:
                inner = [gaz.surfaces[g.group(0)] for g in gaz.pattern.finditer(title)]
                inner = [k for k in inner if gaz.entries[k].kind in ("country", "organization", "group")]
                aff = inner[-1] if inner else None
            # "Tổng tham mưu trưởng CSTO, Đại tá Anatoly Sidorov"; "Thủ tướng nước này – ông Nikol Pashinyan"
            pos2 = _ROLE_SEP.match(text, pos).end()
            rank = _title_at(text, pos2, gaz) if not _DEPUTY.match(text, pos2) else None   # a deputy is another person
            if rank:
                pos2 += len(rank[0]) + 1
            hon = honorific.match(text, pos2)
            if hon:
                pos2 = hon.end()
            acronym = _ACRONYM.match(text, pos2)
            if acronym and not gaz.pattern.match(text, pos2):
                # "người phát ngôn SPLA Philip Aguer": an organisation the gazetteer does not know,
                # by its abbreviation, is part of the title, not of the name
                pos, pos2 = acronym.end(1), acronym.end()
            if (part := _REGION_PART.search(text, max(0, pos2 - 8), pos2 + 12)) and part.start(1) == pos2:
                pos2 = part.end()   # "khu vực miền Đông Wanis al-Sharif": the region's part, then the name
            name = _name_at(text, pos2, gaz)
            if name is not None and name[0] == after_title and title in _LOCAL_OFFICES \
                    and (place := _PLACE_BEFORE_NAME.match(text, name[0], name[1])) \
                    and place.group(0).rstrip() in p.towns:
                name = (place.end(), name[1])   # "Thị trưởng Uman Iryna Pletnyova": the town, then its mayor
            if name is not None and t[1] in _FOR_A_PRINCIPAL and title.endswith(_PRINCIPAL_OFFICES) \
                    and " " not in text[name[0]:name[1]] and (comma := _NAME_COMMA.match(text, name[1])) \
                    and (own := _name_at(text, comma.end(), gaz)) and " " in text[own[0]:own[1]] \
                    and (after := _HOLDER_END.match(text, own[1])) \
                    and not (after.group(1) and _name_at(text, after.end(), gaz)):   # not a list of names
                # "Người phát ngôn Tổng thống Putin, Dmitry Peskov, cho biết": the principal, then the person
                pos, name = name[1], own
            if name is not None and _NOT_OPENER.fullmatch(text, *name) and gaz.pattern.match(text, name[1] + 1):
                name = None   # "lãnh đạo Bắc Yemen": a compass point of a known name, no one's name
            if name is None or _ACRONYM_ONLY.fullmatch(text, *name):
                i = pos   # "Nhà sáng lập WCK, đầu bếp José Andrés": an organisation's abbreviation, no name
                continue
            role_text = text[start:pos].strip(" ,–-")
            if t[1] == "counterpart" or title.lower().startswith("người đồng cấp"):
                role_text = (counterpart_role + (" " + aff_surface if aff_surface else "")) if counterpart_role else role_text
            else:
                counterpart_role = title
            p.add_person(name, role_text, aff, _apposition(p, name[1]))
            if _PLURAL_TITLE.search(text, max(0, start - 8), start):
                # "các cố vấn an ninh quốc gia Ajit Doval và Asim Malik": one title, a list of holders,
                # up to one with a state of his own ("... Sergei Lavrov và Antony Blinken của Mỹ")
                words = min(2, len(text[name[0]:name[1]].split()))
                while (more := _LIST_NEXT.match(text, name[1])) and (nxt := _name_at(text, more.end(), gaz)) \
                        and len(text[nxt[0]:nxt[1]].split()) >= words and p.free(*nxt) \
                        and not _OWN_STATE_AFTER.match(text, nxt[1]):
                    p.add_person(nxt, role_text, aff, None)
                    name = nxt
            for a_start, a_end, key in inner_names:
                if p.free(a_start, a_end):
                    p.add(Mention(key=key, surface=text[a_start:a_end], span=p.span(a_start, a_end),
                                  kind=gaz.entries[key].kind, in_role=True))
            i = name[1]
            continue
        # honorific + Name [, appositive title ...]
        pos = honor.end()
        name = _name_at(text, pos, gaz)
        if name is None:
            i = pos
            continue
        p.add_person(name, *_role_after(text, name[1], gaz))
        i = name[1]


def _role_after(text: str, end: int, gaz: Gazetteer, lead: re.Pattern | None = None
                ) -> tuple[str | None, str | None, int | None]:
    """(role, affiliation, end of the role) of a title set after a name and a comma ("ông X,
    Chủ tịch Ủy ban Quốc phòng của Quốc hội Gruzia, ..."); `lead` may open the phrase ("một")."""
    app = _APPOS_AFTER.match(text, end)
    if not app:
        return None, None, None
    phrase = app.group(1)
    at = lead.match(phrase).end() if lead is not None and lead.match(phrase) else 0
    if not (_title_at(phrase, at, gaz) or _APPOS_ROLE.match(phrase, at)):
        return None, None, None
    cut = _ROLE_CUT.search(phrase)
    role = phrase[: cut.start()] if cut else phrase
    # not a place the role is held in ("một chỉ huy của các nhóm phiến quân ở Syria")
    keys = [gaz.surfaces[m.group(0)] for m in gaz.pattern.finditer(role)
            if gaz.entries[gaz.surfaces[m.group(0)]].kind in ("country", "organization", "group")
            and not _LOCATIVE.search(role, max(0, m.start() - 30), m.start())]
    grp = _GROUP.search(role)
    aff = "group:" + slug(grp.group("place")) if grp else keys[-1] if keys else None
    return role.strip(), aff, app.start(1) + len(role)


def _introduced(p: _Paragraph) -> None:
    """A person named without a title at a sentence's start and introduced by one after a comma:
    "Alparslan Celik, một chỉ huy của các nhóm phiến quân người Turkmen ở Syria, tuyên bố"; after a fronted
    clause too, by "một" and a title ("Không lâu sau vụ tấn công, Umar Mansoor, một chỉ huy của ...")."""
    text, gaz = p.text, p.gaz
    opens = [(0, True), *((m.end(), True) for m in _SENTENCE_END.finditer(text))]
    if _LEAD_AFTER_COMMA.search(text):   # only then can a clause's comma open one
        opens += [(m.end(), False) for m in _CLAUSE_COMMA.finditer(text)]
    for start, sentence in sorted(opens):
        if not _INTRODUCED.match(text, start):
            continue
        if lead := _SENTENCE_LEAD.match(text, start):
            start = lead.end()   # "Theo Ahmed Ali, một quan chức ...": the name after the word that opens the sentence
        name = _name_at(text, start, gaz)
        if name is None or not p.free(*name) or len(text[name[0]:name[1]].split()) < 2:
            continue
        role, aff, tail = _role_after(text, name[1], gaz, _INTRO_LEAD)
        if role is None or not p.free(name[1], tail):
            continue   # "Tại Geneva, Đặc phái viên LHQ Staffan de Mistura ...": the title has its own person
        if not sentence and not (_INTRO_LEAD.match(role) and text[tail:tail + 2].lstrip().startswith(",")):
            # after a clause's comma, only "một chỉ huy ...," closed by a comma: not one of a list of titled
            # names, nor the place a source clause follows ("ở Spin Wam, Mir Ali, một quan chức cho biết")
            continue
        p.add_person(name, role, aff, tail)


def _leaders(p: _Paragraph) -> None:
    """A person named without a title as the one who leads: "dưới sự lãnh đạo của Baitullah Mehsud", "do
    Mokhtar Belmokhtar cầm đầu". Two words or more, no known name."""
    text, gaz = p.text, p.gaz
    names = [_name_at(text, m.end(), gaz) for m in _LEADER_BEFORE.finditer(text)]
    names += [name for m in _LED_BY_PERSON.finditer(text)
              if (name := _name_at(text, m.end(), gaz)) and _LEADS_AFTER.match(text, name[1])]
    for name in names:
        if name and len(text[name[0]:name[1]].split()) >= 2 and p.free(*name) \
                and not gaz.pattern.search(text, name[0], name[1]) and not _GROUP_NAME_WORD.match(text, name[0]):
            p.add_person(name, None, None, None)


def _groups(p: _Paragraph) -> None:
    gaz = p.gaz
    for m in _ARMED_GROUP.finditer(p.text):
        # its name runs like a person's ("Jaish al-Adl"), two words or more; a known group's name is
        # its own mention; after a title, the run may hold its leader's name too: left alone
        if gaz.pattern.match(p.text, m.end()) or _NOT_OPENER.match(p.text, m.end()) \
                or any(e in (m.start(), m.start() - 1) for e in p.titles.values()) \
                or _COUNTED.search(p.text, max(0, m.start() - 8), m.start()):
            continue   # ... nor one counted ("Một dân quân Abdul Karim bị thương": a militiaman, named)
        name = _name_at(p.text, m.end(), gaz)
        if name and len(p.text[name[0]:name[1]].split()) >= 2 and not gaz.pattern.search(p.text, name[0], name[1]) \
                and not gaz.pattern.match(p.text, name[1] + 1) and p.free(m.start(), name[1]):
            place = p.text[name[0]:name[1]]
            p.add(Mention(key="group:" + slug(place), surface=p.text[m.start():name[1]], span=p.span(m.start(), name[1]),
                          kind="group", name=place))
    named = []
    for m in _NAMED_GROUP.finditer(p.text):
        # a name an armed group's word opens, after a word for a group: "nhóm Katiba Macina của thủ lĩnh Amadou Koufa"
        name = _name_at(p.text, m.end(), gaz)
        if name and len(p.text[name[0]:name[1]].split()) >= 2 and not gaz.pattern.search(p.text, name[0], name[1]):
            named.append(name)
    for m in _APPOSED_GROUP.finditer(p.text):
        # an unknown name a comma and an armed group's description follow, where it opens its clause or follows a
        # word that names it as a party ("chúng có liên hệ với Katiba Macina, nhóm thánh chiến do ... lãnh đạo"; not
        # where a place or an operation stands: "Tại Ras Kamboni, lực lượng ...", "Ở Deir Hafer, nhóm phiến quân ...")
        if (name := _name_before(p.text, m.start(), gaz)) and _APPOSED_AFTER.search(p.text, max(0, name[0] - 12), name[0]):
            named.append(name)
    for name in named:
        if p.free(*name):
            words = p.text[name[0]:name[1]]
            p.add(Mention(key="group:" + slug(words), surface=words, span=p.span(*name), kind="group", name=words))
    for m in _ARMED_PLACE.finditer(p.text):
        region = gaz.pattern.match(p.text, m.end())
        entry = gaz.entries[gaz.surfaces[region.group(0)]] if region else None
        if entry is not None and entry.polity and p.free(m.start(), region.end()):
            p.add(Mention(key=polity_key(entry), surface=p.text[m.start():region.end()],
                          span=p.span(m.start(), region.end()), kind="group", name=entry.name))
    for m in _GROUP.finditer(p.text):
        place = m.group("place")
        if _NOT_GROUP.match(p.text, m.start("place")):
            continue
        if m.group("qualifier") in _STATE_QUALIFIERS and m.group("head").lower() in _STATE_HEADS:
            state = gaz.pattern.match(p.text, m.start("place"))
            if state and gaz.entries[gaz.surfaces[state.group(0)]].kind == "country":
                continue   # "lực lượng vũ trang Iran": the armed forces of a state, an organ of it
        key = "group:" + slug(place)
        s, e = m.start(), m.end()
        if not p.free(s, e):
            continue
        p.add(Mention(key=key, surface=m.group(0), span=p.span(s, e), kind="group", name=place))


def _known_people(p: _Paragraph) -> None:
    """A well-known person (gazetteer/people.yml) named by the full name alone, with no title or honorific:
    "Osama bin Laden, người sáng lập al-Qaeda", "trùm khủng bố Osama bin Laden". The longest known name of two
    words or more that opens a run of capitalised words, with none among the two words before it: after a
    capitalised word the name ends a title this module does not read ("Điều phối viên ... Nhà Trắng John
    Kirby", "Cao ủy Liên Hợp Quốc về Nhân quyền Volker Türk"), whose body speaks for the person, as before. Not a
    place, a unit or an event named for the person ("sân bay Yasser Arafat": actors.yml named_for_people), nor one
    after a locative."""
    known, openers = people(), _known_openers()
    for run in _CAPITAL_RUN.finditer(p.text):
        gaps = [run.start() + g.start() for g in _NAME_GAP.finditer(run.group(0))]
        if p.text[run.start():gaps[0]] not in openers:
            continue   # the first test: most runs open with no known name's first word
        before = p.text[max(0, run.start() - 30):run.start()]
        if any(w[:1].isupper() for w in before.split()[-2:]) or _NAMED_FOR.search(before) or _LOCATIVE.search(before):
            continue
        e = next((e for e in reversed([*gaps, run.end()]) if p.text[run.start():e] in known), None)
        if e is not None and p.free(run.start(), e) and _NAME_GAP.search(p.text, run.start(), e):
            p.add_person((run.start(), e), None, None, None)


@functools.cache
def _known_openers() -> frozenset[str]:
    """The first word of every well-known person's name: a run of capitalised words opening with
    another word holds no known name at its start (most runs do not), and is not looked up
    prefix by prefix."""
    return frozenset(_NAME_GAP.split(name, 1)[0] for name in people())


def _name_before(text: str, end: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The unknown name of two capitalised words or more that ends at `end`, if one does: its words are
    tried from the farthest ("Theo Katiba Macina" is no name, "Katiba Macina" is)."""
    for start in (m.start() for m in _WORD_BEFORE.finditer(text, max(0, end - 60), end)):
        name = _name_at(text, start, gaz)
        if name and name[1] == end and len(text[start:end].split()) >= 2 and not gaz.pattern.search(text, start, end):
            return name
    return None


def _organisations(p: _Paragraph) -> None:
    """An organisation the gazetteer does not know, introduced by what it is: "tổ chức từ thiện World
    Central Kitchen (WCK)". Its abbreviation, if given, is one of its names."""
    gaz = p.gaz
    for m in _ORG_HEAD.finditer(p.text):
        if gaz.pattern.match(p.text, m.end()):
            continue   # "tổ chức nhân quyền Human Rights Watch": known
        end = _org_name_end(p.text, m.end(), gaz)
        if end is None or not p.free(m.end(), end):
            continue
        abbr = _ORG_ABBR.match(p.text, end)
        if abbr and abbr.group("abbr") in gaz.surfaces:
            continue   # "Medecins Sans Frontieres (MSF)": known by its abbreviation
        name = p.text[m.end():end]
        if len(name.split()) < 2 and not abbr:
            continue   # "tổ chức nhân đạo Trăng lưỡi liềm": one word, then a common noun
        p.add(Mention(key="org:" + slug(name), surface=name, span=p.span(m.end(), end), kind="organization", name=name))
        if abbr and p.free(abbr.start("abbr"), abbr.end("abbr")):
            p.add(Mention(key="org:" + slug(name), surface=abbr.group("abbr"),
                          span=p.span(abbr.start("abbr"), abbr.end("abbr")), kind="organization", name=name))
    for m in _NAMED_BODY.finditer(p.text) if "(" in p.text else ():
        abbr = _ORG_ABBR.match(p.text, m.end())
        if abbr.group("abbr") in gaz.surfaces or not p.free(m.start(), abbr.end()) \
                or gaz.pattern.fullmatch(p.text, m.start(), m.end()):
            continue   # known by its name or its abbreviation
        if _NAME_NEXT.match(p.text, abbr.end()):
            continue   # a title's words: "Chủ tịch đảng Liên minh Dân chủ Cơ đốc giáo (CDU) Friedrich Merz"
        if m.group("words")[1:2].islower() and not _ARMED_BODY_WORDS.search(m.group("words")):
            continue   # a name in sentence case only of an armed body: not "danh sách Tổ chức khủng bố nước ngoài (FTO)"
        start = m.start()
        if (party := _AFTER_PARTY.search(p.text, max(0, start - 8), start)) is not None:
            if party.group(0)[:1].islower():
                continue   # "lãnh đạo đảng Mặt trận Quốc gia (FN)": a party, told of as one
            start = party.start()   # "Đảng Liên minh Dân chủ (PYD)": the party's own name opens with it
        name = p.text[start:m.end()]
        # a body named for liberation, a revolution or arms takes them up; an association, a union does not
        kind = "group" if _ARMED_BODY_WORDS.search(m.group("words")) else "organization"
        p.add(Mention(key="org:" + slug(name), surface=name, span=p.span(start, m.end()), kind=kind, name=name))
        p.add(Mention(key="org:" + slug(name), surface=abbr.group("abbr"),
                      span=p.span(abbr.start("abbr"), abbr.end("abbr")), kind=kind, name=name))


def _org_name_end(text: str, pos: int, gaz: Gazetteer) -> int | None:
    """The end of an organisation's own name at `pos`: capitalised words (with the particles of
    names such as "Save the Children"), up to a known name ("Mercy Corps Mỹ"), a title ("... Giám
    đốc") or a day ("Oxfam Thứ Hai")."""
    end, q = None, pos
    while (w := _ORG_WORD.match(text, q)) is not None:
        if q > pos and (gaz.pattern.match(text, q) or _ORG_NAME_STOP.match(text, q) or _title_at(text, q, gaz)):
            break
        end = w.end()
        nxt = _ORG_JOIN.match(text, end)
        if nxt is None:
            break
        q = nxt.end()
    return end


def _abbreviations(p: _Paragraph, introduced: dict[str, Mention]) -> None:
    for abbr, first in introduced.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", p.text):
            if p.free(m.start(), m.end()):
                p.add(Mention(key=first.key, surface=abbr, span=p.span(m.start(), m.end()), kind=first.kind,
                              name=first.name))


def _names(p: _Paragraph) -> None:
    text, gaz = p.text, p.gaz
    # "giáo đường Do Thái" names no Thailand; "Do Thái Lan đóng cửa biên giới" does; a name ending inside
    # one names nothing either ("Nhà nước Pháp quyền": not "nước Pháp")
    not_names = [(m.start(), m.end()) for m in _NOT_NAMES.finditer(text)]
    starts = [s0 for s0, _ in not_names]   # they do not overlap: the one that can hold an end is the last before it
    for m in gaz.pattern.finditer(text):
        s, e = m.start(), m.end()
        if not p.free(s, e) or p.titles.get(s, 0) > e or _ends_inside(not_names, starts, e):
            continue
        key = gaz.surfaces[m.group(0)]
        entry = gaz.entries[key]
        if entry.kind in ("country", "place") and _DOCUMENT.search(text, max(0, s - 16), s):
            p.take(s, e)   # "Công ước Vienna", "Hiệp định Minsk": a document's name
            continue
        if _DATELINE.search(text, max(0, s - 60), s):
            p.take(s, e)   # "Theo phóng viên TTXVN tại Cairo": where the news was filed from
            continue
        if _TIME_ZONE.search(text, max(0, s - 12), s):
            p.take(s, e)   # "giờ Việt Nam": a time zone
            continue
        if _LANGUAGE_WORD.search(text, max(0, s - 12), s) and _LANGUAGE.search(text, max(0, s - 12), s):
            p.take(s, e)   # "nói tiếng Anh": a language
            continue
        if m.group(0) in _PRONOUN_NAMES and _PRONOUN_PASSIVE.match(text, e) \
                and text[:s].rstrip()[-1:] in ("", ".", "!", "?", "…", "”", '"'):
            p.take(s, e)   # "Anh đã được sơ tán": he, not Britain
            continue
        before = text[max(0, s - 40):s]
        loc = bool(_LOCATIVE.search(before[-30:])) or (text[e:e + 1] == ")" and bool(_NAME_PAREN.search(before))) or (
            text[e:e + 1] == "," and _FRONTED_LOCATIVE.search(text, max(0, s - 8), s) is not None
            and _compiled(gaz).trigger.match(text, e + 2) is not None)   # a titled speaker follows
        own_state = not loc and m.group(0) in entry.authorities   # "đại diện DPR và “Cộng hòa Nhân dân Lugansk”"
        party = _POLITY_PARTY.search(text, max(0, s - 40), s) if entry.polity and not loc and not own_state \
            and m.group(0)[:1].isupper() else None
        if own_state or party and not (party.group("own") and gaz.pattern.match(text, party.start("own"))):
            # "Phía Nagorno-Karabakh cho biết": the region's own authorities, as a party
            p.add(Mention(key=polity_key(entry), surface=m.group(0), span=p.span(s, e), kind="group",
                          name=entry.name))
            continue
        if key in _MINISTRY_TERRITORIES and entry.parent and not loc and (organ := _organ_before(text, s)) is not None \
                and text.startswith("Bộ ", organ):
            # "Bộ Y tế Gaza": a ministry of the territory speaks for the state it belongs to
            p.add(Mention(key=entry.parent, surface=m.group(0), span=p.span(s, e), kind="country", head=organ))
            continue
        p.add(Mention(key=key, surface=m.group(0), span=p.span(s, e), kind=entry.kind,
                      as_place=loc and entry.kind in ("country", "place"),
                      head=_organ_before(text, s) if entry.kind == "country" else None))
        if entry.kind in ("organization", "group") and (lead := _LED_BY.search(m.group(0))):
            # the state a coalition's name says leads it ("liên quân do Ả Rập Xê Út dẫn đầu"): named too, as in
            # a title (not a word of another name: "Liên minh Anh em Ba bên", "Cộng đồng Phát triển Nam Phi")
            inner = gaz.pattern.match(text, s + lead.start(1))
            if inner and inner.end() == s + lead.end(1) and gaz.entries[gaz.surfaces[inner.group(0)]].kind == "country" \
                    and inner.group(0) not in gaz.metonyms:
                p.out.append(Mention(key=gaz.surfaces[inner.group(0)], surface=inner.group(0),
                                     span=p.span(inner.start(), inner.end()), kind="country", in_role=True))
    # Misspelt country names that no pattern above took.
    for t in _FUZZY_TOKEN.finditer(text):
        s, e = t.start(), t.end()
        if (s and (text[s - 1].isalnum() or text[s - 1] in "-'’")) or not p.free(s, e):   # not "al-Laban"
            continue
        key = fuzzy_country(t.group(0), gaz)
        if key:
            p.add(Mention(key=key, surface=t.group(0), span=p.span(s, e), kind="country",
                          head=_organ_before(text, s)))


def _ends_inside(spans: list[tuple[int, int]], starts: list[int], end: int) -> bool:
    """`end` falls inside one of the non-overlapping, sorted `spans` (after its start)."""
    i = bisect.bisect_left(starts, end) - 1
    return i >= 0 and end <= spans[i][1]


def _organ_before(text: str, s: int) -> int | None:
    """Start of the state organ's name that a state's name at s completes ("Bộ Ngoại giao [của]
    Nga"), within _ORGAN_REACH characters before it.

    The organ's name ends where the spaces (and "của") before s begin, and is no longer than the
    longest organ, so the search starts there rather than _ORGAN_REACH back: the same leftmost
    match, without trying every position of the window."""
    w0 = max(0, s - _ORGAN_REACH)
    rest = text[w0:s].rstrip()
    if rest.endswith("của") and rest[-4:-3].isspace():
        rest = rest[:-3].rstrip()
    if not rest.endswith(_ORGANS):
        return None   # a match ends `rest` with its organ's name: a test of the ending spares most names the search
    organ = _ORGAN.search(text, max(w0, w0 + len(rest) - _ORGAN_LONGEST), s)
    return organ.start() if organ else None
