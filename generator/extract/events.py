"""Event sentences: fighting (PLOVER ASSAULT, with modes) and ceasefires (AGREE), dated.

A sentence reports an event when it has a violence or ceasefire cue that is not only the
topic of a call, an earlier event ("sau vụ tấn công"), fighting that ends, or a place. The
event's date is the date written nearest to its cue, leaving out comparison anchors, the
date of the report, and the dates of the other events the sentence names.
"""
from __future__ import annotations

import datetime as dt
import re

from ..lexicon import alternation, gazetteer, vocabulary, with_capitals
from ..model import DateValue, Event, Mention, Span
from .actors import UPPER
from .cues import CUES, assault_cues, speech_verbs
from .figures import KIND_WORD
from .text import ACTOR_KINDS, clause_before, in_quote, is_past

_EV = vocabulary("events.yml")
_BORDER = re.compile(rf"biên giới(?: giữa)? (?P<a>{UPPER}[\w\-]+)(?: và |-|–| với )(?P<b>{UPPER}[\w\-]+)")
_PLACE = re.compile(r"(?:^|\s)(?P<w>" + "|".join(re.escape(w) for w in _EV["place_words"]) +
                    rf")\s+(?P<n>(?:phía\s+)?{UPPER}[\w\-]+(?:\s{UPPER}[\w\-]+)*)")
# A date the text compares with, not the date of the event: "nghiêm trọng nhất kể từ năm 2011".
_COMPARED = re.compile(r"(?:nhất|đầu tiên|lần đầu|kỷ lục)[^,.;]*\bkể từ\s+(?:\S+\s+){0,4}$")
_THEN_WHEN = re.compile(r"\s*,\s*khi\s")
# "sau 5 ngày giao tranh", "chấm dứt hơn một tuần giao tranh": how long the fighting lasted up to the
# event's day; "trong 12 ngày giao tranh": the days a toll was counted over. Not the first days
# ("trong ba ngày đầu giao tranh", "trong hai ngày giao tranh đầu tiên").
def _duration(leads) -> re.Pattern:
    not_first = alternation(_EV["duration_not_first"])
    return re.compile(alternation(with_capitals(leads), not_after=r"\w")
                      + r"\s+(?:hơn\s+|gần\s+|khoảng\s+)?(?P<n>\d{1,3}|" + "|".join(_EV["day_counts"])
                      + rf")\s+(?P<unit>ngày|tuần)\s+(?:(?!{not_first}\s)\S+\s+)?(?:"
                      + "|".join(_EV["fighting_nouns"]) + rf")(?!\s+{not_first}(?!\w))")


_DURATION = _duration(_EV["duration_leads"])
_COMPARED_OVER = re.compile(rf"(?<!\w){alternation(_EV['duration_compared'])}\s+$")
_TOLL_DURATION = _duration(_EV["toll_duration_leads"])


def _nth_day(group: str) -> str:
    return (rf"{alternation(with_capitals(_EV['nth_day_leads']))}\s+ngày\s+thứ\s+"
            rf"(?P<{group}>\d{{1,2}}|{alternation(_EV['ordinal_days'])})(?!\w)")


# Fighting in its Nth day, whose subject is the fighting: it opens the clause ("Ngày 14/9, giao tranh
# giữa hai nước đã bước sang ngày thứ hai") or follows the count ("Bước sang ngày thứ năm, xung đột
# giữa Israel và Hamas"); not a protest, a strike or talks about it ("Cuộc biểu tình phản đối chiến sự
# ... bước sang ngày thứ tư").
_FIGHTING_HEAD = rf"(?:(?:[Cc]uộc|[Cc]ác cuộc|[Đđ]ợt)\s+)?{alternation(with_capitals(_EV['fighting_nouns']))}(?!\w)"
_NTH_DAY = re.compile(rf"(?:^|[,.;:–-]\s*|\)\s*){_FIGHTING_HEAD}[^,.;:]{{0,60}}?\s(?:đã\s+)?{_nth_day('n')}"
                      rf"|(?<!\w){_nth_day('m')}\s*,\s*{_FIGHTING_HEAD}")
_NTH_WORDS = re.compile(_nth_day("k"))   # the words of the count alone, for the date's text
TOPIC_REACH = 60
"""Characters before a cue searched for the word of condemnation it is the topic of (five words at most)."""
_TOPIC_OF = re.compile(r"(?:^|[\s“\"])(?:" + "|".join(_EV["topic_of"]) + r")[”\"]?\s+(?:\S+\s+){0,5}$")
_SINCE_OUTBREAK = re.compile(r"(?:kể từ khi|từ khi|kể từ lúc)\s+(?:cuộc\s+|các\s+)?(?:" + "|".join(_EV["fighting_nouns"])
                             + r")\s+(?:\S+\s+){0,8}?(?:" + "|".join(_EV["outbreak"])
                             + r")\s+(?:vào\s+)?")
_APPOSITION_HEAD = re.compile(rf"\s*{alternation(_EV['apposition_heads'])}(?!\w)")
_BODY_ABBREVIATION = re.compile(r"\([A-ZĐ][A-ZĐ0-9-]{1,9}\)$")
# A clause that names fighting only as the time a count or an act runs from, up to its outbreak verb
# ("kể từ khi bạo lực sắc tộc bùng phát, bà Otunbayeva hôm qua (18/6) thừa nhận ...").
_SINCE_CLAUSE = re.compile(r"(?:[Kk]ể từ khi|[Kk]ể từ lúc|[Tt]ừ khi)\s+(?:[^\s,.;:]+\s+){0,8}?(?:"
                           + "|".join(_EV["outbreak"]) + r")(?!\w)")
_EARLIER = re.compile(r"(?:^|\s)(?:" + "|".join(_EV["earlier"]) + r")\s+(?!(?:" + "|".join(_EV["earlier_not_before"])
                      + r")\s)(?:\S+\s+){0,3}$")
_TOPIC_MARKS = frozenset(_EV["earlier_topic"])
# another event named between the people counted and "sau" ("bị thương trong cuộc biểu tình sau ...")
_CLASSIFIER = re.compile(rf"(?<!\w){alternation(_EV['event_classifiers'])}(?!\w)")
# ... or a time unit right before it ("trong những ngày sau", "trong nhiều tháng sau", "trong đêm sau")
_SPAN_BEFORE = re.compile(rf"(?<!\w){alternation(_EV['time_spans'])}\s+$")
# "những kẻ đứng sau vụ tấn công": who is behind the attack, not what came after it
_BEHIND = re.compile(rf"(?<!\w){alternation(_EV['earlier_behind'])}\s$")
_NOMINAL_CUE = re.compile(rf"(?<!\w){alternation(with_capitals(_EV['event_classifiers']))}\s+$")
_NOUN_CLAUSE_END = re.compile(r"[,;.:!?]")
# "kể từ ngày 7/10": a bound, not its day
_BOUNDED = re.compile(rf"(?<!\w){alternation(_EV['date_bounds'])}\s+$")
_JUSTICE = re.compile(rf"(?<!\w){alternation(_EV['justice_acts'])}(?!\w)")
# ... nor the day of another act named between ("nhằm đáp trả việc Israel sát hại ... ngày 27/9", "được Bộ Y tế
# xác nhận hôm 10/8")
_OTHER_ACT = re.compile(rf"(?<!\w){alternation(_EV['earlier'] + _EV['other_acts'])}(?!\w)")
# "đến hôm qua, con số được điều chỉnh lên 45 người", "tính đến ngày 9/11": the day a count stood
# at, which is the day of a report, not of the fighting.
_AS_OF = re.compile(r"(?:(?<!\w)[Tt]ính đến|(?:(?<=[,;]\s)|(?<![\s\S]))(?:[Cc]ho đến|[Đđ]ến))\s+$")
"""... "tính đến" anywhere, "đến" opening a clause: not the end of a range ("Từ sáng đến tối 12/9")."""
# "... tăng lên 50 người, từ con số 34 được công bố hồi cuối tuần trước": the day a figure was announced
_ANNOUNCED = re.compile(rf"(?<!\w){alternation(_EV['announced'])}\s+(?:(?:hồi|hôm|vào|ngày)\s+)?$")
_NOT_NEW = re.compile(
    r"(?:^|\s)(?:" + "|".join(_EV["ending"]) + r")\s+(?:\S+\s+){0,3}$"
    r"|(?:^|\s)(?:" + "|".join(_EV["place_of"]) + r")\s+$")
_NOT_HAPPENED = re.compile(rf"(?<!\w){alternation(_EV['not_happened'])}"
                           rf"(?:\s+{alternation(_EV['not_happened_fillers'])})?\s+$")
_FEARED_MODES = frozenset(_EV["feared_modes"])
_NOT_MILITARY = re.compile(rf"(?<!\w){alternation(_EV['not_military'])}(?!\w)")
# "Ukraine bác bỏ thông tin Bakhmut đã thất thủ": a denial in the words just before, in one clause
_DENIED = re.compile(rf"(?<!\w){alternation(with_capitals(vocabulary('reactions.yml')['denials']))}"
                     r"(?:\s+(?:thông tin|tin|cáo buộc|tuyên bố))?(?:\s+(?!và\s)[^\s,;:.]+){0,4}\s+$")
_OF_A_PLACE = frozenset(with_capitals(_EV["capture_of_place"]))
_PLACE_WORD = re.compile(rf"(?<!\w){alternation(with_capitals(_EV['place_words']))}(?!\w)")
_PLACE_AFTER = frozenset(with_capitals(_EV["capture_of_place_after"]))
_NAME_GOES_ON = re.compile(rf" {UPPER}")
_PLACE_WORD_AFTER = re.compile(rf"[\s'’”\"]+{alternation(_EV['place_words'] + _EV['capital_words'])}(?!\w)")
_SITE_AFTER = re.compile(rf"[\s'’”\"]+{alternation(_EV['captured_sites'])}(?!\w)")
_UPPER_START = re.compile(UPPER)
_CAPTURE_NOT_HAPPENED = re.compile(rf"(?<!\w){alternation(with_capitals(_EV['capture_not_happened']))}"
                                   r"(?:\s+(?:sẽ|bị|đã|được|không))?\s+$")
_NOT_SEIZED = re.compile(rf"(?:\s+\S+){{0,2}}?\s+{alternation(_EV['ships_not_seized'])}(?!\w)")
_FLIGHT_LEAVE = re.compile(rf"(?<!\w){alternation(with_capitals(_EV['flight_leave']))}\s+$")
_CIVIL_AIRCRAFT = re.compile(rf"(?<!\w){alternation(with_capitals(_EV['civil_aircraft']))}(?!\w)")
_RAMMING_VEHICLE = re.compile(rf"(?<!\w){alternation(with_capitals(_EV['ramming_vehicles']))}(?!\w)")
_RAMMING_ACCIDENT = re.compile(rf"(?<!\w){alternation(_EV['ramming_accidents'])}(?!\w)", re.IGNORECASE)
_CIVILIANS = re.compile(rf"(?<!\w){alternation(with_capitals(_EV['civilian_movers']))}(?!\w)")
_BROKEN = re.compile(rf"(?<!\w){alternation(_EV['agreement_broken'])}\s+(?:\S+\s+){{0,2}}$")
_AIMED = re.compile(
    rf"(?<!\w){alternation(_EV['agree_aims'])}(?:\s+(?!{alternation(_EV['aims_end'])}(?!\w))\S+){{0,16}}\s+$")
_FOLLOWED_MARKS = frozenset(_EV["followed_marks"])
_RX = vocabulary("reactions.yml")
# A state named with its peacekeepers ("lực lượng gìn giữ hòa bình [của] Nga"): no side.
_NOT_A_SIDE = re.compile(rf"(?<!\w)(?:{alternation(_EV['peacekeeping_marks'])}\s+(?:của\s+)?"
                         rf"|{alternation(_EV['camp_against'])}\s+"
                         rf"|{alternation(_EV['ally_marks'])}\s+(?:{alternation(_EV['ally_forces'])}\s+)?)$")
# a count or a quantifier right before people ("hai học sinh Israel", "nhiều nhà báo Ukraine")
_COUNTED = re.compile(rf"(?:\d|(?<!\w){alternation(list(_EV['day_counts']) + _EV['quantifiers'])})\s*$")
_MUTUAL_CUES = frozenset(with_capitals(vocabulary("figures.yml")["mutual_cues"]))
_TOLL_RAISED = re.compile(rf"(?<!\w){alternation(with_capitals(_EV['toll_raised']))}(?!\w)")
_CIVILIANS_OF = re.compile(rf"(?<!\w){alternation(_EV['civilians_of'])}\s+(?:người\s+)?$")
# A breakaway region named bare ("Nagorno-Karabakh", not "lực lượng ly khai Nagorno-Karabakh"):
# its surfaces.
_POLITY_NAMES = frozenset(a for e in gazetteer().entries.values() if e.polity for a in e.aliases)
# A day written inside a source's attribution, before the clause's first comma, is the day of the
# report, not of the fighting ("theo bản tin của Văn phòng Thủ tướng Israel ngày 16/6, các đợt tấn
# công tên lửa của Iran đã làm 24 người thiệt mạng"; not "theo giờ địa phương ngày 14/9").
_ATTRIBUTED = re.compile(
    "".join(rf"(?<!{re.escape(w)} )" for w in with_capitals(_RX["not_according_after"]))
    + rf"(?<!\w){alternation(_RX['according_to'])}\s+(?!{alternation(_RX['not_according'])}(?!\w))"
    r"[^,;:.!?]{0,80}$")
# "Bộ Quốc phòng hôm nay tuyên bố quân đội tiếp tục ...": the fighting goes on on the day it is reported.
_ONGOING = re.compile(r"(?<!\w)(?:tiếp tục|vẫn đang|đang|vẫn)(?!\w)")

_CLAUSE_END = re.compile(r"[.;:!?]")
_A_DAY = dt.timedelta(days=1)
# "... kết thúc tối qua (17/1), ba ngày sau khi tên lửa Nga đánh sập tòa nhà": the fighting the clause
# after "N ngày sau khi" tells of happened N days before the day written before it; a day written in
# that clause is the earlier event's.
_DAYS_AFTER = re.compile(r"(?<!\w)(?P<n>\d{1,2}|" + "|".join(with_capitals(_EV["day_counts"])) + r")\s+"
                         r"(?P<unit>ngày|tuần)\s+sau\s+(?:khi|vụ|cuộc)(?!\w)")
# ... a clause that ends where the sentence goes on with its own news (", khiến 45 người thiệt mạng hôm 26/5")
_AFTER_CLAUSE_END = re.compile(rf"[.;:!?]|,\s*{alternation(_EV['after_clause_ends'])}(?!\w)")


def reported_only(text: str, pos: int) -> bool:
    """The cue does not report new fighting: it is the topic of a call or meeting ("kêu gọi chấm
    dứt giao tranh", "về cuộc giao tranh"), an earlier event ("sau vụ tấn công", "để đáp trả
    những vụ không kích"), the matter of a court ("tạm giam bốn nghi phạm ... gây ra vụ tấn
    công"), fighting that ends ("chấm dứt hơn một tuần giao tranh") or a place ("rút khỏi khu
    vực đụng độ")."""
    clause = clause_before(text, pos, max(0, pos - 300))
    return bool(CUES.calls.search(clause) or CUES.meeting_words.search(clause) or _earlier_in(clause)
                or _NOT_NEW.search(clause) or _TOPIC_OF.search(text, max(0, pos - TOPIC_REACH), pos)
                or (_JUSTICE.search(clause) and _NOMINAL_CUE.search(text, max(0, pos - 12), pos)))


def condemned_day(text: str, at: int) -> bool:
    """The day written at `at` dates an attack a statement speaks of ("Văn bản cũng “lên án mạnh mẽ” các vụ
    tấn công nhằm vào doanh trại quân đội ngày 11/12"), not the story's day: the clause before it holds an
    assault cue right after a word of condemnation."""
    start = at - len(clause_before(text, at))
    cue = None
    for cue in CUES.assault.finditer(text, start, at):
        pass
    return cue is not None and _TOPIC_OF.search(text, max(0, cue.start() - TOPIC_REACH), cue.start()) is not None


def _earlier_in(clause: str) -> bool:
    """The clause ends on a mark of an earlier event ("sau vụ tấn công"), but not on the attack the
    casualties it counts followed ("45 người Palestine đã thiệt mạng ... sau khi Israel không kích"):
    that is the news."""
    m = _EARLIER.search(clause)
    if not m or not m.group(0).lstrip().startswith("sau ") or _BEHIND.search(clause, max(0, m.start() - 8), m.start() + 1):
        return bool(m)
    # the people counted, and where, right before it (not "bị thương trong cuộc biểu tình sau vụ không kích",
    # "sơ tán ... trong những ngày sau cuộc tấn công": another event, or a time after it)
    told = list(KIND_WORD.finditer(clause, max(0, m.start() - 80), m.start()))
    return not told or _CLASSIFIER.search(clause, told[-1].end(), m.start()) is not None \
        or _SPAN_BEFORE.search(clause, max(0, m.start() - 12), m.start() + 1) is not None


def _clause_from(text: str, pos: int) -> str:
    """The rest of the clause from `pos`, up to 60 characters."""
    return re.split(r"[,;.:!?]", text[pos:pos + 60], maxsplit=1)[0]


def _followed(text: str, pos: int) -> bool:
    """The cue names an event the news followed ("đáp trả vụ tấn công hôm 28/1"), not one spoken of."""
    m = _EARLIER.search(clause_before(text, pos, max(0, pos - 300)))
    return m is not None and m.group(0).split()[0] not in _TOPIC_MARKS


def _earlier(text: str, pos: int) -> bool:
    """The cue names an event before the one reported ("hai tuần sau vụ tấn công ngày 22/4")."""
    return _earlier_in(clause_before(text, pos, max(0, pos - 300)))


def when(text: str, anchor: int, dvs: list[DateValue], span: Span, published, elsewhere: tuple[int, ...] = (),
         count: bool = False) -> tuple[DateValue | None, DateValue | None, bool]:
    """(date, report date, history) of what the sentence reports at `anchor`.

    The date is the one written nearest to it, leaving out the dates a comparison is made
    with ("nghiêm trọng nhất kể từ năm 2011") and the date of a report that comes before its
    speech verb ("Quân đội Ấn Độ ngày 16/6 xác nhận ... đụng độ ... đêm 15/6": 16/6 is when it
    was said). `history` is true when that date lies before the news window. For a `count` (the
    anchor is a toll), the day it stood at ("đến hôm qua, con số được điều chỉnh lên") is a report's
    too; for fighting only a day counted to is ("tính đến ngày 9/11 đã có 1.221 binh sĩ ... thiệt
    mạng kể từ khi giao tranh bùng phát"): "Đến ngày 8.10, quân đội ... bắn trả ngày thứ sáu liên
    tiếp" is the fighting's last day.
    """
    speech = [v.start() for v in speech_verbs(text)]
    cands, reported = [], None
    for d in dvs:
        if d.start is None:
            continue
        local = d.span.start - span.start
        if _COMPARED.search(text[:local]):
            continue
        if any(abs(local - o) < abs(local - anchor) and not (local < o and "," in text[local:o])
               for o in elsewhere):
            # the date of another event named before it or in its clause ("đáp trả vụ không kích
            # hôm 9/10", "sau cuộc không kích ... ở Tal al-Sultan, phía Tây Bắc Rafah, tối 26/5");
            # not a date a comma sets apart before it ("... tối 2/2 (giờ Mỹ), đòn đáp trả đầu tiên
            # sau vụ tấn công ..."; "vào khoảng 2h sáng 11/10, chưa đầy một ngày sau khi ...")
            continue
        verbs = [v for v in speech if local < v < anchor]
        closing = next((v for v in reversed(speech) if anchor < v < local), None)
        if closing is not None and d.precision == "day" and _TOLL_RAISED.search(text, anchor, closing):
            reported = reported or d   # the day a raised toll was given ("nâng số người thiệt mạng lên 13, ... thông báo tối qua (2/7)")
            continue
        as_of = _AS_OF.search(text, max(0, local - 12), local)
        if (verbs and not _ONGOING.search(text[verbs[0]:anchor])) or \
                (anchor < local and _spoken_on(text, d.span.end - span.start, speech)) or \
                (local < anchor and _ATTRIBUTED.search(text, max(0, local - 90), local)) or \
                (as_of and (count or as_of.group(0).lower().startswith("tính"))) or \
                _ANNOUNCED.search(text, max(0, local - 32), local):
            if d.precision == "day" and reported is None:
                reported = d
            continue
        if published is not None and d.start > published + dt.timedelta(days=1):
            continue
        cands.append(d)
    if not cands:
        return None, reported, False
    best = min(cands, key=lambda d: (abs(d.span.start - span.start - anchor), d.precision != "day"))
    if _NOMINAL_CUE.search(text, max(0, anchor - 12), anchor):
        # an event named by a noun takes the date written after it in its own clause ("các nạn nhân của
        # cuộc không kích nhằm vào xe buýt ... ở Dahyan hôm 9/8"), not the nearer date of the clause it
        # is part of ("đổ về thành phố Saada hôm qua (13/8) để dự lễ tang ...")
        own = [d for d in cands if 0 < d.span.start - span.start - anchor <= 160 and d.precision == "day"
               and not _NOUN_CLAUSE_END.search(text, anchor, d.span.start - span.start)
               and not _BOUNDED.search(text, max(0, d.span.start - span.start - 12), d.span.start - span.start)
               and not _OTHER_ACT.search(text, anchor + 1, d.span.start - span.start)]
        best = own[0] if own else best
    # A past clash told as today's news ("Trung Quốc ngày 19/2 công bố ... đụng độ hồi tháng 6 năm
    # ngoái") is still reported now; without a current report date it is history.
    history = is_past(best, published) and not (reported and not is_past(reported, published))
    if history or best.precision not in ("day", "span", "month"):
        return None, reported, history
    return best, reported, False


# What may stand between a date and its speech verb: its closing bracket, or the day in brackets
# after a day word ("hôm qua (18/6)").
_BEFORE_VERB = re.compile(r"\)?\s*(?:\([^()]{1,12}\)\s*)?")


def _spoken_on(text: str, end: int, speech: list[int]) -> bool:
    """A speech verb follows the date at once: the date is the subject's telling ("kể từ khi bạo lực
    bùng phát, bà Otunbayeva hôm qua (18/6) thừa nhận ..."), not the fighting's."""
    return _BEFORE_VERB.match(text, end).end() in speech


def own_day(text: str, dvs: list[DateValue], span: Span, published) -> DateValue | None:
    """The day a sentence gives its own fighting, beside the day it was reported ("Guterres hôm qua
    (3/8) thông báo ... về vụ tấn công ..., nơi hàng chục tù binh thiệt mạng trong đêm 28 rạng sáng
    29/7"): written nearest to its first cue that names no earlier event ("đáp trả vụ tấn công hôm
    28/1" names one), and within the news window."""
    cue = next((c for c in assault_cues(text) if not _followed(text, c.start())), None)
    if cue is None:
        return None
    day, _, history = when(text, cue.start(), dvs, span, published)
    return day if day is not None and day.precision == "day" and not history else None


def _captured(text: str, cue: re.Match, ms: list[Mention]) -> bool:
    """A town taken, not one that may be or is about to be ("Kobani sắp thất thủ"), nor one denied
    ("Ukraine bác bỏ thông tin Bakhmut đã thất thủ"); what "rơi vào tay" (falls into the hands of) an
    enemy is a place the sentence names before it, not weapons or power."""
    if _CAPTURE_NOT_HAPPENED.search(text, max(0, cue.start() - 32), cue.start()) \
            or _DENIED.search(text, max(0, cue.start() - 60), cue.start()):
        return False
    if cue.group(0) in _PLACE_AFTER:
        if _SITE_AFTER.match(text, cue.end()):
            return True
        after = _PLACE_WORD_AFTER.match(text, cue.end())
        at = after.end() if after else cue.end()
        while text[at:at + 1] in (" ", "'", "’", "”", "\""):
            at += 1
        return any(m.kind in ("place", "country") and m.span.start == at and not _NAME_GOES_ON.match(text, m.span.end)
                   for m in ms) or (
            after is not None and _UPPER_START.match(text, at) is not None)
    if cue.group(0) not in _OF_A_PLACE:
        return True
    return _PLACE_WORD.search(text, max(0, cue.start() - 120), cue.start()) is not None \
        or any(m.kind == "place" and m.span.start < cue.start() for m in ms)


def _happened(text: str, c: re.Match, ms: list[Mention]) -> bool:
    """The violence the cue names took place, as far as its own words tell: not an operation that is no military
    one, a ship not seized, a town not taken, fighting that did not happen or is feared, civilians crossing, a crowd
    not rammed, an aircraft that left."""
    mode = CUES.assault_modes[c.group(0)]
    return not (mode == "offensive" and _NOT_MILITARY.search(_clause_from(text, c.end()))) \
        and not (mode == "seizure" and _NOT_SEIZED.match(text, c.end())) \
        and not (mode == "capture" and not _captured(text, c, ms)) \
        and not _NOT_HAPPENED.search(text, max(0, c.start() - 24), c.start()) \
        and not (mode in _FEARED_MODES and _CAPTURE_NOT_HAPPENED.search(text, max(0, c.start() - 32), c.start())) \
        and not (mode == "incursion" and _CIVILIANS.search(clause_before(text, c.start(), max(0, c.start() - 120)))) \
        and not (mode == "ramming" and not _rammed(text, c)) \
        and not (mode == "airspace" and (_FLIGHT_LEAVE.search(text, max(0, c.start() - 20), c.start())
                                         or _CIVIL_AIRCRAFT.search(clause_before(text, c.start(), max(0, c.start() - 120)))))


def find_event(text: str, ms: list[Mention], dvs: list[DateValue], span: Span, published
               ) -> tuple[Event | None, DateValue | None, DateValue | None, bool]:
    """(event, its date, its report date, history) for a sentence that reports fighting or a ceasefire."""
    every_assault, every_agree = assault_cues(text), list(CUES.agree.finditer(text))
    fought = [c for c in every_assault if not in_quote(text, c.start()) and _happened(text, c, ms)]
    assault = [c for c in fought if not reported_only(text, c.start())]
    agree = [c for c in every_agree if not reported_only(text, c.start())
             and not _BROKEN.search(text, max(0, c.start() - 40), c.start()) and not _described(text, c.start(), ms)
             and not _AIMED.search(text, max(0, c.start() - 120), c.start())]
    if agree and not CUES.agree_done.search(text):
        agree = []
    if not agree and every_assault and "sau" in text and (not assault or _all_after(text, assault, ms)):
        dated = _days_after(text, every_assault, ms, dvs, span, published)
        if dated is not None:
            return dated
    nth = _NTH_DAY.search(text) if "ngày thứ" in text else None
    if not assault and not agree and nth is None:
        followed = _followed_dated(text, fought, ms, dvs, span, published)
        return followed if followed is not None else (None, None, None, False)
    if nth is not None and not assault and not agree:
        # "Bước sang ngày thứ năm, xung đột giữa Israel và Hamas tiếp tục leo thang": fighting on
        # the days up to the one the sentence gives, or up to the day of the news
        day, reported, history = when(text, nth.start(), dvs, span, published)
        if history:
            return None, None, None, True
        last = day.start if day is not None and day.precision == "day" else published
        if last is None or (day is not None and day.precision != "day"):
            return None, None, None, False
        date = _nth_day_span(nth, last, span)
        return Event("ASSAULT", ("armed_clash",), date, _sides(text, ms), _places(text, ms), span), date, reported, False
    category = "ASSAULT" if assault else "AGREE"
    cues = assault or agree
    modes = tuple(dict.fromkeys(CUES.assault_modes[c.group(0)] for c in assault)) if assault else ("ceasefire",)
    others = tuple(c.start() for c in (*every_assault, *every_agree) if _earlier(text, c.start()))
    date, reported, history = when(text, cues[0].start(), dvs, span, published, others)
    if history or _then_compared(text, dvs, span, published):
        return None, None, None, True
    began = _SINCE_OUTBREAK.search(text)
    if date is not None and began and date.precision == "day":
        # "WHO ngày 21/4 cho biết 413 người đã thiệt mạng kể từ khi xung đột bùng phát hôm 15/4":
        # the fighting runs from the day it broke out to the day written
        start = next((d for d in dvs if d.span.start - span.start == began.end() and d.start
                      and d.precision == "day" and d.start < date.start), None)
        if start is not None:
            date = DateValue(f"{start.text} – {date.text}", start.start, date.end, "span", date.span)
        elif reported is not None and reported.precision == "day" and reported.start > date.start \
                and date.span.start - span.start == began.end() and cues[0].start() < reported.span.start - span.start \
                and _spoken_on(text, reported.span.end - span.start, [v.start() for v in speech_verbs(text)]):
            # ... also where the day written after the fighting is its report's ("giao tranh ... vẫn tiếp
            # diễn, trong khi WHO ngày 21/4 cho biết 413 người đã thiệt mạng kể từ khi xung đột bùng
            # phát hôm 15/4"); not a day a toll stood at ("tính đến ngày 9/11")
            date = DateValue(f"{date.text} – {reported.text}", date.start, reported.end, "span", reported.span)
    if date is not None and date.precision == "day":
        date = lasted_until(text, date) or lasted_until(text, date, toll=True) or date
    if date is not None and nth is not None and date.precision == "day":
        date = _nth_day_span(nth, date.start, span)
    after = _DAYS_AFTER.search(text, cues[0].end()) if "sau" in text else None
    if after is not None and (date is None or date.span.start - span.start >= after.end()):
        # "Vụ không kích diễn ra chỉ hai ngày sau khi ICJ hôm 24/5 ra lệnh ...": the day written in
        # the clause after the phrase is the earlier event's; the fighting came N days after it
        day = _day_after(text, after, dvs, span, published)
        later = _shifted(day, after, +1) if day is not None else None
        if later is not None and (published is None or later.start <= published + _A_DAY):
            date = later
            ms = [m for m in ms if not after.start() <= m.span.start < day.span.start - span.start]   # earlier_event's
    if date is None and reported is not None and category == "ASSAULT" and since_only(text, assault):
        reported = None   # the news is the telling, not fighting of that day
    return Event(category, modes, date, _sides(text, ms), _places(text, ms), span), date, reported, False


FOLLOWED_DAY_REACH = 80
"""How far after the cue of an attack the news followed its day may be written, within its clause."""


def _followed_dated(text: str, cues, ms: list[Mention], dvs: list[DateValue], span: Span, published):
    """find_event's answer for a sentence whose fighting cues (`cues`: outside quotations, of violence that took
    place) were all left out as earlier events: the event its news followed, dated in that event's own clause
    ("Quân đội Kenya và nhóm phiến quân Al-Shabaab đưa ra những tuyên bố trái ngược sau cuộc tấn công rạng sáng hôm
    qua (27/1) nhằm vào căn cứ ..."), is fighting of that day."""
    for c in cues:
        clause = clause_before(text, c.start(), max(0, c.start() - 300))
        mark = _EARLIER.search(clause)
        if mark is None or mark.group(0).split()[0] not in _FOLLOWED_MARKS:
            continue   # not what the news answered ("đáp trả vụ tấn công hôm 28/1"): told as its cause only
        if KIND_WORD.search(text, 0, c.start()) or _DAYS_AFTER.search(text, 0, c.start()):
            # "ít nhất 10 người bị thương trong cuộc biểu tình sau vụ không kích ... hôm 1/3": the news is theirs;
            # "Một tuần sau vụ đánh bom ..." is earlier_event's
            return None
        # (a call or a meeting before "sau" is news of its own: "Tổng thống Bola Tinubu yêu cầu ... rà soát lại các
        # chiến dịch an ninh sau vụ thảm sát ... hôm 5/9")
        if _BEHIND.search(clause, max(0, mark.start() - 8), mark.start() + 1) or _NOT_NEW.search(clause) \
                or _TOPIC_OF.search(text, max(0, c.start() - TOPIC_REACH), c.start()) or _JUSTICE.search(clause):
            return None
        end = _NOUN_CLAUSE_END.search(text, c.end())
        end = end.start() if end else len(text)
        day = next((d for d in dvs if d.start is not None and d.precision == "day"
                    and c.end() <= d.span.start - span.start < min(end, c.end() + FOLLOWED_DAY_REACH)), None)
        if day is None:
            return None
        date, reported, history = when(text, c.start(), [day], span, published)
        if history or date is None:
            return None
        # its sides are those its own clause names, not those of the news that followed it, who may only have
        # spoken of it ("Ai Cập và Jordan triệu tập cuộc họp khẩn sau cuộc tấn công hôm 7/10")
        stop = _CLAUSE_END.search(text, c.end())
        clause_ms = [m for m in ms if c.start() <= m.span.start < (stop.start() if stop else len(text))]
        return Event("ASSAULT", (CUES.assault_modes[c.group(0)],), date, _sides(text, clause_ms),
                     _places(text, clause_ms), span), date, reported, False
    return None


def _described(text: str, at: int, ms: list[Mention]) -> bool:
    """The cue lies in a clause, set off by commas, that describes the body named right before it: an
    organisation or armed group, or an abbreviation in brackets; not a place ("Hôm qua tại Juba, phong
    trào SPLM-N đã ký thỏa thuận hòa bình")."""
    comma = text.rfind(",", 0, at)
    if comma < 1 or "," not in text[at:] or _APPOSITION_HEAD.match(text, comma + 1) is None:
        return False
    before = text[:comma].rstrip()
    return _BODY_ABBREVIATION.search(before) is not None or any(
        m.span.end == len(before) and m.kind in ("organization", "group") and not m.as_place for m in ms)


def _rammed(text: str, cue: re.Match) -> bool:
    """A crowd rammed on purpose: a vehicle named in the clause before the cue, and no accident in it."""
    clause = clause_before(text, cue.start(), max(0, cue.start() - 120))
    return _RAMMING_VEHICLE.search(clause) is not None and _RAMMING_ACCIDENT.search(text) is None


def since_only(text: str, cues=None) -> bool:
    """The sentence names its fighting only as the time something runs from ("kể từ khi bạo lực bùng
    phát"): fighting begun before, not the news of the day it gives."""
    cues = [c for c in assault_cues(text) if not in_quote(text, c.start())] if cues is None else cues
    if not cues or "từ " not in text:
        return False
    clauses = [(m.start(), m.end()) for m in _SINCE_CLAUSE.finditer(text)]
    return bool(clauses) and all(any(s <= c.start() < e for s, e in clauses) for c in cues)


def _then_compared(text: str, dvs: list[DateValue], span: Span, published) -> bool:
    """The sentence compares the news with a past day and tells what that day saw: "Vụ Uman được coi
    là đòn tấn công ... lớn nhất ... kể từ ngày 14/1/2023, khi một tên lửa Kh-22 đánh trúng một tòa
    chung cư ở Dnipro, khiến hơn 40 người thiệt mạng": history, not news; not a sentence that dates
    its news ("Hôm qua (28/4), tên lửa Nga đánh trúng ..., vụ tấn công đẫm máu nhất kể từ ngày 14/1, khi ...")."""
    if any(d.start is not None and not is_past(d, published) for d in dvs):
        return False
    for d in dvs:   # every day written lies before the news window
        at, end = d.span.start - span.start, d.span.end - span.start
        if d.start is not None and _COMPARED.search(text[:at]) \
                and (then := _THEN_WHEN.match(text, end)) is not None and CUES.assault.search(text, then.end()):
            return True
    return False


def lasted_until(text: str, day: DateValue, toll: bool = False) -> DateValue | None:
    """The span of fighting the sentence says lasted N days or weeks up to `day` ("sau 5 ngày giao
    tranh"), or with `toll` the days a toll was counted over ("trong 12 ngày giao tranh"); None when
    it gives no length."""
    lasted = (_TOLL_DURATION if toll else _DURATION).search(text) if day.start is not None else None
    if lasted is None or (toll and _COMPARED_OVER.search(text, max(0, lasted.start() - 30), lasted.start())):
        return None   # "đợt tấn công lớn nhất trong 8 ngày giao tranh": a comparison over those days
    n = _EV["day_counts"].get(lasted.group("n")) or int(lasted.group("n"))
    n *= 7 if lasted.group("unit") == "tuần" else 1
    n = n if "hơn" in lasted.group(0) else n - 1   # "sau 5 ngày": the 5th day is the last one
    return DateValue(f"{lasted.group(0)} ({day.text})" if day.text else lasted.group(0),
                     day.start - dt.timedelta(days=max(0, n)), day.end, "span", day.span)


def _all_after(text: str, cues: list[re.Match], ms: list[Mention]) -> bool:
    """Every cue lies in the clause an "N ngày sau khi" opens, after what a state's office or organ
    did: the sentence's own news is no fighting ("Tổng thống Nga Vladimir Putin hôm qua (28/11) đã ký
    sắc lệnh ..., bốn ngày sau khi chiến đấu cơ F-16 ... bắn rơi máy bay"; not "các tiếng nổ vang lên
    gần thành phố Isfahan ..., chỉ sáu ngày sau khi Tehran phóng hơn 300 UAV")."""
    after = _DAYS_AFTER.search(text)
    # (no comma between: "chỉ hai ngày sau vụ việc ở Kaduna, các tay súng đã tấn công" is news of its own)
    return after is not None and after.end() <= cues[0].start() and cues[-1].start() < _clause_after(text, after) \
        and "," not in text[after.end():cues[-1].start()] \
        and any(m.kind in ("person", "organization") or m.head is not None for m in ms if m.span.start < after.start())


def _days_after(text: str, cues, ms, dvs, span: Span, published):
    """find_event's answer for fighting told only as "N ngày sau khi ...", dated N days before the
    day the sentence gives before that phrase (None when the sentence gives none, or another day
    stands between the phrase and the fighting: "hai tuần sau vụ tấn công ngày 22/4")."""
    after = _DAYS_AFTER.search(text)
    if after is None or _day_after(text, after, dvs, span, published) is not None:
        return None   # the clause dates its own fighting: earlier_event's
    cue = next((c for c in cues if c.start() >= after.end() and not in_quote(text, c.start())
                and not _CLAUSE_END.search(text, after.end(), c.start())), None)
    if cue is None or any(after.start() <= d.span.start - span.start < cue.start() for d in dvs):
        return None
    day, reported, history = when(text, after.start(), [d for d in dvs if d.span.start - span.start < after.start()],
                                  span, published)
    if history or day is None or day.precision != "day":
        return None
    date = _shifted(day, after, -1)
    # The sides the clause names; not the rest of the sentence's, which did what followed ("Ngoại
    # trưởng Pháp ... đã tới Abidjan, hai ngày sau vụ tấn công khủng bố tại khu nghỉ dưỡng Grand-Bassam,
    # để bày tỏ tình đoàn kết của Pháp")
    clause = [m for m in ms if after.end() <= m.span.start < _clause_after(text, after)]
    return Event("ASSAULT", (CUES.assault_modes[cue.group(0)],), date, _sides(text, clause), _places(text, ms), span), \
        date, reported, False


def earlier_event(text: str, ms: list[Mention], dvs: list[DateValue], span: Span, published,
                  told: DateValue | None = None) -> Event | None:
    """The fighting a sentence names as the earlier event of an "N ngày sau khi", with the day written
    in that clause ("Vụ bắn hạ diễn ra đúng một tuần sau khi hai tàu chở dầu ... bị tấn công trên vịnh
    Oman hôm 13/6"), or N days before `told`, the day the sentence before gave the fighting this one
    is about, when this one writes no day ("Rạng sáng nay (26/2), ... ném bom ... Cuộc không kích diễn
    ra 12 ngày sau vụ đánh bom liều chết ở Pulwama khiến 40 cảnh sát ... thiệt mạng"). Its span starts
    at the phrase: what the clause counts is its own."""
    after = _DAYS_AFTER.search(text) if "sau" in text else None
    if after is None:
        return None
    end = _clause_after(text, after)
    day = _day_after(text, after, dvs, span, published)
    if day is not None:
        at = day.span.start - span.start
    elif told is not None and told.start is not None and told.precision == "day" and not dvs \
            and CUES.assault.search(text, 0, after.start()) is not None:
        day, at = _shifted(told, after, -1), end
    else:
        return None
    cue = next((c for c in CUES.assault.finditer(text, after.end(), at) if not in_quote(text, c.start())), None)
    if cue is None:
        return None
    clause = [m for m in ms if after.end() <= m.span.start < at]
    sides = _sides(text, clause)
    if not sides and cue.group(0) in _MUTUAL_CUES:
        # "Gần một tuần sau cuộc đụng độ ... tại thung lũng Galwan, vùng Ladakh, đêm 15/6, Ấn Độ và Trung Quốc vẫn
        # đưa ra những tuyên bố trái ngược": the two states the sentence goes on with fought the clash (not a
        # bombing: "Một tuần sau vụ đánh bom ở Manchester ngày 22/5, Anh và Pháp đã ký thỏa thuận ...")
        rest = _sides(text, [m for m in ms if m.span.start >= at])
        sides = rest if len(rest) == 2 else ()
    if not sides:
        return None   # "hai tuần sau vụ tấn công ngày 22/4 nhằm vào khách du lịch": no fighting of sides
    return Event("ASSAULT", (CUES.assault_modes[cue.group(0)],), day, sides, _places(text, clause),
                 Span(span.article, span.paragraph, span.start + after.start(), span.start + end), apart=True)


def _clause_after(text: str, after: re.Match) -> int:
    """Where the clause an "N ngày sau khi" opens ends in the sentence."""
    end = _AFTER_CLAUSE_END.search(text, after.end())
    return end.start() if end else len(text)


def _day_after(text: str, after: re.Match, dvs: list[DateValue], span: Span, published) -> DateValue | None:
    """The day written in the clause an "N ngày sau khi" opens, if it is a day of the news window."""
    end = _clause_after(text, after)
    day = next((d for d in dvs if after.end() <= d.span.start - span.start < end), None)
    if day is None or day.precision != "day" or day.start is None or is_past(day, published):
        return None
    return day


def _shifted(day: DateValue, after: re.Match, sign: int) -> DateValue:
    """`day` moved by the N days (or weeks) of an "N ngày sau khi" match, back (-1) or on (+1)."""
    n = _EV["day_counts"].get(after.group("n").lower()) or int(after.group("n"))
    by = dt.timedelta(days=sign * n * (7 if after.group("unit") == "tuần" else 1))
    word = "sau" if sign > 0 else "trước"
    return DateValue(f"{after.group('n')} {after.group('unit')} {word} {day.text}", day.start + by,
                     (day.end or day.start) + by, "day", day.span)


def _nth_day_span(nth, last: dt.date, span: Span) -> DateValue:
    count = nth.group("n") or nth.group("m")
    n = _EV["ordinal_days"].get(count) or int(count)
    words = _NTH_WORDS.search(nth.group(0))
    return DateValue(words.group(0) if words else nth.group(0).strip(" ,.;:–-)"),
                     last - dt.timedelta(days=max(0, n - 1)), last, "span",
                     Span(span.article, span.paragraph, span.start + nth.start(), span.start + nth.end()))


def _sides(text: str, ms: list[Mention]) -> tuple[str, ...]:
    """The states and groups a sentence names as fighting. A state named in a title ("Thủ tướng
    Armenia Nikol Pashinyan") is not a party to the fighting; nor a breakaway region named bare, as
    often the region fought over as its authorities ("Azerbaijan tấn công Nagorno-Karabakh"): they are
    a side when named so ("lực lượng ly khai Nagorno-Karabakh") or by the tolls they give. A state's
    armed force is the state ("IRGC đã bắt giữ tàu chở dầu Stena Impero"). A state whose civilians were
    there, uncounted, is no side when the sentence names no other ("cùng một phái đoàn nhà văn, nhà báo
    Colombia thì tên lửa Iskander đánh trúng tòa nhà"); beside an attacker named it may be the one
    attacked ("tên lửa Nga đánh trúng nhà hàng, nơi nhiều nhà báo Ukraine đang ăn tối")."""
    gaz = gazetteer()
    named = [m for m in ms if (m.kind in ("country", "group") or m.kind == "organization" and gaz.state_of(m.key))
             and not m.as_place and not m.in_role and not _bare_polity(m)
             and not _NOT_A_SIDE.search(text, max(0, m.span.start - 40), m.span.start)]
    civilians = [m for m in named if (c := _CIVILIANS_OF.search(text, max(0, m.span.start - 24), m.span.start))
                 and not _COUNTED.search(text, max(0, c.start() - 12), c.start())]
    if civilians and len(civilians) == len(named):
        return ()
    return tuple(dict.fromkeys(m.key if m.kind != "organization" else gaz.state_of(m.key) for m in named))


def _bare_polity(m: Mention) -> bool:
    return m.kind == "group" and m.surface in _POLITY_NAMES


def _places(text: str, ms: list[Mention]) -> tuple[str, ...]:
    out = []
    for m in _BORDER.finditer(text):
        out.append(f"biên giới {m.group('a')}–{m.group('b')}")
    for m in ms:
        if m.kind == "place" or _bare_polity(m):
            out.append(m.surface)
    for m in _PLACE.finditer(text):
        name = m.group("n")
        if not any(x.kind in ACTOR_KINDS and x.surface == name for x in ms):
            out.append(f"{m.group('w')} {name}")
    return tuple(dict.fromkeys(out))
