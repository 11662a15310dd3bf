"""The hostile site (tests/fixtures/hostile/) in Debian's chromium: nothing from the content runs.

Every page is opened; the content's payloads all try `window.__pwned = 1` or
`alert(...)`. No dialog may open, `window.__pwned` must stay undefined, and no
element may carry an event-handler attribute or a script address, even after
the reader hovers, focuses and clicks through the page and searches for the
payloads (Material renders search results from the index into the page).
"""
from __future__ import annotations


import pytest

from chromium import launch, serve
from conftest import ROOT, make_project, mkdocs_build

pytestmark = pytest.mark.browser

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"

INSPECT = """() => {
    const bad = [];
    for (const el of document.querySelectorAll('*')) {
        for (const a of el.attributes) {
            if (a.name.toLowerCase().startsWith('on')) bad.push(`${el.tagName} ${a.name}`);
            if (a.name.toLowerCase() === 'srcdoc') bad.push(`${el.tagName} srcdoc`);
        }
        for (const name of ['href', 'src', 'action', 'formaction', 'data']) {
            const v = el[name];
            if (typeof v === 'string' && v && /^(javascript|data|vbscript):/i.test(v)) bad.push(`${el.tagName} ${name}=${v}`);
        }
    }
    const article = document.querySelector('article') || document.body;
    for (const el of article.querySelectorAll('script, iframe, object, embed, img, style, form, input, details, base')) {
        bad.push(`element ${el.tagName} in the article`);
    }
    return {bad, pwned: typeof window.__pwned, parentPwned: typeof window.parent.__pwned};
}"""


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("hostile-browser"), seeds=HOSTILE / "seeds",
                           overrides=HOSTILE / "overrides")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    pages = sorted(p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("*.html"))
    with serve(site) as url:
        yield url, pages


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def tab(browser):
    """A fresh tab that records every dialog (and dismisses it) and every uncaught page error."""
    page = browser.new_page()
    seen = {"dialogs": [], "errors": []}
    page.on("dialog", lambda d: (seen["dialogs"].append(f"{d.type}: {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    yield page, seen
    page.close()


def check(page, seen, where: str) -> None:
    state = page.evaluate(INSPECT)
    assert seen["dialogs"] == [], where
    assert state["pwned"] == "undefined" and state["parentPwned"] == "undefined", where
    assert state["bad"] == [], where


def test_no_page_of_the_hostile_site_runs_anything_from_its_content(tab, hostile_url):
    page, seen = tab
    base, paths = hostile_url
    assert len(paths) >= 15
    for path in paths:
        page.goto(base + path)
        page.wait_for_load_state("load")
        check(page, seen, path)
        # A reader moving over and clicking into the text: no handler may be waiting for it.
        page.evaluate("""() => {
            for (const el of document.querySelectorAll('article *')) {
                for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle', 'load', 'error']) {
                    el.dispatchEvent(new Event(type));
                }
            }
        }""")
        page.wait_for_timeout(50)
        check(page, seen, path)
    assert seen["errors"] == []


def test_the_payloads_shown_on_the_page_are_text(tab, hostile_url):
    page, seen = tab
    base, _ = hostile_url
    page.goto(base + "nguon/001_hostile/")
    text = page.locator("article").inner_text()
    for payload in ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1;alert(1)">',
                    '[bấm vào đây](javascript:alert(1))', '{{ 7*7 }}', '--8<-- "/etc/passwd"']:
        assert payload in text
    check(page, seen, "nguon/001_hostile/")


def test_searching_for_the_payloads_runs_nothing(tab, hostile_url):
    page, seen = tab
    base, _ = hostile_url
    page.goto(base)
    page.wait_for_function("() => { const m = document.querySelector('.md-search-result__meta');"
                           " return m !== null && !/Initializing|Đang khởi tạo/i.test(m.textContent); }")
    for query in ["pwned", "script", "onerror", "javascript"]:
        box = page.locator("input.md-search__input")
        box.click()
        box.fill("")
        page.keyboard.type(query, delay=20)
        page.wait_for_timeout(600)
        assert page.locator(".md-search-result__item").count() > 0, query
        check(page, seen, f"search {query!r}")
        for link in page.locator("a.md-search-result__link").all()[:3]:
            link.hover()
        check(page, seen, f"search {query!r}, hovered")
