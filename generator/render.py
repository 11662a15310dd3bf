"""Briefing -> {path: text} of Markdown pages, from Jinja templates; no file I/O.

Article text is untrusted: every string from an article or an override goes
through `md` (HTML-escaped, Markdown metacharacters backslash-escaped),
`plain` (for headings and titles, which MkDocs decodes and the theme prints
into <title>) or `html_text` (inside the raw HTML we write ourselves); ids
go through `ident` and addresses through `url`. Curated prose blocks are
Markdown written by editors: they keep their Markdown, but raw HTML in them
is shown as text, and a link, image or attribute that could run script is an
error (`prose`). Templates are files; an editor can override any of them by
a file of the same name in seeds/overrides/templates/: templates are code,
reviewed as code, and are trusted.
"""
from __future__ import annotations

import datetime as dt
import functools
import html
import json
import posixpath
import re
import traceback
import urllib.parse
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import markdown

from . import paging, timeline
from .errors import InputError, Problem
from .export import fatality_ranges, to_csv, to_json
from .letters import fold
from .lexicon import vocabulary
from .model import Briefing, Ref
from .nav import SECTIONS
from .write import id_problem

TEMPLATES = Path(__file__).parent / "templates"
GENERATED = "Trang do briefing tạo tự động: sửa seeds/ và seeds/overrides/, không sửa tệp này."
_MD_INLINE = re.compile(r"([\\`*_{}()!|])")
# Brackets become character references (`_md`), not backslash escapes: Python-Markdown
# reads a line like "[x\]: y" as a link reference definition despite the backslash.
_MD_LINE_START = re.compile(r"^(\s*)([#+\->]|\d+\.)")
# Line-start markers that a backslash does not escape in Python-Markdown (setext
# underlines; details, fences, definition lists of extensions): a character
# reference is always plain text.
_MD_LINE_START_REF = re.compile(r"^[=?~:%]")
_TITLE_UNSAFE = re.compile(r"[<>&\"'`\\{}\[\]#*_|]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _clean(text) -> str:
    """One line of text: control characters and runs of whitespace become one space."""
    s = str(text)
    # Printable text has no control character, surrogate or whitespace but the ASCII space.
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s
    s = _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", s))
    return " ".join(s.split())


def md(text) -> str:
    """Untrusted text -> inert Markdown inline text (one line)."""
    if text is None:
        return ""
    return _md(text if type(text) is str else str(text))


@functools.lru_cache(maxsize=1 << 16)
def _md(text: str) -> str:
    # Names and titles are escaped on every page that shows them: cached, as `_id_problem`.
    s = _MD_INLINE.sub(r"\\\1", _clean(text))
    s = html.escape(s, quote=False).replace("[", "&#91;").replace("]", "&#93;")
    s = _MD_LINE_START.sub(lambda m: m.group(1) + (m.group(2)[:-1] + "\\." if m.group(2).endswith(".")
                                                   else "\\" + m.group(2)), s)
    return _MD_LINE_START_REF.sub(lambda m: f"&#{ord(m.group(0))};", s)


def plain(text) -> str:
    """Untrusted text for a heading or page title: no markup characters at all."""
    return " ".join(_TITLE_UNSAFE.sub(" ", _clean(text or "")).split())


def html_text(text) -> str:
    """Untrusted text inside a raw HTML block we write ourselves."""
    return html.escape(_clean(text or ""), quote=True)


def ident(value) -> str:
    """An id used as a file name, anchor or link target; anything unsafe stops the run."""
    reason = _id_problem(value) if isinstance(value, str) else id_problem(value)
    if reason:
        raise InputError(Problem("briefing", None, f"id {value!r} cannot name a page or an anchor: {reason} "
                                                   "(if an override adds it, rename it there)"))
    return value


@functools.lru_cache(maxsize=1 << 16)
def _id_problem(value: str) -> str | None:
    # The same ids are checked on every page that links to them: a million checks for 10,000 articles.
    return id_problem(value)


def url(value) -> str:
    """An http(s) address as a Markdown link destination ('' for anything else).

    Characters that end a destination or start a title are percent-encoded,
    and '&' is written as '&amp;' so that no character reference in the
    address can turn into something else in the href.
    """
    s = _clean(value or "")
    if not re.match(r"(?i)^https?://[^\s]+$", s):
        return ""
    return urllib.parse.quote(s, safe="/:?#@!$&*+,;=%~-._").replace("&", "&amp;")


# ---------------------------------------------------------------- curated prose

MARKDOWN_EXTENSIONS = ["attr_list", "tables", "admonition", "md_in_html", "toc"]
"""The Markdown extensions of mkdocs.yml (tests/test_hostile_site.py keeps them in step):
prose is checked by rendering it the way MkDocs will."""
MARKDOWN_CONFIG = {"toc": {"permalink": True}}

_CODE_SPAN = re.compile(r"(?<![\\`])(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_PROSE_TAGS = {"p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "br", "img",
               "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "div", "span"}
_PROSE_ATTRS = {"class", "id", "title", "alt", "href", "src", "align", "style"}
_URL_ATTRS = {"href", "src"}
_SAFE_SCHEMES = {"http", "https", "mailto"}
_ALIGN_STYLE = re.compile(r"text-align:\s*(left|right|center);?")


def to_html(text: str) -> str:
    """Markdown -> HTML as MkDocs renders it (same extensions)."""
    return markdown.markdown(text, extensions=MARKDOWN_EXTENSIONS, extension_configs=MARKDOWN_CONFIG)


def escape_raw_html(text: str) -> str:
    """Markdown with every tag, comment and autolink opener '<' written as '&lt;'.

    Code spans keep their '<', since Markdown escapes it there itself; a
    span is only recognised on one line, so a doubtful case is escaped.
    """
    lines = []
    for line in text.split("\n"):
        out, last = [], 0
        for m in _CODE_SPAN.finditer(line):
            out += [_TAG_START.sub("&lt;", line[last:m.start()]), m.group(0)]
            last = m.end()
        out.append(_TAG_START.sub("&lt;", line[last:]))
        lines.append("".join(out))
    return "\n".join(lines)


def scheme(address: str) -> str | None:
    """The scheme a browser would see in an href/src value (after entities and stripped characters)."""
    s = re.sub(r"[\t\n\r]", "", html.unescape(address)).lstrip("".join(map(chr, range(0x21))))
    m = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", s)
    return m.group(1).lower() if m else None


class _Inspect(HTMLParser):
    """Collects what in some HTML could run script or is not plain Markdown output."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []   # (message, the text to look for in the source)

    def handle_starttag(self, tag, attrs):
        if tag not in _PROSE_TAGS:
            self.found.append((f"HTML element <{tag}> is not allowed", tag))
        for name, value in attrs:
            value = value or ""
            if name not in _PROSE_ATTRS:
                self.found.append((f"attribute '{name}' is not allowed", name))
            elif name in _URL_ATTRS and scheme(value) not in (None, *_SAFE_SCHEMES):
                self.found.append((f"link to '{value[:60]}' is not allowed "
                                   "(only http, https, mailto and links within the site)", value[:20]))
            elif name == "style" and not _ALIGN_STYLE.fullmatch(value.strip()):
                self.found.append((f"style '{value[:60]}' is not allowed", "style"))

    handle_startendtag = handle_starttag


def prose(text: str, path: str) -> str:
    """Editor Markdown made safe to publish, or InputError naming `path` and the line."""
    safe = escape_raw_html(text or "")
    inspect = _Inspect()
    inspect.feed(to_html(safe))
    inspect.close()
    problems = []
    for message, needle in inspect.found:
        line = next((n for n, l in enumerate(text.split("\n"), 1) if needle and needle in l), None)
        problems.append(Problem(path, line, message))
    if problems:
        raise InputError(sorted(set(problems), key=lambda p: (p.line or 0, p.message)))
    return safe


def _prose(page: str, blocks: dict, where: str) -> str:
    text = blocks.get(where, "")
    return prose(text, f"prose/{page[:-3]}.{where}.md") if text else ""


def vdate(d) -> str:
    return f"{d.day}/{d.month}/{d.year}" if isinstance(d, dt.date) else ""


ACTOR_SEARCH_BOOST = 2
"""An actor's page is where a reader searching for a name wants to land, even
when an article says the name more often (Material's `search.boost`)."""


def front_matter(path: str, text: str, topics: list[str] = (), search_boost: float | None = None) -> str:
    """The YAML front matter that opens a generated page: the notice as a comment, the title, the tags.

    The title is the page's first heading: MkDocs looks for it only in the
    page's first block, and would otherwise title the page after its file
    name. `topics` are Material tags (mkdocs.yml: tags_name_property).
    Values are JSON, which YAML reads as it is.
    """
    heading = next((line[2:] for line in text.splitlines() if line.startswith("# ")), path.rsplit("/", 1)[-1][:-3])
    lines = ["---", f"# {GENERATED}", f"title: {json.dumps(plain(heading), ensure_ascii=False)}"]
    if topics:
        lines.append(f"topics: {json.dumps([plain(t) for t in topics], ensure_ascii=False)}")
    if search_boost:
        lines.append(f"search: {json.dumps({'boost': search_boost})}")
    return "\n".join(lines + ["---", ""])


def incident_topic(incident) -> str:
    """The tag of an incident: ISO date first, so that tag listings sort in time."""
    return plain(f"{incident.date.isoformat() if incident.date else 'chưa rõ ngày'} {incident.title}")


def tag_listing(topics) -> str:
    """Material's tags listing of these tags only (an empty include would list every tag)."""
    return f"<!-- material/tags {{ include: {json.dumps(sorted(topics), ensure_ascii=False)} }} -->"


ACTOR_TYPES = ("country", "organization", "group", "person", "other")
"""The order of the actor types on the actors index and the overview."""


def month_keys(d) -> tuple[str, str]:
    """A date's listing keys (paging.paginate): its year, its month."""
    return (f"{d.year:04d}", f"{d.year:04d}-{d.month:02d}") if isinstance(d, dt.date) else ("", "")


def period_keys(period) -> tuple[str, str]:
    """A background period's listing keys: its decade, its year ('1988-1994' -> '1980-1989', '1988')."""
    m = re.match(r"\d{4}", period or "")
    if not m:
        return "", ""
    decade = int(m.group(0)) // 10 * 10
    return f"{decade}-{decade + 9}", m.group(0)


def initial(name: str) -> str:
    """The letter a name is filed under on a split actors index: its first letter without
    diacritics ('Đ' -> 'd'), or '' for a name that starts with no Latin letter."""
    first = fold((name or " ")[0])[:1].lower()
    return first if "a" <= first <= "z" else ""


class Site:
    """Page paths and links; one place decides where everything lives."""

    def __init__(self, briefing: Briefing):
        self.b = briefing
        self.article_no = {a.id: n for n, a in enumerate(briefing.articles, 1)}
        self.articles = {a.id: a for a in briefing.articles}
        self.actors = {a.id: a for a in briefing.actors}
        self.incidents = {i.id: i for i in briefing.incidents}
        limit = paging.PAGE_ITEMS
        self.incident_list = paging.paginate(
            "dien-bien.md", "dien-bien", ((*month_keys(i.date), i.id, i) for i in briefing.incidents),
            "chua-ro-ngay", limit["incidents"], weight=paging.incident_weight)
        self.reaction_list = paging.paginate(
            "phan-ung.md", "phan-ung", self._reactions_in_order(), "chua-ro-ngay", limit["reactions"])
        self.background_list = paging.paginate(
            "boi-canh.md", "boi-canh", ((*period_keys(g.period), g.id, g) for g in briefing.background),
            "chung", limit["background"])
        # by type, then by name ignoring case (as Jinja's `sort` did)
        types = {t: n for n, t in enumerate(ACTOR_TYPES)}
        actors = [a for t in ACTOR_TYPES for a in sorted((x for x in briefing.actors if x.type == t),
                                                          key=lambda x: x.name.lower())]
        self.actor_list = paging.paginate(
            "doi-tuong/index.md", "doi-tuong/loai",
            ((a.type, f"{a.type}-{initial(a.name) or '0'}", a.id, a) for a in actors), "", limit["actors"],
            order=lambda k: (types[k.partition("-")[0]], k.endswith("-0"), k))
        self.source_list = paging.paginate(
            "nguon/index.md", "nguon/thang", ((*month_keys(a.published), a.id, a) for a in briefing.articles),
            "chua-ro-ngay", limit["sources"])

    def _reactions_in_order(self):
        """(month, id, (incident or None, reaction)): grouped by incident in the incidents' order, then
        those with no incident; a reaction goes with its incident's month, or its own without one."""
        by_incident = defaultdict(list)
        for r in self.b.reactions:
            by_incident[r.incident].append(r)
        for i in list(self.b.incidents) + [None]:
            for r in by_incident.get(i.id if i else None, ()):
                yield *month_keys(i.date if i else r.date), r.id, (i, r)

    @staticmethod
    def actor_page(aid: str) -> str:
        return f"doi-tuong/{ident(aid)}.md"

    @staticmethod
    def article_page(article: str) -> str:
        return f"nguon/{ident(article)}.md"

    def incident(self, iid: str) -> str:
        """The incident's section, on the page that lists it."""
        return f"{self.incident_list.where.get(iid, self.incident_list.top)}#{ident(iid)}"

    def reaction(self, rid: str) -> str:
        return f"{self.reaction_list.where.get(rid, self.reaction_list.top)}#{ident(rid)}"

    def rel(self, here: str, target: str) -> str:
        path, _, frag = target.partition("#")
        out = _relpath(path, posixpath.dirname(here))
        return out + (f"#{frag}" if frag else "")


@functools.lru_cache(maxsize=1 << 16)
def _relpath(path: str, folder: str) -> str:
    """posixpath.relpath(path, folder or "."), for paths relative to docs/. Keyed by the linking
    page's folder, not the page: the pages of a folder link to the same pages over and over (every
    citation of one article, every actor). Computed on the parts: relpath makes both paths
    absolute first, which asks the system for the working folder at every call."""
    to, here = path.split("/"), folder.split("/") if folder else []
    if any(p in ("", ".", "..") for p in (*to, *here)):
        return posixpath.relpath(path, folder or ".")
    common = 0
    while common < min(len(to), len(here)) and to[common] == here[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + to[common:]) or "."



def _render_template(env: jinja2.Environment, name: str, **ctx) -> str:
    """Render one page template; a mistake in an editor's template override is bad input, not a crash."""
    try:
        return env.get_template(name).render(**ctx)
    except InputError:
        raise
    except jinja2.TemplateSyntaxError as exc:
        if not exc.filename or Path(exc.filename).parent == TEMPLATES:
            raise
        raise InputError(Problem(exc.filename, exc.lineno, f"template error: {exc.message}"))
    except Exception as exc:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(".j2")]
        if not frames or Path(frames[-1].filename).parent == TEMPLATES:
            raise
        message = " ".join(str(exc).split())
        raise InputError(Problem(frames[-1].filename, frames[-1].lineno,
                                 f"template error: {type(exc).__name__}: {message}"))

def build_env(briefing: Briefing, template_dirs: list[Path], bytecode_dir: Path | None = None) -> jinja2.Environment:
    # Compiling the templates costs about 0.2 s a run; Jinja's bytecode cache keys each one by
    # its name and a checksum of its source, so an edited or overriding template is recompiled.
    cache = None
    if bytecode_dir is not None:
        try:
            bytecode_dir.mkdir(parents=True, exist_ok=True)
            cache = jinja2.FileSystemBytecodeCache(str(bytecode_dir))
        except OSError:
            pass
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs] + [str(TEMPLATES)]),
        auto_reload=False,  # one run: no need to stat each template for every page
        undefined=jinja2.StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, bytecode_cache=cache)
    env.filters.update(md=md, plain=plain, html_text=html_text, ident=ident, url=url, vdate=vdate)
    return env


def render(briefing: Briefing, template_dirs: list[Path] | None = None,
           bytecode_dir: Path | None = None) -> dict[str, str]:
    env = build_env(briefing, list(template_dirs or []), bytecode_dir)
    site = Site(briefing)
    labels = vocabulary("labels.yml")
    env.globals.update(figure=functools.partial(figure, labels=labels),
                       stances=functools.partial(stances, labels=labels), curated=curated)
    agencies = {g.id: g.name for g in briefing.agencies}
    pages: dict[str, str] = {}
    # The export first: building it takes a transient copy of its own size (88 MB of text for
    # 10,000 articles), which then does not come on top of all the pages.
    briefing_json = to_json(briefing)

    # Per folder of the linking page (links are relative): an article's number and address, an
    # actor's link. Built once each: a page cites the same articles and names the same actors
    # over and over, and so do all the pages of a folder.
    article_links: dict[tuple[str, str], tuple] = {}
    actor_links: dict[tuple[str, str], str] = {}

    def page(path: str, template: str, topics: list[str] = (), search_boost: float | None = None, **ctx) -> None:
        folder = posixpath.dirname(path)

        def cite(refs, sep=" ", limit=None, more="more_sources") -> str:
            """Links to the passages; with `limit`, the first ones and how many more there are
            (`more`: the label saying so, in labels.yml pages)."""
            if isinstance(refs, Ref):
                refs = [refs]
            rest = len(refs) - limit if limit is not None and len(refs) > limit else 0
            out = []
            for r in (refs[:limit] if rest else refs):
                known = article_links.get((folder, r.article))
                if known is None:
                    known = article_links[folder, r.article] = (
                        site.article_no.get(r.article, "?"), site.rel(path, site.article_page(r.article)))
                n, href = known
                out.append(f'[\\[{n}:{r.paragraph}\\]]({href}#p{r.paragraph} "Bài {n}, đoạn {r.paragraph}")')
            if rest:
                out.append(labels["pages"][more].format(n=count(rest), data=site.rel(path, "data/briefing.json")))
            return sep.join(out)

        def actor(aid, default="") -> str:
            a = site.actors.get(aid)
            if a is None:  # a news agency reporting a figure has a name but no page
                return md(agencies.get(aid) or default or aid or labels["unknown_party"])
            known = actor_links.get((folder, aid))
            if known is None:
                known = actor_links[folder, aid] = f"[{md(a.name)}]({site.rel(path, site.actor_page(a.id))})"
            return known

        def link(target: str) -> str:
            return site.rel(path, target)

        def reporters(c) -> str:
            """Who reported a figure, each with the passage: 'Armenia [1:4]; AP (khoảng 50) [2:3]'."""
            out = []
            for r in c.reports or ():
                who = actor(r.reported_by, labels["unknown_reporter"]) if r.reported_by else labels["unknown_reporter"]
                if r.qualifier != c.qualifier:
                    who += f" ({labels['qualifiers'][r.qualifier] or labels['confirms']} {c.number})"
                out.append(f"{who} {cite(r.source)}")
            return "; ".join(out)

        prose = briefing.prose.get(path, {})
        text = _render_template(env, template,
            b=briefing, site=site, labels=labels, cite=cite, actor=actor, link=link, reporters=reporters,
            prose_top=_prose(path, prose, "top"), prose_bottom=_prose(path, prose, "bottom"),
            fatality_ranges=fatality_ranges, listing_cites=paging.LISTING_CITES, **ctx)
        pages[path] = front_matter(path, text, topics, search_boost) + text

    by_incident = defaultdict(list)
    for r in briefing.reactions:
        by_incident[r.incident].append(r)
    names = timeline.party_names(briefing)
    page("index.md", "overview.md.j2", by_incident=by_incident,
         side_figures=lambda i: timeline.figure_lines(i, names, labels),
         recent=paging.recent(briefing.incidents, _date),
         recent_casualties=paging.recent([i for i in briefing.incidents if i.casualties], _date))

    def listing(section: paging.Listing, template: str, title, index, items, **top) -> None:
        """A listing's top page, and its parts when it is split (`title` names a part's key,
        `items` gives a page's template context from the items it lists; `top`, the top page's
        when it lists everything)."""
        if not section.parts:
            page(section.top, template, index=None, part=None, **{**items(section.items), **top})
            return
        page(section.top, template, index=index(section, section.top), part=None, **items(()))
        for p in section.parts:
            page(p.path, template, index=None, part=_part(section, p, title, labels, site), **items(p.items))

    months = functools.partial(_month_index, labels=labels, site=site)
    listing(site.background_list, "background.md.j2", functools.partial(_period_title, labels=labels),
            functools.partial(_year_index, labels=labels, site=site), lambda items: {"entries": items})
    listing(site.incident_list, "incidents.md.j2", functools.partial(_month_title, labels=labels), months,
            lambda items: {"incidents": items,
                           "timeline": timeline.svg(briefing, labels, items, names) if items else ""})
    listing(site.reaction_list, "reactions.md.j2", functools.partial(_month_title, labels=labels), months,
            lambda items: {"groups": _grouped(items)})
    stance_topics, incident_topics = set(), set()
    incidents_of, reactions_of, members_of = actor_index(briefing)
    # Tags listings cannot be split: on a split actors index the incidents' tags (one per incident)
    # are left out, and with them the stance listing, which names every actor that took a stance;
    # likewise when the incidents are split (an actor's page would carry a tag per incident).
    tag_incidents = not site.actor_list.parts and not site.incident_list.parts
    for a in briefing.actors:
        inc, rea, members = incidents_of[a.id], reactions_of[a.id], members_of[a.id]
        held = sorted({labels["stances"][s] for r in rea for s in r.stance})
        stance_topics.update(held)
        topics = held + ([incident_topic(i) for i in inc] if tag_incidents else [])
        if tag_incidents:
            incident_topics.update(map(incident_topic, inc))
        here = site.actor_page(a.id)
        lists = bounded_actor_lists(here, labels, site, incidents=inc, reactions=rea, members=members,
                                    mentions=mentioned_in(a, site))
        page(here, "actor.md.j2", topics=topics, search_boost=ACTOR_SEARCH_BOOST, a=a, cites=paging.ACTOR_CITES,
             incidents=lists["incidents"][0], reactions=lists["reactions"][0], members=lists["members"][0],
             mentioned_in=lists["mentions"][0], more={k: note for k, (_, note) in lists.items()})
    listing(site.actor_list, "actors.md.j2", functools.partial(_initial_title, labels=labels),
            functools.partial(_actor_index, labels=labels, site=site),
            lambda items: {"groups": _by_type(items), "stance_topics": (), "incident_topics": (),
                           "tag_listing": tag_listing},
            stance_topics=stance_topics, incident_topics=incident_topics)
    listing(site.source_list, "sources.md.j2", functools.partial(_month_title, labels=labels), months,
            lambda items: {"articles": items})
    for art in briefing.articles:
        page(site.article_page(art.id), "article.md.j2", art=art)
    pages["data/briefing.json"] = briefing_json
    pages["data/incidents.csv"] = to_csv(briefing)
    return pages



# ---------------------------------------------------------------- fragments
# Python, not template macros: a macro call costs some ten times a function call, and these
# are called for every figure, reaction and incident.

def figure(c, labels) -> str:
    """One casualty figure: 'ít nhất 1.200 thiệt mạng'."""
    qualifier = labels["qualifiers"][c.qualifier]
    number = f"{c.number:,}".replace(",", ".")
    return f"{qualifier + ' ' if qualifier else ''}{number} {labels['kinds'][c.kind]}"


def stances(r, labels) -> str:
    return ", ".join(labels["stances"][s] for s in r.stance)


def curated(item) -> str:
    """The mark of an item an editor changed."""
    return ' <span class="curated" title="Đã biên tập">✎</span>' if item.curated else ""


# ---------------------------------------------------------------- split listings

def _date(incident):
    return incident.date


def _grouped(items) -> list[tuple]:
    """(incident or None, reaction) pairs -> (incident or None, [reactions]) per run of one incident."""
    groups: list[tuple] = []
    for i, r in items:
        if groups and groups[-1][0] is i:
            groups[-1][1].append(r)
        else:
            groups.append((i, [r]))
    return groups


def _by_type(actors) -> list[tuple]:
    by: dict[str, list] = {t: [] for t in ACTOR_TYPES}
    for a in actors:
        by[a.type].append(a)
    return list(by.items())


def _month_title(key: str, labels) -> str:
    if not key:
        return labels["pages"]["undated"]
    if len(key) == 4:
        return labels["pages"]["year"].format(year=int(key))
    return labels["pages"]["month"].format(year=int(key[:4]), month=int(key[5:]))


def _period_title(key: str, labels) -> str:
    return key.replace("-", " – ") if key else labels["pages"]["no_period"]


def _initial_label(key: str, labels) -> str:
    letter = key.partition("-")[2]
    return labels["pages"]["other_initial"] if letter == "0" else letter.upper()


def _initial_title(key: str, labels) -> str:
    t, _, letter = key.partition("-")
    return labels["types"][t] + (f", {_initial_label(key, labels)}" if letter else "")


def _part(section: paging.Listing, part: paging.Part, title, labels, site: Site) -> dict:
    """A part page's title and its navigation line: up to the section, the parts before and after,
    the other parts of its key."""
    def name(p: paging.Part) -> str:
        return title(p.key) + (f" ({labels['pages']['part'].format(n=p.number, of=p.of)})" if p.of > 1 else "")

    before, after = section.neighbours(part)
    links = [f"[↑ {labels['site'][SECTIONS[section.top]]}]({site.rel(part.path, section.top)})"]
    if before:
        links.append(f"[← {labels['pages']['previous']}: {name(before)}]({site.rel(part.path, before.path)})")
    if after:
        links.append(f"[{labels['pages']['next']}: {name(after)} →]({site.rel(part.path, after.path)})")
    nav = " · ".join(links)
    if part.of > 1:
        nav += "\n\n" + " · ".join(f"**{p.number}**" if p is part else f"[{p.number}]({site.rel(part.path, p.path)})"
                                    for p in section.siblings(part))
    return {"title": name(part), "nav": nav}


def _month_index(section: paging.Listing, here: str, labels, site: Site) -> list[tuple]:
    """Rows of a split listing's index by month: one per year, most recent first; the undated last."""
    years: dict[str, list] = {}
    for key, first, n in reversed(section.keys()):
        if key:
            label = (labels["pages"]["whole_year"] if len(key) == 4
                     else labels["pages"]["month_short"].format(month=int(key[5:])))
            years.setdefault(key[:4], []).append((label, site.rel(here, first.path), n))
    rows = [(y, years[y]) for y in sorted(years, reverse=True)]
    return rows + _unkeyed(section, here, labels["pages"]["undated"], labels, site)


def _year_index(section: paging.Listing, here: str, labels, site: Site) -> list[tuple]:
    """Rows of the split background's index: one per decade, in time order; no period last."""
    decades: dict[str, list] = {}
    for key, first, n in section.keys():
        if key:
            decade = _period_title(period_keys(key)[0], labels)
            label = labels["pages"]["whole_decade"] if "-" in key else key
            decades.setdefault(decade, []).append((label, site.rel(here, first.path), n))
    return list(decades.items()) + _unkeyed(section, here, labels["pages"]["no_period"], labels, site)


def _unkeyed(section: paging.Listing, here: str, title: str, labels, site: Site) -> list[tuple]:
    """The index row, last, of the items a split listing files under no key (undated, no period)."""
    return [(title, [(labels["pages"]["see_all"], site.rel(here, first.path), n)])
            for key, first, n in section.keys() if not key]


def _actor_index(section: paging.Listing, here: str, labels, site: Site) -> list[tuple]:
    """Rows of the split actors index: one per type, its initials in order."""
    types: dict[str, list] = {}
    for key, first, n in section.keys():
        t, _, letter = key.partition("-")
        label = _initial_label(key, labels) if letter else labels["pages"]["see_all"]
        types.setdefault(labels["types"][t], []).append((label, site.rel(here, first.path), n))
    return list(types.items())


def actor_index(b: Briefing) -> tuple[defaultdict, defaultdict, defaultdict]:
    """Per actor id: its incidents (as a party, or a side or reporter of a figure), its reactions,
    and the actors affiliated to it, each in the briefing's order. One pass over each list:
    filtering the whole briefing for every actor would cost actors x (incidents + reactions)."""
    incidents, reactions, members = defaultdict(list), defaultdict(list), defaultdict(list)
    for i in b.incidents:
        ids = dict.fromkeys(i.actors)
        for c in i.casualties:
            ids.update(dict.fromkeys((c.party, c.reported_by)))
        for aid in ids:
            if aid is not None:
                incidents[aid].append(i)
    for r in b.reactions:
        reactions[r.actor].append(r)
    for a in b.actors:
        if a.affiliation is not None:
            members[a.affiliation].append(a)
    return incidents, reactions, members


ACTOR_LISTS = {
    # list of an actor's page -> (which items it keeps when it is cut, the section listing them all)
    "incidents": ("recent", "dien-bien.md"),
    "reactions": ("recent", "phan-ung.md"),
    "mentions": ("recent", "nguon/index.md"),
    "members": ("most_named", "doi-tuong/index.md"),
}
_RANK = {
    "incidents": lambda i: _dated(i.date), "reactions": lambda r: _dated(r.date),
    "mentions": lambda pair: _dated(pair[0].published), "members": lambda a: len(a.mentions),
}


def _dated(d) -> tuple:
    """A date as a rank: later ranks higher, undated lowest."""
    return (True, d.toordinal()) if isinstance(d, dt.date) else (False, 0)


def count(n: int) -> str:
    """A count as Vietnamese writes it: 1.234."""
    return f"{n:,}".replace(",", ".")


def bounded_actor_lists(here: str, labels, site: Site, **lists) -> dict[str, tuple[list, str]]:
    """Each list of an actor's page -> (at most paging.ACTOR_ITEMS of its items, in their order,
    and the line that says how many there are and links to the section listing them all; '' when
    every item is shown). A list keeps its most recent items, the members the most named ones."""
    out = {}
    for kind, items in lists.items():
        how, section = ACTOR_LISTS[kind]
        shown = paging.top(items, _RANK[kind], paging.ACTOR_ITEMS)
        if len(shown) == len(items):
            out[kind] = (items, "")
            continue
        what = labels["pages"]["actor_items"][kind]
        text = labels["pages"]["actor_" + how].format(n=count(len(shown)), rest=count(len(items) - len(shown)),
                                                      total=count(len(items)), what=what)
        out[kind] = (shown, f"{text} [{labels['site'][SECTIONS[section]]}]({site.rel(here, section)}).")
    return out


def mentioned_in(a, site: Site) -> list[tuple]:
    """(article, refs) for each article that mentions the actor, in the order of the sources list
    (grouped once here: a template filtering every mention per article costs articles x mentions)."""
    by_article: dict[str, list[Ref]] = {}
    for ref in a.mentions:
        by_article.setdefault(ref.article, []).append(ref)
    ids = sorted((k for k in by_article if k in site.article_no), key=site.article_no.__getitem__)
    return [(site.articles[k], by_article[k]) for k in ids]
