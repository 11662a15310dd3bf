"""The built site as a reader sees it: Debian's chromium, driven by Playwright, on a local port.

The site is the real seeds, generated and built once per session (`built_site`).
Expectations are read from the site's own export (docs/data/briefing.json), so
the tests follow the extraction as it changes. Screenshots of the main pages on
a phone go to test-artifacts/browser/ (not committed).
"""
from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

import pytest

from chromium import launch, serve
from conftest import ROOT

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "test-artifacts" / "browser"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
MAIN_PAGES = ["", "boi-canh/", "dien-bien/", "phan-ung/", "doi-tuong/", "nguon/"]
"""The overview, background, incidents, reactions, actors and sources pages."""


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="session")
def site_url(built_site):
    """The built site served by Python's http.server on 127.0.0.1, on a free port."""
    with serve(built_site / "site") as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture(scope="session")
def briefing(built_site) -> dict:
    return json.loads((built_site / "docs" / "data" / "briefing.json").read_text(encoding="utf-8"))


@dataclass
class Watch:
    """What a page did that a reader should never see: console errors, failed or outside requests."""
    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)


@contextlib.contextmanager
def opened(browser, viewport=DESKTOP):
    """A fresh tab, and a record of its errors and of its requests to any host but ours."""
    page, watch = browser.new_page(viewport=viewport), Watch()
    page.on("console", lambda m: m.type == "error" and watch.errors.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: watch.errors.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: watch.errors.append(f"failed: {r.url}"))
    page.on("response", lambda r: r.status >= 400 and watch.errors.append(f"{r.status}: {r.url}"))
    page.on("request", lambda r: urlsplit(r.url).scheme in ("http", "https", "ws", "wss")
            and urlsplit(r.url).hostname != "127.0.0.1" and watch.outside.append(r.url))
    try:
        yield page, watch
    finally:
        page.close()


SEARCH_READY = """() => {
    // Material's search worker has loaded its scripts and the index: the
    // result line shows the "type to search" placeholder instead of "Initializing".
    const text = JSON.parse(document.getElementById('__config').textContent).translations;
    const meta = document.querySelector('.md-search-result__meta');
    return meta !== null && meta.textContent.trim() === text['search.result.placeholder'];
}"""


def visit(page, url: str) -> None:
    """Open a page and wait until it has loaded everything, search included.

    Leaving a page earlier cancels its last requests, which would then count as failures.
    """
    page.goto(url)
    page.wait_for_function(SEARCH_READY)


def path_of(url: str) -> str:
    """'http://127.0.0.1:1234/doi-tuong/x/?h=q#s' -> 'doi-tuong/x/#s' (decoded)."""
    parts = urlsplit(url)
    return unquote(parts.path.lstrip("/") + (f"#{parts.fragment}" if parts.fragment else ""))


# ---------------------------------------------------------------- search

@dataclass
class Result:
    """One group of Material's search results: a page, its best match first."""
    links: list[str]
    text: str


def search(page, site_url: str, query: str) -> list[Result]:
    """Type the query into Material's search box, as a reader would, and read the results."""
    visit(page, site_url)
    page.locator("input.md-search__input").click()
    meta = page.locator(".md-search-result__meta")
    page.keyboard.type(query, delay=40)
    # results arrive as the reader types: read them once they have stopped changing
    previous, stable = None, 0
    for _ in range(60):
        page.wait_for_timeout(150)
        now = (meta.inner_text(), page.locator(".md-search-result__list").inner_html())
        stable = stable + 1 if now == previous else 0
        previous = now
        if stable >= 3:
            break
    results = []
    for item in page.locator(".md-search-result__item").all():
        links = [path_of(a) for a in item.locator("a.md-search-result__link").evaluate_all(
            "els => els.map(e => e.href)")]
        results.append(Result(links, item.locator("article").first.inner_text()))
    return results


@pytest.mark.parametrize("query, words", [
    ("ngung ban", "ngừng bắn"),     # typed without diacritics
    ("ngừng bắn", "ngừng bắn"),     # with them: must still work
    ("kiem che", "kiềm chế"),
])
def test_search_finds_the_accented_passages_with_or_without_diacritics(browser, site_url, query, words):
    with opened(browser) as (page, watch):
        results = search(page, site_url, query)
    assert results, query
    assert words in results[0].text.lower(), (query, results[0])
    assert not watch.errors


def test_searching_a_name_opens_the_actor_page_first(browser, site_url, briefing):
    actor = next(a for a in briefing["actors"] if "Pashinyan" in a["name"])
    with opened(browser) as (page, _):
        results = search(page, site_url, "Pashinyan")
    assert results[0].links[0] == f"doi-tuong/{actor['id']}/", results[0]
    assert "Pashinyan" in results[0].text


def test_searching_an_acronym_finds_the_actor_then_its_reaction(browser, site_url, briefing):
    actor = next(a for a in briefing["actors"] if "CSTO" in a["aliases"] or "CSTO" in a["name"])
    reactions = {f"phan-ung/#{r['id']}" for r in briefing["reactions"] if r["actor"] == actor["id"]}
    assert reactions, "the seeds report a reaction of the CSTO"
    with opened(browser) as (page, _):
        results = search(page, site_url, "CSTO")
    assert results[0].links[0] == f"doi-tuong/{actor['id']}/", results[0]
    assert reactions & {link for r in results for link in r.links}, [r.links for r in results]


# ---------------------------------------------------------------- provenance

def test_a_citation_opens_the_source_article_at_the_highlighted_paragraph(browser, site_url):
    with opened(browser) as (page, watch):
        visit(page, site_url + "dien-bien/")
        page.locator("article a[href*='nguon/'][href*='#p']").first.click()
        page.wait_for_url(re.compile(r"/nguon/[^/]+/#p\d+$"))
        fragment = urlsplit(page.url).fragment
        target = page.evaluate("""() => {
        const el = document.querySelector(':target'), other = document.querySelector('.para:not(:target)');
        const box = el.getBoundingClientRect();
        return {id: el.id, cls: el.className, bg: getComputedStyle(el).backgroundColor,
                otherBg: getComputedStyle(other).backgroundColor, top: box.top, bottom: box.bottom,
                height: innerHeight};
    }""")
    assert target["id"] == fragment and "para" in target["cls"]
    assert target["bg"] != target["otherBg"], "the cited paragraph is highlighted"
    assert 0 <= target["top"] < target["height"], "the cited paragraph is on screen"
    assert not watch.errors


# ---------------------------------------------------------------- timeline

def test_the_timeline_shows_every_incident_and_fits_a_phone(browser, site_url, briefing):
    with opened(browser, PHONE) as (page, watch):
        visit(page, site_url + "dien-bien/")
        svg = page.locator("figure.timeline svg")
        box = svg.bounding_box()
        assert 300 <= box["width"] <= PHONE["width"] and box["height"] > 100
        assert svg.locator("a").count() == len(briefing["incidents"])
        drawn = " ".join(svg.locator("text").all_text_contents())
        for incident in briefing["incidents"]:
            if incident["date"]:
                y, m, d = (int(x) for x in incident["date"].split("-"))
                assert f"{d}/{m}/{y}" in drawn
        # every line was wrapped inside the drawing, measured with the browser's own font
        widest = page.evaluate("""() => Math.max(...[...document.querySelectorAll('figure.timeline svg text')]
                                     .map(t => t.getBBox().x + t.getBBox().width))""")
        assert widest <= int(svg.get_attribute("viewBox").split()[2]), widest
        # a block links to its incident's section
        last = briefing["incidents"][-1]["id"]
        svg.locator(f"a[href='#{last}']").click()
        page.wait_for_url(re.compile(f"#{re.escape(last)}$"))
        assert page.locator(f"[id='{last}']").is_visible()
    assert not watch.errors


# ---------------------------------------------------------------- tags

def test_an_actors_tags_lead_to_the_other_actors_with_that_stance(browser, site_url, briefing):
    with_stance = {r["actor"] for r in briefing["reactions"] if r["stance"]}
    actor = next(a for a in briefing["actors"] if a["id"] in with_stance)
    with opened(browser) as (page, watch):
        visit(page, site_url + f"doi-tuong/{actor['id']}/")
        tag = page.locator(".md-tags a.md-tag").first
        name = tag.inner_text().strip()
        tag.click()
        page.wait_for_url(re.compile(r"/doi-tuong/#tag:"))
        heading = page.locator(":target")
        assert heading.inner_text().replace("¶", "").strip() == name  # ¶: the heading's permalink
        listed = heading.evaluate("h => [...h.nextElementSibling.querySelectorAll('a')].map(a => a.href)")
    assert any(path_of(href) == f"doi-tuong/{actor['id']}/" for href in listed), listed
    assert not watch.errors


# ---------------------------------------------------------------- every page, every phone

def test_every_page_loads_without_errors_or_requests_to_other_hosts(browser, site_url, built_site):
    site = built_site / "site"
    pages = sorted(p.relative_to(site).parent.as_posix() for p in site.rglob("index.html"))
    assert len(pages) > 20
    with opened(browser) as (page, watch):
        for rel in pages:
            visit(page, site_url + ("" if rel == "." else rel + "/"))
            assert not watch.errors, (rel, watch.errors)
            assert not watch.outside, (rel, watch.outside)


@pytest.mark.parametrize("rel", MAIN_PAGES + ["an actor", "an article"])
def test_main_pages_fit_a_390_pixel_phone(browser, site_url, briefing, rel):
    name = {"an actor": "actor", "an article": "article"}.get(rel, rel.strip("/") or "index")
    rel = {"an actor": f"doi-tuong/{briefing['actors'][0]['id']}/",
           "an article": f"nguon/{briefing['articles'][0]['id']}/"}.get(rel, rel)
    with opened(browser, PHONE) as (page, watch):
        visit(page, site_url + rel)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - innerWidth")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{name.replace('/', '_')}.png"), full_page=True)
    assert overflow <= 0, f"{rel} scrolls sideways by {overflow}px on a phone"
    assert not watch.errors and not watch.outside, (watch.errors, watch.outside)
