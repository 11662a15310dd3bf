"""Statements and diplomatic acts: stance cues, who holds each, when, and the quote."""
from __future__ import annotations

import re

from ..lexicon import alternation, gazetteer, vocabulary, with_capitals
from ..model import DateValue, Span, Statement
from .cues import CUES, UNFOLDED, phrase_matcher, speech_verbs
from .text import ACTOR_KINDS, ASIDE_OF_STATE, QUOTE, clause_before, in_quote, is_past, quote_spans

_CLAUSE_BREAK = re.compile(r"[,.;:!?]|\svà\s")
_AGENT = re.compile(r"(?<!\w)(?:được|bị|do|bởi)\s+$")
"""Before the agent of a passive: "lực lượng ly khai được Yerevan hậu thuẫn"."""
_RX = vocabulary("reactions.yml")
_RECEIVED = re.compile(rf"(?<!\w){''.join(rf'(?<!{w} )' for w in _RX['support_received_not_after'])}"
                       rf"{alternation(_RX['support_received'])}(?:\s+\S+){{0,3}}\s+$")
_CAUSED = re.compile(
    rf"(?<!\w){alternation(with_capitals(_RX['concern_caused']))}\s+{alternation(_RX['concern_caused_in'])}\s+$")
# A meeting named as a noun with its host: "cuộc họp khẩn của Hội đồng Bảo an", "phiên họp của
# NATO", "Cuộc gặp do ông Gonsalves và Thủ tướng Dominica Roosevelt Skerrit ... tổ chức".
_HOST = re.compile(rf"\S+(?:\s+{alternation(_RX['meeting_host']['words'])})*\s+{alternation(_RX['meeting_host']['marks'])}\s+")
_HONORIFIC = re.compile(alternation(gazetteer().honorifics) + r"\s+")
_AND = re.compile(r"\s*và\s+")
_CONTENT_DATE = phrase_matcher(_RX["content_date_marks"])
_NEGATED = re.compile(rf"(?<!\w){alternation(with_capitals(_RX['negated']))}(?:\s+có)?"
                      rf"(?:\s+{alternation(_RX['negated_plans'])}(?:\s+{alternation(_RX['negated_plan_fillers'])}){{0,4}})?\s+$")
_UNREALISED = phrase_matcher(_RX["unrealised"])
_NOT_SUPPORT = phrase_matcher(_RX["support_not_after"])
_UNCERTAIN = phrase_matcher(_RX["uncertain"])
_DENIED = phrase_matcher(_RX["denials"])
_CLAUSE_CUT = re.compile(r".*(?:,|\svà\s)")
_SPEECH_NOUN = phrase_matcher(_RX["speech_nouns"])
_REQUESTED_BY = re.compile(rf"(?<!\w){alternation(with_capitals(_RX['requested_by']))}\s+")
# "lệnh ngừng bắn năm 2020", "thỏa thuận ba bên năm 2020": at most two words between.
_SPOKEN_OF = re.compile(rf"(?<!\w){alternation(vocabulary('dates.yml')['spoken_of_nouns'])}"
                        r"(?:\s+[a-zà-ỹđ]+){0,2}\s+$")


def _hosts(text: str, at: int, ms) -> list[str]:
    """Who holds the meeting the cue at `at` names with "của"/"do" after it: the actor right after
    (behind its title or "ông"), and those joined to it by "và"."""
    host = _HOST.match(text, at)
    if not host:
        return []
    out, pos = [], host.end()
    for m in ms:
        if m.span.start < pos or m.kind not in ACTOR_KINDS or m.in_role:
            continue
        gap = text[pos:m.span.start]
        if gap and gap != (m.role or "") + " " and not _HONORIFIC.fullmatch(gap):
            break
        out.append(m.key)
        joint = _AND.match(text, m.tail or m.span.end)
        if not joint:
            break
        pos = joint.end()
    return out


_REPORT_VERB = re.compile(alternation(_RX["report_verbs"]) + r"(?:\s+rằng)?\s+")


def _told_of(text: str, verb: int, at: int, ms) -> str | None:
    """The person a report verb at `verb` tells of, right after it (maybe behind "ông"), as the
    subject of the cue at `at` ("người phát ngôn của Tổng thư ký ... cho biết ông Antonio Guterres “quan
    ngại sâu sắc”"): who holds the stance, not who reports it."""
    said = _REPORT_VERB.match(text, verb)
    if said is None:
        return None
    m = next((m for m in ms if said.end() <= m.span.start < at and m.kind in ACTOR_KINDS and not m.in_role), None)
    if m is None or m.kind != "person" or _CLAUSE_BREAK.search(text, m.span.end, at):
        return None
    lead = text[said.end():m.span.start]
    if lead and not _HONORIFIC.fullmatch(lead):
        return None
    # "cho biết ông Zelensky được Mỹ hậu thuẫn": the agent of a passive holds it (not "được cho là")
    agent = next((o for o in ms if m.span.end < o.span.start < at and o.kind in ACTOR_KINDS and not o.in_role
                  and _AGENT.search(text, m.span.end, o.span.start)), None)
    return agent.key if agent is not None else m.key


def spoken_of(text: str, at: int, d: DateValue, verb_end: int) -> bool:
    """A year after the speech verb at `verb_end` that dates a thing spoken of ("kêu gọi ... tuân
    thủ lệnh ngừng bắn năm 2020"), not when it was said: it does not make the statement history."""
    return at >= verb_end and d.precision == "year" and bool(_SPOKEN_OF.search(text, max(verb_end, at - 60), at))


def _of_content(text: str, cues: list[tuple[int, str]], at: int) -> bool:
    """The day written at `at` is of what is spoken of: "đã", "sẽ", "mà" stand between it and the
    last cue before it, in its clause ("kêu gọi ... thỏa thuận ngừng bắn mà hai bên đã ký hôm
    16/8"; not "đã điện đàm với Armenia hôm 13/9", where the call is the act), and no speech noun
    ("trong tuyên bố ngày 13/9" dates the statement)."""
    cue = max(c for c, _ in cues if c < at)
    near = text[cue:at].rsplit(",", 1)[-1]
    return bool(_CONTENT_DATE.search(near)) and not _SPEECH_NOUN.search(near)


def stance_cues(text: str) -> list[tuple[int, str]]:
    """(position, stance) of every stance cue that the sentence's wording supports."""
    found = [(c.start(), c.end(), CUES.stance_of[c.group(0)], False) for c in CUES.stances.finditer(text)]
    lower = text.lower()
    every = UNFOLDED is not None and UNFOLDED.search(text) is not None   # lower() is no guide here
    found += [(m.start(), m.end(), stance, alone)
              for rx, stance, alone, needs, _ in _stance_patterns_for(lower, every)
              for m in (rx.finditer(text) if every or not needs else _at_words(rx, text, lower, needs))]
    out = []
    # The sentence-wide checks are made once, not once per cue: a sentence of many cues (an
    # untrusted text with no full stop) made them cost its length squared. A clause is looked
    # for within CLAUSE_REACH characters before its cue.
    needs: dict[str, bool] = {}

    def has(name: str, rx: re.Pattern | None = None) -> bool:
        if name not in needs:
            needs[name] = (rx or getattr(CUES, name)).search(text) is not None
        return needs[name]
    for start, end, stance, alone in found:
        if _NEGATED.search(text, max(0, start - 48), start) or (
                stance in ("other", "condolence") and _UNREALISED.search(" ".join(text[max(0, start - 40):start].split()[-4:]))) or (
                stance in ("meeting", "mission") and has("uncertain", _UNCERTAIN) and _UNCERTAIN.search(
                    " ".join(_CLAUSE_CUT.sub("", text[max(0, start - 40):start]).split()[-4:]))):
            # "không vi phạm luật pháp quốc tế"; "có thể áp đặt lệnh trừng phạt"; "có thể họp khẩn"
            # (not "đã làm mọi điều có thể và đã điện đàm": another clause's)
            continue
        if _in_state_aside(text, start, end):
            continue   # "Iran, nước hậu thuẫn Hamas, lên án": what the aside says of the speaker, not its stance
        reach = max(0, start - CLAUSE_REACH)
        if stance == "condemn" and has("denials", _DENIED) and _DENIED.search(clause_before(text, start, reach, and_=True)):
            continue   # "bác bỏ cáo buộc cho rằng đây là hành động tội ác": the claim denied
        if stance == "support" and _NOT_SUPPORT.search(clause_before(text, start, reach, and_=True)):
            continue   # "cảnh báo phương Tây không nên tiếp tục hỗ trợ Ukraine": another's support, warned against
        if alone:
            out.append((start, stance))
            continue
        if stance.startswith("call_") and (not has("call_needs") or
                                           CUES.welcome.search(clause_before(text, start, reach, and_=True))):
            continue  # "hoan nghênh thỏa thuận ngừng bắn" welcomes a ceasefire, it does not call for one
        if stance == "call_dialogue" and not has("dialogue_needs"):
            continue
        if stance == "support" and (not has("support_needs") or CUES.support_objects.match(text, end)):
            continue  # "ủng hộ một giải pháp hòa bình" supports a settlement, not a party
        if stance == "meeting":
            if CUES.meeting_means.search(text, reach, start):   # "... (\S+ ){0,3}$": the words just before
                continue  # "thông qua đối thoại và tham vấn": the means of a call
            if CUES.requests.search(clause_before(text, start, reach)):
                stance = "call_dialogue"  # "hối thúc hai bên tiếp tục các cuộc đàm phán": talks asked for
        out.append((start, stance))
    return sorted(out)


def _in_state_aside(text: str, start: int, end: int) -> bool:
    """The cue at start..end stands in an aside that says what state the name before it is, closed by a
    comma before any speech verb: "Iran, nước hậu thuẫn Hamas, lên án ..." (not a clause a verb's comma
    opens: "Thủ tướng Anh cho biết, nước Anh sẽ tiếp tục hỗ trợ Ukraine, bất chấp ...")."""
    comma = text.rfind(",", 0, start)
    if comma < 0 or not ASIDE_OF_STATE.match(text, comma + 1):
        return False
    before = text[max(0, comma - 40):comma].split()
    if not before or not before[-1][:1].isupper():
        return False
    close = text.find(",", end)
    return close >= 0 and not any(end <= v.start() < close for v in speech_verbs(text))


_QUOTED_BY_REACH = 60
"""Characters from a quotation's end to the verb of who said it: a comma, a title and a name."""


def _quoted_by(text: str, at: int, subjects) -> str | None:
    """The subject of the speech verb right after the quotation holding `at` ('“...”, ông X nói',
    '“...”, Ngoại trưởng X nhấn mạnh'), if any."""
    end = next((e for s, e in quote_spans(text) if s < at < e), None)
    if end is None:
        return None
    for pos, k, quoted in subjects:
        if pos >= end and not quoted:
            return k if pos - end <= _QUOTED_BY_REACH and not _CLAUSE_BREAK.search(text, end + 1, pos) else None
    return None


def _quotes_of(text: str, subjects) -> dict[str | None, str]:
    """Each subject's quotation, the longest of theirs. A quotation is of the subject of the speech
    verb last before it ("X lên án ..., còn Y cho rằng vụ tấn công là “...”" quotes Y, not X), or,
    before every verb, of the first verb's after it ('“...”, ông X nói'); a verb with no subject
    of its own continues the last one's. With no verb outside quotations, a quotation is of nobody
    in particular (None). Fewer than three words are no quote."""
    verbs, last = [], None
    for pos, k, quoted in subjects:
        if not quoted:
            last = k or last   # "..., đồng thời kêu gọi “...”": the verb with no subject is the last one's
            verbs.append((pos, last))
    out: dict[str | None, str] = {}
    for m in QUOTE.finditer(text):
        words = next(g for g in m.groups() if g)
        if len(words.split()) < 3:
            continue
        before = [k for pos, k in verbs if pos <= m.start()]
        owner = before[-1] if before else (verbs[0][1] if verbs else None)
        if len(words) > len(out.get(owner, "")):
            out[owner] = words
    return out


CLAUSE_REACH = 400
"""Characters before a cue searched for its clause: a clause of the press is far shorter."""


def _stance_patterns_for(lower: str, every: bool):
    """The stance patterns that may match a sentence (`lower`, lower-cased), in their order: every
    one where lower() is no guide (`every`); else those that require no word, and those that
    require a word the sentence holds, looked up by the words it holds (Cues.stance_by_required):
    most sentences hold none, which one search tells."""
    if every:
        return CUES.stance_patterns
    chosen = CUES.stance_unconditional
    if CUES.stance_requires is not None and CUES.stance_requires.search(lower) is not None:
        chosen = sorted({*chosen, *(i for w, ids in CUES.stance_by_required.items() if w in lower for i in ids)})
    return [CUES.stance_patterns[i] for i in chosen]


def _at_words(rx: re.Pattern, text: str, lower: str, words: tuple[str, ...]):
    """`rx.finditer(text)` for a pattern whose every match starts with one of `words` in `lower`
    (the lower-cased text, as long as it): tried where they stand, not at every position of the
    sentence, as a pattern that opens with a look-behind is."""
    starts = []
    for w in words:
        i = lower.find(w)
        while i >= 0:
            starts.append(i)
            i = lower.find(w, i + 1)
    end = 0
    for i in sorted(starts):
        if i >= end:
            m = rx.match(text, i)
            if m:
                yield m
                end = m.end()


def _received(text: str, at: int, ms) -> bool:
    """Support the sentence's subject is given by no actor it names: "chính phủ Somalia được quốc tế hậu thuẫn" (not
    "được Tehran hậu thuẫn": Tehran's support)."""
    m = _RECEIVED.search(text, max(0, at - 30), at)
    return m is not None and not any(m.start() <= x.span.start < at and x.kind in ACTOR_KINDS for x in ms)


def find_statements(text, ms, dvs, subjects, speaker, span: Span, published, para_day: DateValue | None
                    ) -> list[Statement]:
    """The statements of one sentence: one per speaker, with the stances it holds.

    `subjects` are (offset, actor key, quoted) of the sentence's speech verbs; `speaker` is the
    sentence's main speaker; `para_day` the day last written in the paragraph (an undated
    statement takes it)."""
    # not a cue inside a name ("Nhóm ủng hộ Hồi giáo và người Hồi giáo"), nor concern caused in people at large
    cues = [(at, st) for at, st in stance_cues(text) if not any(m.span.start <= at < m.span.end for m in ms)
            and not (st == "concern" and _CAUSED.search(text, max(0, at - 40), at))
            and not (st == "support" and _received(text, at, ms))]
    if not cues:
        return []
    # Each cue belongs to the subject of the verb that governs it ("Guterres kêu gọi ..., Phó
    # phát ngôn viên Farhan Haq cho biết": Guterres calls, his deputy spokesman reports);
    # subjects joined by "và" speak together.
    said: dict[str | None, list[str]] = {}
    for at, stance in cues:
        # a verb inside a quotation governs only the cues of its own clause
        governing = [(pos, k) for pos, k, quoted in subjects
                     if k and pos <= at and not (quoted and _CLAUSE_BREAK.search(text[pos:at]))]
        held = _hosts(text, at, ms) if stance == "meeting" else []
        told = _told_of(text, governing[-1][0], at, ms) if governing and not held else None
        if told is not None:
            who = [told]   # "người phát ngôn ... cho biết ông Antonio Guterres “quan ngại sâu sắc”"
        elif held:
            who = held   # "Tại cuộc họp khẩn của Hội đồng Bảo an ..., Đại sứ Mỹ ...": the Council met
        elif governing:
            who = [k for pos, k in governing if pos == governing[-1][0]]
        elif after := _quoted_by(text, at, subjects):
            who = [after]   # '“... bàn đàm phán ...”, ông Blinken nói': the one quoted
        else:
            # no verb before the cue: the subject of its clause, its first person or else its first
            # actor ('Guterres "vô cùng quan ngại"'; 'Ngoại trưởng Natalegawa đã tới Phnom Penh và
            # Bangkok để hòa giải'), but the agent of a passive ("được Yerevan hậu thuẫn"); else the
            # sentence's speaker ('“Chúng tôi kêu gọi kiềm chế”, ông X nói')
            clause = len(clause_before(text, at))
            near = [m for m in ms if m.kind in ACTOR_KINDS and not m.in_role and not m.as_place
                    and at - clause <= m.span.start < at and not in_quote(text, m.span.start)]
            if near and _AGENT.search(text, 0, near[-1].span.start):
                who = [near[-1].key]
            elif near:
                who = [next((m for m in near if m.kind == "person"), near[0]).key]
            else:
                who = [speaker]
        for k in who:
            said.setdefault(k, []).append(stance)
    if "meeting" in (st for _, st in cues) and (asked := _REQUESTED_BY.search(text)):
        # "Theo đề nghị của Algeria, Hội đồng Bảo an ... đã họp kín khẩn cấp": Algeria called the meeting
        by = next((m.key for m in ms if m.span.start == asked.end() and m.kind in ACTOR_KINDS and not m.in_role), None)
        if by is not None and "meeting" not in said.get(by, ()):
            said.setdefault(by, []).append("meeting")
    speakers = list(said)
    # A day of what is spoken of (_of_content) is not the speech's; the paragraph's day, if it has
    # one, is.
    first_cue = span.start + cues[0][0]
    date = next((d for d in dvs if d.start and d.precision == "day" and not is_past(d, published)
                 and not (para_day is not None and d.span.start > first_cue
                          and _of_content(text, cues, d.span.start - span.start))), None) or para_day
    quoted = _quotes_of(text, subjects)
    voiced = {k for _, k, q in subjects if not q}
    out = []
    for who in dict.fromkeys(speakers):
        # one who speaks with no verb ('Guterres “vô cùng quan ngại”') has the quotation no verb claims
        quote = quoted.get(who) or (quoted.get(None) if who not in voiced else None)
        counterparts = ()
        if CUES.talk.search(text):
            counterparts = tuple(dict.fromkeys(
                m.key for m in ms if m.kind in ACTOR_KINDS and not m.as_place and m.key not in speakers
                and not m.in_role))
        stances = tuple(dict.fromkeys(said[who]))
        if who is None and "meeting" not in stances:
            continue
        out.append(Statement(who or "", date, stances, quote, text, (span,), counterparts))
    return out
