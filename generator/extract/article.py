"""One article -> Extraction: the sentence loop that ties the extractors together.

Reads paragraphs in order because Vietnamese news refers back: "cùng ngày"
(the same day), "quan chức này" (this official), "Bộ này" (this ministry),
"họ" (they). That running context is the only state, local to one call.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..lexicon import Gazetteer, alternation, gazetteer, vocabulary, with_capitals
from ..model import Article, Context, DateValue, Event, Extraction, Figure, Mention, Span, Statement
from .actors import find_mentions, fuzzy_country, polity_key, towns_named
from .cues import CUES, assault_cues, phrase_matcher, speech_verbs, told
from .dates import WITH_YEAR, find_dates
from .events import condemned_day, earlier_event, find_event, lasted_until, own_day, since_only, when
from .figures import PASSIVE, find_figures, named_figures
from .speakers import agency, sources_within, subjects
from .statements import find_statements, spoken_of
from .text import ACTOR_KINDS, CURRENT_DAYS, clause_before, in_quote, in_sentence, is_past

_SAY = re.compile(phrase_matcher(["cho biết", "cho hay", "tuyên bố", "nói", "nhấn mạnh", "khẳng định", "thông báo",
                                  "bày tỏ", "kêu gọi", "nêu rõ", "phát biểu", "hối thúc"], scans_sentences=True).pattern
                   + "|" + told(vocabulary("reactions.yml")))
# A figure inside "sau vụ nổ mìn làm 5 binh sĩ bị thương" or "sau khi một binh sĩ bị thương"
# belongs to an earlier event.
_EARLIER_FIGURE = re.compile(r"(?:^|\s)(?:sau|kể từ|trước)\s+(?:khi\s+)?(?:\S+\s+){0,2}?(?:vụ|cuộc|các vụ|các cuộc|đợt)\s[^,;]*$"
                             r"|(?:^|\s)sau khi\s[^,;]*$")
_WHEN_CLAUSE = re.compile(r"\s*khi\s")
# "khi đó", "lúc đó": at the time the sentence before told of (not "Trong khi đó", meanwhile)
_THEN = re.compile(rf"(?<![Tt]rong )(?<!\w){alternation(with_capitals(vocabulary('background.yml')['then_words']))}(?!\w)")
_BETWEEN = re.compile(r"(?:^|\s)giữa\s")
_SINCE = re.compile(r"(?:^|\s)(?:kể từ|từ)\s+(?:(?:ngày|tháng|năm|đầu|cuối|giữa)\s+)?$")
_SINCE_DAY = re.compile(r"(?<!\w)[Kk]ể từ\s+(?:(?:ngày|hôm)\s+)?$")
_SINCE_BEFORE = re.compile(r"kể từ(?:\s+\S+){0,4}\s*$")
# "hơn 3.200 người đã thiệt mạng ... kể từ đó": counted since the date written last, in its clause.
_SINCE_THEN = re.compile(r"[^,.;:!?]{0,80}?(?<!\w)(?:kể từ đó|từ đó đến nay|từ đó tới nay)(?!\w)")
_FACING = re.compile(r"(?:phía|bên)\s+$")
# "Ngày hôm sau, giao tranh bùng phát": a day after the one last told, which is not its day.
_LATER = phrase_matcher(vocabulary("events.yml")["later_words"])
_EVENT_NOUN = re.compile(r"(?<!\w)(?:vụ|cuộc|đợt)\s")

_FIG = vocabulary("figures.yml")
_BODY_MEMBERS = re.compile(rf"(?<!\w){alternation(_FIG['body_members'])}$")
# A side named in a source's phrase ("mà theo quân đội Israel là ...", "theo phía Israel"): no target.
_CITED = re.compile(rf"(?<!\w){alternation(vocabulary('reactions.yml')['according_to'])}\s+(?:\S+\s+){{0,2}}$")
# Between a source cited inside a sentence and the figure it reports: the rest of its clause (maybe after
# a comma: "theo Liên Hợp Quốc, có ít nhất 100 người thiệt mạng"), not an aside it opens ("nơi mà theo
# Israel là ...", "nơi theo Israel có một trung tâm chỉ huy, đã khiến ...").
_SOURCE_GAP = re.compile(rf"\s*+,?\s*+(?!{alternation(vocabulary('reactions.yml')['source_aside_marks'])}(?!\w))"
                         r"[^,;:.!?“”]*")
# ... and between a figure and the source that closes its clause: the rest of the clause, maybe an
# aside on who the people were ("hơn 1.000 người, phần lớn là dân thường ..., theo số liệu SOHR").
_CLAUSE_TO_SOURCE = re.compile(rf"[^,;:.!?“”]*(?:,\s*{alternation(_FIG['mostly'] + _FIG['breakdown'])}\s[^,;:.!?“”]*)?,\s*")
_CAPTIVES = re.compile(rf"(?<!\w){alternation(_FIG['captives'])}$")
_CAUSED = re.compile(rf"(?<!\w){alternation(_FIG['causes'])},?\s+$")
_ATTACKER = re.compile(rf"(?:^|\s){alternation(_FIG['attacker_marks'])}\s+"
                       rf"(?:{alternation(_FIG['attacker_mark_fillers'])}\s+)*$")
_SIDE_HAS_LEAD = re.compile(rf"\s*(?:{alternation(with_capitals(_FIG['side_has_leads']))}\s+)*")
_SIDE_HAS = re.compile(rf"\s+(?:cũng\s+)?{alternation(_FIG['side_has'])}\s+(?:tới\s+|đến\s+|thêm\s+)?$")
_BOTH_SIDES = re.compile(rf"\s*(?:,|{alternation(_FIG['both_sides'])})\s*")
_REGION_OWNER = re.compile(rf"\s*của\s+{alternation(_FIG['region_back_references'])}(?!\w)")
_AT = re.compile(rf"\s*,?\s*{alternation(_FIG['located_at'])}\s+")
_PLACE_GAP = re.compile(rf"(?:{alternation(_FIG['located_place_words'])}\s+){{1,8}}của\s+")
_IN_STATE = re.compile(rf"(?<!\w){alternation(with_capitals(_FIG['located_at']))}\s+"
                       rf"(?:{alternation(_FIG['located_place_words'])}\s+){{0,4}}$")
_FRONTED_AT = re.compile(rf"(?:^|[.;:!?]\s+){alternation(with_capitals(_FIG['located_at']))}\s+$")
_OWNER = re.compile(rf"\s*của(?:\s+{alternation(_FIG['attacker_forces'])})?\s*")
# ... or after a description of its fighters and the mark of whose they are: "vụ tấn công của các tay súng thuộc lực
# lượng phiến quân cũ Seleka" (figures.yml owner_membership)
_OWNER_DESCRIBED = re.compile(rf"\s*của\s+(?:[^\W\d_]+\s+){{1,4}}?{alternation(_FIG['owner_membership'])}\s+(?:[^\W\d_]+\s+){{0,6}}")
_OWNER_NOT_OVER = re.compile(rf"(?<!\w){alternation(_FIG['owner_not_over'])}(?!\w)")
# A breakdown a figure's aside opens is of its people, not their side: a state named in it before a comma closes it
# ("bảy tay súng, gồm hai người Tây Đức và năm người Arab,"; not "Bảy binh sĩ, trong đó có hai sĩ quan, thuộc quân
# đội Mali").
_IN_BREAKDOWN = re.compile(rf",\s*{alternation(_FIG['breakdown'])}\s[^,]*$")
_MADE_BY = re.compile(rf"(?:^|\s)của(?:\s+{alternation(_FIG['attacker_forces'])})?\s*$")
_ATTACK_NOUN = re.compile(rf"(?<!\w){alternation(with_capitals(_FIG['attack_nouns']))}\s+(?:\S+\s+){{0,2}}$")
_ATTACK_DESCRIBED = re.compile(rf"\s*{alternation(_FIG['attack_descriptions'])}(?!\w)")
_TARGET_MARK = re.compile(rf"(?<!\w){alternation(_FIG['target_marks'])}(?!\w)")
_WAR_NOUN = alternation(with_capitals(_FIG["war_nouns"])) + r"(?!\w)"
_WAR_CAUSE = re.compile(rf"\s*(?:[^,;:]{{0,40}}\s)?{_WAR_NOUN}(?:\s+\S+){{0,6}}?(?:\s+đã)?(?:\s+{alternation(_FIG['causes'])})?\s*$")
"""... or the subject of the figure's own verb ("Cuộc xung đột kéo dài gần bốn thập kỷ đã cướp đi sinh mạng của ...")."""
_IN_WAR = re.compile(rf"\s+{alternation(_FIG['war_places'])}\s+{_WAR_NOUN}")
_WAR_LENGTH = re.compile(rf"(?<!\w){alternation(_FIG['war_lengths'])}(?!\w)")
_SUBJECT_GAP = re.compile(rf"\s+(?:{alternation(_FIG['attack_subject_fillers'])}\s+)*")
_DURING = re.compile(rf"\s+(?:{alternation(_FIG['toll_during'])})\s+(?:{alternation(_FIG['attack_nouns'])})\s+")
_WHEN_ATTACK = re.compile(rf"\s+{alternation(_FIG['toll_when'])}\s+")
_CLAUSE_END = re.compile(r"[,;:.!?“”]")
_CLAIMED = phrase_matcher(_FIG["claims_of_attack"])
_CLAIM_NOT_MADE = re.compile(rf"(?<!\w){alternation(_FIG['claim_not_made'])}(?!\w)(?!\s+chỉ(?!\w))")
_OWN_PEOPLE = phrase_matcher(_FIG["own_people_marks"])
_WEAPON_OWNER = re.compile(r"(?:\s+(?:[a-zà-ỹđ]+|[A-Z][A-Za-z]*-?\d[\w\-]*)){0,2}\s+của\s+")
_INTERCEPTIONS = frozenset(with_capitals(_FIG["interception_cues"]))
_LAST_ACTOR_KINDS = ("country", "group", "person", "organization")
_HOSTILE_NOUN = phrase_matcher(_FIG["hostile_people"])
_DESTINATION = re.compile(rf"(?<!\w){alternation(_FIG['destination_marks'])}\s+(?:\S+\s+){{0,1}}$")
_OWNED_BY = re.compile(rf"\s+của\s+(?P<unit>(?:các\s+)?{alternation(_FIG['owner_units'])}\s+)?")
# "183 tay súng thân Thổ Nhĩ Kỳ": gunmen loyal to a state are not its own
_ALLEGIANCE = re.compile(rf"(?<!\w){alternation(_FIG['allegiance_marks'])}\s+$")
_HELD = re.compile(rf"(?<!\w){alternation(_FIG['held_people'])}(?!\w)")
_GROUP_BACK = re.compile(rf"{alternation(_FIG['owner_back_references'])}(?!\w)")
_WEAPONS = frozenset(with_capitals(_FIG["weapon_cues"]))
_BY_MEANS = re.compile(rf"\s+{alternation(_FIG['attack_means'])}\s+")
_MEANS = re.compile(rf"\s+(?P<means>{alternation(_FIG['attack_means'])})\s+(?:\S+\s+){{0,2}}")
_MUTUAL = frozenset(with_capitals(_FIG["mutual_cues"]))
_PAIRED = re.compile(r"\s*(?:-|–|và|với)\s*")


def _cumulative(text: str, fig, dvs, span: Span, published) -> bool:
    """The figure is counted since a date before the news window, in its own clause."""
    end = len(text)
    for m in re.finditer(r"[;.]", text[fig.end:]):
        end = fig.end + m.start()
        break
    for d in dvs:
        at = d.span.start - span.start
        if fig.end <= at < end and d.start and is_past(d, published) and \
                _SINCE.search(text[max(fig.end, at - 20):at] if at - 20 > fig.end else " " + text[fig.end:at]):
            return True
    return False


# Between a toll and the year it was counted over: "... đã thiệt mạng trong năm 2009".
_IN_YEAR = re.compile(rf"\s*{alternation(_FIG['in_year'])}\s+(?:năm\s+)?")
_IN_YEAR_REACH = 16
"""Characters from a toll's end to its year: the words of `_IN_YEAR` and no more."""


def _of_a_past_year(text: str, fig, dvs, span: Span, published) -> bool:
    """The figure is a whole past year's toll ("2.412 dân thường ... đã thiệt mạng trong năm 2009"): a
    year before the publication's, right after it."""
    if published is None:
        return False
    for d in dvs:
        at = d.span.start - span.start
        if d.precision == "year" and d.start and d.start.year < published.year and 0 <= at - fig.end <= _IN_YEAR_REACH \
                and _IN_YEAR.fullmatch(text, fig.end, at):
            return True
    return False


_SINCE_WORD = re.compile(r"(?<!\w)[Kk]ể từ(?!\w)")
# What may stand between "kể từ" and the day a toll counts from: a bare day ("kể từ ngày 13/6"), or
# the start of the fighting ("kể từ khi chiến sự nổ ra ngày 13/6"), not another start ("kể từ khi ông
# nhậm chức ngày 20/1", "kể từ khi lệnh ngừng bắn có hiệu lực ngày 10/6").
_SINCE_BARE = re.compile(r"\s*(?:(?:ngày|hôm)\s*)?")
_SINCE_FIGHTING = phrase_matcher(_FIG["since_fighting"])
_NOT_SINCE_FIGHTING = phrase_matcher(_FIG["since_not_fighting"])
# "kể từ ngày 28/5, khi một binh sĩ thiệt mạng": the toll of that day, not one counted since
_WHEN = re.compile(r"(?<!\w)khi(?!\w)")
_CLAUSE_STOP = re.compile(r";|\.(?=\s|$)")   # not the dot of "4.700"


def _since_phrases(text: str, dvs, span: Span) -> list[tuple[int, int, dt.date]]:
    """(start of "kể từ", end of its day, the day) for each "kể từ" of the sentence that counts from
    the start of fighting, dated to the day within its clause."""
    out = []
    for w in _SINCE_WORD.finditer(text):
        stop = _CLAUSE_STOP.search(text, w.end())
        limit = min(w.end() + 80, stop.start() if stop else len(text))
        day = next((d for d in dvs if d.precision == "day" and d.start
                    and w.end() <= d.span.start - span.start <= limit), None)
        if day is None:
            continue
        at = day.span.start - span.start
        if _SINCE_BARE.fullmatch(text, w.end(), at) or (_SINCE_FIGHTING.search(text, w.end(), at)
                                                        and not _NOT_SINCE_FIGHTING.search(text, w.end(), at)):
            out.append((w.start(), day.span.end - span.start, day.start))
    return out


def _since_day(text: str, fig, phrases, bound: int) -> dt.date | None:
    """The day the toll `fig` is counted from: a "kể từ" phrase in the clause that leads to it ("Kể
    từ khi Israel mở chiến dịch ... ngày 8/7, hơn 2.100 người"), in the figure ("tổng số người chết
    kể từ ngày 13/6 lên 28 người") or after it and before `bound`, where the next figure outside
    its list starts ("610 người đã thiệt mạng ... kể từ khi chiến sự nổ ra ngày 13/6")."""
    stop = _CLAUSE_STOP.search(text, fig.end)
    end = min(bound, stop.start() if stop else len(text))
    found = None
    for at, day_end, day in phrases:
        if day_end <= fig.start:
            if not _CLAUSE_STOP.search(text, at, fig.start) and not _WHEN.search(text, day_end, fig.start):
                found = day   # the last one before the figure
        elif fig.start <= at and day_end <= end:
            return day
    return found


class _State:
    def __init__(self, article: Article):
        self.article = article
        self.last_day: dt.date | None = None
        # the last ceasefire told so far: its day, its sides, its paragraph
        self.ceasefire: tuple[dt.date, frozenset[str], int] | None = None
        self.years: dict[tuple[int, int], dt.date] = {}   # (month, day) -> fighting's day written with its year
        self.last_speaker: str | None = None
        self.last_reporter: str | None = None
        self.within: tuple[str, list] | None = None   # the sentence's in-sentence sources, once per sentence


@dataclass
class _Pending:
    """A figure or event kept until the whole article is read (its episode may start later)."""

    figure: Figure | None
    event: Event | None
    date: DateValue | None
    """The day the sentence gives for what happened (not the day it was reported)."""
    reported: DateValue | None
    """The day the sentence gives for a report of it ("Bộ Y tế tối 18/9 cho biết")."""
    context: Context
    told: bool = False
    """`reported` is the day the paragraph's narrative gave before it, not a report's."""


def _long_ago(years, published: dt.date | None, how=any) -> bool:
    """Some (`any`) or all (`all`) of `years`, and at least one, lie history_years or more before the publication's."""
    return published is not None and bool(years) and how(y <= published.year - _FIG["history_years"] for y in years)


def extract_article(article: Article, gaz: Gazetteer | None = None) -> Extraction:
    gaz = gaz or gazetteer()
    st = _State(article)
    mentions, dates, statements, background, reporters = [], [], [], [], []
    pending: list[_Pending] = []
    since_figures: list[Figure] = []   # tolls counted since a day: they bypass the article's episodes
    lead_day: DateValue | None = None   # the first day the lead paragraph gives
    first_index = next((p.index for p in article.body()), None)
    introduced: dict[str, Mention] = {}   # abbreviation -> the organisation a paragraph introduced by it
    towns = towns_named(p.text for p in article.body())
    for p in article.body():
        opened = len(pending)   # this paragraph's figures and events start here in `pending`
        by_name: set[int] = set()   # ids of its figures of one person named
        pm = find_mentions(p.text, article.id, p.index, gaz, introduced, towns)
        mentions.extend(pm)
        introduced.update((m.surface, m) for m in pm if m.key.startswith("org:") and m.surface != m.name)
        st.last_reporter = None
        prev_background: Context | None = None
        prev_long_ago = False   # the sentence before named a year long past
        para_day: DateValue | None = None
        # The last day the paragraph's narrative gave (not a statement's): an undated event
        # after it ("Theo Hải quân Ukraine, ngày 25/11, hai tàu ... bị chặn lại. ... phía Nga nổ
        # súng") took place on it, if nothing in the article dates the fighting (_settle).
        told_day: DateValue | None = None
        fight_day: DateValue | None = None   # the day the paragraph last gave its own fighting
        since_past = False   # the last date the paragraph wrote lies before the news window
        # the day the paragraph's last toll was counted from: the next sentences' undated tolls too
        # ("... kể từ khi chiến sự nổ ra ngày 13/6. Phía Israel cho biết 28 người đã thiệt mạng")
        counted_since: dt.date | None = None
        since_parties: set[str | None] = set()   # the sides of the paragraph's tolls counted since a day
        para_event: Span | None = None   # the last fighting the paragraph reported: its figures' event
        voice: dict[str, str] = {}   # spokesperson -> the principal he speaks for, in this paragraph
        undated: list[int] = []   # the last sentence's statements without a date, in `statements`
        for s in p.sentences:
            text = p.text[s.start:s.end]
            ms = in_sentence(pm, s.start, s.end)
            span = Span(article.id, p.index, s.start, s.end)
            found = find_dates(text, article.published, st.last_day, st.years)
            dvs = [DateValue(f.text, f.value, f.end_value, f.precision,
                             Span(article.id, p.index, s.start + f.start, s.start + f.end)) for f in found]
            dates.extend(dvs)
            if lead_day is None and p.index == first_index and assault_cues(text) and not since_only(text):
                # the day the lead gives, where it tells of fighting ("hôm qua (15/6) đưa ra những thông
                # tin trái ngược về vụ nổ súng"): not a lead on talks, a trial, a report or a funeral, nor
                # one that names fighting only as the time something runs from ("kể từ khi bạo lực bùng phát");
                # the fighting's own day where it has one beside the report's ("Guterres hôm qua (3/8) thông
                # báo ... về vụ tấn công ..., nơi hàng chục tù binh thiệt mạng trong đêm 28 rạng sáng 29/7")
                lead_day = (own_day(text, dvs, span, article.published) if len(dvs) > 1 else None) or \
                    next((d for d in dvs if d.precision == "day" and d.start and not is_past(d, article.published)
                          and (article.published is None or d.start <= article.published)), None)
            if dvs and "ể từ" not in text:
                counted_since = None   # a sentence dated on its own starts another count
                since_parties = set()
            told_fighting = any(f.kind in WITH_YEAR for f in found) and bool(assault_cues(text))
            dated_here = False
            for f in found:
                if f.precision == "day" and f.value:
                    # the earlier day of an attack a statement condemns does not take the story back: "Cùng
                    # ngày" after it is the statement's day; nor, after the sentence's own day, does the day a
                    # count or a state of things runs from ("Cũng trong ngày 30/10, ... giao tranh tái diễn kể từ
                    # ngày 20/10"; but "Lệnh ngừng bắn có hiệu lực kể từ ngày 13/9" is the news's day)
                    if not (st.last_day and f.value < st.last_day and condemned_day(text, f.start)) \
                            and not (dated_here and _SINCE_DAY.search(text, max(0, f.start - 16), f.start)):
                        st.last_day = f.value
                        dated_here = True
                    if f.kind in WITH_YEAR and told_fighting:
                        # the day fighting was told of with its year, not an anniversary of it
                        st.years.setdefault((f.value.month, f.value.day), f.value)
            # Cue searches several decisions below share, made once per sentence.
            cue_current = CUES.current.search(text) is not None
            cue_background = CUES.background.search(text) is not None
            says = _SAY.search(text) is not None
            current, past = _timing(dvs, article.published, text, cue_current)

            # who speaks, and who is reported
            said = subjects(text, ms, st.last_speaker)
            cited = agency(text, ms, gaz)
            if cited:
                reporters.append((cited.key, cited.span))
            # The sentence's speaker: its last explicit subject outside quotations, else one
            # recovered from a back-reference ("ông", "quan chức này").
            speaker = next((x.key for x in reversed(said) if x.key and not x.back and not x.quoted), None) or \
                next((x.key for x in reversed(said) if x.key and not x.quoted), None)
            # inside a quotation, "chúng tôi" and the quoted speaker's own state are the speaker
            own = next((m.affiliation for m in pm if m.affiliation and _same_person(m.key, speaker)),
                       None) if speaker else None
            said_by = [(x.at, speaker if x.first_person or (x.quoted and x.key and x.key == own) else x.key,
                        x.quoted) for x in said]

            # events on the ground, dated by the words nearest to them
            ev, on_day, reported, history = find_event(text, ms, dvs, span, article.published)
            if ev is not None and ev.date is None and st.ceasefire is not None and _same_fight(ev, ms, st.ceasefire, p.index) and (
                    lasted := lasted_until(text, DateValue("", st.ceasefire[0], st.ceasefire[0], "day", span), toll=True)):
                # "Lệnh ngừng bắn có hiệu lực từ rạng sáng 24/6 ... 610 người đã thiệt mạng ... trong 12
                # ngày giao tranh": the days up to the ceasefire (any other day written may be the first
                # day, a later news day or a day to come)
                ev = replace(ev, date=lasted)
                on_day = lasted
            agreed = (ev.date or reported) if ev is not None and ev.category == "AGREE" else None
            if agreed and agreed.precision in ("day", "span") and (last := agreed.end or agreed.start) \
                    and (article.published is None or last <= article.published):
                st.ceasefire = (last, frozenset(ev.actors), p.index)   # the day it was agreed or announced
            prior = earlier_event(text, ms, dvs, span, article.published, fight_day) if not history else None
            if prior and ev is not None and ev.date is not None and ev.date.start == prior.date.start:
                prior = None   # the sentence's own fighting is the one its "N ngày sau khi" clause dates
            if ev is not None and ev.category == "ASSAULT" and ev.date is not None and ev.date.precision == "day":
                fight_day = ev.date

            # background: history given as context; a sentence set at the time history before it told of is
            # history too ("Chính phủ khi đó công bố 132 người thiệt mạng")
            after_history = prev_background is not None and not dvs   # undated, right after history
            # ... or right after a sentence whose every date is of a year long past, if only to compare with it
            # ("chưa từng căng thẳng như vậy kể từ năm 2006. Cuộc chiến ... khi đó khiến hơn 1.200 người ... thiệt
            # mạng"; not "Rạng sáng 7/10, ... kể từ năm 1948. Khi đó, hơn 1.200 người ...": the news of 7/10)
            history = history or ((after_history or (not dvs and prev_long_ago)) and _THEN.search(text) is not None)
            # ... of years before, not of the weeks of this war ("Ngày 13/7, Israel ném bom ...")
            long_ago = after_history and _long_ago(prev_background.years, article.published, any)
            is_bg = (past and not current) or history or (
                cue_background and not current and not says) or (
                prev_background is not None and not dvs and not cue_current
                and not says)
            ctx = Context(text, tuple(sorted({d.start.year for d in dvs if d.start} |
                                            {d.end.year for d in dvs if d.end})), span,
                          next((d for d in dvs if d.start), None))
            if is_bg:
                background.append(ctx)
                prev_background = ctx
            else:
                prev_background = None
            prev_long_ago = _long_ago([d.start.year for d in dvs if d.start], article.published, all)

            if ((past and not current) or history) and "ể từ" in text:
                # history, but a toll it counts since a day is the toll of the fighting begun then
                previous = None
                phrases = _since_phrases(text, dvs, span)
                figs = find_figures(text) if phrases else []
                for n, fig in enumerate(figs):
                    if (day := _since_day(text, fig, phrases, _next_outside(figs, n, text))) is not None:
                        previous = _figure(fig, text, ms, said_by, cited, st, span, gaz, previous, frozenset(), fig.end)
                        since_figures.append(replace(previous, since=day))
                        counted_since = day
                        since_parties.add(previous.party)
            elif not ((past and not current) or history):
                if ev:
                    story_day = None if _LATER.search(text) else told_day
                    pending.append(_Pending(None, ev, on_day, reported or story_day, ctx,
                                            told=reported is None and story_day is not None))
                    if ev.category == "ASSAULT":
                        para_event = ev.span
                if prior:
                    pending.append(_Pending(None, prior, prior.date, None, ctx))
                    para_event = prior.span   # the fighting told last: the tolls after it are its own
                previous: Figure | None = None
                counted = find_figures(text)
                phrases = _since_phrases(text, dvs, span) if "ể từ" in text else []
                named = named_figures(text, ms, counted)
                untracked = {x.at for x in said if x.untracked}
                figs = sorted(counted + named, key=lambda f: f.start) if named else counted
                for n, fig in enumerate(figs):
                    if prior and prior.span.start <= span.start + fig.start < prior.span.end \
                            and not _cumulative(text, fig, dvs, span, article.published):
                        # counted in the clause of the earlier event the sentence dates: its own
                        figure = _figure(fig, text, ms, said_by, cited, st, span, gaz, previous, untracked,
                                         _list_end(text, figs, n))
                        pending.append(_Pending(replace(figure, event=prior.span), prior, prior.date, None, ctx))
                        previous = figure
                        continue
                    clause = clause_before(text, fig.start, seps=",;")
                    earlier = _EARLIER_FIGURE.search(clause) if ev is not None else None
                    if earlier and (cue := next(iter(assault_cues(text)), None)) and cue.start() < fig.start - len(clause) + earlier.start():
                        # "nghiêm trọng nhất kể từ cuộc chiến năm 2020 khiến hơn 6.500 người thiệt
                        # mạng": the earlier event's figure is history
                        if any(d.start and is_past(d, article.published) for d in dvs) and ctx not in background:
                            background.append(ctx)
                        continue
                    if _when_then(text, fig.start - len(clause), dvs, span, article.published):
                        # "... kể từ tháng 10/2016, khi một cuộc không kích ... làm hơn 140 người thiệt
                        # mạng": what happened at a past date the sentence compares with is history
                        if ctx not in background:
                            background.append(ctx)
                        continue
                    day = _since_day(text, fig, phrases, _next_outside(figs, n, text)) if phrases else None
                    figure = None
                    if day is None and counted_since and not dvs and not ev:
                        figure = _figure(fig, text, ms, said_by, cited, st, span, gaz, previous, untracked,
                                         _list_end(text, figs, n))
                        if figure.party and figure.party not in since_parties:
                            # "... kể từ khi chiến sự nổ ra ngày 13/6. Phía Israel cho biết 28 người đã
                            # thiệt mạng": the other side's toll, counted the same way
                            day = counted_since
                    if day is not None:
                        figure = figure or _figure(fig, text, ms, said_by, cited, st, span, gaz, previous, untracked,
                                                   _list_end(text, figs, n))
                        since_figures.append(replace(figure, since=day))
                        counted_since = day
                        since_parties.add(figure.party)
                        previous = figure
                        if _cumulative(text, fig, dvs, span, article.published) and ctx not in background:
                            background.append(ctx)
                        continue
                    if _cumulative(text, fig, dvs, span, article.published) or _of_a_past_year(
                            text, fig, dvs, span, article.published) or (
                            since_past and _SINCE_THEN.match(text, fig.end)) or (
                                not dvs and told_day is None and (_war_toll(text, fig) or (
                                    long_ago and fig.number >= _FIG["war_toll_at_least"]))):
                        # "hơn 3.700 người đã thiệt mạng ... kể từ tháng 10/2023": a toll of the whole
                        # war since a date long past, not a figure of this incident; so is a toll of
                        # thousands told right after the history of years before ("Liên Hợp Quốc ước tính
                        # khoảng 300.000 người đã thiệt mạng", after "cuộc xung đột bùng phát năm 2003")
                        if ctx not in background:
                            background.append(ctx)
                        continue
                    figure = figure or _figure(fig, text, ms, said_by, cited, st, span, gaz, previous, untracked,
                                               _list_end(text, figs, n))
                    on, said_on, _ = (on_day, None, False) if ev else when(text, fig.start, dvs, span, article.published,
                                                                            count=True)
                    if para_event is not None and (ev or on is None):
                        # a figure its own sentence dates ("... thiệt mạng hôm 28/9") is of that day
                        figure = replace(figure, event=para_event)
                    elif (day := on or said_on) is not None and day.precision == "day" and day.start:
                        figure = replace(figure, day=day.start)
                    pending.append(_Pending(figure, ev, on, reported, ctx))
                    if named and fig in named:
                        by_name.add(id(figure))
                    previous = figure

            # statements and diplomatic acts. History told as context is not a reaction, nor is a
            # speech act told as history ("Ngày 9/11/2020, ... ký tuyên bố ngừng bắn do Nga làm
            # trung gian"); a date quoted in today's statement does not make it history.
            verb = next(iter(speech_verbs(text)), None) if says else None
            told = [d for d in dvs if not in_quote(text, d.span.start - s.start)
                    and not (verb and spoken_of(text, d.span.start - s.start, d, verb.end()))]
            now, before = _timing(told, article.published, text, cue_current)
            speaks = says and (current or not cue_background) and not (before and not now)
            made = []
            if not is_bg or speaks:
                made = find_statements(text, ms, dvs, said_by, speaker, span, article.published, para_day)
            if undated and made and (same := _SAME_DAY.match(text)):
                # "Ban Ki-moon gọi vụ việc là “...”. Cùng ngày 3/8, người phát ngôn ... Jen Psaki tuyên
                # bố ...": the statement before was made on the day this one says is the same
                day = next((d for d in dvs if d.span.start - s.start == same.end() and d.precision == "day"), None)
                if day is not None and day.start:
                    for i in undated:
                        statements[i] = replace(statements[i], date=day)
            voiced = _voiced(made, said_by, voice) if made else []
            undated = [len(statements) + i for i, m in enumerate(voiced) if m.date is None]
            if undated and (dvs or _OWN_TIME.search(text)):
                undated = []   # "Trước đó, Mỹ đã lên án ...": placed in time by its own sentence
            statements.extend(voiced)
            dated = [d for d in dvs if d.start]
            if dated:
                since_past = is_past(dated[-1], article.published)
            if dvs and not says and not speech_verbs(text):
                told_day = _last_day(dvs, article.published) or told_day
            # An undated statement later in the paragraph was made on the day of the last one
            # ("... ngày 28/6 cho biết Tổng thư ký quan ngại về các vụ đụng độ hôm 22/6. Ông ... kêu
            # gọi"); without one, on the last day the paragraph wrote.
            para_day = next((m.date for m in reversed(made) if m.date), None) or \
                _last_day(dvs, article.published) or para_day
            if speaker:
                st.last_speaker = speaker
                st.last_reporter = speaker
            elif (heard := _subject_heard(text, ms, made)) is not None:
                # "Đại sứ ... Nikki Haley gọi hành động của Nga là “...” và cho biết ... Bà kêu gọi":
                # a person the sentence's statements are of spoke, though no verb named her subject
                st.last_speaker = heard
            else:
                # "Ngoại trưởng Natalegawa đã tới Phnom Penh ... “...”, ông nói": "ông" is the person
                # the sentence before was about, though it said nothing, if he is its subject: his
                # title or name opens a clause (not "Vụ không kích đã sát hại Tổng Tham mưu trưởng X")
                subject = next((m for m in ms if m.kind in ACTOR_KINDS and not m.in_role and not m.as_place
                                and not in_quote(text, m.span.start)), None)
                if subject is not None and subject.kind == "person" and \
                        clause_before(text, subject.span.start).strip() in ("", subject.role or ""):
                    st.last_speaker = subject.key
        if by_name:
            # a person named as killed in a paragraph that counts its dead is one of them ("khiến 2
            # binh sĩ Azerbaijan thiệt mạng. Binh sĩ Orkhan Novruzalizade ... đã thiệt mạng")
            kinds = {x.figure.kind for x in pending[opened:] if x.figure and id(x.figure) not in by_name}
            pending[opened:] = [x for x in pending[opened:]
                                if not (x.figure and id(x.figure) in by_name and x.figure.kind in kinds)]
    events, figures, precursors = _settle(pending, lead_day, first_index)
    for c in precursors:
        if c not in background:
            background.append(c)
    background.sort(key=lambda c: (c.span.paragraph, c.span.start))
    if since_figures:
        figures = sorted(figures + since_figures, key=lambda f: (f.span.paragraph, f.span.start))
    return Extraction(article.id, tuple(mentions), tuple(dates), tuple(events), tuple(figures),
                      tuple(statements), tuple(background), tuple(reporters))


def _last_day(dvs: list[DateValue], published) -> DateValue | None:
    """The last day within the news window that a sentence writes."""
    return next((d for d in reversed(dvs) if d.start and d.precision == "day" and not is_past(d, published)), None)


def _voiced(made: list[Statement], said_by, voice: dict[str, str]) -> list[Statement]:
    """Statements of a spokesperson are his principal's. "X kêu gọi ..., người phát ngôn Y cho
    biết": Y speaks for X in the rest of the paragraph ("“Ông kêu gọi ...”, ông Y nói")."""
    made = [replace(m, actor=voice.get(m.actor, m.actor)) for m in made]
    actors = {m.actor for m in made}
    for m in made:
        for _, k, _ in said_by:
            if k and k.startswith("person:") and k not in actors:
                voice.setdefault(k, m.actor)
                voice.setdefault("person:" + k.rsplit("-", 1)[-1].removeprefix("person:"), m.actor)  # "ông Dujarric"
    return made


def _same_person(a: str, b: str | None) -> bool:
    """Two person keys of one paragraph naming one person ("person:donald-trump", "person:trump")."""
    if not b or not a.startswith("person:") or not b.startswith("person:"):
        return False
    return a == b or a.endswith("-" + b[7:]) or b.endswith("-" + a[7:])


def _same_fight(ev: Event, ms, ceasefire: tuple[dt.date, frozenset[str], int], paragraph: int) -> bool:
    """The fighting a toll is counted over is the one the ceasefire ended: its sentence names one of
    its sides, as a side or a place ("... tại Iran trong 12 ngày giao tranh"), or names no one and
    follows it in its paragraph ("Tại Gaza, ... 300 người thiệt mạng trong 5 ngày giao tranh giữa Israel
    và Hamas" is not the fighting of a Thai-Cambodian truce told before)."""
    _, sides, where = ceasefire
    if not sides:
        return True   # a ceasefire that names no sides ends the article's fighting
    named = set(ev.actors) | {m.key for m in ms}
    return bool(named & sides) if named else paragraph == where


def _settle(pending: list[_Pending], lead_day: DateValue | None = None, lead: int | None = None
            ) -> tuple[list[Event], list[Figure], list[Context]]:
    """Events and figures of the article, once its first day of fighting is known.

    An event dated only by the day it was reported (or by the day its paragraph's story was
    told on) keeps that day when nothing in the article dates the fighting itself; where some are
    dated by the story's day, no later than any report's, those alone are. A figure
    dated before the article's first day of fighting, in a sentence that reports no fighting,
    is a precursor ("Ngày 23/7, 5 binh sĩ Thái Lan bị thương do mìn") and goes to the background;
    not one of the lead's first sentence (paragraph `lead`), which tells the news ("... cướp ở tỉnh
    Balochistan hôm 11/3, với 26 con tin thiệt mạng").
    """
    occurred = [x for x in pending if x.figure is None]

    def days(events: list[Event]) -> list[dt.date]:
        return [e.date.start for e in events if e.date and e.date.start and e.date.precision in ("day", "span")]

    def by_reports(told_only: bool) -> list[Event]:
        return [replace(x.event, date=x.reported) if x.event.date is None and x.reported and (x.told or not told_only)
                else x.event for x in occurred]
    events = [x.event for x in occurred]
    dated = days(events)
    told = [x.reported.start for x in occurred if x.told and x.reported.start]
    reports = [x.reported.start for x in occurred if not x.told and x.reported is not None and x.reported.start]
    if not dated and told and (not reports or max(told) <= min(reports)):
        # "quân đội ... hôm qua (17/2) bác bỏ cáo buộc ... thảm sát ..." beside "Vụ việc xảy ra rạng sáng thứ
        # Sáu (14/2) ... nổ súng": the day the narrative gave is the fighting's; a denial's day is not. Only
        # a narrative day no later than the reports: fighting comes before its report, a visit may come after
        events = by_reports(told_only=True)
        dated = days(events)
    if not dated:
        events = by_reports(told_only=False)
        dated = days(events)
    first = min(dated) if dated else None   # the day the text itself gives its first fighting
    if lead_day is not None and not any(e.date for e in events):
        # "Azerbaijan và Armenia hôm qua (15/6) đưa ra những thông tin trái ngược về vụ nổ súng ...": the
        # day the lead gives its news is the day of the fighting the paragraphs after it tell of, when
        # nothing dates it at all (not the lead's own fighting: its day is another's, "đáp trả vụ tấn
        # công hôm 28/1"; nor fighting "ngày hôm sau")
        later = {id(x.event) for x in pending if x.figure is None and _LATER.search(x.context.text)}
        events = [replace(e, date=lead_day) if e.date is None and e.category == "ASSAULT"
                  and e.span.paragraph != lead_day.span.paragraph and id(e) not in later else e for e in events]
    figures, precursors = [], []
    for x in pending:
        if x.figure is None:
            continue
        if first and x.event is None and x.date and x.date.precision == "day" and x.date.start < first \
                and not (x.figure.span.paragraph == lead and x.context.span.start == 0):
            precursors.append(x.context)
            continue
        figures.append(x.figure)
    return events, figures, precursors


def _timing(dvs: list[DateValue], published: dt.date | None, text: str, cue_current: bool) -> tuple[bool, bool]:
    """(current, past): whether the sentence is dated within the news window, or only before it."""
    if published is None:
        years = [d.start.year for d in dvs if d.start and d.precision in ("year", "month", "span")]
        return (not years, bool(years))
    lo = published - dt.timedelta(days=CURRENT_DAYS)
    current = past = False
    since = "kể từ" in text   # else no date can follow it
    for d in dvs:
        if d.start is None:
            continue
        local = d.span.start
        if since and _SINCE_BEFORE.search(text, 0, max(0, local - _offset(dvs, text))):
            continue
        end = d.end or d.start
        if end < lo:
            past = True
        elif d.start <= published + dt.timedelta(days=1):
            current = True
    if cue_current and not past:
        current = True
    return current, past


def _offset(dvs: list[DateValue], text: str) -> int:
    """Paragraph offset of the sentence (date spans are paragraph-relative)."""
    for d in dvs:
        i = text.find(d.text)
        if i >= 0:
            return d.span.start - i
    return 0


_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:và\s+)?|và\s+)$")


def _attacked(text: str, at: int, sides) -> str | None:
    """The side an attack was made on, when the figure at `at` is what it caused: the first
    state or group named after the last violence cue before "khiến"/"làm" ("phục kích một đội
    tuần tra của cảnh sát Kosovo, khiến 1 cảnh sát thiệt mạng"). Not the side it came from ("tấn
    công từ Li-băng"), was made by ("các cuộc pháo kích của quân đội Azerbaijan") or with ("một
    tên lửa Nga"), nor one in an aside ("không kích, theo yêu cầu của Mỹ, khiến ..."); none when
    the cue is fighting between two sides or two sides are named ("giữa Armenia và Azerbaijan",
    "biên giới Thái Lan - Campuchia")."""
    cue = _causing_cue(text, at)
    if cue is None:
        return None
    named = cue.start()
    for earlier in CUES.assault.finditer(text, max(0, named - 60), named):
        if means := _MEANS.fullmatch(text, earlier.end(), named):
            named = means.start("means")   # "cuộc tấn công bằng tên lửa": the weapon is the attack's means
            break
    made = _ATTACK_NOUN.search(text, max(0, named - 30), named) is not None   # "Đợt tấn công ... của Nga"
    passed: set[str] = set()   # ... nor that side named again ("của Lực lượng Hỗ trợ Nhanh (RSF)")
    for m in sides:
        if not cue.end() <= m.span.start < at or m.in_role:
            continue
        gap = text[cue.end():m.span.start]
        if _ATTACKER.search(gap) or _OWNER.fullmatch(gap) or (not gap.strip() and cue.group(0) in _WEAPONS) \
                or _weapon_of(cue, gap) or _described_owner(gap) \
                or (_MADE_BY.search(gap) and not _TARGET_MARK.search(gap)
                    and (made or _described_attack(cue, gap))) \
                or clause_before(text, m.span.start).lstrip().startswith("theo ") or m.key in passed \
                or _CITED.search(text, max(0, m.span.start - 30), m.span.start):   # "mà theo Israel là ..."
            passed.add(m.key)
            continue
        paired = _PAIRED.match(text, m.span.end)
        if _BETWEEN.search(gap) or (paired and any(o.span.start == paired.end() for o in sides)):
            return None
        return m.key
    return None


def _described_attack(cue: re.Match, gap: str) -> bool:
    """The cue holds its own attack noun and `gap` describes the attack on the way to its owner ("cuộc tấn công kéo
    dài nhiều giờ của Taliban"), not what it struck ("cuộc tấn công đồn biên phòng của Pakistan")."""
    return _ATTACK_NOUN.match(cue.group(0), 0, cue.group(0).find(" ") + 1) is not None \
        and _ATTACK_DESCRIBED.match(gap) is not None


def _of_body(gap: str) -> bool:
    """The people counted before `gap` are the body named after it: "nhân viên cứu trợ của tổ chức từ
    thiện X", "binh sĩ thuộc X", "nhân viên X" (between them, a few lower-case words: what they do, "của",
    what the body is)."""
    words = gap.split()
    return len(words) <= 8 and all(w.isalpha() and w.islower() for w in words)


def _war_toll(text: str, fig) -> bool:
    """The figure counts the dead of a whole war: "Cuộc xung đột đã khiến hơn 30.000 người thiệt
    mạng", "hơn 2.600 người đã thiệt mạng trong các vụ bạo lực tại Cabo Delgado"."""
    if fig.number < _FIG["war_toll_at_least"] and not _WAR_LENGTH.search(text):
        return False
    return bool(_WAR_CAUSE.match(clause_before(text, fig.start)) or _IN_WAR.match(text, fig.end))


def _causing_cue(text: str, at: int) -> re.Match | None:
    """The violence cue a figure at `at` is the toll of, when "khiến"/"làm" lead to it: the last
    one before it, unless it is fighting between two sides ("giao tranh"), whose toll names neither."""
    if not _CAUSED.search(text, max(0, at - 16), at):
        return None
    cue = None
    for cue in CUES.assault.finditer(text, 0, at):
        pass
    return None if cue is None or cue.group(0) in _MUTUAL else cue


def _attacker(text: str, fig, ms, end: int) -> str | None:
    """The side that made the attack whose toll the figure (or the list it ends at `end`) is: the
    owner named after the cue ("một cuộc tấn công của Israel ... làm ít nhất 10 người thiệt mạng",
    "bị sát hại ... trong các cuộc không kích của lực lượng Pakistan") or the subject that opens the
    cue's clause ("Israel đã không kích ..., khiến 26 người thiệt mạng"), when it is the only state or
    group the sentence names."""
    if _CAUSED.search(text, max(0, fig.start - 16), fig.start):
        cue = _causing_cue(text, fig.start)
    elif (during := _DURING.match(text, end) or (_DURING.match(text, fig.noun_end) if fig.toll else None)) is not None:
        # ... after the toll's verb, or inside a toll ("Số người thiệt mạng trong vụ tấn công bằng tên lửa của Nga ...
        # đã tăng lên 25")
        # the cue right after the attack noun, or after one word more ("các cuộc tấn công tên lửa")
        word = re.match(r"\S+\s+", text[during.end():during.end() + 30])
        cue = CUES.assault.match(text, during.end()) or (
            CUES.assault.match(text, during.end() + word.end()) if word else None)
        while cue is not None and (weapon := CUES.assault.match(
                text, means.end() if (means := _BY_MEANS.match(text, cue.end())) else cue.end() + 1)) is not None:
            cue = weapon   # "các cuộc tấn công (bằng) tên lửa của Nga": the owner follows the last cue
        if cue is not None and cue.group(0) in _MUTUAL:
            cue = None
    elif (when := _WHEN_ATTACK.match(text, end)) is not None:
        return _when_attacker(text, when.end(), ms)
    else:
        return None
    if cue is None:
        return None
    sides = [m for m in ms if m.kind in ("country", "group")]
    several = len({m.key for m in sides if not m.in_role}) != 1
    stop = fig.start if cue.end() <= fig.start else len(text)
    for m in sides:
        if cue.end() <= m.span.start < stop and not m.in_role:
            gap = text[cue.end():m.span.start]
            if several:
                # "Tại Liban, ... trong các cuộc không kích của Israel": the state named may be the people's,
                # but the attack's owner named right after it is who made it ("trong vụ không kích của Israel
                # nhằm vào làng Qana ở miền Nam Liban")
                return m.key if _OWNER.fullmatch(gap) or _weapon_of(cue, gap) or _described_owner(gap) else None
            if _OWNER.fullmatch(gap) or (_ATTACKER.search(gap) and not _TARGET_MARK.search(text, cue.start(), m.span.start)) \
                    or _weapon_of(cue, gap) or _described_owner(gap):
                return m.key   # not "vào thị trấn Majdal Shams ... do Israel kiểm soát", "bắn vào ..."
            break
    if several:
        return None
    opened = cue.start() - len(clause_before(text, cue.start()))
    subject = next((m for m in sides if opened <= m.span.start < cue.start() and not m.in_role), None)
    if subject is not None and _SUBJECT_GAP.fullmatch(text, subject.span.end, cue.start()) \
            and len(text[opened:subject.span.start].split()) <= 3:
        # the subject opens its clause, after a head at most ("Quân đội Israel", "Lực lượng không quân Nga")
        return subject.key
    return None


def _described_owner(gap: str) -> bool:
    """The side after `gap` owns the attack, its fighters described on the way ("vụ tấn công của các tay súng thuộc
    lực lượng phiến quân cũ Seleka"), not what it struck ("vụ tấn công vào trại của ...")."""
    return _OWNER_DESCRIBED.fullmatch(gap) is not None and not _OWNER_NOT_OVER.search(gap)


def _weapon_of(cue: re.Match, gap: str) -> bool:
    """The weapon the cue names is of the side `gap` leads to ("tên lửa hành trình của Nga"), not of
    what it struck ("Tên lửa trúng tàu của Ukraine")."""
    return cue.group(0) in _WEAPONS and _WEAPON_OWNER.fullmatch(gap) is not None and not _TARGET_MARK.search(gap)


def _claimed_by(text: str, reporter: str, ms, before: int) -> bool:
    """`reporter`, the last actor its sentence names before the claim, claims an attack before `before`
    ("nhóm tự xưng Nhà nước Hồi giáo (IS) hôm 23/5 đã lên tiếng nhận trách nhiệm"), not one none
    claimed, one denied or one another is asked to own ("chưa có nhóm nào ...", "phủ nhận trách
    nhiệm", "Nga nói Ukraine cần nhận trách nhiệm")."""
    for claim in _CLAIMED.finditer(text, 0, before):
        opened = claim.start() - len(clause_before(text, claim.start(), seps=";:."))
        last = max((m for m in ms if m.kind in _LAST_ACTOR_KINDS and opened <= m.span.start < claim.start()),
                   key=lambda m: m.span.start, default=None)
        if last is not None and last.key == reporter and not _CLAIM_NOT_MADE.search(text, last.span.end, claim.start()):
            return True
    return False


def _when_attacker(text: str, at: int, ms) -> str | None:
    """The subject of the clause "khi" opens at `at` after a toll, when its verb is an attack: the one
    state or group named before the cue, after a few lower-case words at most ("khi các tay súng thuộc
    phong trào TTP tấn công", "khi một tên lửa của Nga đánh trúng"), fillers alone after it."""
    stop = _CLAUSE_END.search(text, at)
    cue = CUES.assault.search(text, at, stop.start() if stop else len(text))
    if cue is None or cue.group(0) in _MUTUAL:
        return None
    named = [m for m in ms if m.kind in ("country", "group") and at <= m.span.start < cue.start() and not m.in_role]
    if not named:
        # a weapon opens the clause, its owner after it: "khi tên lửa hành trình của Nga đánh trúng ..."
        owner = next((m for m in ms if m.kind in ("country", "group") and cue.end() <= m.span.start and not m.in_role), None)
        return owner.key if owner is not None and cue.group(0) in _WEAPONS \
            and _WEAPON_OWNER.fullmatch(text, cue.end(), owner.span.start) else None
    if len({m.key for m in named}) != 1 or cue.group(0) in _INTERCEPTIONS:
        return None   # "khi lực lượng phòng không Ukraine bắn hạ tên lửa của Nga": whose attack, unclear
    # (named again in brackets: "phong trào Tehrik-i-Taliban Pakistan (TTP) tấn công")
    return named[0].key if _of_body(text[at:named[0].span.start]) \
        and _SUBJECT_GAP.fullmatch(" " + text[named[-1].span.end:cue.start()].lstrip(" )")) else None


def _figure(fig, text, ms, said_by, cited, st: _State, span: Span, gaz, previous: Figure | None,
            untracked: set[int] = frozenset(), list_end: int | None = None) -> Figure:
    # Reporter: the subject of the last speech verb before the figure, or a source cited between
    # them; else the news agency the sentence cites, else a source cited after the figure, else
    # who spoke last in this paragraph (unless the verb's subject is named but no actor: "Phía
    # Nagorno-Karabakh trước đó cho biết 200 người thiệt mạng").
    reporter, unknown, last = None, False, -1
    for pos, key, _ in said_by:
        if pos < fig.start and key:
            reporter, unknown, last = key, False, pos
        elif pos < fig.start and pos in untracked:
            reporter, unknown, last = None, True, pos
    # "RSF tuyên bố ..., sau nhiều ngày tấn công mà theo Liên Hợp Quốc đã khiến hơn 100 người thiệt mạng"
    # (right before it: "mà theo Liên Hợp Quốc đã khiến ...", not "nơi mà theo Israel là ...")
    if st.within is None or st.within[0] is not text:
        st.within = (text, sources_within(text, ms))
    within = st.within[1]
    if before := [key for pos, end, key in within if last < pos and end <= fig.start
                  and _SOURCE_GAP.fullmatch(text, end, fig.start)]:
        reporter, unknown = before[-1], False
    if reporter is None and cited is not None:
        reporter = cited.key
    after = next(((pos, key) for pos, _, key in within if pos >= fig.end), None)
    if reporter is None and after and _CLAUSE_TO_SOURCE.fullmatch(text, fig.end, after[0]) \
            and not CUES.speech.search(text, fig.end, after[0]):
        # the source closing the figure's clause: "Lên tới 400.000 người đã phải rời bỏ trại ..., theo ước
        # tính của IOM, ..." (not one of a clause after: "..., và theo Liên Hợp Quốc, ...")
        reporter, unknown = after[1], False
    if unknown and reporter is None:
        st.last_reporter = None
    elif reporter is None and st.last_reporter is not None:
        reporter = st.last_reporter
    if reporter is not None and cited is None:
        st.last_reporter = reporter
    words = text[fig.start:fig.end]
    where = Span(span.article, span.paragraph, span.start + fig.start, span.start + fig.end)
    party, own = None, False
    sides = [m for m in ms if m.kind in ("country", "group")]
    mod_start = fig.noun_end
    # "số người thiệt mạng trong vụ Triều Tiên pháo kích hòn đảo": a state named in the event's
    # description is not the side the figure counts
    in_mod = [m for m in sides if mod_start <= m.span.start < fig.end
              and not _EVENT_NOUN.search(text, mod_start, m.span.start)
              and not PASSIVE.search(text, mod_start, m.span.start)   # the agent of a passive
              and not _ALLEGIANCE.search(text, mod_start, m.span.start)   # "tay súng thân Thổ Nhĩ Kỳ"
              and not _IN_BREAKDOWN.search(text, mod_start, m.span.start)]   # "bảy tay súng, gồm hai người Tây Đức ..."
    after = next((m for m in sides if fig.side is not None and m.span.start == fig.side), None)
    facing = next((m for m in in_mod if _FACING.search(text[max(0, m.span.start - 8):m.span.start])), None)
    if not (after or in_mod) and fig.other and previous is not None:
        # "46 người khác bị thương": the same side as the figure before it
        return Figure(fig.kind, fig.number, fig.qualifier, previous.party, previous.reported_by, words, where,
                      previous.own_side, inferred=previous.inferred, by=previous.by)
    if not (after or in_mod) and previous is not None and previous.party and not previous.own_side \
            and previous.span.paragraph == span.paragraph and span.start <= previous.span.start \
            and _LIST_GAP.match(text[previous.span.end - span.start:fig.start]):
        # "29 binh sĩ Armenia thiệt mạng, 28 người mất tích và 72 người bị thương": one list, one side
        return Figure(fig.kind, fig.number, fig.qualifier, previous.party, previous.reported_by, words, where, False,
                      inferred=previous.inferred)
    region = None if after or in_mod else _REGION_OWNER.search(text, mod_start, fig.end)
    polity = _region_polity(ms, region.start(), gaz) if region else None
    has = None if after or in_mod or region else _side_that_has(text, sides, fig.start)
    owner = None if after or in_mod or region or has else _owned_by(text, sides, fig)
    if polity:
        party = polity_key(polity)
    elif after or facing or has or owner:
        party = (after or facing or has or owner).key
    elif in_mod and (_BETWEEN.search(text[mod_start:in_mod[0].span.start]) or len(in_mod) > 1
                     and in_mod[1].key != in_mod[0].key
                     and _BOTH_SIDES.fullmatch(text, in_mod[0].span.end, in_mod[1].span.start)):
        party = None  # "giữa Kyrgyzstan và Tajikistan", "binh sĩ Armenia và Azerbaijan": both sides together
    elif in_mod:
        party = in_mod[0].key
    elif _BODY_MEMBERS.search(text, fig.start, fig.noun_end) and (
            org := next((m for m in ms if m.kind == "organization" and mod_start <= m.span.start < fig.end
                         and _of_body(text[mod_start:m.span.start])
                         and not PASSIVE.search(text, mod_start, m.span.start)), None)):
        # "Bảy nhân viên của tổ chức từ thiện World Central Kitchen (WCK) đã thiệt mạng"; a state's
        # force or organ is the state ("7 thành viên của Vệ binh Cách mạng Hồi giáo Iran")
        party = gaz.state_of(org.key) or org.key
    elif fig.modifier and fuzzy_country(fig.modifier.split()[-1], gaz):
        party = fuzzy_country(fig.modifier.split()[-1], gaz)
    elif not fig.inflicted and (target := _attacked(text, fig.start, sides)) is not None:
        party = target
    elif not fig.inflicted:
        own = True
    # the people counted are of the side the attack was made on, whoever reports them
    # ... not captives: hostages killed in the strikes of their own state ("bốn con tin đã thiệt mạng trong các
    # cuộc không kích của Israel")
    by = _attacker(text, fig, ms, list_end or fig.end) if own and not _CAPTIVES.search(text, fig.start, fig.noun_end) \
        else None
    inferred = False
    said_at = max((pos for pos, _, _ in said_by if pos < fig.start), default=None)
    verb = CUES.speech.match(text, said_at) if said_at is not None else None
    if own and reporter and said_at is not None and any(
            m.key == reporter and said_at < m.span.start and m.span.end <= fig.start
            and text[max(0, m.span.start - 4):m.span.start] == "của "
            and not (verb and text[verb.end():m.span.start].strip() == "của") for m in ms):
        # "Pakistan cho biết pháo kích trả đũa của Pakistan đã cướp đi sinh mạng của 5 binh sĩ"; not the
        # speaker whose words the verb names as a noun ("Theo tuyên bố của Hamas, ...")
        own = False
    if own and by is not None and reporter and by in (reporter, gaz.state_of(reporter)):
        own = False   # "Israel cho biết cuộc không kích của Israel khiến 10 tay súng thiệt mạng": not its own
    if own and _HOSTILE_NOUN.search(text, fig.start, fig.noun_end) and not (
            reporter and (reporter.startswith(("person:", "group:")) or (entry := gaz.get(reporter)) is not None
                          and entry.kind == "group")):
        own = False   # "Theo Bộ Nội vụ, bảy kẻ tấn công đã chết": a state's foes, not its own (a group's are)
    if own and reporter and (reporter.startswith("group:") or (
            (entry := gaz.get(reporter)) is not None and entry.kind in ("group", "country"))) \
            and _claimed_by(text, reporter, ms, fig.start) and not _OWN_PEOPLE.search(text, fig.start, fig.end):
        own, by = False, by or reporter   # the attack it claims made the toll
    if own and reporter and not reporter.startswith("person:") and gaz.get(reporter) is not None \
            and gaz.entries[reporter].kind == "country":
        party, own, inferred = reporter, False, True
    elif own and reporter and (reporter.startswith("group:") or (
            (entry := gaz.get(reporter)) is not None and entry.kind == "group")):
        party, own = reporter, False   # "Giới chức Taliban cho biết ít nhất 47 dân thường ... đã thiệt mạng"
    elif own and reporter and (state := gaz.state_of(reporter)):
        # a state's own armed force reports its losses: "IRGC cho biết 7 thành viên đã thiệt mạng"
        party, own, inferred = state, False, True
    elif own and (reporter is None or (gaz.get(reporter) is not None and gaz.entries[reporter].kind in ("agency", "organization"))):
        own = False
    if party is None and not inferred and not fig.inflicted \
            and (located := _located_in(text, sides, fig, gaz, list_end or fig.end)):
        party, own = located, False
    if by is not None and party is None and not own:
        # a place of another state named in the sentence is where the people were: theirs ("cuộc không
        # kích của Israel vào cảng Hodeidah", "... tỉnh Khost ... các cuộc không kích của lực lượng Pakistan")
        states = {e.parent for m in ms if m.kind == "place" and (e := gaz.get(m.key)) is not None
                  and e.parent and e.parent != by and not _DESTINATION.search(text, max(0, m.span.start - 16), m.span.start)}
        # ... or a state named as where ("Tại Liban, Bộ Y tế cho biết ...", "nhằm vào làng Qana ở miền Nam Liban")
        states |= {m.key for m in ms if m.kind == "country" and m.key != by and m.surface not in gaz.metonyms
                   and not m.in_role and _IN_STATE.search(text, max(0, m.span.start - 60), m.span.start)}
        if len(states) == 1:
            party, own, by = states.pop(), False, None
        elif states:
            by = None
    if party is None and by is None and fig.inflicted:
        by = _inflicted_by(text, fig, ms, reporter, gaz)
    return Figure(fig.kind, fig.number, fig.qualifier, party, reporter, words, where, own, inferred=inferred,
                  by=by if party is None else None)


def _inflicted_by(text: str, fig, ms, reporter: str | None, gaz) -> str | None:
    """Who inflicted a toll told as inflicted ("tiêu diệt", "bắt giữ", "hành quyết"): the state or group
    named last before it in its clause ("Bộ Y tế Gaza cho biết Israel đã giết 50 người"), else the side that
    reports it ("Theo Bộ Quốc phòng Nga, lực lượng này đã tiêu diệt 60 binh sĩ"); never a state named as
    where ("quân đội Israel ở Liban đã tiêu diệt 20 tay súng")."""
    opened = fig.start - len(clause_before(text, fig.start))
    named = [m for m in ms if m.kind in ("country", "group") and opened <= m.span.start < fig.start and not m.in_role
             and not m.as_place and not _IN_STATE.search(text, max(0, m.span.start - 60), m.span.start)]
    if named:
        return named[-1].key
    if reporter and (reporter.startswith("group:") or (
            (entry := gaz.get(reporter)) is not None and entry.kind in ("country", "group"))):
        return reporter
    return None


_OWN_TIME = phrase_matcher(with_capitals(vocabulary("reactions.yml")["own_time_words"]))
_SAME_DAY = re.compile(r"\s*(?:Cũng\s+)?(?:[Tt]rong\s+)?[Cc]ùng\s+(?=ngày\s)")
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:và\s+)?")


def _next_outside(figs, n: int, text: str) -> int:
    """Where the first figure after the list that figs[n] is part of starts (else the end)."""
    end = _list_end(text, figs, n)
    return next((f.start for f in figs[n + 1:] if f.start >= end), len(text))


def _list_end(text: str, figs, n: int) -> int:
    """The end of the list of figures that figs[n] opens or continues ("18 dân thường đã thiệt
    mạng và 147 người bị thương"): what follows it is said of them all."""
    while n + 1 < len(figs) and _LIST_JOIN.fullmatch(text, figs[n].end, figs[n + 1].start):
        n += 1
    return figs[n].end


def _when_then(text: str, clause_start: int, dvs, span: Span, published) -> bool:
    """The clause at `clause_start` opens with "khi" right after a date long past: it tells what
    happened then ("kể từ tháng 10/2016, khi ...")."""
    if not _WHEN_CLAUSE.match(text, clause_start):
        return False
    return any(d.start is not None and is_past(d, published)
               and not text[d.span.end - span.start:clause_start].strip(" ,)") for d in dvs)


def _subject_heard(text: str, ms, made) -> str | None:
    """The person a sentence's statements are of, when he is the subject of his clause (his title or
    name opens it): not one named inside another's words ("Đề xuất của Tổng thống Pháp Emmanuel
    Macron nhận được sự ủng hộ của Nga")."""
    people = {s.actor for s in made if s.actor.startswith("person:")}
    for m in reversed(ms):
        if m.key in people and not in_quote(text, m.span.start) and \
                clause_before(text, m.span.start).strip() in ("", m.role or ""):
            return m.key
    return None


def _located_in(text: str, sides, fig, gaz, end: int) -> str | None:
    """The state the text names as where the people counted were, when it names no side of
    theirs: after the figure or the list it ends at `end` ("bị thương tại Iran", "tại các thị trấn
    biên giới của Thổ Nhĩ Kỳ") or opening its clause ("Tại Israel, 2 người thiệt mạng"). By the
    state's name only: a capital after "tại" is a city ("tại Kabul"), which may lie in a state at
    war with itself."""
    at = _AT.match(text, end)
    for m in sides:
        if m.kind != "country" or m.surface in gaz.metonyms:
            continue
        if at and (at.end() == m.span.start or _PLACE_GAP.fullmatch(text, at.end(), m.span.start)):
            return m.key
        if m.span.end <= fig.start and _FRONTED_AT.search(text, 0, m.span.start) \
                and re.fullmatch(r"\s*,\s*", text[m.span.end:fig.start]):
            return m.key
    return None


def _owned_by(text: str, sides, fig):
    """The side written after the figure as the people's own: by name ("ba chỉ huy cấp cao của cánh
    vũ trang Hamas"), or as "phong trào này", the armed group named last before the figure."""
    gap = _OWNED_BY.match(text, fig.end)
    if gap is None or _HELD.search(text, fig.start, fig.end):
        return None   # "6 con tin của Hamas": held by it, not its own
    if _GROUP_BACK.match(text, gap.start("unit") if gap.group("unit") else gap.end()):
        return next((m for m in reversed(sides) if m.kind == "group" and m.span.end <= fig.start), None)
    return next((m for m in sides if m.span.start == gap.end() and not m.in_role), None)


def _region_polity(ms, at: int, gaz):
    """The breakaway region "của vùng này" at `at` refers to: the place named last before it, if it
    is one (else the usual reading of the figure stands)."""
    last = next((m for m in reversed(ms) if m.span.start < at and m.kind in ("place", "country", "group")), None)
    entry = (gaz.get(last.key) or gaz.get(gaz.surfaces.get(last.surface, ""))) if last else None
    return entry if entry is not None and entry.polity else None


def _side_that_has(text: str, sides, at: int):
    """"phía Azerbaijan có 2 người chết": the side named right before "có", when it opens its
    clause (not "của Nga có ...", nor "Armenia và Azerbaijan có ...")."""
    has = next((m for m in reversed(sides) if m.span.end <= at and _SIDE_HAS.fullmatch(text, m.span.end, at)), None)
    return has if has is not None and _SIDE_HAS_LEAD.fullmatch(clause_before(text, has.span.start)) else None
