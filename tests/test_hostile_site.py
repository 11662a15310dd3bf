"""Hostile article text and hostile editor values, through a real `mkdocs build --strict`: shown as text, never run.

The fixture (tests/fixtures/hostile/) puts script tags, event handlers,
iframes, HTML comments, javascript:/data: links, Markdown link and image
syntax, Jinja syntax, admonition/details/snippet markers, attribute lists,
table pipes, heading hashes, backticks and quotes into article paragraphs,
an outlet tag, front matter, articles.yml, actors.yml, incidents.yml,
reactions.yml, background.yml and the prose blocks.
"""
from __future__ import annotations

import html
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT, make_project, mkdocs_build
from generator import cli

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset"}
# What only raw HTML from content could bring into the article area of a page.
FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "img", "style", "base", "form", "input", "textarea",
                  "button", "link", "meta", "frame", "frameset", "video", "audio", "details", "math", "template"}


class Page(HTMLParser):
    """Every element with its attributes, the script bodies, and the text of the article area."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict, bool]] = []   # (tag, attrs, inside <article>)
        self.scripts: list[str] = []
        self.words: list[str] = []
        self._depth, self._script = 0, None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self._depth += 1
        self.elements.append((tag, dict(attrs), self._depth > 0))
        if tag == "script":
            self._script = ""

    def handle_endtag(self, tag):
        if tag == "article":
            self._depth -= 1
        if tag == "script" and self._script is not None:
            self.scripts.append(self._script)
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script += data
        elif self._depth:
            self.words.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.words).split())


def scheme(value: str) -> str | None:
    s = re.sub(r"[\t\n\r]", "", html.unescape(value)).lstrip("".join(map(chr, range(0x21))))
    m = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", s)
    return m.group(1).lower() if m else None


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("hostile"), seeds=HOSTILE / "seeds",
                           overrides=HOSTILE / "overrides")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture(scope="module")
def pages(hostile_site) -> dict[str, Page]:
    site = hostile_site / "site"
    return {p.relative_to(site).as_posix(): Page(p.read_text(encoding="utf-8")) for p in sorted(site.rglob("*.html"))}


def test_the_hostile_site_builds_strictly_with_every_page(pages):
    for page in ["index.html", "dien-bien/index.html", "phan-ung/index.html", "boi-canh/index.html",
                 "doi-tuong/antonio-guterres/index.html", "nguon/001_hostile/index.html",
                 "nguon/002_front/index.html", "nguon/003_tag/index.html"]:
        assert page in pages


def test_no_script_from_content_reaches_any_page(pages):
    theme = pages["404.html"]
    for name, page in pages.items():
        assert len(page.scripts) == len(theme.scripts), name
        assert not any("pwned" in s or "alert(" in s for s in page.scripts), name


def test_no_element_carries_an_event_handler_or_a_script_address(pages):
    for name, page in pages.items():
        for tag, attrs, _ in page.elements:
            assert not [a for a in attrs if a.lower().startswith("on")], (name, tag, attrs)
            assert "srcdoc" not in attrs, (name, tag)
            for a in URL_ATTRS & set(attrs):
                assert scheme(attrs[a] or "") in (None, "http", "https", "mailto"), (name, tag, attrs)


def test_the_article_area_holds_no_raw_html_element_from_content(pages):
    theme_tags = {tag for tag, _, _ in pages["404.html"].elements}
    for name, page in pages.items():
        inside = {tag for tag, _, within in page.elements if within}
        assert not inside & FORBIDDEN_TAGS, (name, inside & FORBIDDEN_TAGS)
        # The title, navigation and table of contents carry content too: no new element there either.
        outside = {tag for tag, _, within in page.elements if not within}
        assert outside <= theme_tags, (name, outside - theme_tags)


def test_attribute_lists_from_content_set_nothing_and_ids_stay_unique(pages):
    for name, page in pages.items():
        ids = [attrs["id"] for _, attrs, _ in page.elements if "id" in attrs]
        assert len(ids) == len(set(ids)), name
    paragraph_ids = [a["id"] for _, a, _ in pages["nguon/001_hostile/index.html"].elements if a.get("class") == "para"]
    assert paragraph_ids == [f"p{n}" for n in range(1, len(paragraph_ids) + 1)]


@pytest.mark.parametrize("page, shown", [
    ("nguon/001_hostile/index.html", [
        '<img src=x onerror="window.__pwned=1;alert(1)">Jermuk',
        '<iframe src="javascript:alert(1)"></iframe>',
        "<!-- một chú thích HTML -->",
        "[bấm vào đây](javascript:alert(1))",
        "![ảnh](data:text/html;base64,",
        '# Tiêu đề giả {{ 7*7 }} {% include "mkdocs.yml" %} {# chú thích jinja #}',
        '!!! danger "Cảnh báo giả <script>window.__pwned=1</script>"',
        '??? note "Mục ẩn giả"',
        '--8<-- "/etc/passwd"',
        '{: onclick="window.__pwned=1" } vào làng `Sotk` | cột | giả |',
        '<a href="javascript:alert(1)">liên kết</a>',
        "&lt;script&gt;window.__pwned=1&lt;/script&gt; &#60;b&#62;in đậm&#60;/b&#62;",
        "<javascript:alert(1)> <div markdown=\"1\">**đậm**</div>",
        "1. Danh sách giả * gạch đầu dòng _ nghiêng _ \\<script> ''' \" ' ` ~~~ ::: +++ === --- ***",
        '> trích dẫn giả | a | b | <details open ontoggle="window.__pwned=1">',
        'https://example.org/x?<script>window.__pwned=1</script>&y="onmouseover="window.__pwned=1',
        '<img src=x onerror="window.__pwned=1"> | Báo # giả',
    ]),
    ("nguon/002_front/index.html", ["<img src=x onerror=alert(1)>", 'https://example.org/a?b=1&c=<script>']),
    ("nguon/003_tag/index.html", ["<svg/onload=window.__pwned=1>"]),
    ("phan-ung/index.html", [
        "kiềm chế tối đa <script>window.__pwned=1</script> và giải quyết mọi vấn đề [x](javascript:alert(1))",
        "<script>window.__pwned=1</script> \"ngừng bắn\" ![x](data:image/svg+xml,<svg onload=alert(1)>)",
        '{% for x in range(9) %}{{ x }}{% endfor %} <iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    ]),
    ("dien-bien/index.html", [
        "<img src=x onerror=window.__pwned=1> ??? note | a | b | <!-- c -->",
        'Jermuk <a href="javascript:alert(1)">x</a>; data:text/html,<script>alert(1)</script>',
        '--8<-- "/etc/passwd"',
        '<iframe src="javascript:alert(1)"></iframe> <a href="javascript:alert(1)">x</a>',
    ]),
    ("boi-canh/index.html", ["<b onmouseover=window.__pwned=1>1988</b>",
                             "Bối cảnh <script>window.__pwned=1</script> `code` **đậm** [x](javascript:alert(1)) <!-- c -->"]),
    ("doi-tuong/antonio-guterres/index.html", [
        "Tổng thư ký <img src=x onerror=window.__pwned=1> | # `x`",
        "[Guterres](javascript:alert(1))",
        '!!! danger "<iframe src=javascript:alert(1)>" --8<-- "/etc/passwd" {: onclick="window.__pwned=1" }',
    ]),
    ("index.html", ["<script>window.__pwned=1</script> <img src=x onerror=\"window.__pwned=1\"> <!-- chú thích -->",
                    "<code>"]),
])
def test_hostile_strings_are_shown_as_text(pages, page, shown):
    text = pages[page].text
    for s in shown:
        assert " ".join(s.split()) in text, s


def test_editor_markdown_in_prose_still_works(pages):
    page = pages["dien-bien/index.html"]
    classes = {c for _, a, _ in page.elements for c in (a.get("class") or "").split()}
    assert {"admonition", "note", "ghi-chu"} <= classes
    assert any(t == "a" and a.get("href") == "../nguon/" for t, a, _ in page.elements)
    link = [a for t, a, _ in pages["index.html"].elements if t == "a" and "example.org" in (a.get("href") or "")]
    assert link == [{"href": "https://example.org/?a=1&b=2"}]


def test_snippets_and_templates_in_content_are_never_expanded(hostile_site):
    for p in (hostile_site / "site").rglob("*.html"):
        text = p.read_text(encoding="utf-8")
        assert "root:x:0:0" not in text, p
        assert "012345678" not in text, p


def test_the_export_keeps_the_hostile_text_verbatim_and_valid(hostile_site):
    data = json.loads((hostile_site / "docs" / "data" / "briefing.json").read_text(encoding="utf-8"))
    quotes = [r.get("quote") or "" for r in data["reactions"]]
    assert any("<script>window.__pwned=1</script>" in q for q in quotes)


def test_a_link_that_could_run_script_in_prose_is_an_error(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(HOSTILE / "seeds", seeds)
    for name, text in [
        ("index.top.md", "[bấm](javascript:alert(1))"),
        ("index.top.md", "[bấm](JaVaScRiPt:alert(1))"),
        ("index.top.md", "[bấm](java&#115;cript:alert(1))"),
        ("index.top.md", "[bấm](javascript&colon;alert(1))"),
        ("index.top.md", "[bấm][r]\n\n[r]: javascript:alert(1)"),
        ("index.top.md", "![ảnh](data:image/svg+xml;base64,PHN2Zz4=)"),
        ("index.top.md", "Đoạn văn.\n{: onclick=\"alert(1)\" }"),
        ("index.top.md", "[x](https://example.org){: href=\"javascript:alert(1)\" }"),
        ("index.top.md", "Đoạn.\n{: style=\"position:fixed;inset:0\" }"),
    ]:
        ov = tmp_path / "ov"
        shutil.rmtree(ov, ignore_errors=True)
        (ov / "prose").mkdir(parents=True)
        (ov / "prose" / name).write_text(text, encoding="utf-8")
        docs = tmp_path / "docs"
        rc = cli.main(["generate", "--seeds", str(seeds), "--overrides", str(ov), "--docs", str(docs), "--no-cache"])
        assert rc == 2, text
        assert not docs.exists(), text


@pytest.mark.parametrize("file, text", [
    ("actors.yml", "../../evil:\n  add: true\n  name: X\n  type: person\n"),
    ("actors.yml", "'x onclick=alert(1)':\n  add: true\n  name: X\n  type: person\n"),
    ("actors.yml", "CON:\n  add: true\n  name: X\n  type: person\n"),
    ("background.yml", "'bg } {: onclick=alert(1)':\n  add: true\n  text: x\n  sources: ['001_hostile#p1']\n"),
])
def test_an_editor_id_that_cannot_be_a_file_name_or_anchor_is_an_error(tmp_path, file, text, capsys):
    ov = tmp_path / "ov"
    ov.mkdir()
    (ov / file).write_text(text, encoding="utf-8")
    docs = tmp_path / "docs"
    rc = cli.main(["generate", "--seeds", str(HOSTILE / "seeds"), "--overrides", str(ov), "--docs", str(docs), "--no-cache"])
    err = capsys.readouterr().err
    assert rc == 2, err
    assert "Traceback" not in err and not docs.exists()
    assert not (tmp_path / "evil.md").exists()


def test_prose_is_checked_with_the_markdown_extensions_of_mkdocs_yml():
    """render.prose renders editor Markdown to check it: with other extensions than MkDocs, the check would lie.

    When this fails after an extension was added to mkdocs.yml, add it to
    render.MARKDOWN_EXTENSIONS too, and first ask what it lets text do
    (pymdownx.snippets reads files, for one).
    """
    import yaml

    from generator import render

    class Loader(yaml.SafeLoader):
        pass
    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    conf = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    names = [next(iter(e)) if isinstance(e, dict) else e for e in conf["markdown_extensions"]]
    configs = {k: v for e in conf["markdown_extensions"] if isinstance(e, dict) for k, v in e.items() if v}
    assert names == render.MARKDOWN_EXTENSIONS
    assert configs == render.MARKDOWN_CONFIG
