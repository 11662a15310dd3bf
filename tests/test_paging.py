"""Listing pages stay bounded: generator/paging.py on its own, then the pages rendered from a synthesised corpus."""
from __future__ import annotations

import posixpath
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.synth import synthesise
from generator import build, paging, pipeline, render
from generator.paging import paginate

SECTIONS = {"dien-bien": "incidents", "phan-ung": "reactions", "boi-canh": "background",
            "doi-tuong/loai": "actors", "nguon/thang": "sources"}
# What one listed item looks like on each kind of listing page.
ITEM = {"incidents": re.compile(r"(?m)^## .* \{: #[^ ]+ \}$"), "reactions": re.compile(r"(?m)^### .* \{: #[^ ]+ \}$"),
        "background": re.compile(r"(?m)^- \*\*"), "actors": re.compile(r"(?m)^- \[.*\]\(\.\./[^/]+\.md\)"),
        "sources": re.compile(r"(?m)^\| \d+ \| \[")}
LINK = re.compile(r"\]\(([^)\s]+)")


def items(n: int, key=lambda k: (f"{2020 + k % 3}", f"{2020 + k % 3}-{k % 2 + 1:02d}")):
    return [(*key(k), f"i{k}", k) for k in range(n)]


_PART = st.sampled_from(["a", "b", "nguon", "x.md", "2023-06.md", ".", "..", ""])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PART, min_size=1, max_size=4), st.lists(_PART, max_size=3))
def test_a_relative_link_is_what_posixpath_relpath_gives(to, here):
    path, folder = "/".join(to), "/".join(here)
    if not path:
        return
    assert render._relpath(path, folder) == posixpath.relpath(path, folder or ".")


def test_a_listing_that_fits_stays_on_its_top_page():
    listing = paginate("top.md", "top", items(5), "none", limit=5)
    assert listing.parts == () and set(listing.where.values()) == {"top.md"}


def test_a_long_listing_goes_by_year_when_a_year_fits_and_by_month_when_not():
    # 2020: 4 items (fits), 2021: 3, 2022: 3 -> one part a year with a limit of 4; by month with 2
    assert [p.path for p in paginate("t.md", "t", items(10), "x", limit=4).parts] == ["t/2020.md", "t/2021.md",
                                                                                      "t/2022.md"]
    by_month = paginate("t.md", "t", items(10), "x", limit=2)
    assert [p.path for p in by_month.parts] == ["t/2020-01.md", "t/2020-02.md", "t/2021-01.md", "t/2021-02.md",
                                                "t/2022-01.md", "t/2022-02.md"]
    assert all(len(p.items) <= 2 for p in by_month.parts)
    assert by_month.where["i3"] == "t/2020-02.md"


def test_a_key_with_more_items_than_a_page_takes_numbered_parts_and_undated_items_come_last():
    keyed = [("2021", "2021-05", f"a{k}", k) for k in range(7)] + [("", "", "u", "u")]
    listing = paginate("t.md", "t", keyed, "chua-ro-ngay", limit=3)
    assert [(p.path, len(p.items), p.number, p.of) for p in listing.parts] == [
        ("t/2021-05.md", 3, 1, 3), ("t/2021-05-2.md", 3, 2, 3), ("t/2021-05-3.md", 1, 3, 3),
        ("t/chua-ro-ngay.md", 1, 1, 1)]
    assert listing.neighbours(listing.parts[1]) == (listing.parts[0], listing.parts[2])
    assert [p.number for p in listing.siblings(listing.parts[2])] == [1, 2, 3]


def test_a_heavy_item_takes_the_room_of_several_and_one_heavier_than_a_page_has_a_part_to_itself():
    keyed = [("2021", "2021-05", f"a{k}", w) for k, w in enumerate([1, 1, 3, 9, 1, 1])]
    listing = paginate("t.md", "t", keyed, "x", limit=4, weight=lambda w: w)
    assert [p.items for p in listing.parts] == [(1, 1), (3,), (9,), (1, 1)]
    assert all(sum(p.items) <= 4 for p in listing.parts if len(p.items) > 1)
    # Light enough altogether: one page, whatever the number of items.
    assert paginate("t.md", "t", keyed[:2], "x", limit=4, weight=lambda w: w).parts == ()


def test_the_overview_keeps_the_most_recent_items_in_their_order():
    import datetime as dt
    days = [dt.date(2022, 1, d) for d in (5, 1, 9, 3)] + [None]
    assert paging.recent(days, lambda d: d, limit=2) == [dt.date(2022, 1, 5), dt.date(2022, 1, 9)]
    assert paging.recent(days, lambda d: d, limit=9) == days


# ---------------------------------------------------------------- a synthesised corpus

def _briefing(tmp_path_factory, n: int):
    out = tmp_path_factory.mktemp(f"corpus{n}")
    synthesise(n, out, 7)
    settings = pipeline.Settings(seeds=out / "seeds", overrides=out / "seeds" / "overrides", docs=out / "docs")
    return build.build_briefing(settings)[0]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return _briefing(tmp_path_factory, 30)


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    return _briefing(tmp_path_factory, 120)


LIMITS = {"incidents": 3, "reactions": 10, "background": 8, "actors": 8, "sources": 8}
"""Small bounds, so that a corpus that the test suite can afford is split into many parts."""


def _render(briefing, monkeypatch, limits=LIMITS):
    monkeypatch.setattr(paging, "PAGE_ITEMS", limits)
    monkeypatch.setattr(paging, "OVERVIEW_ITEMS", 3)
    return render.render(briefing)


def _listing_pages(pages):
    for path, text in pages.items():
        for folder, section in SECTIONS.items():
            if path.startswith(folder + "/") and path.count("/") == folder.count("/") + 1:
                yield path, section, text


def test_no_listing_page_holds_more_items_than_its_bound_and_every_item_is_listed(large, monkeypatch):
    pages = _render(large, monkeypatch)
    counts = dict.fromkeys(LIMITS, 0)
    for path, section, text in _listing_pages(pages):
        n = len(ITEM[section].findall(text))
        assert 0 < n <= LIMITS[section], (path, n)
        counts[section] += n
    assert counts == {"incidents": len(large.incidents), "reactions": len(large.reactions),
                      "background": len(large.background), "actors": len(large.actors),
                      "sources": len(large.articles)}
    for top in ("dien-bien.md", "phan-ung.md", "boi-canh.md", "doi-tuong/index.md", "nguon/index.md"):
        assert not ITEM["incidents"].search(pages[top]) and not ITEM["reactions"].search(pages[top]), top


def test_listing_and_overview_pages_do_not_grow_with_the_corpus(small, large, monkeypatch):
    def largest(briefing):
        pages = _render(briefing, monkeypatch)
        listed = [(len(text.encode()), path) for path, _, text in _listing_pages(pages)]
        tops = [(len(pages[p].encode()), p) for p in ("index.md", "dien-bien.md", "phan-ung.md", "boi-canh.md",
                                                      "doi-tuong/index.md", "nguon/index.md")]
        return max(listed), max(tops), len(listed)
    (small_part, small_top, small_n), (large_part, large_top, large_n) = largest(small), largest(large)
    assert large_n > 2 * small_n  # four times the articles: more pages ...
    assert large_part[0] < 1.5 * small_part[0], (small_part, large_part)  # ... not larger ones
    assert large_top[0] < 1.5 * small_top[0], (small_top, large_top)


def test_every_link_to_an_incident_or_reaction_lands_on_the_page_that_lists_it(large, monkeypatch):
    pages = _render(large, monkeypatch)
    anchors = {path: set(re.findall(r"\{: #([^ ]+) \}", text)) for path, text in pages.items() if path.endswith(".md")}
    ids = {i.id for i in large.incidents} | {r.id for r in large.reactions}
    checked = 0
    for path, text in pages.items():
        if not path.endswith(".md"):
            continue
        for href in LINK.findall(text):
            if "://" in href:
                continue
            target, _, fragment = href.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target)) if target else path
            assert resolved in pages, (path, href)
            if fragment in ids:
                assert fragment in anchors[resolved], (path, href)
                checked += 1
    assert checked > len(ids)


def test_the_five_seeds_keep_each_listing_on_one_page(tmp_path):
    settings = pipeline.Settings(docs=tmp_path / "docs")
    pages = render.render(build.build_briefing(settings)[0])
    assert not [p for p, _, _ in _listing_pages(pages)]
    assert "{: #2022-09-12-armenia-azerbaijan }" in pages["dien-bien.md"]


def test_top_keeps_the_highest_ranked_items_in_their_order_and_a_tie_goes_to_the_later_one():
    assert paging.top([3, 9, 1, 9, 5], lambda x: x, 3) == [9, 9, 5]
    assert paging.top(["b", "a", "c"], lambda x: 0, 2) == ["a", "c"]
    assert paging.top([1, 2], lambda x: x, 5) == [1, 2]


# ---------------------------------------------------------------- actor pages

ACTOR_ITEMS = 4
"""A small bound, so that the hub actors of a corpus the suite can afford have long lists cut."""
ACTOR_SECTIONS = {"Người và cơ quan thuộc": "members", "Sự kiện liên quan": "incidents", "Phản ứng": "reactions",
                  "Được nhắc đến trong": "mentions"}
NOTE = re.compile(r"^(\d[\d.]*) .* và (\d[\d.]*) .* khác \(tổng số (\d[\d.]*)\): xem mục \[[^\]]+\]\(([^)]+)\)\.$")


def _actor_pages(briefing, monkeypatch):
    monkeypatch.setattr(paging, "ACTOR_ITEMS", ACTOR_ITEMS)
    pages = _render(briefing, monkeypatch)
    return pages, {a.id: pages[render.Site.actor_page(a.id)] for a in briefing.actors}


def _actor_lists(text: str) -> dict[str, tuple[list[str], re.Match | None]]:
    """An actor page's lists: section -> (its item lines, the line that says it was cut, if any)."""
    out = {}
    for block in re.split(r"(?m)^## ", text)[1:]:
        heading, _, body = block.partition("\n")
        kind = next((k for h, k in ACTOR_SECTIONS.items() if heading.startswith(h)), None)
        if kind:
            lines = body.strip().split("\n\n")[0].splitlines() if body.strip() else []
            note = NOTE.match(lines[0]) if lines else None
            items = [l for l in body.splitlines() if l.startswith("- ")]
            out[kind] = (items, note)
    return out


def _expected_counts(briefing) -> dict[str, dict[str, int]]:
    """Per actor, how many items each list has in the briefing (counted here, not by render)."""
    counts = {a.id: {"members": 0, "incidents": 0, "reactions": 0,
                     "mentions": len({r.article for r in a.mentions})} for a in briefing.actors}
    for a in briefing.actors:
        if a.affiliation in counts:
            counts[a.affiliation]["members"] += 1
    for i in briefing.incidents:
        named = set(i.actors) | {c.party for c in i.casualties} | {c.reported_by for c in i.casualties}
        for aid in named & counts.keys():
            counts[aid]["incidents"] += 1
    for r in briefing.reactions:
        counts[r.actor]["reactions"] += 1
    return counts


def test_an_actor_page_lists_at_most_a_fixed_number_of_each_and_says_how_many_there_are(large, monkeypatch):
    pages, actor_pages = _actor_pages(large, monkeypatch)
    expected = _expected_counts(large)
    cut = 0
    for aid, text in actor_pages.items():
        for kind, (items, note) in _actor_lists(text).items():
            total = expected[aid][kind]
            assert len(items) <= ACTOR_ITEMS, (aid, kind, len(items))
            if total <= ACTOR_ITEMS:
                assert note is None and len(items) == total, (aid, kind)
                continue
            cut += 1
            assert note, (aid, kind)
            shown, rest, said_total, href = note.groups()
            assert (int(shown), int(rest.replace(".", "")), int(said_total.replace(".", ""))) == (
                len(items), total - len(items), total), (aid, kind, note.group(0))
            target = posixpath.normpath(posixpath.join(posixpath.dirname(render.Site.actor_page(aid)), href))
            assert target in pages, (aid, href)
    assert cut > 10  # the hub actors of the corpus, in every kind of list


def test_a_reaction_on_an_actor_page_gives_its_first_citations_and_how_many_more_it_has(large, monkeypatch):
    monkeypatch.setattr(paging, "ACTOR_CITES", 2)
    _, actor_pages = _actor_pages(large, monkeypatch)
    reactions = {r.id: r for r in large.reactions}
    cut = 0
    for text in actor_pages.values():
        for line in _actor_lists(text).get("reactions", ([], None))[0]:
            r = reactions[re.search(r"#([^)#]+)\)", line).group(1)]
            shown = line.count("[\\[")
            more = re.search(r"\(và (\d[\d.]*) đoạn khác\)$", line)
            assert shown == min(2, len(r.sources)), line
            assert (int(more.group(1).replace(".", "")) if more else 0) == len(r.sources) - shown, line
            cut += bool(more)
    assert cut


def test_an_actor_page_that_is_cut_keeps_the_most_recent_articles(large, monkeypatch):
    _, actor_pages = _actor_pages(large, monkeypatch)
    published = {a.id: a.published for a in large.articles}
    checked = 0
    for a in large.actors:
        items, note = _actor_lists(actor_pages[a.id])["mentions"]
        if not note:
            continue
        shown = {re.search(r"\(\.\./nguon/([^)/]+)\.md\)", line).group(1) for line in items}
        left_out = {r.article for r in a.mentions} - shown
        dated = [published[k] for k in shown if published[k]]
        assert len(dated) == len(shown)  # the corpus dates every article
        assert min(dated) >= max(published[k] for k in left_out if published[k]), a.id
        checked += 1
    assert checked


def test_no_page_grows_with_the_corpus(small, large, monkeypatch):
    """Four times the articles: more pages, none larger (actor pages, listing parts, articles, the overview)."""
    def largest(briefing):
        pages, actor_pages = _actor_pages(briefing, monkeypatch)
        sizes = {p: len(t.encode()) for p, t in pages.items() if p.endswith(".md")}
        return max(len(t.encode()) for t in actor_pages.values()), max(sizes.values()), len(sizes)
    (small_actor, small_page, small_n), (large_actor, large_page, large_n) = largest(small), largest(large)
    assert large_n > 2 * small_n
    assert large_actor < 1.3 * small_actor, (small_actor, large_actor)
    # listing parts and the overview hold a fixed number of incidents, whose weight varies: the
    # looser bound of test_listing_and_overview_pages_do_not_grow_with_the_corpus
    assert large_page < 1.5 * small_page, (small_page, large_page)


def test_a_listed_entry_cited_by_many_articles_gives_its_first_citations_and_how_many_more(large, monkeypatch):
    monkeypatch.setattr(paging, "LISTING_CITES", 2)
    pages = _render(large, monkeypatch)
    sources = {x.id: x.sources for x in (*large.incidents, *large.reactions, *large.background)}
    checked, cut = 0, 0
    for path, section, text in _listing_pages(pages):
        here = None
        for line in text.splitlines():
            anchor = re.search(r"\{: #([^ ]+) \}$", line)
            here = anchor.group(1) if anchor else here
            entry = re.search(r"<small>`([^`]+)`</small>$", line) if section == "background" else None
            if not (entry or line.startswith("**Nguồn**:")):
                continue
            refs = sources[entry.group(1) if entry else here]
            more = re.search(r"\(và (\d[\d.]*) đoạn khác, đủ cả trong \[briefing\.json\]\(([^)]+)\)\)", line)
            assert line.count("[\\[") == min(2, len(refs)), line
            assert (int(more.group(1).replace(".", "")) if more else 0) == len(refs) - min(2, len(refs)), line
            if more:
                assert posixpath.normpath(posixpath.join(posixpath.dirname(path), more.group(2))) in pages
            checked += 1
            cut += bool(more)
    assert checked >= len(sources) and cut
