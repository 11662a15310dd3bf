"""Listing pages stay bounded: generator/paging.py on its own, then the pages rendered from a synthesised corpus."""
from __future__ import annotations

import posixpath
import re

import pytest

from benchmarks.synth import synthesise
from generator import paging, pipeline, render
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
    return pipeline.build_briefing(settings)[0]


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
    pages = render.render(pipeline.build_briefing(settings)[0])
    assert not [p for p, _, _ in _listing_pages(pages)]
    assert "{: #2022-09-12-armenia-azerbaijan }" in pages["dien-bien.md"]
