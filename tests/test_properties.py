"""Property tests of the text paths: random Unicode and Markdown/HTML metacharacters never crash
the generator and never become markup. Pages are rendered with the `markdown` library and the
extensions of mkdocs.yml (what MkDocs does, without a build per example)."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import markdown
import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings, strategies as st

from conftest import ROOT
from generator import ingest, render, segment, sources, yamlio
from generator.errors import InputError
from generator.extract.article import extract_article
from generator.lexicon import gazetteer
from generator.merge import merge

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TOKENS = ["<script>", "</script>", "<img src=x onerror=alert(1)>", "<iframe src=javascript:alert(1)>", "<!--", "-->",
          "<", ">", "&", "&lt;", "&#60;", "&#x3c;", "&colon;", "&amp;", "[", "]", "(", ")", "](", "![", "javascript:",
          "data:", "<http://x.y>", "{{", "}}", "{%", "%}", "{#", "!!!", "???", "--8<--", "{:", "}", "{: onclick=x }",
          "|", "#", "##", "`", "```", "*", "**", "_", "__", "~~~", ":::", "+++", "---", "===", "\\", "1.", "1)", "- ",
          "> ", "'", '"', "“", "”", "\n", "\r\n", "\t", "    ", " ", "[TOC]", "\x00", "\x0b", "\u2028", "\u202e",
          "\ud800", "<div markdown=\"1\">", "</div>", "<svg/onload=alert(1)>", "<a href=\"javascript:x\">", "[x]: javascript:y",
          "*[HTML]: x", "[^1]", "^", "$$", "@", "=", "%", ":"]
hostile = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)), max_size=24).map("".join)


def _mkdocs_markdown() -> markdown.Markdown:
    """A Markdown converter configured from mkdocs.yml itself (not from the generator's copy)."""
    class Loader(yaml.SafeLoader):
        pass
    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    conf = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    names, configs = [], {}
    for item in conf["markdown_extensions"]:
        name, cfg = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        names.append(name)
        if cfg:
            configs[name] = cfg
    return markdown.Markdown(extensions=names, extension_configs=configs)


MD = _mkdocs_markdown()


def to_html(text: str) -> str:
    MD.reset()
    return MD.convert(text)


class Tree(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.words: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.words.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.words).split())

    @property
    def tags(self) -> list[str]:
        return [t for t, _ in self.elements]


def cleaned(text: str) -> str:
    """What the page should show: control characters and whitespace runs as one space."""
    s = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", " ", text)
    return " ".join(re.sub(r"[\ud800-\udfff]", "\ufffd", s).split())


def scheme(value: str) -> str | None:
    s = re.sub(r"[\t\n\r]", "", html.unescape(value)).lstrip("".join(map(chr, range(0x21))))
    m = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", s)
    return m.group(1).lower() if m else None


# ---------------------------------------------------------------- the escaping helpers

CONTEXTS = {   # (Markdown around the text, the elements it makes, the text it shows)
    "paragraph": ("{}", ["p"], "{}"),
    "list item": ("- **Báo**: {}", ["ul", "li", "strong"], "Báo: {}"),
    "blockquote": ("> {}", ["blockquote", "p"], "{}"),
    "link text": ("[{}](dien-bien.md#x)", ["p", "a"], "{}"),
    "table cell": ("| A | B |\n|---|---|\n| {} | b |", ["table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td"],
                   "A B {} b"),
}


@pytest.mark.parametrize("context", CONTEXTS)
@FAST
@given(text=hostile)
@example(text="=")                # a setext underline, which a backslash does not escape
@example(text="x]: javascript:alert(1)")
def test_md_text_is_shown_exactly_and_makes_no_markup(context, text):
    template, tags, shown = CONTEXTS[context]
    if not cleaned(text):
        return
    out = Tree(to_html(template.format(render.md(text))))
    assert out.tags == tags
    assert out.text == " ".join(shown.format(cleaned(text)).split())
    assert all(set(attrs) <= {"href"} for _, attrs in out.elements)


@FAST
@given(text=hostile)
def test_plain_heading_is_one_heading_with_the_text_as_is(text):
    title = render.plain(text)
    out = Tree(to_html(f"# {title}"))
    if not title:
        return
    assert out.tags == ["h1", "a"]                        # the heading and its permalink
    assert out.text == f"{title}¶" or out.text == f"{title} ¶"
    assert not re.search(r"[<>&\"'`\\{}\[\]#*_|]", title)


@FAST
@given(text=hostile)
def test_html_text_stays_inside_its_paragraph(text):
    out = Tree(to_html(f'<p class="para" id="p1"><a class="para-no" href="#p1">1</a> {render.html_text(text)}</p>'))
    assert out.tags == ["p", "a"]
    assert out.elements == [("p", {"class": "para", "id": "p1"}), ("a", {"class": "para-no", "href": "#p1"})]
    assert out.text == " ".join(f"1 {cleaned(text)}".split())


@FAST
@given(scheme_=st.sampled_from(["http://", "https://", "HTTPS://", "javascript:", "data:", "//", "", " https://"]),
       tail=hostile)
@example(scheme_="http://", tail="]:::")   # once read as a link reference definition: "[http://\]: ..."
def test_url_links_only_http_addresses_and_cannot_break_out(scheme_, tail):
    address = scheme_ + tail
    dest = render.url(address)
    if not re.match(r"(?i)^https?://\S+$", cleaned(address)):
        assert dest == ""
        return
    out = Tree(to_html(f"[{render.md(address)}]({dest})"))
    assert out.tags == ["p", "a"]
    href = out.elements[1][1]["href"]
    assert scheme(href) in ("http", "https")
    assert out.text == cleaned(address)


@FAST
@given(value=st.one_of(hostile, st.from_regex(r"[a-z0-9][a-z0-9_.-]{0,20}", fullmatch=True)))
def test_ident_passes_only_ids_safe_as_file_names_and_anchors(value):
    try:
        out = render.ident(value)
    except InputError:
        return
    assert out == value and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", value)
    tree = Tree(to_html(f"## Tiêu đề {{: #{value} }}\n\n[x](#{value})"))
    assert tree.elements[0] == ("h2", {"id": value})


# ---------------------------------------------------------------- curated prose

PROSE_TAGS = {"p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "br", "img",
              "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "div", "span"}


@FAST
@given(text=hostile)
def test_prose_is_either_refused_or_free_of_script(text):
    try:
        safe = render.prose(text, "prose/index.top.md")
    except InputError as exc:
        assert all(p.path == "prose/index.top.md" for p in exc.problems)
        return
    for tag, attrs in Tree(to_html(safe)).elements:
        assert tag in PROSE_TAGS
        assert not [a for a in attrs if a.startswith("on")]
        for a in ("href", "src"):
            if a in attrs:
                assert scheme(attrs[a] or "") in (None, "http", "https", "mailto")


# ---------------------------------------------------------------- the whole text path

SENTENCES = [
    "Armenia cho biết ít nhất {n} binh sĩ của họ đã thiệt mạng {x} trong giao tranh ngày 13/9.",
    "Tổng thư ký Liên Hợp Quốc Antonio Guterres kêu gọi hai bên \"kiềm chế {x}\" và đối thoại.",
    "({x}) - Theo AP, giao tranh ở biên giới giữa Armenia và Azerbaijan {x} đã khiến khoảng {n} người thiệt mạng.",
    "Bộ Ngoại giao Azerbaijan cho biết {x} quân đội Armenia đã bắn vào các vị trí của họ.",
    "{x}",
    "Thủ tướng Armenia Nikol Pashinyan {x} đã điện đàm với Tổng thống Nga Vladimir Putin.",
    "| {x}",
]
GAZ = gazetteer()
PAGE_TAGS = PROSE_TAGS | {"small", "figure", "figcaption", "svg", "text", "circle", "line", "rect", "g", "title",
                          "path", "polyline", "tspan"}


@st.composite
def articles(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        s = draw(st.sampled_from(SENTENCES))
        lines.append(s.format(n=draw(st.integers(0, 100_000)), x=draw(hostile)))
    return "\n".join(lines)


@SLOW
@given(text=articles(), suffix=st.sampled_from([".txt", ".md"]))
def test_any_article_text_goes_through_the_pipeline_without_a_crash_or_markup(text, suffix):
    try:
        data = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").encode()
        source = sources.Source("a1", f"seeds/a1{suffix}", sources.decode(data, f"seeds/a1{suffix}"))
        arts = tuple(segment.segment(a) for a in ingest.ingest((source,), {}))
    except InputError:
        return                                          # e.g. nothing left once boilerplate is removed
    briefing = merge(arts, tuple(extract_article(a, GAZ) for a in arts), GAZ)
    pages = render.render(briefing)
    for path, page in pages.items():
        if not path.endswith(".md"):
            continue
        body = page.split("\n---\n", 1)[1] if page.startswith("---\n") else page
        for tag, attrs in Tree(to_html(body)).elements:
            assert tag in PAGE_TAGS, (path, tag)
            assert not [a for a in attrs if a.startswith("on")], (path, tag, attrs)
            for a in ("href", "src"):
                if a in attrs:
                    assert scheme(attrs[a] or "") in (None, "http", "https"), (path, attrs)


@FAST
@given(data=st.binary(max_size=200) | st.text(max_size=80).map(lambda t: t.encode("utf-16")))
def test_any_bytes_decode_to_text_or_a_clear_error(data):
    try:
        text = sources.decode(data, "seeds/x.txt")
    except InputError as exc:
        assert [p.path for p in exc.problems] == ["seeds/x.txt"]
        return
    assert "\r" not in text and not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", text)


@FAST
@given(text=st.lists(st.sampled_from(["a: ", "- ", "&x ", "*x", "[", "]", "{", "}", ": ", "\n", "  ", "'", '"', "!!python/object:os.system ",
                                      "!!binary ", "? ", "<<: ", "%YAML 1.1\n", "---\n", "...\n", "\t", "é", "#"]),
                       max_size=30).map("".join))
def test_any_yaml_is_parsed_safely_or_is_a_clear_error(text):
    try:
        yamlio.parse(text, "seeds/overrides/x.yml")
    except InputError as exc:
        assert all(p.path == "seeds/overrides/x.yml" for p in exc.problems)
