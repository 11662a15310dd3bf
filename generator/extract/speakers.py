"""Who speaks in a sentence: the subject of each speech verb, and the news agency cited.

A subject is the last actor named between the verb and the clause boundary before it;
"Theo X, ..." and "Phía X, ..." name who a sentence reports; back-references ("ông",
"quan chức này", "Các thành viên Hội đồng") point at the last speaker.
"""
from __future__ import annotations

import bisect
import re

from ..frozen import frozen
from ..lexicon import Gazetteer, alternation, gazetteer, vocabulary, with_capitals
from ..model import Mention
from .actors import UPPER, place_authority
from .cues import CUES, speech_verbs
from .text import ACTOR_KINDS, ASIDE_OF_STATE, clause_before, in_quote, quote_spans

_V = vocabulary("reactions.yml")
# A clause boundary. Each word opens with its letter, and `\b` is checked after it (as in
# lexicon.trie): the engine then skips in C to the few characters that can start a match.
_BOUNDARY = re.compile(r"[,;:–]|r(?<!\wr)ằng\b|v(?<!\wv)à\b|t(?<!\wt)rong khi\b|đ(?<!\wđ)ồng thời\b")
_BACKREF_SUBJ = re.compile(
    rf"(?:{alternation(with_capitals(_V['back_reference_subjects']))}"
    r"|(?:Các |các )?(?:thành viên |nước thành viên )?Hội đồng)(?:\s+\S+){0,3}$")
_ACCORDING = re.compile(r"^\s*(?:(?P<lead>[^,;:“”\"]{1,40}),\s*)?" + alternation(_V["according_to"]) + r"\s+(?!" + alternation(_V["not_according"])
                        + r"\b)(?P<who>[^,;:“”\"]{2,140}),")
"""Also after a short lead-in that names no actor: "Ở phía bên kia, theo bản tin của Văn phòng Thủ
tướng Israel, ..." (not "Israel tiếp tục không kích, theo yêu cầu của Mỹ, ...")."""
# "..., khiến 12 người thiệt mạng, theo Bộ Y tế Lebanon.": a source named last, in a sentence
# without a speech verb of its own.
_ACCORDING_END = re.compile(r",\s*" + alternation(_V["according_to"]) + r"\s+(?!" + alternation(_V["not_according"])
                            + r"\b)(?P<who>[^,;:“”\"]{1,139}[^,;:“”\"\s.!?…])[.!?…]*\s*$")
# "Phía Campuchia, người phát ngôn ... cho biết": the side a sentence speaks for.
_TOPIC = re.compile(r"^\s*(?:Về phía|Về phần|Phía|Bên)\s+(?P<who>[^,;:]{2,40}),")
# A speech word used as a noun ("theo đề nghị của", "lời kêu gọi", "một cuộc họp") has no subject.
_FIRST_PERSON = re.compile(r"(?:[Cc]húng tôi|[Cc]húng ta|[Tt]ôi|[Tt]a)(?!\w)")
_JOINERS = re.compile(r"(?<!\w)và(?!\w)|,")
_PLACE_END = re.compile(r"(?:tại|ở|Tại|Ở)\s+(?:thủ đô\s+|thành phố\s+)?\S+(?:\s+\S+){0,2}$")
_NOMINAL = re.compile(r"(?:để|việc|nhằm|được|theo|lời|sự|cuộc|phiên|buổi)\s+$")
_NOMINAL_WORD = re.compile(r"(?<!\w)" + _NOMINAL.pattern)   # a word of its own: not "quân sự"
# "thông qua người phát ngôn X" is "through", not "adopt".
_VIA = re.compile(r"thông qua\s+(?:người phát ngôn|phát ngôn viên|đại diện|kênh|trung gian|[A-ZĐ])")
_REGION_SUBJECT = re.compile(r"\s*(?:" + alternation(with_capitals(_V["region_subject_marks"]))
                             + r"(?:\s+[a-zà-ỹđ]+){0,2}\s+)")
_AUTHORITY = re.compile(r"\s*" + alternation(with_capitals(_V["local_authority_heads"])) + r"(?:\s+[a-zà-ỹđ]+){0,4}\s+")
_RELAYED = re.compile(r"\s*" + alternation(_V["relayed_by"] + _V["aside_leads"]) + r"\s|" + ASIDE_OF_STATE.pattern)
_HONORIFIC_ONLY = re.compile(r"(?:ông|bà|Ông|Bà)")
# A sentence whose subject is a back-reference: "Ông gọi vụ việc là “...”, kêu gọi ...". Not one who
# suffered ("Ông bị thương nặng trong vụ nổ, cho biết ..."), nor a verb used as a noun ("tuyên bố
# của ...") or with its subject after it ("cho biết Bộ Y tế").
_LEAD_BACKREF = re.compile(r"\s*" + alternation([w[:1].upper() + w[1:] for w in _V["back_reference_subjects"]])
                           + r"\s+[a-zà-ỹđ]")
_SUFFERED = re.compile(rf"(?<!\w)(?:bị|{alternation(vocabulary('figures.yml')['kinds'])})(?!\w)")
# In lower case, or capitalised as an outlet's name opening the clause or after "theo" ("theo Đài phát
# thanh quân đội Israel"), not as a title's or an organ's field ("Thư ký báo chí", "Bộ Truyền thông").
_MEDIA = re.compile(rf"(?:(?<!\w){alternation(_V['media_heads'])}|(?:^|(?<=[Tt]heo ))"
                    rf"{alternation([h[:1].upper() + h[1:] for h in _V['media_heads']])})"
                    rf"(?!\s+{alternation(_V['state_media_marks'])}\s)(?:\s+[a-zà-ỹđ]+){{0,2}}\s+$")
_NOUN_OR_INVERTED = re.compile(rf"\s+(?:của\s|{UPPER})")
_ADVERBS = re.compile(r"\s*(?:" + alternation(_V["verb_adverbs"]) + r"\s+)*")


@frozen
class Said:
    """The subject of one speech verb."""

    at: int
    """Offset of the verb in the sentence."""
    key: str | None
    back: bool = False
    """Recovered from a back-reference ("ông", "quan chức này")."""
    quoted: bool = False
    """The verb is inside a quotation; `key` is an actor named there, or None."""
    first_person: bool = False
    """Inside a quotation, "tôi"/"chúng tôi": the one quoted."""
    untracked: bool = False
    """The subject is named but is no actor ("Phía Nagorno-Karabakh trước đó cho biết"): nobody
    the briefing tracks, and not whoever spoke before."""


def subjects(text: str, ms: list[Mention], last_speaker: str | None) -> list[Said]:
    """The subject of every speech verb, in order. Two subjects joined by "và" give two entries
    at the same offset; verbs inside a quotation get the actor named before them there
    ("“Cả Ấn Độ và Trung Quốc đều đã bày tỏ mong muốn ...”") or the quoted speaker ("chúng tôi")."""
    # "Theo Bộ Y tế công cộng Thái Lan, ..." / "Phía Campuchia, ...": who the sentence reports.
    lead = _ACCORDING.match(text)
    if lead and lead.group("lead") and any(m.span.start < lead.end("lead") for m in ms):
        lead = None   # the lead-in has a subject of its own: "theo" there is "following", not "according to"
    lead = lead or _TOPIC.match(text)
    verbs = speech_verbs(text)
    if not lead and not verbs and any(w in text for w in _V["according_to"]):
        lead = _ACCORDING_END.match(text, max(0, text.rfind(",")))   # the source holds no comma: at the last one
    if not lead and not verbs:
        return []   # most sentences: nothing below would find a subject
    actors = [m for m in ms if (m.kind in ACTOR_KINDS or m.kind == "agency") and not m.in_role and not m.as_place]
    masked = text
    # A title's words bound no clause ("Đại diện cấp cao phụ trách chính sách đối ngoại và an ninh của EU
    # Catherine Ashton và Bộ Ngoại giao Đức ra tuyên bố"), nor an apposition after a name.
    titled = [(at, m.span.start) for m in ms if m.kind == "person" and m.role and len(m.role) <= m.span.start
              and (at := text.rfind(m.role, max(0, m.span.start - len(m.role) - 2), m.span.start)) >= 0]
    if titled or any(m.tail for m in ms):
        chars = list(text)
        for m in ms:
            if m.tail:
                end = min(m.tail, len(text))
                if text[end:end + 1] == ",":
                    end += 1
                for i in range(m.span.end, end):
                    chars[i] = " "
        for s0, e0 in titled:
            chars[s0:e0] = " " * (e0 - s0)
        masked = "".join(chars)
    out: list[Said] = []
    if lead:
        s0, e0 = lead.span("who")
        inside = [m for m in ms if s0 <= m.span.start < e0 and m.kind in ACTOR_KINDS and not m.as_place]
        first = next((m for m in inside if m.kind == "person"), None) or \
            next((m for m in reversed(inside) if not m.in_role), None) or (inside[-1] if inside else None)
        if first is None and (state := _local_authority(text, s0, e0, ms)):
            out.append(Said(0, state))   # "Theo chính quyền quân sự tỉnh Kharkiv, ..."
        elif first and _named_by_media(text, first, s0):
            out.append(Said(0, None, untracked=True))   # "theo Đài phát thanh quân đội Israel": its media
        elif first:
            out.append(Said(0, first.key))
    said: str | None = out[0].key if out else None   # the last explicit subject in this sentence

    def who(s0: int, e0: int) -> str | None:
        cands = [m for m in actors if s0 <= m.span.start < e0 and not in_quote(text, m.span.start)]
        # "hãng thông tấn TASS của Nga đưa tin", "Nhóm Minsk thuộc OSCE lên án": the owner
        # named after the head does not speak
        cands = [m for i, m in enumerate(cands) if not (i and _owner_before(text, m.span.start))]
        if cands:
            if _named_by_media(text, cands[-1], s0):
                return "?"   # "Một số kênh truyền hình Israel ... đưa tin": its media, not the state
            return cands[-1].key
        if state := _local_authority(text, s0, e0, ms):
            return state
        if any(s0 <= m.span.start < e0 and m.kind == "place" and not m.as_place
               and _REGION_SUBJECT.fullmatch(text, s0, m.span.start) for m in ms):
            return "?"   # a region speaks ("Phía Kashmir ... cho biết"), no actor
        if _ADVERBS.fullmatch(text, s0, e0):
            # "..., Trung tướng Aroldo Lázaro, bày tỏ": the verb follows the comma that closes
            # its subject's apposition or title (maybe after an adverb: "..., cũng lên án")
            at = s0
            for _ in range(2):
                closing = [m for m in actors if 0 <= at - m.span.end <= 2 and text[m.span.end:at].strip() == ","
                           and not in_quote(text, m.span.start)]
                if not closing:
                    break
                # ... unless it is the object of a verb in its own segment ("điện đàm với ông X, kêu gọi")
                segment = clause_before(text, closing[-1].span.start)
                if _RELAYED.match(segment):
                    # "..., thông qua người phát ngôn Stephane Dujarric, kêu gọi": who it relays,
                    # closing the comma before the aside
                    at = closing[-1].span.start - len(segment)
                    continue
                if CUES.speech.search(segment) or re.search(r"(?:với|cho|và)\s+(?:\S+\s+){0,3}$", segment):
                    break
                opened = closing[-1].span.start - len(segment)
                first = next((m for m in actors if opened <= m.span.start < closing[-1].span.start
                              and not m.in_role and not in_quote(text, m.span.start)), None)
                if first is None:
                    return closing[-1].key
                # ... nor when its segment opens with another actor, who does something to it: "ông
                # Putin chia buồn về cái chết của các quân nhân Thổ Nhĩ Kỳ, nói rằng": Putin says
                lead = text[opened:first.span.start].strip()
                return first.key if not lead or lead == first.role or _HONORIFIC_ONLY.fullmatch(lead) else None
        if _BACKREF_SUBJ.match(text[s0:e0].strip()) or (
                _ADVERBS.fullmatch(text, s0, e0) and _LEAD_BACKREF.match(text)
                and not any(m.span.start < s0 and not in_quote(text, m.span.start) for m in actors)
                and not _SUFFERED.search(text, 0, s0) and not _continues_as_noun(text, e0)):
            # the back-reference, or the one that opens the sentence when the verb continues it
            back = said or last_speaker
            return "~" + back if back else None
        return None

    prev, prev_verb = 0, None
    quoted: list[Said] = []
    for v in verbs:
        if _NOMINAL.search(text[max(0, v.start() - 8):v.start()]) or _VIA.match(text, v.start()):
            continue
        opened = None
        if in_quote(text, v.start()):
            # a quotation that opens on the verb, after its subject, quotes the subject's words
            # (_opened_by), unless a verb before reports them ("Blinken nhấn mạnh Washington “quan ngại”")
            opened = None if out else _opened_by(text, v.start())
            if opened is None:
                quoted.append(_quoted(text, v.start(), actors))
                continue
        end = v.start() if opened is None else opened
        window = masked[prev:end]
        bounds = [b for b in _BOUNDARY.finditer(window) if not in_quote(text, prev + b.start())]
        w0 = prev + (bounds[-1].end() if bounds else 0)
        if prev_verb and CUES.requests.fullmatch(prev_verb) and (not bounds or _only_names(window, prev, actors)):
            # "đề nghị Hội đồng Bảo an triệu tập", "kêu gọi Nga và Thổ Nhĩ Kỳ đối thoại": the ones
            # asked have not acted
            subject = None
        else:
            subject = who(w0, end)
        if opened is not None and (subject[0] in "?~" if subject else not any(
                m.span.start < opened and m.kind != "agency" and not in_quote(text, m.span.start) for m in actors)):
            quoted.append(_quoted(text, v.start(), actors))
            continue
        out.append(_said(v.start(), subject))
        # "ông và Phó Tổng thống JD Vance đã trao đổi": both speak
        if subject and bounds and bounds[-1].group(0) == "và":
            s1 = prev + (bounds[-2].end() if len(bounds) > 1 else 0)
            agent = list(re.finditer(r"(?<!\w)do\s+", text[s1:prev + bounds[-1].start()]))
            if agent:   # "cuộc đàm phán do Qatar và Thổ Nhĩ Kỳ làm trung gian"
                s1 += agent[-1].end()
            first = masked[s1:prev + bounds[-1].start()].strip()
            co = who(s1, prev + bounds[-1].start()) if len(first.split()) <= 6 else None
            if co and co.lstrip("~") != subject.lstrip("~"):
                out.append(_said(v.start(), co))
                # "Mỹ, Pháp và Anh đều lên án": each name before them in a list of names speaks too
                k = len(bounds) - 2
                while co and k >= 0 and bounds[k].group(0) == ",":
                    s2, e2 = prev + (bounds[k - 1].end() if k else 0), prev + bounds[k].start()
                    if k and _PLACE_END.search(text, prev + (bounds[k - 2].end() if k > 1 else 0), prev + bounds[k - 1].start()):
                        break   # "Tại Doha, Qatar, Ai Cập và Mỹ": the country of the place before it
                    co = who(s2, e2) if _only_names(text[s2:e2], s2, actors) else None
                    if co and co.lstrip("~") not in {x.key for x in out}:
                        out.append(_said(v.start(), co))
                    k -= 1
        elif subject and len(bounds) > 1 and bounds[-1].group(0) == "," and out and out[-1].key == subject:
            # "đại sứ ... của Mỹ, Anh, Australia, Liên minh châu Âu (EU) ... ra tuyên bố chung lên án": the
            # names listed after "của", commas alone between them, up to the subject's clause, speak with it
            k, listed = len(bounds) - 1, []
            while k >= 1 and bounds[k].group(0) == ",":
                s2, e2 = prev + bounds[k - 1].end(), prev + bounds[k].start()
                if _only_names(text[s2:e2], s2, actors):
                    listed.append(who(s2, e2))
                    k -= 1
                    continue
                of = list(_OF_LIST.finditer(text, s2, e2))
                if of and _only_names(text[of[-1].end():e2], of[-1].end(), actors):
                    listed.append(who(of[-1].end(), e2))
                    if len(listed) >= 2 and all(co and co[0] not in "~?" for co in listed):
                        out.extend(_said(v.start(), co) for co in reversed(listed) if co != subject)
                break
        if subject and not subject.startswith("~"):
            said = subject
        prev, prev_verb = v.end(), v.group(0)
    if out and not any(x.key or x.untracked for x in out):
        # Vietnamese is subject-first: when no clause names a subject ("Tổng thư ký Guterres,
        # thông qua người phát ngôn ..., ngày 13.7 bày tỏ"; "các đồng chủ tịch Nhóm Minsk, đại
        # diện cho Nga, Mỹ và Pháp, ra tuyên bố"), the first actor before the first verb speaks.
        before = [m for m in actors if m.span.start < out[0].at and not in_quote(text, m.span.start)
                  and m.kind != "agency"]
        if before:
            first = before[0]
            # the state or body in the first one's title is his: "Tổng thư ký Liên Hợp Quốc Ban
            # Ki-moon, một người Hàn Quốc, ngày 20/5 thông qua người phát ngôn cho biết"
            holder = next((m for m in before[1:3] if m.kind == "person" and m.affiliation == first.key
                           and m.role and text[first.span.end:m.span.start].strip() in m.role), None)
            out[0] = Said(out[0].at, (holder or first).key)
            # ... and the one "và" joins to it ("Nga và Trung Quốc, hai nước ..., đã lên tiếng ủng hộ")
            if holder is None and len(before) > 1 and text[first.span.end:before[1].span.start] == " và " \
                    and before[1].key != first.key:
                out.append(Said(out[0].at, before[1].key))
    return sorted(out + quoted, key=lambda x: x.at)


_OF_LIST = re.compile(r"(?<!\w)của\s")


def _local_authority(text: str, s0: int, e0: int, ms: list[Mention]) -> str | None:
    """The power whose local authorities the words from `s0` name ("chính quyền quân sự tỉnh Kharkiv":
    Ukraine's; "Giới chức Sukhumi": Abkhazia's); none for a place of no one state ("Giới chức y tế
    Kashmir") or a breakaway region named as such, which is an actor of its own."""
    gaz = gazetteer()
    for m in ms:
        if s0 <= m.span.start < e0 and m.kind == "place" and _AUTHORITY.fullmatch(text, s0, m.span.start):
            entry = gaz.get(m.key)
            return place_authority(entry, gaz) if entry is not None and not entry.polity else None
    return None


def _named_by_media(text: str, m: Mention, s0: int) -> bool:
    """The state or group `m` is named after its media, who speak, not it ("Một số kênh truyền hình
    Israel ... đưa tin"); a person named so holds a title ("Thư ký báo chí Peskov")."""
    return m.kind != "person" and _MEDIA.search(text, max(s0, m.span.start - 40), m.span.start) is not None


def _continues_as_noun(text: str, at: int) -> bool:
    """The speech verb at `at` is a noun ("tuyên bố của chính quyền") or has its subject after it
    ("cho biết Bộ Y tế", "cho biết nhân chứng."); a request names whom it asks ("kêu gọi Nga")."""
    verb = CUES.speech.match(text, at)
    if verb is None or CUES.requests.fullmatch(verb.group(0)):
        return False
    # "..., cho biết nhân chứng.": a few words that end the sentence are its subject
    return _NOUN_OR_INVERTED.match(text, verb.end()) is not None or len(text[verb.end():].split()) <= 3


def _only_names(window: str, offset: int, actors: list[Mention]) -> bool:
    """The window (text from `offset`) holds nothing but actors' names joined by "và" or commas."""
    chars = list(window)
    for m in actors:
        start = m.span.start - offset
        if m.role and window[max(start - len(m.role) - 1, 0):start] == m.role + " ":
            start -= len(m.role) + 1   # "Tổng thống Mỹ Joe Biden": the title is part of the name here
        for i in range(max(start, 0), min(m.span.end - offset, len(chars))):
            chars[i] = " "
    return not _JOINERS.sub(" ", "".join(chars)).strip() and any(
        offset <= m.span.start < offset + len(window) for m in actors)


def _owner_before(text: str, pos: int) -> bool:
    """`re.search(r"(?:của|thuộc)\\s+$", text[:pos])`, without scanning the whole prefix."""
    before = text[:pos]
    head = before.rstrip()
    return len(head) < len(before) and head.endswith(("của", "thuộc"))


def _said(at: int, key: str | None) -> Said:
    if key == "?":
        return Said(at, None, untracked=True)
    if key and key.startswith("~"):
        return Said(at, key[1:], back=True)
    return Said(at, key)


def _opened_by(text: str, at: int) -> int | None:
    """Where the quotation opens if the verb at `at` is its first word ('Guterres, qua người phát
    ngôn Dujarric, “lên án bằng những lời lẽ mạnh mẽ nhất”': the subject's own words, quoted), else
    None; not a noun quoted ("bất chấp sự “lên án” của Mỹ")."""
    spans = quote_spans(text)
    start = spans[bisect.bisect_left(spans, (at, -1)) - 1][0]
    if text[start + 1:at].strip() or _NOMINAL_WORD.search(text, max(0, start - 8), start):
        return None
    return start


def _quoted(text: str, at: int, actors: list[Mention]) -> Said:
    """The subject of a verb inside a quotation: an actor named before it in its clause there,
    or the quoted speaker ("tôi", "chúng tôi")."""
    spans = quote_spans(text)
    start = spans[bisect.bisect_left(spans, (at, -1)) - 1][0] + 1
    clause = start + max((b.end() for b in _BOUNDARY.finditer(text[start:at])), default=0)
    if _FIRST_PERSON.match(text[clause:at].strip()):
        return Said(at, None, quoted=True, first_person=True)
    cands = [m for m in actors if clause <= m.span.start < at]
    return Said(at, cands[-1].key if cands else None, quoted=True)


# "..., sau nhiều ngày tấn công mà theo Liên Hợp Quốc đã khiến hơn 100 người thiệt mạng", "..., theo
# ước tính của IOM, ...": a source named inside a sentence (not "dọc theo", "theo yêu cầu của").
_WITHIN_WORDS = tuple(w for w in _V["according_to"] if w.islower())
_WITHIN_ACCORDING = re.compile(
    "".join(rf"(?<!{re.escape(w)} )" for w in with_capitals(_V["not_according_after"]))
    + rf"(?<=[\s,]){alternation(_WITHIN_WORDS)}\s+"
    + rf"(?!{alternation(_V['not_according'])}(?!\w))"
    + rf"(?:{alternation(_V['source_documents'])}\s+(?:{alternation(_V['source_document_qualifiers'])}\s+)?"
    + rf"(?:{alternation(_V['source_document_marks'])}\s+)?)?")


def sources_within(text: str, ms: list[Mention]) -> list[tuple[int, int, str]]:
    """The actors a sentence cites after its first word ("mà theo Liên Hợp Quốc đã khiến ..."): where
    the citation starts, where the source's name ends, and the source."""
    if not any(w in text for w in _WITHIN_WORDS):
        return []
    starts = {m.span.start: m for m in ms if (m.kind in ACTOR_KINDS or m.kind == "agency") and not m.as_place}
    return [(w.start(), starts[w.end()].span.end, starts[w.end()].key) for w in _WITHIN_ACCORDING.finditer(text)
            if w.end() in starts and not in_quote(text, w.start())]


def agency(text: str, ms: list[Mention], gaz: Gazetteer) -> Mention | None:
    """A news agency the sentence cites ("Theo AP,", ", theo Reuters.")."""
    for m in ms:
        if m.kind != "agency":
            continue
        before = text[max(0, m.span.start - 12):m.span.start]
        if re.search(r"(?:[Tt]heo|với|hãng|Hãng|Đài|đài)\s+(?:hãng\s+|Đài\s+)?$", before):
            return m
    return None
