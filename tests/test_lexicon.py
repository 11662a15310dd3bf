"""The trie-built alternation matches exactly what a longest-first alternation matches, also
when it must not follow a word character."""
from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.lexicon import GUARDED_FIRSTS, WORD, gazetteer, trie

_LETTERS = "aáàbcđ ươ"
words = st.lists(st.text(_LETTERS, min_size=1, max_size=6), min_size=1, max_size=12)
# Enough distinct first characters for either form of the `not_after` check.
many_words = st.lists(st.text(_LETTERS + "defghiklmnopqrstuvxy", min_size=1, max_size=4), min_size=1, max_size=40)


def _plain(ws) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(ws), key=lambda w: (-len(w), w))) + ")"


@settings(max_examples=300, deadline=None)
@given(words, st.text(_LETTERS, max_size=60))
def test_trie_finds_the_same_matches_as_a_longest_first_alternation(ws, text):
    for tail in ("", r"(?![aáàbcđươ])", r"\s"):
        expected = [m.span() for m in re.finditer(_plain(ws) + tail, text)]
        assert [m.span() for m in re.finditer(trie(ws) + tail, text)] == expected


@settings(max_examples=300, deadline=None)
@given(st.one_of(words, many_words, words.map(lambda ws: ws + [""])), st.text(_LETTERS + "-dhkAĐ_7", max_size=60))
def test_a_trie_that_must_not_follow_a_letter_matches_what_the_look_behind_before_it_matches(ws, text):
    for not_after in (r"[aáàbcđươ]", r"\w", r"[a-]"):
        for tail in ("", r"(?![aáàbcđươ])"):
            expected = [m.span() for m in re.finditer(f"(?<!{not_after})" + _plain(ws) + tail, text)]
            assert [m.span() for m in re.finditer(trie(ws, not_after=not_after) + tail, text)] == expected


def test_few_first_characters_are_each_guarded_and_many_share_one_look_behind_in_front():
    few, many = ["và", "rằng"], [chr(c) + "x" for c in range(ord("a"), ord("a") + GUARDED_FIRSTS + 1)]
    assert not trie(few, not_after="[a]").startswith("(?<!") and "(?<![a]v)" in trie(few, not_after="[a]")
    assert trie(many, not_after="[a]").startswith("(?<![a])(?:")


def test_every_vietnamese_letter_is_a_word_character_and_a_name_inside_a_word_is_not_a_name():
    # Every pattern's word boundary is \w alone (lexicon.WORD, and \w written inline elsewhere): it must hold
    # every letter with every tone.
    tones = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    letters = [unicodedata.normalize("NFC", c + t) for c in "aăâeêioôơuưy" for t in tones] + list("bcdđghklmnpqrstvx")
    letters += [c.upper() for c in letters]
    assert len(set(letters)) == 2 * (12 * 6 + 17)
    assert [c for c in letters if not re.fullmatch(WORD, c)] == []
    gaz = gazetteer()
    assert [m.group(0) for m in gaz.pattern.finditer("ẤnNga, ỹNga, Ngaơ, Đức, Nga")] == ["Đức", "Nga"]


def test_gazetteer_prefers_the_longest_name_that_ends_at_a_word_boundary():
    gaz = gazetteer()
    text = "Nam Phi và Nam Sudan, Hàn Quốc, Triều Tiên, Liên hợp quốc."
    found = [m.group(0) for m in gaz.pattern.finditer(text)]
    assert "Nam Phi" in found and "Nam Sudan" in found and "Nam" not in found
    # a state of a federation named as another state is: "bang Niger" is Nigeria's, not the Republic of Niger
    kinds = {m.group(0): gaz.entries[gaz.surfaces[m.group(0)]] for m in gaz.pattern.finditer(
        "Trường học ở thị trấn Kagara, bang Niger, miền Trung Nigeria; Tổng thống Niger")}
    assert (kinds["bang Niger"].kind, kinds["bang Niger"].parent) == ("place", "nigeria")
    assert kinds["Niger"].kind == "country"


def test_every_vocabulary_key_is_read_by_the_generator():
    """An editor who changes a vocabulary expects an effect: no key of generator/data/*.yml is dead."""
    import re
    from pathlib import Path
    root = Path(__file__).resolve().parents[1] / "generator"
    code = "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.py")))
    code += "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.j2")))
    dead = [f"{y.name}: {k}" for y in sorted((root / "data").glob("*.yml"))
            for k in re.findall(r"^([a-z_]+):", y.read_text(encoding="utf-8"), re.M)
            if not re.search(rf"""["'.]{k}\b""", code)]
    assert not dead, dead


def test_every_known_person_belongs_to_a_gazetteer_entry_under_full_names_only_one_each():
    """people.yml: each `of` is an id the gazetteer lists; every name and alias has two words or more
    (a surname alone is ambiguous); no spelling, folded as the merge folds it, names two people."""
    from generator.extract.actors import slug
    from generator.lexicon import load_yaml
    gaz = gazetteer()
    seen: dict[str, str] = {}
    for rec in load_yaml("gazetteer/people.yml"):
        assert gaz.get(rec["of"]) is not None, rec
        for name in (rec["name"], *(rec.get("aliases") or ())):
            assert len(name.split()) >= 2, name
            assert seen.setdefault(slug(name), rec["name"]) == rec["name"], (name, seen[slug(name)])


def test_no_name_of_the_gazetteer_belongs_to_two_entries():
    """A surface (name, alias or metonym) names one entry in all the entity files, ignoring case."""
    from generator.lexicon import load_yaml
    seen: dict[str, str] = {}
    clashes = []
    for fname in ("countries.yml", "organizations.yml", "groups.yml", "agencies.yml", "places.yml"):
        for rec in load_yaml(f"gazetteer/{fname}"):
            for name in (rec["name"], *(rec.get("aliases") or ()), *(rec.get("metonyms") or ())):
                if seen.setdefault(name.lower(), rec["id"]) != rec["id"]:
                    clashes.append((name, seen[name.lower()], rec["id"]))
    assert not clashes, clashes


def test_no_place_of_one_word_is_a_word_of_a_known_persons_name():
    """A place's name would break the name of a person it is part of ("Ararat Mirzoyan"): places.yml
    leaves such names out, but for Kobani, a town the news names far more often than the commander
    Mazloum Kobani (and a place after a name word is read as a surname anyway)."""
    from generator.lexicon import load_yaml
    words = {w for rec in load_yaml("gazetteer/people.yml") for name in (rec["name"], *(rec.get("aliases") or ()))
             for w in name.split()}
    clashes = sorted(s for rec in load_yaml("gazetteer/places.yml") for s in (rec["name"], *(rec.get("aliases") or ()))
                     if " " not in s and s in words)
    assert clashes == ["Kobani"]


def test_every_vocabulary_is_written_with_the_tone_placement_articles_are_read_with():
    """Articles are read with "hòa", not "hoà" (orthography.py): a word spelt the other way in a
    vocabulary could never match."""
    from pathlib import Path

    from generator.orthography import traditional_tones
    data = Path(__file__).resolve().parents[1] / "generator" / "data"
    misspelt = [f"{p.relative_to(data)}:{i}" for p in sorted(data.rglob("*")) if p.is_file() and p.name != "orthography.yml"
                for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if traditional_tones(line) != line]
    assert not misspelt, misspelt


def test_people_read_without_the_yaml_loader_are_the_same_data_and_other_shapes_go_to_it():
    from generator.lexicon import DATA, load_yaml, read_people
    assert read_people((DATA / "gazetteer" / "people.yml").read_text(encoding="utf-8")) == load_yaml("gazetteer/people.yml")
    # an entry an editor wrote otherwise (single quotes, an escape, a list on its own lines) is the YAML loader's
    for other in ("- name: 'Osama bin Laden'\n  of: \"al-qaeda\"\n", '- name: "A\\u00e9"\n  of: "x"\n',
                  '- name: "A"\n  aliases:\n    - "B"\n  of: "x"\n', '  of: "x"\n'):
        assert read_people(other) is None, other
    assert read_people('# people\n\n- name: "A B"\n  aliases: ["C D"]\n  of: "x"\n') == [
        {"name": "A B", "aliases": ["C D"], "of": "x"}]
