"""Cue phrases from the vocabulary files, compiled once into matchers."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lexicon import WORD, alternation, vocabulary, with_capitals
from .actors import UPPER


def phrase_matcher(words, scans_sentences: bool = False) -> re.Pattern:
    """Whole-word, case-sensitive match of any of the phrases (longest first).

    `scans_sentences`: the matcher is searched through every sentence, so the word boundary
    before a phrase is checked after its first letter where that lets the engine skip ahead
    (lexicon.trie's not_after). Each such check compiles a class of the Vietnamese letters,
    some 3 million instructions in every process; a matcher asked only about the sentences
    that hold a cue would not repay it."""
    if scans_sentences:
        return re.compile(rf"{alternation(words, not_after=WORD)}(?!{WORD})")
    return re.compile(rf"(?<!{WORD}){alternation(words)}(?!{WORD})")


try:   # CPython 3.11+: the letters re.I takes as one though lower() keeps them apart
    from re._casefix import _EXTRA_CASES
except ImportError:   # pragma: no cover - another Python: no pattern is prefiltered
    _EXTRA_CASES = None

UNFOLDED = None if _EXTRA_CASES is None else re.compile("[" + re.escape("".join(sorted(
    {chr(c) for k, v in _EXTRA_CASES.items() for c in (k, *v) if c > 0x7F} | {"İ", "Σ"}))) + "]")
"""Where a text holds one of these, `word in text.lower()` is no test of a case-insensitive
match of `word`: re.I equates them with letters that lower() maps elsewhere ("ı" matches "i",
"ſ" matches "s"), or lower() gives more than one letter ("İ") or decides by the neighbours
("Σ"). The ASCII letters of re's table ("i", "s") are left out: where a word holds their
counterpart, it is not prefiltered at all."""


def _top_level_bar(pattern: str) -> bool:
    """Whether the regex has a "|" outside every group and character class."""
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":   # skip the class: "]" right after "[" or "[^" is a literal
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth <= 0:
            return True
        i += 1
    return False


def _leading_words(pattern: str) -> tuple[str, ...]:
    """The literal words a regex can open with ("chấm dứt (?:...)" -> ("chấm",); "(?:họ|hai
    bên) ..." -> ("họ", "hai")), or () when it can open otherwise.

    The stance patterns match case-insensitively and open with a look-behind, so the regex
    engine would try them at every position of every sentence; they are tried only where one of
    the words stands in the lower-cased sentence (`UNFOLDED` says where that test is void)."""
    if UNFOLDED is None or _top_level_bar(pattern):
        return ()
    group = re.match(r"\(\?:([^()\[\]]+)\) ", pattern)
    words = []
    for branch in group.group(1).split("|") if group else [pattern]:
        m = re.match(r"[^\W\d_]+(?= |$)", branch)
        if not m or UNFOLDED.search(m.group(0)):
            return ()
        words.append(m.group(0).lower())
    return tuple(dict.fromkeys(words))


@dataclass(frozen=True)
class Cues:
    assault: re.Pattern
    assault_modes: dict
    agree: re.Pattern
    agree_done: re.Pattern
    calls: re.Pattern
    speech: re.Pattern
    stances: re.Pattern
    stance_of: dict
    dialogue_needs: re.Pattern
    call_needs: re.Pattern
    support_needs: re.Pattern
    background: re.Pattern
    current: re.Pattern
    meeting_words: re.Pattern
    stance_patterns: tuple[tuple[re.Pattern, str, bool, tuple[str, ...], re.Pattern | None], ...]
    """(pattern, stance, standalone, needs, requires): a standalone pattern needs no call verb beside
    it; every match starts with one of `needs`, lower-cased words (() when the pattern opens
    otherwise), and holds a match of `requires` (lower-case words; None for no such words): a
    lower-cased sentence without one is not searched."""
    stance_requires: re.Pattern | None
    """Any word some stance pattern requires: a sentence without one skips all of those patterns."""
    stance_by_required: dict[str, tuple[int, ...]]
    """Each word of some stance pattern's `requires` -> the indices of the patterns that require it. A
    literal alternation matches where one of its words stands, so `requires.search(lower)` is `any(w
    in lower ...)`: a sentence that holds some required word learns which with a substring test each,
    and which patterns to try by looking them up, not with a regex search per pattern (an
    alternation opening with many letters is tried at every position) nor a test per pattern."""
    stance_unconditional: tuple[int, ...]
    """The indices of the stance patterns that require no word: tried on every sentence."""
    talk: re.Pattern
    meeting_means: re.Pattern
    welcome: re.Pattern
    support_objects: re.Pattern
    requests: re.Pattern


def _calls_it(rx) -> str:
    """A verb that says what something is ("gọi vụ tấn công là “một tội ác chiến tranh”"): the verb, a
    few words and "là"; not a request ("kêu gọi") nor a name ("được gọi là")."""
    verb = rx["calls_it"]["verb"]
    not_after = "".join(rf"(?<!{re.escape(w)} {verb[0]})" for w in rx["calls_it"]["not_after"])
    not_before = alternation(rx["calls_it"]["not_before"])
    return (rf"{verb[0]}(?<!{WORD}{verb[0]}){not_after}{verb[1:]}(?!\s+{not_before}\s)"
            rf"(?=(?:\s+[^\s,.;:!?“”\"]+){{1,5}}\s+là\s)")


def told(rx) -> str:
    """"cho hãng tin Reuters biết": the speech verb "cho biết" around whom it tells."""
    # the boundary checked after the first letter, as phrase_matcher does: a pattern that opens with a
    # look-behind would keep the engine from skipping ahead to the letters the speech verbs open with
    name = rf"(?:\s+{UPPER}[^\s,.;:!?“”\"]*){{1,4}}"
    return (rf"c(?<!{WORD}c)ho(?:\s+(?:{alternation(rx['told_addressees'])})){{0,2}}(?:{name})?"
            rf"(?:\s+(?:{alternation(rx['told_links'])}){name})?\s+biết(?!{WORD})(?!\s+tay(?!{WORD}))")


def load_cues() -> Cues:
    ev, rx, bg = vocabulary("events.yml"), vocabulary("reactions.yml"), vocabulary("background.yml")
    required = tuple(frozenset(w.lower() for w in p.get("requires") or ()) for p in rx["stance_patterns"])
    assault = dict(ev["assault"])
    stance_of = dict(rx["stances"])
    # Cues are matched case-sensitively; a capitalised variant covers sentence starts.
    for table in (assault, stance_of):
        for k in list(table):
            table.setdefault(k[:1].upper() + k[1:], table[k])
    agree = with_capitals(ev["agree"])
    return Cues(
        assault=phrase_matcher(assault, scans_sentences=True), assault_modes=assault,
        agree=phrase_matcher(agree, scans_sentences=True), agree_done=phrase_matcher(ev["agree_done"]),
        calls=phrase_matcher(ev["calls"]),
        speech=re.compile(phrase_matcher(rx["speech_verbs"], scans_sentences=True).pattern + "|" + _calls_it(rx)
                          + "|" + told(rx)),
        stances=phrase_matcher(stance_of, scans_sentences=True), stance_of=stance_of,
        dialogue_needs=phrase_matcher(rx["dialogue_needs"]), call_needs=phrase_matcher(rx["call_needs"]), support_needs=phrase_matcher(rx["support_needs"]),
        background=phrase_matcher(bg["cues"], scans_sentences=True),
        current=phrase_matcher(bg["current"], scans_sentences=True),
        meeting_words=phrase_matcher([k for k, v in stance_of.items() if v == "meeting"]),
        stance_patterns=tuple((re.compile(rf"(?<!{WORD})(?:{p['pattern'].replace('{UPPER}', UPPER)})", re.I), p["stance"],
                               bool(p.get("standalone")),
                               _leading_words(p["pattern"]),
                               re.compile(alternation(w.lower() for w in p["requires"])) if p.get("requires") else None)
                              for p in rx["stance_patterns"]),
        stance_requires=re.compile(alternation(w.lower() for p in rx["stance_patterns"] for w in p.get("requires", ())))
        if any(p.get("requires") for p in rx["stance_patterns"]) else None,
        stance_by_required={w: tuple(i for i, words in enumerate(required) if w in words)
                            for w in dict.fromkeys(w for words in required for w in sorted(words))},
        stance_unconditional=tuple(i for i, words in enumerate(required) if not words),
        talk=phrase_matcher(rx["talk"], scans_sentences=True),
        meeting_means=re.compile(alternation(rx["meeting_means"]) + r"\s+(?:\S+\s+){0,3}$"),
        welcome=phrase_matcher(with_capitals(rx["welcome"])),
        requests=phrase_matcher(rx["requests"]),
        support_objects=re.compile(r"\s+(?:một\s+|các\s+|mọi\s+)?" + alternation(rx["support_objects"]) + rf"(?!{WORD})"),
    )


CUES = load_cues()


# The sentence-level extractors each ask for a sentence's speech verbs and assault cues (the
# subjects, the dating of events, the sentence loop): the scans are pure functions of the
# sentence, made once and cached, as text.quote_spans is.
@functools.lru_cache(maxsize=64)
def speech_verbs(text: str) -> tuple[re.Match, ...]:
    """Every match of CUES.speech in the sentence, in order (the first is `CUES.speech.search`'s)."""
    return tuple(CUES.speech.finditer(text))


@functools.lru_cache(maxsize=64)
def assault_cues(text: str) -> tuple[re.Match, ...]:
    """Every match of CUES.assault in the sentence, in order (the first is `CUES.assault.search`'s)."""
    return tuple(CUES.assault.finditer(text))
